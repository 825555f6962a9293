package catalog_test

import (
	"context"
	"database/sql"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pocketbase/dbx"

	"smedx/smedxtest"
)

// TestCatalogQueryPlans: EXPLAIN QUERY PLAN of every statement a catalog
// request runs. None scans products (the page's rows are fetched by id),
// and walking pages read their sort index in order: no sort step, no list
// of ids built per request.
func TestCatalogQueryPlans(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	for i, name := range []string{"质量云", "设备管理", "仓储"} {
		quickProduct(t, a, f.ProviderA.Enterprise, map[string]any{"name": name, "tags": []string{"iot"},
			"categories": []string{"production"}, "industries": []string{"C34"}, "price_min_fen": 1000 * i, "price_max_fen": 5000})
	}
	db := a.ConcurrentDB().(*dbx.DB)
	var mu sync.Mutex
	var stmts []string
	db.QueryLogFunc = func(_ context.Context, _ time.Duration, s string, _ *sql.Rows, _ error) {
		mu.Lock()
		stmts = append(stmts, s)
		mu.Unlock()
	}
	t.Cleanup(func() { db.QueryLogFunc = nil })
	plan := func(stmt string) string {
		var rows []struct {
			Detail string `db:"detail"`
		}
		if err := a.NonconcurrentDB().NewQuery("EXPLAIN QUERY PLAN " + stmt).All(&rows); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
		var out []string
		for _, r := range rows {
			out = append(out, r.Detail)
		}
		return strings.Join(out, "\n")
	}
	fullScan := regexp.MustCompile(`(?m)^SCAN (p|products)( |$)`)
	// Three products: the planner of catalog_query.go would read the
	// sets; each strategy is forced in turn.
	for _, strategy := range []string{"walk", "drive"} {
		a.Store().Set("smedx.catalog.strategy", strategy)
		for _, c := range []struct {
			query string
			walk  string // the index a broad shape's page walks ("" not checked)
		}{
			{"", "idx_catalog_items_newest"},
			{"sort=sales", "idx_catalog_items_sales"},
			{"sort=rating", "idx_catalog_items_rating"},
			{"sort=price_desc", "idx_catalog_items_price"},
			{"tags=iot", "idx_catalog_items_newest"},
			{"category=production&industry=C", "idx_catalog_items_newest"},
			{"price_min_fen=1000&price_max_fen=9000", ""},
			{kw("质量"), ""},
			{kw("质量") + "&sort=newest&tags=iot", ""},
			{"tags=iot&type=software", ""},
		} {
			mu.Lock()
			stmts = nil
			mu.Unlock()
			getCatalog(t, a, c.query)
			mu.Lock()
			got := append([]string(nil), stmts...)
			mu.Unlock()
			walked := false
			for _, s := range got {
				if !strings.HasPrefix(strings.TrimSpace(s), "SELECT") {
					continue
				}
				p := plan(s)
				if fullScan.MatchString(p) {
					t.Errorf("catalog?%s scans products:\n%s\n%s", c.query, s, p)
				}
				if strategy == "walk" && c.walk != "" && strings.Contains(s, "INDEXED BY "+c.walk) {
					walked = true
					if strings.Contains(p, "TEMP B-TREE") || strings.Contains(p, "LIST SUBQUERY") {
						t.Errorf("catalog?%s: the walk sorts or builds a list:\n%s\n%s", c.query, s, p)
					}
				}
			}
			if strategy == "walk" && c.walk != "" && !walked {
				t.Errorf("catalog?%s: no walk of %s in %q", c.query, c.walk, got)
			}
		}
	}
}
