package settlement

import (
	"fmt"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/platform"
)

// The workflow routes: submit (provider), approve and reject (the
// reviewer of the stage: operator, then department; the operator again
// before paying), pay (operator). Each one re-reads the request in its
// transaction, recomputes the amount from the orders and checks them again
// (an order may have been cancelled since the last step), moves the state,
// and writes the history line, the notifications and the audit row in the
// same transaction. The model hooks check the move once more.

// action runs fn on the settlement of the {id} path value inside a
// transaction and answers the saved settlement.
func action(e *core.RequestEvent, fn func(tx core.App, user, s *core.Record) error) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	var s *core.Record
	err = platform.RunTx(e.App, func(tx core.App) error {
		rec, err := tx.FindRecordById(colSettlements, e.Request.PathValue("id"))
		if err != nil || !canSee(user, rec) {
			return apis.NewNotFoundError("兑付申请不存在", nil)
		}
		s = rec
		return fn(tx, user, rec)
	})
	if err != nil {
		return err
	}
	return respond(e, s)
}

// canSee mirrors the view rule: the provider's own users, platform staff
// once the request was submitted.
func canSee(user, s *core.Record) bool {
	if platform.HasRole(user, platform.RoleProvider) {
		ent := user.GetString("enterprise")
		return ent != "" && ent == s.GetString("provider_enterprise")
	}
	return platform.HasRole(user, platform.RoleOperator, platform.RoleDepartment) && s.GetString("status") != StatusDraft
}

func stateError(s *core.Record, what string) error {
	return platform.Error(400, "兑付申请当前为「"+stateLabel(s)+"」，不能"+what)
}

// recheck recomputes the amount of s from its orders and checks each of
// them is still eligible; a stale amount or a lapsed order refuses the step.
func recheck(tx core.App, s *core.Record) error {
	ids := s.GetStringSlice("orders")
	if len(ids) == 0 {
		return platform.FieldError("orders", "required", "兑付申请中没有订单，请删除后重新申请")
	}
	funding, err := loadFunding(tx, ids)
	if err != nil {
		return err
	}
	sum := 0
	for _, id := range ids {
		f := funding[id]
		if f == nil {
			return platform.FieldError("orders", "not_found", "兑付申请中的订单不存在："+id)
		}
		if msg := f.problem(s.GetString("provider_enterprise"), s.GetString("activity")); msg != "" {
			return platform.FieldError("orders", "order_ineligible", msg)
		}
		sum += f.Deduction
	}
	if sum != s.GetInt("amount_fen") {
		return platform.FieldError("amount_fen", "amount_mismatch",
			fmt.Sprintf("兑付金额 %s 元与订单抵扣合计 %s 元不符，请驳回后由服务商重新提交", Yuan(s.GetInt("amount_fen")), Yuan(sum)))
	}
	return nil
}

// move sets s to status/stage, adds the history line and saves.
func move(tx core.App, s, user *core.Record, act, status, stage, comment string) error {
	from := stateOf(s)
	s.Set("status", status)
	s.Set("stage", stage)
	id, name, role := actorEntry(user)
	appendHistory(s, historyEntry{Action: act, ActorID: id, ActorName: name, Role: role, Comment: comment,
		From: from, To: stateOf(s), AmountFen: s.GetInt("amount_fen")})
	return tx.Save(s)
}

func audit(tx core.App, e *core.RequestEvent, s *core.Record, act string, detail map[string]any) error {
	if detail == nil {
		detail = map[string]any{}
	}
	detail["state"] = stateOf(s)
	detail["amount_fen"] = s.GetInt("amount_fen")
	return platform.Audit(tx, platform.AuditEntry{
		Actor: e.Auth, Action: "settlement_" + act, Collection: colSettlements, RecordID: s.Id,
		Enterprise: s.GetString("provider_enterprise"), IP: e.RealIP(), Detail: detail,
	})
}

// summary names a request in notifications.
func summary(s *core.Record) string {
	return fmt.Sprintf("%s「%s」%d 个订单 ¥%s", s.GetString("provider_name"), s.GetString("activity_name"),
		len(s.GetStringSlice("orders")), Yuan(s.GetInt("amount_fen")))
}

