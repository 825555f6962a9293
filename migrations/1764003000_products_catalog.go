package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Products area (issue 5): the indexes of the public catalog's filters and
// sorts, and case documents made protected (they carry customer details
// and are for the owner and the reviewers only, not the public).
func init() {
	m.Register(func(app core.App) error {
		products, err := app.FindCollectionByNameOrId("products")
		if err != nil {
			return err
		}
		// "newest" sorts by listing time; "rating" breaks ties by count;
		// price sorts and range filters read both ends of the range.
		products.AddIndex("idx_products_status_listed_at", false, "status, listed_at", "")
		products.RemoveIndex("idx_products_status_rating")
		products.AddIndex("idx_products_status_rating", false, "status, rating_avg, rating_count", "")
		products.AddIndex("idx_products_status_price_max", false, "status, price_max_fen", "")
		if err := app.Save(products); err != nil {
			return err
		}

		cases, err := app.FindCollectionByNameOrId("product_cases")
		if err != nil {
			return err
		}
		if f, ok := cases.Fields.GetByName("document").(*core.FileField); ok {
			f.Protected = true
		}
		if err := app.Save(cases); err != nil {
			return err
		}

		experts, err := app.FindCollectionByNameOrId("experts")
		if err != nil {
			return err
		}
		experts.AddIndex("idx_experts_active_created", false, "active, created", "")
		return app.Save(experts)
	}, func(app core.App) error {
		products, err := app.FindCollectionByNameOrId("products")
		if err != nil {
			return err
		}
		products.RemoveIndex("idx_products_status_listed_at")
		products.RemoveIndex("idx_products_status_price_max")
		products.RemoveIndex("idx_products_status_rating")
		products.AddIndex("idx_products_status_rating", false, "status, rating_avg", "")
		if err := app.Save(products); err != nil {
			return err
		}
		experts, err := app.FindCollectionByNameOrId("experts")
		if err != nil {
			return err
		}
		experts.RemoveIndex("idx_experts_active_created")
		return app.Save(experts)
	})
}
