package replica_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"smedx/demo"
	"smedx/hooks/replica"
)

// The load of the process tests: enterprises claim vouchers and spend
// them, every acknowledged row is recorded, and a data dir is checked for
// those rows and for the money invariants.

// fixture is what the load needs: buyers' tokens, a batch, a priced spec.
type fixture struct {
	tokens               []string
	batch, product, spec string
}

const rootEmail, rootPassword = "root@example.com", "Root@2026pass"

func newFixture(t *testing.T, base string) fixture {
	t.Helper()
	root := login(t, base, "_superusers", rootEmail, rootPassword)
	var act, batch struct{ ID string }
	mustCall(t, "POST", base+"/api/collections/voucher_activities/records", root, map[string]any{
		"name": "恢复演练活动", "start_at": time.Now().Add(-time.Hour).UTC().Format("2006-01-02 15:04:05.000Z"),
		"end_at": time.Now().Add(24 * time.Hour).UTC().Format("2006-01-02 15:04:05.000Z"), "listed": true,
	}, &act)
	mustCall(t, "POST", base+"/api/collections/voucher_batches/records", root, map[string]any{
		"activity": act.ID, "name": "恢复演练券", "mode": "grab", "face_value_fen": 100000,
		"quantity": 100000, "per_enterprise_limit": 100000, "valid_days": 30,
	}, &batch)
	var specs struct {
		Items []struct{ ID, Product string }
	}
	mustCall(t, "GET", base+`/api/collections/product_specs/records?perPage=1&sort=price_fen&filter=`+
		urlEscape(`pricing="simple" && price_fen > 0 && product.status="listed"`), root, nil, &specs)
	if len(specs.Items) == 0 {
		t.Fatal("the demo has no listed product with a priced spec")
	}
	return fixture{
		tokens: []string{login(t, base, "users", "demo_enterprise", demo.Password), login(t, base, "users", "demo_enterprise2", demo.Password)},
		batch:  batch.ID, product: specs.Items[0].Product, spec: specs.Items[0].ID,
	}
}

func urlEscape(s string) string {
	r := strings.NewReplacer(" ", "%20", `"`, "%22", "&", "%26", "=", "%3D", ">", "%3E", "+", "%2B")
	return r.Replace(s)
}

// write is one acknowledged row: its collection, id and when the answer
// arrived.
type write struct {
	collection, id string
	at             time.Time
}

// claimAndCheckout claims a voucher and spends it on one order; it
// returns the acknowledged rows (a voucher, then an order and its ledger
// row) and the first error.
func claimAndCheckout(base, token string, fx fixture) ([]write, error) {
	var v struct{ ID string }
	if _, err := call("POST", base+"/api/smedx/vouchers/claim", token, map[string]string{"batch": fx.batch}, &v); err != nil {
		return nil, err
	}
	acked := []write{{"vouchers", v.ID, time.Now()}}
	var co struct {
		Orders []struct{ ID string }
		Ledger []struct{ ID string }
	}
	if _, err := call("POST", base+"/api/smedx/orders/checkout", token, map[string]any{
		"items":    []map[string]any{{"product": fx.product, "spec": fx.spec, "quantity": 1}},
		"vouchers": []string{v.ID},
	}, &co); err != nil {
		return acked, err
	}
	now := time.Now()
	for _, o := range co.Orders {
		acked = append(acked, write{"orders", o.ID, now})
	}
	for _, l := range co.Ledger {
		acked = append(acked, write{"voucher_ledger", l.ID, now})
	}
	if len(co.Orders) != 1 || len(co.Ledger) != 1 {
		return acked, fmt.Errorf("checkout gave %d orders, %d ledger rows", len(co.Orders), len(co.Ledger))
	}
	return acked, nil
}

// failure is a request that failed (and acknowledged nothing).
type failure struct {
	err error
	at  time.Time
}

// load runs workers until ctx ends (or a request fails) and returns every
// acknowledged row and the failures.
func load(ctx context.Context, base string, fx fixture, workers int) ([]write, []failure) {
	var mu sync.Mutex
	var all []write
	var errs []failure
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(token string) {
			defer wg.Done()
			for ctx.Err() == nil {
				acked, err := claimAndCheckout(base, token, fx)
				mu.Lock()
				all = append(all, acked...)
				if err != nil {
					errs = append(errs, failure{err, time.Now()})
				}
				mu.Unlock()
				if err != nil {
					return
				}
			}
		}(fx.tokens[w%len(fx.tokens)])
	}
	wg.Wait()
	return all, errs
}

func openDB(t *testing.T, dir string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, "data.db")+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// present tells which of the writes are rows of db.
func present(t *testing.T, db *sql.DB, writes []write) map[write]bool {
	t.Helper()
	out := map[write]bool{}
	for _, w := range writes {
		var n int
		if err := db.QueryRow("SELECT COUNT(*) FROM "+w.collection+" WHERE id = ?", w.id).Scan(&n); err != nil {
			t.Fatal(err)
		}
		out[w] = n == 1
	}
	return out
}

// checkMoney checks the money invariants of a data dir: every voucher's
// balance is its face value plus its ledger, never negative; each batch
// has issued exactly quantity - remaining; each order's deduction is what
// its ledger rows took.
func checkMoney(t *testing.T, db *sql.DB) {
	t.Helper()
	for _, c := range []struct{ what, query string }{
		{"vouchers whose balance is not face + sum(ledger) or is negative", `SELECT COUNT(*) FROM vouchers v WHERE v.balance_fen < 0 OR
			v.balance_fen != v.face_value_fen + COALESCE((SELECT SUM(delta_fen) FROM voucher_ledger l WHERE l.voucher = v.id), 0)`},
		{"batches whose remaining is not quantity - issued", `SELECT COUNT(*) FROM voucher_batches b WHERE
			b.remaining != b.quantity - (SELECT COUNT(*) FROM vouchers v WHERE v.batch = b.id)`},
		{"orders whose deduction is not what their ledger rows took", `SELECT COUNT(*) FROM orders o WHERE o.status != 'cancelled' AND
			o.deduction_fen != -COALESCE((SELECT SUM(delta_fen) FROM voucher_ledger l WHERE l."order" = o.id), 0)`},
	} {
		var n int
		if err := db.QueryRow(c.query).Scan(&n); err != nil {
			t.Fatalf("%s: %v", c.what, err)
		}
		if n != 0 {
			t.Errorf("%d %s", n, c.what)
		}
	}
}

func restoreCLI(t *testing.T, url, dir string) {
	t.Helper()
	if out := run(t, "restore", "--replica", url, "--dir", dir); !strings.Contains(out, "已从 "+url) {
		t.Fatalf("restore printed:\n%s", out)
	}
}

// replicaHasRow restores the replica into a scratch dir (in process) and
// tells whether it holds the row.
func replicaHasRow(t *testing.T, url string, w write) bool {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "probe")
	if _, err := replica.Restore(context.Background(), url, dir, time.Time{}); err != nil {
		return false
	}
	db := openDB(t, dir)
	defer db.Close()
	return present(t, db, []write{w})[w]
}
