package settlement_test

import (
	"strings"
	"testing"
	"time"

	"smedx/hooks/settlement"
)

// TestReconcileNamesBrokenRecords: rows changed behind the hooks' back are
// each reported against the record that breaks the invariant.
func TestReconcileNamesBrokenRecords(t *testing.T) {
	w := newWorld(t)
	w.corrupt = true
	act := w.activity(t, 100000, time.Time{})
	orders := w.fundedOrders(t, act, 2, 10000)
	s1 := w.submitted(t, orders[0].Id)
	s2 := w.create(w.f.ProviderA.Admin, orders[1].Id).Status(t, 200).JSON(t)["id"].(string)
	rep, err := settlement.Reconcile(w)
	if err != nil || len(rep.Problems) != 0 {
		t.Fatalf("clean data: %v %v", rep.Problems, err)
	}

	sql := func(q string, p map[string]any) {
		t.Helper()
		if _, err := w.DB().NewQuery(q).Bind(p).Execute(); err != nil {
			t.Fatal(err)
		}
	}
	// Order 0 also in s2; s1 marked paid beyond what was spent; a batch
	// grown past the budget.
	sql("UPDATE settlements SET orders = {:o}, amount_fen = 20000 WHERE id = {:id}",
		map[string]any{"o": `["` + orders[0].Id + `","` + orders[1].Id + `"]`, "id": s2})
	sql("UPDATE settlements SET status = 'paid', stage = 'done', amount_fen = 50000 WHERE id = {:id}", map[string]any{"id": s1})
	sql("UPDATE voucher_batches SET quantity = 11, remaining = remaining + 9 WHERE activity = {:a}", map[string]any{"a": act.Id})

	rep, err = settlement.Reconcile(w)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"voucher_activities " + act.Id + "：各批次分配",
		"orders " + orders[0].Id + "：同时在 2 个兑付申请中",
		"settlements " + s1 + "：兑付金额 50000 分",
		"settlements " + s2 + "：订单 " + orders[0].Id + " 没有兑付占用记录",
		"voucher_activities " + act.Id + "：已兑付 500.00 元超过已使用 200.00 元",
		"enterprises " + w.f.ProviderA.Enterprise.Id + "：在活动",
	}
	var got []string
	for _, p := range rep.Problems {
		got = append(got, p.String())
	}
	all := strings.Join(got, "\n")
	for _, wnt := range want {
		if !strings.Contains(all, wnt) {
			t.Errorf("no problem %q in:\n%s", wnt, all)
		}
	}
}
