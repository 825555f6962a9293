package hooks_test

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"smedx/smedxtest"
)

// Fixtures of the commerce tests: listed products with specs, voucher
// activities and batches, and the ledger invariant checked after each test.

// newCommerceApp is smedxtest.New plus the money invariants checked over
// the whole database when the test ends.
func newCommerceApp(t *testing.T) (*smedxtest.App, *smedxtest.Fixtures) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	t.Cleanup(func() { checkMoneyInvariants(t, a) })
	return a, f
}

// checkMoneyInvariants: for every voucher face - balance = -sum(ledger deltas) and
// balance >= 0, every ledger row's balance_after is consistent, every
// order's total = deduction + payable and its ledger rows sum to minus its
// deduction (0 once cancelled), and every batch has remaining = quantity -
// issued.
func checkMoneyInvariants(t *testing.T, a *smedxtest.App) {
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

var fixtureSeq struct {
	sync.Mutex
	n int
}

func cmSeq() int {
	fixtureSeq.Lock()
	defer fixtureSeq.Unlock()
	fixtureSeq.n++
	return fixtureSeq.n
}

func cmSave(t testing.TB, a *smedxtest.App, collection string, data map[string]any) *core.Record {
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

// cmProduct saves a listed product of provider with categories and
// one spec per price (fen; 0 = free), at model level.
func cmProduct(t testing.TB, a *smedxtest.App, provider *core.Record, name string, categories []string, prices ...int) (*core.Record, []*core.Record) {
	t.Helper()
	return cmProductIn(t, a, "listed", provider, name, categories, prices...)
}

// cmProductIn is cmProduct for a product created in status (e.g. draft,
// delisted) directly, the way Go code may create consistent rows.
func cmProductIn(t testing.TB, a *smedxtest.App, status string, provider *core.Record, name string, categories []string, prices ...int) (*core.Record, []*core.Record) {
	t.Helper()
	p := cmSave(t, a, "products", map[string]any{
		"enterprise": provider.Id, "provider_name": provider.GetString("name"), "type": "solution",
		"name": name, "status": status, "categories": categories, "listed_at": time.Now(),
	})
	var specs []*core.Record
	for i, price := range prices {
		pricing := "simple"
		if price == 0 {
			pricing = "free"
		}
		specs = append(specs, cmSave(t, a, "product_specs", map[string]any{
			"product": p.Id, "name": fmt.Sprintf("规格%d", i+1), "purchase_mode": "year",
			"pricing": pricing, "price_fen": price, "sort": i,
		}))
	}
	return p, specs
}

// batchOpts are the settings of a test batch; zero values get defaults.
type batchOpts struct {
	Face, Quantity, Limit, ValidDays int
	MaxRatio                         float64
	Categories                       []string
	Products                         []string
	Start, End                       time.Time // activity window
	ValidFrom, ValidTo               time.Time
	Unlisted                         bool
}

func cmBatch(t testing.TB, a *smedxtest.App, o batchOpts) *core.Record {
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
	n := cmSeq()
	act := cmSave(t, a, "voucher_activities", map[string]any{
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
	return cmSave(t, a, "voucher_batches", data)
}

// cmClaim claims one voucher of batch as user and returns its id.
func cmClaim(t testing.TB, a *smedxtest.App, user *core.Record, batch *core.Record) string {
	t.Helper()
	res := a.Do("POST", "/api/smedx/vouchers/claim", user, map[string]any{"batch": batch.Id}).Status(t, 200)
	return res.JSON(t)["id"].(string)
}

// cmFastUser is a certified enterprise with one user whose password hash
// is copied (no bcrypt per user), for tests that need many claimants.
func cmFastUser(t testing.TB, a *smedxtest.App, hash string) *core.Record {
	t.Helper()
	n := cmSeq()
	ent := a.NewEnterprise("enterprise", fmt.Sprintf("并发测试企业%d", n), "approved")
	col, _ := a.FindCollectionByNameOrId("users")
	u := core.NewRecord(col)
	u.Set("username", fmt.Sprintf("fast_user_%d", n))
	u.Set("name", fmt.Sprintf("用户%d", n))
	u.Set("phone", smedxtest.Phone(int64(50000000+n)))
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

func cmBalance(t testing.TB, a *smedxtest.App, voucherID string) int {
	t.Helper()
	v, err := a.FindRecordById("vouchers", voucherID)
	if err != nil {
		t.Fatal(err)
	}
	return v.GetInt("balance_fen")
}

func cmCount(t testing.TB, a *smedxtest.App, collection, filter string, params map[string]any) int {
	t.Helper()
	recs, err := a.FindRecordsByFilter(collection, filter, "", 0, 0, params)
	if err != nil {
		t.Fatal(err)
	}
	return len(recs)
}
