package commerce

import (
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/menus"
	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// PayRequest is what the buyer sends to orders/{id}/pay.
type PayRequest struct {
	Method       string `json:"method"`
	PayerAccount string `json:"payer_account"`
	Reference    string `json:"reference"`
}

// PaymentProvider is a way to pay the payable of an order. Start runs in
// the caller's transaction and returns the payments row (status pending,
// or confirmed for a provider that settles at once) and the instructions
// the buyer needs; Confirm marks a pending payment as received (for the
// offline provider an operator does it after checking the bank account).
// The order itself is moved to paid by the caller when a payment is
// confirmed, so every provider shares that logic.
type PaymentProvider interface {
	Name() string
	Start(tx core.App, order *core.Record, req PayRequest) (payment *core.Record, instructions map[string]any, err error)
	Confirm(tx core.App, payment *core.Record, by *core.Record) error
}

var (
	paymentProvidersMu sync.RWMutex
	paymentProviders   = map[string]PaymentProvider{}
)

// RegisterPaymentProvider makes p available as method p.Name().
func RegisterPaymentProvider(p PaymentProvider) {
	paymentProvidersMu.Lock()
	defer paymentProvidersMu.Unlock()
	paymentProviders[p.Name()] = p
}

func paymentProvider(name string) PaymentProvider {
	paymentProvidersMu.RLock()
	defer paymentProvidersMu.RUnlock()
	return paymentProviders[name]
}

func init() { RegisterPaymentProvider(offlinePayment{}) }

// offlinePayment is bank transfer (对公转账): the buyer transfers the
// payable quoting the order number; an operator confirms the payment once
// the money is on the platform's account.
type offlinePayment struct{}

func (offlinePayment) Name() string { return "offline" }

func (offlinePayment) Start(tx core.App, order *core.Record, req PayRequest) (*core.Record, map[string]any, error) {
	if len([]rune(req.PayerAccount)) > 100 {
		return nil, nil, platform.FieldError("payer_account", "too_long", "付款账户不能超过 100 个字")
	}
	if len([]rune(req.Reference)) > 100 {
		return nil, nil, platform.FieldError("reference", "too_long", "转账流水号不能超过 100 个字")
	}
	// One pending transfer per order: paying again updates it.
	p, err := tx.FindFirstRecordByFilter("payments", "order = {:o} && status = 'pending'", dbx.Params{"o": order.Id})
	if err != nil {
		col, err := tx.FindCachedCollectionByNameOrId("payments")
		if err != nil {
			return nil, nil, err
		}
		p = core.NewRecord(col)
		p.Set("order", order.Id)
		p.Set("method", "offline")
		p.Set("status", "pending")
	}
	p.Set("amount_fen", order.GetInt("payable_fen"))
	if req.PayerAccount != "" {
		p.Set("payer_account", req.PayerAccount)
	}
	if req.Reference != "" {
		p.Set("reference", req.Reference)
	}
	if err := tx.Save(p); err != nil {
		return nil, nil, err
	}
	return p, map[string]any{
		"method":     "offline",
		"amount_fen": order.GetInt("payable_fen"),
		"order_no":   order.GetString("order_no"),
		"message": fmt.Sprintf("请通过对公转账支付 ¥%.2f，转账附言请填写订单号 %s；平台运营人员确认到账后订单变为已支付。",
			float64(order.GetInt("payable_fen"))/100, order.GetString("order_no")),
	}, nil
}

func (offlinePayment) Confirm(tx core.App, p *core.Record, by *core.Record) error {
	p.Set("status", "confirmed")
	p.Set("confirmed_by", by.Id)
	p.Set("confirmed_at", types.NowDateTime())
	return tx.Save(p)
}

func registerPayments(app core.App) {
	app.OnRecordUpdate("payments").BindFunc(func(e *core.RecordEvent) error {
		old, err := e.App.FindRecordById("payments", e.Record.Id)
		if err != nil {
			return err
		}
		from, to := old.GetString("status"), e.Record.GetString("status")
		if !workflow.AllowedMove(workflow.PaymentTransitions, from, to) {
			return platform.FieldError("status", "invalid_transition", "支付记录已处理，不能再修改状态")
		}
		return e.Next()
	})
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.POST("/api/smedx/orders/{id}/pay", payOrder).Bind(menus.Require(menus.Orders))
		se.Router.POST("/api/smedx/payments/{id}/confirm", confirmPayment).Bind(menus.Require(menus.Payments))
		return se.Next()
	})
}

