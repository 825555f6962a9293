package hooks_test

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"smedx/smedxtest"
)

// The collections of DESIGN §3 are the public contract.
var contractCollections = []string{
	"users", "enterprises", "applications", "review_records", "products",
	"product_revisions", "product_specs", "product_cases", "dicts", "announcements",
	"experts", "voucher_activities", "voucher_batches", "vouchers", "voucher_ledger",
	"cart_items", "orders", "payments", "reviews", "demand_surveys", "notifications",
	"audit_logs", "sms_codes", "sms_outbox",
}

// Secrets must stay with superusers: no rule at all on these.
var superuserOnly = []string{"sms_codes", "sms_outbox"}

func TestCollectionsExistWithRules(t *testing.T) {
	a := smedxtest.New(t)
	for _, name := range contractCollections {
		c, err := a.FindCollectionByNameOrId(name)
		if err != nil {
			t.Errorf("collection %s: %v", name, err)
			continue
		}
		if c.Name == "dicts" {
			continue // owned by the dicts migration; checked in its tests
		}
		if c.Fields.GetByName("created") == nil {
			t.Errorf("%s has no created field", name)
		}
		secret := false
		for _, s := range superuserOnly {
			secret = secret || s == name
		}
		rules := []*string{c.ListRule, c.ViewRule, c.CreateRule, c.UpdateRule, c.DeleteRule}
		for i, r := range rules {
			if secret && r != nil {
				t.Errorf("%s rule %d = %q, want superusers only", name, i, *r)
			}
			// No collection but the public survey form and the sign-up
			// accepts writes from everyone.
			if r != nil && *r == "" && i >= 2 && name != "demand_surveys" {
				t.Errorf("%s rule %d is open to everyone", name, i)
			}
		}
	}
	users, _ := a.FindCollectionByNameOrId("users")
	if fld := users.Fields.GetByName("password_history"); fld == nil || !fld.GetHidden() {
		t.Errorf("users.password_history must exist and be hidden")
	}
	// The lockout state (by account and source IP) is superusers' only.
	la, err := a.FindCollectionByNameOrId("login_attempts")
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range []*string{la.ListRule, la.ViewRule, la.CreateRule, la.UpdateRule, la.DeleteRule} {
		if r != nil {
			t.Errorf("login_attempts rule %d = %q, want superusers only", i, *r)
		}
	}
}

// newProduct saves a product of tenant ent with status at model level.
func newProduct(t *testing.T, a *smedxtest.App, ent *core.Record, name, status string) *core.Record {
	t.Helper()
	col, _ := a.FindCollectionByNameOrId("products")
	p := core.NewRecord(col)
	p.Set("enterprise", ent.Id)
	p.Set("provider_name", ent.GetString("name"))
	p.Set("type", "solution")
	p.Set("name", name)
	p.Set("status", status)
	if err := a.Save(p); err != nil {
		t.Fatalf("product %s: %v", name, err)
	}
	return p
}

func TestAnonymousSeesOnlyListedProducts(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	listed := newProduct(t, a, f.ProviderA.Enterprise, "已上架方案", "listed")
	for _, s := range []string{"draft", "pending", "rejected", "revoked", "delisted"} {
		newProduct(t, a, f.ProviderA.Enterprise, "方案-"+s, s)
	}
	items := a.Do("GET", "/api/collections/public_products/records?perPage=100", nil, nil).Status(t, 200).Items(t)
	if len(items) != 1 || items[0]["id"] != listed.Id {
		t.Fatalf("anonymous list = %v, want only the listed product", items)
	}
	// The base collection is not public at all (issue 12).
	if n := len(a.Do("GET", "/api/collections/products/records?perPage=100", nil, nil).Status(t, 200).Items(t)); n != 0 {
		t.Fatalf("anonymous lists %d base products", n)
	}
	draft := newProduct(t, a, f.ProviderA.Enterprise, "草稿", "draft")
	a.Do("GET", "/api/collections/products/records/"+draft.Id, nil, nil).Status(t, 404)
	a.Do("GET", "/api/collections/public_products/records/"+draft.Id, nil, nil).Status(t, 404)
	// Another tenant does not see the draft either; its owner does.
	a.Do("GET", "/api/collections/products/records/"+draft.Id, f.ProviderB.Admin, nil).Status(t, 404)
	a.Do("GET", "/api/collections/products/records/"+draft.Id, f.ProviderA.Staff, nil).Status(t, 200)
}

