package exports

import "smedx/hooks/workflow"

// The money datasets: orders, vouchers and the voucher ledger.

func init() {
	register(&Dataset{
		Name: "orders", Title: "订单", Collection: "orders",
		From: "{{orders}} o",
		Joins: []Join{
			{"{{enterprises}} be", "[[be.id]] = [[o.buyer_enterprise]]"},
			{"{{enterprises}} pe", "[[pe.id]] = [[o.provider_enterprise]]"},
		},
		Columns: []Column{
			{Header: "订单编号", Field: "order_no", Value: "[[o.order_no]]", Width: 22},
			{Header: "下单时间", Field: "created", Value: "[[o.created]]", Format: Time, Width: 20},
			{Header: "采购企业", Field: "buyer_enterprise", Value: "[[be.name]]", Filter: "[[o.buyer_enterprise]]", Width: 28},
			{Header: "下单人", Field: "buyer_name", Value: "[[o.buyer_name]]", Width: 14},
			{Header: "服务商", Field: "provider_enterprise", Value: "[[pe.name]]", Filter: "[[o.provider_enterprise]]", Width: 28},
			{Header: "商品名称", Field: "product", Value: "[[o.product_name]]", Filter: "[[o.product]]", Width: 28},
			{Header: "规格", Field: "spec_name", Value: "[[o.spec_name]]", Width: 14},
			{Header: "订单类型", Field: "order_type", Value: "[[o.order_type]]", Width: 12},
			{Header: "数量", Field: "quantity", Value: "[[o.quantity]]", Format: Int, Width: 8},
			{Header: "单价（元）", Field: "unit_price_fen", Value: "[[o.unit_price_fen]]", Format: Money, Width: 12},
			{Header: "订单金额（元）", Field: "total_fen", Value: "[[o.total_fen]]", Format: Money, Width: 14},
			{Header: "服务券抵扣（元）", Field: "deduction_fen", Value: "[[o.deduction_fen]]", Format: Money, Width: 16},
			{Header: "应付金额（元）", Field: "payable_fen", Value: "[[o.payable_fen]]", Format: Money, Width: 14},
			{Header: "实付金额（元）", Field: "paid_fen", Value: "[[o.paid_fen]]", Format: Money, Width: 14},
			{Header: "支付状态", Field: "pay_status", Value: "[[o.pay_status]]", Labels: labels(workflow.PayStatusNames), Width: 10},
			{Header: "订单状态", Field: "status", Value: "[[o.status]]", Labels: labels(workflow.OrderStatusNames), Width: 10},
			{Header: "支付时间", Field: "paid_at", Value: "[[o.paid_at]]", Format: Time, Width: 20},
			{Header: "交付时间", Field: "delivered_at", Value: "[[o.delivered_at]]", Format: Time, Width: 20},
			{Header: "完成时间", Field: "completed_at", Value: "[[o.completed_at]]", Format: Time, Width: 20},
			{Header: "取消时间", Field: "cancelled_at", Value: "[[o.cancelled_at]]", Format: Time, Width: 20},
			{Header: "取消原因", Field: "cancel_reason", Value: "[[o.cancel_reason]]", Width: 20},
		},
		Extra: map[string]string{
			"id":                       "[[o.id]]",
			"buyer":                    "[[o.buyer]]",
			"spec":                     "[[o.spec]]",
			"product_name":             "[[o.product_name]]",
			"buyer_enterprise.name":    "[[be.name]]",
			"provider_enterprise.name": "[[pe.name]]",
			"updated":                  "[[o.updated]]",
		},
		Order: "[[o.created]] DESC", Key: "[[o.id]]",
		// A tenant exports the orders it bought or sold (the orders
		// collection's own read rule).
		TenantWhere: "([[o.buyer_enterprise]] = {:tenant} OR [[o.provider_enterprise]] = {:tenant})",
	})

	register(&Dataset{
		Name: "vouchers", Title: "服务券", Collection: "vouchers",
		From: "{{vouchers}} v",
		Joins: []Join{
			{"{{voucher_batches}} b", "[[b.id]] = [[v.batch]]"},
			{"{{voucher_activities}} act", "[[act.id]] = [[b.activity]]"},
			{"{{enterprises}} e", "[[e.id]] = [[v.enterprise]]"},
			{"{{users}} u", "[[u.id]] = [[v.holder]]"},
		},
		Columns: []Column{
			{Header: "服务券名称", Field: "name", Value: "[[v.name]]", Width: 24},
			{Header: "服务券活动", Field: "batch.activity", Value: "[[act.name]]", Filter: "[[b.activity]]", Width: 24},
			{Header: "批次", Field: "batch", Value: "[[b.name]]", Filter: "[[v.batch]]", Width: 20},
			{Header: "持券企业", Field: "enterprise", Value: "[[e.name]]", Filter: "[[v.enterprise]]", Width: 28},
			{Header: "领取人", Field: "holder", Value: "COALESCE(NULLIF([[u.name]], ''), [[u.username]], '')", Filter: "[[v.holder]]", Width: 14},
			{Header: "领取时间", Field: "created", Value: "[[v.created]]", Format: Time, Width: 20},
			{Header: "面值（元）", Field: "face_value_fen", Value: "[[v.face_value_fen]]", Format: Money, Width: 12},
			{Header: "已使用（元）", Value: "([[v.face_value_fen]] - [[v.balance_fen]])", Format: Money, Width: 12},
			{Header: "余额（元）", Field: "balance_fen", Value: "[[v.balance_fen]]", Format: Money, Width: 12},
			{Header: "生效时间", Field: "valid_from", Value: "[[v.valid_from]]", Format: Time, Width: 20},
			{Header: "失效时间", Field: "valid_to", Value: "[[v.valid_to]]", Format: Time, Width: 20},
			{Header: "状态", Field: "status", Value: "[[v.status]]", Labels: labels(workflow.VoucherStatusNames), Width: 10},
			{Header: "计价方式", Field: "billing_mode", Value: "[[v.billing_mode]]", Width: 10},
		},
		Extra: map[string]string{
			"id":              "[[v.id]]",
			"enterprise.name": "[[e.name]]",
			"batch.name":      "[[b.name]]",
			"updated":         "[[v.updated]]",
		},
		Order: "[[v.created]] DESC", Key: "[[v.id]]",
	})

	register(&Dataset{
		Name: "voucher_ledger", Title: "服务券流水", Collection: "voucher_ledger",
		From: "{{voucher_ledger}} l",
		Joins: []Join{
			{"{{vouchers}} v", "[[v.id]] = [[l.voucher]]"},
			{"{{voucher_batches}} b", "[[b.id]] = [[v.batch]]"},
			{"{{enterprises}} e", "[[e.id]] = [[v.enterprise]]"},
			{"{{orders}} o", "[[o.id]] = [[l.order]]"},
		},
		Columns: []Column{
			{Header: "时间", Field: "created", Value: "[[l.created]]", Format: Time, Width: 20},
			{Header: "服务券", Field: "voucher", Value: "[[v.name]]", Filter: "[[l.voucher]]", Width: 24},
			{Header: "批次", Field: "voucher.batch", Value: "[[b.name]]", Filter: "[[v.batch]]", Width: 20},
			{Header: "持券企业", Field: "voucher.enterprise", Value: "[[e.name]]", Filter: "[[v.enterprise]]", Width: 28},
			{Header: "订单编号", Field: "order", Value: "COALESCE([[o.order_no]], '')", Filter: "[[l.order]]", Width: 22},
			{Header: "类型", Field: "reason", Value: "[[l.reason]]", Labels: labels(workflow.LedgerReasonNames), Width: 10},
			{Header: "变动金额（元）", Field: "delta_fen", Value: "[[l.delta_fen]]", Format: Money, Width: 14},
			{Header: "变动后余额（元）", Field: "balance_after_fen", Value: "[[l.balance_after_fen]]", Format: Money, Width: 16},
		},
		Extra: map[string]string{
			"id":                      "[[l.id]]",
			"voucher.batch.activity":  "[[b.activity]]",
			"voucher.enterprise.name": "[[e.name]]",
			"order.order_no":          "[[o.order_no]]",
		},
		Order: "[[l.created]] DESC", Key: "[[l.id]]",
	})
}
