package catalog_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"smedx/smedxtest"
)

// TestCatalogStrategiesAgree: whichever way a page is found (walking a
// sort index, reading the smallest set, or the planner's choice), every
// page of every filter shape is exactly what a plain scan of the products
// in Go gives.
func TestCatalogStrategiesAgree(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	rng := rand.New(rand.NewPCG(7, 16))
	words := []string{"云", "质量", "设备", "工业", "仓储", "智造", "MES", "协同"}
	pick := func(list []string, max int) []string {
		n := 1 + rng.IntN(max)
		out := []string{}
		for _, i := range rng.Perm(len(list))[:n] {
			out = append(out, list[i])
		}
		return out
	}
	tags := []string{"iot", "ai", "cloud", "quality", "equipment"}
	cats := []string{"production", "management", "rnd"}
	inds := []string{"C13", "C14", "C34", "F", "I"}
	types := []string{"solution", "software", "diagnosis"}
	base := time.Now().Add(-1000 * time.Hour)
	var all []*core.Record
	for i := 0; i < 60; i++ {
		status := "listed"
		if i%10 == 9 {
			status = "delisted"
		}
		pmin := 10000 * (1 + rng.IntN(50))
		name := words[rng.IntN(len(words))] + words[rng.IntN(len(words))] + fmt.Sprintf("方案%d", i)
		all = append(all, quickProduct(t, a, f.ProviderA.Enterprise, map[string]any{
			"name": name, "related_product": name + " V1", "status": status, "type": types[rng.IntN(len(types))],
			"tags": pick(tags, 2), "categories": pick(cats, 2), "industries": pick(inds, 2),
			"price_min_fen": pmin, "price_max_fen": pmin + 10000*rng.IntN(20),
			"sales_count": rng.IntN(5), "rating_avg": float64(rng.IntN(3)), "rating_count": rng.IntN(3),
			"listed_at": base.Add(time.Duration(rng.IntN(500)) * time.Hour),
		}))
	}

	has := func(r *core.Record, field, code string) bool {
		var codes []string
		_ = json.Unmarshal([]byte(r.GetString(field)), &codes)
		for _, c := range codes {
			if c == code || (field == "industries" && len(c) > 1 && c[:1] == code) {
				return true
			}
		}
		return false
	}
	type shape struct {
		query string
		match func(r *core.Record) bool
	}
	shapes := []shape{
		{"", func(*core.Record) bool { return true }},
		{"tags=iot", func(r *core.Record) bool { return has(r, "tags", "iot") }},
		{"tags=iot,ai", func(r *core.Record) bool { return has(r, "tags", "iot") || has(r, "tags", "ai") }},
		{"category=rnd", func(r *core.Record) bool { return has(r, "categories", "rnd") }},
		{"industry=C", func(r *core.Record) bool { return has(r, "industries", "C") }},
		{"type=software", func(r *core.Record) bool { return r.GetString("type") == "software" }},
		{"price_min_fen=200000&price_max_fen=300000", func(r *core.Record) bool {
			return r.GetInt("price_max_fen") >= 200000 && r.GetInt("price_min_fen") <= 300000
		}},
		{"tags=cloud&category=production&industry=C", func(r *core.Record) bool {
			return has(r, "tags", "cloud") && has(r, "categories", "production") && has(r, "industries", "C")
		}},
		{"industry=F&type=solution&price_max_fen=300000", func(r *core.Record) bool {
			return has(r, "industries", "F") && r.GetString("type") == "solution" && r.GetInt("price_min_fen") <= 300000
		}},
		{kw("质量") + "&sort=newest", func(r *core.Record) bool { return strings.Contains(r.GetString("name"), "质量") }},
		{kw("云") + "&industry=C&sort=newest", func(r *core.Record) bool {
			return strings.Contains(r.GetString("name"), "云") && has(r, "industries", "C")
		}},
	}
	sorts := map[string]func(x, y *core.Record) int{
		"newest": func(x, y *core.Record) int {
			return -cmpPair(x.GetString("listed_at"), y.GetString("listed_at"), x.Id, y.Id)
		},
		"sales": func(x, y *core.Record) int {
			return -cmpPair(x.GetInt("sales_count"), y.GetInt("sales_count"), x.Id, y.Id)
		},
		"rating": func(x, y *core.Record) int {
			if c := cmpPair(x.GetFloat("rating_avg"), y.GetFloat("rating_avg"), "", ""); c != 0 {
				return -c
			}
			return -cmpPair(x.GetInt("rating_count"), y.GetInt("rating_count"), x.Id, y.Id)
		},
		"price_asc": func(x, y *core.Record) int {
			return cmpPair(x.GetInt("price_min_fen"), y.GetInt("price_min_fen"), x.Id, y.Id)
		},
		"price_desc": func(x, y *core.Record) int {
			return -cmpPair(x.GetInt("price_min_fen"), y.GetInt("price_min_fen"), x.Id, y.Id)
		},
	}
	for _, strategy := range []string{"", "walk", "drive"} {
		if strategy == "" {
			a.Store().Remove("smedx.catalog.strategy")
		} else {
			a.Store().Set("smedx.catalog.strategy", strategy)
		}
		for _, s := range shapes {
			for sortName, cmp := range sorts {
				query := s.query
				if !strings.Contains(query, "sort=") {
					query += "&sort=" + sortName
				} else if sortName != "newest" {
					continue
				}
				var want []string
				matched := []*core.Record{}
				for _, r := range all {
					if r.GetString("status") == "listed" && s.match(r) {
						matched = append(matched, r)
					}
				}
				slices.SortFunc(matched, cmp)
				for _, r := range matched {
					want = append(want, r.Id)
				}
				var got []string
				for page := 1; ; page++ {
					p := getCatalog(t, a, fmt.Sprintf("%s&perPage=4&page=%d", query, page))
					if p.TotalItems != len(want) {
						t.Fatalf("%s %s: total %d, want %d", strategy, query, p.TotalItems, len(want))
					}
					for _, it := range p.Items {
						got = append(got, it.ID)
					}
					if len(p.Items) < 4 {
						break
					}
				}
				if !slices.Equal(got, want) {
					t.Errorf("%s catalog?%s:\n got %v\nwant %v", strategy, query, got, want)
				}
			}
		}
	}
	// Relevance: the same set as a scan, each page once.
	a.Store().Remove("smedx.catalog.strategy")
	for _, w := range []string{"云", "设备", "MES"} {
		want := 0
		for _, r := range all {
			if r.GetString("status") == "listed" && strings.Contains(strings.ToLower(r.GetString("name")), strings.ToLower(w)) {
				want++
			}
		}
		seen := map[string]bool{}
		for page := 1; page <= (want+2)/3; page++ {
			for _, it := range getCatalog(t, a, kw(w)+"&industry=&perPage=3&page="+fmt.Sprint(page)).Items {
				if seen[it.ID] {
					t.Fatalf("%s: %s on two pages", w, it.Name)
				}
				seen[it.ID] = true
			}
		}
		if len(seen) != want {
			t.Errorf("relevance %s: %d found, want %d", w, len(seen), want)
		}
	}
}

func cmpPair[T int | float64 | string](a, b T, ida, idb string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case ida < idb:
		return -1
	case ida > idb:
		return 1
	}
	return 0
}
