package vouchers_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/vouchers"
	"smedx/smedxtest"
)

func TestBatchRulesForOperators(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	op := f.Operator
	now := time.Now()

	// Activity window must be ordered.
	res := a.Do("POST", "/api/collections/voucher_activities/records", op, map[string]any{
		"name": "活动", "start_at": now, "end_at": now.Add(-time.Hour), "listed": true}).Status(t, 400)
	if res.FieldError("end_at") == "" {
		t.Fatalf("no end_at error: %s", res.Body)
	}
	act := a.Do("POST", "/api/collections/voucher_activities/records", op, map[string]any{
		"name": "活动", "start_at": now.Add(-time.Hour), "end_at": now.Add(24 * time.Hour), "listed": true}).Status(t, 200).JSON(t)
	// Enterprises cannot manage activities.
	a.Do("POST", "/api/collections/voucher_activities/records", f.EnterpriseA.Admin, map[string]any{
		"name": "x", "start_at": now, "end_at": now.Add(time.Hour)}).Status(t, 400)
	if n := smedxtest.CountRecords(t, a, "voucher_activities", "name = 'x'", nil); n != 0 {
		t.Fatal("enterprise created an activity")
	}

	base := map[string]any{"activity": act["id"], "name": "券", "mode": "grab", "face_value_fen": 1000,
		"quantity": 5, "per_enterprise_limit": 2}
	with := func(extra map[string]any) map[string]any {
		m := map[string]any{}
		for k, v := range base {
			m[k] = v
		}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	// A validity is required: fixed dates in order, or days after claim.
	a.Do("POST", "/api/collections/voucher_batches/records", op, base).Status(t, 400).FieldError("valid_to")
	if a.Do("POST", "/api/collections/voucher_batches/records", op, with(map[string]any{
		"valid_from": now, "valid_to": now.Add(-time.Hour)})).Status(t, 400).FieldError("valid_to") == "" {
		t.Fatal("reversed validity accepted")
	}
	// remaining is the server's: sending it is refused by name, and it
	// starts at quantity.
	if a.Do("POST", "/api/collections/voucher_batches/records", op, with(map[string]any{
		"valid_days": 30, "remaining": 1})).Status(t, 400).FieldError("remaining") == "" {
		t.Fatal("remaining not named")
	}
	b := a.Do("POST", "/api/collections/voucher_batches/records", op, with(map[string]any{
		"valid_days": 30})).Status(t, 200).JSON(t)
	if b["remaining"].(float64) != 5 {
		t.Fatalf("remaining = %v, want 5", b["remaining"])
	}
	batch, _ := a.FindRecordById("voucher_batches", b["id"].(string))
	u1 := f.EnterpriseA.Admin
	smedxtest.ClaimVoucher(t, a, u1, batch)
	smedxtest.ClaimVoucher(t, a, u1, batch)
	smedxtest.ClaimVoucher(t, a, f.EnterpriseB.Admin, batch)

	// quantity not below issued; remaining follows quantity - issued and
	// cannot be set by hand.
	res = a.Do("PATCH", "/api/collections/voucher_batches/records/"+batch.Id, op, map[string]any{"quantity": 2}).Status(t, 400)
	if !strings.Contains(res.FieldError("quantity"), "3") {
		t.Fatalf("quantity error %q", res.FieldError("quantity"))
	}
	if a.Do("PATCH", "/api/collections/voucher_batches/records/"+batch.Id, op, map[string]any{"quantity": 10, "remaining": 10}).Status(t, 400).FieldError("remaining") == "" {
		t.Fatal("remaining set by hand")
	}
	got := a.Do("PATCH", "/api/collections/voucher_batches/records/"+batch.Id, op, map[string]any{"quantity": 10}).Status(t, 200).JSON(t)
	if got["remaining"].(float64) != 7 {
		t.Fatalf("remaining after raising quantity = %v, want 7", got["remaining"])
	}
	// limit per enterprise cannot exceed quantity.
	a.Do("PATCH", "/api/collections/voucher_batches/records/"+batch.Id, op, map[string]any{"per_enterprise_limit": 11}).Status(t, 400)
}

func TestClaimRefusals(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	ok := smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Quantity: 2, Limit: 1})

	// Not certified, not an enterprise, anonymous.
	res := a.Do("POST", "/api/smedx/vouchers/claim", f.EnterprisePending.Admin, map[string]any{"batch": ok.Id}).Status(t, 403)
	if !res.Contains("企业认证通过后才能领取服务券") {
		t.Fatalf("message: %s", res.Body)
	}
	a.Do("POST", "/api/smedx/vouchers/claim", f.ProviderA.Admin, map[string]any{"batch": ok.Id}).Status(t, 403)
	a.Do("POST", "/api/smedx/vouchers/claim", nil, map[string]any{"batch": ok.Id}).Status(t, 401)
	a.Do("POST", "/api/smedx/vouchers/claim", f.EnterpriseA.Admin, map[string]any{}).Status(t, 400)

	// Outside the window, unlisted activity.
	future := smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Start: time.Now().Add(time.Hour), End: time.Now().Add(48 * time.Hour)})
	if msg := a.Do("POST", "/api/smedx/vouchers/claim", f.EnterpriseA.Admin, map[string]any{"batch": future.Id}).Status(t, 400).FieldError("batch"); !strings.Contains(msg, "尚未开始") {
		t.Fatalf("future window: %q", msg)
	}
	past := smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Start: time.Now().Add(-48 * time.Hour), End: time.Now().Add(-time.Hour)})
	if msg := a.Do("POST", "/api/smedx/vouchers/claim", f.EnterpriseA.Admin, map[string]any{"batch": past.Id}).Status(t, 400).FieldError("batch"); !strings.Contains(msg, "已结束") {
		t.Fatalf("past window: %q", msg)
	}
	unlisted := smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Unlisted: true})
	a.Do("POST", "/api/smedx/vouchers/claim", f.EnterpriseA.Admin, map[string]any{"batch": unlisted.Id}).Status(t, 400)

	// Limit, then sold out.
	id := smedxtest.ClaimVoucher(t, a, f.EnterpriseA.Admin, ok)
	if msg := a.Do("POST", "/api/smedx/vouchers/claim", f.EnterpriseA.Staff, map[string]any{"batch": ok.Id}).Status(t, 400).FieldError("batch"); msg != "已达领取上限" {
		t.Fatalf("limit: %q", msg)
	}
	smedxtest.ClaimVoucher(t, a, f.EnterpriseB.Admin, ok)
	third := smedxtest.FastUser(t, a, f.EnterpriseA.Admin.GetString("password:hash"))
	if msg := a.Do("POST", "/api/smedx/vouchers/claim", third, map[string]any{"batch": ok.Id}).Status(t, 400).FieldError("batch"); !strings.Contains(msg, "已领完") {
		t.Fatalf("sold out: %q", msg)
	}
	if n := smedxtest.CountRecords(t, a, "vouchers", "batch = {:b}", map[string]any{"b": ok.Id}); n != 2 {
		t.Fatalf("%d vouchers issued, want 2", n)
	}
	v, _ := a.FindRecordById("vouchers", id)
	if v.GetString("status") != "active" || v.GetInt("balance_fen") != 10000 || v.GetString("holder") != f.EnterpriseA.Admin.Id {
		t.Fatalf("voucher %v", v)
	}
	// valid_days after the claim.
	if d := v.GetDateTime("valid_to").Time().Sub(v.GetDateTime("valid_from").Time()); d != 90*24*time.Hour {
		t.Fatalf("validity %v", d)
	}
	// Fixed validity is copied from the batch.
	from, to := time.Now().Add(-time.Hour).UTC().Truncate(time.Second), time.Now().Add(72*time.Hour).UTC().Truncate(time.Second)
	fixed := smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{ValidFrom: from, ValidTo: to})
	fv, _ := a.FindRecordById("vouchers", smedxtest.ClaimVoucher(t, a, f.EnterpriseB.Admin, fixed))
	if !fv.GetDateTime("valid_to").Time().Equal(to) || !fv.GetDateTime("valid_from").Time().Equal(from) {
		t.Fatalf("fixed validity %v..%v", fv.GetDateTime("valid_from"), fv.GetDateTime("valid_to"))
	}
	// Unlisting an activity stops claims at once (cached rows are dropped).
	act, _ := a.FindRecordById("voucher_activities", fixed.GetString("activity"))
	act.Set("listed", false)
	if err := a.Save(act); err != nil {
		t.Fatal(err)
	}
	a.Do("POST", "/api/smedx/vouchers/claim", f.EnterpriseA.Admin, map[string]any{"batch": fixed.Id}).Status(t, 400)

	// The enterprise sees only its vouchers.
	a.Do("GET", "/api/smedx/vouchers/"+id, f.EnterpriseB.Admin, nil).Status(t, 404)
	a.Do("GET", "/api/smedx/vouchers/"+id, f.EnterpriseA.Staff, nil).Status(t, 200)
}

