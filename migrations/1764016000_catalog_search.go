package migrations

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"

	"smedx/hooks/catalog/searchtext"
)

// The public catalog's index, second version (issue 16): what
// GET /api/smedx/catalog filters, sorts and searches, for listed products
// only, keyed by a small integer so that joins between its parts are
// rowid lookups instead of text-key lookups on the wide products rows.
//
//   - catalog_items: one row per listed product with its filter and sort
//     columns and one index per catalog sort (each ending with the product
//     id, the sorts' tie-breaker), so a page walks an index in order.
//     The products hooks (hooks/catalog/catalog_index.go) write it with the
//     facets and the search text, in the product's transaction; trigger
//     catalog_items_follow copies the counters and prices that other code
//     updates with plain SQL (sales on payment, ratings, the spec price
//     range) in the same statement.
//   - catalog_facets: (facet, seq) for "tag:iot", "cat:production",
//     "ind:C34" and "ind:C" (its 门类).
//   - catalog_fts: FTS5 over name, provider name and related product, with
//     the CJK bigram/unigram tokens of package searchtext; contentless (the
//     text lives in products), rowid = seq.
//   - catalog_version: a counter bumped whenever the set of listed
//     products or what they are filtered by changes (triggers for rows and
//     prices, the hooks for facets and search text); totals are cached per
//     filter and version (hooks/catalog/catalog_cache.go).
//
// It replaces product_facets and product_search (migration 1764003010).
func init() {
	m.Register(func(app core.App) error {
		for _, q := range []string{
			`DROP TABLE IF EXISTS {{product_facets}}`,
			`DROP TABLE IF EXISTS {{product_search}}`,
			`CREATE TABLE {{catalog_items}} (
				[[seq]] INTEGER PRIMARY KEY,
				[[product]] TEXT NOT NULL UNIQUE,
				[[type]] TEXT NOT NULL DEFAULT '',
				[[price_min_fen]] INTEGER NOT NULL DEFAULT 0,
				[[price_max_fen]] INTEGER NOT NULL DEFAULT 0,
				[[listed_at]] TEXT NOT NULL DEFAULT '',
				[[sales_count]] INTEGER NOT NULL DEFAULT 0,
				[[rating_avg]] REAL NOT NULL DEFAULT 0,
				[[rating_count]] INTEGER NOT NULL DEFAULT 0
			)`,
			`CREATE INDEX idx_catalog_items_newest ON {{catalog_items}} ([[listed_at]], [[product]])`,
			`CREATE INDEX idx_catalog_items_sales ON {{catalog_items}} ([[sales_count]], [[product]])`,
			`CREATE INDEX idx_catalog_items_rating ON {{catalog_items}} ([[rating_avg]], [[rating_count]], [[product]])`,
			`CREATE INDEX idx_catalog_items_price ON {{catalog_items}} ([[price_min_fen]], [[product]])`,
			`CREATE TABLE {{catalog_facets}} (
				[[facet]] TEXT NOT NULL,
				[[seq]] INTEGER NOT NULL,
				PRIMARY KEY ([[facet]], [[seq]])
			) WITHOUT ROWID`,
			`CREATE INDEX idx_catalog_facets_seq ON {{catalog_facets}} ([[seq]])`,
			`CREATE VIRTUAL TABLE {{catalog_fts}} USING fts5(name, provider, related,
				content='', contentless_delete=1, tokenize='ascii')`,
			`CREATE TABLE {{catalog_version}} ([[id]] INTEGER PRIMARY KEY CHECK ([[id]] = 1), [[n]] INTEGER NOT NULL)`,
			`INSERT INTO {{catalog_version}} ([[id]], [[n]]) VALUES (1, 1)`,
			// What a total depends on: the rows and their type and prices
			// (not the sales and rating counters, updated on every order).
			`CREATE TRIGGER catalog_version_insert AFTER INSERT ON {{catalog_items}}
				BEGIN UPDATE {{catalog_version}} SET [[n]] = [[n]] + 1; END`,
			`CREATE TRIGGER catalog_version_delete AFTER DELETE ON {{catalog_items}}
				BEGIN UPDATE {{catalog_version}} SET [[n]] = [[n]] + 1; END`,
			`CREATE TRIGGER catalog_version_update AFTER UPDATE OF [[type]], [[price_min_fen]], [[price_max_fen]] ON {{catalog_items}}
				WHEN OLD.[[type]] IS NOT NEW.[[type]] OR OLD.[[price_min_fen]] IS NOT NEW.[[price_min_fen]] OR OLD.[[price_max_fen]] IS NOT NEW.[[price_max_fen]]
				BEGIN UPDATE {{catalog_version}} SET [[n]] = [[n]] + 1; END`,
			`CREATE TRIGGER catalog_items_follow AFTER UPDATE OF [[price_min_fen]], [[price_max_fen]], [[sales_count]], [[rating_avg]], [[rating_count]] ON {{products}}
				BEGIN
					UPDATE {{catalog_items}} SET [[price_min_fen]] = NEW.[[price_min_fen]], [[price_max_fen]] = NEW.[[price_max_fen]],
						[[sales_count]] = NEW.[[sales_count]], [[rating_avg]] = NEW.[[rating_avg]], [[rating_count]] = NEW.[[rating_count]]
					WHERE [[product]] = NEW.[[id]];
				END`,
		} {
			if _, err := app.DB().NewQuery(q).Execute(); err != nil {
				return err
			}
		}
		return fillCatalogSearch(app)
	}, func(app core.App) error {
		for _, q := range []string{
			`DROP TRIGGER IF EXISTS catalog_items_follow`,
			`DROP TABLE IF EXISTS {{catalog_fts}}`,
			`DROP TABLE IF EXISTS {{catalog_facets}}`,
			`DROP TABLE IF EXISTS {{catalog_items}}`,
			`DROP TABLE IF EXISTS {{catalog_version}}`,
		} {
			if _, err := app.DB().NewQuery(q).Execute(); err != nil {
				return err
			}
		}
		return nil
	})
}

