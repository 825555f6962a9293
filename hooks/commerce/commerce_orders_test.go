package commerce_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"smedx/demo"
	"smedx/smedxtest"
)

func num(m map[string]any, k string) int { f, _ := m[k].(float64); return int(f) }

func TestQuotePreselectsEarliestExpiryAndCaps(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	buyer := f.EnterpriseA.Admin
	p, specs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "MES", []string{"production"}, 30000, 15000)
	late := smedxtest.ClaimVoucher(t, a, buyer, smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Face: 20000, ValidDays: 200}))
	early := smedxtest.ClaimVoucher(t, a, buyer, smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Face: 20000, ValidDays: 10}))
	smedxtest.ClaimVoucher(t, a, buyer, smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Face: 5000, Categories: []string{"energy"}})) // out of scope
	smedxtest.ClaimVoucher(t, a, f.EnterpriseB.Admin, smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Face: 5000}))                   // another enterprise

	q := a.Do("POST", "/api/smedx/orders/quote", buyer, map[string]any{"items": smedxtest.CartItems(p, specs[0], 2)}).Status(t, 200).JSON(t)
	if num(q, "total_fen") != 60000 || num(q, "deduction_fen") != 40000 || num(q, "payable_fen") != 20000 {
		t.Fatalf("quote %v", q)
	}
	vs := q["vouchers"].([]any)
	if len(vs) != 2 {
		t.Fatalf("eligible vouchers %v, want the two in scope of own enterprise", vs)
	}
	first := vs[0].(map[string]any)
	if first["id"] != early || first["selected"] != true || vs[1].(map[string]any)["id"] != late {
		t.Fatalf("order/selection %v", vs)
	}

	// Only what is needed is pre-selected: a 1-unit order uses the early one.
	q = a.Do("POST", "/api/smedx/orders/quote", buyer, map[string]any{"items": smedxtest.CartItems(p, specs[1], 1)}).Status(t, 200).JSON(t)
	vs = q["vouchers"].([]any)
	if vs[0].(map[string]any)["selected"] != true || vs[1].(map[string]any)["selected"] != false || num(q, "deduction_fen") != 15000 {
		t.Fatalf("selection for a small order %v", q)
	}

	// A batch capped at 50% of an order covers at most half.
	capped := smedxtest.ClaimVoucher(t, a, f.EnterpriseB.Admin, smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Face: 100000, MaxRatio: 0.5}))
	q = a.Do("POST", "/api/smedx/orders/quote", f.EnterpriseB.Admin, map[string]any{"items": smedxtest.CartItems(p, specs[0], 1), "vouchers": []string{capped}}).Status(t, 200).JSON(t)
	if num(q, "deduction_fen") != 15000 || num(q, "payable_fen") != 15000 {
		t.Fatalf("capped quote %v", q)
	}
}

