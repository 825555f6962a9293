// Package catalogbench measures the public catalog list over many listed
// products (RunCatalogBench). It is benchmark code, kept out of the
// production package catalog and imported by nothing but its own
// benchmark: delete this directory once tools/bench covers the catalog.
package catalogbench

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/catalog"
)

// RunCatalogBench adds n listed products (raw inserts under a benchmark
// provider, realistic tags, categories, industries, prices, sales and
// ratings) and measures the public catalog list the way
// GET /api/smedx/catalog runs it (query, count, cards, JSON), for a few
// filter + sort combinations. It returns a report with p50/p95/p99 of each.
// The `smedx bench` command can call it on a scratch data dir.
func RunCatalogBench(app core.App, n int) (string, error) {
	if n > 0 {
		if err := seedBenchProducts(app, n); err != nil {
			return "", err
		}
		// Raw inserts skip the hooks: index them like any listed product.
		if err := catalog.RebuildCatalogIndex(app); err != nil {
			return "", err
		}
	}
	var listed int
	if err := app.DB().Select("count(*)").From("products").Where(dbx.HashExp{"status": "listed"}).Row(&listed); err != nil {
		return "", err
	}
	scenarios := []string{
		"tags=iot&sort=sales",
		"category=production&sort=newest",
		"industry=C&price_max_fen=5000000&sort=price_asc",
		"type=software&sort=rating&page=3",
		"keyword=" + url.QueryEscape("云") + "&sort=newest",
	}
	var b strings.Builder
	fmt.Fprintf(&b, "catalog list over %d listed products (%d runs each after warm-up):\n", listed, benchRuns)
	var all []time.Duration
	for _, s := range scenarios {
		q, err := url.ParseQuery(s)
		if err != nil {
			return "", err
		}
		d, total, err := timeCatalog(app, q)
		if err != nil {
			return "", err
		}
		all = append(all, d...)
		fmt.Fprintf(&b, "  %-52s %5d hits  %s\n", s, total, percentiles(d))
	}
	fmt.Fprintf(&b, "  %-52s %11s  %s\n", "all", "", percentiles(all))
	return b.String(), nil
}

const benchRuns = 200

func timeCatalog(app core.App, q url.Values) ([]time.Duration, int, error) {
	var total int
	out := make([]time.Duration, 0, benchRuns)
	for i := 0; i < benchRuns+10; i++ {
		start := time.Now()
		page, err := catalog.ListCatalog(app, q)
		if err != nil {
			return nil, 0, err
		}
		if _, err := json.Marshal(page); err != nil {
			return nil, 0, err
		}
		if i >= 10 {
			out = append(out, time.Since(start))
		}
		total = page.TotalItems
	}
	return out, total, nil
}

func percentiles(d []time.Duration) string {
	s := append([]time.Duration{}, d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	p := func(q float64) time.Duration {
		if len(s) == 0 {
			return 0
		}
		return s[int(q*float64(len(s)-1))]
	}
	r := func(x time.Duration) string { return fmt.Sprintf("%.2fms", float64(x)/float64(time.Millisecond)) }
	return fmt.Sprintf("p50 %s  p95 %s  p99 %s", r(p(.50)), r(p(.95)), r(p(.99)))
}

// seedBenchProducts inserts n listed products with raw SQL in one
// transaction (model saves would take minutes for 10,000 rows).
func seedBenchProducts(app core.App, n int) error {
	rng := rand.New(rand.NewSource(int64(n)))
	tags := []string{"intelligent_manufacturing", "industrial_internet", "digital_management", "cloud", "big_data", "ai",
		"cyber_security", "iot", "supply_chain", "rnd", "production_control", "equipment", "quality", "marketing"}
	cats := []string{"rnd", "production", "management", "operation_maintenance", "supply_chain", "marketing", "safety", "energy"}
	inds := []string{"C13", "C14", "C17", "C26", "C30", "C34", "C35", "C36", "C38", "C39", "F", "G", "I"}
	types_ := []string{"solution", "diagnosis", "software", "cloud", "consulting", "hardware"}
	words := []string{"智造", "云", "数字", "工业", "设备", "质量", "能耗", "供应链", "仓储", "营销"}
	pick := func(list []string, k int) string {
		seen := map[string]bool{}
		out := []string{}
		for len(out) < k {
			c := list[rng.Intn(len(list))]
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
		raw, _ := json.Marshal(out)
		return string(raw)
	}
	now := time.Now().UTC()
	return app.RunInTransaction(func(tx core.App) error {
		entID := security.RandomStringWithAlphabet(15, "abcdefghijklmnopqrstuvwxyz0123456789")
		stamp := types.NowDateTime().String()
		_, err := tx.DB().Insert("enterprises", dbx.Params{
			"id": entID, "kind": "provider", "name": "基准测试服务商", "cert_status": "approved",
			"created": stamp, "updated": stamp,
		}).Execute()
		if err != nil {
			return err
		}
		for i := 0; i < n; i++ {
			lo := int64(rng.Intn(200)+1) * 10000
			hi := lo + int64(rng.Intn(5))*50000
			listedAt, _ := types.ParseDateTime(now.Add(-time.Duration(rng.Intn(365*24)) * time.Hour))
			name := fmt.Sprintf("%s%s解决方案 %d", words[rng.Intn(len(words))], words[rng.Intn(len(words))], i)
			_, err := tx.DB().Insert("products", dbx.Params{
				"id":              security.RandomStringWithAlphabet(15, "abcdefghijklmnopqrstuvwxyz0123456789"),
				"enterprise":      entID,
				"provider_name":   "基准测试服务商",
				"type":            types_[rng.Intn(len(types_))],
				"name":            name,
				"related_product": name + " V" + fmt.Sprint(1+rng.Intn(5)),
				"catalog":         "解决方案和产品",
				"status":          "listed",
				"tags":            pick(tags, 1+rng.Intn(3)),
				"categories":      pick(cats, 1+rng.Intn(2)),
				"industries":      pick(inds, 1+rng.Intn(3)),
				"price_min_fen":   lo,
				"price_max_fen":   hi,
				"rating_avg":      float64(rng.Intn(41)+10) / 10,
				"rating_count":    rng.Intn(50),
				"sales_count":     rng.Intn(500),
				"listed_at":       listedAt.String(),
				"intro":           `{"banner":{"title":"` + name + `","text":"面向中小企业的数字化转型方案，快速上线，按需订阅。"}}`,
				"created":         listedAt.String(),
				"updated":         listedAt.String(),
			}).Execute()
			if err != nil {
				return err
			}
		}
		return nil
	})
}
