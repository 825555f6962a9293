package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Commerce: voucher activities, batches, vouchers and their ledger; the
// cart, orders, payments and ratings. All money is integer fen.
func init() {
	m.Register(func(app core.App) error {
		find := func(name string) *core.Collection {
			c, err := app.FindCollectionByNameOrId(name)
			if err != nil {
				panic(err)
			}
			return c
		}
		enterprises, users, products, specs := find("enterprises"), find("users"), find("products"), find("product_specs")
		operatorOnly := rule(ruleOperator)

		// 图5-7 服务券活动.
		activities := newBase("voucher_activities",
			textReq("name", 200),
			text("description", 2000),
			&core.DateField{Name: "start_at", Required: true},
			&core.DateField{Name: "end_at", Required: true},
			boolean("listed"),
		)
		activities.AddIndex("idx_voucher_activities_listed", false, "listed, start_at", "")
		setRules(activities, rule(`listed = true || `+ruleOperator), rule(`listed = true || `+ruleOperator), operatorOnly, operatorOnly, operatorOnly)
		if err := app.Save(activities); err != nil {
			return err
		}

		batches := newBase("voucher_batches",
			relation("activity", activities, 1, true, true),
			textReq("name", 200),
			text("description", 1000),
			choice("mode", true, "apply", "grab"),
			&core.NumberField{Name: "face_value_fen", OnlyInt: true, Required: true, Min: ptr(1.0)},
			&core.NumberField{Name: "quantity", OnlyInt: true, Required: true, Min: ptr(1.0)},
			integer("remaining", 0),
			&core.NumberField{Name: "per_enterprise_limit", OnlyInt: true, Required: true, Min: ptr(1.0)},
			date("valid_from"),
			date("valid_to"),
			integer("valid_days", 0),
			// Share of an order's total the voucher may cover, 0 < r <= 1;
			// 0 means no cap.
			&core.NumberField{Name: "max_ratio", Min: ptr(0.0), Max: ptr(1.0)},
			jsonField("scope_categories", 8<<10),
			relation("scope_products", products, 0, false, false),
			choice("billing_mode", false, "单独计价"),
		)
		batches.AddIndex("idx_voucher_batches_activity", false, "activity", "")
		setRules(batches, rule(`activity.listed = true || `+ruleOperator), rule(`activity.listed = true || `+ruleOperator), operatorOnly, operatorOnly, operatorOnly)
		if err := app.Save(batches); err != nil {
			return err
		}

		// 图5-6 服务券查询. claim_seq numbers an enterprise's claims of one
		// batch 1..limit; the unique index makes a double claim impossible.
		vouchers := newBase("vouchers",
			relation("batch", batches, 1, true, false),
			relation("enterprise", enterprises, 1, true, false),
			relation("holder", users, 1, false, false),
			text("name", 200),
			integer("face_value_fen", 0),
			integer("balance_fen", 0),
			date("valid_from"),
			date("valid_to"),
			choice("status", true, "active", "used_up", "expired", "void"),
			choice("billing_mode", false, "单独计价"),
			&core.NumberField{Name: "claim_seq", OnlyInt: true, Required: true, Min: ptr(1.0)},
		)
		vouchers.AddIndex("idx_vouchers_claim", true, "batch, enterprise, claim_seq", "")
		vouchers.AddIndex("idx_vouchers_enterprise", false, "enterprise, status, valid_to", "")
		vouchers.AddIndex("idx_vouchers_status_valid_to", false, "status, valid_to", "")
		ownVoucher := `(@request.auth.enterprise != "" && enterprise = @request.auth.enterprise) || ` + ruleOperator
		setRules(vouchers, rule(ownVoucher), rule(ownVoucher), nil, nil, nil)
		if err := app.Save(vouchers); err != nil {
			return err
		}

		orders := newBase("orders",
			&core.TextField{Name: "order_no", Required: true, Min: 18, Max: 18, Pattern: `^\d{18}$`},
			text("order_type", 30),
			relation("buyer_enterprise", enterprises, 1, true, false),
			relation("buyer", users, 1, false, false),
			text("buyer_name", 200),
			relation("provider_enterprise", enterprises, 1, true, false),
			relation("product", products, 1, true, false),
			relation("spec", specs, 1, false, false),
			text("product_name", 100),
			text("product_type", 60),
			text("spec_name", 60),
			text("purchase_mode", 20),
			integer("unit_price_fen", 0),
			&core.NumberField{Name: "quantity", OnlyInt: true, Required: true, Min: ptr(1.0)},
			integer("total_fen", 0),
			integer("deduction_fen", 0),
			integer("payable_fen", 0),
			integer("paid_fen", 0),
			choice("pay_status", true, "unpaid", "paid", "none", "refunded"),
			choice("status", true, "pending_payment", "paid", "delivered", "completed", "cancelled"),
			relation("vouchers", vouchers, 0, false, false),
			text("checkout_id", 40),
			text("idempotency_key", 100),
			date("paid_at"),
			date("delivered_at"),
			date("completed_at"),
			date("cancelled_at"),
			text("cancel_reason", 500),
			text("remark", 500),
			boolean("rated"),
		)
		orders.AddIndex("idx_orders_order_no", true, "order_no", "")
		orders.AddIndex("idx_orders_buyer", false, "buyer_enterprise, created", "")
		orders.AddIndex("idx_orders_provider", false, "provider_enterprise, created", "")
		orders.AddIndex("idx_orders_status", false, "status, created", "")
		orders.AddIndex("idx_orders_checkout", false, "checkout_id", "")
		orders.AddIndex("idx_orders_idempotency", false, "buyer, idempotency_key", "idempotency_key != ''")
		orderReader := `(@request.auth.enterprise != "" && (buyer_enterprise = @request.auth.enterprise || provider_enterprise = @request.auth.enterprise)) || ` + ruleStaff
		setRules(orders, rule(orderReader), rule(orderReader), nil, nil, nil)
		if err := app.Save(orders); err != nil {
			return err
		}

		ledger := newBase("voucher_ledger",
			relation("voucher", vouchers, 1, true, false),
			relation("order", orders, 1, false, false),
			&core.NumberField{Name: "delta_fen", OnlyInt: true},
			choice("reason", true, "checkout", "cancel_refund", "expire", "void", "adjust"),
			integer("balance_after_fen", 0),
		)
		ledger.AddIndex("idx_voucher_ledger_voucher", false, "voucher, created", "")
		ledger.AddIndex("idx_voucher_ledger_order", false, "order", "")
		ledgerReader := `(@request.auth.enterprise != "" && voucher.enterprise = @request.auth.enterprise) || ` + ruleOperator
		setRules(ledger, rule(ledgerReader), rule(ledgerReader), nil, nil, nil)
		if err := app.Save(ledger); err != nil {
			return err
		}

		cart := newBase("cart_items",
			relation("user", users, 1, true, true),
			relation("enterprise", enterprises, 1, true, false),
			relation("product", products, 1, true, true),
			relation("spec", specs, 1, true, true),
			&core.NumberField{Name: "quantity", OnlyInt: true, Required: true, Min: ptr(1.0), Max: ptr(999.0)},
		)
		cart.AddIndex("idx_cart_items_user_spec", true, "user, spec", "")
		mine := `user = @request.auth.id`
		setRules(cart, rule(mine), rule(mine),
			rule(`@request.auth.role = "enterprise" && @request.body.user = @request.auth.id && @request.body.enterprise = @request.auth.enterprise`),
			rule(mine+` && @request.body.user:isset = false && @request.body.enterprise:isset = false`), rule(mine))
		if err := app.Save(cart); err != nil {
			return err
		}

		payments := newBase("payments",
			relation("order", orders, 1, true, false),
			textReq("method", 30),
			integer("amount_fen", 0),
			choice("status", true, "pending", "confirmed", "failed", "cancelled"),
			text("reference", 100),
			text("payer_account", 100),
			relation("confirmed_by", users, 1, false, false),
			date("confirmed_at"),
			text("remark", 500),
		)
		payments.AddIndex("idx_payments_order", false, "order", "")
		payments.AddIndex("idx_payments_status", false, "status, created", "")
		payReader := `(@request.auth.enterprise != "" && order.buyer_enterprise = @request.auth.enterprise) || ` + ruleOperator
		setRules(payments, rule(payReader), rule(payReader), nil, nil, nil)
		if err := app.Save(payments); err != nil {
			return err
		}

		reviews := newBase("reviews",
			relation("order", orders, 1, true, false),
			relation("product", products, 1, true, false),
			relation("enterprise", enterprises, 1, true, false),
			relation("provider_enterprise", enterprises, 1, false, false),
			relation("user", users, 1, false, false),
			text("customer_name", 200),
			&core.NumberField{Name: "rating", OnlyInt: true, Required: true, Min: ptr(1.0), Max: ptr(5.0)},
			text("content", 1000),
		)
		reviews.AddIndex("idx_reviews_order", true, "order", "")
		reviews.AddIndex("idx_reviews_product", false, "product, created", "")
		reviews.AddIndex("idx_reviews_provider", false, "provider_enterprise, created", "")
		reviewReader := `product.status = "listed" || (@request.auth.enterprise != "" && (enterprise = @request.auth.enterprise || provider_enterprise = @request.auth.enterprise)) || ` + ruleStaff
		setRules(reviews, rule(reviewReader), rule(reviewReader),
			rule(`@request.auth.role = "enterprise" && @request.body.enterprise = @request.auth.enterprise`), nil, nil)
		return app.Save(reviews)
	}, nil)
}
