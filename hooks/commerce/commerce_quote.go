package commerce

import (
	"fmt"
	"net/http"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/hooks/vouchers"
	"smedx/hooks/workflow"
)

// orderRequest is the body of orders/quote and orders/checkout: either
// items (buy now) or cart:true (all of the user's cart rows, or only
// cart_items when given); vouchers are the ids the buyer selected (nil on
// a quote means "pre-select for me").
type orderRequest struct {
	Items []struct {
		Product  string `json:"product"`
		Spec     string `json:"spec"`
		Quantity int    `json:"quantity"`
	} `json:"items"`
	Cart      bool      `json:"cart"`
	CartItems []string  `json:"cart_items"`
	Vouchers  *[]string `json:"vouchers"`
}

// orderLine is one order-to-be, priced.
type orderLine struct {
	Product, Spec *core.Record
	Quantity      int
	UnitPrice     int
	Total         int
	Categories    []string
	CartItem      string
}

const maxOrderLines = 50

func itemError(i int, msg string) error {
	return platform.FieldError("items", "invalid_item", fmt.Sprintf("第 %d 项：%s", i+1, msg))
}

// orderBuyer checks the caller may buy: an enterprise user of a certified
// enterprise.
func orderBuyer(e *core.RequestEvent) (*core.Record, *core.Record, error) {
	user, err := platform.AuthUser(e)
	if err != nil {
		return nil, nil, err
	}
	if !platform.HasRole(user, platform.RoleEnterprise) {
		return nil, nil, platform.Error(http.StatusForbidden, "只有企业用户可以购买商品")
	}
	ent, err := platform.CertifiedCached(e.App, user, "购买商品")
	if err != nil {
		return nil, nil, err
	}
	return user, ent, nil
}

// loadLines resolves and prices the items of req: listed products only,
// the spec must belong to the product, quantity 1..999.
func loadLines(app core.App, user *core.Record, req *orderRequest) ([]*orderLine, error) {
	type item struct {
		product, spec string
		qty           int
		cartItem      string
	}
	var items []item
	if req.Cart {
		filter, params := "user = {:u}", dbx.Params{"u": user.Id}
		rows, err := app.FindRecordsByFilter("cart_items", filter, "created", 0, 0, params)
		if err != nil {
			return nil, err
		}
		want := map[string]bool{}
		for _, id := range req.CartItems {
			want[id] = true
		}
		for _, r := range rows {
			if len(want) > 0 && !want[r.Id] {
				continue
			}
			items = append(items, item{r.GetString("product"), r.GetString("spec"), r.GetInt("quantity"), r.Id})
		}
		if len(items) == 0 {
			return nil, platform.FieldError("cart", "empty_cart", "购物车中没有可结算的商品")
		}
	} else {
		for _, it := range req.Items {
			items = append(items, item{it.Product, it.Spec, it.Quantity, ""})
		}
		if len(items) == 0 {
			return nil, platform.FieldError("items", "required", "请选择要购买的商品")
		}
	}
	if len(items) > maxOrderLines {
		return nil, platform.FieldError("items", "too_many", fmt.Sprintf("一次最多结算 %d 个商品", maxOrderLines))
	}
	cache := platform.CacheOf(app)
	lines := make([]*orderLine, 0, len(items))
	for i, it := range items {
		if it.product == "" || it.spec == "" {
			return nil, itemError(i, "请选择商品和规格")
		}
		if it.qty < 1 || it.qty > 999 {
			return nil, itemError(i, "购买数量应为 1-999")
		}
		p, err := cache.Find(app, "products", it.product)
		if err != nil {
			return nil, itemError(i, "商品不存在")
		}
		if p.GetString("status") != "listed" {
			return nil, itemError(i, "商品「"+p.GetString("name")+"」未上架，不能购买")
		}
		s, err := cache.Find(app, "product_specs", it.spec)
		if err != nil || s.GetString("product") != p.Id {
			return nil, itemError(i, "所选规格不属于该商品")
		}
		if s.GetBool("retired") {
			return nil, itemError(i, "规格「"+s.GetString("name")+"」已停售，请选择其他规格")
		}
		price := s.GetInt("price_fen")
		if s.GetString("pricing") == "free" {
			price = 0
		}
		cats, _ := platform.JSONStrings(p.Get("categories"))
		lines = append(lines, &orderLine{Product: p, Spec: s, Quantity: it.qty, UnitPrice: price,
			Total: price * it.qty, Categories: cats, CartItem: it.cartItem})
	}
	return lines, nil
}

