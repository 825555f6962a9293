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
