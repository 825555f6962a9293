package vouchers

import (
	"database/sql"
	"errors"
	"net/http"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// claimVoucher (POST /api/smedx/vouchers/claim) issues one voucher of a
// batch to the caller's enterprise. The claim is a pipeline:
//
//	parse   claimRequest: the claimant (certified enterprise user) and the batch
//	load    openBatch: the batch and its activity (read cache), open now
//	build   claimValidity (pure) and newClaimedVoucher: the row to insert
//	write   claimInGroup as one job of the group writer: count, decrement, insert
//	result  the voucher
//
// The hot path reads outside the transaction (concurrent connections) and
// keeps the write transaction to three statements.
func claimVoucher(e *core.RequestEvent) error {
	user, ent, batchID, err := claimRequest(e)
	if err != nil {
		return err
	}
	now := time.Now()
	batch, err := openBatch(e.App, batchID, now)
	if err != nil {
		return err
	}
	v, err := newClaimedVoucher(e.App, batch, user, ent, now)
	if err != nil {
		return err
	}
	limit := batch.GetInt("per_enterprise_limit")

	// The write transaction is the bottleneck (one writer). The claim —
	// the enterprise's count, the conditional decrement and the insert
	// with claim_seq = count+1 — runs as one job of the group writer
	// (platform.RunGroupedBare): atomic without a savepoint (see claimInGroup), in a transaction
	// shared with the claims waiting at the same moment. The unique
	// (batch, enterprise, claim_seq) index is the backstop: seqs are
	// distinct and <= limit, so even another process cannot exceed it.
	err = platform.RunGroupedBare(e.App, func(tx core.App) error {
		return claimInGroup(tx, v, batch.Id, ent.Id, limit)
	})
	if err != nil {
		v.MarkAsNew()
		return err
	}
	return e.JSON(200, v)
}

// claimRequest is the parse step: an enterprise user of a certified
// enterprise naming a batch.
func claimRequest(e *core.RequestEvent) (user, ent *core.Record, batchID string, err error) {
	user, err = platform.AuthUser(e)
	if err != nil {
		return nil, nil, "", err
	}
	if !platform.HasRole(user, platform.RoleEnterprise) {
		return nil, nil, "", platform.Error(http.StatusForbidden, "只有企业用户可以领取服务券")
	}
	ent, err = platform.CertifiedCached(e.App, user, "领取服务券")
	if err != nil {
		return nil, nil, "", err
	}
	var body struct {
		Batch string `json:"batch"`
	}
	if err := e.BindBody(&body); err != nil || body.Batch == "" {
		return nil, nil, "", platform.FieldError("batch", "required", "请选择要领取的服务券批次")
	}
	return user, ent, body.Batch, nil
}

// openBatch is the load step: the batch, whose activity is listed and
// running at now.
func openBatch(app core.App, batchID string, now time.Time) (*core.Record, error) {
	cache := platform.CacheOf(app)
	batch, err := cache.Find(app, "voucher_batches", batchID)
	if err != nil {
		return nil, platform.FieldError("batch", "not_found", "服务券批次不存在")
	}
	activity, err := cache.Find(app, "voucher_activities", batch.GetString("activity"))
	if err != nil {
		return nil, platform.FieldError("batch", "not_listed", "该服务券活动未上架")
	}
	if err := activityRefusal(activity.GetBool("listed"), activity.GetDateTime("start_at").Time(),
		activity.GetDateTime("end_at").Time(), now); err != nil {
		return nil, err
	}
	return batch, nil
}

// activityRefusal (pure) refuses a claim outside the activity: unlisted,
// not started or ended.
func activityRefusal(listed bool, start, end, now time.Time) error {
	switch {
	case !listed:
		return platform.FieldError("batch", "not_listed", "该服务券活动未上架")
	case now.Before(start):
		return platform.FieldError("batch", "not_started", "服务券活动尚未开始")
	case now.After(end):
		return platform.FieldError("batch", "ended", "服务券活动已结束")
	}
	return nil
}

// claimValidity (pure) is the validity of a voucher claimed at now: days
// after the claim when the batch gives valid_days, else the batch's fixed
// dates, refused once they have ended.
func claimValidity(days int, from, to types.DateTime, now time.Time) (types.DateTime, types.DateTime, error) {
	if days > 0 {
		f, _ := types.ParseDateTime(now)
		t, _ := types.ParseDateTime(now.Add(time.Duration(days) * 24 * time.Hour))
		return f, t, nil
	}
	if !to.IsZero() && now.After(to.Time()) {
		return types.DateTime{}, types.DateTime{}, platform.FieldError("batch", "validity_over", "该批次服务券已过有效期")
	}
	return from, to, nil
}

// newClaimedVoucher is the build step: the voucher row of batch for the
// claimant, its balance the face value.
func newClaimedVoucher(app core.App, batch, user, ent *core.Record, now time.Time) (*core.Record, error) {
	from, to, err := claimValidity(batch.GetInt("valid_days"), batch.GetDateTime("valid_from"), batch.GetDateTime("valid_to"), now)
	if err != nil {
		return nil, err
	}
	col, err := app.FindCachedCollectionByNameOrId("vouchers")
	if err != nil {
		return nil, err
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
	v.Set("valid_from", from)
	v.Set("valid_to", to)
	return v, nil
}

// claimInGroup is the write step of one claim, a bare job of the group
// writer (no savepoint): two statements when it succeeds. The decrement
// is conditional on stock left and on the enterprise's count (exact inside
// the write transaction) being under the limit, and returns that count;
// when it changes nothing, nothing was written and a count tells which
// refusal it is. Should the insert then fail, the decrement is undone.
func claimInGroup(tx core.App, v *core.Record, batch, ent string, limit int) error {
	params := dbx.Params{"b": batch, "e": ent, "l": limit}
	var n int
	err := tx.DB().NewQuery(`UPDATE voucher_batches SET remaining = remaining - 1
		WHERE id = {:b} AND remaining > 0
		AND (SELECT COUNT(*) FROM vouchers WHERE batch = {:b} AND enterprise = {:e}) < {:l}
		RETURNING (SELECT COUNT(*) FROM vouchers WHERE batch = {:b} AND enterprise = {:e})`).
		Bind(params).Row(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return claimRefusal(tx, params, limit)
	}
	if err != nil {
		return err
	}
	v.MarkAsNew() // a retried group inserts again
	v.Set("claim_seq", n+1)
	// Fields were built from the batch; the relation checks of full
	// validation would only re-read rows just read.
	if err := tx.SaveNoValidate(v); err != nil {
		v.MarkAsNew()
		if _, uerr := tx.DB().NewQuery("UPDATE voucher_batches SET remaining = remaining + 1 WHERE id = {:b}").
			Bind(params).Execute(); uerr != nil {
			return platform.GroupAbort(uerr)
		}
		if platform.IsUniqueErr(err) {
			return errClaimLimit() // another process took the seq: never exceed the limit
		}
		return err
	}
	return nil
}

// claimRefusal says why the conditional decrement changed nothing: the
// enterprise's limit, else sold out (or the batch is gone).
func claimRefusal(tx core.App, params dbx.Params, limit int) error {
	var n int
	if err := tx.DB().NewQuery("SELECT COUNT(*) FROM vouchers WHERE batch = {:b} AND enterprise = {:e}").
		Bind(params).Row(&n); err != nil {
		return err
	}
	if n >= limit {
		return errClaimLimit()
	}
	return errSoldOut()
}

// Refusals are built per request: error values are mutated on the way out
// (message translation) and must not be shared between goroutines.
func errSoldOut() error {
	return platform.FieldError("batch", "sold_out", "该批次服务券已领完")
}

func errClaimLimit() error {
	return platform.FieldError("batch", "limit_reached", "已达领取上限")
}
