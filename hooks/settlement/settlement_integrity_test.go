package settlement_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"smedx/hooks/platform"

	"github.com/pocketbase/pocketbase/core"
)

// TestConcurrentRequestsForSameOrders: ten requests race for overlapping
// sets of the same orders; exactly one wins, the others are refused, and
// every order is claimed once.
func TestConcurrentRequestsForSameOrders(t *testing.T) {
	w := newWorld(t)
	act := w.activity(t, 10000000, time.Time{})
	orders := w.fundedOrders(t, act, 3, 10000)
	var wg sync.WaitGroup
	codes := make([]int, 10)
	for i := range codes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Every request holds orders[0] plus one or two others.
			set := []string{orders[0].Id, orders[1+i%2].Id}
			if i%3 == 0 {
				set = ids(orders)
			}
			codes[i] = w.create(w.f.ProviderA.Admin, set...).Code
		}()
	}
	wg.Wait()
	won := 0
	for _, c := range codes {
		switch c {
		case 200:
			won++
		case 409:
		default:
			t.Errorf("unexpected status %d", c)
		}
	}
	if won != 1 {
		t.Fatalf("%d requests won, want exactly 1 (codes %v)", won, codes)
	}
	var dup int
	if err := w.DB().NewQuery("SELECT COUNT(*) FROM settlement_orders GROUP BY [[order]] HAVING COUNT(*) > 1").Row(&dup); err == nil {
		t.Fatalf("an order is claimed twice")
	}
	if n := count(t, w, "settlements", "id != ''", nil); n != 1 {
		t.Fatalf("%d settlements, want 1", n)
	}
}

// TestClaimIsUniqueInTheDatabase: even Go code that skips every check
// cannot put an order into a second settlement.
func TestClaimIsUniqueInTheDatabase(t *testing.T) {
	w := newWorld(t)
	act := w.activity(t, 0, time.Time{})
	orders := w.fundedOrders(t, act, 1, 10000)
	id := w.create(w.f.ProviderA.Admin, orders[0].Id).Status(t, 200).JSON(t)["id"].(string)
	col, _ := w.FindCollectionByNameOrId("settlement_orders")
	c := core.NewRecord(col)
	c.Set("settlement", id)
	c.Set("order", orders[0].Id)
	c.Set("provider_enterprise", w.f.ProviderA.Enterprise.Id)
	if err := w.SaveNoValidate(c); err == nil {
		t.Fatal("a second claim of the same order was inserted")
	}
	// Nor through a second settlement saved at model level.
	s, _ := w.FindCollectionByNameOrId("settlements")
	r := core.NewRecord(s)
	r.Load(map[string]any{"provider_enterprise": w.f.ProviderA.Enterprise.Id, "activity": act.Id, "orders": []string{orders[0].Id},
		"amount_fen": 10000, "status": "draft", "stage": "operator"})
	if err := w.Save(r); err == nil || !strings.Contains(err.Error(), "已在其他兑付申请中") {
		t.Fatalf("second settlement of the same order: %v", err)
	}
}

