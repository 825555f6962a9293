package vouchers

import (
	"net/http"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cast"

	"smedx/hooks/platform"
)

// scopeCategories returns the category codes a batch is limited to.
func scopeCategories(batch *core.Record) ([]string, error) {
	return platform.JSONStrings(batch.Get("scope_categories"))
}

// voucherScope is what a batch lets its vouchers pay for. Empty means
// every listed product; otherwise a product qualifies when it is one of
// Products or has one of Categories.
type VoucherScope struct {
	Products   []string
	Categories []string
	MaxRatio   float64 // share of an order the batch may cover; 0 = no cap
}

func ScopeOf(batch *core.Record) VoucherScope {
	cats, _ := scopeCategories(batch)
	return VoucherScope{Products: batch.GetStringSlice("scope_products"), Categories: cats, MaxRatio: batch.GetFloat("max_ratio")}
}

// Covers reports whether a product (id, category codes) is in scope.
func (s VoucherScope) Covers(productID string, categories []string) bool {
	if len(s.Products) == 0 && len(s.Categories) == 0 {
		return true
	}
	for _, p := range s.Products {
		if p == productID {
			return true
		}
	}
	for _, c := range s.Categories {
		for _, pc := range categories {
			if c == pc {
				return true
			}
		}
	}
	return false
}

// canSeeVoucher: the holder's enterprise and operators.
func canSeeVoucher(user, voucher *core.Record) bool {
	if platform.HasRole(user, platform.RoleOperator) {
		return true
	}
	return user.GetString("enterprise") != "" && user.GetString("enterprise") == voucher.GetString("enterprise")
}

// voucherDetail (服务券详情) returns the voucher with its batch, activity
// and ledger (newest first).
func voucherDetail(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	v, err := e.App.FindRecordById("vouchers", e.Request.PathValue("id"))
	if err != nil || !canSeeVoucher(user, v) {
		return platform.Error(http.StatusNotFound, "服务券不存在")
	}
	out := map[string]any{"voucher": v}
	if batch, err := e.App.FindRecordById("voucher_batches", v.GetString("batch")); err == nil {
		out["batch"] = batch
		if act, err := e.App.FindRecordById("voucher_activities", batch.GetString("activity")); err == nil {
			out["activity"] = act
		}
	}
	ledger, err := e.App.FindRecordsByFilter("voucher_ledger", "voucher = {:v}", "-created", 0, 0, dbx.Params{"v": v.Id})
	if err != nil {
		return err
	}
	out["ledger"] = ledger
	return e.JSON(200, out)
}

// voucherProducts (去使用) lists the listed products the voucher can pay
// for: ?page=1&perPage=20, newest listing first.
func voucherProducts(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	v, err := e.App.FindRecordById("vouchers", e.Request.PathValue("id"))
	if err != nil || !canSeeVoucher(user, v) {
		return platform.Error(http.StatusNotFound, "服务券不存在")
	}
	batch, err := e.App.FindRecordById("voucher_batches", v.GetString("batch"))
	if err != nil {
		return platform.Error(http.StatusNotFound, "服务券批次不存在")
	}
	scope := ScopeOf(batch)
	page, perPage := platform.RequestPage(e)

	q := e.App.RecordQuery("products").AndWhere(dbx.HashExp{"status": "listed"})
	if len(scope.Products) > 0 || len(scope.Categories) > 0 {
		var or []dbx.Expression
		if len(scope.Products) > 0 {
			or = append(or, dbx.In("products.id", toAny(scope.Products)...))
		}
		if len(scope.Categories) > 0 {
			ph := make([]string, len(scope.Categories))
			params := dbx.Params{}
			for i, c := range scope.Categories {
				k := "c" + cast.ToString(i)
				ph[i] = "{:" + k + "}"
				params[k] = c
			}
			or = append(or, dbx.NewExp("EXISTS (SELECT 1 FROM json_each(products.categories) WHERE json_each.value IN ("+strings.Join(ph, ",")+"))", params))
		}
		q.AndWhere(dbx.Or(or...))
	}
	var total int
	if err := q.Select("COUNT(*)").Row(&total); err != nil {
		return err
	}
	var products []*core.Record
	if err := q.Select("products.*").OrderBy("listed_at DESC", "created DESC").
		Offset(int64((page - 1) * perPage)).Limit(int64(perPage)).All(&products); err != nil {
		return err
	}
	return e.JSON(200, map[string]any{
		"page": page, "perPage": perPage, "totalItems": total, "items": products,
		"voucher": map[string]any{"id": v.Id, "name": v.GetString("name"), "balance_fen": v.GetInt("balance_fen"), "status": v.GetString("status")},
	})
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