func TestCheckoutPayDeliverConfirmRate(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	buyer := f.EnterpriseA.Admin
	p, specs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "MES", nil, 30000, 5000)
	vid := smedxtest.ClaimVoucher(t, a, buyer, smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Face: 40000}))

	// Two items: 30000 + 2×5000 = 40000, the voucher pays 40000 → both paid at once.
	body := map[string]any{"items": []map[string]any{
		{"product": p.Id, "spec": specs[0].Id, "quantity": 1},
		{"product": p.Id, "spec": specs[1].Id, "quantity": 2}}, "vouchers": []string{vid}}
	res := a.Do("POST", "/api/smedx/orders/checkout", buyer, body).Status(t, 200).JSON(t)
	orders := res["orders"].([]any)
	if len(orders) != 2 || num(res, "deduction_fen") != 40000 || num(res, "payable_fen") != 0 {
		t.Fatalf("checkout %v", res)
	}
	for _, o := range orders {
		om := o.(map[string]any)
		if om["status"] != "paid" || om["pay_status"] != "none" || len(om["order_no"].(string)) != 18 {
			t.Fatalf("fully covered order %v", om)
		}
	}
	v, _ := a.FindRecordById("vouchers", vid)
	if v.GetInt("balance_fen") != 0 || v.GetString("status") != "used_up" {
		t.Fatalf("voucher after checkout %d %s", v.GetInt("balance_fen"), v.GetString("status"))
	}

	// Second order, no voucher left: pending payment, offline transfer.
	res = a.Do("POST", "/api/smedx/orders/checkout", buyer, map[string]any{"items": smedxtest.CartItems(p, specs[0], 1)}).Status(t, 200).JSON(t)
	order := res["orders"].([]any)[0].(map[string]any)
	oid := order["id"].(string)
	if order["status"] != "pending_payment" || order["pay_status"] != "unpaid" || num(order, "payable_fen") != 30000 {
		t.Fatalf("unpaid order %v", order)
	}
	// Nobody but the buyer pays; deliver before payment is refused.
	a.Do("POST", "/api/smedx/orders/"+oid+"/pay", f.EnterpriseB.Admin, map[string]any{"method": "offline"}).Status(t, 404)
	a.Do("POST", "/api/smedx/orders/"+oid+"/pay", f.ProviderA.Admin, map[string]any{"method": "offline"}).Status(t, 403)
	a.Do("POST", "/api/smedx/orders/"+oid+"/pay", buyer, map[string]any{"method": "alipay"}).Status(t, 400)
	a.Do("POST", "/api/smedx/orders/"+oid+"/deliver", f.ProviderA.Admin, nil).Status(t, 400)
	pay := a.Do("POST", "/api/smedx/orders/"+oid+"/pay", f.EnterpriseA.Staff, map[string]any{"method": "offline", "payer_account": "6222 0000", "reference": "HD001"}).Status(t, 200).JSON(t)
	pid := pay["payment"].(map[string]any)["id"].(string)
	if num(pay["payment"].(map[string]any), "amount_fen") != 30000 || pay["instructions"].(map[string]any)["order_no"] != order["order_no"] {
		t.Fatalf("payment %v", pay)
	}
	// Paying again reuses the pending transfer.
	again := a.Do("POST", "/api/smedx/orders/"+oid+"/pay", buyer, map[string]any{"method": "offline"}).Status(t, 200).JSON(t)
	if again["payment"].(map[string]any)["id"] != pid {
		t.Fatal("second pay created another payment")
	}
	a.Do("POST", "/api/smedx/payments/"+pid+"/confirm", buyer, nil).Status(t, 403)
	a.Do("POST", "/api/smedx/payments/"+pid+"/confirm", f.Department, nil).Status(t, 403)
	conf := a.Do("POST", "/api/smedx/payments/"+pid+"/confirm", f.Operator, nil).Status(t, 200).JSON(t)
	if o := conf["order"].(map[string]any); o["status"] != "paid" || o["pay_status"] != "paid" || num(o, "paid_fen") != 30000 {
		t.Fatalf("order after confirm %v", o)
	}
	a.Do("POST", "/api/smedx/payments/"+pid+"/confirm", f.Operator, nil).Status(t, 400)
	if n := smedxtest.CountRecords(t, a, "notifications", "user = {:u}", map[string]any{"u": buyer.Id}); n != 1 {
		t.Fatalf("%d notifications to the buyer after payment, want 1", n)
	}

	// Rating before completion is refused.
	if msg := a.Do("POST", "/api/smedx/orders/"+oid+"/rate", buyer, map[string]any{"rating": 5, "content": "好"}).Status(t, 400).FieldError("order"); !strings.Contains(msg, "完成后") {
		t.Fatalf("early rating: %q", msg)
	}
	// Deliver: only the provider of the order; confirm: only the buyer.
	a.Do("POST", "/api/smedx/orders/"+oid+"/deliver", f.ProviderB.Admin, nil).Status(t, 404)
	a.Do("POST", "/api/smedx/orders/"+oid+"/deliver", buyer, nil).Status(t, 403)
	a.Do("POST", "/api/smedx/orders/"+oid+"/deliver", f.ProviderA.Staff, nil).Status(t, 200)
	a.Do("POST", "/api/smedx/orders/"+oid+"/confirm", f.ProviderA.Admin, nil).Status(t, 403)
	a.Do("POST", "/api/smedx/orders/"+oid+"/cancel", buyer, nil).Status(t, 400) // delivered: buyer can no longer cancel
	done := a.Do("POST", "/api/smedx/orders/"+oid+"/confirm", buyer, nil).Status(t, 200).JSON(t)
	if done["status"] != "completed" {
		t.Fatalf("confirmed order %v", done)
	}
	if s := a.Reload(p).GetInt("sales_count"); s != 1 {
		t.Fatalf("sales_count %d", s)
	}
	a.Do("POST", "/api/smedx/orders/"+oid+"/cancel", f.Operator, nil).Status(t, 400) // completed: final

	// Rating: others refused, once, 1–5.
	a.Do("POST", "/api/smedx/orders/"+oid+"/rate", f.EnterpriseB.Admin, map[string]any{"rating": 1}).Status(t, 404)
	a.Do("POST", "/api/smedx/orders/"+oid+"/rate", buyer, map[string]any{"rating": 6}).Status(t, 400)
	a.Do("POST", "/api/smedx/orders/"+oid+"/rate", buyer, map[string]any{"rating": 4, "content": "实施专业"}).Status(t, 200)
	if msg := a.Do("POST", "/api/smedx/orders/"+oid+"/rate", f.EnterpriseA.Staff, map[string]any{"rating": 5}).Status(t, 400).FieldError("order"); !strings.Contains(msg, "已评价") {
		t.Fatalf("second rating: %q", msg)
	}
	// The records API path obeys the same rules (the other order: not completed).
	other := orders[0].(map[string]any)["id"].(string)
	a.Do("POST", "/api/collections/reviews/records", buyer, map[string]any{"order": oid, "enterprise": buyer.GetString("enterprise"), "rating": 5}).Status(t, 400)
	a.Do("POST", "/api/collections/reviews/records", buyer, map[string]any{"order": other, "enterprise": buyer.GetString("enterprise"), "rating": 5}).Status(t, 400)
	prod := a.Reload(p)
	if prod.GetInt("rating_count") != 1 || prod.GetFloat("rating_avg") != 4 {
		t.Fatalf("rating %d/%v", prod.GetInt("rating_count"), prod.GetFloat("rating_avg"))
	}

	// 我的评价 / 客户评价.
	mine := a.Do("GET", "/api/smedx/ratings/mine", buyer, nil).Status(t, 200).Items(t)
	if len(mine) != 1 || mine[0]["action"] != "view" || num(mine[0], "rating") != 4 {
		t.Fatalf("我的评价 %v", mine)
	}
	recv := a.Do("GET", "/api/smedx/ratings/mine", f.ProviderA.Admin, nil).Status(t, 200).Items(t)
	if len(recv) != 1 || recv[0]["content"] != "实施专业" {
		t.Fatalf("客户评价 %v", recv)
	}
	if n := len(a.Do("GET", "/api/smedx/ratings/mine", f.ProviderB.Admin, nil).Status(t, 200).Items(t)); n != 0 {
		t.Fatalf("other provider sees %d reviews", n)
	}

	// Order lists and detail by role.
	list := a.Do("GET", "/api/smedx/orders/mine", buyer, nil).Status(t, 200).JSON(t)
	if num(list, "totalItems") != 3 || list["view"] != "buyer" {
		t.Fatalf("我的订单 %v", list)
	}
	if n := num(a.Do("GET", "/api/smedx/orders/mine", f.ProviderA.Admin, nil).Status(t, 200).JSON(t), "totalItems"); n != 3 {
		t.Fatalf("订单管理 %d", n)
	}
	if n := num(a.Do("GET", "/api/smedx/orders/mine", f.ProviderB.Admin, nil).Status(t, 200).JSON(t), "totalItems"); n != 0 {
		t.Fatalf("other provider sees %d orders", n)
	}
	det := a.Do("GET", "/api/smedx/orders/"+other, buyer, nil).Status(t, 200).JSON(t)
	if len(det["ledger"].([]any)) != 1 {
		t.Fatalf("detail ledger %v", det["ledger"])
	}
	det = a.Do("GET", "/api/smedx/orders/"+oid, f.ProviderA.Admin, nil).Status(t, 200).JSON(t)
	if len(det["payments"].([]any)) != 1 || det["review"] == nil {
		t.Fatalf("detail %v", det)
	}
	a.Do("GET", "/api/smedx/orders/"+oid, f.EnterpriseB.Admin, nil).Status(t, 404)
}

