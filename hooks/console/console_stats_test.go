package console_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
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

type voucherFigures struct {
	IssuedCount  int `json:"issued_count"`
	IssuedFen    int `json:"issued_fen"`
	UsedFen      int `json:"used_fen"`
	UsedUpCount  int `json:"used_up_count"`
	ExpiredCount int `json:"expired_count"`
	ExpiredFen   int `json:"expired_fen"`
	ActiveCount  int `json:"active_count"`
	ActiveFen    int `json:"active_fen"`
}

func statsVouchers(t *testing.T, s *statsFixture) {
	type named struct {
		ID        string `json:"id"`
		Code      string `json:"code"`
		Name      string `json:"name"`
		Label     string `json:"label"`
		BudgetFen *int   `json:"budget_fen"`
		voucherFigures
	}
	var out struct {
		BudgetAvailable bool           `json:"budget_available"`
		BudgetFen       *int           `json:"budget_fen"`
		Totals          voucherFigures `json:"totals"`
		UsedRatio       float64        `json:"used_ratio"`
		Activities      []named        `json:"activities"`
		Batches         []named        `json:"batches"`
		ByCity          []named        `json:"by_city"`
	}
	s.get(t, "/api/smedx/stats/vouchers", s.f.Department, 200, &out)
	wantTotals := voucherFigures{IssuedCount: 4, IssuedFen: 140000, UsedFen: 80000, UsedUpCount: 1, ExpiredCount: 1, ExpiredFen: 20000, ActiveCount: 2, ActiveFen: 40000}
	if out.Totals != wantTotals || out.BudgetAvailable || out.BudgetFen != nil || !near(out.UsedRatio, 0.5714) {
		t.Errorf("totals %+v ratio %v budget %v/%v", out.Totals, out.UsedRatio, out.BudgetAvailable, out.BudgetFen)
	}
	if len(out.Activities) != 1 || out.Activities[0].voucherFigures != wantTotals || out.Activities[0].BudgetFen != nil {
		t.Errorf("activities %+v", out.Activities)
	}
	batches := map[string]voucherFigures{}
	for _, b := range out.Batches {
		batches[b.ID] = b.voucherFigures
	}
	if g := batches[s.ids["b1"]]; g.IssuedCount != 2 || g.IssuedFen != 100000 || g.UsedFen != 80000 || g.UsedUpCount != 1 {
		t.Errorf("batch b1 %+v", g)
	}
	if g := batches[s.ids["b2"]]; g.IssuedCount != 2 || g.IssuedFen != 40000 || g.UsedFen != 0 || g.ExpiredCount != 1 || g.ExpiredFen != 20000 {
		t.Errorf("batch b2 %+v", g)
	}
	cities := map[string]named{}
	for _, c := range out.ByCity {
		cities[c.Code] = c
	}
	if g := cities["370100"]; g.Label != "济南市" || g.IssuedFen != 70000 || g.UsedFen != 30000 {
		t.Errorf("济南 %+v", g)
	}
	if g := cities["370200"]; g.IssuedFen != 70000 || g.UsedFen != 50000 || g.ExpiredFen != 20000 {
		t.Errorf("青岛 %+v", g)
	}

	// Once voucher_activities has budget_fen (the settlements work adds
	// it), the budget is reported.
	col, err := s.a.FindCollectionByNameOrId("voucher_activities")
	if err != nil {
		t.Fatal(err)
	}
	col.Fields.Add(&core.NumberField{Name: "budget_fen", OnlyInt: true, Min: types.Pointer(0.0)})
	if err := s.a.Save(col); err != nil {
		t.Fatal(err)
	}
	s.exec(`UPDATE voucher_activities SET budget_fen = 1000000`, nil)
	s.get(t, "/api/smedx/stats/vouchers?activity="+s.ids["act"], s.f.Operator, 200, &out)
	if !out.BudgetAvailable || out.BudgetFen == nil || *out.BudgetFen != 1000000 || out.Activities[0].BudgetFen == nil {
		raw, _ := json.Marshal(out)
		t.Errorf("budget not reported: %s", raw)
	}
	s.get(t, "/api/smedx/stats/vouchers?activity=none", s.f.Operator, 200, &out)
	if out.Totals.IssuedCount != 0 || len(out.Activities) != 0 || len(out.ByCity) != 0 {
		t.Errorf("unknown activity still has figures: %+v", out)
	}
}

