package settlement

import (
	"database/sql"
	"errors"
	"fmt"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// Invalidation. An order in a settlement was completed and paid by
// vouchers when it was claimed; if it is later cancelled or refunded
// (orders_lifecycle.go cancels only before completion today, but the
// dashboard, a future after-sales refund or any Go code may), or its
// voucher ledger changes, the request can no longer be paid as it stands.
// Model hooks on orders and on voucher_ledger catch every such save:
//
//   - the order drops out of the request (its claim is released) and the
//     amount is recomputed;
//   - a submitted request (pending or approved) is rejected at the stage it
//     reached, with the reason, so the provider checks it and resubmits the
//     rest; a draft just loses the order (and goes when it was the last);
//   - a paid request is final: the change to its order is refused, the
//     money has left (it is recovered offline first).
//
// All of it happens in the transaction of the order's save, with the
// provider's notification and the audit row.

func registerInvalidation(app core.App) {
	app.OnRecordUpdate("orders").BindFunc(watchOrder)
	app.OnRecordCreate("voucher_ledger").BindFunc(watchLedger)
}

// orderLapse says why the order can no longer be settled ("" while it can).
func orderLapse(o *core.Record) string {
	no := o.GetString("order_no")
	switch {
	case o.GetString("status") == "cancelled":
		return "订单 " + no + " 已取消"
	case o.GetString("status") != "completed":
		return "订单 " + no + " 已不是已完成状态"
	case o.GetString("pay_status") == "refunded":
		return "订单 " + no + " 已退款"
	}
	return ""
}

func watchOrder(e *core.RecordEvent) error {
	reason := orderLapse(e.Record)
	if reason == "" {
		return e.Next()
	}
	return e.App.RunInTransaction(func(tx core.App) error {
		s, err := settlementOf(tx, e.Record.Id)
		if err != nil {
			return err
		}
		if s == nil {
			e.App = tx
			return e.Next()
		}
		if s.GetString("status") == StatusPaid {
			return platform.FieldError("status", "settled", fmt.Sprintf(
				"订单 %s 已兑付给服务商（兑付申请 %s），不能取消或退款；请先线下追回兑付款", e.Record.GetString("order_no"), s.Id))
		}
		e.App = tx
		if err := e.Next(); err != nil {
			return err
		}
		return dropOrder(tx, s, e.Record, reason)
	})
}

func watchLedger(e *core.RecordEvent) error {
	orderID := e.Record.GetString("order")
	if orderID == "" {
		return e.Next()
	}
	return e.App.RunInTransaction(func(tx core.App) error {
		s, err := settlementOf(tx, orderID)
		if err != nil {
			return err
		}
		if s == nil {
			e.App = tx
			return e.Next()
		}
		o, err := tx.FindRecordById("orders", orderID)
		if err != nil {
			return err
		}
		if s.GetString("status") == StatusPaid {
			return platform.FieldError("order", "settled", fmt.Sprintf(
				"订单 %s 已兑付给服务商，其服务券流水不能再变动", o.GetString("order_no")))
		}
		e.App = tx
		if err := e.Next(); err != nil {
			return err
		}
		return dropOrder(tx, s, o, "订单 "+o.GetString("order_no")+" 的服务券抵扣发生变动")
	})
}

// settlementOf is the settlement holding the order (nil when none).
func settlementOf(tx core.App, orderID string) (*core.Record, error) {
	var sid string
	err := tx.DB().NewQuery("SELECT settlement FROM " + colClaims + " WHERE [[order]] = {:o}").
		Bind(dbx.Params{"o": orderID}).Row(&sid)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return tx.FindRecordById(colSettlements, sid)
}

// dropOrder takes order out of s because of reason (see above).
func dropOrder(tx core.App, s, order *core.Record, reason string) error {
	var rest []string
	for _, id := range s.GetStringSlice("orders") {
		if id != order.Id {
			rest = append(rest, id)
		}
	}
	from := stateOf(s)
	status := s.GetString("status")
	if status == StatusDraft && len(rest) == 0 {
		if err := tx.Delete(s); err != nil {
			return err
		}
		return notifyProvider(tx, s, "兑付申请草稿已删除", reason+"，该草稿已没有可兑付的订单，已自动删除。")
	}
	amount, err := sumDeduction(tx, rest)
	if err != nil {
		return err
	}
	s.Set("orders", rest)
	s.Set("amount_fen", amount)
	msg := reason + "，已从兑付申请中移除"
	if status == StatusPending || status == StatusApproved {
		s.Set("status", StatusRejected)
		msg = reason + "，兑付申请已自动驳回，请核对后重新提交"
		s.Set("comment", platform.TruncateRunes(msg, 500))
	}
	appendHistory(s, historyEntry{Action: "invalidate", ActorName: "系统", Comment: msg, From: from, To: stateOf(s), AmountFen: amount})
	if err := tx.Save(s); err != nil {
		return err
	}
	if err := notifyProvider(tx, s, "兑付申请有订单失效："+s.GetString("activity_name"), msg+"。"); err != nil {
		return err
	}
	return platform.Audit(tx, platform.AuditEntry{
		ActorName: "系统", Action: "settlement_invalidate", Collection: colSettlements, RecordID: s.Id,
		Enterprise: s.GetString("provider_enterprise"),
		Detail:     map[string]any{"order": order.Id, "order_no": order.GetString("order_no"), "reason": reason, "from": from, "to": stateOf(s), "amount_fen": amount},
	})
}

// stateLabel is the label of a settlement's state.
func stateLabel(s *core.Record) string {
	return workflow.StateLabel(workflow.MachineSettlement, stateOf(s))
}