func allocLines(lines []*orderLine) []allocLine {
	out := make([]allocLine, len(lines))
	for i, l := range lines {
		out[i] = allocLine{Product: l.Product.Id, Categories: l.Categories, Total: l.Total}
	}
	return out
}

// spendable is a voucher with what the allocation needs.
type spendable struct {
	Record *core.Record
	Alloc  allocVoucher
}

// voucherUsable explains why v cannot be spent now ("" = it can).
func voucherUsable(v *core.Record, now time.Time) string {
	name := "「" + v.GetString("name") + "」"
	switch v.GetString("status") {
	case workflow.VoucherVoid:
		return "服务券" + name + "已作废"
	case workflow.VoucherExpired:
		return "服务券" + name + "已过期"
	case workflow.VoucherUsedUp:
		return "服务券" + name + "余额不足"
	}
	if to := v.GetDateTime("valid_to"); !to.IsZero() && now.After(to.Time()) {
		return "服务券" + name + "已过期"
	}
	if from := v.GetDateTime("valid_from"); !from.IsZero() && now.Before(from.Time()) {
		return "服务券" + name + "尚未生效"
	}
	if v.GetInt("balance_fen") <= 0 {
		return "服务券" + name + "余额不足"
	}
	return ""
}

// withScopes attaches the batch scope of each voucher (one query).
func withScopes(app core.App, recs []*core.Record) ([]spendable, error) {
	ids := map[string]bool{}
	var list []string
	for _, v := range recs {
		if b := v.GetString("batch"); !ids[b] {
			ids[b] = true
			list = append(list, b)
		}
	}
	cache := platform.CacheOf(app)
	scopes := map[string]vouchers.VoucherScope{}
	for _, id := range list {
		b, err := cache.Find(app, "voucher_batches", id)
		if err != nil {
			return nil, err
		}
		scopes[b.Id] = vouchers.ScopeOf(b)
	}
	out := make([]spendable, 0, len(recs))
	for _, v := range recs {
		out = append(out, spendable{Record: v, Alloc: allocVoucher{
			ID: v.Id, Batch: v.GetString("batch"), Balance: v.GetInt("balance_fen"),
			ValidTo: v.GetDateTime("valid_to").Time(), Scope: scopes[v.GetString("batch")],
		}})
	}
	return out, nil
}

// eligibleVouchers are the enterprise's vouchers spendable now on at least
// one line, earliest expiry first.
func eligibleVouchers(app core.App, enterprise string, lines []*orderLine, now time.Time) ([]spendable, error) {
	recs, err := app.FindRecordsByFilter("vouchers", "enterprise = {:e} && status = 'active' && balance_fen > 0",
		"valid_to", 0, 0, dbx.Params{"e": enterprise})
	if err != nil {
		return nil, err
	}
	var usable []*core.Record
	for _, v := range recs {
		if voucherUsable(v, now) == "" {
			usable = append(usable, v)
		}
	}
	all, err := withScopes(app, usable)
	if err != nil {
		return nil, err
	}
	al := allocLines(lines)
	var out []spendable
	for _, s := range all {
		for _, l := range al {
			if s.Alloc.Scope.Covers(l.Product, l.Categories) {
				out = append(out, s)
				break
			}
		}
	}
	sortSpendables(out)
	return out, nil
}

func sortSpendables(s []spendable) {
	avs := make([]allocVoucher, len(s))
	byID := map[string]spendable{}
	for i, x := range s {
		avs[i] = x.Alloc
		byID[x.Alloc.ID] = x
	}
	sortVouchers(avs)
	for i, a := range avs {
		s[i] = byID[a.ID]
	}
}

