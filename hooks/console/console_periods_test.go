package console

import (
	"errors"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

func TestParseWindow(t *testing.T) {
	now := cst(t, "2026-03-04 10:00") // a Wednesday
	cases := []struct {
		name             string
		query            string
		wantFrom, wantTo string // Describe()'s dates
		first, last      string
		n                int
		wantErrField     string
	}{
		{name: "default: the last 12 months", query: "", wantFrom: "2025-04-01", wantTo: "2026-03-31", first: "2025-04", last: "2026-03", n: 12},
		{name: "default weeks end with this week", query: "granularity=week", wantFrom: "2025-12-15", wantTo: "2026-03-08", first: "2025-12-15", last: "2026-03-02", n: 12},
		{name: "dates snap to whole months", query: "from=2026-01-15&to=2026-02-03", wantFrom: "2026-01-01", wantTo: "2026-02-28", first: "2026-01", last: "2026-02", n: 2},
		{name: "weeks start on monday", query: "granularity=week&from=2026-03-08&to=2026-03-09", wantFrom: "2026-03-02", wantTo: "2026-03-15", first: "2026-03-02", last: "2026-03-09", n: 2},
		{name: "one day", query: "granularity=week&from=2026-03-04&to=2026-03-04", wantFrom: "2026-03-02", wantTo: "2026-03-08", n: 1, first: "2026-03-02", last: "2026-03-02"},
		{name: "bad granularity", query: "granularity=day", wantErrField: "granularity"},
		{name: "bad date", query: "from=2026/01/01", wantErrField: "from"},
		{name: "bad end date", query: "to=tomorrow", wantErrField: "to"},
		{name: "from after to", query: "from=2026-03-01&to=2026-01-01", wantErrField: "from"},
		{name: "too long", query: "granularity=week&from=2020-01-01&to=2026-01-01", wantErrField: "from"},
		{name: "ten years of months is fine", query: "from=2016-04-01&to=2026-03-01", n: 120, wantFrom: "2016-04-01", wantTo: "2026-03-31", first: "2016-04", last: "2026-03"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q, _ := url.ParseQuery(c.query)
			w, err := parseWindow(q, now)
			if c.wantErrField != "" {
				if err == nil || !strings.Contains(errorData(err), c.wantErrField) {
					t.Fatalf("want an error on %s, got %v", c.wantErrField, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			d := w.Describe()
			keys := w.Keys()
			if d["from"] != c.wantFrom || d["to"] != c.wantTo || len(keys) != c.n || keys[0] != c.first || keys[len(keys)-1] != c.last {
				t.Fatalf("window %v .. %v, %d periods %v .. %v; want %s .. %s, %d periods %s .. %s",
					d["from"], d["to"], len(keys), keys[0], keys[len(keys)-1], c.wantFrom, c.wantTo, c.n, c.first, c.last)
			}
		})
	}
}

// errorData is the field names of an ApiError's data.
func errorData(err error) string {
	var apiErr *router.ApiError
	if !errors.As(err, &apiErr) {
		return err.Error()
	}
	var names []string
	for k := range apiErr.Data {
		names = append(names, k)
	}
	return strings.Join(names, ",")
}

// TestPeriodSQLMatchesGo: the database puts an instant in the period Go
// names, at the China-time edges of weeks and months.
func TestPeriodSQLMatchesGo(t *testing.T) {
	// The app's SQLite (PocketBase's driver and pragmas); the expressions
	// read no table, so no migrated schema is needed.
	db, err := core.DefaultDBConnect(filepath.Join(t.TempDir(), "data.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range []string{
		"2026-03-01 00:30", // Sunday just after midnight China time (still Saturday in UTC)
		"2026-03-02 00:10", // Monday just after midnight China time (Sunday in UTC)
		"2026-03-08 23:59", // Sunday night
		"2026-01-01 07:00", // New Year's morning (31 Dec in UTC)
		"2026-02-28 23:00",
	} {
		at := cst(t, s)
		for _, gran := range []string{GranMonth, GranWeek} {
			var got string
			if err := db.NewQuery("SELECT " + periodSQL(gran, "{:t}")).Bind(dbx.Params{"t": at.UTC().Format(dbTimeLayout)}).Row(&got); err != nil {
				t.Fatal(err)
			}
			if want := periodKey(gran, periodStart(gran, at)); got != want {
				t.Errorf("%s by %s: SQL %q, Go %q", s, gran, got, want)
			}
		}
	}
}
