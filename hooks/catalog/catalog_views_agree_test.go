package catalog_test

import (
	"sort"
	"strings"
	"testing"

	"smedx/smedxtest"
)

// The catalog index serves no product the public views hide: the same
// products as public_products for every visitor, across a delisting and a
// new listing; no owner-only column in the list or the
// detail; the detail's specs are public_product_specs' (no retired one).
func TestCatalogAgreesWithPublicViews(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	listed := newTestProduct(t, a, f.ProviderA, "公开方案", catalogOpts{prices: []int{39800, 0}})
	newTestProduct(t, a, f.ProviderA, "草稿方案", catalogOpts{status: "draft"})
	newTestProduct(t, a, f.ProviderB, "待审方案", catalogOpts{status: "pending"})
	gone := newTestProduct(t, a, f.ProviderB, "下架方案", catalogOpts{status: "delisted"})
	later := newTestProduct(t, a, f.ProviderB, "再上架方案", catalogOpts{})

	ids := func(items []map[string]any) string {
		var out []string
		for _, it := range items {
			out = append(out, it["id"].(string))
		}
		sort.Strings(out)
		return strings.Join(out, ",")
	}
	agree := func(step string, want int) {
		t.Helper()
		view := ids(list(a, nil, "public_products", q("perPage", "100")).Status(t, 200).Items(t))
		for _, query := range []string{"", "?keyword=方案", "?industry=C", "?sort=sales", "?tags=intelligent_manufacturing"} {
			res := a.Do("GET", "/api/smedx/catalog"+query, nil, nil).Status(t, 200)
			got := ids(res.Items(t))
			if got != view || strings.Count(got, ",")+1 != want {
				t.Errorf("%s: catalog%s lists %q, public_products %q (want %d)", step, query, got, view, want)
			}
			for _, hidden := range []string{"13900001111", "sales@example.cn", "王经理", "hist_price", "contact_"} {
				if res.Contains(hidden) {
					t.Errorf("%s: catalog%s shows %s", step, query, hidden)
				}
			}
		}
	}
	agree("initially", 2)

	later.Set("status", "delisted")
	if err := a.Save(later); err != nil {
		t.Fatal(err)
	}
	agree("after a delisting", 1)
	newTestProduct(t, a, f.ProviderB, "新上架方案", catalogOpts{})
	agree("after a new listing", 2)
	a.Do("GET", "/api/smedx/catalog/"+gone.Id, nil, nil).Status(t, 404)
	a.Do("GET", "/api/smedx/catalog/"+later.Id, nil, nil).Status(t, 404)

	// A retired spec leaves the public detail with the view.
	specs, err := a.FindRecordsByFilter("product_specs", "product = {:p}", "sort", 0, 0, map[string]any{"p": listed.Id})
	if err != nil || len(specs) != 2 {
		t.Fatalf("specs: %v %v", specs, err)
	}
	specs[1].Set("retired", true)
	if err := a.Save(specs[1]); err != nil {
		t.Fatal(err)
	}
	res := a.Do("GET", "/api/smedx/catalog/"+listed.Id, nil, nil).Status(t, 200)
	body := res.JSON(t)
	got := body["specs"].([]any)
	viewSpecs := list(a, nil, "public_product_specs", q("filter", "product = '"+listed.Id+"'")).Status(t, 200).Items(t)
	if len(got) != 1 || len(viewSpecs) != 1 || got[0].(map[string]any)["id"] != viewSpecs[0]["id"] {
		t.Errorf("detail specs %v, view specs %v", got, viewSpecs)
	}
	for _, hidden := range []string{"13900001111", "13900002222", "李经理", ".pdf", "hist_price"} {
		if res.Contains(hidden) {
			t.Errorf("detail shows %s: %s", hidden, res.Body)
		}
	}
}