// TestAmountCheckedAtEachStep: an order refunded after submission takes
// its request down (rejected, the order released, the amount recomputed);
// an order changed behind the hooks' back stops the next step; a paid
// request's orders cannot be refunded.
func TestAmountCheckedAtEachStep(t *testing.T) {
	w := newWorld(t)
	f := w.f
	act := w.activity(t, 0, time.Time{})
	orders := w.fundedOrders(t, act, 4, 10000)
	su := w.superuser(t)

	// Refund in the dashboard between submit and the operator's approval.
	id := w.submitted(t, orders[0].Id, orders[1].Id)
	w.Do("PATCH", "/api/collections/orders/records/"+orders[1].Id, su, map[string]any{"pay_status": "refunded"}).Status(t, 200)
	s := w.rec(t, "settlements", id)
	if st := w.state(t, id); st != "rejected/operator" || s.GetInt("amount_fen") != 10000 || len(s.GetStringSlice("orders")) != 1 {
		t.Fatalf("after the refund: %s amount %d orders %v", st, s.GetInt("amount_fen"), s.GetStringSlice("orders"))
	}
	if !strings.Contains(s.GetString("comment"), orders[1].GetString("order_no")) {
		t.Fatalf("comment %q does not name the order", s.GetString("comment"))
	}
	wantError(t, w.step(f.Operator, id, "approve", nil), 400, "驳回")
	if n := count(t, w, "notifications", "user = {:u} && ref_id = {:s}", map[string]any{"u": f.ProviderA.Admin.Id, "s": id}); n != 1 {
		t.Fatalf("provider notified %d times of the lapse", n)
	}
	// The refunded order is free again but not eligible; the rest resubmits.
	wantError(t, w.create(f.ProviderA.Admin, orders[1].Id), 400, "已退款")
	w.step(f.ProviderA.Admin, id, "submit", nil).Status(t, 200)

	// Changed behind the hooks (raw SQL): the next step recomputes and refuses.
	w.step(f.Operator, id, "approve", nil).Status(t, 200)
	if _, err := w.DB().NewQuery("UPDATE orders SET deduction_fen = 9000, payable_fen = payable_fen + 1000 WHERE id = {:id}").
		Bind(map[string]any{"id": orders[0].Id}).Execute(); err != nil {
		t.Fatal(err)
	}
	wantError(t, w.step(f.Department, id, "approve", nil), 400, orders[0].GetString("order_no"), "不符")
	if st := w.state(t, id); st != "pending/department" {
		t.Fatalf("a refused step moved the request to %s", st)
	}
	// Put it back (the reconciliation at the end must pass).
	if _, err := w.DB().NewQuery("UPDATE orders SET deduction_fen = 10000, payable_fen = payable_fen - 1000 WHERE id = {:id}").
		Bind(map[string]any{"id": orders[0].Id}).Execute(); err != nil {
		t.Fatal(err)
	}
	w.step(f.Department, id, "approve", nil).Status(t, 200)

	// Cancelled after approval, before the payout: rejected at done.
	id2 := w.submitted(t, orders[2].Id, orders[3].Id)
	w.step(f.Operator, id2, "approve", nil).Status(t, 200)
	w.step(f.Department, id2, "approve", nil).Status(t, 200)
	o3 := w.rec(t, "orders", orders[3].Id)
	o3.Set("pay_status", "refunded")
	if err := w.Save(o3); err != nil {
		t.Fatal(err)
	}
	if st := w.state(t, id2); st != "rejected/done" {
		t.Fatalf("approved request with a refunded order is %s", st)
	}
	wantError(t, w.step(f.Operator, id2, "pay", map[string]any{"payout_ref": "X", "paid_at": time.Now().In(platform.China).Format("2006-01-02")}), 400, "不能登记付款")

	// Paid: its orders cannot be refunded any more, on any path.
	w.step(f.Operator, id, "pay", map[string]any{"payout_ref": "HX1", "paid_at": time.Now().In(platform.China).Format("2006-01-02")}).Status(t, 200)
	wantError(t, w.Do("PATCH", "/api/collections/orders/records/"+orders[0].Id, su, map[string]any{"pay_status": "refunded"}), 400, "已兑付")
	if o := w.rec(t, "orders", orders[0].Id); o.GetString("pay_status") == "refunded" {
		t.Fatal("a settled order was refunded")
	}
	// A ledger change of a paid order is refused too.
	col, _ := w.FindCollectionByNameOrId("voucher_ledger")
	l := core.NewRecord(col)
	l.Load(map[string]any{"voucher": orders[0].GetStringSlice("vouchers")[0], "order": orders[0].Id, "delta_fen": 100, "reason": "adjust", "balance_after_fen": 100})
	if err := w.Save(l); err == nil || !strings.Contains(err.Error(), "已兑付") {
		t.Fatalf("ledger row for a paid order: %v", err)
	}
}