// payOrder (确认支付): the buyer starts paying a pending order.
func payOrder(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	var req PayRequest
	_ = e.BindBody(&req)
	if req.Method == "" {
		req.Method = "offline"
	}
	provider := paymentProvider(req.Method)
	if provider == nil {
		return platform.FieldError("method", "unknown_method", "不支持的支付方式")
	}
	var payment *core.Record
	var instructions map[string]any
	err = platform.RunTx(e.App, func(tx core.App) error {
		o, side, err := loadOrderFor(tx, e, user)
		if err != nil {
			return err
		}
		if side != "buyer" {
			return platform.Error(http.StatusForbidden, "只有下单企业可以支付订单")
		}
		if o.GetString("status") != workflow.OrderPendingPayment {
			return statusError(o, "支付")
		}
		payment, instructions, err = provider.Start(tx, o, req)
		if err != nil {
			return err
		}
		if payment.GetString("status") == "confirmed" {
			return markOrderPaid(tx, o, payment)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return e.JSON(200, map[string]any{"payment": payment, "instructions": instructions})
}

// confirmPayment: an operator confirms that the money arrived; the order
// becomes paid.
func confirmPayment(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	if !platform.HasRole(user, platform.RoleOperator) {
		return platform.Error(http.StatusForbidden, "只有运营人员可以确认收款")
	}
	var payment, order *core.Record
	err = platform.RunTx(e.App, func(tx core.App) error {
		p, err := tx.FindRecordById("payments", e.Request.PathValue("id"))
		if err != nil {
			return platform.Error(http.StatusNotFound, "支付记录不存在")
		}
		if p.GetString("status") != "pending" {
			return platform.Error(http.StatusBadRequest, "该支付记录已处理")
		}
		o, err := tx.FindRecordById("orders", p.GetString("order"))
		if err != nil {
			return platform.Error(http.StatusNotFound, "订单不存在")
		}
		if o.GetString("status") != workflow.OrderPendingPayment {
			return statusError(o, "确认收款")
		}
		provider := paymentProvider(p.GetString("method"))
		if provider == nil {
			return platform.Error(http.StatusBadRequest, "不支持的支付方式")
		}
		if err := provider.Confirm(tx, p, user); err != nil {
			return err
		}
		if err := markOrderPaid(tx, o, p); err != nil {
			return err
		}
		payment, order = p, o
		if err := platform.Notify(tx, o.GetString("buyer"), "订单已支付："+o.GetString("product_name"),
			fmt.Sprintf("平台已确认收到订单 %s 的付款 ¥%.2f，服务商将尽快交付。", o.GetString("order_no"), float64(p.GetInt("amount_fen"))/100),
			orderLink(o.Id)); err != nil {
			return err
		}
		return platform.AuditRequest(tx, e, "payment_confirm", "payments", p.Id, map[string]any{"order": o.Id, "amount_fen": p.GetInt("amount_fen")})
	})
	if err != nil {
		return err
	}
	return e.JSON(200, map[string]any{"payment": payment, "order": order})
}

func markOrderPaid(tx core.App, o, p *core.Record) error {
	o.Set("status", workflow.OrderPaid)
	o.Set("pay_status", "paid")
	o.Set("paid_fen", p.GetInt("amount_fen"))
	o.Set("paid_at", time.Now())
	return tx.Save(o)
}