// selectedVouchers loads the vouchers the buyer chose and refuses any that
// is not the enterprise's, not spendable now or in scope of no line.
func selectedVouchers(app core.App, enterprise string, ids []string, lines []*orderLine, now time.Time) ([]spendable, error) {
	seen := map[string]bool{}
	var uniq []string
	for _, id := range ids {
		if id != "" && !seen[id] {
			seen[id] = true
			uniq = append(uniq, id)
		}
	}
	if len(uniq) == 0 {
		return nil, nil
	}
	if len(uniq) > 20 {
		return nil, platform.FieldError("vouchers", "too_many", "一次最多使用 20 张服务券")
	}
	recs, err := app.FindRecordsByIds("vouchers", uniq)
	if err != nil {
		return nil, err
	}
	found := map[string]*core.Record{}
	for _, r := range recs {
		found[r.Id] = r
	}
	var chosen []*core.Record
	for _, id := range uniq {
		v := found[id]
		if v == nil || v.GetString("enterprise") != enterprise {
			return nil, platform.FieldError("vouchers", "not_own", "服务券不存在或不属于本企业")
		}
		if why := voucherUsable(v, now); why != "" {
			return nil, platform.FieldError("vouchers", "unusable", why)
		}
		chosen = append(chosen, v)
	}
	out, err := withScopes(app, chosen)
	if err != nil {
		return nil, err
	}
	al := allocLines(lines)
	for _, s := range out {
		ok := false
		for _, l := range al {
			if s.Alloc.Scope.Covers(l.Product, l.Categories) {
				ok = true
				break
			}
		}
		if !ok {
			return nil, platform.FieldError("vouchers", "out_of_scope", "服务券「"+s.Record.GetString("name")+"」不适用于所选商品")
		}
	}
	sortSpendables(out)
	return out, nil
}

func allocVouchers(s []spendable) []allocVoucher {
	out := make([]allocVoucher, len(s))
	for i, x := range s {
		out[i] = x.Alloc
	}
	return out
}

// quoteOrder (orders/quote) prices the items, lists the eligible vouchers
// (pre-selected by earliest expiry as far as they are needed, or exactly
// the given ones) and returns deduction and payable per item and in total.
func quoteOrder(e *core.RequestEvent) error {
	user, ent, err := orderBuyer(e)
	if err != nil {
		return err
	}
	var req orderRequest
	if err := e.BindBody(&req); err != nil {
		return platform.FieldError("items", "invalid_body", "无法读取提交的数据")
	}
	lines, err := loadLines(e.App, user, &req)
	if err != nil {
		return err
	}
	now := time.Now()
	eligible, err := eligibleVouchers(e.App, ent.Id, lines, now)
	if err != nil {
		return err
	}
	use := eligible
	if req.Vouchers != nil {
		if use, err = selectedVouchers(e.App, ent.Id, *req.Vouchers, lines, now); err != nil {
			return err
		}
	}
	allocs := allocate(allocLines(lines), allocVouchers(use))
	spend := voucherSpend(allocs)
	ded := lineDeductions(len(lines), allocs)

	items := make([]map[string]any, len(lines))
	total, deduction := 0, 0
	for i, l := range lines {
		var used []map[string]any
		for _, a := range allocs {
			if a.Line == i {
				used = append(used, map[string]any{"voucher": a.Voucher, "amount_fen": a.Amount})
			}
		}
		items[i] = map[string]any{
			"product": l.Product.Id, "product_name": l.Product.GetString("name"), "product_type": l.Product.GetString("type"),
			"provider_name": l.Product.GetString("provider_name"), "cover": l.Product.GetString("cover"),
			"spec": l.Spec.Id, "spec_name": l.Spec.GetString("name"), "purchase_mode": l.Spec.GetString("purchase_mode"),
			"unit_price_fen": l.UnitPrice, "quantity": l.Quantity, "total_fen": l.Total,
			"deduction_fen": ded[i], "payable_fen": l.Total - ded[i], "vouchers": used, "cart_item": l.CartItem,
		}
		total += l.Total
		deduction += ded[i]
	}
	vouchers := make([]map[string]any, len(eligible))
	for i, s := range eligible {
		vouchers[i] = map[string]any{
			"id": s.Record.Id, "name": s.Record.GetString("name"), "face_value_fen": s.Record.GetInt("face_value_fen"),
			"balance_fen": s.Record.GetInt("balance_fen"), "valid_from": s.Record.GetDateTime("valid_from"),
			"valid_to": s.Record.GetDateTime("valid_to"), "max_ratio": s.Alloc.Scope.MaxRatio,
			"selected": spend[s.Record.Id] > 0, "deduct_fen": spend[s.Record.Id],
		}
	}
	return e.JSON(200, map[string]any{
		"items": items, "vouchers": vouchers,
		"total_fen": total, "deduction_fen": deduction, "payable_fen": total - deduction,
	})
}
