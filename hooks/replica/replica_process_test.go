package replica_test

// The recovery drill with real processes: the smedx binary serves a demo
// data dir with `--replica file://…`, enterprises claim vouchers and
// check out with them over HTTP, the server is killed with SIGKILL, the
// `restore` command rebuilds a fresh data dir from the replica, and the
// restored server must hold every acknowledged write with the money
// invariants intact. A second round kills the server in the middle of the
// load, without waiting for the replica, and measures the recovery point:
// how old the newest acknowledged write that the replica lacks is.

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"smedx/demo"
	"smedx/hooks/replica"
)

// maxLossWindow bounds the recovery point after kill -9 under load: the
// WAL is read and shipped every second (SMEDX_REPLICA_SYNC_INTERVAL), so
// about 2 s is expected; the rest is slack for a busy CI machine.
const maxLossWindow = 4 * time.Second

var (
	demoOnce sync.Once
	demoPath string

	buildOnce sync.Once
	binPath   string
	buildErr  error
	binDir    string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// smedxBinary builds the module's main package once per test run.
func smedxBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		out, err := exec.Command("go", "env", "GOMOD").Output()
		if err != nil {
			buildErr = err
			return
		}
		root := filepath.Dir(strings.TrimSpace(string(out)))
		if binDir, buildErr = os.MkdirTemp("", "smedx-bin-"); buildErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "smedx")
		cmd := exec.Command("go", "build", "-o", binPath, ".")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// demoDir is a data dir with the demo data and a superuser, loaded once
// per test run; tests work on copies.
func demoDir(t *testing.T) string {
	t.Helper()
	demoOnce.Do(func() {
		bin := smedxBinary(t)
		dir := filepath.Join(binDir, "demo")
		for _, args := range [][]string{{"demo", "--dir", dir}, {"superuser", "upsert", rootEmail, rootPassword, "--dir", dir}} {
			cmd := exec.Command(bin, args...)
			cmd.Env = cleanEnv()
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("smedx %s: %v\n%s", strings.Join(args, " "), err, out)
			}
		}
		demoPath = dir
	})
	if demoPath == "" {
		t.Fatal("the demo data dir could not be made")
	}
	return demoPath
}

// copyDir copies a stopped data dir (its files, not its sub-folders'
// uploads) to dst.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// cleanEnv is the test's environment without replica settings, with the
// sign-in rate limits off (three logins from one address).
func cleanEnv(extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "SMEDX_") {
			env = append(env, kv)
		}
	}
	return append(append(env, "SMEDX_RATE_LIMITS=off"), extra...)
}

func run(t *testing.T, args ...string) string {
	t.Helper()
	return runWithInput(t, "", args...)
}

func runWithInput(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	cmd := exec.Command(smedxBinary(t), args...)
	cmd.Env = cleanEnv()
	cmd.Stdin = strings.NewReader(stdin)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("smedx %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

type server struct {
	cmd    *exec.Cmd
	base   string
	out    *syncBuffer
	exited chan struct{}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func startServer(t *testing.T, dir string, extra ...string) *server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	s := &server{base: "http://" + addr, out: &syncBuffer{}}
	s.cmd = exec.Command(smedxBinary(t), append([]string{"serve", "--http", addr, "--dir", dir}, extra...)...)
	s.cmd.Env = cleanEnv()
	s.cmd.Stdout, s.cmd.Stderr = s.out, s.out
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	s.exited = exited
	go func() { _ = s.cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		_ = s.cmd.Process.Kill()
		<-exited
	})
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			t.Fatalf("serve exited:\n%s", s.out)
		default:
		}
		if res, err := http.Get(s.base + "/api/health"); err == nil {
			res.Body.Close()
			if res.StatusCode == 200 {
				return s
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("serve did not answer within 30 s:\n%s", s.out)
	return nil
}

// kill9 kills the server with SIGKILL: no shutdown hook runs.
func (s *server) kill9(t *testing.T) time.Time {
	at := time.Now()
	if err := s.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-s.exited
	return at
}

// stop sends SIGTERM (what systemd does) and waits for the exit.
func (s *server) stop(t *testing.T) {
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-s.exited:
	case <-time.After(40 * time.Second):
		t.Fatalf("serve did not stop within 40 s after SIGTERM:\n%s", s.out)
	}
}

var httpClient = &http.Client{Timeout: 30 * time.Second}

// call sends a JSON request and decodes a JSON answer into out.
func call(method, url, token string, body, out any) (int, error) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return 0, err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", token)
	}
	res, err := httpClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return res.StatusCode, err
	}
	if res.StatusCode != 200 {
		return res.StatusCode, fmt.Errorf("%s %s: %d %s", method, url, res.StatusCode, raw)
	}
	if out != nil {
		return 200, json.Unmarshal(raw, out)
	}
	return 200, nil
}

