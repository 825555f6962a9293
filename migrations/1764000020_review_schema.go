package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Review workflow: applications (我的待办) and their decisions, plus the read
// rules of the catalog that depend on expert assignments.
func init() {
	m.Register(func(app core.App) error {
		enterprises, err := app.FindCollectionByNameOrId("enterprises")
		if err != nil {
			return err
		}
		users, err := app.FindCollectionByNameOrId("users")
		if err != nil {
			return err
		}
		products, err := app.FindCollectionByNameOrId("products")
		if err != nil {
			return err
		}
		revisions, err := app.FindCollectionByNameOrId("product_revisions")
		if err != nil {
			return err
		}

		applications := newBase("applications",
			choice("type", true, "certification", "product_publish"),
			textReq("title", 200),
			relation("enterprise", enterprises, 1, true, false),
			relation("applicant", users, 1, false, false),
			text("applicant_name", 100), // denormalised for the 申请人 filter
			relation("product", products, 1, false, false),
			relation("revision", revisions, 1, false, false),
			choice("stage", true, "operator", "expert", "department", "done"),
			choice("status", true, "pending", "approved", "rejected", "revoked"),
			relation("experts", users, 5, false, false),
			text("comment", 1000),
			date("decided_at"),
		)
		applications.AddIndex("idx_applications_enterprise", false, "enterprise, created", "")
		applications.AddIndex("idx_applications_applicant", false, "applicant, created", "")
		applications.AddIndex("idx_applications_stage", false, "status, stage, created", "")
		applications.AddIndex("idx_applications_product", false, "product, status", "")
		// A subject has at most one application under review at a time.
		applications.AddIndex("idx_applications_one_pending_product", true, "product", "status = 'pending' AND product != ''")
		applications.AddIndex("idx_applications_one_pending_cert", true, "enterprise", "status = 'pending' AND type = 'certification'")
		appReader := `applicant = @request.auth.id || (@request.auth.tenant_admin = true && @request.auth.enterprise != "" && enterprise = @request.auth.enterprise) || ` +
			ruleOperator + ` || (` + ruleDepartment + ` && (stage = "department" || stage = "done")) || experts.id ?= @request.auth.id`
		setRules(applications, rule(appReader), rule(appReader), nil, nil, nil)
		if err := app.Save(applications); err != nil {
			return err
		}

		records := newBase("review_records",
			relation("application", applications, 1, true, true),
			choice("stage", true, "operator", "expert", "department"),
			relation("reviewer", users, 1, false, false),
			text("reviewer_name", 100),
			choice("decision", true, "approve", "reject"),
			text("comment", 1000),
		)
		records.AddIndex("idx_review_records_application", false, "application, created", "")
		// One decision per reviewer and stage of an application.
		records.AddIndex("idx_review_records_once", true, "application, stage, reviewer", "")
		recReader := `application.applicant = @request.auth.id || (@request.auth.tenant_admin = true && @request.auth.enterprise != "" && application.enterprise = @request.auth.enterprise) || ` +
			ruleStaff + ` || application.experts.id ?= @request.auth.id`
		setRules(records, rule(recReader), rule(recReader), nil, nil, nil)
		if err := app.Save(records); err != nil {
			return err
		}

		// Readers of products and their parts: the public when listed, the
		// owning tenant, staff, and experts assigned to one of its applications.
		assigned := func(prefix string) string {
			return `(@collection.applications.product ?= ` + prefix + `id && @collection.applications.experts.id ?= @request.auth.id)`
		}
		ownTenant := func(prefix string) string {
			return `(@request.auth.enterprise != "" && ` + prefix + `enterprise = @request.auth.enterprise)`
		}
		productReader := `status = "listed" || ` + ownTenant("") + ` || ` + ruleStaff + ` || ` + assigned("")
		products.ListRule, products.ViewRule = rule(productReader), rule(productReader)
		if err := app.Save(products); err != nil {
			return err
		}
		partReader := `product.status = "listed" || ` + ownTenant("product.") + ` || ` + ruleStaff + ` || ` + assigned("product.")
		for _, name := range []string{"product_specs", "product_cases"} {
			c, err := app.FindCollectionByNameOrId(name)
			if err != nil {
				return err
			}
			c.ListRule, c.ViewRule = rule(partReader), rule(partReader)
			if err := app.Save(c); err != nil {
				return err
			}
		}
		revReader := ownTenant("product.") + ` || ` + ruleStaff + ` || ` + assigned("product.")
		revisions.ListRule, revisions.ViewRule = rule(revReader), rule(revReader)
		return app.Save(revisions)
	}, nil)
}
