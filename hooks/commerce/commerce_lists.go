package commerce

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"net/http"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// myOrders lists orders for the workbench: an enterprise user gets 我的订单
// (图5-5, orders of his enterprise as buyer), a provider user 订单管理
// (图4-14, orders of his enterprise's products), operators all orders.
// ?page, perPage, status, q (product name or order number), newest first.
func myOrders(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	q := e.App.RecordQuery("orders")
	view := ""
	switch {
	case platform.HasRole(user, platform.RoleEnterprise) && user.GetString("enterprise") != "":
		view = "buyer"
		q.AndWhere(dbx.HashExp{"buyer_enterprise": user.GetString("enterprise")})
	case platform.HasRole(user, platform.RoleProvider) && user.GetString("enterprise") != "":
		view = "provider"
		q.AndWhere(dbx.HashExp{"provider_enterprise": user.GetString("enterprise")})
	case platform.HasRole(user, platform.RoleOperator, platform.RoleDepartment):
		view = "staff"
	default:
		return platform.Error(http.StatusForbidden, "没有权限查看订单")
	}
	params := e.Request.URL.Query()
	if s := params.Get("status"); s != "" {
		q.AndWhere(dbx.HashExp{"status": s})
	}
	if s := params.Get("q"); s != "" {
		q.AndWhere(dbx.Or(dbx.Like("product_name", s), dbx.HashExp{"order_no": s}))
	}
	page, perPage := platform.RequestPage(e)
	var total int
	if err := q.Select("COUNT(*)").Row(&total); err != nil {
		return err
	}
	var orders []*core.Record
	if err := q.Select("orders.*").OrderBy("created DESC", "order_no DESC").
		Offset(int64((page - 1) * perPage)).Limit(int64(perPage)).All(&orders); err != nil {
		return err
	}
	items := make([]map[string]any, len(orders))
	for i, o := range orders {
		items[i] = orderRow(o)
	}
	return e.JSON(200, map[string]any{"view": view, "page": page, "perPage": perPage, "totalItems": total, "items": items})
}

// orderRow is an order with the columns of 图4-14/图5-5 and their labels.
func orderRow(o *core.Record) map[string]any {
	return map[string]any{
		"id": o.Id, "order_no": o.GetString("order_no"), "order_type": o.GetString("order_type"),
		"product": o.GetString("product"), "product_name": o.GetString("product_name"), "product_type": o.GetString("product_type"),
		"spec_name": o.GetString("spec_name"), "purchase_mode": o.GetString("purchase_mode"), "quantity": o.GetInt("quantity"),
		"unit_price_fen": o.GetInt("unit_price_fen"), "total_fen": o.GetInt("total_fen"), "deduction_fen": o.GetInt("deduction_fen"),
		"payable_fen": o.GetInt("payable_fen"), "paid_fen": o.GetInt("paid_fen"),
		"buyer_enterprise": o.GetString("buyer_enterprise"), "buyer_name": o.GetString("buyer_name"),
		"provider_enterprise": o.GetString("provider_enterprise"),
		"pay_status":          o.GetString("pay_status"), "pay_status_name": workflow.PayStatusLabel(o.GetString("pay_status")),
		"status": o.GetString("status"), "status_name": workflow.OrderStatusLabel(o.GetString("status")),
		"rated": o.GetBool("rated"), "created": o.GetDateTime("created"), "paid_at": o.GetDateTime("paid_at"),
	}
}

// orderDetail (查看) returns the order with its voucher ledger rows,
// payments and rating.
func orderDetail(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	o, side, err := loadOrderFor(e.App, e, user)
	if err != nil {
		return err
	}
	ledger, err := e.App.FindRecordsByFilter("voucher_ledger", "order = {:o}", "created", 0, 0, dbx.Params{"o": o.Id})
	if err != nil {
		return err
	}
	payments, err := e.App.FindRecordsByFilter("payments", "order = {:o}", "-created", 0, 0, dbx.Params{"o": o.Id})
	if err != nil {
		return err
	}
	out := map[string]any{"order": o, "row": orderRow(o), "view": side, "ledger": ledger, "payments": payments, "review": nil}
	if rv, err := e.App.FindFirstRecordByFilter("reviews", "order = {:o}", dbx.Params{"o": o.Id}); err == nil {
		out["review"] = rv
	}
	return e.JSON(200, out)
}
