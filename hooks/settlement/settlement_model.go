package settlement

import (
	"fmt"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// Model hooks of settlements: whatever saves a settlement (the routes, the
// records API, the dashboard, Go code) goes through these checks, inside
// one transaction with the claim rows they keep in step.

func registerModel(app core.App) {
	app.OnRecordCreate(colSettlements).BindFunc(createModel)
	app.OnRecordUpdate(colSettlements).BindFunc(updateModel)
	app.OnRecordDelete(colSettlements).BindFunc(deleteModel)
}

// stateOf is a settlement's state in the machine: "status/stage".
func stateOf(r *core.Record) string {
	return workflow.AppState(r.GetString("status"), r.GetString("stage"))
}

func createModel(e *core.RecordEvent) error {
	return e.App.RunInTransaction(func(tx core.App) error {
		r := e.Record
		if st := stateOf(r); st != workflow.InitialState(workflow.MachineSettlement) {
			return platform.FieldError("status", "initial_state", "新建的兑付申请必须是草稿，当前为「"+workflow.StateLabel(workflow.MachineSettlement, st)+"」")
		}
		if err := checkSettlement(tx, r, nil); err != nil {
			return err
		}
		e.App = tx
		if err := e.Next(); err != nil {
			return err
		}
		return syncClaims(tx, r, nil)
	})
}

func updateModel(e *core.RecordEvent) error {
	return e.App.RunInTransaction(func(tx core.App) error {
		r := e.Record
		// The stored row, not Original() (stale on an object saved twice).
		old, err := tx.FindRecordById(colSettlements, r.Id)
		if err != nil {
			return err
		}
		if err := checkSettlement(tx, r, old); err != nil {
			return err
		}
		e.App = tx
		if err := e.Next(); err != nil {
			return err
		}
		return syncClaims(tx, r, old.GetStringSlice("orders"))
	})
}

// deleteModel: only a draft or a rejected request may go (its claims go
// with it, cascade); a submitted or paid one is part of the money trail.
func deleteModel(e *core.RecordEvent) error {
	old, err := e.App.FindRecordById(colSettlements, e.Record.Id)
	if err != nil {
		return err
	}
	if st := old.GetString("status"); st != StatusDraft && st != StatusRejected {
		return platform.FieldError("status", "not_deletable",
			"兑付申请当前为「"+workflow.StateLabel(workflow.MachineSettlement, stateOf(old))+"」，只有草稿或被驳回的申请可以删除")
	}
	return e.Next()
}

// fixedFields never change after creation; paidFields never change once
// paid; providerFields (the provider's attachments and note) only while
// the request is with the provider (draft or rejected).
var (
	fixedFields    = []string{"provider_enterprise", "activity", "applicant"}
	paidFields     = []string{"orders", "amount_fen", "payout_ref", "paid_at"}
	providerFields = []string{"invoice", "invoice_no", "documents", "remark"}
)

// checkSettlement checks r (old is the stored row, nil on create): the
// move along the machine, the fields each state requires, the orders and
// the amount, the activity's deadline. It also fills the denormalised
// names of the provider and the activity.
func checkSettlement(tx core.App, r, old *core.Record) error {
	from, to := "", stateOf(r)
	status := r.GetString("status")
	if old != nil {
		from = stateOf(old)
		if !workflow.CanTransition(workflow.MachineSettlement, from, to) {
			return platform.FieldError("status", "invalid_transition", workflow.TransitionError(workflow.MachineSettlement, from, to))
		}
		for _, f := range fixedFields {
			// (The applicant may only be cleared: his account was deleted.)
			if old.GetString(f) != r.GetString(f) && !(f == "applicant" && r.GetString(f) == "") {
				return platform.FieldError(f, "immutable", "兑付申请的服务商、服务券活动和申请人不能修改")
			}
		}
		if old.GetString("status") == StatusPaid {
			for _, f := range paidFields {
				if fmt.Sprint(old.Get(f)) != fmt.Sprint(r.Get(f)) {
					return platform.FieldError(f, "paid_final", "已兑付的申请不能修改")
				}
			}
		}
		if was := old.GetString("status"); was != StatusDraft && was != StatusRejected {
			for _, f := range providerFields {
				if fmt.Sprint(old.Get(f)) != fmt.Sprint(r.Get(f)) {
					return platform.FieldError(f, "locked", "兑付申请已提交，发票和验收材料只能在草稿或被驳回时修改")
				}
			}
		}
		if fs := old.GetDateTime("first_submitted_at"); !fs.IsZero() && fs.String() != r.GetDateTime("first_submitted_at").String() {
			return platform.FieldError("first_submitted_at", "immutable", "首次提交时间不能修改")
		}
	}

	ent, err := tx.FindRecordById("enterprises", r.GetString("provider_enterprise"))
	if err != nil || ent.GetString("kind") != "provider" {
		return platform.FieldError("provider_enterprise", "not_provider", "兑付申请只能由服务商提出")
	}
	act, err := tx.FindRecordById("voucher_activities", r.GetString("activity"))
	if err != nil {
		return platform.FieldError("activity", "not_found", "服务券活动不存在")
	}
	r.Set("provider_name", ent.GetString("name"))
	r.Set("activity_name", act.GetString("name"))

	if err := checkOrders(tx, r, old, from, to); err != nil {
		return err
	}

	// What each state requires.
	if status == StatusPending || status == StatusApproved || status == StatusPaid {
		if r.GetString("invoice") == "" {
			return platform.FieldError("invoice", "required", "请上传发票")
		}
		if len(r.GetStringSlice("documents")) == 0 {
			return platform.FieldError("documents", "required", "请上传验收材料")
		}
	}
	if status == StatusPaid {
		if r.GetString("payout_ref") == "" {
			return platform.FieldError("payout_ref", "required", "请填写付款流水号")
		}
		if r.GetDateTime("paid_at").IsZero() {
			return platform.FieldError("paid_at", "required", "请填写付款日期")
		}
	}
	if status == StatusRejected && r.GetString("comment") == "" {
		return platform.FieldError("comment", "required", "请填写驳回原因")
	}

	// 申请兑付截止: a request is created and first submitted before it; a
	// rejected request first submitted in time may be resubmitted after
	// it (the provider asked in time, the review took long).
	now := time.Now()
	switch {
	case old == nil:
		if msg := deadlinePassed(act, now); msg != "" {
			return platform.FieldError("activity", "deadline_passed", msg)
		}
	case from == workflow.AppState(StatusDraft, StageOperator) && status == StatusPending:
		if msg := deadlinePassed(act, now); msg != "" {
			return platform.FieldError("activity", "deadline_passed", msg)
		}
	case old.GetString("status") == StatusRejected && status == StatusPending:
		if fs := r.GetDateTime("first_submitted_at"); fs.IsZero() || deadlinePassed(act, fs.Time()) != "" {
			if msg := deadlinePassed(act, now); msg != "" {
				return platform.FieldError("activity", "deadline_passed", msg)
			}
		}
	}
	return nil
}

// checkOrders: the amount is the orders' deduction in every state; while
// the request is live every order must still be eligible (its provider's,
// completed, not refunded, paid by vouchers of its activity), and orders
// added in any state must be. Orders change only while the request is
// with the provider, except that a live request loses an order that was
// cancelled or refunded when it is rejected for it.
func checkOrders(tx core.App, r, old *core.Record, from, to string) error {
	ids := r.GetStringSlice("orders")
	status := r.GetString("status")
	if len(ids) == 0 && status != StatusRejected {
		return platform.FieldError("orders", "required", "请选择要兑付的订单")
	}
	if len(ids) > maxOrders {
		return platform.FieldError("orders", "too_many", fmt.Sprintf("一个兑付申请最多包含 %d 个订单", maxOrders))
	}
	var before []string
	if old != nil {
		before = old.GetStringSlice("orders")
	}
	had := map[string]bool{}
	for _, id := range before {
		had[id] = true
	}
	var added []string
	for _, id := range ids {
		if !had[id] {
			added = append(added, id)
		}
	}
	if old != nil && (len(added) > 0 || len(ids) != len(before)) {
		switch was := old.GetString("status"); {
		case was == StatusDraft || was == StatusRejected:
		case (was == StatusPending || was == StatusApproved) && status == StatusRejected && len(added) == 0:
		default:
			return platform.FieldError("orders", "locked", "兑付申请已提交，不能修改其中的订单")
		}
	}

	sum, err := sumDeduction(tx, ids)
	if err != nil {
		return err
	}
	if r.GetInt("amount_fen") != sum {
		return platform.FieldError("amount_fen", "amount_mismatch",
			fmt.Sprintf("兑付金额 %s 元与所含订单的抵扣合计 %s 元不符", Yuan(r.GetInt("amount_fen")), Yuan(sum)))
	}

	check := added
	live := status == StatusDraft || status == StatusPending || status == StatusApproved
	if live || (status == StatusPaid && from != to) {
		check = ids
	}
	if len(check) == 0 {
		return nil
	}
	funding, err := loadFunding(tx, check)
	if err != nil {
		return err
	}
	provider, activity := r.GetString("provider_enterprise"), r.GetString("activity")
	for _, id := range check {
		f := funding[id]
		if f == nil {
			return platform.FieldError("orders", "not_found", "订单不存在："+id)
		}
		if msg := f.problem(provider, activity); msg != "" {
			return platform.FieldError("orders", "order_ineligible", msg)
		}
	}
	return nil
}

// deadlinePassed says why asking at t is too late for the activity ("" when
// it is not, or the activity has no deadline).
func deadlinePassed(act *core.Record, t time.Time) string {
	d := act.GetDateTime("settle_deadline")
	if d.IsZero() || !t.After(d.Time()) {
		return ""
	}
	return fmt.Sprintf("服务券活动「%s」的申请兑付截止时间 %s 已过，不能再申请兑付",
		act.GetString("name"), d.Time().In(platform.China).Format("2006-01-02 15:04"))
}
