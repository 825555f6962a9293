package commerce_test

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/smedxtest"
)

// Issue 12: the public reads reviews through public_reviews (stars, text,
// name, date) and never learns who wrote them — no user, enterprise or
// order id on any SDK path: list, view, fields, expand, filter and sort
// oracles, realtime. The review rows are the two tenants' and operators'.
func TestReviewsPublicThroughView(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	buyer, seller := f.EnterpriseA.Staff, f.ProviderA.Admin
	p, specs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "设备上云", nil, 0)
	rate := func(rating int, content string) *core.Record {
		t.Helper()
		res := a.Do("POST", "/api/smedx/orders/checkout", buyer, map[string]any{"items": smedxtest.CartItems(p, specs[0], 1)}).Status(t, 200)
		oid := res.JSON(t)["orders"].([]any)[0].(map[string]any)["id"].(string)
		a.Do("POST", "/api/smedx/orders/"+oid+"/deliver", seller, map[string]any{}).Status(t, 200)
		a.Do("POST", "/api/smedx/orders/"+oid+"/confirm", buyer, map[string]any{}).Status(t, 200)
		a.Do("POST", "/api/smedx/orders/"+oid+"/rate", buyer, map[string]any{"rating": rating, "content": content}).Status(t, 200)
		r, err := a.FindFirstRecordByFilter("reviews", "order = {:o}", dbx.Params{"o": oid})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	rv := rate(5, "上线很快")
	secrets := []string{buyer.Id, f.EnterpriseA.Enterprise.Id, rv.GetString("order")}
	get := func(user *core.Record, col, query string) *smedxtest.Response {
		return a.Do("GET", "/api/collections/"+col+"/records"+query, user, nil)
	}
	qs := func(kv ...string) string {
		v := url.Values{}
		for i := 0; i+1 < len(kv); i += 2 {
			v.Set(kv[i], kv[i+1])
		}
		return "?" + v.Encode()
	}

	outsiders := map[string]*core.Record{"anonymous": nil, "another buyer": f.EnterpriseB.Admin, "another provider": f.ProviderB.Admin,
		"department": f.Department, "expert": f.ExpertB}
	for who, user := range outsiders {
		a.ForgetListThrottle() // filters that find nothing, on purpose
		// The rows: nothing, and no oracle on who wrote them.
		if n := len(get(user, "reviews", "").Status(t, 200).Items(t)); n != 0 {
			t.Errorf("%s lists %d review rows", who, n)
		}
		get(user, "reviews", "/"+rv.Id).Status(t, 404)
		hit := get(user, "reviews", qs("filter", "user = '"+buyer.Id+"'"))
		miss := get(user, "reviews", qs("filter", "user = 'nobody'"))
		if hit.Code != miss.Code || string(hit.Body) != string(miss.Body) {
			t.Errorf("%s: user filter oracle %s vs %s", who, hit.Body, miss.Body)
		}

		// The view: the product page's list, public columns only, even
		// when asked for by fields= or expand=.
		for _, q := range []string{
			qs("filter", "product = '"+p.Id+"'", "sort", "-created"),
			qs("fields", "id,user,enterprise,order,provider_enterprise,customer_name,rating", "expand", "user,enterprise,order,product"),
		} {
			res := get(user, "public_reviews", q).Status(t, 200)
			items := res.Items(t)
			if len(items) != 1 || items[0]["id"] != rv.Id || items[0]["content"] == "" && !strings.Contains(q, "fields") {
				t.Fatalf("%s public_reviews%s: %s", who, q, res.Body)
			}
			for _, k := range []string{"user", "enterprise", "order", "provider_enterprise"} {
				if _, ok := items[0][k]; ok {
					t.Errorf("%s: public_reviews exposes %s: %s", who, k, res.Body)
				}
			}
			for _, s := range secrets {
				if res.Contains(s) {
					t.Errorf("%s: public_reviews carries %s: %s", who, s, res.Body)
				}
			}
		}
		one := a.Do("GET", "/api/collections/public_reviews/records/"+rv.Id, user, nil).Status(t, 200)
		if one.Contains(buyer.Id) || one.JSON(t)["rating"] != float64(5) {
			t.Errorf("%s public review: %s", who, one.Body)
		}
		for _, hidden := range []string{"user = '" + buyer.Id + "'", "enterprise != ''", "order.buyer = '" + buyer.Id + "'"} {
			get(user, "public_reviews", qs("filter", hidden)).Status(t, 400)
		}
		get(user, "public_reviews", qs("sort", "user")).Status(t, 400)
		// Through the product relation PocketBase applies the products
		// rule: no guess about the owner's contact tells anything.
		hit = get(user, "public_reviews", qs("filter", "product.enterprise = '"+f.ProviderA.Enterprise.Id+"'"))
		miss = get(user, "public_reviews", qs("filter", "product.enterprise = 'nobody'"))
		if user == nil && (hit.Code != 200 || len(hit.Items(t)) != len(miss.Items(t))) {
			t.Errorf("product relation oracle: %s vs %s", hit.Body, miss.Body)
		}
	}

	// The two tenants and operators read the row itself.
	for who, user := range map[string]*core.Record{"buyer": buyer, "buyer admin": f.EnterpriseA.Admin, "seller": seller, "operator": f.Operator} {
		if res := get(user, "reviews", "/"+rv.Id).Status(t, 200); !res.Contains(buyer.Id) {
			t.Errorf("%s reads %s", who, res.Body)
		}
	}

	// Realtime follows the same rules: outsiders subscribed to reviews/*
	// hear nothing of a new review (a sentinel announcement shows the
	// connection works); the seller hears it.
	type sub struct {
		who string
		rt  *smedxtest.Realtime
	}
	var deaf []sub
	for who, user := range outsiders {
		deaf = append(deaf, sub{who, a.Subscribe(t, user, "reviews/*", "reviews/"+rv.Id, "announcements/*")})
	}
	seller2 := a.Subscribe(t, seller, "reviews/*")
	rv2 := rate(3, "还行")
	smedxtest.SaveRecord(t, a, "announcements", map[string]any{"title": "通知", "content": "<p>x</p>", "published": true})
	if ev, ok := seller2.Next(10 * time.Second); !ok || ev.Record["id"] != rv2.Id || ev.Record["user"] != buyer.Id {
		t.Fatalf("the seller's realtime: %+v %v", ev, ok)
	}
	for _, s := range deaf {
		ev, ok := s.rt.Next(10 * time.Second)
		if !ok || !strings.HasPrefix(ev.Topic, "announcements") {
			t.Fatalf("%s realtime: first event %+v (%v), want the announcement", s.who, ev, ok)
		}
		if ev, ok := s.rt.Next(300 * time.Millisecond); ok {
			t.Errorf("%s realtime leaked %+v", s.who, ev)
		}
	}

	// A delisted product's reviews leave the view.
	p.Set("status", "delisted")
	if err := a.Save(p); err != nil {
		t.Fatal(err)
	}
	get(nil, "public_reviews", "/"+rv.Id).Status(t, 404)
}
