package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Catalog: products with their specs, cases and pending revisions, the
// public expert team, announcements and the demand survey.
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

		// 表4-1 and the intro page of §4.4.1. Lists of dict codes are JSON
		// arrays; the intro page (banner, details, user cases, support) is
		// one JSON document whose images live in the file fields below.
		products := newBase("products",
			relation("enterprise", enterprises, 1, true, false),
			text("provider_name", 200), // denormalised for the public catalog
			textReq("type", 60),
			text("name", 100),
			text("related_product", 100),
			text("catalog", 60),
			choice("status", true, "draft", "pending", "listed", "rejected", "revoked", "delisted"),
			jsonField("tags", 8<<10),
			jsonField("categories", 8<<10),
			jsonField("industries", 8<<10),
			file("cover", 1, 2*mb, coverMimes),
			integer("hist_price_min_fen", 0),
			integer("hist_price_max_fen", 0),
			text("delivery_cycle", 60),
			integer("delivery_man_days", 0),
			text("contact_name", 50),
			jsonField("contact_methods", 1<<10),
			text("contact_phone", 20),
			text("contact_email", 200),
			jsonField("intro", 1*mb),
			file("banner_image", 1, 5*mb, coverMimes),
			file("media", 20, 100*mb, mediaMimes),
			file("case_images", 3, 5*mb, coverMimes),
			integer("price_min_fen", 0),
			integer("price_max_fen", 0),
			decimal("rating_avg", 0),
			integer("rating_count", 0),
			integer("sales_count", 0),
			date("listed_at"),
			boolean("revision_pending"),
		)
		products.AddIndex("idx_products_status_created", false, "status, created", "")
		products.AddIndex("idx_products_status_sales", false, "status, sales_count", "")
		products.AddIndex("idx_products_status_rating", false, "status, rating_avg", "")
		products.AddIndex("idx_products_status_price", false, "status, price_min_fen", "")
		products.AddIndex("idx_products_status_type", false, "status, type", "")
		products.AddIndex("idx_products_enterprise", false, "enterprise, status", "")
		if err := app.Save(products); err != nil {
			return err
		}

		revisions := newBase("product_revisions",
			relation("product", products, 1, true, true),
			relation("author", users, 1, false, false),
			jsonField("data", 2*mb),
			choice("status", true, "draft", "pending", "approved", "rejected", "revoked"),
		)
		revisions.AddIndex("idx_product_revisions_product", false, "product, status", "")
		if err := app.Save(revisions); err != nil {
			return err
		}

		specs := newBase("product_specs",
			relation("product", products, 1, true, true),
			textReq("name", 60),
			choice("purchase_mode", true, "year", "month", "quantity"),
			choice("pricing", true, "free", "simple"),
			integer("price_fen", 0),
			integer("sort", 0),
		)
		specs.AddIndex("idx_product_specs_product", false, "product, sort", "")
		if err := app.Save(specs); err != nil {
			return err
		}

		cases := newBase("product_cases",
			relation("product", products, 1, true, true),
			&core.NumberField{Name: "idx", OnlyInt: true, Required: true, Min: ptr(1.0), Max: ptr(3.0)},
			text("customer", 100),
			decimal("annual_output_wan", 0),
			decimal("sales_wan", 0),
			integer("delivery_months", 0),
			text("contact_name", 50),
			text("contact_title", 50),
			text("contact_info", 100),
			file("document", 1, 100*mb, documentMimes),
		)
		cases.AddIndex("idx_product_cases_product_idx", true, "product, idx", "")
		if err := app.Save(cases); err != nil {
			return err
		}

		// Read rules need the applications collection (expert access), so
		// the review migration sets them; here only the owner's writes.
		ownProvider := func(prefix string) string {
			return `@request.auth.role = "provider" && @request.auth.enterprise != "" && ` + prefix + `enterprise = @request.auth.enterprise`
		}
		setRules(products, rule(`status = "listed"`), rule(`status = "listed"`),
			rule(`@request.auth.role = "provider" && @request.auth.enterprise != "" && @request.body.enterprise = @request.auth.enterprise`),
			rule(ownProvider("")), rule(ownProvider("")+` && status = "draft"`))
		if err := app.Save(products); err != nil {
			return err
		}
		setRules(revisions, nil, nil, nil, nil, nil)
		if err := app.Save(revisions); err != nil {
			return err
		}
		for _, c := range []*core.Collection{specs, cases} {
			setRules(c, rule(`product.status = "listed"`), rule(`product.status = "listed"`),
				rule(ownProvider("product.")), rule(ownProvider("product.")), rule(ownProvider("product.")))
			if err := app.Save(c); err != nil {
				return err
			}
		}

		announcements := newBase("announcements",
			textReq("title", 200),
			text("summary", 500),
			editor("content"),
			text("category", 40),
			boolean("published"),
			boolean("pinned"),
			date("published_at"),
			relation("author", users, 1, false, false),
			file("attachments", 5, 20*mb, documentMimes),
		)
		announcements.AddIndex("idx_announcements_list", false, "published, pinned, published_at", "")
		setRules(announcements, rule(`published = true || `+ruleOperator), rule(`published = true || `+ruleOperator),
			rule(ruleOperator), rule(ruleOperator), rule(ruleOperator))
		if err := app.Save(announcements); err != nil {
			return err
		}

		// 图4-18 专家录入.
		experts := newBase("experts",
			relation("user", users, 1, true, true),
			relation("enterprise", enterprises, 1, true, false),
			textReq("name", 50),
			text("position", 50),
			textReq("major", 100),
			text("professional_title", 50),
			jsonField("region", 1<<10),
			text("region_text", 100),
			text("years_ii", 30),
			text("years_industry", 30),
			jsonField("ii_domains", 4<<10),
			jsonField("industry_domains", 4<<10),
			jsonField("operating_domains", 4<<10),
			&core.TextField{Name: "intro", Required: true, Max: 500},
			text("work_experience", 500),
			text("project_experience", 500),
			file("photo", 1, 2*mb, imageMimes),
			boolean("active"),
		)
		experts.AddIndex("idx_experts_user", true, "user", "")
		experts.AddIndex("idx_experts_active", false, "active, enterprise", "")
		expertReader := `active = true || user = @request.auth.id || (@request.auth.tenant_admin = true && enterprise = @request.auth.enterprise) || ` + ruleStaff
		setRules(experts, rule(expertReader), rule(expertReader), nil, nil, nil)
		if err := app.Save(experts); err != nil {
			return err
		}

		// 企业需求收集 (enterprise guide §3.1): anyone may answer.
		surveys := newBase("demand_surveys",
			textReq("company_name", 200),
			textReq("city", 20),
			textReq("enterprise_type", 40),
			jsonField("needs", 16<<10),
			text("needs_text", 2000),
			text("contact_name", 50),
			&core.TextField{Name: "contact_phone", Max: 20, Pattern: `^(1\d{10})?$`},
			relation("submitted_by", users, 1, false, false),
		)
		surveys.AddIndex("idx_demand_surveys_created", false, "created", "")
		setRules(surveys, rule(ruleStaff), rule(ruleStaff), rule(""), nil, nil)
		return app.Save(surveys)
	}, nil)
}

func ptr[T any](v T) *T { return &v }
