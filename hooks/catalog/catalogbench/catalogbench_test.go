package catalogbench_test

import (
	"net/url"
	"strings"
	"testing"

	"smedx/hooks/catalog/catalogbench"
	"smedx/smedxtest"
)

// BenchmarkCatalog measures the public catalog list over 10,000 listed
// products: the report (p50/p95/p99 per filter + sort) is logged once, and
// b.Loop times one filtered, sorted page through the HTTP route.
//
//	go test ./hooks/catalog/catalogbench -run '^$' -bench BenchmarkCatalog -benchtime 200x -v
func BenchmarkCatalog(b *testing.B) {
	a := smedxtest.New(b)
	report, err := catalogbench.RunCatalogBench(a, 10000)
	if err != nil {
		b.Fatal(err)
	}
	b.Log("\n" + report)
	path := "/api/smedx/catalog?tags=iot&sort=sales&keyword=" + url.QueryEscape("云")
	b.ResetTimer()
	for b.Loop() {
		if res := a.Do("GET", path, nil, nil); res.Code != 200 {
			b.Fatalf("status %d", res.Code)
		}
	}
}

// The benchmark code keeps working (small n, no timing claims).
func TestRunCatalogBench(t *testing.T) {
	a := smedxtest.New(t)
	report, err := catalogbench.RunCatalogBench(a, 300)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(report, "over 300 listed products") || !strings.Contains(report, "p95") {
		t.Fatalf("report: %s", report)
	}
	if res := a.Do("GET", "/api/smedx/catalog?perPage=1", nil, nil).Status(t, 200); !res.Contains(`"totalItems":300`) {
		t.Fatalf("seeded products not in the catalog: %s", res.Body)
	}
}
