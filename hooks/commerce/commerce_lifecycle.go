package commerce

import (
	"net/http"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// orderAction runs fn on the order of the {id} path value inside a
// transaction, with the order re-read in it, and answers the saved order.
func orderAction(e *core.RequestEvent, fn func(tx core.App, user, order *core.Record, side string) error) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	var order *core.Record
	err = platform.RunTx(e.App, func(tx core.App) error {
		o, side, err := loadOrderFor(tx, e, user)
		if err != nil {
			return err
		}
		order = o
		return fn(tx, user, o, side)
	})
	if err != nil {
		return err
	}
	return e.JSON(200, order)
}

func statusError(order *core.Record, action string) error {
	return platform.Error(http.StatusBadRequest, "订单当前状态为「"+workflow.OrderStatusLabel(order.GetString("status"))+"」，不能"+action)
}

// deliverOrder: the provider of a paid order marks it delivered (交付).
func deliverOrder(e *core.RequestEvent) error {
	return orderAction(e, func(tx core.App, user, o *core.Record, side string) error {
		if side != "provider" {
			return platform.Error(http.StatusForbidden, "只有该订单的服务商可以交付订单")
		}
		if o.GetString("status") != workflow.OrderPaid {
			return statusError(o, "交付")
		}
		o.Set("status", workflow.OrderDelivered)
		o.Set("delivered_at", types.NowDateTime())
		if err := tx.Save(o); err != nil {
			return err
		}
		if err := platform.Notify(tx, o.GetString("buyer"), "订单已交付："+o.GetString("product_name"),
			"服务商已交付订单 "+o.GetString("order_no")+"，请确认完成后评价。", orderLink(o.Id)); err != nil {
			return err
		}
		return platform.AuditRequest(tx, e, "order_deliver", "orders", o.Id, nil)
	})
}

// confirmOrder: the buyer confirms receipt; the order is completed and the
// product's sales count goes up (in the same transaction).
func confirmOrder(e *core.RequestEvent) error {
	return orderAction(e, func(tx core.App, user, o *core.Record, side string) error {
		if side != "buyer" {
			return platform.Error(http.StatusForbidden, "只有下单企业可以确认完成订单")
		}
		if o.GetString("status") != workflow.OrderDelivered {
			return statusError(o, "确认完成")
		}
		o.Set("status", workflow.OrderCompleted)
		o.Set("completed_at", types.NowDateTime())
		if err := tx.Save(o); err != nil {
			return err
		}
		if _, err := tx.DB().NewQuery("UPDATE products SET sales_count = sales_count + 1 WHERE id = {:p}").
			Bind(dbx.Params{"p": o.GetString("product")}).Execute(); err != nil {
			return err
		}
		return platform.AuditRequest(tx, e, "order_confirm", "orders", o.Id, nil)
	})
}

// cancelOrder: the buyer or an operator, before delivery (DESIGN §2:
// pending_payment | paid → cancelled). Pending payments are cancelled, a confirmed payment is
// marked refunded (the money goes back offline) and every voucher
// deduction is given back through cancel_refund ledger rows.
func cancelOrder(e *core.RequestEvent) error {
	var body struct {
		Reason string `json:"reason"`
	}
	_ = e.BindBody(&body)
	if len([]rune(body.Reason)) > 500 {
		return platform.FieldError("reason", "too_long", "取消原因不能超过 500 个字")
	}
	return orderAction(e, func(tx core.App, user, o *core.Record, side string) error {
		status := o.GetString("status")
		switch {
		case side == "buyer":
			if status != workflow.OrderPendingPayment && status != workflow.OrderPaid {
				return statusError(o, "取消（已交付的订单请联系运营人员）")
			}
		case side == "staff" && platform.HasRole(user, platform.RoleOperator):
			if status != workflow.OrderPendingPayment && status != workflow.OrderPaid {
				return statusError(o, "取消（只有待付款和已付款的订单可以取消）")
			}
		default:
			return platform.Error(http.StatusForbidden, "只有下单企业或运营人员可以取消订单")
		}
		now := time.Now()
		o.Set("status", workflow.OrderCancelled)
		o.Set("cancelled_at", now)
		o.Set("cancel_reason", body.Reason)
		if o.GetString("pay_status") == "paid" && o.GetInt("paid_fen") > 0 {
			o.Set("pay_status", "refunded")
		}
		if err := tx.Save(o); err != nil {
			return err
		}
		if _, err := tx.DB().NewQuery("UPDATE payments SET status = 'cancelled', updated = {:now} WHERE [[order]] = {:o} AND status = 'pending'").
			Bind(dbx.Params{"o": o.Id, "now": dtString(now)}).Execute(); err != nil {
			return err
		}
		if err := refundOrderVouchers(tx, o, now); err != nil {
			return err
		}
		if side == "staff" {
			if err := platform.Notify(tx, o.GetString("buyer"), "订单已被取消："+o.GetString("product_name"),
				"运营人员取消了订单 "+o.GetString("order_no")+"。"+body.Reason+" 使用的服务券金额已退回。", orderLink(o.Id)); err != nil {
				return err
			}
		}
		return platform.AuditRequest(tx, e, "order_cancel", "orders", o.Id, map[string]any{"reason": body.Reason, "by": side})
	})
}

// orderLink is the workbench page of an order (notifications).
func orderLink(id string) string { return "/workbench/orders/" + id }

func dtString(t time.Time) string {
	dt, _ := types.ParseDateTime(t)
	return dt.String()
}

// refundOrderVouchers gives each voucher back what the order spent of it
// (the negative sum of the order's ledger rows per voucher). A used_up
// voucher becomes active again, or expired when its validity is over.
func refundOrderVouchers(tx core.App, order *core.Record, now time.Time) error {
	var rows []struct {
		Voucher string `db:"voucher"`
		Sum     int    `db:"s"`
	}
	if err := tx.DB().NewQuery("SELECT voucher, SUM(delta_fen) AS s FROM voucher_ledger WHERE [[order]] = {:o} GROUP BY voucher").
		Bind(dbx.Params{"o": order.Id}).All(&rows); err != nil {
		return err
	}
	col, err := tx.FindCachedCollectionByNameOrId("voucher_ledger")
	if err != nil {
		return err
	}
	ts := dtString(now)
	for _, r := range rows {
		if r.Sum >= 0 {
			continue
		}
		amt := -r.Sum
		var after int
		if err := tx.DB().NewQuery(`UPDATE vouchers SET balance_fen = balance_fen + {:a},
			status = CASE WHEN status = 'used_up' THEN (CASE WHEN valid_to != '' AND valid_to < {:now} THEN 'expired' ELSE 'active' END) ELSE status END,
			updated = {:now} WHERE id = {:v} RETURNING balance_fen`).
			Bind(dbx.Params{"a": amt, "v": r.Voucher, "now": ts}).Row(&after); err != nil {
			return err
		}
		l := core.NewRecord(col)
		l.Set("voucher", r.Voucher)
		l.Set("order", order.Id)
		l.Set("delta_fen", amt)
		l.Set("reason", "cancel_refund")
		l.Set("balance_after_fen", after)
		if err := tx.Save(l); err != nil {
			return err
		}
	}
	return nil
}
