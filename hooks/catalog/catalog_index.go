package catalog

import (
	"encoding/json"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// The catalog index (migrations/1764003010_catalog_index.go): facets and
// search text of listed products, rewritten whenever a product is saved or
// deleted, inside the same transaction.

func registerCatalogIndex(app core.App) {
	sync := func(e *core.RecordEvent) error {
		if err := e.Next(); err != nil {
			return err
		}
		return syncCatalogIndex(e.App, e.Record.Id)
	}
	app.OnRecordCreateExecute("products").BindFunc(sync)
	app.OnRecordUpdateExecute("products").BindFunc(sync)
	app.OnRecordDeleteExecute("products").BindFunc(sync)
}

// facetsOf lists the facets of a product's code lists.
func facetsOf(tags, categories, industries string) []string {
	out := []string{}
	seen := map[string]bool{}
	add := func(prefix, raw string, parents bool) {
		var codes []string
		if json.Unmarshal([]byte(raw), &codes) != nil {
			return
		}
		for _, c := range codes {
			keys := []string{prefix + c}
			// A 大类 (C34) is found by its 门类 (C) too.
			if parents && len(c) > 1 && c[0] >= 'A' && c[0] <= 'Z' {
				keys = append(keys, prefix+c[:1])
			}
			for _, k := range keys {
				if !seen[k] {
					seen[k] = true
					out = append(out, k)
				}
			}
		}
	}
	add("tag:", tags, false)
	add("cat:", categories, false)
	add("ind:", industries, true)
	return out
}

// syncCatalogIndex rewrites the index rows of product id from its current
// row (none unless it is listed).
func syncCatalogIndex(app core.App, id string) error {
	p := dbx.Params{"id": id}
	if _, err := app.DB().NewQuery("DELETE FROM {{product_facets}} WHERE [[product]] = {:id}").Bind(p).Execute(); err != nil {
		return err
	}
	if _, err := app.DB().NewQuery("DELETE FROM {{product_search}} WHERE [[product]] = {:id}").Bind(p).Execute(); err != nil {
		return err
	}
	var row struct {
		Status         string `db:"status"`
		Tags           string `db:"tags"`
		Categories     string `db:"categories"`
		Industries     string `db:"industries"`
		Name           string `db:"name"`
		RelatedProduct string `db:"related_product"`
	}
	err := app.DB().Select("status", "COALESCE(tags, '') AS tags", "COALESCE(categories, '') AS categories",
		"COALESCE(industries, '') AS industries", "name", "related_product").
		From("products").Where(dbx.HashExp{"id": id}).One(&row)
	if err != nil || row.Status != "listed" {
		return nil // deleted or not public
	}
	for _, f := range facetsOf(row.Tags, row.Categories, row.Industries) {
		if _, err := app.DB().Insert("product_facets", dbx.Params{"facet": f, "product": id}).Execute(); err != nil {
			return err
		}
	}
	_, err = app.DB().Insert("product_search", dbx.Params{"product": id, "text": strings.ToLower(row.Name + "\n" + row.RelatedProduct)}).Execute()
	return err
}

// RebuildCatalogIndex rewrites the whole index from the products table
// (after raw SQL imports, or to repair it).
func RebuildCatalogIndex(app core.App) error {
	return app.RunInTransaction(func(tx core.App) error {
		for _, table := range []string{"product_facets", "product_search"} {
			if _, err := tx.DB().Delete(table, nil).Execute(); err != nil {
				return err
			}
		}
		var ids []string
		if err := tx.DB().Select("id").From("products").Where(dbx.HashExp{"status": "listed"}).Column(&ids); err != nil {
			return err
		}
		for _, id := range ids {
			if err := syncCatalogIndex(tx, id); err != nil {
				return err
			}
		}
		return nil
	})
}
