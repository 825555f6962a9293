package migrations

import (
	"strings"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Public reads through view collections (issue 12, finding 2).
//
// The public (and every signed-in buyer) reads listed products, their
// specs and cases and the active experts through VIEW collections that
// hold only public columns, with rule "": a filter or sort on a column the
// view lacks fails, so contact phones, historical prices, case contacts and
// documents, expert accounts and work histories cannot be read nor used as
// a filter/sort oracle. PocketBase serves a view's file fields from the
// source record (FindRecordByViewFile), so covers, media and photos load
// from /api/files/public_products/… as before. Each view is a plain SELECT
// with a WHERE on an indexed column, which SQLite flattens into the outer
// query: the base tables' indexes serve the lists.
//
// The base collections are then readable only by their owners, the
// assigned reviewers and staff (rules below; the department's are narrowed
// further in 1764012200).
//
// product_specs.retired: a spec that has orders is retired instead of
// deleted (finding 10); retired specs are not public and cannot be bought.
var publicViews = []struct{ name, query string }{
	{"public_products", `SELECT id, enterprise, provider_name, type, name, related_product, catalog, status,
		tags, categories, industries, cover, delivery_cycle, delivery_man_days, intro, banner_image, media,
		case_images, price_min_fen, price_max_fen, rating_avg, rating_count, sales_count, listed_at, created, updated
		FROM products WHERE status = 'listed'`},
	{"public_product_specs", `SELECT s.id, s.product, s.name, s.purchase_mode, s.pricing, s.price_fen, s.sort, s.created, s.updated
		FROM product_specs s JOIN products p ON p.id = s.product WHERE p.status = 'listed' AND s.retired = FALSE`},
	// customer (the client company) is public as on the catalog page;
	// its contact person, title, contact details and document are not.
	{"public_product_cases", `SELECT c.id, c.product, c.idx, c.customer, c.annual_output_wan, c.sales_wan, c.delivery_months, c.created, c.updated
		FROM product_cases c JOIN products p ON p.id = c.product WHERE p.status = 'listed'`},
	{"public_experts", `SELECT id, name, photo, position, major, professional_title, region, region_text, years_ii, years_industry,
		ii_domains, industry_domains, operating_domains, intro, active, created, updated
		FROM experts WHERE active = TRUE`},
}

// productReaders is the list/view rule of a product and its children
// ({p} = "" on products, "product." on specs, cases and revisions): the
// owner tenant, operators, the experts assigned to one of its
// applications and the department for applications at (or decided at) its
// stage.
func productReaders(prefix string) string {
	return strings.ReplaceAll(`(@request.auth.enterprise != "" && {p}enterprise = @request.auth.enterprise) || `+ruleOperator+
		` || (@request.auth.id != "" && {p}applications_via_product.experts.id ?= @request.auth.id)`+
		` || (@request.auth.role = "department" && ({p}applications_via_product.stage ?= "department" || {p}applications_via_product.review_records_via_application.stage ?= "department"))`,
		"{p}", prefix)
}

func init() {
	m.Register(func(app core.App) error {
		specs, err := app.FindCollectionByNameOrId("product_specs")
		if err != nil {
			return err
		}
		specs.Fields.Add(boolean("retired"))
		if err := app.Save(specs); err != nil {
			return err
		}
		for _, v := range publicViews {
			c := core.NewViewCollection(v.name)
			c.ViewQuery = v.query
			setRules(c, rule(""), rule(""), nil, nil, nil)
			if err := app.Save(c); err != nil {
				return err
			}
		}
		for name, prefix := range map[string]string{"products": "", "product_specs": "product.", "product_cases": "product.", "product_revisions": "product."} {
			c, err := app.FindCollectionByNameOrId(name)
			if err != nil {
				return err
			}
			r := productReaders(prefix)
			c.ListRule, c.ViewRule = rule(r), rule(r)
			if err := app.Save(c); err != nil {
				return err
			}
		}
		experts, err := app.FindCollectionByNameOrId("experts")
		if err != nil {
			return err
		}
		r := `user = @request.auth.id || (@request.auth.tenant_admin = true && enterprise = @request.auth.enterprise) || ` + ruleOperator
		experts.ListRule, experts.ViewRule = rule(r), rule(r)
		return app.Save(experts)
	}, func(app core.App) error {
		for _, v := range publicViews {
			if c, err := app.FindCollectionByNameOrId(v.name); err == nil {
				if err := app.Delete(c); err != nil {
					return err
				}
			}
		}
		experts := `(@request.auth.id != "" && applications_via_product.experts.id ?= @request.auth.id)`
		for name, r := range map[string]string{
			"products":          `status = "listed" || ` + ruleTenantUser + ` || ` + ruleStaff + ` || ` + experts,
			"product_specs":     `product.status = "listed" || (@request.auth.enterprise != "" && product.enterprise = @request.auth.enterprise) || ` + ruleStaff + ` || (@request.auth.id != "" && product.applications_via_product.experts.id ?= @request.auth.id)`,
			"product_cases":     `product.status = "listed" || (@request.auth.enterprise != "" && product.enterprise = @request.auth.enterprise) || ` + ruleStaff + ` || (@request.auth.id != "" && product.applications_via_product.experts.id ?= @request.auth.id)`,
			"product_revisions": `(@request.auth.enterprise != "" && product.enterprise = @request.auth.enterprise) || ` + ruleStaff + ` || (@request.auth.id != "" && product.applications_via_product.experts.id ?= @request.auth.id)`,
			"experts":           `active = true || user = @request.auth.id || (@request.auth.tenant_admin = true && enterprise = @request.auth.enterprise) || ` + ruleStaff,
		} {
			c, err := app.FindCollectionByNameOrId(name)
			if err != nil {
				return err
			}
			c.ListRule, c.ViewRule = rule(r), rule(r)
			if err := app.Save(c); err != nil {
				return err
			}
		}
		specs, err := app.FindCollectionByNameOrId("product_specs")
		if err != nil {
			return err
		}
		specs.Fields.RemoveByName("retired")
		return app.Save(specs)
	})
}
