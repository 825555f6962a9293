package vouchers

import (
	"fmt"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/menus"
	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// Voucher accounting rule (DESIGN §2): every change of a voucher's balance
// is a voucher_ledger row. delta_fen is negative when spent (DESIGN §3), so
// "face - balance = sum(ledger)" of DESIGN §2 reads, with signs, as
//
//	face_value_fen - balance_fen = -sum(voucher_ledger.delta_fen)
//
// i.e. balance = face + sum(deltas): what was spent net of refunds.
// Expiry does NOT write the balance off: an expired voucher keeps the
// balance it had (shown as 余额 in 服务券查询) and simply can no longer be
// spent; since the balance does not change there is no ledger row. A
// cancelled order gives its deduction back to the voucher even if the
// voucher has expired meanwhile (the balance is then frozen again).

// Register binds the hooks and routes of voucher activities, batches, claims and expiry (issue 6).
func Register(app core.App) {
	app.OnRecordValidate("voucher_activities").BindFunc(validateActivity)
	app.OnRecordValidate("voucher_batches").BindFunc(validateBatch)
	app.OnRecordCreate("voucher_batches").BindFunc(func(e *core.RecordEvent) error {
		// A new batch has issued nothing yet.
		e.Record.Set("remaining", e.Record.GetInt("quantity"))
		return e.Next()
	})
	app.OnRecordUpdate("voucher_batches").BindFunc(updateBatch)
	app.OnRecordCreateRequest("voucher_batches").BindFunc(batchRequest)
	app.OnRecordUpdateRequest("voucher_batches").BindFunc(batchRequest)
	app.OnRecordCreate("vouchers").BindFunc(createVoucherModel)
	app.OnRecordUpdate("vouchers").BindFunc(updateVoucherModel)
	app.OnRecordCreate("voucher_ledger").BindFunc(func(e *core.RecordEvent) error {
		if e.Record.GetInt("delta_fen") == 0 {
			return platform.FieldError("delta_fen", "zero_delta", "流水金额不能为 0")
		}
		return e.Next()
	})

	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.POST("/api/smedx/vouchers/claim", claimVoucher).Bind(menus.Require(menus.VoucherActivities, menus.VoucherAdmin))
		se.Router.GET("/api/smedx/vouchers/{id}/products", voucherProducts).Bind(menus.Require(menus.VoucherQuery, menus.VoucherActivities, menus.VoucherAdmin))
		se.Router.GET("/api/smedx/vouchers/{id}", voucherDetail).Bind(menus.Require(menus.VoucherQuery, menus.VoucherActivities, menus.VoucherAdmin))
		return se.Next()
	})

	// Every five minutes; ExpireVouchers is idempotent.
	app.Cron().MustAdd("smedx_expire_vouchers", "*/5 * * * *", func() {
		if n, err := ExpireVouchers(app, time.Now()); err != nil {
			app.Logger().Error("expire vouchers", "error", err)
		} else if n > 0 {
			app.Logger().Info("expired vouchers", "count", n)
		}
	})
}

// ---------------------------------------------------------------------
// Activities and batches (operators, dashboard or records API).

func validateActivity(e *core.RecordEvent) error {
	start, end := e.Record.GetDateTime("start_at"), e.Record.GetDateTime("end_at")
	if !start.IsZero() && !end.IsZero() && !end.After(start) {
		return platform.FieldError("end_at", "end_before_start", "结束时间必须晚于开始时间")
	}
	return e.Next()
}

func validateBatch(e *core.RecordEvent) error {
	r := e.Record
	errs := validation.Errors{}
	days := r.GetInt("valid_days")
	from, to := r.GetDateTime("valid_from"), r.GetDateTime("valid_to")
	switch {
	case days > 0:
		// valid for valid_days after the claim; fixed dates are ignored
	case from.IsZero() && to.IsZero():
		// Open-ended validity is allowed for Go code (fixtures); the
		// dashboard and the API must give one (batchRequest).
	case from.IsZero() || to.IsZero():
		errs["valid_to"] = platform.Invalid("validity_required", "请填写有效期：起止日期或领取后有效天数")
	case !to.After(from):
		errs["valid_to"] = platform.Invalid("validity_order", "有效期结束日期必须晚于开始日期")
	}
	if q, rem := r.GetInt("quantity"), r.GetInt("remaining"); rem > q || rem < 0 {
		errs["remaining"] = platform.Invalid("remaining_range", "剩余数量不能大于发行数量")
	}
	if lim := r.GetInt("per_enterprise_limit"); lim > r.GetInt("quantity") {
		errs["per_enterprise_limit"] = platform.Invalid("limit_range", "每企业限领数量不能大于发行数量")
	}
	if ratio := r.GetFloat("max_ratio"); ratio < 0 || ratio > 1 {
		errs["max_ratio"] = platform.Invalid("ratio_range", "抵扣比例上限应在 0 到 1 之间（0 表示不限）")
	}
	if raw := r.Get("scope_categories"); raw != nil {
		if _, err := scopeCategories(r); err != nil {
			errs["scope_categories"] = platform.Invalid("scope_invalid", "适用分类必须是分类编码的列表")
		}
	}
	if len(errs) > 0 {
		return platform.BadRequest(errs)
	}
	return e.Next()
}

