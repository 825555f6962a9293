package catalog

import (
	"database/sql"
	"encoding/json"
	"errors"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/catalog/searchtext"
)

// The catalog index (migrations/1764016000_catalog_search.go): the filter
// and sort columns, facets and search tokens of listed products, rewritten
// whenever a product is saved or deleted, inside the same transaction, so
// the public catalog never shows a product its status no longer allows.

func registerCatalogIndex(app core.App) {
	// PocketBase saves a record without a transaction of its own (unless
	// the caller runs one): the product's write and its index rows are
	// wrapped in one here, the way PocketBase wraps a delete and its
	// cascade, so no reader ever sees one without the other.
	sync := func(e *core.RecordEvent) error {
		original := e.App
		err := e.App.RunInTransaction(func(tx core.App) error {
			e.App = tx
			if err := e.Next(); err != nil {
				return err
			}
			return syncCatalogIndex(tx, e.Record.Id)
		})
		e.App = original
		return err
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

// indexedProduct is what the catalog index holds of a product.
type indexedProduct struct {
	Status      string  `db:"status"`
	Type        string  `db:"type"`
	PriceMinFen int64   `db:"price_min_fen"`
	PriceMaxFen int64   `db:"price_max_fen"`
	ListedAt    string  `db:"listed_at"`
	SalesCount  int64   `db:"sales_count"`
	RatingAvg   float64 `db:"rating_avg"`
	RatingCount int64   `db:"rating_count"`
	Tags        string  `db:"tags"`
	Categories  string  `db:"categories"`
	Industries  string  `db:"industries"`
	Name        string  `db:"name"`
	Provider    string  `db:"provider_name"`
	Related     string  `db:"related_product"`
}

const indexedProductColumns = `status, COALESCE(type, '') AS type, COALESCE(price_min_fen, 0) AS price_min_fen,
	COALESCE(price_max_fen, 0) AS price_max_fen, COALESCE(listed_at, '') AS listed_at, COALESCE(sales_count, 0) AS sales_count,
	COALESCE(rating_avg, 0) AS rating_avg, COALESCE(rating_count, 0) AS rating_count, COALESCE(tags, '') AS tags,
	COALESCE(categories, '') AS categories, COALESCE(industries, '') AS industries, COALESCE(name, '') AS name,
	COALESCE(provider_name, '') AS provider_name, COALESCE(related_product, '') AS related_product`

// syncCatalogIndex rewrites the index rows of product id from its current
// row: none unless it is listed. A listed product keeps its seq, so its
// facet and search rows are replaced in place.
func syncCatalogIndex(app core.App, id string) error {
	db := app.DB()
	var seq int64
	err := db.NewQuery("SELECT [[seq]] FROM {{catalog_items}} WHERE [[product]] = {:id}").Bind(dbx.Params{"id": id}).Row(&seq)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	var p indexedProduct
	err = db.NewQuery("SELECT " + indexedProductColumns + " FROM {{products}} WHERE [[id]] = {:id}").Bind(dbx.Params{"id": id}).One(&p)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	if seq != 0 {
		if err := unindexProduct(db, seq); err != nil {
			return err
		}
	}
	if p.Status == "listed" {
		if err := indexProduct(db, id, seq, p); err != nil {
			return err
		}
	}
	// Facets and search text change no catalog_items column the version
	// triggers watch: totals cached before this save are stale now.
	_, err = db.NewQuery("UPDATE {{catalog_version}} SET [[n]] = [[n]] + 1").Execute()
	return err
}

// unindexProduct removes the facet and search rows of seq, and its item.
func unindexProduct(db dbx.Builder, seq int64) error {
	p := dbx.Params{"seq": seq}
	for _, q := range []string{
		"DELETE FROM {{catalog_facets}} WHERE [[seq]] = {:seq}",
		"DELETE FROM {{catalog_fts}} WHERE rowid = {:seq}",
		"DELETE FROM {{catalog_items}} WHERE [[seq]] = {:seq}",
	} {
		if _, err := db.NewQuery(q).Bind(p).Execute(); err != nil {
			return err
		}
	}
	return nil
}

// indexProduct writes the item (under seq when not 0), facets and search
// tokens of listed product id.
func indexProduct(db dbx.Builder, id string, seq int64, p indexedProduct) error {
	item := dbx.Params{"product": id, "type": p.Type, "price_min_fen": p.PriceMinFen, "price_max_fen": p.PriceMaxFen,
		"listed_at": p.ListedAt, "sales_count": p.SalesCount, "rating_avg": p.RatingAvg, "rating_count": p.RatingCount}
	if seq != 0 {
		item["seq"] = seq
	}
	res, err := db.Insert("catalog_items", item).Execute()
	if err != nil {
		return err
	}
	if seq == 0 {
		if seq, err = res.LastInsertId(); err != nil {
			return err
		}
	}
	for _, f := range facetsOf(p.Tags, p.Categories, p.Industries) {
		if _, err := db.Insert("catalog_facets", dbx.Params{"facet": f, "seq": seq}).Execute(); err != nil {
			return err
		}
	}
	_, err = db.NewQuery("INSERT INTO {{catalog_fts}} (rowid, name, provider, related) VALUES ({:seq}, {:name}, {:provider}, {:related})").
		Bind(dbx.Params{"seq": seq, "name": searchtext.Document(p.Name), "provider": searchtext.Document(p.Provider),
			"related": searchtext.Document(p.Related)}).Execute()
	return err
}

// RebuildCatalogIndex rewrites the whole index from the products table
// (after raw SQL imports, or to repair it), in one transaction.
func RebuildCatalogIndex(app core.App) error {
	return app.RunInTransaction(func(tx core.App) error {
		db := tx.DB()
		for _, q := range []string{
			"DELETE FROM {{catalog_facets}}",
			"DELETE FROM {{catalog_fts}}",
			"DELETE FROM {{catalog_items}}",
		} {
			if _, err := db.NewQuery(q).Execute(); err != nil {
				return err
			}
		}
		var ids []string
		if err := db.Select("id").From("products").Where(dbx.HashExp{"status": "listed"}).OrderBy("listed_at", "id").Column(&ids); err != nil {
			return err
		}
		for _, id := range ids {
			var p indexedProduct
			if err := db.NewQuery("SELECT " + indexedProductColumns + " FROM {{products}} WHERE [[id]] = {:id}").Bind(dbx.Params{"id": id}).One(&p); err != nil {
				return err
			}
			if err := indexProduct(db, id, 0, p); err != nil {
				return err
			}
		}
		_, err := db.NewQuery("UPDATE {{catalog_version}} SET [[n]] = [[n]] + 1").Execute()
		return err
	})
}

// resyncProviderProducts re-indexes the listed products of an enterprise
// whose name (the searchable provider name) changed.
func resyncProviderProducts(app core.App, enterprise string) error {
	var ids []string
	err := app.DB().NewQuery(`SELECT c.[[product]] FROM {{catalog_items}} c JOIN {{products}} p ON p.[[id]] = c.[[product]]
		WHERE p.[[enterprise]] = {:e}`).Bind(dbx.Params{"e": enterprise}).Column(&ids)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := syncCatalogIndex(app, id); err != nil {
			return err
		}
	}
	return nil
}
