package commerce

import (
	"regexp"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/workflow"
)

func TestNewOrderNo(t *testing.T) {
	// 2026-03-01 16:30:05 UTC is 2026-03-02 00:30:05 in China.
	now := time.Date(2026, 3, 1, 16, 30, 5, 0, time.UTC)
	no := newOrderNo(now)
	if !regexp.MustCompile(`^2026030200300[5]\d{4}$`).MatchString(no) {
		t.Errorf("order no %q: want China time yyyymmddHHMMSS + 4 digits", no)
	}
}

func TestBuildOrders(t *testing.T) {
	rec := func(col, id string, data map[string]any) *core.Record {
		r := core.NewRecord(core.NewBaseCollection(col))
		r.Id = id
		for k, v := range data {
			r.Set(k, v)
		}
		return r
	}
	c := &checkout{
		user:      rec("users", "u1", nil),
		ent:       rec("enterprises", "e1", map[string]any{"name": "甲企业"}),
		key:       "k1",
		now:       time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC),
		id:        "c1",
		ordersCol: core.NewBaseCollection("orders"),
		lines: []*orderLine{
			{Product: rec("products", "p1", map[string]any{"enterprise": "prov"}), Spec: rec("product_specs", "s1", nil), Quantity: 2, UnitPrice: 500, Total: 1000},
			{Product: rec("products", "p2", nil), Spec: rec("product_specs", "s2", nil), Quantity: 1, UnitPrice: 300, Total: 300},
			{Product: rec("products", "p3", nil), Spec: rec("product_specs", "s3", nil), Quantity: 1, UnitPrice: 0, Total: 0},
		},
	}
	allocs := []allocation{{0, "v1", 400}, {1, "v1", 100}, {1, "v2", 200}}
	orders := buildOrders(c, allocs)
	cases := []struct {
		total, ded, pay   int
		status, payStatus string
		vouchers          int
	}{
		{1000, 400, 600, workflow.OrderPendingPayment, "unpaid", 1},
		{300, 300, 0, workflow.OrderPaid, "none", 2}, // covered by vouchers: paid at once
		{0, 0, 0, workflow.OrderPaid, "none", 0},     // free
	}
	if len(orders) != len(cases) {
		t.Fatalf("%d orders, want %d", len(orders), len(cases))
	}
	for i, w := range cases {
		o := orders[i]
		if o.GetInt("total_fen") != w.total || o.GetInt("deduction_fen") != w.ded || o.GetInt("payable_fen") != w.pay {
			t.Errorf("order %d: total %d deduction %d payable %d, want %d %d %d", i,
				o.GetInt("total_fen"), o.GetInt("deduction_fen"), o.GetInt("payable_fen"), w.total, w.ded, w.pay)
		}
		if o.GetString("status") != w.status || o.GetString("pay_status") != w.payStatus {
			t.Errorf("order %d: status %s/%s, want %s/%s", i, o.GetString("status"), o.GetString("pay_status"), w.status, w.payStatus)
		}
		if n := len(o.GetStringSlice("vouchers")); n != w.vouchers {
			t.Errorf("order %d: %d vouchers, want %d", i, n, w.vouchers)
		}
		if o.GetString("checkout_id") != "c1" || o.GetString("idempotency_key") != "k1" || o.GetString("buyer_enterprise") != "e1" {
			t.Errorf("order %d: checkout fields %v", i, o.FieldsData())
		}
		if err := orderMoneyError(o); err != nil {
			t.Errorf("order %d: money check: %v", i, err)
		}
	}
	// Fresh records each time: a retried transaction inserts again.
	if again := buildOrders(c, allocs); again[0] == orders[0] || !again[0].IsNew() {
		t.Error("buildOrders reuses records")
	}
}
