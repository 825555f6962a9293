package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// The public catalog's search index (products area): plain tables, not
// collections, holding only listed products, kept by the products hooks in
// the same transaction as the product change.
//
//   - product_facets: one row per (facet, product), facet = "tag:iot",
//     "cat:production", "ind:C34" (and "ind:C" for its 门类): the tag,
//     category and industry filters become index lookups instead of
//     parsing JSON arrays of every product.
//   - product_search: name and related product of each listed product in a
//     narrow table, so a keyword scan reads a few pages, not every row.
func init() {
	m.Register(func(app core.App) error {
		for _, q := range []string{
			`CREATE TABLE IF NOT EXISTS {{product_facets}} (
				[[facet]] TEXT NOT NULL,
				[[product]] TEXT NOT NULL,
				PRIMARY KEY ([[facet]], [[product]])
			) WITHOUT ROWID`,
			`CREATE INDEX IF NOT EXISTS idx_product_facets_product ON {{product_facets}} ([[product]])`,
			`CREATE TABLE IF NOT EXISTS {{product_search}} (
				[[product]] TEXT PRIMARY KEY NOT NULL,
				[[text]] TEXT NOT NULL DEFAULT ''
			) WITHOUT ROWID`,
			// Index the products listed before this migration.
			`INSERT OR IGNORE INTO {{product_facets}} ([[facet]], [[product]])
				SELECT 'tag:' || j.value, p.id FROM {{products}} p, json_each(CASE WHEN json_valid(p.tags) THEN p.tags ELSE '[]' END) j WHERE p.status = 'listed'
				UNION SELECT 'cat:' || j.value, p.id FROM {{products}} p, json_each(CASE WHEN json_valid(p.categories) THEN p.categories ELSE '[]' END) j WHERE p.status = 'listed'
				UNION SELECT 'ind:' || j.value, p.id FROM {{products}} p, json_each(CASE WHEN json_valid(p.industries) THEN p.industries ELSE '[]' END) j WHERE p.status = 'listed'
				UNION SELECT 'ind:' || substr(j.value, 1, 1), p.id FROM {{products}} p, json_each(CASE WHEN json_valid(p.industries) THEN p.industries ELSE '[]' END) j
					WHERE p.status = 'listed' AND length(j.value) > 1 AND substr(j.value, 1, 1) BETWEEN 'A' AND 'Z'`,
			`INSERT OR IGNORE INTO {{product_search}} ([[product]], [[text]])
				SELECT id, lower(name || char(10) || related_product) FROM {{products}} WHERE status = 'listed'`,
		} {
			if _, err := app.DB().NewQuery(q).Execute(); err != nil {
				return err
			}
		}
		return nil
	}, func(app core.App) error {
		if _, err := app.DB().NewQuery("DROP TABLE IF EXISTS {{product_facets}}").Execute(); err != nil {
			return err
		}
		_, err := app.DB().NewQuery("DROP TABLE IF EXISTS {{product_search}}").Execute()
		return err
	})
}
