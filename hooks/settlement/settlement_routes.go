package settlement

import (
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/menus"
	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// Routes of DESIGN §4 (兑付) and the reads their pages need.
func bindRoutes(se *core.ServeEvent) {
	se.Router.POST("/api/smedx/settlements", createSettlement).Bind(menus.Require(menus.Settlements, menus.SettlementReview))
	se.Router.GET("/api/smedx/settlements/eligible", eligibleOrders).Bind(menus.Require(menus.Settlements))
	se.Router.GET("/api/smedx/settlements/states", settlementStates).Bind(menus.Require(menus.Settlements, menus.SettlementReview))
	se.Router.POST("/api/smedx/settlements/{id}/submit", submitSettlement).Bind(menus.Require(menus.Settlements, menus.SettlementReview))
	se.Router.POST("/api/smedx/settlements/{id}/approve", approveSettlement).Bind(menus.Require(menus.Settlements, menus.SettlementReview))
	se.Router.POST("/api/smedx/settlements/{id}/reject", rejectSettlement).Bind(menus.Require(menus.Settlements, menus.SettlementReview))
	se.Router.POST("/api/smedx/settlements/{id}/pay", paySettlement).Bind(menus.Require(menus.Settlements, menus.SettlementReview))
	se.Router.GET("/api/smedx/reconcile", reconcileReport).Bind(menus.Require(menus.SettlementReview))
}

// providerAdmin is the caller if he is the tenant admin of a certified
// provider (who may ask for money, DESIGN §4), with his enterprise.
func providerAdmin(e *core.RequestEvent) (*core.Record, *core.Record, error) {
	user, err := platform.AuthUser(e)
	if err != nil {
		return nil, nil, err
	}
	if !platform.HasRole(user, platform.RoleProvider) || !user.GetBool("tenant_admin") {
		return nil, nil, apis.NewForbiddenError("只有服务商的企业管理员可以申请兑付", nil)
	}
	ent, err := platform.RequireCertified(e.App, user, "申请兑付")
	if err != nil {
		return nil, nil, err
	}
	return user, ent, nil
}

// createSettlement (POST settlements {orders, remark}): a draft of the
// caller's completed, voucher-paid, unsettled orders of one activity,
// before its settlement deadline. The amount is their deduction.
func createSettlement(e *core.RequestEvent) error {
	user, ent, err := providerAdmin(e)
	if err != nil {
		return err
	}
	var body struct {
		Orders []string `json:"orders"`
		Remark string   `json:"remark"`
	}
	if err := e.BindBody(&body); err != nil {
		return platform.FieldError("orders", "invalid_body", "无法读取提交的数据")
	}
	ids, err := orderIDs(body.Orders)
	if err != nil {
		return err
	}
	if len([]rune(body.Remark)) > 500 {
		return platform.FieldError("remark", "too_long", "说明不能超过 500 个字")
	}

	var rec *core.Record
	err = platform.RunTx(e.App, func(tx core.App) error {
		funding, err := loadFunding(tx, ids)
		if err != nil {
			return err
		}
		acts := map[string]bool{}
		amount := 0
		for _, id := range ids {
			f := funding[id]
			if f == nil {
				return platform.FieldError("orders", "not_found", "订单不存在或不属于本服务商："+id)
			}
			if msg := f.problem(ent.Id, ""); msg != "" {
				return platform.FieldError("orders", "order_ineligible", msg)
			}
			acts[f.Activity()] = true
			amount += f.Deduction
		}
		if len(acts) > 1 {
			return platform.FieldError("orders", "mixed_activities",
				"所选订单属于不同的服务券活动（"+activityNames(tx, acts)+"），请按活动分别申请兑付")
		}
		claimed, err := claimedBy(tx, ids)
		if err != nil {
			return err
		}
		for _, id := range ids {
			if _, ok := claimed[id]; ok {
				return platform.Conflict(fmt.Sprintf("订单 %s 已在兑付申请中，不能重复申请", funding[id].OrderNo))
			}
		}
		var activity string
		for a := range acts {
			activity = a
		}
		act, err := tx.FindRecordById("voucher_activities", activity)
		if err != nil {
			return err
		}
		if msg := deadlinePassed(act, time.Now()); msg != "" {
			return platform.FieldError("activity", "deadline_passed", msg)
		}
		col, err := tx.FindCachedCollectionByNameOrId(colSettlements)
		if err != nil {
			return err
		}
		rec = core.NewRecord(col)
		rec.Set("provider_enterprise", ent.Id)
		rec.Set("activity", activity)
		rec.Set("applicant", user.Id)
		rec.Set("orders", ids)
		rec.Set("amount_fen", amount)
		rec.Set("status", StatusDraft)
		rec.Set("stage", StageOperator)
		rec.Set("remark", strings.TrimSpace(body.Remark))
		id, name, role := actorEntry(user)
		appendHistory(rec, historyEntry{Action: "create", ActorID: id, ActorName: name, Role: role, To: stateOf(rec), AmountFen: amount})
		if err := tx.Save(rec); err != nil {
			return err
		}
		return platform.AuditRequest(tx, e, "settlement_create", colSettlements, rec.Id,
			map[string]any{"orders": ids, "amount_fen": amount, "activity": activity})
	})
	if err != nil {
		return err
	}
	return respond(e, rec)
}

// orderIDs checks the orders list of a request body: 1..maxOrders distinct ids.
func orderIDs(in []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, id := range in {
		id = strings.TrimSpace(id)
		if id == "" || seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, id)
	}
	if len(out) == 0 {
		return nil, platform.FieldError("orders", "required", "请选择要兑付的订单")
	}
	if len(out) > maxOrders {
		return nil, platform.FieldError("orders", "too_many", fmt.Sprintf("一个兑付申请最多包含 %d 个订单", maxOrders))
	}
	return out, nil
}

