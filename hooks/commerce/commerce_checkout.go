package commerce

import (
	"database/sql"
	"errors"
	"fmt"
	rand "math/rand/v2"
	"net/http"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// newOrderNo is yyyymmddHHMMSS + 4 random digits (18 digits).
func newOrderNo(now time.Time) string {
	return now.In(platform.China).Format("20060102150405") + fmt.Sprintf("%04d", rand.IntN(10000))
}

// errVoucherChanged is built per request (error values are mutated on the
// way out and must not be shared between goroutines).
func errVoucherChanged() error {
	return platform.FieldError("vouchers", "balance_changed", "服务券余额已变化，请重新确认订单")
}

// checkoutOrders (POST /api/smedx/orders/checkout) creates one order per
// line, spends the selected vouchers across them and, for a cart checkout,
// removes the cart rows, all in one transaction. The same Idempotency-Key
// by the same buyer returns the orders of the first request instead of new
// ones. It is a pipeline, each step a function:
//
//	parse     parseCheckout: buyer, Idempotency-Key (a known key replays), body
//	lines     loadLines: the items, listed and priced (commerce_quote.go)
//	vouchers  selectedVouchers: the buyer's choice, own, spendable, in scope
//	allocate  allocate (pure, commerce_alloc.go) on the balances read now
//	orders    buildOrders (pure) and the money check of each order
//	write     writeCheckout: one job of the group writer (spend, insert, ledger, cart)
//	result    checkoutResult: the orders, the ledger rows and the totals
//
// The write transaction is the bottleneck (one writer), so everything but
// the write is prepared before it: the allocation and the money check. The
// relations of the orders are the rows this request just read (buyer,
// enterprise, listed product and its spec, own vouchers), so PocketBase's
// relation lookups are not repeated. In the transaction the conditional
// decrements prove the balances still cover the allocation; if one does
// not, the write runs again in exact mode, which reads the balances inside
// the transaction, allocates on them and saves with full validation.
func checkoutOrders(e *core.RequestEvent) error {
	c, replay, err := parseCheckout(e)
	if err != nil || replay != nil {
		if err != nil {
			return err
		}
		return e.JSON(200, replay)
	}
	if c.lines, err = loadLines(e.App, c.user, &c.req); err != nil {
		return err
	}
	if c.req.Vouchers != nil {
		if c.chosen, err = selectedVouchers(e.App, c.ent.Id, *c.req.Vouchers, c.lines, c.now); err != nil {
			return err
		}
	}
	planned := allocate(allocLines(c.lines), allocVouchers(c.chosen))
	if c.ordersCol, err = e.App.FindCachedCollectionByNameOrId("orders"); err != nil {
		return err
	}
	for _, o := range buildOrders(c, planned) {
		if err := orderMoneyError(o); err != nil {
			return err
		}
	}
	result, err := writeCheckout(e.App, c, planned, false)
	if errors.Is(err, errReplan) {
		result, err = writeCheckout(e.App, c, nil, true)
	}
	if err != nil {
		return err
	}
	return e.JSON(200, result)
}

// checkout is one checkout request on its way through the pipeline.
type checkout struct {
	user, ent *core.Record
	key       string // Idempotency-Key, "" when none
	req       orderRequest
	hash      string // fingerprint of req (commerce_idempotency.go)
	now       time.Time
	id        string // checkout_id shared by the orders of the request

	lines     []*orderLine
	chosen    []spendable
	ordersCol *core.Collection
}

// parseCheckout is the parse step. A retry with a known Idempotency-Key is
// answered from the stored orders (replay != nil); the transaction checks
// again.
func parseCheckout(e *core.RequestEvent) (c *checkout, replay map[string]any, err error) {
	user, ent, err := orderBuyer(e)
	if err != nil {
		return nil, nil, err
	}
	key := strings.TrimSpace(e.Request.Header.Get("Idempotency-Key"))
	if len(key) > 100 {
		return nil, nil, platform.Error(http.StatusBadRequest, "Idempotency-Key 不能超过 100 个字符")
	}
	c = &checkout{user: user, ent: ent, key: key, now: time.Now(), id: security.PseudorandomString(20)}
	if err := e.BindBody(&c.req); err != nil {
		return nil, nil, platform.FieldError("items", "invalid_body", "无法读取提交的数据")
	}
	c.hash = requestFingerprint(&c.req)
	if key != "" {
		if res, err := replayCheckout(e.App, user.Id, key, c.hash); err != nil || res != nil {
			return nil, res, err
		}
	}
	return c, nil, nil
}

// buildOrders (pure) makes the order records of an allocation: fresh
// records each time, so a retried transaction inserts again. An order the
// vouchers cover fully (or a free one) is paid at once.
func buildOrders(c *checkout, allocs []allocation) []*core.Record {
	ded := lineDeductions(len(c.lines), allocs)
	nowDT, _ := types.ParseDateTime(c.now)
	orders := make([]*core.Record, len(c.lines))
	for i, l := range c.lines {
		o := core.NewRecord(c.ordersCol)
		o.Set("order_no", newOrderNo(c.now))
		o.Set("order_type", "商品新订购")
		o.Set("buyer_enterprise", c.ent.Id)
		o.Set("buyer", c.user.Id)
		o.Set("buyer_name", c.ent.GetString("name"))
		o.Set("provider_enterprise", l.Product.GetString("enterprise"))
		o.Set("product", l.Product.Id)
		o.Set("spec", l.Spec.Id)
		o.Set("product_name", l.Product.GetString("name"))
		o.Set("product_type", l.Product.GetString("type"))
		o.Set("spec_name", l.Spec.GetString("name"))
		o.Set("purchase_mode", l.Spec.GetString("purchase_mode"))
		o.Set("unit_price_fen", l.UnitPrice)
		o.Set("quantity", l.Quantity)
		o.Set("total_fen", l.Total)
		o.Set("deduction_fen", ded[i])
		o.Set("payable_fen", l.Total-ded[i])
		o.Set("checkout_id", c.id)
		o.Set("idempotency_key", c.key)
		o.Set("idempotency_hash", c.hash)
		var used []string
		for _, a := range allocs {
			if a.Line == i {
				used = append(used, a.Voucher)
			}
		}
		o.Set("vouchers", used)
		if l.Total-ded[i] == 0 {
			o.Set("status", workflow.OrderPaid)
			o.Set("pay_status", "none")
			o.Set("paid_at", nowDT)
		} else {
			o.Set("status", workflow.OrderPendingPayment)
			o.Set("pay_status", "unpaid")
		}
		orders[i] = o
	}
	return orders
}

// writeCheckout is the write step: one job of the group writer (see
// platform.RunGrouped). The decrements come first, so a refused checkout
// has written nothing before it fails. planned is the allocation made
// before the transaction; exact (planned nil) allocates on the balances
// read inside it instead. A planned allocation that no longer fits returns
// errReplan.
func writeCheckout(app core.App, c *checkout, planned []allocation, exact bool) (map[string]any, error) {
	ledgerCol, err := app.FindCachedCollectionByNameOrId("voucher_ledger")
	if err != nil {
		return nil, err
	}
	var result map[string]any
	err = platform.RunGrouped(app, func(tx core.App) error {
		result = nil
		if c.key != "" {
			res, err := replayCheckout(tx, c.user.Id, c.key, c.hash)
			if err != nil || res != nil {
				result = res
				return err
			}
		}
		allocs := planned
		if exact {
			vs, err := currentBalances(tx, c.chosen)
			if err != nil {
				return err
			}
			allocs = allocate(allocLines(c.lines), vs)
		}
		after, err := spendVouchers(tx, allocs, c.now, exact)
		if err != nil {
			return err
		}
		orders := buildOrders(c, allocs)
		for _, o := range orders {
			if err := saveWithOrderNo(tx, o, c.now, !exact); err != nil {
				return err
			}
		}
		ledger := make([]*core.Record, len(allocs))
		for i, a := range allocs {
			l := core.NewRecord(ledgerCol)
			l.Set("voucher", a.Voucher)
			l.Set("order", orders[a.Line].Id)
			l.Set("delta_fen", -a.Amount)
			l.Set("reason", "checkout")
			l.Set("balance_after_fen", after[i])
			if err := tx.SaveNoValidate(l); err != nil {
				return err
			}
			ledger[i] = l
		}
		if err := clearCart(tx, c.lines); err != nil {
			return err
		}
		result = checkoutResult(c.id, orders, ledger, false)
		return nil
	})
	return result, err
}

// currentBalances reads the chosen vouchers' balances inside the
// transaction (exact mode); a voucher no longer active or empty refuses.
func currentBalances(tx core.App, chosen []spendable) ([]allocVoucher, error) {
	vs := make([]allocVoucher, len(chosen))
	for i, s := range chosen {
		var row struct {
			Balance int    `db:"balance_fen"`
			Status  string `db:"status"`
		}
		if err := tx.DB().NewQuery("SELECT balance_fen, status FROM vouchers WHERE id = {:id}").
			Bind(dbx.Params{"id": s.Record.Id}).One(&row); err != nil {
			return nil, err
		}
		if row.Status != workflow.VoucherActive || row.Balance <= 0 {
			return nil, errVoucherChanged()
		}
		vs[i] = s.Alloc
		vs[i].Balance = row.Balance
	}
	return vs, nil
}

// spendVouchers decrements each allocation, conditional on the balance
// still covering it, and returns the balances after. A decrement that does
// not apply is errReplan (planned) or a refusal (exact).
func spendVouchers(tx core.App, allocs []allocation, now time.Time, exact bool) ([]int, error) {
	nowDT, _ := types.ParseDateTime(now)
	after := make([]int, len(allocs))
	for i, a := range allocs {
		if err := tx.DB().NewQuery(`UPDATE vouchers SET balance_fen = balance_fen - {:a},
			status = CASE WHEN balance_fen - {:a} = 0 THEN 'used_up' ELSE status END, updated = {:now}
			WHERE id = {:id} AND status = 'active' AND balance_fen >= {:a} RETURNING balance_fen`).
			Bind(dbx.Params{"a": a.Amount, "id": a.Voucher, "now": nowDT.String()}).Row(&after[i]); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				if exact {
					return nil, errVoucherChanged()
				}
				return nil, errReplan
			}
			return nil, err
		}
	}
	return after, nil
}

