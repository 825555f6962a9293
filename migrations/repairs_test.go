package migrations_test

import (
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/smedxtest"
)

// TestExpertsRegionTextRepair: rows that stored the bare codes get the
// labels; a row with an unknown code keeps its text.
func TestExpertsRegionTextRepair(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	broken := map[string][2]string{ // user -> region JSON, stored text
		f.ExpertA.Id: {`["370000","370800","370811"]`, "370000370800370811"},
		f.ExpertB.Id: {`["370000","999999"]`, "山东省某地"},
	}
	for user, v := range broken {
		if _, err := a.DB().Update("experts", dbx.Params{"region": v[0], "region_text": v[1]}, dbx.HashExp{"user": user}).Execute(); err != nil {
			t.Fatal(err)
		}
	}
	var up func(core.App) error
	for _, m := range core.AppMigrations.Items() {
		if m.File == "1764015020_experts_region_text.go" {
			up = m.Up
		}
	}
	if up == nil {
		t.Fatal("repair migration not registered")
	}
	if err := up(a); err != nil {
		t.Fatal(err)
	}
	text := func(user string) string {
		var s string
		_ = a.DB().NewQuery("SELECT region_text FROM experts WHERE user = {:u}").Bind(dbx.Params{"u": user}).Row(&s)
		return s
	}
	if got := text(f.ExpertA.Id); got != "山东省/济宁市/任城区" {
		t.Errorf("repaired text %q", got)
	}
	if got := text(f.ExpertB.Id); got != "山东省某地" {
		t.Errorf("unknown code: text changed to %q", got)
	}
}

// TestProfileYearsMigration: answers given under the fixed labels keep the
// year those labels named; the down step drops the years again.
func TestProfileYearsMigration(t *testing.T) {
	a := smedxtest.New(t)
	ent := a.NewTenant("enterprise", "济南旧档案机械有限公司", "draft").Enterprise
	legacy := `{"revenue_2022": 1000, "revenue_2021": 800, "gross_margin": 12.5, "rd_expense_2021": "", "staff_total": 20, "tax_2022_year": 2023}`
	if _, err := a.DB().Update("enterprises", dbx.Params{"profile": legacy}, dbx.HashExp{"id": ent.Id}).Execute(); err != nil {
		t.Fatal(err)
	}
	var mig *core.Migration
	for _, m := range core.AppMigrations.Items() {
		if m.File == "1764015030_profile_years.go" {
			mig = m
		}
	}
	if mig == nil {
		t.Fatal("profile years migration not registered")
	}
	if err := mig.Up(a); err != nil {
		t.Fatal(err)
	}
	p := map[string]any{}
	_ = a.Reload(ent).UnmarshalJSONField("profile", &p)
	want := map[string]any{"revenue_2022_year": 2022.0, "revenue_2021_year": 2021.0, "gross_margin_year": 2022.0, "tax_2022_year": 2023.0}
	for k, v := range want {
		if p[k] != v {
			t.Errorf("%s = %v, want %v (%v)", k, p[k], v, p)
		}
	}
	if p["rd_expense_2021_year"] != nil || p["staff_total_year"] != nil {
		t.Errorf("years stamped on an empty or plain field: %v", p)
	}
	if err := mig.Down(a); err != nil {
		t.Fatal(err)
	}
	p = map[string]any{}
	_ = a.Reload(ent).UnmarshalJSONField("profile", &p)
	if p["revenue_2022_year"] != nil || p["revenue_2022"] != 1000.0 {
		t.Errorf("after down: %v", p)
	}
}