// activityNames lists activities by name for a message: 「A」、「B」.
func activityNames(app core.App, ids map[string]bool) string {
	var names []string
	for id := range ids {
		name := id
		if a, err := app.FindRecordById("voucher_activities", id); err == nil {
			name = a.GetString("name")
		}
		names = append(names, "「"+name+"」")
	}
	sort.Strings(names)
	return strings.Join(names, "、")
}

// respond answers a settlement as the records API would (enriched: the
// state's label).
func respond(e *core.RequestEvent, rec *core.Record) error {
	if err := apis.EnrichRecord(e, rec); err != nil {
		return err
	}
	return e.JSON(http.StatusOK, rec)
}

// eligibleItem is an order the provider may ask to be paid for.
type eligibleItem struct {
	ID             string `json:"id"`
	OrderNo        string `json:"order_no"`
	BuyerName      string `json:"buyer_name"`
	ProductName    string `json:"product_name"`
	SpecName       string `json:"spec_name"`
	TotalFen       int    `json:"total_fen"`
	DeductionFen   int    `json:"deduction_fen"`
	CompletedAt    string `json:"completed_at"`
	Activity       string `json:"activity"`
	ActivityName   string `json:"activity_name"`
	SettleDeadline string `json:"settle_deadline"`
	// Problem says why the order cannot be asked for now ("" when it can):
	// a ledger mismatch, vouchers of several activities, a passed deadline.
	Problem string `json:"problem"`
}

// eligibleOrders (GET settlements/eligible[?activity=]): the caller's
// completed orders paid in part by vouchers and in no settlement, with
// their activity, for the 兑付管理 selection table. Any user of the
// provider may look (the menu decides); only the admin may ask.
func eligibleOrders(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	if !platform.HasRole(user, platform.RoleProvider) || user.GetString("enterprise") == "" {
		return apis.NewForbiddenError("只有服务商可以查看可兑付订单", nil)
	}
	provider := user.GetString("enterprise")
	var rows []*orderFunding
	err = e.App.DB().NewQuery(fundingSelect + `WHERE o.provider_enterprise = {:p} AND o.status = 'completed'
		AND o.deduction_fen > 0 AND o.pay_status != 'refunded'
		AND NOT EXISTS (SELECT 1 FROM ` + colClaims + ` c WHERE c.[[order]] = o.id)
		ORDER BY o.completed_at DESC, o.id LIMIT 1000`).Bind(dbx.Params{"p": provider}).All(&rows)
	if err != nil {
		return err
	}
	filter := e.Request.URL.Query().Get("activity")
	acts := map[string]*core.Record{}
	items := []eligibleItem{}
	now := time.Now()
	for _, f := range rows {
		it := eligibleItem{
			ID: f.ID, OrderNo: f.OrderNo, BuyerName: f.BuyerName, ProductName: f.ProductName, SpecName: f.SpecName,
			TotalFen: f.Total, DeductionFen: f.Deduction, CompletedAt: f.CompletedAt, Activity: f.Activity(),
			Problem: f.problem(provider, ""),
		}
		if it.Activity != "" {
			a, ok := acts[it.Activity]
			if !ok {
				a, _ = e.App.FindRecordById("voucher_activities", it.Activity)
				acts[it.Activity] = a
			}
			if a != nil {
				it.ActivityName = a.GetString("name")
				if d := a.GetDateTime("settle_deadline"); !d.IsZero() {
					it.SettleDeadline = d.String()
				}
				if it.Problem == "" {
					it.Problem = deadlinePassed(a, now)
				}
			}
		}
		if filter != "" && it.Activity != filter {
			continue
		}
		items = append(items, it)
	}
	return e.JSON(http.StatusOK, map[string]any{"items": items})
}

// settlementStates (GET settlements/states): the states with their labels,
// for the pages' filters and tags.
func settlementStates(e *core.RequestEvent) error {
	if _, err := platform.AuthUser(e); err != nil {
		return err
	}
	return e.JSON(http.StatusOK, map[string]any{"states": workflow.SettlementStates})
}