func TestCheckoutRefusals(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	buyer := f.EnterpriseA.Admin
	p, specs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "MES", []string{"production"}, 10000)
	_, otherSpecs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "PDM", nil, 10000)
	unlisted, uspecs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "下架方案", nil, 10000)
	unlisted.Set("status", "delisted")
	if err := a.Save(unlisted); err != nil {
		t.Fatal(err)
	}
	theirs := smedxtest.ClaimVoucher(t, a, f.EnterpriseB.Admin, smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{}))
	scoped := smedxtest.ClaimVoucher(t, a, buyer, smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Categories: []string{"energy"}}))
	future := smedxtest.ClaimVoucher(t, a, buyer, smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{ValidFrom: time.Now().Add(24 * time.Hour), ValidTo: time.Now().Add(48 * time.Hour)}))
	unlistedScoped := smedxtest.ClaimVoucher(t, a, buyer, smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Products: []string{unlisted.Id}}))

	cases := []struct {
		name  string
		user  *core.Record
		body  map[string]any
		code  int
		field string
		msg   string
	}{
		{"another enterprise's voucher", buyer, map[string]any{"items": smedxtest.CartItems(p, specs[0], 1), "vouchers": []string{theirs}}, 400, "vouchers", "不属于本企业"},
		{"out of scope voucher", buyer, map[string]any{"items": smedxtest.CartItems(p, specs[0], 1), "vouchers": []string{scoped}}, 400, "vouchers", "不适用"},
		{"voucher not yet valid", buyer, map[string]any{"items": smedxtest.CartItems(p, specs[0], 1), "vouchers": []string{future}}, 400, "vouchers", "尚未生效"},
		{"voucher on an unlisted product", buyer, map[string]any{"items": smedxtest.CartItems(unlisted, uspecs[0], 1), "vouchers": []string{unlistedScoped}}, 400, "items", "未上架"},
		{"unlisted product", buyer, map[string]any{"items": smedxtest.CartItems(unlisted, uspecs[0], 1)}, 400, "items", "未上架"},
		{"spec of another product", buyer, map[string]any{"items": smedxtest.CartItems(p, otherSpecs[0], 1)}, 400, "items", "规格"},
		{"quantity 0", buyer, map[string]any{"items": smedxtest.CartItems(p, specs[0], 0)}, 400, "items", "数量"},
		{"no items", buyer, map[string]any{}, 400, "items", "请选择"},
		{"uncertified enterprise", f.EnterprisePending.Admin, map[string]any{"items": smedxtest.CartItems(p, specs[0], 1)}, 403, "", "企业认证通过后才能购买商品"},
		{"provider", f.ProviderA.Admin, map[string]any{"items": smedxtest.CartItems(p, specs[0], 1)}, 403, "", ""},
		{"anonymous", nil, map[string]any{"items": smedxtest.CartItems(p, specs[0], 1)}, 401, "", ""},
	}
	for _, c := range cases {
		for _, route := range []string{"quote", "checkout"} {
			res := a.Do("POST", "/api/smedx/orders/"+route, c.user, c.body)
			if res.Code != c.code {
				t.Errorf("%s (%s): status %d, want %d: %s", c.name, route, res.Code, c.code, res.Body)
				continue
			}
			if c.field != "" && !strings.Contains(res.FieldError(c.field), c.msg) {
				t.Errorf("%s (%s): %s error %q, want %q", c.name, route, c.field, res.FieldError(c.field), c.msg)
			}
			if c.field == "" && c.msg != "" && !res.Contains(c.msg) {
				t.Errorf("%s (%s): %s", c.name, route, res.Body)
			}
		}
	}
	if n := smedxtest.CountRecords(t, a, "orders", "id != ''", nil); n != 0 {
		t.Fatalf("%d orders created by refused checkouts", n)
	}
	for _, id := range []string{theirs, scoped, future, unlistedScoped} {
		if b := smedxtest.VoucherBalance(t, a, id); b != 10000 {
			t.Fatalf("voucher %s balance %d after refusals", id, b)
		}
	}

	// A product delisted after it was read (and cached) is refused at once.
	a.Do("POST", "/api/smedx/orders/quote", buyer, map[string]any{"items": smedxtest.CartItems(p, specs[0], 1)}).Status(t, 200)
	fresh := a.Reload(p)
	fresh.Set("status", "delisted")
	if err := a.Save(fresh); err != nil {
		t.Fatal(err)
	}
	a.Do("POST", "/api/smedx/orders/checkout", buyer, map[string]any{"items": smedxtest.CartItems(p, specs[0], 1)}).Status(t, 400)
}

