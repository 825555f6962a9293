package hooks

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
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

// Voucher statuses.
const (
	VoucherActive  = "active"
	VoucherUsedUp  = "used_up"
	VoucherExpired = "expired"
	VoucherVoid    = "void"
)

// registerVouchers binds the hooks and routes of voucher activities, batches, claims and expiry (issue 6).
func registerVouchers(app core.App) {
	registerHotCache(app)
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
			return fieldError("delta_fen", "zero_delta", "流水金额不能为 0")
		}
		return e.Next()
	})

	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.POST("/api/smedx/vouchers/claim", claimVoucher)
		se.Router.GET("/api/smedx/vouchers/{id}/products", voucherProducts)
		se.Router.GET("/api/smedx/vouchers/{id}", voucherDetail)
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
		return fieldError("end_at", "end_before_start", "结束时间必须晚于开始时间")
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
		errs["valid_to"] = validation.NewError("validity_required", "请填写有效期：起止日期或领取后有效天数")
	case !to.After(from):
		errs["valid_to"] = validation.NewError("validity_order", "有效期结束日期必须晚于开始日期")
	}
	if q, rem := r.GetInt("quantity"), r.GetInt("remaining"); rem > q || rem < 0 {
		errs["remaining"] = validation.NewError("remaining_range", "剩余数量不能大于发行数量")
	}
	if lim := r.GetInt("per_enterprise_limit"); lim > r.GetInt("quantity") {
		errs["per_enterprise_limit"] = validation.NewError("limit_range", "每企业限领数量不能大于发行数量")
	}
	if ratio := r.GetFloat("max_ratio"); ratio < 0 || ratio > 1 {
		errs["max_ratio"] = validation.NewError("ratio_range", "抵扣比例上限应在 0 到 1 之间（0 表示不限）")
	}
	if raw := r.Get("scope_categories"); raw != nil {
		if _, err := scopeCategories(r); err != nil {
			errs["scope_categories"] = validation.NewError("scope_invalid", "适用分类必须是分类编码的列表")
		}
	}
	if len(errs) > 0 {
		return apis.NewBadRequestError(firstMessage(errs), errs)
	}
	return e.Next()
}