// batchRequest: operators (dashboard, records API) must give a validity,
// fixed dates or days after the claim.
func batchRequest(e *core.RecordRequestEvent) error {
	r := e.Record
	if r.GetInt("valid_days") <= 0 && (r.GetDateTime("valid_from").IsZero() || r.GetDateTime("valid_to").IsZero()) {
		return platform.FieldError("valid_to", "validity_required", "请填写有效期：起止日期或领取后有效天数")
	}
	return e.Next()
}

// updateBatch keeps remaining = quantity - issued whatever the editor sent:
// claims decrement remaining with SQL, so a stale value saved from the
// dashboard must never overwrite it (that would oversell). The count and
// the write share one transaction, which claims serialise with.
func updateBatch(e *core.RecordEvent) error {
	return e.App.RunInTransaction(func(tx core.App) error {
		var issued int
		if err := tx.DB().NewQuery("SELECT COUNT(*) FROM vouchers WHERE batch = {:b}").
			Bind(map[string]any{"b": e.Record.Id}).Row(&issued); err != nil {
			return err
		}
		q := e.Record.GetInt("quantity")
		if q < issued {
			return platform.FieldError("quantity", "below_issued", fmt.Sprintf("发行数量不能少于已领取的 %d 张", issued))
		}
		e.Record.Set("remaining", q-issued)
		e.App = tx
		return e.Next()
	})
}

// ---------------------------------------------------------------------
// Vouchers rows.

// createVoucherModel: a new voucher has no ledger rows yet, so its balance
// is its face value.
func createVoucherModel(e *core.RecordEvent) error {
	if e.Record.GetInt("balance_fen") != e.Record.GetInt("face_value_fen") {
		return platform.FieldError("balance_fen", "balance_mismatch", "新服务券的余额必须等于面值")
	}
	return e.Next()
}

// updateVoucherModel keeps face - balance = sum(ledger) on every save path
// (the dashboard included): a balance is only changed together with its
// ledger rows. void is final.
func updateVoucherModel(e *core.RecordEvent) error {
	// The stored row, not Original() (stale on a record object saved twice).
	old, err := e.App.FindRecordById("vouchers", e.Record.Id)
	if err != nil {
		return err
	}
	if old.GetString("status") == workflow.VoucherVoid && e.Record.GetString("status") != workflow.VoucherVoid {
		return platform.FieldError("status", "void_final", "已作废的服务券不能恢复")
	}
	if e.Record.GetInt("face_value_fen") != old.GetInt("face_value_fen") {
		return platform.FieldError("face_value_fen", "face_immutable", "服务券面值不能修改")
	}
	return e.App.RunInTransaction(func(tx core.App) error {
		sum, err := ledgerSum(tx, e.Record.Id)
		if err != nil {
			return err
		}
		if want := e.Record.GetInt("face_value_fen") + sum; e.Record.GetInt("balance_fen") != want {
			return platform.FieldError("balance_fen", "balance_mismatch",
				fmt.Sprintf("服务券余额必须等于面值减去流水合计（应为 %d 分），请通过流水调整余额", want))
		}
		e.App = tx
		return e.Next()
	})
}

func ledgerSum(app core.App, voucherID string) (int, error) {
	var sum int
	err := app.DB().NewQuery("SELECT COALESCE(SUM(delta_fen), 0) FROM voucher_ledger WHERE voucher = {:v}").
		Bind(map[string]any{"v": voucherID}).Row(&sum)
	return sum, err
}

// ExpireVouchers marks every active voucher whose validity ended before now
// as expired and returns how many. The balance stays as it was (see the
// accounting rule above), so no ledger row is written. The cron job and the
// tests call it.
func ExpireVouchers(app core.App, now time.Time) (int, error) {
	at, err := types.ParseDateTime(now)
	if err != nil {
		return 0, err
	}
	res, err := app.DB().NewQuery(`UPDATE vouchers SET status = 'expired', updated = {:now}
		WHERE status = 'active' AND valid_to != '' AND valid_to < {:now}`).
		Bind(map[string]any{"now": at.String()}).Execute()
	if err != nil {
		return 0, err
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// ---------------------------------------------------------------------
// Claim.