func TestCheckoutIdempotencyKey(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	buyer := f.EnterpriseA.Admin
	p, specs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "MES", nil, 8000)
	vid := smedxtest.ClaimVoucher(t, a, buyer, smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Face: 10000}))
	body := map[string]any{"items": smedxtest.CartItems(p, specs[0], 1), "vouchers": []string{vid}}
	key := map[string]string{"Idempotency-Key": "checkout-abc-1"}

	first := a.DoWith("POST", "/api/smedx/orders/checkout", buyer, body, key).Status(t, 200).JSON(t)
	// Retries at once (the network dropped the answer), same key.
	var wg sync.WaitGroup
	results := make([]map[string]any, 5)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = a.DoWith("POST", "/api/smedx/orders/checkout", buyer, body, key).Status(t, 200).JSON(t)
		}()
	}
	wg.Wait()
	for _, r := range results {
		if r["checkout_id"] != first["checkout_id"] || r["replayed"] != true {
			t.Fatalf("replay %v, first %v", r, first)
		}
	}
	if n := smedxtest.CountRecords(t, a, "orders", "buyer = {:b}", map[string]any{"b": buyer.Id}); n != 1 {
		t.Fatalf("%d orders for one idempotency key", n)
	}
	if b := smedxtest.VoucherBalance(t, a, vid); b != 2000 {
		t.Fatalf("balance %d, want 2000", b)
	}
	// Another buyer with the same key gets his own orders.
	other := a.DoWith("POST", "/api/smedx/orders/checkout", f.EnterpriseB.Admin, map[string]any{"items": smedxtest.CartItems(p, specs[0], 1)}, key).Status(t, 200).JSON(t)
	if other["checkout_id"] == first["checkout_id"] {
		t.Fatal("idempotency key shared between buyers")
	}
}

