package console_test

import (
	"math"
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

// get fetches path as user, checks the status and decodes into v.
func (s *statsFixture) get(t *testing.T, path string, user *core.Record, status int, v any) {
	t.Helper()
	res := s.a.Do("GET", path, user, nil).Status(t, status)
	if v != nil {
		res.Decode(t, v)
	}
}

// TestStats runs every panel's checks on one fixture (building it takes
// seconds: a dozen bcrypt hashes); the budget column is added last.
func TestStats(t *testing.T) {
	s := newStatsFixture(t)
	t.Run("roles", func(t *testing.T) { statsRoles(t, s) })
	t.Run("registrations", func(t *testing.T) { statsRegistrations(t, s) })
	t.Run("reviews", func(t *testing.T) { statsReviews(t, s) })
	t.Run("listings", func(t *testing.T) { statsListings(t, s) })
	t.Run("orders", func(t *testing.T) { statsOrders(t, s) })
	t.Run("overview", func(t *testing.T) { statsOverview(t, s) })
	t.Run("vouchers", func(t *testing.T) { statsVouchers(t, s) })
}

func statsRoles(t *testing.T, s *statsFixture) {
	f := s.f
	for _, panel := range []string{"overview", "registrations", "reviews", "listings", "vouchers", "orders"} {
		path := "/api/smedx/stats/" + panel
		s.get(t, path, f.Operator, 200, nil)
		s.get(t, path, f.Department, 200, nil)
		for _, u := range []*core.Record{f.ProviderA.Admin, f.EnterpriseA.Admin, f.EnterpriseA.Staff, f.ExpertA} {
			if res := s.a.Do("GET", path, u, nil); res.Code != 403 {
				t.Fatalf("%s as %s: %d %s", panel, u.GetString("username"), res.Code, res.Body)
			}
		}
		if res := s.a.Do("GET", path, nil, nil); res.Code != 401 {
			t.Fatalf("%s anonymous: %d", panel, res.Code)
		}
	}
	s.get(t, "/api/smedx/stats/nope", f.Operator, 404, nil)
	for _, bad := range []string{"granularity=day", "from=2025-13-01", "from=2025-03-01&to=2025-01-01", "kind=superuser"} {
		if res := s.a.Do("GET", "/api/smedx/stats/registrations?"+bad, f.Operator, nil); res.Code != 400 {
			t.Fatalf("registrations?%s: %d %s", bad, res.Code, res.Body)
		}
	}
	if res := s.a.Do("GET", "/api/smedx/stats/orders?top=0", f.Operator, nil); res.Code != 400 {
		t.Fatalf("orders?top=0: %d", res.Code)
	}
}

type bucket struct {
	Code       string `json:"code"`
	Label      string `json:"label"`
	Registered int    `json:"registered"`
	Certified  int    `json:"certified"`
}

func byCode(list []bucket) map[string]bucket {
	m := map[string]bucket{}
	for _, b := range list {
		m[b.Code] = b
	}
	return m
}

func statsRegistrations(t *testing.T, s *statsFixture) {
	var out struct {
		Window     struct{ Periods []string } `json:"window"`
		Series     []map[string]any           `json:"series"`
		ByCity     []bucket                   `json:"by_city"`
		ByIndustry []bucket                   `json:"by_industry"`
		Totals     map[string]int             `json:"totals"`
	}
	s.get(t, "/api/smedx/stats/registrations?"+window, s.f.Department, 200, &out)
	want := []map[string]float64{
		{"enterprise_registered": 2, "enterprise_certified": 1, "provider_registered": 0, "provider_certified": 0},
		// EnterprisePending registered at 01:00 on 1 Feb China time (31 Jan UTC).
		{"enterprise_registered": 1, "enterprise_certified": 1, "provider_registered": 0, "provider_certified": 0},
		{"enterprise_registered": 0, "enterprise_certified": 0, "provider_registered": 1, "provider_certified": 1},
	}
	if len(out.Series) != 3 || out.Series[0]["period"] != "2025-01" || out.Series[2]["period"] != "2025-03" {
		t.Fatalf("series periods: %v", out.Series)
	}
	for i, w := range want {
		for k, v := range w {
			if out.Series[i][k].(float64) != v {
				t.Errorf("%s %s = %v, want %v", out.Series[i]["period"], k, out.Series[i][k], v)
			}
		}
	}
	city := byCode(out.ByCity)
	for code, w := range map[string]bucket{
		"370100": {Label: "济南市", Registered: 1, Certified: 1},
		"370200": {Label: "青岛市", Registered: 1, Certified: 1},
		"370300": {Label: "淄博市", Registered: 1, Certified: 0},
		"":       {Label: "未填写", Registered: 1, Certified: 1},
	} {
		if g := city[code]; g.Label != w.Label || g.Registered != w.Registered || g.Certified != w.Certified {
			t.Errorf("by_city %q = %+v, want %+v", code, g, w)
		}
	}
	if len(out.ByCity) != 4 {
		t.Errorf("by_city has %d buckets: %+v", len(out.ByCity), out.ByCity)
	}
	ind := byCode(out.ByIndustry)
	if g := ind["C"]; g.Label != "制造业" || g.Registered != 2 || g.Certified != 1 {
		t.Errorf("industry C: %+v", g)
	}
	if g := ind["F"]; g.Registered != 1 || g.Certified != 1 {
		t.Errorf("industry F: %+v", g)
	}
	if g := ind["I"]; g.Registered != 1 {
		t.Errorf("industry I: %+v", g)
	}
	if out.Totals["registered"] != 4 || out.Totals["certified"] != 3 {
		t.Errorf("totals %v", out.Totals)
	}

	// Only enterprises; by week: the week of Monday 2025-01-20 holds
	// EnterpriseB's registration and certification.
	var weeks struct {
		Series []map[string]any `json:"series"`
		ByCity []bucket         `json:"by_city"`
	}
	s.get(t, "/api/smedx/stats/registrations?kind=enterprise&granularity=week&"+window, s.f.Operator, 200, &weeks)
	found := false
	for _, row := range weeks.Series {
		if row["period"] == "2025-01-20" {
			found = row["enterprise_registered"].(float64) == 1 && row["enterprise_certified"].(float64) == 1
		}
		if row["provider_registered"].(float64) != 0 {
			t.Errorf("kind=enterprise counted a provider in %v", row["period"])
		}
	}
	if !found || len(weeks.Series) != 14 {
		t.Errorf("weekly series (%d weeks) lacks the week of 2025-01-20: %v", len(weeks.Series), weeks.Series)
	}
	if _, ok := byCode(weeks.ByCity)[""]; ok {
		t.Errorf("kind=enterprise still has the provider's 未填写 bucket: %+v", weeks.ByCity)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 0.051 }

func statsReviews(t *testing.T, s *statsFixture) {
	type stage struct {
		Stage          string   `json:"stage"`
		Label          string   `json:"label"`
		Decided        int      `json:"decided"`
		AvgDays        float64  `json:"avg_days"`
		MedianDays     *float64 `json:"median_days"`
		P90Days        *float64 `json:"p90_days"`
		OverdueDecided int      `json:"overdue_decided"`
		Pending        int      `json:"pending"`
		OverduePending int      `json:"overdue_pending"`
	}
	var out struct {
		Series []map[string]float64 `json:"-"`
		Raw    []map[string]any     `json:"series"`
		Stages []stage              `json:"stages"`
	}
	s.get(t, "/api/smedx/stats/reviews?"+window, s.f.Operator, 200, &out)
	wantSeries := []map[string]float64{
		{"submitted": 2, "approved": 1, "rejected": 0},
		{"submitted": 1, "approved": 1, "rejected": 1},
		{"submitted": 4, "approved": 1, "rejected": 0},
	}
	for i, w := range wantSeries {
		for k, v := range w {
			if out.Raw[i][k].(float64) != v {
				t.Errorf("%v %s = %v, want %v", out.Raw[i]["period"], k, out.Raw[i][k], v)
			}
		}
	}
	want := map[string]stage{
		"operator":   {Label: "运营初审", Decided: 5, AvgDays: 1.85, OverdueDecided: 1, Pending: 1, OverduePending: 1},
		"expert":     {Label: "专家评审", Decided: 1, AvgDays: 5, OverdueDecided: 1, Pending: 1, OverduePending: 1},
		"department": {Label: "工信厅终审", Decided: 1, AvgDays: 1, OverdueDecided: 0},
	}
	medians := map[string][2]float64{"operator": {1, 5}, "expert": {5, 5}, "department": {1, 1}}
	if len(out.Stages) != 3 {
		t.Fatalf("stages: %+v", out.Stages)
	}
	for _, g := range out.Stages {
		w := want[g.Stage]
		if g.Label != w.Label || g.Decided != w.Decided || !near(g.AvgDays, w.AvgDays) || g.OverdueDecided != w.OverdueDecided ||
			g.Pending != w.Pending || g.OverduePending != w.OverduePending {
			t.Errorf("stage %s = %+v, want %+v", g.Stage, g, w)
		}
		m := medians[g.Stage]
		if g.MedianDays == nil || g.P90Days == nil || *g.MedianDays != m[0] || *g.P90Days != m[1] {
			t.Errorf("stage %s median/p90 = %v/%v, want %v", g.Stage, g.MedianDays, g.P90Days, m)
		}
	}

	// Certification only: app1 (2 days) and app4 (0.25); no expert stage.
	var cert struct {
		Stages []stage `json:"stages"`
	}
	s.get(t, "/api/smedx/stats/reviews?type=certification&"+window, s.f.Department, 200, &cert)
	op := cert.Stages[0]
	if op.Decided != 2 || op.MedianDays == nil || *op.MedianDays != 0.3 && *op.MedianDays != 0.2 || *op.P90Days != 2 || op.Pending != 0 {
		t.Errorf("certification operator stage: %+v (median %v)", op, op.MedianDays)
	}
	if cert.Stages[1].Decided != 0 || cert.Stages[1].MedianDays != nil {
		t.Errorf("certification has no expert stage: %+v", cert.Stages[1])
	}
}

func statsListings(t *testing.T, s *statsFixture) {
	var out struct {
		ByStatus []struct {
			Code  string `json:"code"`
			Label string `json:"label"`
			Count int    `json:"count"`
		} `json:"by_status"`
		ByCategory []struct {
			Code   string `json:"code"`
			Label  string `json:"label"`
			Listed int    `json:"listed"`
			Total  int    `json:"total"`
		} `json:"by_category"`
		ByType []struct {
			Code   string `json:"code"`
			Label  string `json:"label"`
			Listed int    `json:"listed"`
			Total  int    `json:"total"`
		} `json:"by_type"`
	}
	s.get(t, "/api/smedx/stats/listings", s.f.Department, 200, &out)
	status := map[string]int{}
	for _, r := range out.ByStatus {
		status[r.Code] = r.Count
		if r.Code == "listed" && r.Label != "已上架" {
			t.Errorf("label of listed: %q", r.Label)
		}
	}
	if status["listed"] != 3 || status["pending"] != 1 || status["draft"] != 1 || status["delisted"] != 1 || len(status) != 4 {
		t.Errorf("by_status %v", status)
	}
	cats := map[string][2]int{}
	for _, r := range out.ByCategory {
		cats[r.Code] = [2]int{r.Listed, r.Total}
		if r.Code == "rnd" && r.Label != "研发设计类" {
			t.Errorf("label of rnd: %q", r.Label)
		}
	}
	if cats["rnd"] != [2]int{3, 3} || cats["production"] != [2]int{1, 2} || cats["management"] != [2]int{0, 1} || len(cats) != 3 {
		t.Errorf("by_category %v", cats)
	}
	types := map[string][2]int{}
	for _, r := range out.ByType {
		types[r.Code] = [2]int{r.Listed, r.Total}
	}
	if types["software"] != [2]int{3, 3} || types["solution"] != [2]int{0, 2} || types["consulting"] != [2]int{0, 1} {
		t.Errorf("by_type %v", types)
	}
}