// submitSettlement: the provider's admin submits a draft, or resubmits a
// rejected request, with its invoice and acceptance documents.
func submitSettlement(e *core.RequestEvent) error {
	return action(e, func(tx core.App, user, s *core.Record) error {
		if !platform.HasRole(user, platform.RoleProvider) || !user.GetBool("tenant_admin") {
			return apis.NewForbiddenError("只有服务商的企业管理员可以提交兑付申请", nil)
		}
		if _, err := platform.RequireCertified(tx, user, "申请兑付"); err != nil {
			return err
		}
		st := s.GetString("status")
		if st != StatusDraft && st != StatusRejected {
			return stateError(s, "提交")
		}
		if s.GetString("invoice") == "" {
			return platform.FieldError("invoice", "required", "请先上传发票")
		}
		if len(s.GetStringSlice("documents")) == 0 {
			return platform.FieldError("documents", "required", "请先上传验收材料")
		}
		if err := recheck(tx, s); err != nil {
			return err
		}
		now := types.NowDateTime()
		s.Set("submitted_at", now)
		if s.GetDateTime("first_submitted_at").IsZero() {
			s.Set("first_submitted_at", now)
		}
		s.Set("comment", "")
		act := "submit"
		if st == StatusRejected {
			act = "resubmit"
		}
		if err := move(tx, s, user, act, StatusPending, StageOperator, ""); err != nil {
			return err
		}
		if err := notifyReviewers(tx, platform.RoleOperator, s, "兑付申请待审核："+s.GetString("provider_name"),
			summary(s)+"，请审核发票与验收材料。"); err != nil {
			return err
		}
		return audit(tx, e, s, act, nil)
	})
}

type decisionBody struct {
	Comment string `json:"comment"`
}

func readComment(e *core.RequestEvent, required bool) (string, error) {
	var body decisionBody
	_ = e.BindBody(&body)
	c := strings.TrimSpace(body.Comment)
	if required && c == "" {
		return "", platform.FieldError("comment", "required", "请填写驳回原因")
	}
	if len([]rune(c)) > 500 {
		return "", platform.FieldError("comment", "too_long", "审核意见不能超过 500 个字")
	}
	return c, nil
}

// reviewerOf is the role that decides s now ("" when nobody does).
func reviewerOf(s *core.Record) string {
	switch stateOf(s) {
	case "pending/operator", "approved/done":
		return platform.RoleOperator
	case "pending/department":
		return platform.RoleDepartment
	}
	return ""
}

func roleName(role string) string {
	if role == platform.RoleDepartment {
		return "工信厅审核人员"
	}
	return "运营人员"
}

// approveSettlement: the operator passes the first review, the department
// approves; the operator is then told to pay.
func approveSettlement(e *core.RequestEvent) error {
	comment, err := readComment(e, false)
	if err != nil {
		return err
	}
	return action(e, func(tx core.App, user, s *core.Record) error {
		if s.GetString("status") != StatusPending {
			return stateError(s, "审核通过")
		}
		role := reviewerOf(s)
		if !platform.HasRole(user, role) {
			return apis.NewForbiddenError("该兑付申请正在「"+stateLabel(s)+"」，只有"+roleName(role)+"可以审核", nil)
		}
		if err := recheck(tx, s); err != nil {
			return err
		}
		s.Set("comment", comment)
		if s.GetString("stage") == StageOperator {
			if err := move(tx, s, user, "approve", StatusPending, StageDepartment, comment); err != nil {
				return err
			}
			if err := notifyReviewers(tx, platform.RoleDepartment, s, "兑付申请待审批："+s.GetString("provider_name"),
				summary(s)+"，运营审核已通过。"); err != nil {
				return err
			}
			if err := notifyProvider(tx, s, "兑付申请运营审核通过", summary(s)+"，已提交工信厅审批。"); err != nil {
				return err
			}
		} else {
			if err := move(tx, s, user, "approve", StatusApproved, StageDone, comment); err != nil {
				return err
			}
			if err := notifyReviewers(tx, platform.RoleOperator, s, "兑付申请待付款："+s.GetString("provider_name"),
				summary(s)+"，工信厅已审批通过，请付款后登记付款信息。"); err != nil {
				return err
			}
			if err := notifyProvider(tx, s, "兑付申请审批通过", summary(s)+"，工信厅已审批通过，等待付款。"); err != nil {
				return err
			}
		}
		return audit(tx, e, s, "approve", map[string]any{"comment": comment})
	})
}

