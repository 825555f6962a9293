package catalog

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/catalog/searchtext"
)

// How a catalog page is found on the catalog index (catalog_index.go),
// without building lists of ids:
//
//   - The filter is column conditions on catalog_items (type, prices) and
//     sets: facets (tags: any of; category; industry) and the keyword's
//     full-text matches.
//   - The total is counted once per filter and catalog version
//     (catalog_cache.go), from the smallest set, joined to its items by
//     integer key, with the other sets as index lookups (EXISTS on the
//     facets' primary key, the keyword's matches as one materialised list).
//   - The page either walks the sort's index of catalog_items in order and
//     stops after offset+perPage matches ("walk": cheap when matches are
//     common), or reads the smallest set and sorts its matches ("drive":
//     cheap when they are rare), whichever visits fewer rows by the known
//     totals.
//   - Relevance (the default with a keyword) ranks every match by bm25
//     once per keyword and version (6,500 matches of 云 at 50,000 products
//     cost more than everything else of a request) and checks the other
//     conditions on that ranking.
//
// EXPLAIN QUERY PLAN of each shape: TestCatalogQueryPlans.

// catalogStrategyKey in app.Store() forces "walk" or "drive" (tests).
const catalogStrategyKey = "smedx.catalog.strategy"

// catalogSort is an order of the catalog: the index of catalog_items it
// walks and its ORDER BY (product id last, so pages are stable).
type catalogSort struct {
	index, order string
}

var catalogSorts = map[string]catalogSort{
	"relevance":  {"", ""}, // relevancePage
	"newest":     {"idx_catalog_items_newest", "ci.[[listed_at]] DESC, ci.[[product]] DESC"},
	"sales":      {"idx_catalog_items_sales", "ci.[[sales_count]] DESC, ci.[[product]] DESC"},
	"rating":     {"idx_catalog_items_rating", "ci.[[rating_avg]] DESC, ci.[[rating_count]] DESC, ci.[[product]] DESC"},
	"price":      {"idx_catalog_items_price", "ci.[[price_min_fen]] ASC, ci.[[product]] ASC"},
	"price_asc":  {"idx_catalog_items_price", "ci.[[price_min_fen]] ASC, ci.[[product]] ASC"},
	"price_desc": {"idx_catalog_items_price", "ci.[[price_min_fen]] DESC, ci.[[product]] DESC"},
}

// bm25Weights rank a keyword found in the name above one in the related
// product, and both above one in the provider's name (columns of
// catalog_fts: name, provider, related).
const bm25Weights = "10.0, 2.0, 5.0"

// matchSet is a set condition: rows of any of facets, or the full-text
// matches of an FTS5 expression.
type matchSet struct {
	key    string   // cache key of its size
	facets []string // catalog_facets facets (any of)
	match  string   // catalog_fts MATCH expression
	size   int
}

// catalogQuery is a filter translated to the catalog index.
type catalogQuery struct {
	f      catalogFilter
	conds  []string // on ci (catalog_items)
	sets   []*matchSet
	params dbx.Params
	none   bool // the keyword has nothing searchable: no matches
}

func newCatalogQuery(f catalogFilter) *catalogQuery {
	q := &catalogQuery{f: f, params: dbx.Params{}}
	if f.Type != "" {
		q.params["type"] = f.Type
		q.conds = append(q.conds, "ci.[[type]] = {:type}")
	}
	// A product matches a price range when its spec price range meets it.
	if f.PriceMin >= 0 {
		q.params["pmin"] = f.PriceMin
		q.conds = append(q.conds, "ci.[[price_max_fen]] >= {:pmin}")
	}
	if f.PriceMax >= 0 {
		q.params["pmax"] = f.PriceMax
		q.conds = append(q.conds, "ci.[[price_min_fen]] <= {:pmax}")
	}
	facetSet := func(keys ...string) {
		q.sets = append(q.sets, &matchSet{key: "facets:" + strings.Join(keys, ","), facets: keys})
	}
	if len(f.Tags) > 0 {
		keys := make([]string, len(f.Tags))
		for i, t := range f.Tags {
			keys[i] = "tag:" + t
		}
		facetSet(keys...)
	}
	if f.Category != "" {
		facetSet("cat:" + f.Category)
	}
	if f.Industry != "" {
		// A 门类 letter (e.g. C 制造业) also finds its 大类 (C34 …): indexed as ind:C.
		facetSet("ind:" + f.Industry)
	}
	if f.Keyword != "" {
		m := searchtext.Match(f.Keyword)
		if m == "" {
			q.none = true
		}
		q.sets = append(q.sets, &matchSet{key: "match:" + m, match: m})
	}
	return q
}

// param binds v under a new name and returns its placeholder.
func (q *catalogQuery) param(v any) string {
	name := fmt.Sprintf("p%d", len(q.params))
	q.params[name] = v
	return "{:" + name + "}"
}