// fire sends n claims at once, one per user of users (cycled), and returns
// the status codes.
func fire(t *testing.T, a *smedxtest.App, users []*core.Record, n int, batch *core.Record) map[int]int {
	t.Helper()
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	codes := map[int]int{}
	for i := 0; i < n; i++ {
		u := users[i%len(users)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			res := a.Do("POST", "/api/smedx/vouchers/claim", u, map[string]any{"batch": batch.Id})
			mu.Lock()
			codes[res.Code]++
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	return codes
}

func TestClaim300AtOnceIssuesExactlyQuantity(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	hash := f.EnterpriseA.Admin.GetString("password:hash")
	var users []*core.Record
	for i := 0; i < 30; i++ {
		users = append(users, smedxtest.FastUser(t, a, hash))
	}
	batch := smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Quantity: 50, Limit: 10})
	codes := fire(t, a, users, 300, batch)
	if codes[200] != 50 || codes[400] != 250 {
		t.Fatalf("answers %v, want 50×200 and 250×400", codes)
	}
	if n := smedxtest.CountRecords(t, a, "vouchers", "batch = {:b}", map[string]any{"b": batch.Id}); n != 50 {
		t.Fatalf("%d vouchers, want 50", n)
	}
	if r := a.Reload(batch).GetInt("remaining"); r != 0 {
		t.Fatalf("remaining %d", r)
	}
	var over int
	_ = a.DB().NewQuery("SELECT COUNT(*) FROM (SELECT enterprise FROM vouchers WHERE batch = {:b} GROUP BY enterprise HAVING COUNT(*) > 10)").
		Bind(map[string]any{"b": batch.Id}).Row(&over)
	if over != 0 {
		t.Fatalf("%d enterprises over the limit", over)
	}
}

