package settlement

import (
	"fmt"
	"net/http"
	"sort"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/platform"
)

// Reconciliation: the figures of every activity and of each provider in it,
// all derived from the rows that carry the money (batches, vouchers, the
// ledger, orders, settlements), and the checks that those rows agree.
//
//	budget      activity's budget_fen (0: none set)
//	committed   Σ batch face × quantity: what the batches may ever issue
//	issued      Σ face of the vouchers claimed
//	spent       −Σ ledger deltas of its vouchers (spends net of refunds)
//	settled     Σ amount of its paid settlements
//	in_review   Σ amount of its submitted, not yet paid settlements
//	outstanding spent − settled: owed to providers (asked for or not)
//	expired     Σ balance left on its expired vouchers (never to be spent)

// Figures are the amounts of an activity (or a provider in it), in fen.
type Figures struct {
	BudgetFen      int `json:"budget_fen" db:"budget_fen"`
	CommittedFen   int `json:"committed_fen" db:"committed_fen"`
	IssuedFen      int `json:"issued_fen" db:"issued_fen"`
	IssuedCount    int `json:"issued_count" db:"issued_count"`
	SpentFen       int `json:"spent_fen" db:"spent_fen"`
	SettledFen     int `json:"settled_fen" db:"settled_fen"`
	InReviewFen    int `json:"in_review_fen" db:"in_review_fen"`
	OutstandingFen int `json:"outstanding_fen" db:"outstanding_fen"`
	ExpiredFen     int `json:"expired_fen" db:"expired_fen"`
}

// ProviderFigures is what one provider earned from an activity's vouchers.
type ProviderFigures struct {
	Provider       string `json:"provider" db:"provider"`
	Name           string `json:"name" db:"name"`
	Orders         int    `json:"orders" db:"orders"`
	SpentFen       int    `json:"spent_fen" db:"spent_fen"`
	SettledFen     int    `json:"settled_fen" db:"settled_fen"`
	InReviewFen    int    `json:"in_review_fen" db:"in_review_fen"`
	OutstandingFen int    `json:"outstanding_fen" db:"outstanding_fen"`
}

// ActivityReport is one activity's line of the report.
type ActivityReport struct {
	ID             string `json:"id"`
	Name           string `json:"name" db:"name"`
	SettleDeadline string `json:"settle_deadline"`
	Figures
	Providers []ProviderFigures `json:"providers"`
}

// Problem is a broken invariant and the record that breaks it.
type Problem struct {
	Collection string `json:"collection"`
	Record     string `json:"record"`
	Message    string `json:"message"`
}

func (p Problem) String() string { return fmt.Sprintf("%s %s：%s", p.Collection, p.Record, p.Message) }

// Report is the whole reconciliation.
type Report struct {
	GeneratedAt string           `json:"generated_at"`
	Activities  []ActivityReport `json:"activities"`
	Totals      Figures          `json:"totals"`
	Problems    []Problem        `json:"problems"`
	Warnings    []string         `json:"warnings"`
}

// Reconcile computes the report of app's data and checks its invariants;
// Problems lists every broken one in a fixed order (the command names the
// first).
func Reconcile(app core.App) (*Report, error) {
	r := &Report{GeneratedAt: types.NowDateTime().String(), Activities: []ActivityReport{}, Problems: []Problem{}, Warnings: []string{}}
	if err := r.figures(app); err != nil {
		return nil, err
	}
	for _, c := range checks {
		var rows []struct {
			ID  string `db:"id"`
			Msg string `db:"msg"`
		}
		if err := app.DB().NewQuery(c.sql).All(&rows); err != nil {
			return nil, fmt.Errorf("reconcile check %s: %w", c.collection, err)
		}
		for _, row := range rows {
			r.Problems = append(r.Problems, Problem{Collection: c.collection, Record: row.ID, Message: row.Msg})
		}
	}
	for _, a := range r.Activities {
		if a.SettledFen > a.SpentFen {
			r.Problems = append(r.Problems, Problem{"voucher_activities", a.ID,
				fmt.Sprintf("已兑付 %s 元超过已使用 %s 元", Yuan(a.SettledFen), Yuan(a.SpentFen))})
		}
		for _, p := range a.Providers {
			if p.SettledFen > p.SpentFen {
				r.Problems = append(r.Problems, Problem{"enterprises", p.Provider,
					fmt.Sprintf("在活动 %s 中已兑付 %s 元超过其订单使用的服务券 %s 元", a.ID, Yuan(p.SettledFen), Yuan(p.SpentFen))})
			}
		}
		if a.BudgetFen == 0 {
			r.Warnings = append(r.Warnings, fmt.Sprintf("活动 %s「%s」未设预算", a.ID, a.Name))
		}
	}
	return r, nil
}