func mustCall(t *testing.T, method, url, token string, body, out any) {
	t.Helper()
	if _, err := call(method, url, token, body, out); err != nil {
		t.Fatal(err)
	}
}

func login(t *testing.T, base, collection, identity, password string) string {
	t.Helper()
	var res struct{ Token string }
	mustCall(t, "POST", base+"/api/collections/"+collection+"/auth-with-password", "",
		map[string]string{"identity": identity, "password": password}, &res)
	return res.Token
}

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

func TestKill9RestoreKeepsAcknowledgedWrites(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs servers")
	}
	tmp := t.TempDir()
	dir1, dir2, dir3, dir4 := filepath.Join(tmp, "d1"), filepath.Join(tmp, "d2"), filepath.Join(tmp, "d3"), filepath.Join(tmp, "d4")
	rep1, rep2, rep3 := "file://"+filepath.Join(tmp, "r1"), "file://"+filepath.Join(tmp, "r2"), "file://"+filepath.Join(tmp, "r3")
	start := time.Now()
	smedxBinary(t)
	t.Logf("binary built in %.1fs", time.Since(start).Seconds())

	copyDir(t, demoDir(t), dir1)

	// Round 1: load, let the replica catch up, kill -9.
	s1 := startServer(t, dir1, "--replica", rep1)
	fx := newFixture(t, s1.base)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	acked, errs := load(ctx, s1.base, fx, 4)
	cancel()
	if len(errs) > 0 {
		t.Fatalf("%d requests failed under load, first: %v", len(errs), errs[0].err)
	}
	// The replication lag: a write acknowledged now is found in the
	// replica after lag (bounded poll; the replica is a serial log, so
	// the last write found means every earlier one is there too).
	var lags []time.Duration
	for i := 0; i < 3; i++ {
		w, err := claimAndCheckout(s1.base, fx.tokens[0], fx)
		if err != nil {
			t.Fatal(err)
		}
		acked = append(acked, w...)
		v := w[0]
		for !replicaHasRow(t, rep1, v) {
			if time.Since(v.at) > 20*time.Second {
				t.Fatalf("voucher %s not in the replica 20 s after it was acknowledged", v.id)
			}
			time.Sleep(25 * time.Millisecond)
		}
		lags = append(lags, time.Since(v.at))
	}
	// the order of the last checkout came after the voucher: wait for it too
	last := acked[len(acked)-1]
	for !replicaHasRow(t, rep1, last) {
		if time.Since(last.at) > 20*time.Second {
			t.Fatalf("%s %s not in the replica 20 s after it was acknowledged", last.collection, last.id)
		}
		time.Sleep(25 * time.Millisecond)
	}
	s1.kill9(t)

	restoreCLI(t, rep1, dir2)
	db2 := openDB(t, dir2)
	for w, ok := range present(t, db2, acked) {
		if !ok {
			t.Errorf("acknowledged %s %s missing after restore", w.collection, w.id)
		}
	}
	checkMoney(t, db2)
	db2.Close()

	// The restored dir serves, and the API shows the same vouchers.
	s2 := startServer(t, dir2, "--replica", rep2)
	root := login(t, s2.base, "_superusers", rootEmail, rootPassword)
	var list struct{ TotalItems int }
	mustCall(t, "GET", s2.base+"/api/collections/vouchers/records?perPage=1&filter="+urlEscape(`batch="`+fx.batch+`"`), root, nil, &list)
	vouchers := 0
	for _, w := range acked {
		if w.collection == "vouchers" {
			vouchers++
		}
	}
	if list.TotalItems != vouchers {
		t.Errorf("restored server lists %d vouchers of the batch, %d were acknowledged", list.TotalItems, vouchers)
	}
	sort.Slice(lags, func(i, j int) bool { return lags[i] < lags[j] })
	t.Logf("round 1: %d acknowledged rows (%d vouchers) in 3 s of load; all present after kill -9 and restore; replication lag of a single write: %v",
		len(acked), vouchers, lags)

	// Round 2: kill -9 in the middle of the load, no waiting.
	ctx, cancel = context.WithCancel(context.Background())
	var acked2 []write
	var errs2 []failure
	done := make(chan struct{})
	go func() {
		acked2, errs2 = load(ctx, s2.base, fx, 4)
		close(done)
	}()
	time.Sleep(6 * time.Second)
	select {
	case <-done:
		t.Fatalf("the load stopped before the kill: %v", errs2)
	default:
	}
	killedAt := s2.kill9(t)
	cancel()
	<-done
	for _, f := range errs2 {
		if f.at.Before(killedAt) {
			t.Errorf("request failed before the kill: %v", f.err)
		}
	}
	var lastAck time.Time
	for _, w := range acked2 {
		if w.at.After(lastAck) {
			lastAck = w.at
		}
	}

	restoreCLI(t, rep2, dir3)
	db3 := openDB(t, dir3)
	checkMoney(t, db3)
	var lost []time.Duration
	for w, ok := range present(t, db3, acked2) {
		if !ok {
			lost = append(lost, killedAt.Sub(w.at))
		}
	}
	sort.Slice(lost, func(i, j int) bool { return lost[i] > lost[j] })
	window := time.Duration(0)
	if len(lost) > 0 {
		window = lost[0]
	}
	t.Logf("round 2: kill -9 under load after 6 s (last acknowledgement %v before it): %d acknowledged rows, %d not in the replica, the oldest of them acknowledged %v before the kill (recovery point)",
		killedAt.Sub(lastAck).Round(time.Millisecond), len(acked2), len(lost), window.Round(time.Millisecond))
	if len(acked2) == 0 {
		t.Fatal("round 2 acknowledged nothing")
	}
	if window > maxLossWindow {
		t.Errorf("a write acknowledged %v before kill -9 is missing from the replica (bound %v)", window, maxLossWindow)
	}
	db3.Close()

	// Round 3: a clean stop (SIGTERM) ships the last writes before exit.
	s3 := startServer(t, dir3, "--replica", rep3)
	fx3 := fx
	fx3.tokens = []string{login(t, s3.base, "users", "demo_enterprise", demo.Password)}
	w, err := claimAndCheckout(s3.base, fx3.tokens[0], fx3)
	if err != nil {
		t.Fatal(err)
	}
	s3.stop(t)
	restoreCLI(t, rep3, dir4)
	db4 := openDB(t, dir4)
	for w, ok := range present(t, db4, w) {
		if !ok {
			t.Errorf("%s %s written just before SIGTERM is not in the replica", w.collection, w.id)
		}
	}
	checkMoney(t, db4)
	t.Logf("total %.1fs", time.Since(start).Seconds())
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