func TestClaim20AtOnceBySameEnterpriseGivesOne(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	batch := smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Quantity: 100, Limit: 1})
	codes := fire(t, a, []*core.Record{f.EnterpriseA.Admin, f.EnterpriseA.Staff}, 20, batch)
	if codes[200] != 1 || codes[400] != 19 {
		t.Fatalf("answers %v, want 1×200 and 19×400", codes)
	}
	if n := smedxtest.CountRecords(t, a, "vouchers", "batch = {:b}", map[string]any{"b": batch.Id}); n != 1 {
		t.Fatalf("%d vouchers, want 1", n)
	}
	if r := a.Reload(batch).GetInt("remaining"); r != 99 {
		t.Fatalf("remaining %d, want 99", r)
	}
}

func TestExpireVouchersKeepsBalanceAndBlocksUse(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	product, specs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "方案", nil, 5000)
	batch := smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{ValidDays: 1})
	id := smedxtest.ClaimVoucher(t, a, f.EnterpriseA.Admin, batch)

	n, err := vouchers.ExpireVouchers(a, time.Now())
	if err != nil || n != 0 {
		t.Fatalf("expired %d (%v) before validity end", n, err)
	}
	n, err = vouchers.ExpireVouchers(a, time.Now().Add(49*time.Hour))
	if err != nil || n != 1 {
		t.Fatalf("expired %d (%v), want 1", n, err)
	}
	v, _ := a.FindRecordById("vouchers", id)
	if v.GetString("status") != "expired" || v.GetInt("balance_fen") != 10000 {
		t.Fatalf("expired voucher %s balance %d", v.GetString("status"), v.GetInt("balance_fen"))
	}
	res := a.Do("POST", "/api/smedx/orders/checkout", f.EnterpriseA.Admin, map[string]any{
		"items": []map[string]any{{"product": product.Id, "spec": specs[0].Id, "quantity": 1}}, "vouchers": []string{id}}).Status(t, 400)
	if !strings.Contains(res.FieldError("vouchers"), "已过期") {
		t.Fatalf("expired voucher: %s", res.Body)
	}
	if smedxtest.CountRecords(t, a, "orders", "buyer = {:b}", map[string]any{"b": f.EnterpriseA.Admin.Id}) != 0 {
		t.Fatal("order created with an expired voucher")
	}
}

