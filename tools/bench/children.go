package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// The bench's child processes (this binary with a subcommand): they open
// a data dir with a plain PocketBase app, do one job and exit, before or
// after the servers run on it.

func subcommand(name string, args []string) error {
	fs := flag.NewFlagSet(name, flag.ExitOnError)
	dir := fs.String("dir", "", "data dir")
	products := fs.Int("products", 1000, "seed: listed products to top up to")
	enterprises := fs.Int("enterprises", 300, "seed: certified enterprises")
	levels := fs.String("levels", "10,100,300", "seed: client counts of the write scenarios")
	rounds := fs.Int("rounds", 3, "seed: measured rounds")
	requests := fs.Int("requests", 1000, "seed: requests per write phase")
	profileRequests := fs.Int("profile-requests", 0, "seed: requests of the profiling write phase (0: none)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dir == "" {
		return fmt.Errorf("-dir is required")
	}
	switch name {
	case "seed":
		lv, err := intList(*levels)
		if err != nil {
			return err
		}
		return seed(*dir, *products, seedPlan{Enterprises: *enterprises, Levels: lv, Rounds: *rounds, Requests: *requests, ProfileRequests: *profileRequests})
	case "stockrules":
		return plainRules(*dir)
	case "verify":
		return verify(*dir)
	}
	return fmt.Errorf("unknown subcommand %s", name)
}

func openDir(dir string) (*core.BaseApp, error) {
	app := core.NewBaseApp(core.BaseAppConfig{DataDir: dir})
	return app, app.Bootstrap()
}

// plainRules gives the stock copy the read rules a stock PocketBase
// catalog would have: public when listed. smedx's rules add tenant, staff
// and assigned-expert clauses whose joins are part of what smedx costs.
func plainRules(dir string) error {
	app, err := openDir(dir)
	if err != nil {
		return err
	}
	defer app.ResetBootstrapState()
	for name, rule := range map[string]string{
		"products":      `status = "listed"`,
		"product_specs": `product.status = "listed"`,
		"product_cases": `product.status = "listed"`,
	} {
		c, err := app.FindCollectionByNameOrId(name)
		if err != nil {
			return err
		}
		c.ListRule, c.ViewRule = types.Pointer(rule), types.Pointer(rule)
		if err := app.Save(c); err != nil {
			return err
		}
	}
	_, err = app.DB().NewQuery("PRAGMA wal_checkpoint(TRUNCATE)").Execute()
	return err
}

// verify checks smedx's data after the write scenarios: no batch issued
// more than its quantity or more than the limit to one enterprise, every
// issued voucher is counted off its batch, and every balance equals face
// value plus its ledger. It prints one line and fails on a violation.
func verify(dir string) error {
	app, err := openDir(dir)
	if err != nil {
		return err
	}
	defer app.ResetBootstrapState()
	db := app.DB()
	count := func(q string) int {
		var n int
		if err := db.NewQuery(q).Row(&n); err != nil {
			return -1
		}
		return n
	}
	checks := []struct{ name, q string }{
		{"batches issuing more than their quantity or miscounting remaining", `SELECT COUNT(*) FROM voucher_batches b
			WHERE (SELECT COUNT(*) FROM vouchers v WHERE v.batch = b.id) > b.quantity
			   OR (b.remaining > 0 AND (SELECT COUNT(*) FROM vouchers v WHERE v.batch = b.id) != b.quantity - b.remaining)`},
		{"enterprises over a batch's limit", `SELECT COUNT(*) FROM (SELECT v.batch, v.enterprise, COUNT(*) n FROM vouchers v
			GROUP BY v.batch, v.enterprise) x JOIN voucher_batches b ON b.id = x.batch WHERE x.n > b.per_enterprise_limit`},
		{"vouchers whose balance is not face + ledger", `SELECT COUNT(*) FROM vouchers v WHERE v.balance_fen < 0 OR
			v.balance_fen - v.face_value_fen != COALESCE((SELECT SUM(delta_fen) FROM voucher_ledger l WHERE l.voucher = v.id), 0)`},
		{"orders whose deduction is not their ledger", `SELECT COUNT(*) FROM orders o WHERE o.deduction_fen !=
			-COALESCE((SELECT SUM(delta_fen) FROM voucher_ledger l WHERE l.[order] = o.id), 0)`},
	}
	var bad []string
	for _, c := range checks {
		if n := count(c.q); n != 0 {
			bad = append(bad, fmt.Sprintf("%d %s", n, c.name))
		}
	}
	var claimed, orders int
	_ = db.Select("COUNT(*)").From("vouchers").Where(dbx.NewExp("name LIKE '基准测试券%'")).Row(&claimed)
	_ = db.Select("COUNT(*)").From("orders").Row(&orders)
	fmt.Printf("%d vouchers claimed, %d orders; ", claimed, orders)
	if len(bad) > 0 {
		fmt.Println("VIOLATIONS: " + strings.Join(bad, "; "))
		return fmt.Errorf("integrity violated")
	}
	fmt.Println("no oversell, no limit exceeded, every balance = face + ledger, every deduction = its ledger")
	return nil
}
