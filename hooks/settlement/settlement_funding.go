package settlement

import (
	"fmt"
	"sort"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// orderFunding is what a settlement needs to know of an order: whose it
// is, how far it got, and how much of it vouchers paid, from which
// activity. Spent and Activities come from the voucher ledger, the money
// truth: spent is minus the sum of the order's ledger rows (spends net of
// refunds), the activities are those of the vouchers its spend rows drew.
type orderFunding struct {
	ID          string `db:"id"`
	OrderNo     string `db:"order_no"`
	Provider    string `db:"provider_enterprise"`
	Status      string `db:"status"`
	PayStatus   string `db:"pay_status"`
	Deduction   int    `db:"deduction_fen"`
	Total       int    `db:"total_fen"`
	BuyerName   string `db:"buyer_name"`
	ProductName string `db:"product_name"`
	SpecName    string `db:"spec_name"`
	CompletedAt string `db:"completed_at"`
	Spent       int    `db:"spent"`
	ActivityCSV string `db:"activities"`
}

// fundingSelect reads orderFunding rows; callers add the WHERE clause.
const fundingSelect = `SELECT o.id, o.order_no, o.provider_enterprise, o.status, o.pay_status,
	o.deduction_fen, o.total_fen, o.buyer_name, o.product_name, o.spec_name, o.completed_at,
	COALESCE((SELECT -SUM(l.delta_fen) FROM voucher_ledger l WHERE l.[[order]] = o.id), 0) AS spent,
	COALESCE((SELECT GROUP_CONCAT(DISTINCT b.activity) FROM voucher_ledger l
		JOIN vouchers v ON v.id = l.voucher JOIN voucher_batches b ON b.id = v.batch
		WHERE l.[[order]] = o.id AND l.delta_fen < 0), '') AS activities
	FROM orders o `

// Activities lists the distinct activities that paid for the order, sorted.
func (f *orderFunding) Activities() []string {
	if f.ActivityCSV == "" {
		return nil
	}
	out := strings.Split(f.ActivityCSV, ",")
	sort.Strings(out)
	return out
}

// Activity is the one activity that paid for the order ("" when none or
// several).
func (f *orderFunding) Activity() string {
	if acts := f.Activities(); len(acts) == 1 {
		return acts[0]
	}
	return ""
}

// loadFunding reads the funding of the orders ids (missing ids are absent
// from the map). app may be a transaction.
func loadFunding(app core.App, ids []string) (map[string]*orderFunding, error) {
	out := map[string]*orderFunding{}
	if len(ids) == 0 {
		return out, nil
	}
	in, params := inList("o", ids)
	var rows []*orderFunding
	if err := app.DB().NewQuery(fundingSelect + "WHERE o.id IN (" + in + ")").
		Bind(params).All(&rows); err != nil {
		return nil, err
	}
	for _, r := range rows {
		out[r.ID] = r
	}
	return out, nil
}

// problem says in Chinese why the order cannot be (or stay) in a
// settlement of provider for activity ("" for any activity); "" when it can.
func (f *orderFunding) problem(provider, activity string) string {
	no := f.OrderNo
	switch {
	case f.Provider != provider:
		// By id, not order_no: the caller learns nothing of another's order.
		return "订单不存在或不属于本服务商：" + f.ID
	case f.Status == "cancelled":
		return fmt.Sprintf("订单 %s 已取消，不能申请兑付", no)
	case f.Status != "completed":
		return fmt.Sprintf("订单 %s 尚未完成（订购企业确认验收后才能申请兑付）", no)
	case f.PayStatus == "refunded":
		return fmt.Sprintf("订单 %s 已退款，不能申请兑付", no)
	case f.Deduction <= 0:
		return fmt.Sprintf("订单 %s 没有使用服务券抵扣，无需兑付", no)
	case f.Spent != f.Deduction:
		return fmt.Sprintf("订单 %s 的服务券流水合计 %s 元与抵扣金额 %s 元不符，请联系运营人员核对", no, Yuan(f.Spent), Yuan(f.Deduction))
	case len(f.Activities()) > 1:
		return fmt.Sprintf("订单 %s 同时使用了多个服务券活动的券，不能按活动申请兑付，请联系运营人员处理", no)
	case f.Activity() == "":
		return fmt.Sprintf("订单 %s 没有服务券抵扣流水，请联系运营人员核对", no)
	case activity != "" && f.Activity() != activity:
		return fmt.Sprintf("订单 %s 不属于该兑付申请的服务券活动", no)
	}
	return ""
}

// Yuan formats fen as 元 with two decimals ("1,234.50" without the
// grouping: "1234.50"), for messages.
func Yuan(fen int) string {
	sign := ""
	if fen < 0 {
		sign, fen = "-", -fen
	}
	return fmt.Sprintf("%s%d.%02d", sign, fen/100, fen%100)
}

// sumDeduction is the amount of a settlement holding orders: the sum of
// their deduction_fen (DESIGN §3). It reads the orders themselves, so it is
// the contract's amount whether or not they are still eligible.
func sumDeduction(app core.App, ids []string) (int, error) {
	if len(ids) == 0 {
		return 0, nil
	}
	var sum int
	err := app.DB().Select("COALESCE(SUM(deduction_fen), 0)").From("orders").
		Where(dbx.In("id", toAny(ids)...)).Row(&sum)
	return sum, err
}

// inList is the placeholders "{:p0},{:p1},…" of ids and their params.
func inList(prefix string, ids []string) (string, dbx.Params) {
	params := dbx.Params{}
	holders := make([]string, len(ids))
	for i, id := range ids {
		k := fmt.Sprintf("%s%d", prefix, i)
		params[k] = id
		holders[i] = "{:" + k + "}"
	}
	return strings.Join(holders, ","), params
}

func toAny(ids []string) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}