func statsOrders(t *testing.T, s *statsFixture) {
	type top struct {
		ID       string `json:"id"`
		Name     string `json:"name"`
		Provider string `json:"provider"`
		Orders   int    `json:"orders"`
		GMVFen   int    `json:"gmv_fen"`
	}
	var out struct {
		Series []map[string]float64 `json:"-"`
		Raw    []map[string]any     `json:"series"`
		Totals struct {
			Created        int `json:"created"`
			Orders         int `json:"orders"`
			GMVFen         int `json:"gmv_fen"`
			DeductionFen   int `json:"deduction_fen"`
			PendingPayment int `json:"pending_payment"`
			Cancelled      int `json:"cancelled"`
		} `json:"totals"`
		VoucherShare float64 `json:"voucher_share"`
		TopProducts  []top   `json:"top_products"`
		TopProviders []top   `json:"top_providers"`
		ByCity       []struct {
			Code   string `json:"code"`
			Label  string `json:"label"`
			GMVFen int    `json:"gmv_fen"`
		} `json:"by_city"`
	}
	s.get(t, "/api/smedx/stats/orders?"+window, s.f.Department, 200, &out)
	tt := out.Totals
	if tt.Created != 7 || tt.Orders != 5 || tt.GMVFen != 250000 || tt.DeductionFen != 80000 || tt.PendingPayment != 1 || tt.Cancelled != 1 || out.VoucherShare != 0.32 {
		t.Errorf("totals %+v share %v", tt, out.VoucherShare)
	}
	want := []map[string]float64{
		{"orders": 2, "gmv_fen": 110000, "deduction_fen": 30000, "cash_fen": 80000},
		{"orders": 2, "gmv_fen": 70000, "deduction_fen": 50000, "cash_fen": 20000},
		{"orders": 1, "gmv_fen": 70000, "deduction_fen": 0, "cash_fen": 70000},
	}
	for i, w := range want {
		for k, v := range w {
			if out.Raw[i][k].(float64) != v {
				t.Errorf("%v %s = %v, want %v", out.Raw[i]["period"], k, out.Raw[i][k], v)
			}
		}
	}
	if len(out.TopProducts) != 3 || out.TopProducts[0].ID != s.ids["p1"] || out.TopProducts[0].GMVFen != 150000 || out.TopProducts[0].Orders != 2 ||
		out.TopProducts[0].Provider != s.f.ProviderA.Enterprise.GetString("name") || out.TopProducts[1].ID != s.ids["p6"] || out.TopProducts[2].GMVFen != 30000 {
		t.Errorf("top products %+v", out.TopProducts)
	}
	if len(out.TopProviders) != 2 || out.TopProviders[0].ID != s.f.ProviderA.Enterprise.Id || out.TopProviders[0].GMVFen != 180000 ||
		out.TopProviders[0].Orders != 4 || out.TopProviders[1].GMVFen != 70000 {
		t.Errorf("top providers %+v", out.TopProviders)
	}
	city := map[string]int{}
	for _, c := range out.ByCity {
		city[c.Label] = c.GMVFen
	}
	if city["济南市"] != 190000 || city["青岛市"] != 60000 {
		t.Errorf("by buyer city %v", city)
	}
	s.get(t, "/api/smedx/stats/orders?top=1&"+window, s.f.Operator, 200, &out)
	if len(out.TopProducts) != 1 || len(out.TopProviders) != 1 {
		t.Errorf("top=1: %d products, %d providers", len(out.TopProducts), len(out.TopProviders))
	}
}

func statsOverview(t *testing.T, s *statsFixture) {
	var out struct {
		Totals struct {
			Providers            int `json:"providers"`
			ProvidersCertified   int `json:"providers_certified"`
			Enterprises          int `json:"enterprises"`
			EnterprisesCertified int `json:"enterprises_certified"`
			ProductsListed       int `json:"products_listed"`
			ReviewsPending       int `json:"reviews_pending"`
			Orders               int `json:"orders"`
			GMVFen               int `json:"gmv_fen"`
		} `json:"totals"`
		Vouchers       voucherFigures `json:"vouchers"`
		ReviewsOverdue int            `json:"reviews_overdue"`
	}
	s.get(t, "/api/smedx/stats/overview", s.f.Operator, 200, &out)
	tt := out.Totals
	// All time: o7 (before the window) counts too.
	if tt.Providers != 3 || tt.ProvidersCertified != 2 || tt.Enterprises != 3 || tt.EnterprisesCertified != 2 ||
		tt.ProductsListed != 3 || tt.ReviewsPending != 2 || tt.Orders != 6 || tt.GMVFen != 255000 {
		t.Errorf("overview totals %+v", tt)
	}
	if out.Vouchers.IssuedFen != 140000 || out.Vouchers.UsedFen != 80000 || out.ReviewsOverdue != 2 {
		t.Errorf("overview vouchers %+v overdue %d", out.Vouchers, out.ReviewsOverdue)
	}
}
