package catalog_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"smedx/smedxtest"
)

func list(a *smedxtest.App, user *core.Record, collection, query string) *smedxtest.Response {
	return a.Do("GET", "/api/collections/"+collection+"/records?"+query, user, nil)
}

func q(kv ...string) string {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Set(kv[i], kv[i+1])
	}
	return v.Encode()
}

// totalOf is the totalItems of a list answer (-1 when refused).
func totalOf(t *testing.T, r *smedxtest.Response) int {
	t.Helper()
	if r.Code != 200 {
		return -1
	}
	return int(r.JSON(t)["totalItems"].(float64))
}

// Finding 2: public reads go through views with public columns only; the
// base collections answer only owners, reviewers and staff; no filter or
// sort on a hidden column discriminates; protected case documents do not
// download anonymously; covers still load through the view.
func TestPublicReadsThroughViews(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	p := newTestProduct(t, a, f.ProviderA, "公开方案", catalogOpts{})
	draft := newTestProduct(t, a, f.ProviderA, "草稿方案", catalogOpts{status: "draft"})
	cases, _ := a.FindRecordsByFilter("product_cases", "product = {:p}", "idx", 0, 0, map[string]any{"p": p.Id})
	buyer, owner := f.EnterpriseA.Admin, f.ProviderA.Admin

	for _, who := range []*core.Record{nil, buyer, f.ProviderB.Admin} {
		// The base collections: nothing, on every SDK path.
		for _, c := range []string{"products", "product_specs", "product_cases"} {
			if n := totalOf(t, list(a, who, c, "")); n != 0 {
				t.Errorf("%v lists %d %s rows", who, n, c)
			}
		}
		a.Do("GET", "/api/collections/products/records/"+p.Id, who, nil).Status(t, 404)
		a.Do("GET", "/api/collections/product_cases/records/"+cases[0].Id, who, nil).Status(t, 404)

		// The filter oracle: a matching and a non-matching guess of the
		// contact phone give the same answer.
		for _, c := range []string{"products", "public_products"} {
			hit := list(a, who, c, q("filter", "contact_phone ~ '139'"))
			miss := list(a, who, c, q("filter", "contact_phone ~ '888'"))
			if hit.Code != miss.Code || totalOf(t, hit) != totalOf(t, miss) || (hit.Code == 200 && totalOf(t, hit) != 0) {
				t.Errorf("%s filter oracle: %d/%s vs %d/%s", c, hit.Code, hit.Body, miss.Code, miss.Body)
			}
			s1 := list(a, who, c, q("sort", "contact_phone"))
			if c == "public_products" && s1.Code != 400 {
				t.Errorf("sort on a hidden column of the view: %d %s", s1.Code, s1.Body)
			}
		}
		for _, hidden := range []string{"hist_price_min_fen > 0", "contact_email ~ 'sales'", "revision_pending = false"} {
			list(a, who, "public_products", q("filter", hidden)).Status(t, 400)
		}
		list(a, who, "public_product_cases", q("filter", "contact_info ~ '139'")).Status(t, 400)
		list(a, who, "public_experts", q("filter", "work_experience ~ 'a'")).Status(t, 400)
		list(a, who, "public_experts", q("filter", "user != ''")).Status(t, 400)

		// The views: listed only, public columns only, even when asked for
		// by fields= or expand=.
		res := list(a, who, "public_products", q("fields", "id,name,contact_phone,contact_email,hist_price_min_fen,hist_price_max_fen,cover", "expand", "enterprise")).Status(t, 200)
		items := res.Items(t)
		if len(items) != 1 || items[0]["id"] != p.Id {
			t.Fatalf("public_products: %s", res.Body)
		}
		for _, k := range []string{"contact_phone", "contact_email", "hist_price_min_fen", "hist_price_max_fen", "expand"} {
			if _, ok := items[0][k]; ok {
				t.Errorf("public_products exposes %s: %s", k, res.Body)
			}
		}
		res = list(a, who, "public_product_cases", q("fields", "id,customer,contact_name,contact_title,contact_info,document")).Status(t, 200)
		if len(res.Items(t)) != 3 || res.Contains("13900002222") || res.Contains("李经理") || res.Contains(".pdf") {
			t.Errorf("public_product_cases: %s", res.Body)
		}
		if n := totalOf(t, list(a, who, "public_product_specs", "")); n != 1 {
			t.Errorf("public specs: %d", n)
		}
		a.Do("GET", "/api/collections/public_products/records/"+draft.Id, who, nil).Status(t, 404)

		// The cover loads through the view; the case document does not
		// download, not even with a file token.
		cover := items[0]["cover"].(string)
		a.Do("GET", "/api/files/public_products/"+p.Id+"/"+cover, nil, nil).Status(t, 200)
		doc := cases[0].GetString("document")
		token := ""
		if who != nil {
			tok, err := who.NewFileToken()
			if err != nil {
				t.Fatal(err)
			}
			token = "?token=" + tok
		}
		a.Do("GET", "/api/files/product_cases/"+cases[0].Id+"/"+doc+token, nil, nil).Status(t, 404)
	}

	// Experts: the view has the public profile only.
	res := list(a, nil, "public_experts", "").Status(t, 200)
	if len(res.Items(t)) != 2 || res.Contains(`"user"`) || res.Contains(`"enterprise"`) || res.Contains("work_experience") {
		t.Errorf("public_experts: %s", res.Body)
	}
	if n := totalOf(t, list(a, nil, "experts", "")); n != 0 {
		t.Errorf("anonymous lists %d experts rows", n)
	}

	// The owner reads his products in full, documents with a file token.
	res = a.Do("GET", "/api/collections/products/records/"+p.Id, owner, nil).Status(t, 200)
	if !res.Contains("13900001111") {
		t.Errorf("owner misses the contact phone: %s", res.Body)
	}
	tok, _ := owner.NewFileToken()
	a.Do("GET", "/api/files/product_cases/"+cases[0].Id+"/"+cases[0].GetString("document")+"?token="+tok, nil, nil).Status(t, 200)
	// So does an operator.
	if n := totalOf(t, list(a, f.Operator, "products", "")); n != 2 {
		t.Errorf("operator lists %d products", n)
	}

	// Realtime: an anonymous subscriber of products/* hears nothing of a
	// listed product's update (the base collection is not public).
	rt := a.Subscribe(t, nil, "products/*", "products/"+p.Id, "announcements/*")
	p.Set("contact_phone", "13900003333")
	if err := a.Save(p); err != nil {
		t.Fatal(err)
	}
	smedxtest.SaveRecord(t, a, "announcements", map[string]any{"title": "通知", "content": "<p>x</p>", "published": true})
	ev, ok := rt.Next(10e9)
	if !ok || !strings.HasPrefix(ev.Topic, "announcements") {
		t.Fatalf("realtime: first event %+v (%v), want the announcement", ev, ok)
	}
	if ev, ok := rt.Next(3e8); ok {
		t.Fatalf("realtime leaked %+v", ev)
	}
}