// figures fills the activities, their providers and the totals.
func (r *Report) figures(app core.App) error {
	var acts []struct {
		ID       string `db:"id"`
		Name     string `db:"name"`
		Deadline string `db:"settle_deadline"`
		Figures
	}
	err := app.DB().NewQuery(`SELECT a.id, a.name, a.settle_deadline, a.budget_fen AS budget_fen,
		COALESCE((SELECT SUM(b.face_value_fen * b.quantity) FROM voucher_batches b WHERE b.activity = a.id), 0) AS committed_fen,
		COALESCE((SELECT SUM(v.face_value_fen) FROM vouchers v JOIN voucher_batches b ON b.id = v.batch WHERE b.activity = a.id), 0) AS issued_fen,
		COALESCE((SELECT COUNT(*) FROM vouchers v JOIN voucher_batches b ON b.id = v.batch WHERE b.activity = a.id), 0) AS issued_count,
		COALESCE((SELECT -SUM(l.delta_fen) FROM voucher_ledger l JOIN vouchers v ON v.id = l.voucher
			JOIN voucher_batches b ON b.id = v.batch WHERE b.activity = a.id), 0) AS spent_fen,
		COALESCE((SELECT SUM(s.amount_fen) FROM settlements s WHERE s.activity = a.id AND s.status = 'paid'), 0) AS settled_fen,
		COALESCE((SELECT SUM(s.amount_fen) FROM settlements s WHERE s.activity = a.id AND s.status IN ('pending', 'approved')), 0) AS in_review_fen,
		COALESCE((SELECT SUM(v.balance_fen) FROM vouchers v JOIN voucher_batches b ON b.id = v.batch
			WHERE b.activity = a.id AND v.status = 'expired'), 0) AS expired_fen
		FROM voucher_activities a ORDER BY a.start_at DESC, a.id`).All(&acts)
	if err != nil {
		return fmt.Errorf("reconcile figures: %w", err)
	}
	var provs []struct {
		Activity string `db:"activity"`
		ProviderFigures
	}
	err = app.DB().NewQuery(`SELECT x.activity, x.provider, COALESCE(e.name, '') AS name,
		x.orders, x.spent AS spent_fen,
		COALESCE((SELECT SUM(s.amount_fen) FROM settlements s WHERE s.activity = x.activity
			AND s.provider_enterprise = x.provider AND s.status = 'paid'), 0) AS settled_fen,
		COALESCE((SELECT SUM(s.amount_fen) FROM settlements s WHERE s.activity = x.activity
			AND s.provider_enterprise = x.provider AND s.status IN ('pending', 'approved')), 0) AS in_review_fen
		FROM (SELECT b.activity AS activity, o.provider_enterprise AS provider,
				COUNT(DISTINCT o.id) AS orders, -SUM(l.delta_fen) AS spent
			FROM voucher_ledger l JOIN orders o ON o.id = l.[[order]]
			JOIN vouchers v ON v.id = l.voucher JOIN voucher_batches b ON b.id = v.batch
			GROUP BY b.activity, o.provider_enterprise) x
		LEFT JOIN enterprises e ON e.id = x.provider
		ORDER BY x.activity, name, x.provider`).All(&provs)
	if err != nil {
		return fmt.Errorf("reconcile providers: %w", err)
	}
	byAct := map[string][]ProviderFigures{}
	for _, p := range provs {
		p.OutstandingFen = p.SpentFen - p.SettledFen
		byAct[p.Activity] = append(byAct[p.Activity], p.ProviderFigures)
	}
	// Providers paid by settlements but without ledger spend left (a
	// broken ledger) still show, so settled > spent is visible.
	var paidOnly []struct {
		Activity string `db:"activity"`
		Provider string `db:"provider_enterprise"`
		Name     string `db:"provider_name"`
		Settled  int    `db:"settled"`
	}
	if err := app.DB().NewQuery(`SELECT activity, provider_enterprise, MAX(provider_name) AS provider_name, SUM(amount_fen) AS settled
		FROM settlements WHERE status = 'paid' GROUP BY activity, provider_enterprise`).All(&paidOnly); err != nil {
		return err
	}
	for _, p := range paidOnly {
		found := false
		for _, q := range byAct[p.Activity] {
			found = found || q.Provider == p.Provider
		}
		if !found {
			byAct[p.Activity] = append(byAct[p.Activity], ProviderFigures{Provider: p.Provider, Name: p.Name,
				SettledFen: p.Settled, OutstandingFen: -p.Settled})
		}
	}
	for _, a := range acts {
		a.OutstandingFen = a.SpentFen - a.SettledFen
		ps := byAct[a.ID]
		if ps == nil {
			ps = []ProviderFigures{}
		}
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].SpentFen > ps[j].SpentFen })
		r.Activities = append(r.Activities, ActivityReport{ID: a.ID, Name: a.Name, SettleDeadline: a.Deadline, Figures: a.Figures, Providers: ps})
		t := &r.Totals
		t.BudgetFen += a.BudgetFen
		t.CommittedFen += a.CommittedFen
		t.IssuedFen += a.IssuedFen
		t.IssuedCount += a.IssuedCount
		t.SpentFen += a.SpentFen
		t.SettledFen += a.SettledFen
		t.InReviewFen += a.InReviewFen
		t.OutstandingFen += a.OutstandingFen
		t.ExpiredFen += a.ExpiredFen
	}
	return nil
}

