package vouchers

import (
	"time"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// claimInGroup is one claim: the enterprise's count (exact inside the
// write transaction), the conditional decrement and the insert.
func claimInGroup(tx core.App, v *core.Record, batch, ent string, limit int) error {
	var n int
	params := map[string]any{"b": batch, "e": ent}
	if err := tx.DB().NewQuery("SELECT COUNT(*) FROM vouchers WHERE batch = {:b} AND enterprise = {:e}").
		Bind(params).Row(&n); err != nil {
		return err
	}
	if n >= limit {
		return errClaimLimit()
	}
	res, err := tx.DB().NewQuery("UPDATE voucher_batches SET remaining = remaining - 1 WHERE id = {:b} AND remaining > 0").
		Bind(params).Execute()
	if err != nil {
		return err
	}
	if ra, _ := res.RowsAffected(); ra != 1 {
		return errSoldOut()
	}
	v.MarkAsNew() // a retried group inserts again
	v.Set("claim_seq", n+1)
	// Fields were built from the batch; the relation checks of full
	// validation would only re-read rows just read.
	if err := tx.SaveNoValidate(v); err != nil {
		v.MarkAsNew()
		if platform.IsUniqueErr(err) {
			return errClaimLimit() // another process took the seq: never exceed the limit
		}
		return err
	}
	return nil
}

// Refusals are built per request: error values are mutated on the way out
// (message translation) and must not be shared between goroutines.
func errSoldOut() error {
	return platform.FieldError("batch", "sold_out", "该批次服务券已领完")
}

func errClaimLimit() error {
	return platform.FieldError("batch", "limit_reached", "已达领取上限")
}

// claimVoucher issues one voucher of a batch to the caller's enterprise.
// The hot path reads outside the transaction (concurrent connections) and
// keeps the write transaction to three statements: the per-enterprise
// count, the conditional decrement and the insert.
func claimVoucher(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	if !platform.HasRole(user, platform.RoleEnterprise) {
		return apis.NewForbiddenError("只有企业用户可以领取服务券", nil)
	}
	ent, err := platform.CertifiedCached(e.App, user, "领取服务券")
	if err != nil {
		return err
	}
	var body struct {
		Batch string `json:"batch"`
	}
	if err := e.BindBody(&body); err != nil || body.Batch == "" {
		return platform.FieldError("batch", "required", "请选择要领取的服务券批次")
	}
	cache := platform.CacheOf(e.App)
	batch, err := cache.Find(e.App, "voucher_batches", body.Batch)
	if err != nil {
		return platform.FieldError("batch", "not_found", "服务券批次不存在")
	}
	activity, err := cache.Find(e.App, "voucher_activities", batch.GetString("activity"))
	if err != nil || !activity.GetBool("listed") {
		return platform.FieldError("batch", "not_listed", "该服务券活动未上架")
	}
	now := time.Now()
	if now.Before(activity.GetDateTime("start_at").Time()) {
		return platform.FieldError("batch", "not_started", "服务券活动尚未开始")
	}
	if now.After(activity.GetDateTime("end_at").Time()) {
		return platform.FieldError("batch", "ended", "服务券活动已结束")
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
	v.Set("status", workflow.VoucherActive)
	v.Set("billing_mode", "单独计价")
	if days := batch.GetInt("valid_days"); days > 0 {
		v.Set("valid_from", now)
		v.Set("valid_to", now.Add(time.Duration(days)*24*time.Hour))
	} else {
		to := batch.GetDateTime("valid_to")
		if !to.IsZero() && now.After(to.Time()) {
			return platform.FieldError("batch", "validity_over", "该批次服务券已过有效期")
		}
		v.Set("valid_from", batch.GetDateTime("valid_from"))
		v.Set("valid_to", to)
	}
	limit := batch.GetInt("per_enterprise_limit")

	// The write transaction is the bottleneck (one writer). The claim —
	// the enterprise's count, the conditional decrement and the insert
	// with claim_seq = count+1 — runs as one job of the group writer
	// (platform.RunGrouped): atomic in its savepoint of a transaction
	// shared with the claims waiting at the same moment. The unique
	// (batch, enterprise, claim_seq) index is the backstop: seqs are
	// distinct and <= limit, so even another process cannot exceed it.
	err = platform.RunGrouped(e.App, func(tx core.App) error {
		return claimInGroup(tx, v, batch.Id, ent.Id, limit)
	})
	if err != nil {
		v.MarkAsNew()
		return err
	}
	return e.JSON(200, v)
}
