package settlement_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/settlement"
	"smedx/smedxtest"
)

// world is a test app with the standard cast, where money moves the real
// way: the operator publishes an activity and a batch through the records
// API, enterprises claim and check out through the routes, providers
// deliver and buyers confirm. The reconciliation must pass when each test
// ends (a test that corrupts data on purpose sets corrupt).
type world struct {
	*smedxtest.App
	f       *smedxtest.Fixtures
	corrupt bool
}

var seq atomic.Int64

func newWorld(t *testing.T) *world {
	t.Helper()
	a := smedxtest.New(t)
	w := &world{App: a, f: a.Fixtures()}
	t.Cleanup(func() {
		if w.corrupt || t.Failed() {
			return
		}
		rep, err := settlement.Reconcile(a)
		if err != nil {
			t.Errorf("reconcile: %v", err)
			return
		}
		for _, p := range rep.Problems {
			t.Errorf("reconcile at the end of the test: %s", p)
		}
	})
	return w
}

// activity creates a listed, open activity through the records API as the
// operator; budget in fen (0: none), deadline zero for none.
func (w *world) activity(t *testing.T, budget int, deadline time.Time) *core.Record {
	t.Helper()
	now := time.Now()
	body := map[string]any{
		"name": fmt.Sprintf("测试活动%d", seq.Add(1)), "start_at": now.Add(-time.Hour), "end_at": now.Add(30 * 24 * time.Hour),
		"listed": true, "budget_fen": budget,
	}
	if !deadline.IsZero() {
		body["settle_deadline"] = deadline
	}
	res := w.Do("POST", "/api/collections/voucher_activities/records", w.f.Operator, body).Status(t, 200)
	return w.rec(t, "voucher_activities", res.JSON(t)["id"].(string))
}

// batch creates a batch of act through the records API (face in fen); any
// enterprise may claim up to quantity of it.
func (w *world) batch(t *testing.T, act *core.Record, face, quantity int) *core.Record {
	t.Helper()
	res := w.batchReq(act, face, quantity).Status(t, 200)
	return w.rec(t, "voucher_batches", res.JSON(t)["id"].(string))
}

func (w *world) batchReq(act *core.Record, face, quantity int) *smedxtest.Response {
	return w.Do("POST", "/api/collections/voucher_batches/records", w.f.Operator, map[string]any{
		"activity": act.Id, "name": fmt.Sprintf("测试券%d", seq.Add(1)), "mode": "grab",
		"face_value_fen": face, "quantity": quantity, "per_enterprise_limit": quantity,
		"valid_days": 90, "billing_mode": "单独计价",
	})
}

func (w *world) rec(t *testing.T, collection, id string) *core.Record {
	t.Helper()
	r, err := w.FindRecordById(collection, id)
	if err != nil {
		t.Fatalf("%s %s: %v", collection, id, err)
	}
	return r
}

// product saves a listed product of provider with one spec at price (fen),
// at model level like the catalog fixtures.
func (w *world) product(t *testing.T, provider *smedxtest.Tenant, price int) (*core.Record, *core.Record) {
	t.Helper()
	p := w.save(t, "products", map[string]any{
		"enterprise": provider.Enterprise.Id, "provider_name": provider.Enterprise.GetString("name"), "type": "solution",
		"name": fmt.Sprintf("测试方案%d", seq.Add(1)), "status": "listed", "categories": []string{"management"}, "listed_at": time.Now(),
	})
	pricing := "simple"
	if price == 0 {
		pricing = "free"
	}
	spec := w.save(t, "product_specs", map[string]any{
		"product": p.Id, "name": "标准版", "purchase_mode": "year", "pricing": pricing, "price_fen": price,
	})
	return p, spec
}

func (w *world) save(t *testing.T, collection string, data map[string]any) *core.Record {
	t.Helper()
	col, err := w.FindCollectionByNameOrId(collection)
	if err != nil {
		t.Fatal(err)
	}
	r := core.NewRecord(col)
	r.Load(data)
	if err := w.Save(r); err != nil {
		t.Fatalf("save %s: %v", collection, err)
	}
	return r
}

// claim claims a voucher of batch for buyer and returns its id.
func (w *world) claim(t *testing.T, buyer *smedxtest.Tenant, batch *core.Record) string {
	t.Helper()
	res := w.Do("POST", "/api/smedx/vouchers/claim", buyer.Admin, map[string]any{"batch": batch.Id}).Status(t, 200)
	return res.JSON(t)["id"].(string)
}

