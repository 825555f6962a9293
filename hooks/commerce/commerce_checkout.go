package commerce

import (
	"database/sql"
	"errors"
	"fmt"
	rand "math/rand/v2"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// newOrderNo is yyyymmddHHMMSS + 4 random digits (18 digits).
func newOrderNo(now time.Time) string {
	return now.In(platform.ChinaTime).Format("20060102150405") + fmt.Sprintf("%04d", rand.IntN(10000))
}

// errVoucherChanged is built per request (error values are mutated on the
// way out and must not be shared between goroutines).
func errVoucherChanged() error {
	return platform.FieldError("vouchers", "balance_changed", "服务券余额已变化，请重新确认订单")
}

// checkoutOrders (orders/checkout) creates one order per line, spends the
// selected vouchers across them and, for a cart checkout, removes the cart
// rows, all in one transaction. The same Idempotency-Key by the same buyer
// returns the orders of the first request instead of new ones.
func checkoutOrders(e *core.RequestEvent) error {
	user, ent, err := orderBuyer(e)
	if err != nil {
		return err
	}
	key := strings.TrimSpace(e.Request.Header.Get("Idempotency-Key"))
	if len(key) > 100 {
		return apis.NewBadRequestError("Idempotency-Key 不能超过 100 个字符", nil)
	}
	var req orderRequest
	if err := e.BindBody(&req); err != nil {
		return platform.FieldError("items", "invalid_body", "无法读取提交的数据")
	}
	fingerprint := requestFingerprint(&req)
	if key != "" {
		// Fast path for retries; the transaction checks again.
		if res, err := replayCheckout(e.App, user.Id, key, fingerprint); err != nil || res != nil {
			if err != nil {
				return err
			}
			return e.JSON(200, res)
		}
	}
	lines, err := loadLines(e.App, user, &req)
	if err != nil {
		return err
	}
	now := time.Now()
	var chosen []spendable
	if req.Vouchers != nil {
		if chosen, err = selectedVouchers(e.App, ent.Id, *req.Vouchers, lines, now); err != nil {
			return err
		}
	}
	ordersCol, err := e.App.FindCachedCollectionByNameOrId("orders")
	if err != nil {
		return err
	}
	ledgerCol, err := e.App.FindCachedCollectionByNameOrId("voucher_ledger")
	if err != nil {
		return err
	}
	nowDT, _ := types.ParseDateTime(now)
	checkoutID := security.PseudorandomString(20)

	// buildOrders makes the order records of an allocation (fresh records
	// each time, so a retried transaction inserts again).
	buildOrders := func(allocs []allocation) []*core.Record {
		ded := lineDeductions(len(lines), allocs)
		orders := make([]*core.Record, len(lines))
		for i, l := range lines {
			o := core.NewRecord(ordersCol)
			o.Set("order_no", newOrderNo(now))
			o.Set("order_type", "商品新订购")
			o.Set("buyer_enterprise", ent.Id)
			o.Set("buyer", user.Id)
			o.Set("buyer_name", ent.GetString("name"))
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
			o.Set("checkout_id", checkoutID)
			o.Set("idempotency_key", key)
			o.Set("idempotency_hash", fingerprint)
			var used []string
			for _, a := range allocs {
				if a.Line == i {
					used = append(used, a.Voucher)
				}
			}
			o.Set("vouchers", used)
			if l.Total-ded[i] == 0 {
				// Fully covered by vouchers (or free): paid at once.
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

	// The write transaction is the bottleneck (one writer), so the fast
	// path prepares everything before it: the allocation on the balances
	// read now and the money check of the orders. Their relations are the
	// rows this request just read (buyer, enterprise, listed product and
	// its spec, own vouchers), so PocketBase's relation lookups are not
	// repeated. In the transaction the conditional decrements prove the
	// balances still cover the allocation; if one does not, the checkout
	// runs again in exact mode, which reads the balances inside the
	// transaction, allocates on them and saves with full validation.
	planned := allocate(allocLines(lines), allocVouchers(chosen))
	for _, o := range buildOrders(planned) {
		if err := orderMoneyError(o); err != nil {
			return err
		}
	}

	var result map[string]any
	write := func(exact bool) error {
		// One job of the group writer (see platform.RunGrouped); the
		// decrements come first, so a refused checkout has written
		// nothing before it fails.
		return platform.RunGrouped(e.App, func(tx core.App) error {
			result = nil
			if key != "" {
				res, err := replayCheckout(tx, user.Id, key, fingerprint)
				if err != nil || res != nil {
					result = res
					return err
				}
			}
			allocs := planned
			if exact {
				vs := make([]allocVoucher, len(chosen))
				for i, s := range chosen {
					var row struct {
						Balance int    `db:"balance_fen"`
						Status  string `db:"status"`
					}
					if err := tx.DB().NewQuery("SELECT balance_fen, status FROM vouchers WHERE id = {:id}").
						Bind(dbx.Params{"id": s.Record.Id}).One(&row); err != nil {
						return err
					}
					if row.Status != workflow.VoucherActive || row.Balance <= 0 {
						return errVoucherChanged()
					}
					vs[i] = s.Alloc
					vs[i].Balance = row.Balance
				}
				allocs = allocate(allocLines(lines), vs)
			}

			// Spend first: each decrement is conditional on the balance.
			after := make([]int, len(allocs))
			for i, a := range allocs {
				if err := tx.DB().NewQuery(`UPDATE vouchers SET balance_fen = balance_fen - {:a},
					status = CASE WHEN balance_fen - {:a} = 0 THEN 'used_up' ELSE status END, updated = {:now}
					WHERE id = {:id} AND status = 'active' AND balance_fen >= {:a} RETURNING balance_fen`).
					Bind(dbx.Params{"a": a.Amount, "id": a.Voucher, "now": nowDT.String()}).Row(&after[i]); err != nil {
					if errors.Is(err, sql.ErrNoRows) {
						if exact {
							return errVoucherChanged()
						}
						return errReplan
					}
					return err
				}
			}

			orders := buildOrders(allocs)
			for _, o := range orders {
				if err := saveWithOrderNo(tx, o, now, !exact); err != nil {
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

			var cartIDs []any
			for _, l := range lines {
				if l.CartItem != "" {
					cartIDs = append(cartIDs, l.CartItem)
				}
			}
			if len(cartIDs) > 0 {
				if _, err := tx.DB().Delete("cart_items", dbx.In("id", cartIDs...)).Execute(); err != nil {
					return err
				}
			}
			result = checkoutResult(checkoutID, orders, ledger, false)
			return nil
		})
	}
	err = write(false)
	if errors.Is(err, errReplan) {
		err = write(true)
	}
	if err != nil {
		return err
	}
	return e.JSON(200, result)
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
