package demo_test

import (
	"testing"

	"smedx/demo"
	"smedx/hooks/settlement"
	"smedx/smedxtest"
)

// TestDemoSettlements: the demo has a paid, a pending and a rejected
// settlement, an order provider A may still ask for, budgets on its
// activities, and its money reconciles.
func TestDemoSettlements(t *testing.T) {
	a := smedxtest.New(t)
	if _, err := demo.Load(a); err != nil {
		t.Fatal(err)
	}
	for _, st := range []string{"paid", "pending", "rejected"} {
		if n := count(t, a, "settlements", "status = {:s}", st); n != 1 {
			t.Errorf("%d %s settlements, want 1", n, st)
		}
	}
	if n := count(t, a, "voucher_activities", "budget_fen > 0 && settle_deadline != ''", ""); n != 2 {
		t.Errorf("%d activities with a budget and a deadline, want 2", n)
	}
	provider, err := a.FindFirstRecordByData("users", "username", "demo_provider")
	if err != nil {
		t.Fatal(err)
	}
	var el struct {
		Items []struct {
			ID      string `json:"id"`
			Problem string `json:"problem"`
		} `json:"items"`
	}
	a.Do("GET", "/api/smedx/settlements/eligible", provider, nil).Status(t, 200).Decode(t, &el)
	if len(el.Items) != 1 || el.Items[0].Problem != "" {
		t.Errorf("demo_provider's eligible orders: %+v", el.Items)
	}
	rep, err := settlement.Reconcile(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range rep.Problems {
		t.Errorf("demo does not reconcile: %s", p)
	}
	if len(rep.Warnings) != 0 {
		t.Errorf("warnings on the demo: %v", rep.Warnings)
	}
}
