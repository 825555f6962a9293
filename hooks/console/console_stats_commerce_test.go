package console_test

import (
	"encoding/json"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// The commerce panels of TestStats (console_stats_test.go).

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
	// voucher_activities.budget_fen exists since the settlement migration:
	// the budget is reported (the fixture's activity sets none: 0).
	if out.Totals != wantTotals || !out.BudgetAvailable || out.BudgetFen == nil || !near(out.UsedRatio, 0.5714) {
		t.Errorf("totals %+v ratio %v budget %v/%v", out.Totals, out.UsedRatio, out.BudgetAvailable, out.BudgetFen)
	}
	if len(out.Activities) != 1 || out.Activities[0].voucherFigures != wantTotals || out.Activities[0].BudgetFen == nil {
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
