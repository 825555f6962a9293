package tenant_test

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"smedx/smedxtest"
)

// Issue 12: a filter or sort that walks into a collection the user's
// menus close is refused like a list of that collection — the same answer
// for a right and a wrong guess — on the records API and in realtime
// subscriptions; summary fields (an enterprise's name) stay usable.
func TestMenuGuardFilterOracles(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	p, specs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "设备联网方案", nil, 0)
	a.Do("POST", "/api/smedx/orders/checkout", f.EnterpriseA.Admin, map[string]any{"items": smedxtest.CartItems(p, specs[0], 1)}).Status(t, 200)
	buyerEnt := f.EnterpriseA.Enterprise.Id

	clerk := a.NewUser("products_only", "provider", f.ProviderA.Enterprise, false)
	clerk.Set("menus", []string{"product_publish", "my_products"})
	if err := a.Save(clerk); err != nil {
		t.Fatal(err)
	}
	list := func(col string, kv ...string) *smedxtest.Response {
		v := url.Values{}
		for i := 0; i+1 < len(kv); i += 2 {
			v.Set(kv[i], kv[i+1])
		}
		return a.Do("GET", "/api/collections/"+col+"/records?"+v.Encode(), clerk, nil)
	}
	refused := func(r *smedxtest.Response, menu string) {
		t.Helper()
		if r.Code != 403 || !r.Contains(menu) {
			t.Errorf("want 403 naming %s, got %d %s", menu, r.Code, r.Body)
		}
	}

	// His products he reads; who bought them he may not learn.
	list("products").Status(t, 200)
	for _, guess := range []string{buyerEnt, "nobody"} {
		refused(list("products", "filter", "orders_via_product.buyer_enterprise = '"+guess+"'"), "订单管理")
		refused(list("products", "filter", "name != '' && (status = 'listed' || orders_via_product.buyer_enterprise ?= '"+guess+"')"), "订单管理")
		// @collection is PocketBase's to refuse (403) for non-superusers.
		if r := list("products", "filter", "@collection.orders.buyer_enterprise ?= '"+guess+"'"); r.Code != 403 {
			t.Errorf("@collection: %d %s", r.Code, r.Body)
		}
		refused(list("products", "filter", "strftime('%Y', orders_via_product.created) = '2026'"), "订单管理")
	}
	refused(list("products", "sort", "-orders_via_product.total_fen"), "订单管理")
	refused(list("public_product_specs", "filter", "product.orders_via_product.buyer_name:lower ~ 'a'"), "订单管理")
	// 我的企业: the profile is closed, the name is every page's.
	refused(list("products", "filter", "enterprise.credit_code ~ '91'"), "我的企业")
	list("products", "filter", "enterprise.name ~ '甲'").Status(t, 200)
	list("products", "filter", "enterprise = '"+f.ProviderA.Enterprise.Id+"'").Status(t, 200)

	// Realtime: the filter of a subscription's options likewise.
	rt := a.Connect(t)
	opts, _ := json.Marshal(map[string]any{"query": map[string]any{"filter": "orders_via_product.buyer_enterprise = '" + buyerEnt + "'"}})
	topic := "products/*?options=" + url.QueryEscape(string(opts))
	refused(a.Do("POST", "/api/realtime", clerk, map[string]any{"clientId": rt.ClientID, "subscriptions": []string{topic}}), "订单管理")

	// With 订单管理 the same requests answer.
	clerk.Set("menus", []string{"product_publish", "my_products", "orders"})
	if err := a.Save(clerk); err != nil {
		t.Fatal(err)
	}
	if r := list("products", "filter", "orders_via_product.buyer_enterprise ?= '"+buyerEnt+"'").Status(t, 200); !r.Contains(p.Id) {
		t.Errorf("with 订单管理: %s", r.Body)
	}
	list("products", "sort", "-orders_via_product.total_fen").Status(t, 200)
	a.Do("POST", "/api/realtime", clerk, map[string]any{"clientId": rt.ClientID, "subscriptions": []string{topic}}).Status(t, 204)

	// A buyer clerk with only 我的评价 learns nothing of the orders either.
	buyer := a.NewUser("reviews_only", "enterprise", f.EnterpriseA.Enterprise, false)
	buyer.Set("menus", []string{"my_reviews"})
	if err := a.Save(buyer); err != nil {
		t.Fatal(err)
	}
	r := a.Do("GET", "/api/collections/reviews/records?filter="+url.QueryEscape("order.total_fen > 0"), buyer, nil)
	if r.Code != 403 || !strings.Contains(string(r.Body), "订单管理") {
		t.Errorf("buyer clerk: %d %s", r.Code, r.Body)
	}
	// Nor does an admin's every-menu answer change: tenant admins pass.
	a.Do("GET", "/api/collections/products/records?filter="+url.QueryEscape("orders_via_product.buyer_enterprise ?= '"+buyerEnt+"'"), f.ProviderA.Admin, nil).Status(t, 200)
}
