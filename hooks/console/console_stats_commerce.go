package console

import (
	"net/url"
	"strconv"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// listings, vouchers and orders panels of 数据看板 (console_stats.go).

type listingRow struct {
	Code   string `db:"code" json:"code"`
	Label  string `db:"-" json:"label"`
	Listed int    `db:"listed" json:"listed"`
	Total  int    `db:"total" json:"total"`
}

// listingsPanel: products now, by status, by solution category (a product
// counts once in each of its categories) and by type.
func listingsPanel(app core.App, _ url.Values, _ time.Time) (map[string]any, error) {
	byStatus := []count{}
	if err := app.DB().NewQuery(`SELECT status AS code, COUNT(*) AS n FROM products GROUP BY status ORDER BY n DESC`).All(&byStatus); err != nil {
		return nil, err
	}
	for i := range byStatus {
		byStatus[i].Label = productStatusLabel(byStatus[i].Code)
	}
	byCategory := []listingRow{}
	if err := app.DB().NewQuery(`SELECT j.value AS code, SUM(p.status = 'listed') AS listed, COUNT(*) AS total
		FROM products p, ` + jsonCodes("p.categories") + ` j GROUP BY j.value ORDER BY listed DESC, total DESC`).All(&byCategory); err != nil {
		return nil, err
	}
	byType := []listingRow{}
	if err := app.DB().NewQuery(`SELECT type AS code, SUM(status = 'listed') AS listed, COUNT(*) AS total
		FROM products GROUP BY type ORDER BY listed DESC, total DESC`).All(&byType); err != nil {
		return nil, err
	}
	for _, l := range []struct {
		typ  string
		rows []listingRow
	}{{"solution_category", byCategory}, {"product_type", byType}} {
		codes := make([]string, 0, len(l.rows))
		for _, r := range l.rows {
			codes = append(codes, r.Code)
		}
		labels, err := dictLabels(app, l.typ, codes)
		if err != nil {
			return nil, err
		}
		for i := range l.rows {
			l.rows[i].Label = labels[l.rows[i].Code]
		}
	}
	return map[string]any{"by_status": byStatus, "by_category": byCategory, "by_type": byType}, nil
}

type activityFigures struct {
	ID        string `db:"id" json:"id"`
	Name      string `db:"name" json:"name"`
	BudgetFen *int   `db:"budget_fen" json:"budget_fen"`
	Batches   int    `db:"batches" json:"batches"`
	figures
}

type cityFigures struct {
	Code  string `db:"code" json:"code"`
	Label string `db:"-" json:"label"`
	figures
}

// vouchersPanel: what the province budgeted (voucher_activities.budget_fen,
// when the column exists), issued, what was spent, used up and expired —
// in total, by activity, by batch and by the 地市 of the holding
// enterprise. ?activity= narrows it to one activity.
func vouchersPanel(app core.App, q url.Values, _ time.Time) (map[string]any, error) {
	params := dbx.Params{}
	actCond, batchCond := "", ""
	if a := q.Get("activity"); a != "" {
		params["activity"] = a
		actCond = " WHERE va.id = {:activity}"
		batchCond = " WHERE vb.activity = {:activity}"
	}
	withBudget := budgetColumn(app)
	budget := "NULL"
	if withBudget {
		budget = "va.budget_fen"
	}
	activities := []activityFigures{}
	err := app.DB().NewQuery(`SELECT va.id, va.name, ` + budget + ` AS budget_fen,
			(SELECT COUNT(*) FROM voucher_batches b WHERE b.activity = va.id) AS batches,
			COALESCE(SUM(f.issued_count), 0) AS issued_count, COALESCE(SUM(f.issued_fen), 0) AS issued_fen,
			COALESCE(SUM(f.used_fen), 0) AS used_fen, COALESCE(SUM(f.used_up_count), 0) AS used_up_count,
			COALESCE(SUM(f.expired_count), 0) AS expired_count, COALESCE(SUM(f.expired_fen), 0) AS expired_fen,
			COALESCE(SUM(f.active_count), 0) AS active_count, COALESCE(SUM(f.active_fen), 0) AS active_fen,
			COALESCE(SUM(f.void_count), 0) AS void_count
		FROM voucher_activities va
			LEFT JOIN voucher_batches vb ON vb.activity = va.id
			LEFT JOIN (SELECT v.batch, ` + voucherFigures + ` FROM vouchers v LEFT JOIN ` + spentByVoucher + ` s ON s.voucher = v.id
				GROUP BY v.batch) f ON f.batch = vb.id` + actCond + `
		GROUP BY va.id ORDER BY va.start_at DESC, va.id`).Bind(params).All(&activities)
	if err != nil {
		return nil, err
	}
	batches := []batchRow{}
	if err := app.DB().NewQuery(`SELECT ` + batchCols + ` FROM ` + batchFrom + batchCond + ` ORDER BY issued_fen DESC, vb.created DESC LIMIT 200`).
		Bind(params).All(&batches); err != nil {
		return nil, err
	}
	for i := range batches {
		batches[i].ModeLabel = fromMap(workflow.BatchModeNames)(batches[i].Mode)
	}
	byCity := []cityFigures{}
	if err := app.DB().NewQuery(`SELECT ` + citySQL("en.profile") + ` AS code, ` + voucherFigures + `
		FROM vouchers v LEFT JOIN ` + spentByVoucher + ` s ON s.voucher = v.id
			LEFT JOIN enterprises en ON en.id = v.enterprise
			LEFT JOIN voucher_batches vb ON vb.id = v.batch` + batchCond + `
		GROUP BY 1 ORDER BY issued_fen DESC, code`).Bind(params).All(&byCity); err != nil {
		return nil, err
	}
	codes := make([]string, 0, len(byCity))
	for _, c := range byCity {
		codes = append(codes, c.Code)
	}
	labels, err := dictLabels(app, "region", codes)
	if err != nil {
		return nil, err
	}
	for i := range byCity {
		byCity[i].Label = labels[byCity[i].Code]
	}

	var totals figures
	var budgetTotal *int
	for _, a := range activities {
		totals.IssuedCount += a.IssuedCount
		totals.IssuedFen += a.IssuedFen
		totals.UsedFen += a.UsedFen
		totals.UsedUpCount += a.UsedUpCount
		totals.ExpiredCount += a.ExpiredCount
		totals.ExpiredFen += a.ExpiredFen
		totals.ActiveCount += a.ActiveCount
		totals.ActiveFen += a.ActiveFen
		totals.VoidCount += a.VoidCount
		if a.BudgetFen != nil {
			if budgetTotal == nil {
				budgetTotal = new(int)
			}
			*budgetTotal += *a.BudgetFen
		}
	}
	return map[string]any{
		"budget_available": withBudget, "budget_fen": budgetTotal, "totals": totals,
		"used_ratio": ratio(totals.UsedFen, totals.IssuedFen),
		"activities": activities, "batches": batches, "by_city": byCity,
	}, nil
}

type topRow struct {
	ID           string `db:"id" json:"id"`
	Name         string `db:"name" json:"name"`
	Provider     string `db:"provider" json:"provider,omitempty"`
	Orders       int    `db:"orders" json:"orders"`
	GMVFen       int    `db:"gmv_fen" json:"gmv_fen"`
	DeductionFen int    `db:"deduction_fen" json:"deduction_fen"`
}

// ordersPanel: in the window, the paid orders (count, GMV, voucher
// deduction, cash) per period, the states of every order created, the
// top products and providers by GMV and GMV by the buyer's 地市.
func ordersPanel(app core.App, q url.Values, now time.Time) (map[string]any, error) {
	w, err := parseWindow(q, now)
	if err != nil {
		return nil, err
	}
	top := 10
	if s := q.Get("top"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 50 {
			return nil, platform.FieldError("top", "invalid_top", "排行数量应为 1-50")
		}
		top = n
	}
	params := windowParams(w)
	params["top"] = top
	in := ` o.created >= {:from} AND o.created < {:to}`
	paid := in + ` AND o.status IN ` + gmvStatuses

	// One row per period, spread into the series columns below.
	var grouped []struct {
		Period       string `db:"period"`
		Orders       int64  `db:"orders"`
		GMVFen       int64  `db:"gmv_fen"`
		DeductionFen int64  `db:"deduction_fen"`
	}
	if err := app.DB().NewQuery(`SELECT ` + periodSQL(w.Gran, "o.created") + ` AS period, COUNT(*) AS orders,
			SUM(o.total_fen) AS gmv_fen, SUM(o.deduction_fen) AS deduction_fen
		FROM orders o WHERE` + paid + ` GROUP BY 1`).Bind(params).All(&grouped); err != nil {
		return nil, err
	}
	var rows []periodValue
	for _, g := range grouped {
		rows = append(rows, periodValue{g.Period, "orders", g.Orders}, periodValue{g.Period, "gmv_fen", g.GMVFen},
			periodValue{g.Period, "deduction_fen", g.DeductionFen}, periodValue{g.Period, "cash_fen", g.GMVFen - g.DeductionFen})
	}
	series := seriesOf(w, []string{"orders", "gmv_fen", "deduction_fen", "cash_fen"}, rows)

	var totals struct {
		Created        int `db:"created" json:"created"`
		Orders         int `db:"orders" json:"orders"`
		GMVFen         int `db:"gmv_fen" json:"gmv_fen"`
		DeductionFen   int `db:"deduction_fen" json:"deduction_fen"`
		PendingPayment int `db:"pending_payment" json:"pending_payment"`
		Cancelled      int `db:"cancelled" json:"cancelled"`
	}
	if err := app.DB().NewQuery(`SELECT COUNT(*) AS created,
			COALESCE(SUM(o.status IN ` + gmvStatuses + `), 0) AS orders,
			COALESCE(SUM(CASE WHEN o.status IN ` + gmvStatuses + ` THEN o.total_fen ELSE 0 END), 0) AS gmv_fen,
			COALESCE(SUM(CASE WHEN o.status IN ` + gmvStatuses + ` THEN o.deduction_fen ELSE 0 END), 0) AS deduction_fen,
			COALESCE(SUM(o.status = 'pending_payment'), 0) AS pending_payment,
			COALESCE(SUM(o.status = 'cancelled'), 0) AS cancelled
		FROM orders o WHERE` + in).Bind(params).One(&totals); err != nil {
		return nil, err
	}
	byStatus := []count{}
	if err := app.DB().NewQuery(`SELECT o.status AS code, COUNT(*) AS n FROM orders o WHERE` + in + ` GROUP BY 1 ORDER BY n DESC`).
		Bind(params).All(&byStatus); err != nil {
		return nil, err
	}
	for i := range byStatus {
		byStatus[i].Label = workflow.OrderStatusLabel(byStatus[i].Code)
	}
	topProducts := []topRow{}
	if err := app.DB().NewQuery(`SELECT o.product AS id, COALESCE(p.name, MAX(o.product_name), '') AS name,
			COALESCE(pv.name, '') AS provider, COUNT(*) AS orders, SUM(o.total_fen) AS gmv_fen, SUM(o.deduction_fen) AS deduction_fen
		FROM orders o LEFT JOIN products p ON p.id = o.product LEFT JOIN enterprises pv ON pv.id = o.provider_enterprise
		WHERE` + paid + ` GROUP BY o.product ORDER BY gmv_fen DESC, orders DESC, id LIMIT {:top}`).Bind(params).All(&topProducts); err != nil {
		return nil, err
	}
	topProviders := []topRow{}
	if err := app.DB().NewQuery(`SELECT o.provider_enterprise AS id, COALESCE(pv.name, '') AS name, '' AS provider,
			COUNT(*) AS orders, SUM(o.total_fen) AS gmv_fen, SUM(o.deduction_fen) AS deduction_fen
		FROM orders o LEFT JOIN enterprises pv ON pv.id = o.provider_enterprise
		WHERE` + paid + ` GROUP BY o.provider_enterprise ORDER BY gmv_fen DESC, orders DESC, id LIMIT {:top}`).Bind(params).All(&topProviders); err != nil {
		return nil, err
	}
	byCity := []struct {
		Code         string `db:"code" json:"code"`
		Label        string `db:"-" json:"label"`
		Orders       int    `db:"orders" json:"orders"`
		GMVFen       int    `db:"gmv_fen" json:"gmv_fen"`
		DeductionFen int    `db:"deduction_fen" json:"deduction_fen"`
	}{}
	if err := app.DB().NewQuery(`SELECT ` + citySQL("b.profile") + ` AS code, COUNT(*) AS orders,
			SUM(o.total_fen) AS gmv_fen, SUM(o.deduction_fen) AS deduction_fen
		FROM orders o LEFT JOIN enterprises b ON b.id = o.buyer_enterprise
		WHERE` + paid + ` GROUP BY 1 ORDER BY gmv_fen DESC, code`).Bind(params).All(&byCity); err != nil {
		return nil, err
	}
	codes := make([]string, 0, len(byCity))
	for _, c := range byCity {
		codes = append(codes, c.Code)
	}
	labels, err := dictLabels(app, "region", codes)
	if err != nil {
		return nil, err
	}
	for i := range byCity {
		byCity[i].Label = labels[byCity[i].Code]
	}
	return map[string]any{
		"window": w.Describe(), "series": series, "totals": totals,
		"voucher_share": ratio(totals.DeductionFen, totals.GMVFen),
		"by_status":     byStatus, "top_products": topProducts, "top_providers": topProviders, "by_city": byCity,
	}, nil
}
