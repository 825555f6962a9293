package migrations_test

import (
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"smedx/smedxtest"
)

// TestSettlementsMigration: the schema of issue 15 is there (protected
// files, the UNIQUE claim index, the activity's budget and deadline, no
// write rule but the provider's), and it reverts cleanly.
func TestSettlementsMigration(t *testing.T) {
	a := smedxtest.New(t)
	s, err := a.FindCollectionByNameOrId("settlements")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"invoice", "documents"} {
		if ff, ok := s.Fields.GetByName(f).(*core.FileField); !ok || !ff.Protected {
			t.Errorf("settlements.%s must be a protected file field", f)
		}
	}
	if s.CreateRule != nil {
		t.Errorf("settlements are created by the route only, create rule %q", *s.CreateRule)
	}
	if s.UpdateRule == nil || !strings.Contains(*s.UpdateRule, "tenant_admin = true") || !strings.Contains(*s.UpdateRule, `status = "rejected"`) {
		t.Errorf("update rule %v", s.UpdateRule)
	}
	claims, err := a.FindCollectionByNameOrId("settlement_orders")
	if err != nil {
		t.Fatal(err)
	}
	unique := false
	for _, idx := range claims.Indexes {
		unique = unique || strings.Contains(idx, "UNIQUE") && strings.Contains(idx, "`order`")
	}
	if !unique || claims.ListRule != nil || claims.ViewRule != nil {
		t.Errorf("settlement_orders: indexes %v, rules must be superuser only", claims.Indexes)
	}
	acts, _ := a.FindCollectionByNameOrId("voucher_activities")
	if acts.Fields.GetByName("budget_fen") == nil || acts.Fields.GetByName("settle_deadline") == nil {
		t.Fatal("voucher_activities lacks budget_fen or settle_deadline")
	}

	// Revert one step at a time down to the settlements migration, so every
	// later migration is shown to revert cleanly too.
	runner := core.NewMigrationsRunner(a, core.AppMigrations)
	var reverted []string
	for len(reverted) == 0 || !strings.Contains(reverted[len(reverted)-1], "settlements") {
		step, err := runner.Down(1)
		if err != nil || len(step) != 1 {
			t.Fatalf("down after %v: %v %v", reverted, step, err)
		}
		reverted = append(reverted, step[0])
	}
	if _, err := a.FindCollectionByNameOrId("settlements"); err == nil {
		t.Error("settlements survived the down migration")
	}
	acts, _ = a.FindCollectionByNameOrId("voucher_activities")
	if acts.Fields.GetByName("budget_fen") != nil {
		t.Error("budget_fen survived the down migration")
	}
	if _, err := core.NewMigrationsRunner(a, core.AppMigrations).Up(); err != nil {
		t.Fatalf("up again: %v", err)
	}
}
