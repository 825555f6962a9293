package settlement

import (
	"fmt"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
)

// Budgets. An activity's budget_fen is the money the province put into it;
// each batch commits face_value_fen × quantity of it, claimed or not, so
// the vouchers that can ever exist are paid for. Creating or growing a
// batch past what is left is refused on every save path; the sum is read
// and the batch written in one transaction, and SQLite's single writer
// makes concurrent creates for the same activity take turns, so two of them
// cannot both fit into the same remainder.
//
// budget_fen = 0 means "no budget set": activities made before budgets
// existed (and Go code such as fixtures) keep working unlimited; the
// operator's form asks for a budget on every new activity and the
// reconciliation reports activities without one. Once set, a budget can
// be raised or lowered down to what the batches commit, never removed.
//
// A batch's face value is fixed once vouchers of it exist: issued vouchers
// keep the face they were claimed with, and "issued = sum of face values"
// must stay true.

func registerBudget(app core.App) {
	app.OnRecordCreate("voucher_batches").BindFunc(checkBatchBudget)
	app.OnRecordUpdate("voucher_batches").BindFunc(checkBatchBudget)
	app.OnRecordUpdate("voucher_activities").BindFunc(checkActivityBudget)
	app.OnRecordValidate("voucher_activities").BindFunc(validateSettleDeadline)
}

func checkBatchBudget(e *core.RecordEvent) error {
	return e.App.RunInTransaction(func(tx core.App) error {
		b := e.Record
		face, qty := b.GetInt("face_value_fen"), b.GetInt("quantity")
		if !b.IsNew() {
			old, err := tx.FindRecordById("voucher_batches", b.Id)
			if err != nil {
				return err
			}
			if old.GetInt("face_value_fen") != face {
				var issued int
				if err := tx.DB().Select("COUNT(*)").From("vouchers").Where(dbx.HashExp{"batch": b.Id}).Row(&issued); err != nil {
					return err
				}
				if issued > 0 {
					return platform.FieldError("face_value_fen", "face_fixed", fmt.Sprintf("该批次已发放 %d 张服务券，面值不能再修改", issued))
				}
			}
		}
		act, err := tx.FindRecordById("voucher_activities", b.GetString("activity"))
		if err == nil {
			if budget := act.GetInt("budget_fen"); budget > 0 {
				var others int
				if err := tx.DB().NewQuery(`SELECT COALESCE(SUM(face_value_fen * quantity), 0) FROM voucher_batches
					WHERE activity = {:a} AND id != {:id}`).Bind(dbx.Params{"a": act.Id, "id": b.Id}).Row(&others); err != nil {
					return err
				}
				if mine := face * qty; others+mine > budget {
					left := max(budget-others, 0)
					return platform.FieldError("quantity", "over_budget", fmt.Sprintf(
						"超出活动预算：活动预算 %s 元，其他批次已占用 %s 元，本批次面值 × 发放总量为 %s 元，最多还能分配 %s 元",
						Yuan(budget), Yuan(others), Yuan(mine), Yuan(left)))
				}
			}
		}
		// (A missing activity is the relation field's own error.)
		e.App = tx
		return e.Next()
	})
}

func checkActivityBudget(e *core.RecordEvent) error {
	return e.App.RunInTransaction(func(tx core.App) error {
		old, err := tx.FindRecordById("voucher_activities", e.Record.Id)
		if err != nil {
			return err
		}
		was, now := old.GetInt("budget_fen"), e.Record.GetInt("budget_fen")
		if was != now {
			if was > 0 && now <= 0 {
				return platform.FieldError("budget_fen", "budget_required", "活动预算设定后不能取消，只能调整金额")
			}
			if c, err := committed(tx, e.Record.Id); err != nil {
				return err
			} else if now < c {
				return platform.FieldError("budget_fen", "below_committed",
					fmt.Sprintf("活动预算不能少于各批次已分配的 %s 元（面值 × 发放总量）", Yuan(c)))
			}
		}
		e.App = tx
		return e.Next()
	})
}

// committed is what the batches of an activity take of its budget.
func committed(app core.App, activity string) (int, error) {
	var sum int
	err := app.DB().NewQuery("SELECT COALESCE(SUM(face_value_fen * quantity), 0) FROM voucher_batches WHERE activity = {:a}").
		Bind(dbx.Params{"a": activity}).Row(&sum)
	return sum, err
}

// validateSettleDeadline: providers ask to be paid after their buyers
// spent, so 申请兑付截止 is not before the activity ends.
func validateSettleDeadline(e *core.RecordEvent) error {
	d, end := e.Record.GetDateTime("settle_deadline"), e.Record.GetDateTime("end_at")
	if !d.IsZero() && !end.IsZero() && d.Before(end) {
		return platform.FieldError("settle_deadline", "before_end", "申请兑付截止时间不能早于活动结束时间")
	}
	return e.Next()
}