// order buys spec of product with the vouchers, delivers and confirms it:
// a completed order (paid at once when the vouchers cover it).
func (w *world) order(t *testing.T, buyer, provider *smedxtest.Tenant, product, spec *core.Record, vouchers ...string) *core.Record {
	t.Helper()
	if vouchers == nil {
		vouchers = []string{}
	}
	res := w.Do("POST", "/api/smedx/orders/checkout", buyer.Admin, map[string]any{
		"items":    []map[string]any{{"product": product.Id, "spec": spec.Id, "quantity": 1}},
		"vouchers": vouchers,
	}).Status(t, 200)
	var out struct {
		Orders []struct {
			ID string `json:"id"`
		} `json:"orders"`
	}
	res.Decode(t, &out)
	id := out.Orders[0].ID
	if o := w.rec(t, "orders", id); o.GetString("status") != "paid" {
		t.Fatalf("order %s is %s; the test orders are covered by vouchers", id, o.GetString("status"))
	}
	w.Do("POST", "/api/smedx/orders/"+id+"/deliver", provider.Admin, nil).Status(t, 200)
	w.Do("POST", "/api/smedx/orders/"+id+"/confirm", buyer.Admin, nil).Status(t, 200)
	return w.rec(t, "orders", id)
}

// fundedOrders makes n completed orders of provider A bought by enterprise
// A, each at price paid in full by a voucher of a fresh batch of act.
func (w *world) fundedOrders(t *testing.T, act *core.Record, n, price int) []*core.Record {
	t.Helper()
	b := w.batch(t, act, price, n)
	p, spec := w.product(t, w.f.ProviderA, price)
	var out []*core.Record
	for range n {
		v := w.claim(t, w.f.EnterpriseA, b)
		out = append(out, w.order(t, w.f.EnterpriseA, w.f.ProviderA, p, spec, v))
	}
	return out
}

func ids(recs []*core.Record) []string {
	out := make([]string, len(recs))
	for i, r := range recs {
		out[i] = r.Id
	}
	return out
}

// create asks for a settlement of orders as user.
func (w *world) create(user *core.Record, orders ...string) *smedxtest.Response {
	return w.Do("POST", "/api/smedx/settlements", user, map[string]any{"orders": orders})
}

func (w *world) step(user *core.Record, id, act string, body any) *smedxtest.Response {
	return w.Do("POST", "/api/smedx/settlements/"+id+"/"+act, user, body)
}

var pdf = []byte("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")

// attach uploads an invoice and an acceptance document as user through the
// records API.
func (w *world) attach(user *core.Record, id string) *smedxtest.Response {
	return w.Upload("PATCH", "/api/collections/settlements/records/"+id, user,
		map[string]string{"invoice_no": "04400123"},
		map[string]smedxtest.File{"invoice": {Name: "fapiao.pdf", Data: pdf}, "documents": {Name: "yanshou.pdf", Data: pdf}})
}

// submitted creates, attaches and submits a settlement of orders as
// provider A's admin and returns its id.
func (w *world) submitted(t *testing.T, orders ...string) string {
	t.Helper()
	id := w.create(w.f.ProviderA.Admin, orders...).Status(t, 200).JSON(t)["id"].(string)
	w.attach(w.f.ProviderA.Admin, id).Status(t, 200)
	w.step(w.f.ProviderA.Admin, id, "submit", nil).Status(t, 200)
	return id
}

// state is the settlement's status/stage as stored.
func (w *world) state(t *testing.T, id string) string {
	t.Helper()
	s := w.rec(t, "settlements", id)
	return s.GetString("status") + "/" + s.GetString("stage")
}

// superuser returns a _superusers record (the dashboard's actor).
func (w *world) superuser(t *testing.T) *core.Record {
	t.Helper()
	col, err := w.FindCollectionByNameOrId(core.CollectionNameSuperusers)
	if err != nil {
		t.Fatal(err)
	}
	su := core.NewRecord(col)
	su.SetEmail(fmt.Sprintf("root%d@example.com", seq.Add(1)))
	su.SetPassword(smedxtest.Password)
	if err := w.Save(su); err != nil {
		t.Fatal(err)
	}
	return su
}

// wantError fails unless res has status code and its message contains each of parts.
func wantError(t *testing.T, res *smedxtest.Response, code int, parts ...string) {
	t.Helper()
	res.Status(t, code)
	for _, p := range parts {
		if !strings.Contains(string(res.Body), p) {
			t.Fatalf("response %s lacks %q", res.Body, p)
		}
	}
}

func toJSON(t *testing.T, v any) string {
	t.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(raw)
}

func count(t *testing.T, w *world, collection, filter string, params map[string]any) int {
	t.Helper()
	recs, err := w.FindRecordsByFilter(collection, filter, "", 0, 0, params)
	if err != nil {
		t.Fatal(err)
	}
	return len(recs)
}