// fillCatalogSearch indexes the products listed before this migration
// (hooks/catalog.RebuildCatalogIndex does the same for later repairs).
func fillCatalogSearch(app core.App) error {
	for _, q := range []string{
		`INSERT INTO {{catalog_items}} ([[product]], [[type]], [[price_min_fen]], [[price_max_fen]], [[listed_at]], [[sales_count]], [[rating_avg]], [[rating_count]])
			SELECT id, COALESCE(type, ''), COALESCE(price_min_fen, 0), COALESCE(price_max_fen, 0), COALESCE(listed_at, ''),
				COALESCE(sales_count, 0), COALESCE(rating_avg, 0), COALESCE(rating_count, 0)
			FROM {{products}} WHERE status = 'listed'`,
		`INSERT OR IGNORE INTO {{catalog_facets}} ([[facet]], [[seq]])
			SELECT 'tag:' || j.value, c.seq FROM {{catalog_items}} c JOIN {{products}} p ON p.id = c.product, json_each(CASE WHEN json_valid(p.tags) THEN p.tags ELSE '[]' END) j
			UNION SELECT 'cat:' || j.value, c.seq FROM {{catalog_items}} c JOIN {{products}} p ON p.id = c.product, json_each(CASE WHEN json_valid(p.categories) THEN p.categories ELSE '[]' END) j
			UNION SELECT 'ind:' || j.value, c.seq FROM {{catalog_items}} c JOIN {{products}} p ON p.id = c.product, json_each(CASE WHEN json_valid(p.industries) THEN p.industries ELSE '[]' END) j
			UNION SELECT 'ind:' || substr(j.value, 1, 1), c.seq FROM {{catalog_items}} c JOIN {{products}} p ON p.id = c.product, json_each(CASE WHEN json_valid(p.industries) THEN p.industries ELSE '[]' END) j
				WHERE length(j.value) > 1 AND substr(j.value, 1, 1) BETWEEN 'A' AND 'Z'`,
	} {
		if _, err := app.DB().NewQuery(q).Execute(); err != nil {
			return err
		}
	}
	var rows []struct {
		Seq      int64  `db:"seq"`
		Name     string `db:"name"`
		Provider string `db:"provider"`
		Related  string `db:"related"`
	}
	if err := app.DB().NewQuery(`SELECT c.seq, COALESCE(p.name, '') AS name, COALESCE(p.provider_name, '') AS provider,
		COALESCE(p.related_product, '') AS related FROM {{catalog_items}} c JOIN {{products}} p ON p.id = c.product`).All(&rows); err != nil {
		return err
	}
	ins := app.DB().NewQuery(`INSERT INTO {{catalog_fts}} (rowid, name, provider, related) VALUES ({:seq}, {:name}, {:provider}, {:related})`).Prepare()
	defer ins.Close()
	for _, r := range rows {
		if _, err := ins.Bind(dbx.Params{"seq": r.Seq, "name": searchtext.Document(r.Name),
			"provider": searchtext.Document(r.Provider), "related": searchtext.Document(r.Related)}).Execute(); err != nil {
			return err
		}
	}
	return nil
}