func TestConcurrentCheckoutsShareOneVoucher(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	p, specs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "MES", nil, 8000)
	vid := smedxtest.ClaimVoucher(t, a, f.EnterpriseA.Admin, smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Face: 10000}))
	users := []*core.Record{f.EnterpriseA.Admin, f.EnterpriseA.Staff}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var deductions []int
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res := a.Do("POST", "/api/smedx/orders/checkout", users[i%2], map[string]any{"items": smedxtest.CartItems(p, specs[0], 1), "vouchers": []string{vid}})
			mu.Lock()
			defer mu.Unlock()
			if res.Code == 200 {
				deductions = append(deductions, num(res.JSON(t), "deduction_fen"))
			} else if res.Code != 400 || !strings.Contains(res.FieldError("vouchers"), "余额") {
				t.Errorf("checkout answered %d: %s", res.Code, res.Body)
			}
		}()
	}
	wg.Wait()
	sum := 0
	for _, d := range deductions {
		sum += d
	}
	if sum != 10000 || smedxtest.VoucherBalance(t, a, vid) != 0 {
		t.Fatalf("deductions %v (sum %d), balance %d", deductions, sum, smedxtest.VoucherBalance(t, a, vid))
	}
	// 8000 + 2000: the second order got what was left.
	if len(deductions) < 2 {
		t.Fatalf("deductions %v", deductions)
	}
}

