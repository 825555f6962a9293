package commerce

import (
	"fmt"
	"net/http"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/menus"
	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// Register binds the hooks and routes of cart, quote, checkout, payment and ratings (issue 6).
func Register(app core.App) {
	app.OnRecordValidate("orders").BindFunc(validateOrder)
	app.OnRecordCreateRequest("orders").BindFunc(createOrderRequest)
	app.OnRecordUpdate("orders").BindFunc(updateOrderModel)

	registerCart(app)
	registerPayments(app)
	registerRatings(app)

	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.POST("/api/smedx/orders/quote", quoteOrder).Bind(menus.Require(menus.Orders))
		se.Router.POST("/api/smedx/orders/checkout", checkoutOrders).Bind(menus.Require(menus.Orders))
		se.Router.GET("/api/smedx/orders/mine", myOrders).Bind(menus.Require(menus.Orders))
		se.Router.GET("/api/smedx/orders/{id}", orderDetail).Bind(menus.Require(menus.Orders))
		se.Router.POST("/api/smedx/orders/{id}/deliver", deliverOrder).Bind(menus.Require(menus.Orders))
		se.Router.POST("/api/smedx/orders/{id}/confirm", confirmOrder).Bind(menus.Require(menus.Orders))
		se.Router.POST("/api/smedx/orders/{id}/cancel", cancelOrder).Bind(menus.Require(menus.Orders))
		return se.Next()
	})
}

// validateOrder: the money of an order always adds up.
func validateOrder(e *core.RecordEvent) error {
	if err := orderMoneyError(e.Record); err != nil {
		return err
	}
	return e.Next()
}

// orderMoneyError is the pure check of validateOrder (checkout calls it
// directly for the orders it builds from rows it just read).
func orderMoneyError(r *core.Record) error {
	total, ded, pay := r.GetInt("total_fen"), r.GetInt("deduction_fen"), r.GetInt("payable_fen")
	errs := validation.Errors{}
	if total != ded+pay {
		errs["payable_fen"] = platform.Invalid("sum_mismatch", "订单总价必须等于抵扣金额加应付金额")
	}
	if ded < 0 || pay < 0 {
		errs["deduction_fen"] = platform.Invalid("negative", "抵扣金额和应付金额不能为负数")
	}
	if r.GetInt("paid_fen") > pay {
		errs["paid_fen"] = platform.Invalid("overpaid", "实付金额不能超过应付金额")
	}
	if r.GetString("pay_status") == "none" && pay != 0 {
		errs["pay_status"] = platform.Invalid("pay_status_none", "应付金额大于 0 的订单必须支付")
	}
	if len(errs) > 0 {
		return platform.BadRequest(errs)
	}
	return nil
}

// createOrderRequest: orders are made by orders/checkout; a superuser
// creating one in the dashboard starts it unpaid and without vouchers,
// since a deduction needs ledger rows.
func createOrderRequest(e *core.RecordRequestEvent) error {
	r := e.Record
	if r.GetInt("deduction_fen") != 0 || len(r.GetStringSlice("vouchers")) > 0 {
		return platform.FieldError("deduction_fen", "no_vouchers", "手工创建的订单不能使用服务券抵扣，请通过结算下单")
	}
	if r.GetInt("payable_fen") == 0 {
		r.Set("status", workflow.OrderPaid)
		r.Set("pay_status", "none")
	} else {
		r.Set("status", workflow.OrderPendingPayment)
		r.Set("pay_status", "unpaid")
		r.Set("paid_fen", 0)
	}
	return e.Next()
}

// orderFixed are the fields an order never changes after checkout.
var orderFixed = []string{"order_no", "buyer_enterprise", "buyer", "provider_enterprise", "product", "spec",
	"quantity", "unit_price_fen", "total_fen", "deduction_fen", "payable_fen", "checkout_id", "idempotency_key"}

// updateOrderModel enforces the order state machine and the fixed fields
// on every update path.
func updateOrderModel(e *core.RecordEvent) error {
	// The stored row, not Original(): a record object saved twice keeps
	// its first loaded state as Original.
	old, err := e.App.FindRecordById("orders", e.Record.Id)
	if err != nil {
		return err
	}
	from, to := old.GetString("status"), e.Record.GetString("status")
	if !workflow.AllowedMove(workflow.OrderTransitions, from, to) {
		return platform.FieldError("status", "invalid_transition",
			fmt.Sprintf("订单状态不能从「%s」变为「%s」", workflow.OrderStatusLabel(from), workflow.OrderStatusLabel(to)))
	}
	for _, f := range orderFixed {
		if fmt.Sprint(old.Get(f)) != fmt.Sprint(e.Record.Get(f)) {
			return platform.FieldError(f, "immutable", "下单后不能修改订单的商品、数量和金额")
		}
	}
	if fmt.Sprint(old.GetStringSlice("vouchers")) != fmt.Sprint(e.Record.GetStringSlice("vouchers")) {
		return platform.FieldError("vouchers", "immutable", "下单后不能修改订单使用的服务券")
	}
	return e.Next()
}

// orderSide says how user relates to order: "buyer", "provider", "staff"
// or "" (no access).
func orderSide(user, order *core.Record) string {
	ent := user.GetString("enterprise")
	switch {
	case ent != "" && ent == order.GetString("buyer_enterprise"):
		return "buyer"
	case ent != "" && ent == order.GetString("provider_enterprise"):
		return "provider"
	case platform.HasRole(user, platform.RoleOperator, platform.RoleDepartment):
		return "staff"
	}
	return ""
}

// loadOrderFor returns the order of the {id} path value if user may see
// it (404 otherwise, so other tenants learn nothing).
func loadOrderFor(app core.App, e *core.RequestEvent, user *core.Record) (*core.Record, string, error) {
	o, err := app.FindRecordById("orders", e.Request.PathValue("id"))
	if err != nil {
		return nil, "", platform.Error(http.StatusNotFound, "订单不存在")
	}
	side := orderSide(user, o)
	if side == "" {
		return nil, "", platform.Error(http.StatusNotFound, "订单不存在")
	}
	return o, side, nil
}