// PocketBase's migrate command on a copy of the demo: the last Go
// migration goes down and up again, history-sync keeps the history.
func TestMigrateUpDownOnDemoCopy(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := filepath.Join(t.TempDir(), "pb_data")
	copyDir(t, demoDir(t), dir)
	applied := func() []string {
		db := openDB(t, dir)
		defer db.Close()
		rows, err := db.Query("SELECT file FROM _migrations ORDER BY applied DESC, file DESC")
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var files []string
		for rows.Next() {
			var f string
			if err := rows.Scan(&f); err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
		return files
	}
	before := applied()
	last := before[0]

	if out := run(t, "migrate", "up", "--dir", dir); !strings.Contains(out, "No new migrations") {
		t.Errorf("migrate up on the demo:\n%s", out)
	}
	if out := runWithInput(t, "y\n", "migrate", "down", "1", "--dir", dir); !strings.Contains(out, "Reverted "+last) {
		t.Fatalf("migrate down 1:\n%s", out)
	}
	if after := applied(); len(after) != len(before)-1 || after[0] == last {
		t.Fatalf("after down 1 the history has %d entries, latest %s", len(after), after[0])
	}
	if out := run(t, "migrate", "up", "--dir", dir); !strings.Contains(out, "Applied "+last) {
		t.Fatalf("migrate up after down:\n%s", out)
	}
	if out := run(t, "migrate", "history-sync", "--dir", dir); !strings.Contains(out, "synced") {
		t.Errorf("migrate history-sync:\n%s", out)
	}
	if after := applied(); len(after) != len(before) {
		t.Errorf("history has %d entries after up and history-sync, %d before", len(after), len(before))
	}
	// the migrated copy still serves its data
	s := startServer(t, dir)
	var list struct{ TotalItems int }
	mustCall(t, "GET", s.base+"/api/collections/users/records?perPage=1", login(t, s.base, "_superusers", rootEmail, rootPassword), nil, &list)
	if list.TotalItems == 0 {
		t.Error("no users after down and up")
	}
}
