package smedxtest

import (
	"fmt"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// Fixtures of the commerce and voucher tests: listed products with specs, voucher
// activities and batches, and the ledger invariant checked after each test.

// NewCommerceApp is New plus the money invariants checked over
// the whole database when the test ends.
func NewCommerceApp(t *testing.T) (*App, *Fixtures) {
	a := New(t)
	f := a.Fixtures()
	t.Cleanup(func() { CheckMoneyInvariants(t, a) })
	return a, f
}

// CheckMoneyInvariants: for every voucher face - balance = -sum(ledger deltas) and
// balance >= 0, every ledger row's balance_after is consistent, every
// order's total = deduction + payable and its ledger rows sum to minus its
// deduction (0 once cancelled), and every batch has remaining = quantity -
// issued.
func CheckMoneyInvariants(t *testing.T, a *App) {
	t.Helper()
	var bad []struct {
		ID   string `db:"id"`
		What string `db:"what"`
	}
	err := a.DB().NewQuery(`
		SELECT v.id, 'voucher face-balance != sum(ledger) or balance < 0' AS what FROM vouchers v
		WHERE v.balance_fen < 0 OR v.balance_fen - v.face_value_fen != COALESCE((SELECT SUM(delta_fen) FROM voucher_ledger l WHERE l.voucher = v.id), 0)
		UNION ALL
		SELECT o.id, 'order total != deduction + payable' FROM orders o WHERE o.total_fen != o.deduction_fen + o.payable_fen
		UNION ALL
		SELECT o.id, 'order ledger != -deduction' FROM orders o
		WHERE COALESCE((SELECT SUM(delta_fen) FROM voucher_ledger l WHERE l.[[order]] = o.id), 0) !=
			CASE WHEN o.status = 'cancelled' THEN 0 ELSE -o.deduction_fen END
		UNION ALL
		SELECT b.id, 'batch remaining != quantity - issued' FROM voucher_batches b
		WHERE b.remaining != b.quantity - (SELECT COUNT(*) FROM vouchers v WHERE v.batch = b.id)
		UNION ALL
		SELECT v.id, 'used_up voucher with balance' FROM vouchers v WHERE v.status = 'used_up' AND v.balance_fen != 0
	`).All(&bad)
	if err != nil {
		t.Errorf("invariant query: %v", err)
		return
	}
	for _, b := range bad {
		t.Errorf("invariant broken: %s (%s)", b.What, b.ID)
	}
	// Ledger rows replayed in order give each balance_after.
	var rows []struct {
		Voucher string `db:"voucher"`
		Delta   int    `db:"delta_fen"`
		After   int    `db:"balance_after_fen"`
		Face    int    `db:"face_value_fen"`
	}
	if err := a.DB().NewQuery(`SELECT l.voucher, l.delta_fen, l.balance_after_fen, v.face_value_fen
		FROM voucher_ledger l JOIN vouchers v ON v.id = l.voucher ORDER BY l.voucher, l.rowid`).All(&rows); err != nil {
		t.Errorf("ledger query: %v", err)
		return
	}
	bal := map[string]int{}
	for _, r := range rows {
		if _, ok := bal[r.Voucher]; !ok {
			bal[r.Voucher] = r.Face
		}
		bal[r.Voucher] += r.Delta
		if bal[r.Voucher] != r.After || r.After < 0 {
			t.Errorf("ledger of voucher %s: balance_after %d, replay gives %d", r.Voucher, r.After, bal[r.Voucher])
		}
	}
}

// SaveRecord saves a record of collection with data at model level.
func SaveRecord(t testing.TB, a *App, collection string, data map[string]any) *core.Record {
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

// ListedProduct saves a listed product of provider with categories and
// one spec per price (fen; 0 = free), at model level.
func ListedProduct(t testing.TB, a *App, provider *core.Record, name string, categories []string, prices ...int) (*core.Record, []*core.Record) {
	t.Helper()
	return ProductIn(t, a, "listed", provider, name, categories, prices...)
}

// ProductIn is ListedProduct for a product created in status (e.g. draft,
// delisted) directly, the way Go code may create consistent rows.
func ProductIn(t testing.TB, a *App, status string, provider *core.Record, name string, categories []string, prices ...int) (*core.Record, []*core.Record) {
	t.Helper()
	p := SaveRecord(t, a, "products", map[string]any{
		"enterprise": provider.Id, "provider_name": provider.GetString("name"), "type": "solution",
		"name": name, "status": status, "categories": categories, "listed_at": time.Now(),
	})
	var specs []*core.Record
	for i, price := range prices {
		pricing := "simple"
		if price == 0 {
			pricing = "free"
		}
		specs = append(specs, SaveRecord(t, a, "product_specs", map[string]any{
			"product": p.Id, "name": fmt.Sprintf("规格%d", i+1), "purchase_mode": "year",
			"pricing": pricing, "price_fen": price, "sort": i,
		}))
	}
	return p, specs
}

// BatchOpts are the settings of a test batch; zero values get defaults.
type BatchOpts struct {
	Face, Quantity, Limit, ValidDays int
	MaxRatio                         float64
	Categories                       []string
	Products                         []string
	Start, End                       time.Time // activity window
	ValidFrom, ValidTo               time.Time
	Unlisted                         bool
}

// VoucherBatch saves a listed activity and a batch of it per o.
func VoucherBatch(t testing.TB, a *App, o BatchOpts) *core.Record {
	t.Helper()
	if o.Face == 0 {
		o.Face = 10000
	}
	if o.Quantity == 0 {
		o.Quantity = 100
	}
	if o.Limit == 0 {
		o.Limit = 1
	}
	if o.Start.IsZero() {
		o.Start = time.Now().Add(-24 * time.Hour)
	}
	if o.End.IsZero() {
		o.End = time.Now().Add(30 * 24 * time.Hour)
	}
	n := int(seq.Add(1))
	act := SaveRecord(t, a, "voucher_activities", map[string]any{
		"name": fmt.Sprintf("活动%d", n), "start_at": o.Start, "end_at": o.End, "listed": !o.Unlisted,
	})
	data := map[string]any{
		"activity": act.Id, "name": fmt.Sprintf("创新服务券%d", n), "mode": "grab",
		"face_value_fen": o.Face, "quantity": o.Quantity, "per_enterprise_limit": o.Limit,
		"max_ratio": o.MaxRatio, "billing_mode": "单独计价",
	}
	if o.ValidDays == 0 && o.ValidTo.IsZero() {
		o.ValidDays = 90
	}
	if o.ValidDays > 0 {
		data["valid_days"] = o.ValidDays
	} else {
		data["valid_from"], data["valid_to"] = o.ValidFrom, o.ValidTo
	}
	if o.Categories != nil {
		data["scope_categories"] = o.Categories
	}
	if o.Products != nil {
		data["scope_products"] = o.Products
	}
	return SaveRecord(t, a, "voucher_batches", data)
}

// ClaimVoucher claims one voucher of batch as user and returns its id.
func ClaimVoucher(t testing.TB, a *App, user *core.Record, batch *core.Record) string {
	t.Helper()
	res := a.Do("POST", "/api/smedx/vouchers/claim", user, map[string]any{"batch": batch.Id}).Status(t, 200)
	return res.JSON(t)["id"].(string)
}

// FastUser is a certified enterprise with one user whose password hash
// is copied (no bcrypt per user), for tests that need many claimants.
func FastUser(t testing.TB, a *App, hash string) *core.Record {
	t.Helper()
	n := int(seq.Add(1))
	ent := a.NewEnterprise("enterprise", fmt.Sprintf("并发测试企业%d", n), "approved")
	col, _ := a.FindCollectionByNameOrId("users")
	u := core.NewRecord(col)
	u.Set("username", fmt.Sprintf("fast_user_%d", n))
	u.Set("name", fmt.Sprintf("用户%d", n))
	u.Set("phone", Phone(int64(50000000+n)))
	u.Set("role", "enterprise")
	u.Set("enterprise", ent.Id)
	u.Set("tenant_admin", true)
	u.SetRaw("password", &core.PasswordFieldValue{Hash: hash})
	u.SetRaw("tokenKey", fmt.Sprintf("fast-token-key-%d-%d", n, time.Now().UnixNano()))
	if err := a.Save(u); err != nil {
		t.Fatalf("fast user: %v", err)
	}
	return u
}

// VoucherBalance is the stored balance_fen of a voucher.
func VoucherBalance(t testing.TB, a *App, voucherID string) int {
	t.Helper()
	v, err := a.FindRecordById("vouchers", voucherID)
	if err != nil {
		t.Fatal(err)
	}
	return v.GetInt("balance_fen")
}

// CountRecords counts the records of collection matching filter.
func CountRecords(t testing.TB, a *App, collection, filter string, params map[string]any) int {
	t.Helper()
	recs, err := a.FindRecordsByFilter(collection, filter, "", 0, 0, params)
	if err != nil {
		t.Fatal(err)
	}
	return len(recs)
}

// CartItems is the items body of a quote or checkout: qty of one spec.
func CartItems(product, spec *core.Record, qty int) []map[string]any {
	return []map[string]any{{"product": product.Id, "spec": spec.Id, "quantity": qty}}
}