// TestSettleDeadline: no request and no first submission after 申请兑付截止;
// a request first submitted in time may be resubmitted after it.
func TestSettleDeadline(t *testing.T) {
	w := newWorld(t)
	f := w.f
	act := w.activity(t, 0, time.Now().Add(40*24*time.Hour))
	orders := w.fundedOrders(t, act, 3, 10000)
	draft := w.create(f.ProviderA.Admin, orders[0].Id).Status(t, 200).JSON(t)["id"].(string)
	w.attach(f.ProviderA.Admin, draft).Status(t, 200)
	inTime := w.submitted(t, orders[1].Id)
	w.step(f.Operator, inTime, "reject", map[string]any{"comment": "请补充验收报告"}).Status(t, 200)

	// Time passes: the request was first submitted three hours ago, the
	// activity ended and its deadline passed an hour ago (set at model
	// level; the operator's form keeps the deadline after the end).
	if _, err := w.DB().NewQuery("UPDATE settlements SET first_submitted_at = {:t} WHERE id = {:id}").
		Bind(map[string]any{"t": time.Now().Add(-3 * time.Hour).UTC().Format("2006-01-02 15:04:05.000Z"), "id": inTime}).Execute(); err != nil {
		t.Fatal(err)
	}
	a := w.rec(t, "voucher_activities", act.Id)
	a.Set("start_at", time.Now().Add(-72*time.Hour))
	a.Set("end_at", time.Now().Add(-48*time.Hour))
	a.Set("settle_deadline", time.Now().Add(-time.Hour))
	if err := w.Save(a); err != nil {
		t.Fatal(err)
	}
	wantError(t, w.create(f.ProviderA.Admin, orders[2].Id), 400, "截止时间", "已过")
	wantError(t, w.step(f.ProviderA.Admin, draft, "submit", nil), 400, "已过")
	w.step(f.ProviderA.Admin, inTime, "submit", nil).Status(t, 200)
	var el struct {
		Items []struct {
			Problem string `json:"problem"`
		} `json:"items"`
	}
	w.Do("GET", "/api/smedx/settlements/eligible", f.ProviderA.Admin, nil).Status(t, 200).Decode(t, &el)
	if len(el.Items) != 1 || !strings.Contains(el.Items[0].Problem, "已过") {
		t.Fatalf("eligible after the deadline: %+v", el.Items)
	}
}

// TestMixedActivities: a request covers one activity; orders of two
// activities are refused with both names, and so is an order paid by
// vouchers of two activities.
func TestMixedActivities(t *testing.T) {
	w := newWorld(t)
	f := w.f
	a1, a2 := w.activity(t, 0, time.Time{}), w.activity(t, 0, time.Time{})
	o1 := w.fundedOrders(t, a1, 1, 10000)[0]
	o2 := w.fundedOrders(t, a2, 1, 10000)[0]
	wantError(t, w.create(f.ProviderA.Admin, o1.Id, o2.Id), 400, "不同的服务券活动", a1.GetString("name"), a2.GetString("name"))

	// One order, two vouchers of two activities.
	b1, b2 := w.batch(t, a1, 5000, 1), w.batch(t, a2, 5000, 1)
	p, spec := w.product(t, f.ProviderA, 10000)
	mixed := w.order(t, f.EnterpriseB, f.ProviderA, p, spec, w.claim(t, f.EnterpriseB, b1), w.claim(t, f.EnterpriseB, b2))
	if mixed.GetInt("deduction_fen") != 10000 {
		t.Fatalf("mixed order deduction %d", mixed.GetInt("deduction_fen"))
	}
	wantError(t, w.create(f.ProviderA.Admin, mixed.Id), 400, "多个服务券活动")
	w.create(f.ProviderA.Admin, o1.Id).Status(t, 200)
}

// TestFilesAreProtected: the invoice is served only with a file token to
// those who may view the request.
func TestFilesAreProtected(t *testing.T) {
	w := newWorld(t)
	act := w.activity(t, 0, time.Time{})
	orders := w.fundedOrders(t, act, 1, 10000)
	id := w.submitted(t, orders[0].Id)
	s := w.rec(t, "settlements", id)
	path := fmt.Sprintf("/api/files/%s/%s/%s", s.Collection().Id, id, s.GetString("invoice"))
	w.Do("GET", path, nil, nil).Status(t, 404)
	fileToken := func(u *core.Record) string {
		tok, err := u.NewFileToken()
		if err != nil {
			t.Fatal(err)
		}
		return tok
	}
	for _, u := range []*core.Record{w.f.Operator, w.f.Department, w.f.ProviderA.Admin} {
		if res := w.Do("GET", path+"?token="+fileToken(u), nil, nil); res.Code != 200 {
			t.Fatalf("%s cannot read the invoice: %d", u.GetString("username"), res.Code)
		}
	}
	for _, u := range []*core.Record{w.f.ProviderB.Admin, w.f.EnterpriseA.Admin} {
		if res := w.Do("GET", path+"?token="+fileToken(u), nil, nil); res.Code == 200 {
			t.Fatalf("%s read the invoice", u.GetString("username"))
		}
	}
}
