package tenant_test

import (
	"fmt"
	"reflect"
	"sync/atomic"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/menus"
	"smedx/smedxtest"
)

type tnMenusResponse struct {
	Items []struct {
		Key      string `json:"key"`
		Title    string `json:"title"`
		Path     string `json:"path"`
		Children []struct {
			Key string `json:"key"`
		} `json:"children"`
	} `json:"items"`
	Allowed    []string `json:"allowed"`
	Configured bool     `json:"configured"`
}

func (m tnMenusResponse) has(key string) bool {
	for _, k := range m.Allowed {
		if k == key {
			return true
		}
	}
	return false
}

func (m tnMenusResponse) top() []string {
	out := []string{}
	for _, it := range m.Items {
		out = append(out, it.Key)
	}
	return out
}

func tnMenus(t *testing.T, a *smedxtest.App, u *core.Record) tnMenusResponse {
	t.Helper()
	var m tnMenusResponse
	a.Do("GET", "/api/smedx/menus", u, nil).Status(t, 200).Decode(t, &m)
	return m
}

func TestNormalizeMenus(t *testing.T) {
	got, err := menus.Normalize("provider", []string{"orders", "products", "workbench", "orders"})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"product_publish", "my_products", "orders"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for _, bad := range [][]string{{"users"}, {"nope"}, {"voucher_query"}} {
		if _, err := menus.Normalize("provider", bad); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
	if got, err := menus.Normalize("enterprise", nil); err != nil || got == nil || len(got) != 0 {
		t.Fatalf("empty list: %v %v", got, err)
	}
}

func TestMenusOfUsers(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()

	adm := tnMenus(t, a, f.ProviderA.Admin)
	if want := []string{"workbench", "enterprise", "todo", "products", "reviews", "orders", "settlements", "users"}; !reflect.DeepEqual(adm.top(), want) {
		t.Fatalf("provider admin navigation %v, want %v", adm.top(), want)
	}
	if !adm.has("password") || !adm.has("product_publish") {
		t.Fatalf("provider admin allowed %v", adm.Allowed)
	}
	// 用户管理 only once certified; never for ordinary users (default set).
	if m := tnMenus(t, a, f.ProviderPending.Admin); m.has("users") || !m.has("orders") {
		t.Fatalf("uncertified admin: %v", m.Allowed)
	}
	staff := tnMenus(t, a, f.EnterpriseA.Staff)
	if staff.Configured || staff.has("users") || !staff.has("voucher_query") || !staff.has("my_reviews") {
		t.Fatalf("enterprise staff default: %+v", staff)
	}
	if m := tnMenus(t, a, f.ExpertA); !m.has("review_expert") || m.top()[len(m.top())-1] != "review_expert" {
		t.Fatalf("expert: %v", m.top())
	}
	if m := tnMenus(t, a, f.Operator); !m.has("review_cert") || !m.has("audit") || m.has("orders") {
		t.Fatalf("operator: %v", m.Allowed)
	}
	if m := tnMenus(t, a, f.Department); !reflect.DeepEqual(m.top(), []string{"workbench", "todo", "review_product", "console_dashboard", "console_enterprises", "console_vouchers", "settlement_review", "audit", "exports"}) {
		t.Fatalf("department: %v", m.top())
	}
	a.Do("GET", "/api/smedx/menus", nil, nil).Status(t, 401)

	// The permission dialog's catalogue.
	var cat struct {
		Role         string       `json:"role"`
		Items        []menus.Menu `json:"items"`
		Configurable []string     `json:"configurable"`
	}
	a.Do("GET", "/api/smedx/menus/catalog?role=enterprise", f.EnterpriseA.Admin, nil).Status(t, 200).Decode(t, &cat)
	want := []string{"todo", "enterprise", "my_reviews", "orders", "voucher_query", "voucher_activities"}
	if !reflect.DeepEqual(cat.Configurable, want) || len(cat.Items) != 8 {
		t.Fatalf("catalog: %+v", cat)
	}
	a.Do("GET", "/api/smedx/menus/catalog?role=boss", f.EnterpriseA.Admin, nil).Status(t, 400)
}

func TestSetUserMenus(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	admin, staff := f.EnterpriseA.Admin, f.EnterpriseA.Staff
	path := "/api/smedx/tenant/users/" + staff.Id + "/menus"

	a.Do("PUT", path, admin, map[string]any{"menus": []string{"vouchers", "todo"}}).Status(t, 200)
	if got := a.Reload(staff).GetString("menus"); got != `["todo","voucher_query","voucher_activities"]` {
		t.Fatalf("stored menus %s", got)
	}
	m := tnMenus(t, a, a.Reload(staff))
	if !reflect.DeepEqual(m.top(), []string{"workbench", "todo", "vouchers"}) || !m.Configured || m.has("orders") {
		t.Fatalf("configured navigation %+v", m)
	}
	if a.AuditCount(t, "tenant_user_menus", staff.Id) != 1 {
		t.Fatal("no audit row")
	}
	// Configured to nothing is not "never configured".
	a.Do("PUT", path, admin, map[string]any{"menus": []string{}}).Status(t, 200)
	if m := tnMenus(t, a, a.Reload(staff)); !reflect.DeepEqual(m.top(), []string{"workbench"}) {
		t.Fatalf("empty menus navigation %v", m.top())
	}
	// PATCH through the records API is checked the same way.
	a.Do("PATCH", "/api/collections/users/records/"+staff.Id, admin, map[string]any{"menus": []string{"my_reviews"}}).Status(t, 200)
	if got := a.Reload(staff).GetString("menus"); got != `["my_reviews"]` {
		t.Fatalf("patched menus %s", got)
	}

	before := a.Reload(staff).GetString("menus")
	a.Do("PUT", path, admin, map[string]any{"menus": []string{"users"}}).Status(t, 400)
	a.Do("PUT", path, admin, map[string]any{"menus": []string{"products"}}).Status(t, 400) // a provider menu
	a.Do("PUT", path, admin, map[string]any{}).Status(t, 400)
	a.Do("PUT", "/api/smedx/tenant/users/"+admin.Id+"/menus", admin, map[string]any{"menus": []string{"todo"}}).Status(t, 400)
	a.Do("PUT", path, f.EnterpriseB.Admin, map[string]any{"menus": []string{"orders"}}).Status(t, 404)
	a.Do("PUT", path, staff, map[string]any{"menus": []string{"orders"}}).Status(t, 403)
	a.Do("PATCH", "/api/collections/users/records/"+staff.Id, staff, map[string]any{"menus": []string{"orders"}}).Status(t, 400)
	a.Do("PUT", "/api/smedx/tenant/users/"+f.EnterprisePending.Staff.Id+"/menus", f.EnterprisePending.Admin, map[string]any{"menus": []string{"orders"}}).Status(t, 403)
	if got := a.Reload(staff).GetString("menus"); got != before {
		t.Fatalf("refused requests changed menus to %s", got)
	}
}

var tnSeq atomic.Int64

func tnSaveRow(t *testing.T, a *smedxtest.App, collection string, data map[string]any) *core.Record {
	t.Helper()
	col, err := a.FindCollectionByNameOrId(collection)
	if err != nil {
		t.Fatal(err)
	}
	rec := core.NewRecord(col)
	for k, v := range data {
		rec.Set(k, v)
	}
	if err := a.Save(rec); err != nil {
		t.Fatalf("save %s: %v", collection, err)
	}
	return rec
}

func tnProduct(t *testing.T, a *smedxtest.App, ent *core.Record, status string) *core.Record {
	return tnSaveRow(t, a, "products", map[string]any{
		"enterprise": ent.Id, "provider_name": ent.GetString("name"), "type": "solution",
		"name": "产品" + status, "status": status,
	})
}

func TestMenuEnforcement(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	prov, buyer := f.ProviderA, f.EnterpriseA

	draft := tnProduct(t, a, prov.Enterprise, "draft")
	listed := tnProduct(t, a, prov.Enterprise, "listed")
	delisted := tnProduct(t, a, prov.Enterprise, "delisted")
	order := func(p *core.Record) *core.Record {
		return tnSaveRow(t, a, "orders", map[string]any{
			"order_no": fmt.Sprintf("2026%014d", tnSeq.Add(1)), "buyer_enterprise": buyer.Enterprise.Id,
			"buyer": buyer.Staff.Id, "provider_enterprise": prov.Enterprise.Id, "product": p.Id,
			"quantity": 1, "total_fen": 100, "payable_fen": 100, "pay_status": "paid", "status": "completed",
		})
	}
	o1, o2 := order(listed), order(delisted)
	review := func(o, p *core.Record) *core.Record {
		return tnSaveRow(t, a, "reviews", map[string]any{
			"order": o.Id, "product": p.Id, "enterprise": buyer.Enterprise.Id,
			"provider_enterprise": prov.Enterprise.Id, "user": buyer.Staff.Id, "rating": 5, "content": "好",
		})
	}
	publicReview, privateReview := review(o1, listed), review(o2, delisted)

	// A provider user with only 我的待办 and 客户评价.
	limited := a.NewUser("limited_prov", "provider", prov.Enterprise, false)
	limited.Set("menus", []string{"todo", "reviews"})
	if err := a.Save(limited); err != nil {
		t.Fatal(err)
	}

	// 订单管理: the whole collection.
	res := a.Do("GET", "/api/collections/orders/records", limited, nil).Status(t, 403)
	if !res.Contains("订单管理") {
		t.Fatalf("403 names the menu: %s", res.Body)
	}
	a.Do("GET", "/api/collections/orders/records/"+o1.Id, limited, nil).Status(t, 403)
	// 兑付管理 likewise (collection and routes).
	a.Do("GET", "/api/collections/settlements/records", limited, nil).Status(t, 403)
	a.Do("GET", "/api/smedx/settlements/eligible", limited, nil).Status(t, 403)
	a.Do("GET", "/api/smedx/settlements/eligible", prov.Staff, nil).Status(t, 200)
	if n := len(a.Do("GET", "/api/collections/orders/records", prov.Staff, nil).Status(t, 200).Items(t)); n != 2 {
		t.Fatalf("default staff sees %d orders", n)
	}
	// 商品管理: his tenant's unlisted products, and every write.
	a.Do("GET", "/api/collections/products/records/"+draft.Id, limited, nil).Status(t, 403)
	a.Do("GET", "/api/collections/products/records?filter=status%3D%22draft%22", limited, nil).Status(t, 403)
	a.Do("GET", "/api/collections/products/records/"+listed.Id, limited, nil).Status(t, 403)
	a.Do("GET", "/api/collections/public_products/records/"+listed.Id, limited, nil).Status(t, 200) // public anyway
	a.Do("GET", "/api/collections/public_products/records?filter=status%3D%22listed%22", limited, nil).Status(t, 200)
	a.Do("PATCH", "/api/collections/products/records/"+listed.Id, limited, map[string]any{"name": "改名"}).Status(t, 403)
	a.Do("POST", "/api/collections/products/records", limited, map[string]any{
		"enterprise": prov.Enterprise.Id, "type": "solution", "name": "新品", "status": "draft"}).Status(t, 403)
	if got := a.Reload(listed).GetString("name"); got != listed.GetString("name") {
		t.Fatal("a refused update changed the product")
	}
	// 企业信息 (我的企业) is not his.
	a.Do("GET", "/api/collections/enterprises/records/"+prov.Enterprise.Id, limited, nil).Status(t, 403)
	// 客户评价 is his: the private reviews of his tenant are readable.
	a.Do("GET", "/api/collections/reviews/records/"+privateReview.Id, limited, nil).Status(t, 200)

	// Without 客户评价: public reviews stay public (through their view),
	// his tenant's review rows are refused.
	noReviews := a.NewUser("noreview_prov", "provider", prov.Enterprise, false)
	noReviews.Set("menus", []string{"orders"})
	if err := a.Save(noReviews); err != nil {
		t.Fatal(err)
	}
	a.Do("GET", "/api/collections/public_reviews/records/"+publicReview.Id, noReviews, nil).Status(t, 200)
	a.Do("GET", "/api/collections/public_reviews/records/"+privateReview.Id, noReviews, nil).Status(t, 404)
	a.Do("GET", "/api/collections/reviews/records/"+publicReview.Id, noReviews, nil).Status(t, 403)
	a.Do("GET", "/api/collections/reviews/records/"+privateReview.Id, noReviews, nil).Status(t, 403)
	a.Do("GET", "/api/collections/reviews/records", noReviews, nil).Status(t, 403)
	a.Do("GET", "/api/collections/orders/records/"+o1.Id, noReviews, nil).Status(t, 200)

	// An enterprise user without 服务券查询 or 订单管理.
	buyerLimited := a.NewUser("limited_ent", "enterprise", buyer.Enterprise, false)
	buyerLimited.Set("menus", []string{"my_reviews"})
	if err := a.Save(buyerLimited); err != nil {
		t.Fatal(err)
	}
	a.Do("GET", "/api/collections/vouchers/records", buyerLimited, nil).Status(t, 403)
	a.Do("GET", "/api/collections/orders/records", buyerLimited, nil).Status(t, 403)
	a.Do("GET", "/api/collections/reviews/records/"+privateReview.Id, buyerLimited, nil).Status(t, 200)
	a.Do("GET", "/api/collections/vouchers/records", buyer.Staff, nil).Status(t, 200)
	// Tenant admins have every menu, whatever menus says.
	buyer.Admin.Set("menus", []string{})
	if err := a.Save(buyer.Admin); err != nil {
		t.Fatal(err)
	}
	a.Do("GET", "/api/collections/orders/records", a.Reload(buyer.Admin), nil).Status(t, 200)

	// Custom routes behind a menu.
	a.Do("POST", "/api/smedx/orders/"+o1.Id+"/deliver", limited, nil).Status(t, 403)
	a.Do("POST", "/api/smedx/products/"+draft.Id+"/submit", limited, nil).Status(t, 403)
	a.Do("POST", "/api/smedx/vouchers/claim", buyerLimited, map[string]any{"batch": "x"}).Status(t, 403)
	if res := a.Do("POST", "/api/smedx/orders/"+o1.Id+"/deliver", prov.Staff, nil); res.Code == 403 && res.Contains("菜单权限") {
		t.Fatalf("default staff refused by the menu guard: %s", res.Body)
	}

	// Operators configured (by a superuser) without 认证审核.
	app := tnSaveRow(t, a, "applications", map[string]any{
		"type": "certification", "title": "企业认证", "enterprise": f.ProviderPending.Enterprise.Id,
		"applicant": f.ProviderPending.Admin.Id, "stage": "operator", "status": "pending",
	})
	op := a.NewUser("limited_op", "operator", nil, false)
	op.Set("menus", []string{"review_product", "announcements"})
	if err := a.Save(op); err != nil {
		t.Fatal(err)
	}
	a.Do("GET", "/api/collections/applications/records/"+app.Id, op, nil).Status(t, 403)
	a.Do("POST", "/api/smedx/applications/"+app.Id+"/approve", op, map[string]any{"comment": "ok"}).Status(t, 403)
	a.Do("GET", "/api/collections/applications/records/"+app.Id, f.Operator, nil).Status(t, 200)
	a.Do("GET", "/api/collections/audit_logs/records", op, nil).Status(t, 403)
	a.Do("GET", "/api/collections/audit_logs/records", f.Operator, nil).Status(t, 200)
}