func TestCancelGivesVoucherBalanceBack(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	buyer := f.EnterpriseA.Admin
	p, specs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "MES", nil, 10000)
	vid := smedxtest.ClaimVoucher(t, a, buyer, smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Face: 10000}))
	checkout := func(v ...string) string {
		body := map[string]any{"items": smedxtest.CartItems(p, specs[0], 1)}
		if v != nil {
			body["vouchers"] = v
		}
		return a.Do("POST", "/api/smedx/orders/checkout", buyer, body).Status(t, 200).JSON(t)["orders"].([]any)[0].(map[string]any)["id"].(string)
	}
	oid := checkout(vid)
	if v, _ := a.FindRecordById("vouchers", vid); v.GetString("status") != "used_up" {
		t.Fatal("voucher not used up")
	}
	a.Do("POST", "/api/smedx/orders/"+oid+"/cancel", f.EnterpriseB.Admin, nil).Status(t, 404)
	a.Do("POST", "/api/smedx/orders/"+oid+"/cancel", f.ProviderA.Admin, nil).Status(t, 403)
	a.Do("POST", "/api/smedx/orders/"+oid+"/cancel", f.EnterpriseA.Staff, map[string]any{"reason": "采购计划调整"}).Status(t, 200)
	v, _ := a.FindRecordById("vouchers", vid)
	if v.GetInt("balance_fen") != 10000 || v.GetString("status") != "active" {
		t.Fatalf("after cancel: %d %s", v.GetInt("balance_fen"), v.GetString("status"))
	}
	if n := smedxtest.CountRecords(t, a, "voucher_ledger", "voucher = {:v} && reason = 'cancel_refund'", map[string]any{"v": vid}); n != 1 {
		t.Fatalf("%d refund rows", n)
	}
	a.Do("POST", "/api/smedx/orders/"+oid+"/cancel", buyer, nil).Status(t, 400) // already cancelled

	// A pending transfer is cancelled with its order.
	o2 := checkout()
	pid := a.Do("POST", "/api/smedx/orders/"+o2+"/pay", buyer, nil).Status(t, 200).JSON(t)["payment"].(map[string]any)["id"].(string)
	a.Do("POST", "/api/smedx/orders/"+o2+"/cancel", buyer, nil).Status(t, 200)
	if pm, _ := a.FindRecordById("payments", pid); pm.GetString("status") != "cancelled" {
		t.Fatalf("payment %s", pm.GetString("status"))
	}
	a.Do("POST", "/api/smedx/payments/"+pid+"/confirm", f.Operator, nil).Status(t, 400)

	// An operator cancels a paid order (its voucher deduction returns),
	// never a delivered one (issue 12, finding 9: only pending_payment |
	// paid → cancelled, at model level too).
	o3 := checkout(vid) // voucher pays all: paid at once
	a.Do("POST", "/api/smedx/orders/"+o3+"/cancel", f.Department, nil).Status(t, 403)
	a.Do("POST", "/api/smedx/orders/"+o3+"/cancel", f.Operator, map[string]any{"reason": "服务商无法履约"}).Status(t, 200)
	if b := smedxtest.VoucherBalance(t, a, vid); b != 10000 {
		t.Fatalf("balance after operator cancel %d", b)
	}
	o4 := checkout(vid)
	a.Do("POST", "/api/smedx/orders/"+o4+"/deliver", f.ProviderA.Admin, nil).Status(t, 200)
	a.Do("POST", "/api/smedx/orders/"+o4+"/cancel", buyer, nil).Status(t, 400)
	if r := a.Do("POST", "/api/smedx/orders/"+o4+"/cancel", f.Operator, map[string]any{"reason": "x"}).Status(t, 400); !r.Contains("已交付") {
		t.Fatalf("operator cancel of a delivered order: %s", r.Body)
	}
	o, _ := a.FindRecordById("orders", o4)
	o.Set("status", "cancelled")
	if err := a.Save(o); err == nil {
		t.Fatal("delivered → cancelled saved at model level")
	}
	if got := a.Reload(o).GetString("status"); got != "delivered" {
		t.Fatalf("status %s", got)
	}
}

func TestOrderStatusGuardedAtModelLevel(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	p, specs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "MES", nil, 10000)
	oid := a.Do("POST", "/api/smedx/orders/checkout", f.EnterpriseA.Admin, map[string]any{"items": smedxtest.CartItems(p, specs[0], 1)}).
		Status(t, 200).JSON(t)["orders"].([]any)[0].(map[string]any)["id"].(string)
	o, _ := a.FindRecordById("orders", oid)
	o.Set("status", "completed")
	if err := a.Save(o); err == nil {
		t.Fatal("pending_payment → completed saved")
	}
	o, _ = a.FindRecordById("orders", oid)
	o.Set("payable_fen", 1)
	if err := a.Save(o); err == nil {
		t.Fatal("order money changed after checkout")
	}
	o, _ = a.FindRecordById("orders", oid)
	o.Set("status", "cancelled")
	if err := a.Save(o); err != nil {
		t.Fatalf("pending_payment → cancelled: %v", err)
	}
	o.Set("status", "paid")
	if err := a.Save(o); err == nil {
		t.Fatal("cancelled → paid saved")
	}
	// Buyers cannot change orders through the records API.
	a.Do("PATCH", "/api/collections/orders/records/"+oid, f.EnterpriseA.Admin, map[string]any{"status": "completed"}).Status(t, 403)
}