// checks are the invariants, each a query listing the records that break
// it (id, Chinese message), in the order they are reported.
var checks = []struct{ collection, sql string }{
	// balance = face + Σ delta, per voucher; never negative.
	{"vouchers", `SELECT v.id, '余额 ' || v.balance_fen || ' 分 ≠ 面值 ' || v.face_value_fen || ' 分 + 流水合计 ' ||
		COALESCE((SELECT SUM(l.delta_fen) FROM voucher_ledger l WHERE l.voucher = v.id), 0) || ' 分' AS msg
		FROM vouchers v WHERE v.balance_fen != v.face_value_fen + COALESCE((SELECT SUM(l.delta_fen) FROM voucher_ledger l WHERE l.voucher = v.id), 0)
		UNION ALL SELECT v.id, '余额为负数：' || v.balance_fen || ' 分' FROM vouchers v WHERE v.balance_fen < 0
		ORDER BY 1`},
	// issued = Σ face values: every voucher carries its batch's face.
	{"vouchers", `SELECT v.id, '面值 ' || v.face_value_fen || ' 分与批次面值 ' || b.face_value_fen || ' 分不符' AS msg
		FROM vouchers v JOIN voucher_batches b ON b.id = v.batch WHERE v.face_value_fen != b.face_value_fen ORDER BY v.id`},
	// Batches never issue more than their quantity.
	{"voucher_batches", `SELECT b.id, '已发放 ' || (SELECT COUNT(*) FROM vouchers v WHERE v.batch = b.id) || ' 张，发行数量 ' || b.quantity ||
		'，剩余 ' || b.remaining AS msg FROM voucher_batches b
		WHERE b.remaining != b.quantity - (SELECT COUNT(*) FROM vouchers v WHERE v.batch = b.id)
		   OR (SELECT COUNT(*) FROM vouchers v WHERE v.batch = b.id) > b.quantity ORDER BY b.id`},
	// Batches stay within the activity's budget.
	{"voucher_activities", `SELECT a.id, '各批次分配 ' || SUM(b.face_value_fen * b.quantity) || ' 分超过预算 ' || a.budget_fen || ' 分' AS msg
		FROM voucher_activities a JOIN voucher_batches b ON b.activity = a.id WHERE a.budget_fen > 0
		GROUP BY a.id HAVING SUM(b.face_value_fen * b.quantity) > a.budget_fen ORDER BY a.id`},
	// spent = −Σ ledger spend rows, per order: an order's ledger rows give
	// minus its deduction (nothing once cancelled).
	{"orders", `SELECT o.id, '订单 ' || o.order_no || ' 的服务券流水合计 ' || COALESCE((SELECT SUM(l.delta_fen) FROM voucher_ledger l WHERE l.[[order]] = o.id), 0) ||
		' 分，应为 ' || (CASE WHEN o.status = 'cancelled' THEN 0 ELSE -o.deduction_fen END) || ' 分' AS msg
		FROM orders o WHERE COALESCE((SELECT SUM(l.delta_fen) FROM voucher_ledger l WHERE l.[[order]] = o.id), 0) !=
			(CASE WHEN o.status = 'cancelled' THEN 0 ELSE -o.deduction_fen END) ORDER BY o.id`},
	// Each order is in at most one settlement.
	{"orders", `SELECT j.value AS id, '同时在 ' || COUNT(*) || ' 个兑付申请中：' || GROUP_CONCAT(s.id, '、') AS msg
		FROM settlements s, json_each(CASE WHEN json_valid(s.orders) THEN s.orders ELSE '[]' END) j
		GROUP BY j.value HAVING COUNT(*) > 1 ORDER BY 1`},
	// A settlement's amount is its orders' deduction.
	{"settlements", `SELECT s.id, '兑付金额 ' || s.amount_fen || ' 分 ≠ 订单抵扣合计 ' ||
		COALESCE((SELECT SUM(o.deduction_fen) FROM orders o WHERE o.id IN (SELECT value FROM json_each(CASE WHEN json_valid(s.orders) THEN s.orders ELSE '[]' END))), 0) || ' 分' AS msg
		FROM settlements s WHERE s.amount_fen != COALESCE((SELECT SUM(o.deduction_fen) FROM orders o
			WHERE o.id IN (SELECT value FROM json_each(CASE WHEN json_valid(s.orders) THEN s.orders ELSE '[]' END))), 0) ORDER BY s.id`},
	// The claim table matches settlements.orders both ways.
	{"settlements", `SELECT s.id, '订单 ' || j.value || ' 没有兑付占用记录' AS msg
		FROM settlements s, json_each(CASE WHEN json_valid(s.orders) THEN s.orders ELSE '[]' END) j
		WHERE NOT EXISTS (SELECT 1 FROM settlement_orders c WHERE c.settlement = s.id AND c.[[order]] = j.value)
		UNION ALL SELECT c.settlement, '占用记录的订单 ' || c.[[order]] || ' 不在兑付申请中' FROM settlement_orders c
		JOIN settlements s ON s.id = c.settlement
		WHERE NOT EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(s.orders) THEN s.orders ELSE '[]' END) j WHERE j.value = c.[[order]])
		ORDER BY 1`},
	// Every order of a live or paid settlement is the provider's, completed,
	// not refunded and paid by vouchers of the settlement's activity only.
	{"settlements", `SELECT s.id, '订单 ' || COALESCE(o.order_no, j.value) || CASE
			WHEN o.id IS NULL THEN ' 不存在'
			WHEN o.provider_enterprise != s.provider_enterprise THEN ' 不属于该服务商'
			WHEN o.status != 'completed' THEN ' 不是已完成状态'
			WHEN o.pay_status = 'refunded' THEN ' 已退款'
			ELSE ' 的抵扣不全来自该活动的服务券' END AS msg
		FROM settlements s, json_each(CASE WHEN json_valid(s.orders) THEN s.orders ELSE '[]' END) j
		LEFT JOIN orders o ON o.id = j.value
		WHERE s.status IN ('draft', 'pending', 'approved', 'paid') AND (o.id IS NULL
			OR o.provider_enterprise != s.provider_enterprise OR o.status != 'completed' OR o.pay_status = 'refunded'
			OR EXISTS (SELECT 1 FROM voucher_ledger l JOIN vouchers v ON v.id = l.voucher JOIN voucher_batches b ON b.id = v.batch
				WHERE l.[[order]] = o.id AND l.delta_fen < 0 AND b.activity != s.activity))
		ORDER BY s.id, j.value`},
}

// reconcileReport (GET reconcile): the report, for operators and the
// department.
func reconcileReport(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	if !platform.HasRole(user, platform.RoleOperator, platform.RoleDepartment) {
		return apis.NewForbiddenError("只有运营人员和工信厅审核人员可以查看资金对账", nil)
	}
	rep, err := Reconcile(e.App)
	if err != nil {
		return err
	}
	if a := e.Request.URL.Query().Get("activity"); a != "" {
		kept := []ActivityReport{}
		for _, x := range rep.Activities {
			if x.ID == a {
				kept = append(kept, x)
			}
		}
		rep.Activities = kept
	}
	return e.JSON(http.StatusOK, rep)
}
