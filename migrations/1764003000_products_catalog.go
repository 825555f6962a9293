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
		// Every index of the catalog ends with id, so the catalog index's
		// "id IN (facets…)" checks and the counts read the index alone:
		// one covering index for the filters, one per sort.
		products.AddIndex("idx_products_catalog", false, "status, type, price_min_fen, price_max_fen, id", "")
		products.AddIndex("idx_products_status_listed_at", false, "status, listed_at, id", "")
		products.AddIndex("idx_products_status_sales", false, "status, sales_count, id", "")
		products.AddIndex("idx_products_status_rating", false, "status, rating_avg, rating_count, id", "")
		products.AddIndex("idx_products_status_price", false, "status, price_min_fen, id", "")
		products.RemoveIndex("idx_products_status_type") // a prefix of idx_products_catalog
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
		products.RemoveIndex("idx_products_catalog")
		products.RemoveIndex("idx_products_status_listed_at")
		products.AddIndex("idx_products_status_sales", false, "status, sales_count", "")
		products.AddIndex("idx_products_status_rating", false, "status, rating_avg", "")
		products.AddIndex("idx_products_status_price", false, "status, price_min_fen", "")
		products.AddIndex("idx_products_status_type", false, "status, type", "")
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
