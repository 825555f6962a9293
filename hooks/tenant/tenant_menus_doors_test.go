package tenant_test

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"smedx/smedxtest"
)

// completedOrder buys a free spec of a listed product as buyer (paid at
// once), has the provider deliver it and the buyer confirm and rate it.
func completedOrder(t *testing.T, a *smedxtest.App, f *smedxtest.Fixtures) (order, review string) {
	t.Helper()
	p, specs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "免费诊断", nil, 0)
	res := a.DoWith("POST", "/api/smedx/orders/checkout", f.EnterpriseA.Admin,
		map[string]any{"items": smedxtest.CartItems(p, specs[0], 1)}, map[string]string{"Idempotency-Key": "doors-1"}).Status(t, 200)
	var out struct {
		Orders []struct {
			ID string `json:"id"`
		} `json:"orders"`
	}
	res.Decode(t, &out)
	if len(out.Orders) != 1 {
		t.Fatalf("checkout: %s", res.Body)
	}
	order = out.Orders[0].ID
	a.Do("POST", "/api/smedx/orders/"+order+"/deliver", f.ProviderA.Admin, map[string]any{}).Status(t, 200)
	a.Do("POST", "/api/smedx/orders/"+order+"/confirm", f.EnterpriseA.Admin, map[string]any{}).Status(t, 200)
	a.Do("POST", "/api/smedx/orders/"+order+"/rate", f.EnterpriseA.Admin, map[string]any{"rating": 5, "content": "很好"}).Status(t, 200)
	recs, err := a.FindRecordsByFilter("reviews", "order = {:o}", "", 1, 0, map[string]any{"o": order})
	if err != nil || len(recs) != 1 {
		t.Fatalf("review: %v", err)
	}
	return order, recs[0].Id
}

func setMenus(t *testing.T, a *smedxtest.App, admin, user *core.Record, menus ...string) *core.Record {
	t.Helper()
	a.Do("PATCH", "/api/collections/users/records/"+user.Id, admin, map[string]any{"menus": menus}).Status(t, 200)
	return a.Reload(user)
}

// Finding 3: a clerk without 订单管理 reads no order through expand= and
// receives no order events; with the menu he does.
func TestMenuGuardOnExpandAndRealtime(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	admin := f.EnterpriseA.Admin
	order, review := completedOrder(t, a, f)
	clerk := setMenus(t, a, admin, f.EnterpriseA.Staff, "my_reviews")

	// list, view: refused by the guard (as before).
	a.Do("GET", "/api/collections/orders/records", clerk, nil).Status(t, 403)
	a.Do("GET", "/api/collections/orders/records/"+order, clerk, nil).Status(t, 403)
	// expand: the review is his to read, its order is not.
	res := a.Do("GET", "/api/collections/reviews/records/"+review+"?expand=order", clerk, nil).Status(t, 200)
	if res.Contains(`"expand"`) || res.Contains("order_no") {
		t.Fatalf("expand leaked the order: %s", res.Body)
	}
	res = a.Do("GET", "/api/collections/reviews/records?expand=order", clerk, nil).Status(t, 200)
	if res.Contains("order_no") {
		t.Fatalf("list expand leaked the order: %s", res.Body)
	}
	// The admin (all menus) gets the expand: the guard, not a broken expand.
	if res := a.Do("GET", "/api/collections/reviews/records/"+review+"?expand=order", admin, nil).Status(t, 200); !res.Contains("order_no") {
		t.Fatalf("admin expand: %s", res.Body)
	}

	// expand of his own enterprise (login answers expand it): name and
	// certification status only, no profile without 企业信息.
	res = a.Do("GET", "/api/collections/users/records/"+clerk.Id+"?expand=enterprise", clerk, nil).Status(t, 200)
	if !res.Contains(`"cert_status":"approved"`) || res.Contains(`"profile"`) || res.Contains("credit_code") {
		t.Fatalf("enterprise expand for a clerk without 企业信息: %s", res.Body)
	}
	res = a.Login(clerk.GetString("username"), smedxtest.Password).Status(t, 200)
	if res.Contains(`"profile"`) {
		t.Fatalf("login expand leaked the profile: %s", res.Body)
	}

	// realtime: subscribing to orders is refused with the menu's name.
	conn := a.Connect(t)
	r := a.Do("POST", "/api/realtime", clerk, map[string]any{"clientId": conn.ClientID, "subscriptions": []string{"orders/*"}})
	if r.Code != 403 || !strings.Contains(string(r.Body), "订单管理") {
		t.Fatalf("subscribe orders as clerk: %d %s", r.Code, r.Body)
	}

	// A clerk who had the menu when he subscribed loses the events when
	// the admin takes the menu away; the admin keeps receiving them.
	clerk = setMenus(t, a, admin, clerk, "my_reviews", "orders")
	clerkRT := a.Subscribe(t, clerk, "orders/*", "notifications/*",
		"users/"+clerk.Id+"?options="+url.QueryEscape(`{"query":{"expand":"enterprise"}}`))
	adminRT := a.Subscribe(t, admin, "orders/*")
	clerk = setMenus(t, a, admin, clerk, "my_reviews")
	o, _ := a.FindRecordById("orders", order)
	o.Set("remark", "备注")
	if err := a.Save(o); err != nil {
		t.Fatal(err)
	}
	c := a.Reload(clerk)
	c.Set("name", "张文员")
	if err := a.Save(c); err != nil {
		t.Fatal(err)
	}
	smedxtest.SaveRecord(t, a, "notifications", map[string]any{"user": clerk.Id, "title": "控制消息"})
	if ev, ok := adminRT.Next(10 * time.Second); !ok || ev.Topic != "orders/*" {
		t.Fatalf("admin missed the order event: %+v", ev)
	}
	// Messages are sent concurrently: collect until both controls arrived.
	sawReview, sawNote := false, false
	for !sawReview || !sawNote {
		ev, ok := clerkRT.Next(10 * time.Second)
		if !ok {
			t.Fatalf("clerk: own user event %v, notification %v", sawReview, sawNote)
		}
		switch {
		case strings.HasPrefix(ev.Topic, "orders"):
			t.Fatalf("clerk without 订单管理 received an order event: %+v", ev)
		case strings.HasPrefix(ev.Topic, "users"):
			sawReview = true
			ent, _ := ev.Record["expand"].(map[string]any)["enterprise"].(map[string]any)
			if _, leaked := ent["profile"]; leaked || ent["cert_status"] != "approved" {
				t.Fatalf("realtime expand of the enterprise: %+v", ev.Record)
			}
		case strings.HasPrefix(ev.Topic, "notifications"):
			sawNote = true
		}
	}
	if ev, ok := clerkRT.Next(300 * time.Millisecond); ok && strings.HasPrefix(ev.Topic, "orders") {
		t.Fatalf("late order event: %+v", ev)
	}
}
