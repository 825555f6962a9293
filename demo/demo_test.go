package demo_test

import (
	"reflect"
	"testing"

	"smedx/demo"
	"smedx/smedxtest"
)

func TestLoadIsIdempotentAndComplete(t *testing.T) {
	a := smedxtest.New(t)
	first, err := demo.Load(a)
	if err != nil {
		t.Fatal(err)
	}
	if first.AlreadyLoaded {
		t.Fatal("fresh app reported demo as loaded")
	}
	second, err := demo.Load(a)
	if err != nil {
		t.Fatal(err)
	}
	if !second.AlreadyLoaded || !reflect.DeepEqual(first.Counts, second.Counts) {
		t.Fatalf("second load changed counts: %v -> %v", first.Counts, second.Counts)
	}
	for _, acc := range demo.Accounts {
		u, err := a.FindFirstRecordByData("users", "username", acc.Username)
		if err != nil {
			t.Fatalf("account %s missing", acc.Username)
		}
		if !u.ValidatePassword(demo.Password) {
			t.Fatalf("account %s has another password", acc.Username)
		}
	}

	// Every status the issue asks for is there.
	wantProducts := []string{"listed", "pending", "draft", "rejected", "revoked", "delisted"}
	for _, st := range wantProducts {
		if n := count(t, a, "products", "status = {:s}", st); n == 0 {
			t.Errorf("no %s product", st)
		}
	}
	for _, stage := range []string{"operator", "expert", "department"} {
		n := count(t, a, "applications", "type = 'product_publish' && status = 'pending' && stage = {:s}", stage)
		if n == 0 {
			t.Errorf("no product pending at stage %s", stage)
		}
	}
	for _, st := range []string{"pending_payment", "paid", "delivered", "completed", "cancelled"} {
		if n := count(t, a, "orders", "status = {:s}", st); n == 0 {
			t.Errorf("no %s order", st)
		}
	}
	if n := count(t, a, "product_specs", "price_fen > 0 && product.status = {:s}", "listed"); n == 0 {
		t.Error("no listed product with a priced spec")
	}

	// Money invariants hold on the demo data.
	vouchers, _ := a.FindAllRecords("vouchers")
	for _, v := range vouchers {
		var sum int
		_ = a.DB().NewQuery("SELECT COALESCE(SUM(delta_fen),0) FROM voucher_ledger WHERE voucher = {:v}").
			Bind(map[string]any{"v": v.Id}).Row(&sum)
		if v.GetInt("face_value_fen")-v.GetInt("balance_fen") != -sum {
			t.Errorf("voucher %s: face %d - balance %d != -ledger %d", v.Id, v.GetInt("face_value_fen"), v.GetInt("balance_fen"), sum)
		}
	}
	orders, _ := a.FindAllRecords("orders")
	for _, o := range orders {
		if o.GetInt("total_fen") != o.GetInt("deduction_fen")+o.GetInt("payable_fen") {
			t.Errorf("order %s: total != deduction + payable", o.GetString("order_no"))
		}
	}
}

func count(t *testing.T, a *smedxtest.App, collection, filter string, param string) int {
	t.Helper()
	recs, err := a.FindRecordsByFilter(collection, filter, "", 0, 0, map[string]any{"s": param})
	if err != nil {
		t.Fatalf("%s %s: %v", collection, filter, err)
	}
	return len(recs)
}
