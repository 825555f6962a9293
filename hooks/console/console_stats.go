package console

import (
	"net/http"
	"net/url"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
)

// 数据看板: GET /api/smedx/stats/{panel} for operators and the department.
//
//	overview       the headline figures (all time)
//	registrations  tenants registered and certified per period, by 地市 and 门类   ?granularity=&from=&to=&kind=
//	reviews        applications submitted/decided per period, time per stage      ?granularity=&from=&to=&type=
//	listings       products by status, category and type (now)
//	vouchers       budget, issued, spent, expired by activity, batch and 地市       ?activity=
//	orders         orders, GMV and the voucher share per period, top products and providers, by buyer 地市 ?granularity=&from=&to=&top=
//
// Every figure is an SQL aggregate; money is in fen. GMV counts the orders
// that were paid (paid, delivered, completed): unpaid and cancelled
// orders are counted apart.

type panelFunc func(app core.App, q url.Values, now time.Time) (map[string]any, error)

var panels = map[string]panelFunc{
	"overview":      overviewPanel,
	"registrations": registrationsPanel,
	"reviews":       reviewsPanel,
	"listings":      listingsPanel,
	"vouchers":      vouchersPanel,
	"orders":        ordersPanel,
}

// gmvStatuses are the order states whose total counts as turnover.
const gmvStatuses = "('paid', 'delivered', 'completed')"

func statsPanel(e *core.RequestEvent) error {
	if _, err := staffOnly(e, readers...); err != nil {
		return err
	}
	fn, ok := panels[e.Request.PathValue("panel")]
	if !ok {
		return apis.NewNotFoundError("没有该统计："+e.Request.PathValue("panel"), nil)
	}
	out, err := fn(e.App, e.Request.URL.Query(), time.Now())
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, out)
}

// count is one bucket of a grouping: a code, its label and figures.
type count struct {
	Code  string `db:"code" json:"code"`
	Label string `db:"-" json:"label"`
	Count int    `db:"n" json:"count"`
}

// seriesOf turns (period, key, value) rows into one row per period of w
// with a column per key, zeros where a period has no row.
type periodValue struct {
	Period string `db:"period"`
	Key    string `db:"k"`
	Value  int64  `db:"v"`
}

func seriesOf(w window, keys []string, rows []periodValue) []map[string]any {
	idx := map[string]map[string]any{}
	out := make([]map[string]any, 0, len(w.Keys()))
	for _, p := range w.Keys() {
		row := map[string]any{"period": p}
		for _, k := range keys {
			row[k] = int64(0)
		}
		idx[p] = row
		out = append(out, row)
	}
	for _, r := range rows {
		if row, ok := idx[r.Period]; ok {
			row[r.Key] = row[r.Key].(int64) + r.Value
		}
	}
	return out
}

// budgetColumn reports whether voucher_activities has budget_fen (added by
// the settlements work; the figures leave it out until it exists).
func budgetColumn(app core.App) bool {
	col, err := app.FindCachedCollectionByNameOrId("voucher_activities")
	return err == nil && col.Fields.GetByName("budget_fen") != nil
}

func overviewPanel(app core.App, _ url.Values, now time.Time) (map[string]any, error) {
	var t struct {
		Providers           int `db:"providers" json:"providers"`
		ProvidersCertified  int `db:"providers_certified" json:"providers_certified"`
		Enterprises         int `db:"enterprises" json:"enterprises"`
		EnterpriseCertified int `db:"enterprises_certified" json:"enterprises_certified"`
		Disabled            int `db:"disabled" json:"disabled"`
		ProductsListed      int `db:"products_listed" json:"products_listed"`
		ProductsPending     int `db:"products_pending" json:"products_pending"`
		ReviewsPending      int `db:"reviews_pending" json:"reviews_pending"`
		Orders              int `db:"orders" json:"orders"`
		GMVFen              int `db:"gmv_fen" json:"gmv_fen"`
		DeductionFen        int `db:"deduction_fen" json:"deduction_fen"`
	}
	err := app.DB().NewQuery(`SELECT
		(SELECT COUNT(*) FROM enterprises WHERE kind = 'provider') AS providers,
		(SELECT COUNT(*) FROM enterprises WHERE kind = 'provider' AND cert_status = 'approved') AS providers_certified,
		(SELECT COUNT(*) FROM enterprises WHERE kind = 'enterprise') AS enterprises,
		(SELECT COUNT(*) FROM enterprises WHERE kind = 'enterprise' AND cert_status = 'approved') AS enterprises_certified,
		(SELECT COUNT(*) FROM enterprises WHERE disabled = TRUE) AS disabled,
		(SELECT COUNT(*) FROM products WHERE status = 'listed') AS products_listed,
		(SELECT COUNT(*) FROM products WHERE status = 'pending') AS products_pending,
		(SELECT COUNT(*) FROM applications WHERE status = 'pending') AS reviews_pending,
		(SELECT COUNT(*) FROM orders WHERE status IN ` + gmvStatuses + `) AS orders,
		(SELECT COALESCE(SUM(total_fen), 0) FROM orders WHERE status IN ` + gmvStatuses + `) AS gmv_fen,
		(SELECT COALESCE(SUM(deduction_fen), 0) FROM orders WHERE status IN ` + gmvStatuses + `) AS deduction_fen`).One(&t)
	if err != nil {
		return nil, err
	}
	var v figures
	if err := app.DB().NewQuery(`SELECT ` + voucherFigures + ` FROM vouchers v LEFT JOIN ` + spentByVoucher + ` s ON s.voucher = v.id`).One(&v); err != nil {
		return nil, err
	}
	overdue, err := pendingStages(app, "", now)
	if err != nil {
		return nil, err
	}
	late := 0
	for _, s := range overdue {
		late += s.Overdue
	}
	out := map[string]any{"totals": t, "vouchers": v, "reviews_overdue": late, "budget_fen": nil}
	if budgetColumn(app) {
		var budget int
		if err := app.DB().NewQuery(`SELECT COALESCE(SUM(budget_fen), 0) FROM voucher_activities`).Row(&budget); err != nil {
			return nil, err
		}
		out["budget_fen"] = budget
	}
	return out, nil
}

// windowParams are the bounds of w as query parameters from/to.
func windowParams(w window) dbx.Params {
	from, to := w.Bounds()
	return dbx.Params{"from": from, "to": to}
}

// withLabels fills the labels of counts from a dict type.
func withLabels(app core.App, typ string, rows []count) ([]count, error) {
	codes := make([]string, 0, len(rows))
	for _, r := range rows {
		codes = append(codes, r.Code)
	}
	labels, err := dictLabels(app, typ, codes)
	if err != nil {
		return nil, err
	}
	for i := range rows {
		rows[i].Label = labels[rows[i].Code]
	}
	return rows, nil
}

// ratio is a/b rounded to 4 places (0 when b is 0).
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(int64(float64(a)/float64(b)*10000+0.5)) / 10000
}

func param(q url.Values, name string, allowed ...string) (string, error) {
	v := q.Get(name)
	if v == "" {
		return "", nil
	}
	for _, a := range allowed {
		if a == v {
			return v, nil
		}
	}
	return "", platform.FieldError(name, "invalid_value", "筛选条件的取值无效："+name)
}
