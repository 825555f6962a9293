package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// The department and experts read what their reviews need (issue 12,
// finding 8). The department's statistics are server-side aggregates, so
// it needs no raw reads beyond its review work:
//
//   - applications / review_records: product publications at its stage
//     or that it decided (a department review record), never
//     certifications (the operator's alone);
//   - users, enterprises: the applicants, experts and tenants of those
//     applications only (no longer every user's phone and every profile);
//   - orders: operators, and the department for the orders of a
//     submitted settlement (兑付审批 shows them, expand=orders);
//   - demand_surveys: operators only.
//
// Experts' reads (applications assigned to them and their products) were
// already narrow; their public profile went to public_experts
// (1764012100), the base experts rows are the owner's and operators'.
const (
	deptApplication = `(@request.auth.role = "department" && type = "product_publish" && (stage = "department" || review_records_via_application.stage ?= "department"))`
	deptRecord      = `(@request.auth.role = "department" && application.type = "product_publish" && (application.stage = "department" || application.review_records_via_application.stage ?= "department"))`
	// The settlements the department reads are every one but drafts
	// (1764006000); ?!= "draft" would also match an order in none.
	deptOrder = `(@request.auth.role = "department" && (settlements_via_orders.status ?= "pending" || settlements_via_orders.status ?= "approved" || settlements_via_orders.status ?= "rejected" || settlements_via_orders.status ?= "paid"))`
)

var reviewReadRules = map[string][2]string{ // collection: {new, old}
	"applications": {
		`@request.auth.id != "" && (applicant = @request.auth.id || (@request.auth.tenant_admin = true && @request.auth.enterprise != "" && enterprise = @request.auth.enterprise) || @request.auth.role = "operator" || ` + deptApplication + ` || experts.id ?= @request.auth.id)`,
		`@request.auth.id != "" && (applicant = @request.auth.id || (@request.auth.tenant_admin = true && @request.auth.enterprise != "" && enterprise = @request.auth.enterprise) || @request.auth.role = "operator" || (@request.auth.role = "department" && (stage = "department" || stage = "done")) || experts.id ?= @request.auth.id)`,
	},
	"review_records": {
		`@request.auth.id != "" && (application.applicant = @request.auth.id || (@request.auth.tenant_admin = true && @request.auth.enterprise != "" && application.enterprise = @request.auth.enterprise) || @request.auth.role = "operator" || ` + deptRecord + ` || application.experts.id ?= @request.auth.id)`,
		`@request.auth.id != "" && (application.applicant = @request.auth.id || (@request.auth.tenant_admin = true && @request.auth.enterprise != "" && application.enterprise = @request.auth.enterprise) || @request.auth.role = "operator" || (@request.auth.role = "department" && (application.stage = "department" || application.stage = "done")) || application.experts.id ?= @request.auth.id)`,
	},
	"users": {
		`id = @request.auth.id || (@request.auth.tenant_admin = true && @request.auth.enterprise != "" && enterprise = @request.auth.enterprise) || @request.auth.role = "operator" || (@request.auth.role = "department" && (applications_via_applicant.stage ?= "department" || applications_via_experts.stage ?= "department"))`,
		`id = @request.auth.id || (@request.auth.tenant_admin = true && @request.auth.enterprise != "" && enterprise = @request.auth.enterprise) || (@request.auth.role = "operator" || @request.auth.role = "department")`,
	},
	"enterprises": {
		`(@request.auth.enterprise != "" && id = @request.auth.enterprise) || @request.auth.role = "operator" || (@request.auth.role = "department" && (applications_via_enterprise.stage ?= "department" || applications_via_enterprise.review_records_via_application.stage ?= "department"))`,
		`(@request.auth.enterprise != "" && id = @request.auth.enterprise) || (@request.auth.role = "operator" || @request.auth.role = "department")`,
	},
	"orders": {
		`(@request.auth.enterprise != "" && (buyer_enterprise = @request.auth.enterprise || provider_enterprise = @request.auth.enterprise)) || @request.auth.role = "operator" || ` + deptOrder,
		`(@request.auth.enterprise != "" && (buyer_enterprise = @request.auth.enterprise || provider_enterprise = @request.auth.enterprise)) || (@request.auth.role = "operator" || @request.auth.role = "department")`,
	},
	"demand_surveys": {
		`@request.auth.role = "operator"`,
		`(@request.auth.role = "operator" || @request.auth.role = "department")`,
	},
}

func applyReviewReadRules(app core.App, pick int) error {
	for name, rules := range reviewReadRules {
		c, err := app.FindCollectionByNameOrId(name)
		if err != nil {
			return err
		}
		c.ListRule, c.ViewRule = rule(rules[pick]), rule(rules[pick])
		if err := app.Save(c); err != nil {
			return err
		}
	}
	return nil
}

func init() {
	m.Register(func(app core.App) error {
		return applyReviewReadRules(app, 0)
	}, func(app core.App) error {
		return applyReviewReadRules(app, 1)
	})
}
