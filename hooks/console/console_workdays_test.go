package console

import (
	"math"
	"path/filepath"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
)

// cst parses a China-time wall clock.
func cst(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.ParseInLocation("2006-01-02 15:04", s, platform.China)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

var workdayCases = []struct {
	name     string
	from, to string // China time; 2026-03-02 is a Monday
	want     float64
}{
	{"same morning", "2026-03-02 09:00", "2026-03-02 17:00", 8.0 / 24},
	{"one weekday", "2026-03-03 10:00", "2026-03-04 10:00", 1},
	{"friday noon to monday noon skips the weekend", "2026-03-06 12:00", "2026-03-09 12:00", 1},
	{"inside a weekend", "2026-03-07 10:00", "2026-03-08 20:00", 0},
	{"saturday to monday morning", "2026-03-07 10:00", "2026-03-09 06:00", 0.25},
	{"a whole week", "2026-03-02 00:00", "2026-03-09 00:00", 5},
	{"thursday to next wednesday", "2026-03-05 09:00", "2026-03-11 09:00", 4},
	{"wednesday to tuesday a week later", "2026-03-04 10:00", "2026-03-17 10:00", 9},
	{"friday late evening into saturday", "2026-03-06 23:30", "2026-03-07 01:00", 0.5 / 24},
	{"backwards is negative", "2026-03-09 12:00", "2026-03-06 12:00", -1},
	{"across new year", "2025-12-31 12:00", "2026-01-05 12:00", 3},
}

func TestWorkingDaysBetween(t *testing.T) {
	for _, c := range workdayCases {
		t.Run(c.name, func(t *testing.T) {
			got := WorkingDaysBetween(cst(t, c.from), cst(t, c.to))
			if math.Abs(got-c.want) > 1e-9 {
				t.Fatalf("WorkingDaysBetween(%s, %s) = %v, want %v", c.from, c.to, got, c.want)
			}
		})
	}
}

// TestWorkClockSQLMatchesGo runs the SQL form of the clock in SQLite on
// the stored (UTC) form of each instant: both must agree.
func TestWorkClockSQLMatchesGo(t *testing.T) {
	// The app's SQLite (PocketBase's driver and pragmas); the expressions
	// read no table, so no migrated schema is needed.
	db, err := core.DefaultDBConnect(filepath.Join(t.TempDir(), "data.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	expr := "(" + workClockSQL("{:b}") + " - " + workClockSQL("{:a}") + ")"
	for _, c := range workdayCases {
		a, b := cst(t, c.from), cst(t, c.to)
		var got float64
		err := db.NewQuery("SELECT " + expr).Bind(dbx.Params{
			"a": a.UTC().Format(dbTimeLayout), "b": b.UTC().Format(dbTimeLayout),
		}).Row(&got)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(got-c.want) > 1e-6 {
			t.Errorf("%s: SQL gives %v, want %v", c.name, got, c.want)
		}
	}
}

func TestNearestRank(t *testing.T) {
	cases := []struct {
		p    float64
		n    int
		want int
	}{
		{0.5, 0, 0}, {0.5, 1, 1}, {0.9, 1, 1}, {0.5, 2, 1}, {0.5, 4, 2}, {0.9, 4, 4},
		{0.5, 5, 3}, {0.9, 10, 9}, {0.9, 11, 10}, {0.5, 10, 5}, {1, 7, 7}, {0.9, 100, 90},
	}
	for _, c := range cases {
		if got := nearestRank(c.p, c.n); got != c.want {
			t.Errorf("nearestRank(%v, %d) = %d, want %d", c.p, c.n, got, c.want)
		}
	}
}