// clearCart removes the cart rows a cart checkout bought.
func clearCart(tx core.App, lines []*orderLine) error {
	var ids []any
	for _, l := range lines {
		if l.CartItem != "" {
			ids = append(ids, l.CartItem)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	_, err := tx.DB().Delete("cart_items", dbx.In("id", ids...)).Execute()
	return err
}

// errReplan rolls a fast-path checkout back: a balance changed since the
// allocation was planned.
var errReplan = errors.New("voucher balance changed; replan")

// saveWithOrderNo saves a new order, drawing a new order number when the
// random part clashes with an existing one.
// prevalidated orders (checked before the transaction, see checkoutOrders)
// skip PocketBase's validation; only order_no may change here.
func saveWithOrderNo(tx core.App, o *core.Record, now time.Time, prevalidated bool) error {
	var err error
	for attempt := 0; attempt < 20; attempt++ {
		if attempt > 0 {
			o.Set("order_no", newOrderNo(now))
		}
		if prevalidated {
			err = tx.SaveNoValidate(o)
		} else {
			err = tx.Save(o)
		}
		if err == nil || !platform.IsUniqueErr(err) {
			return err
		}
		o.MarkAsNew()
	}
	return err
}

// replayCheckout returns the result of the buyer's earlier checkout with
// key, or nil when there was none; a 422 when that checkout had another
// body (see commerce_idempotency.go).
func replayCheckout(app core.App, buyer, key, fingerprint string) (map[string]any, error) {
	orders, err := app.FindRecordsByFilter("orders", "buyer = {:b} && idempotency_key = {:k}", "created,order_no", 0, 0,
		dbx.Params{"b": buyer, "k": key})
	if err != nil || len(orders) == 0 {
		return nil, err
	}
	if err := sameCheckoutRequest(orders[0], fingerprint); err != nil {
		return nil, err
	}
	ids := make([]any, len(orders))
	for i, o := range orders {
		ids[i] = o.Id
	}
	var ledger []*core.Record
	if err := app.RecordQuery("voucher_ledger").AndWhere(dbx.In("order", ids...)).OrderBy("created").All(&ledger); err != nil {
		return nil, err
	}
	return checkoutResult(orders[0].GetString("checkout_id"), orders, ledger, true), nil
}

func checkoutResult(checkoutID string, orders, ledger []*core.Record, replayed bool) map[string]any {
	total, ded, pay := 0, 0, 0
	for _, o := range orders {
		total += o.GetInt("total_fen")
		ded += o.GetInt("deduction_fen")
		pay += o.GetInt("payable_fen")
	}
	if ledger == nil {
		ledger = []*core.Record{}
	}
	return map[string]any{
		"checkout_id": checkoutID, "replayed": replayed, "orders": orders, "ledger": ledger,
		"total_fen": total, "deduction_fen": ded, "payable_fen": pay,
	}
}