func TestVoucherProductsInScope(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	inCat, _ := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "诊断服务", []string{"management"}, 100)
	named, _ := smedxtest.ListedProduct(t, a, f.ProviderB.Enterprise, "指定方案", []string{"energy"}, 100)
	smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "其他方案", []string{"production"}, 100)
	smedxtest.ProductIn(t, a, "draft", f.ProviderA.Enterprise, "草稿方案", []string{"management"}, 100)
	batch := smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Categories: []string{"management"}, Products: []string{named.Id}})
	id := smedxtest.ClaimVoucher(t, a, f.EnterpriseA.Admin, batch)

	items := a.Do("GET", "/api/smedx/vouchers/"+id+"/products", f.EnterpriseA.Admin, nil).Status(t, 200).Items(t)
	got := map[string]bool{}
	for _, it := range items {
		got[it["id"].(string)] = true
	}
	if len(got) != 2 || !got[inCat.Id] || !got[named.Id] {
		t.Fatalf("products in scope %v", items)
	}
	a.Do("GET", "/api/smedx/vouchers/"+id+"/products", f.EnterpriseB.Admin, nil).Status(t, 404)

	// No scope: every listed product.
	all := smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{})
	id2 := smedxtest.ClaimVoucher(t, a, f.EnterpriseA.Admin, all)
	if n := len(a.Do("GET", "/api/smedx/vouchers/"+id2+"/products", f.EnterpriseA.Admin, nil).Status(t, 200).Items(t)); n != 3 {
		t.Fatalf("unscoped voucher lists %d products, want 3", n)
	}
}

func TestVoucherBalanceOnlyWithLedger(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	batch := smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{})
	v, _ := a.FindRecordById("vouchers", smedxtest.ClaimVoucher(t, a, f.EnterpriseA.Admin, batch))
	v.Set("balance_fen", 1)
	if err := a.Save(v); err == nil {
		t.Fatal("balance changed without a ledger row")
	}
	// Enterprises cannot touch vouchers or ledger rows through the API.
	a.Do("PATCH", "/api/collections/vouchers/records/"+v.Id, f.EnterpriseA.Admin, map[string]any{"balance_fen": 99999}).Status(t, 403)
	a.Do("POST", "/api/collections/voucher_ledger/records", f.EnterpriseA.Admin, map[string]any{"voucher": v.Id, "delta_fen": 5, "reason": "adjust"}).Status(t, 403)
}