// rejectSettlement: the reviewer of the stage (or the operator before
// paying) sends the request back with a reason; the provider may fix and
// resubmit it.
func rejectSettlement(e *core.RequestEvent) error {
	comment, err := readComment(e, true)
	if err != nil {
		return err
	}
	return action(e, func(tx core.App, user, s *core.Record) error {
		st := s.GetString("status")
		if st != StatusPending && st != StatusApproved {
			return stateError(s, "驳回")
		}
		role := reviewerOf(s)
		if !platform.HasRole(user, role) {
			return apis.NewForbiddenError("该兑付申请正在「"+stateLabel(s)+"」，只有"+roleName(role)+"可以驳回", nil)
		}
		s.Set("comment", comment)
		if err := move(tx, s, user, "reject", StatusRejected, s.GetString("stage"), comment); err != nil {
			return err
		}
		if err := notifyProvider(tx, s, "兑付申请被驳回："+s.GetString("activity_name"),
			summary(s)+"，驳回原因："+comment+"。修改后可重新提交。"); err != nil {
			return err
		}
		return audit(tx, e, s, "reject", map[string]any{"comment": comment})
	})
}

// paySettlement: the operator records the payout of an approved request
// (bank reference and date); the request is 已兑付.
func paySettlement(e *core.RequestEvent) error {
	var body struct {
		PayoutRef string `json:"payout_ref"`
		PaidAt    string `json:"paid_at"`
		Comment   string `json:"comment"`
	}
	if err := e.BindBody(&body); err != nil {
		return platform.FieldError("payout_ref", "invalid_body", "无法读取提交的数据")
	}
	ref := strings.TrimSpace(body.PayoutRef)
	switch {
	case ref == "":
		return platform.FieldError("payout_ref", "required", "请填写付款流水号")
	case len([]rune(ref)) > 100:
		return platform.FieldError("payout_ref", "too_long", "付款流水号不能超过 100 个字符")
	case len([]rune(body.Comment)) > 500:
		return platform.FieldError("comment", "too_long", "备注不能超过 500 个字")
	}
	paidAt, err := parsePaidAt(body.PaidAt)
	if err != nil {
		return err
	}
	return action(e, func(tx core.App, user, s *core.Record) error {
		if s.GetString("status") != StatusApproved {
			return stateError(s, "登记付款")
		}
		if !platform.HasRole(user, platform.RoleOperator) {
			return apis.NewForbiddenError("只有运营人员可以登记兑付付款", nil)
		}
		if sub := s.GetDateTime("submitted_at"); !sub.IsZero() && paidAt.Time().Before(dayStart(sub.Time())) {
			return platform.FieldError("paid_at", "before_submit", "付款日期不能早于兑付申请的提交日期")
		}
		if err := recheck(tx, s); err != nil {
			return err
		}
		s.Set("payout_ref", ref)
		s.Set("paid_at", paidAt)
		comment := strings.TrimSpace(body.Comment)
		if err := move(tx, s, user, "pay", StatusPaid, StageDone, comment); err != nil {
			return err
		}
		if err := notifyProvider(tx, s, "兑付款已支付："+s.GetString("activity_name"),
			summary(s)+"，已于 "+paidAt.Time().In(platform.China).Format("2006-01-02")+" 付款，流水号 "+ref+"。"); err != nil {
			return err
		}
		return audit(tx, e, s, "pay", map[string]any{"payout_ref": ref, "paid_at": paidAt.String()})
	})
}

// parsePaidAt reads the payout date ("2026-03-01" or a full datetime); it
// may not lie after today (Beijing time).
func parsePaidAt(raw string) (types.DateTime, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return types.DateTime{}, platform.FieldError("paid_at", "required", "请填写付款日期")
	}
	var t time.Time
	var err error
	if len(raw) == len("2006-01-02") {
		// A date alone is kept at noon Beijing time, so it reads as the
		// same day in any browser's time zone.
		t, err = time.ParseInLocation("2006-01-02", raw, platform.China)
		t = t.Add(12 * time.Hour)
	} else {
		var dt types.DateTime
		dt, err = types.ParseDateTime(raw)
		t = dt.Time()
	}
	if err != nil || t.IsZero() {
		return types.DateTime{}, platform.FieldError("paid_at", "invalid", "付款日期格式不正确")
	}
	if dayStart(t).After(dayStart(time.Now())) {
		return types.DateTime{}, platform.FieldError("paid_at", "future", "付款日期不能晚于今天")
	}
	dt, _ := types.ParseDateTime(t)
	return dt, nil
}

// dayStart is the start of t's day in Beijing.
func dayStart(t time.Time) time.Time {
	y, m, d := t.In(platform.China).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, platform.China)
}
