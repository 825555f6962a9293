package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Review read rules, tightened (issue 4):
//   - every rule that lets an assigned expert in requires a signed-in user:
//     `experts.id ?= @request.auth.id` is true for an anonymous request on
//     an application without experts (empty = empty);
//   - "assigned to one of its applications" follows the back-relation
//     applications_via_product, so the product and the expert match on the
//     same applications row (two @collection.applications conditions may be
//     satisfied by two different rows).
func init() {
	m.Register(func(app core.App) error {
		signedIn := `@request.auth.id != ""`
		assigned := func(prefix string) string {
			return `(` + signedIn + ` && ` + prefix + `applications_via_product.experts.id ?= @request.auth.id)`
		}
		ownTenant := func(prefix string) string {
			return `(@request.auth.enterprise != "" && ` + prefix + `enterprise = @request.auth.enterprise)`
		}
		set := func(name, r string) error {
			c, err := app.FindCollectionByNameOrId(name)
			if err != nil {
				return err
			}
			c.ListRule, c.ViewRule = rule(r), rule(r)
			return app.Save(c)
		}

		appReader := signedIn + ` && (applicant = @request.auth.id || (@request.auth.tenant_admin = true && @request.auth.enterprise != "" && enterprise = @request.auth.enterprise) || ` +
			ruleOperator + ` || (` + ruleDepartment + ` && (stage = "department" || stage = "done")) || experts.id ?= @request.auth.id)`
		if err := set("applications", appReader); err != nil {
			return err
		}
		recReader := signedIn + ` && (application.applicant = @request.auth.id || (@request.auth.tenant_admin = true && @request.auth.enterprise != "" && application.enterprise = @request.auth.enterprise) || ` +
			ruleOperator + ` || (` + ruleDepartment + ` && (application.stage = "department" || application.stage = "done")) || application.experts.id ?= @request.auth.id)`
		if err := set("review_records", recReader); err != nil {
			return err
		}
		if err := set("products", `status = "listed" || `+ownTenant("")+` || `+ruleStaff+` || `+assigned("")); err != nil {
			return err
		}
		part := `product.status = "listed" || ` + ownTenant("product.") + ` || ` + ruleStaff + ` || ` + assigned("product.")
		for _, name := range []string{"product_specs", "product_cases"} {
			if err := set(name, part); err != nil {
				return err
			}
		}
		return set("product_revisions", ownTenant("product.")+` || `+ruleStaff+` || `+assigned("product."))
	}, nil)
}
