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
	"context"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"smedx/demo"
)

// maxLossWindow bounds the recovery point after kill -9 under load: the
// WAL is read and shipped every second (SMEDX_REPLICA_SYNC_INTERVAL), so
// about 2 s is expected; the rest is slack for a busy CI machine.
const maxLossWindow = 4 * time.Second

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
	// The status routes: superusers only; after a forced sync both
	// databases are in sync.
	if code, _ := call("GET", s1.base+"/api/smedx/replica", "", nil, nil); code != 401 {
		t.Errorf("replica status without a token: %d, want 401", code)
	}
	if code, _ := call("GET", s1.base+"/api/smedx/replica", fx.tokens[0], nil, nil); code != 403 {
		t.Errorf("replica status for an enterprise user: %d, want 403", code)
	}
	var status struct {
		URL       string
		Databases []struct {
			Name   string
			InSync bool `json:"in_sync"`
			Error  string
		}
	}
	root := login(t, s1.base, "_superusers", rootEmail, rootPassword)
	mustCall(t, "POST", s1.base+"/api/smedx/replica/sync", root, nil, &status)
	if status.URL != rep1 || len(status.Databases) != 2 {
		t.Errorf("replica status: %+v", status)
	}
	for _, d := range status.Databases {
		if !d.InSync || d.Error != "" {
			t.Errorf("after sync: %+v", d)
		}
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
	root = login(t, s2.base, "_superusers", rootEmail, rootPassword)
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