func (q *catalogQuery) facetList(s *matchSet) string {
	names := make([]string, len(s.facets))
	for i, f := range s.facets {
		names[i] = q.param(f)
	}
	return strings.Join(names, ", ")
}

// driver selects the seq (and, for the keyword with score, its bm25) of
// the rows of s.
func (q *catalogQuery) driver(s *matchSet, score bool) string {
	switch {
	case s.match != "" && score:
		return "SELECT rowid AS [[seq]], bm25({{catalog_fts}}, " + bm25Weights + ") AS [[score]] FROM {{catalog_fts}} WHERE {{catalog_fts}} MATCH " + q.param(s.match)
	case s.match != "":
		return "SELECT rowid AS [[seq]] FROM {{catalog_fts}} WHERE {{catalog_fts}} MATCH " + q.param(s.match)
	case len(s.facets) == 1:
		return "SELECT [[seq]] FROM {{catalog_facets}} WHERE [[facet]] = " + q.param(s.facets[0])
	}
	return "SELECT DISTINCT [[seq]] FROM {{catalog_facets}} WHERE [[facet]] IN (" + q.facetList(s) + ")"
}

// check is the condition "ci is in s", walking: lookups per row.
func (q *catalogQuery) check(s *matchSet) string {
	if s.match != "" {
		return "ci.[[seq]] IN (SELECT rowid FROM {{catalog_fts}} WHERE {{catalog_fts}} MATCH " + q.param(s.match) + ")"
	}
	if len(s.facets) == 1 {
		return "EXISTS (SELECT 1 FROM {{catalog_facets}} WHERE [[facet]] = " + q.param(s.facets[0]) + " AND [[seq]] = ci.[[seq]])"
	}
	return "EXISTS (SELECT 1 FROM {{catalog_facets}} WHERE [[facet]] IN (" + q.facetList(s) + ") AND [[seq]] = ci.[[seq]])"
}