// batchRequest: operators (dashboard, records API) must give a validity,
// fixed dates or days after the claim.
func batchRequest(e *core.RecordRequestEvent) error {
	r := e.Record
	if r.GetInt("valid_days") <= 0 && (r.GetDateTime("valid_from").IsZero() || r.GetDateTime("valid_to").IsZero()) {
		return fieldError("valid_to", "validity_required", "请填写有效期：起止日期或领取后有效天数")
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
			return fieldError("quantity", "below_issued", fmt.Sprintf("发行数量不能少于已领取的 %d 张", issued))
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
		return fieldError("balance_fen", "balance_mismatch", "新服务券的余额必须等于面值")
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
	if old.GetString("status") == VoucherVoid && e.Record.GetString("status") != VoucherVoid {
		return fieldError("status", "void_final", "已作废的服务券不能恢复")
	}
	if e.Record.GetInt("face_value_fen") != old.GetInt("face_value_fen") {
		return fieldError("face_value_fen", "face_immutable", "服务券面值不能修改")
	}
	return e.App.RunInTransaction(func(tx core.App) error {
		sum, err := ledgerSum(tx, e.Record.Id)
		if err != nil {
			return err
		}
		if want := e.Record.GetInt("face_value_fen") + sum; e.Record.GetInt("balance_fen") != want {
			return fieldError("balance_fen", "balance_mismatch",
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

// Refusals are built per request: error values are mutated on the way out
// (message translation) and must not be shared between goroutines.
func errSoldOut() error    { return fieldError("batch", "sold_out", "该批次服务券已领完") }
func errClaimLimit() error { return fieldError("batch", "limit_reached", "已达领取上限") }

// claimVoucher issues one voucher of a batch to the caller's enterprise.
// The hot path reads outside the transaction (concurrent connections) and
// keeps the write transaction to three statements: the per-enterprise
// count, the conditional decrement and the insert.
func claimVoucher(e *core.RequestEvent) error {
	user, err := authUser(e)
	if err != nil {
		return err
	}
	if !hasRole(user, RoleEnterprise) {
		return apis.NewForbiddenError("只有企业用户可以领取服务券", nil)
	}
	ent, err := certifiedCached(e.App, user, "领取服务券")
	if err != nil {
		return err
	}
	var body struct {
		Batch string `json:"batch"`
	}
	if err := e.BindBody(&body); err != nil || body.Batch == "" {
		return fieldError("batch", "required", "请选择要领取的服务券批次")
	}
	cache := cacheOf(e.App)
	batch, err := cache.find(e.App, "voucher_batches", body.Batch)
	if err != nil {
		return fieldError("batch", "not_found", "服务券批次不存在")
	}
	activity, err := cache.find(e.App, "voucher_activities", batch.GetString("activity"))
	if err != nil || !activity.GetBool("listed") {
		return fieldError("batch", "not_listed", "该服务券活动未上架")
	}
	now := time.Now()
	if now.Before(activity.GetDateTime("start_at").Time()) {
		return fieldError("batch", "not_started", "服务券活动尚未开始")
	}
	if now.After(activity.GetDateTime("end_at").Time()) {
		return fieldError("batch", "ended", "服务券活动已结束")
	}

	col, err := e.App.FindCachedCollectionByNameOrId("vouchers")
	if err != nil {
		return err
	}
	v := core.NewRecord(col)
	v.Set("batch", batch.Id)
	v.Set("enterprise", ent.Id)
	v.Set("holder", user.Id)
	v.Set("name", batch.GetString("name"))
	v.Set("face_value_fen", batch.GetInt("face_value_fen"))
	v.Set("balance_fen", batch.GetInt("face_value_fen"))
	v.Set("status", VoucherActive)
	v.Set("billing_mode", "单独计价")
	if days := batch.GetInt("valid_days"); days > 0 {
		v.Set("valid_from", now)
		v.Set("valid_to", now.Add(time.Duration(days)*24*time.Hour))
	} else {
		to := batch.GetDateTime("valid_to")
		if !to.IsZero() && now.After(to.Time()) {
			return fieldError("batch", "validity_over", "该批次服务券已过有效期")
		}
		v.Set("valid_from", batch.GetDateTime("valid_from"))
		v.Set("valid_to", to)
	}
	limit := batch.GetInt("per_enterprise_limit")

	// The write transaction is the bottleneck (one writer). The claim —
	// the enterprise's count, the conditional decrement and the insert
	// with claim_seq = count+1 — runs as one job of the group writer
	// (vouchers_batcher.go): atomic in its savepoint of a transaction
	// shared with the claims waiting at the same moment. The unique
	// (batch, enterprise, claim_seq) index is the backstop: seqs are
	// distinct and <= limit, so even another process cannot exceed it.
	err = runGrouped(e.App, func(tx core.App) error {
		return claimInGroup(tx, v, batch.Id, ent.Id, limit)
	})
	if err != nil {
		v.MarkAsNew()
		return err
	}
	return e.JSON(200, v)
}

// runTx runs fn in a transaction, retrying the whole transaction when
// SQLite reports the database busy or locked (another process, e.g. the
// CLI, holds the write lock longer than busy_timeout). In-process writers
// queue on PocketBase's single write connection and never see busy.
// A request therefore always gets a definitive answer: the result of fn,
// or after the retries a 503.
func runTx(app core.App, fn func(tx core.App) error) error {
	var err error
	for attempt := 0; attempt < 8; attempt++ {
		err = app.RunInTransaction(fn)
		if err == nil || !isBusyErr(err) {
			return err
		}
		time.Sleep(time.Duration(10<<attempt)*time.Millisecond + time.Duration(rand.IntN(10))*time.Millisecond)
	}
	app.Logger().Warn("transaction gave up after busy retries", "error", err)
	return apis.NewApiError(503, "系统繁忙，请稍后重试", nil)
}

func isBusyErr(err error) bool {
	s := err.Error()
	return strings.Contains(s, "database is locked") || strings.Contains(s, "SQLITE_BUSY") ||
		strings.Contains(s, "database table is locked")
}

func isUniqueErr(err error) bool {
	var ve validation.Errors
	if errors.As(err, &ve) {
		for _, fe := range ve {
			var ce validation.Error
			if errors.As(fe, &ce) && ce.Code() == "validation_not_unique" {
				return true
			}
		}
	}
	return strings.Contains(strings.ToLower(err.Error()), "unique constraint failed")
}

// firstMessage returns the message of the alphabetically first field error.
func firstMessage(errs validation.Errors) string {
	first := ""
	msg := "提交的数据有误"
	for k, v := range errs {
		if first == "" || k < first {
			first, msg = k, v.Error()
		}
	}
	return msg
}
