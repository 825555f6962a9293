package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase"

	"smedx/demo"
	"smedx/hooks"
	"smedx/smedxtest"
)

// TestReconcileCommand runs `smedx reconcile` (this test binary re-executed
// as the command, so the exit status is real) on a copy of the demo data —
// it passes — and on a copy where one voucher's balance was changed behind
// the ledger's back — it exits 1 naming that voucher. A second corruption
// (a settlement's amount) is named when it is the first broken record.
func TestReconcileCommand(t *testing.T) {
	a := smedxtest.New(t)
	if _, err := demo.Load(a); err != nil {
		t.Fatal(err)
	}
	snapshot := func(name string) string {
		dir := filepath.Join(t.TempDir(), name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if _, err := a.DB().NewQuery("VACUUM INTO {:p}").Bind(map[string]any{"p": filepath.Join(dir, "data.db")}).Execute(); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	run := func(sql string, params map[string]any) {
		if _, err := a.DB().NewQuery(sql).Bind(params).Execute(); err != nil {
			t.Fatal(err)
		}
	}
	good := snapshot("good")

	var settlementID string
	if err := a.DB().NewQuery("SELECT id FROM settlements WHERE status = 'paid'").Row(&settlementID); err != nil {
		t.Fatal(err)
	}
	run("UPDATE settlements SET amount_fen = amount_fen + 1 WHERE id = {:id}", map[string]any{"id": settlementID})
	badSettlement := snapshot("bad-settlement")

	var voucherID string
	if err := a.DB().NewQuery("SELECT id FROM vouchers WHERE status = 'active' ORDER BY id LIMIT 1").Row(&voucherID); err != nil {
		t.Fatal(err)
	}
	run("UPDATE vouchers SET balance_fen = balance_fen - 100 WHERE id = {:id}", map[string]any{"id": voucherID})
	badVoucher := snapshot("bad-voucher")

	out, code := runReconcileChild(t, good)
	if code != 0 || !strings.Contains(out, "对账通过") || !strings.Contains(out, "2026年度中小企业数字化转型创新服务券") {
		t.Fatalf("demo copy: exit %d\n%s", code, out)
	}
	t.Logf("demo copy:\n%s", out)
	out, code = runReconcileChild(t, badSettlement)
	if code != 1 || !strings.Contains(out, "对账不通过：settlements "+settlementID) {
		t.Fatalf("settlement corrupted: exit %d\n%s", code, out)
	}
	out, code = runReconcileChild(t, badVoucher)
	if code != 1 || !strings.Contains(out, "对账不通过：vouchers "+voucherID) || !strings.Contains(out, "共 2 处问题") {
		t.Fatalf("voucher corrupted: exit %d\n%s", code, out)
	}
	t.Logf("failing run names: %s", lastLine(out))
}

// runReconcileChild runs this test binary as `smedx reconcile --dir dir`
// and returns its combined output and exit status.
func runReconcileChild(t *testing.T, dir string) (string, int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestReconcileChild$")
	cmd.Env = append(os.Environ(), "SMEDX_RECONCILE_DIR="+dir)
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return buf.String(), code
}

// TestReconcileChild is the command's process in TestReconcileCommand; it
// does nothing in a normal test run.
func TestReconcileChild(t *testing.T) {
	dir := os.Getenv("SMEDX_RECONCILE_DIR")
	if dir == "" {
		t.Skip("run by TestReconcileCommand")
	}
	app := pocketbase.NewWithConfig(pocketbase.Config{DefaultDataDir: dir})
	hooks.Register(app)
	app.RootCmd.AddCommand(reconcileCommand(app))
	app.RootCmd.SetArgs([]string{"reconcile"})
	if err := app.Execute(); err != nil {
		t.Fatal(err)
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.Contains(lines[i], "对账不通过") {
			return lines[i]
		}
	}
	return lines[len(lines)-1]
}