func TestTenantIsolation(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	other := f.EnterpriseB
	me := f.EnterpriseA.Admin

	// Enterprise rows.
	a.Do("GET", "/api/collections/enterprises/records/"+other.Enterprise.Id, me, nil).Status(t, 404)
	if items := a.Do("GET", "/api/collections/enterprises/records", me, nil).Status(t, 200).Items(t); len(items) != 1 || items[0]["id"] != f.EnterpriseA.Enterprise.Id {
		t.Fatalf("enterprise list = %v, want only own", items)
	}
	a.Do("PATCH", "/api/collections/enterprises/records/"+other.Enterprise.Id, me, map[string]any{"name": "x"}).Status(t, 404)
	a.Do("DELETE", "/api/collections/enterprises/records/"+other.Enterprise.Id, me, nil).Status(t, 403)

	// Users of another tenant.
	a.Do("GET", "/api/collections/users/records/"+other.Admin.Id, me, nil).Status(t, 404)
	a.Do("PATCH", "/api/collections/users/records/"+other.Staff.Id, me, map[string]any{"name": "x"}).Status(t, 404)
	a.Do("DELETE", "/api/collections/users/records/"+other.Staff.Id, me, nil).Status(t, 404)
	for _, u := range a.Do("GET", "/api/collections/users/records?perPage=200", me, nil).Status(t, 200).Items(t) {
		if u["enterprise"] != f.EnterpriseA.Enterprise.Id {
			t.Fatalf("tenant admin lists a user of another tenant: %v", u)
		}
	}

	// Orders and vouchers of another tenant.
	product := newProduct(t, a, f.ProviderA.Enterprise, "方案", "listed")
	order := saveRecord(t, a, "orders", map[string]any{
		"order_no": "202611260000000001", "buyer_enterprise": other.Enterprise.Id, "buyer": other.Admin.Id,
		"provider_enterprise": f.ProviderA.Enterprise.Id, "product": product.Id, "quantity": 1,
		"total_fen": 100, "payable_fen": 100, "pay_status": "unpaid", "status": "pending_payment",
	})
	a.Do("GET", "/api/collections/orders/records/"+order.Id, me, nil).Status(t, 404)
	a.Do("GET", "/api/collections/orders/records/"+order.Id, other.Admin, nil).Status(t, 200)
	a.Do("GET", "/api/collections/orders/records/"+order.Id, f.ProviderA.Admin, nil).Status(t, 200)
	a.Do("GET", "/api/collections/orders/records/"+order.Id, f.ProviderB.Admin, nil).Status(t, 404)
	if items := a.Do("GET", "/api/collections/orders/records", me, nil).Status(t, 200).Items(t); len(items) != 0 {
		t.Fatalf("orders of another tenant listed: %v", items)
	}
	a.Do("PATCH", "/api/collections/orders/records/"+order.Id, other.Admin, map[string]any{"status": "completed"}).Status(t, 403)
	a.Do("DELETE", "/api/collections/orders/records/"+order.Id, other.Admin, nil).Status(t, 403)

	activity := saveRecord(t, a, "voucher_activities", map[string]any{"name": "活动", "start_at": "2026-01-01 00:00:00.000Z", "end_at": "2027-01-01 00:00:00.000Z", "listed": true})
	batch := saveRecord(t, a, "voucher_batches", map[string]any{"activity": activity.Id, "name": "券", "mode": "apply", "face_value_fen": 1000, "quantity": 10, "remaining": 9, "per_enterprise_limit": 1})
	voucher := saveRecord(t, a, "vouchers", map[string]any{"batch": batch.Id, "enterprise": other.Enterprise.Id, "face_value_fen": 1000, "balance_fen": 1000, "status": "active", "claim_seq": 1})
	a.Do("GET", "/api/collections/vouchers/records/"+voucher.Id, me, nil).Status(t, 404)
	a.Do("GET", "/api/collections/vouchers/records/"+voucher.Id, other.Staff, nil).Status(t, 200)
	a.Do("PATCH", "/api/collections/vouchers/records/"+voucher.Id, other.Admin, map[string]any{"balance_fen": 99999}).Status(t, 403)
	if items := a.Do("GET", "/api/collections/vouchers/records", me, nil).Status(t, 200).Items(t); len(items) != 0 {
		t.Fatalf("vouchers of another tenant listed: %v", items)
	}
}

func saveRecord(t *testing.T, a *smedxtest.App, collection string, data map[string]any) *core.Record {
	t.Helper()
	col, err := a.FindCollectionByNameOrId(collection)
	if err != nil {
		t.Fatal(err)
	}
	rec := core.NewRecord(col)
	rec.Load(data)
	if err := a.Save(rec); err != nil {
		t.Fatalf("save %s: %v", collection, err)
	}
	return rec
}