// where joins the column conditions and the checks of sets other than skip.
func (q *catalogQuery) where(skip *matchSet) string {
	conds := append([]string{}, q.conds...)
	for _, s := range q.sets {
		if s != skip {
			conds = append(conds, q.check(s))
		}
	}
	if len(conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(conds, " AND ")
}

// smallest fills in the size of each set (cached per version) and returns
// the smallest set (nil when there is none).
func (q *catalogQuery) smallest(app core.App, cache *catalogCache, version int64) (*matchSet, error) {
	var best *matchSet
	for _, s := range q.sets {
		n, err := cache.total(version, s.key, func() (int, error) {
			sub := &catalogQuery{params: dbx.Params{}}
			var n int
			err := app.DB().NewQuery("SELECT count(*) FROM (" + sub.driver(s, false) + ")").Bind(sub.params).Row(&n)
			return n, err
		})
		if err != nil {
			return nil, err
		}
		s.size = n
		if best == nil || s.size < best.size {
			best = s
		}
	}
	// Checks in the order of their sets' sizes: the rarest rejects most
	// rows first.
	slices.SortStableFunc(q.sets, func(a, b *matchSet) int { return a.size - b.size })
	return best, nil
}

// cacheKey identifies the filter's total (sort and page aside).
func (f catalogFilter) cacheKey() string {
	return fmt.Sprintf("total:%q|%q|%q|%q|%q|%d|%d", strings.Join(f.Tags, ","), f.Category, f.Industry, f.Type,
		searchtext.Match(f.Keyword), f.PriceMin, f.PriceMax)
}

// run counts the matches of q and returns the product ids of its page.
func (q *catalogQuery) run(app core.App) (total int, ids []string, err error) {
	if q.none {
		return 0, nil, nil
	}
	cache := catalogCacheOf(app)
	version, err := catalogVersion(app)
	if err != nil {
		return 0, nil, err
	}
	driver, err := q.smallest(app, cache, version)
	if err != nil {
		return 0, nil, err
	}
	listed, err := cache.total(version, "listed", func() (int, error) {
		var n int
		err := app.DB().NewQuery("SELECT count(*) FROM {{catalog_items}}").Row(&n)
		return n, err
	})
	if err != nil {
		return 0, nil, err
	}
	total, err = cache.total(version, q.f.cacheKey(), func() (int, error) { return q.count(app, driver, listed) })
	if err != nil || total == 0 {
		return total, nil, err
	}
	offset := (q.f.Page - 1) * q.f.PerPage
	if offset >= total {
		return total, nil, nil
	}
	if q.f.Sort == "relevance" {
		ids, err = q.relevancePage(app, cache, version, offset)
	} else {
		ids, err = q.page(app, driver, listed, total, offset)
	}
	return total, ids, err
}

// count counts the matches, reading the smallest set.
func (q *catalogQuery) count(app core.App, driver *matchSet, listed int) (int, error) {
	if driver == nil && len(q.conds) == 0 {
		return listed, nil
	}
	// Facets and matches exist for listed products only: one set and no
	// column condition is that set's size.
	if len(q.sets) == 1 && len(q.conds) == 0 {
		return driver.size, nil
	}
	// Without a set, scanning the narrow rows beats a price index range
	// with a row lookup per entry (10 ms against 90 ms at 50,000).
	sql := "SELECT count(*) FROM {{catalog_items}} ci NOT INDEXED" + q.where(nil)
	if driver != nil {
		sql = "SELECT count(*) FROM (" + q.driver(driver, false) + ") d CROSS JOIN {{catalog_items}} ci ON ci.[[seq]] = d.[[seq]]" + q.where(driver)
	}
	var n int
	err := app.DB().NewQuery(sql).Bind(q.params).Row(&n)
	return n, err
}

// page returns the product ids of the page at offset, choosing between
// walking the sort's index and reading the smallest set (see the top).
// Relevance is relevancePage.
func (q *catalogQuery) page(app core.App, driver *matchSet, listed, total, offset int) ([]string, error) {
	sort := catalogSorts[q.f.Sort]
	limit := fmt.Sprintf(" ORDER BY %s LIMIT %d OFFSET %d", sort.order, q.f.PerPage, offset)
	var sql string
	switch {
	case q.walks(app, driver, listed, total, offset):
		sql = "SELECT ci.[[product]] FROM {{catalog_items}} ci INDEXED BY " + sort.index + q.where(nil) + limit
	case driver != nil:
		sql = "SELECT ci.[[product]] FROM (" + q.driver(driver, false) + ") d CROSS JOIN {{catalog_items}} ci ON ci.[[seq]] = d.[[seq]]" + q.where(driver) + limit
	default:
		// Only column conditions, and rare matches: scan the small rows.
		sql = "SELECT ci.[[product]] FROM {{catalog_items}} ci NOT INDEXED" + q.where(nil) + limit
	}
	var ids []string
	err := app.DB().NewQuery(sql).Bind(q.params).Column(&ids)
	return ids, err
}

// walks decides for walking the sort index: it visits about
// (offset+perPage) × listed/total rows, reading the smallest set visits
// its size (or every item without sets) and sorts the matches.
func (q *catalogQuery) walks(app core.App, driver *matchSet, listed, total, offset int) bool {
	// Tests force either strategy to check that both give the same pages.
	if forced, ok := app.Store().Get(catalogStrategyKey).(string); ok {
		return forced == "walk"
	}
	visits := float64(offset+q.f.PerPage) * float64(listed) / float64(total)
	reads := float64(listed)
	if driver != nil {
		reads = float64(driver.size)
	}
	return visits <= reads
}

// relevancePage returns the product ids of the page at offset of the
// keyword's matches ranked by bm25 (newest first among equals): the
// ranking of all matches is cached per keyword and version, and the other
// conditions are checked on it in growing chunks until the page is full.
func (q *catalogQuery) relevancePage(app core.App, cache *catalogCache, version int64, offset int) ([]string, error) {
	var kw *matchSet
	for _, s := range q.sets {
		if s.match != "" {
			kw = s
		}
	}
	ranked, err := cache.ranking(version, kw.key, func() ([]int64, error) {
		sub := &catalogQuery{params: dbx.Params{}}
		var seqs []int64
		err := app.DB().NewQuery("SELECT d.[[seq]] FROM (" + sub.driver(kw, true) + ") d CROSS JOIN {{catalog_items}} ci ON ci.[[seq]] = d.[[seq]]" +
			" ORDER BY d.[[score]], ci.[[listed_at]] DESC, ci.[[product]] DESC").Bind(sub.params).Column(&seqs)
		return seqs, err
	})
	if err != nil {
		return nil, err
	}
	want := offset + q.f.PerPage
	var found []int64
	if where := q.where(kw); where == "" {
		found = ranked[:min(want, len(ranked))]
	} else {
		for start, size := 0, 256; start < len(ranked) && len(found) < want; start, size = start+size, size*2 {
			chunk := ranked[start:min(start+size, len(ranked))]
			raw, _ := json.Marshal(chunk)
			q.params["chunk"] = string(raw)
			var hits []int64
			err := app.DB().NewQuery("SELECT ci.[[seq]] FROM json_each({:chunk}) j CROSS JOIN {{catalog_items}} ci ON ci.[[seq]] = j.value" + where +
				" ORDER BY j.key").Bind(q.params).Column(&hits)
			if err != nil {
				return nil, err
			}
			found = append(found, hits...)
		}
	}
	if offset >= len(found) {
		return nil, nil
	}
	found = found[offset:min(want, len(found))]
	raw, _ := json.Marshal(found)
	var ids []string
	err = app.DB().NewQuery("SELECT ci.[[product]] FROM json_each({:seqs}) j CROSS JOIN {{catalog_items}} ci ON ci.[[seq]] = j.value ORDER BY j.key").
		Bind(dbx.Params{"seqs": string(raw)}).Column(&ids)
	return ids, err
}