func TestCartAndCartCheckout(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	buyer := f.EnterpriseA.Admin
	ent := buyer.GetString("enterprise")
	p, specs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "MES", nil, 10000, 2000)
	_, otherSpecs := smedxtest.ListedProduct(t, a, f.ProviderB.Enterprise, "PDM", nil, 3000)
	off, offSpecs := smedxtest.ProductIn(t, a, "draft", f.ProviderA.Enterprise, "草稿", nil, 3000)
	add := func(u *core.Record, product, spec string, qty int) *smedxtest.Response {
		return a.Do("POST", "/api/collections/cart_items/records", u, map[string]any{
			"user": u.Id, "enterprise": u.GetString("enterprise"), "product": product, "spec": spec, "quantity": qty})
	}
	add(buyer, p.Id, specs[0].Id, 1).Status(t, 200)
	add(buyer, p.Id, specs[1].Id, 3).Status(t, 200)
	if add(buyer, p.Id, specs[1].Id, 1).Status(t, 400).FieldError("spec") == "" {
		t.Fatal("same spec added twice")
	}
	if add(buyer, off.Id, offSpecs[0].Id, 1).Status(t, 400).FieldError("product") == "" {
		t.Fatal("unlisted product in cart")
	}
	if add(buyer, p.Id, otherSpecs[0].Id, 1).Status(t, 400).FieldError("spec") == "" {
		t.Fatal("spec of another product in cart")
	}
	add(f.EnterprisePending.Admin, p.Id, specs[0].Id, 1).Status(t, 403)
	add(f.EnterpriseA.Staff, p.Id, specs[0].Id, 1).Status(t, 200) // the colleague's own cart
	if n := len(a.Do("GET", "/api/collections/cart_items/records", buyer, nil).Status(t, 200).Items(t)); n != 2 {
		t.Fatalf("cart shows %d rows", n)
	}

	vid := smedxtest.ClaimVoucher(t, a, buyer, smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Face: 5000}))
	q := a.Do("POST", "/api/smedx/orders/quote", buyer, map[string]any{"cart": true}).Status(t, 200).JSON(t)
	if num(q, "total_fen") != 16000 || num(q, "deduction_fen") != 5000 {
		t.Fatalf("cart quote %v", q)
	}
	res := a.Do("POST", "/api/smedx/orders/checkout", buyer, map[string]any{"cart": true, "vouchers": []string{vid}}).Status(t, 200).JSON(t)
	if len(res["orders"].([]any)) != 2 || num(res, "payable_fen") != 11000 {
		t.Fatalf("cart checkout %v", res)
	}
	if n := smedxtest.CountRecords(t, a, "cart_items", "user = {:u}", map[string]any{"u": buyer.Id}); n != 0 {
		t.Fatalf("%d cart rows left after checkout", n)
	}
	if n := smedxtest.CountRecords(t, a, "cart_items", "enterprise = {:e}", map[string]any{"e": ent}); n != 1 {
		t.Fatalf("colleague's cart touched: %d rows", n)
	}
	a.Do("POST", "/api/smedx/orders/checkout", buyer, map[string]any{"cart": true}).Status(t, 400)
}

func TestTwoVouchersOnOneOrderAndRefund(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	buyer := f.EnterpriseA.Admin
	p, specs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "MES", nil, 12000)
	v1 := smedxtest.ClaimVoucher(t, a, buyer, smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Face: 5000, ValidDays: 10}))
	v2 := smedxtest.ClaimVoucher(t, a, buyer, smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Face: 5000, ValidDays: 20}))
	res := a.Do("POST", "/api/smedx/orders/checkout", buyer, map[string]any{"items": smedxtest.CartItems(p, specs[0], 1), "vouchers": []string{v2, v1}}).Status(t, 200).JSON(t)
	o := res["orders"].([]any)[0].(map[string]any)
	if num(o, "deduction_fen") != 10000 || num(o, "payable_fen") != 2000 || len(o["vouchers"].([]any)) != 2 {
		t.Fatalf("order %v", o)
	}
	a.Do("POST", "/api/smedx/orders/"+o["id"].(string)+"/cancel", buyer, nil).Status(t, 200)
	if smedxtest.VoucherBalance(t, a, v1) != 5000 || smedxtest.VoucherBalance(t, a, v2) != 5000 {
		t.Fatal("balances not refunded")
	}
}

func TestDemoDataKeepsMoneyInvariants(t *testing.T) {
	a := smedxtest.New(t)
	if _, err := demo.Load(a); err != nil {
		t.Fatal(err)
	}
	smedxtest.CheckMoneyInvariants(t, a)
	for _, s := range []string{"pending_payment", "paid", "delivered", "completed", "cancelled"} {
		if smedxtest.CountRecords(t, a, "orders", "status = {:s}", map[string]any{"s": s}) == 0 {
			t.Errorf("demo has no %s order", s)
		}
	}
}
