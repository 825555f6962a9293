package console

import (
	"net/http"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// 订单管理: every order of the platform with the provider's name, filters
// by status, provider, buyer, date and voucher use, and the sums of the
// filtered orders. Operators only.
//
//	GET /api/smedx/console/orders?status=&pay_status=&provider=&buyer=&q=&from=&to=&voucher=&page=&perPage=&sort=
//	GET /api/smedx/console/orders/{id}

type orderRow struct {
	ID                 string `db:"id" json:"id"`
	OrderNo            string `db:"order_no" json:"order_no"`
	Product            string `db:"product" json:"product"`
	ProductName        string `db:"product_name" json:"product_name"`
	SpecName           string `db:"spec_name" json:"spec_name"`
	Quantity           int    `db:"quantity" json:"quantity"`
	BuyerEnterprise    string `db:"buyer_enterprise" json:"buyer_enterprise"`
	BuyerName          string `db:"buyer_name" json:"buyer_name"`
	ProviderEnterprise string `db:"provider_enterprise" json:"provider_enterprise"`
	ProviderName       string `db:"provider_name" json:"provider_name"`
	TotalFen           int    `db:"total_fen" json:"total_fen"`
	DeductionFen       int    `db:"deduction_fen" json:"deduction_fen"`
	PayableFen         int    `db:"payable_fen" json:"payable_fen"`
	PaidFen            int    `db:"paid_fen" json:"paid_fen"`
	Status             string `db:"status" json:"status"`
	StatusLabel        string `db:"-" json:"status_label"`
	PayStatus          string `db:"pay_status" json:"pay_status"`
	PayStatusLabel     string `db:"-" json:"pay_status_label"`
	Created            string `db:"created" json:"created"`
	PaidAt             string `db:"paid_at" json:"paid_at"`
	DeliveredAt        string `db:"delivered_at" json:"delivered_at"`
	CompletedAt        string `db:"completed_at" json:"completed_at"`
	CancelledAt        string `db:"cancelled_at" json:"cancelled_at"`
	CancelReason       string `db:"cancel_reason" json:"cancel_reason"`
}

const orderCols = `o.id, o.order_no, o.product, o.product_name, o.spec_name, o.quantity,
	o.buyer_enterprise, COALESCE(NULLIF(o.buyer_name, ''), b.name, '') AS buyer_name,
	o.provider_enterprise, COALESCE(pv.name, '') AS provider_name,
	o.total_fen, o.deduction_fen, o.payable_fen, o.paid_fen, o.status, o.pay_status,
	o.created, o.paid_at, o.delivered_at, o.completed_at, o.cancelled_at, o.cancel_reason`

const orderFrom = `orders o LEFT JOIN enterprises pv ON pv.id = o.provider_enterprise LEFT JOIN enterprises b ON b.id = o.buyer_enterprise`

var orderSorts = map[string]string{
	"created": "o.created", "order_no": "o.order_no", "total_fen": "o.total_fen", "deduction_fen": "o.deduction_fen",
	"paid_at": "o.paid_at", "status": "o.status",
}

// orderConds reads the filters of 订单管理.
func orderConds(e *core.RequestEvent) (*conds, error) {
	q := e.Request.URL.Query()
	w := newConds()
	for _, f := range []string{"status", "pay_status"} {
		if v := q.Get(f); v != "" {
			w.add("o."+f+" = {:"+f+"}", dbx.Params{f: v})
		}
	}
	if v := q.Get("provider"); v != "" {
		w.add("o.provider_enterprise = {:provider}", dbx.Params{"provider": v})
	}
	if v := q.Get("buyer"); v != "" {
		w.add("o.buyer_enterprise = {:buyer}", dbx.Params{"buyer": v})
	}
	if v := strings.TrimSpace(q.Get("q")); v != "" {
		w.add(`o.order_no LIKE {:q} ESCAPE '\' OR o.product_name LIKE {:q} ESCAPE '\' OR o.buyer_name LIKE {:q} ESCAPE '\' OR pv.name LIKE {:q} ESCAPE '\'`,
			dbx.Params{"q": likeParam(v)})
	}
	from, to, err := dateRange(q)
	if err != nil {
		return nil, err
	}
	if from != "" {
		w.add("o.created >= {:from}", dbx.Params{"from": from})
	}
	if to != "" {
		w.add("o.created < {:to}", dbx.Params{"to": to})
	}
	if v, ok, err := boolParam(q, "voucher"); err != nil {
		return nil, err
	} else if ok && v {
		w.add("o.deduction_fen > 0", nil)
	} else if ok {
		w.add("o.deduction_fen = 0", nil)
	}
	return w, nil
}

func listOrders(e *core.RequestEvent) error {
	if _, err := staffOnly(e, platform.RoleOperator); err != nil {
		return err
	}
	w, err := orderConds(e)
	if err != nil {
		return err
	}
	q := e.Request.URL.Query()
	order, err := orderBy(q, orderSorts, "-created")
	if err != nil {
		return err
	}
	res, err := pageList[orderRow](e.App, q, orderFrom, orderCols, w, order, "o.id")
	if err != nil {
		return err
	}
	rows := res.Items.([]orderRow)
	for i := range rows {
		labelOrder(&rows[i])
	}
	// The sums of every filtered order (not only this page).
	var sums struct {
		TotalFen     int `db:"total_fen" json:"total_fen"`
		DeductionFen int `db:"deduction_fen" json:"deduction_fen"`
		PaidFen      int `db:"paid_fen" json:"paid_fen"`
	}
	if err := e.App.DB().NewQuery(`SELECT COALESCE(SUM(o.total_fen), 0) AS total_fen, COALESCE(SUM(o.deduction_fen), 0) AS deduction_fen,
		COALESCE(SUM(o.paid_fen), 0) AS paid_fen FROM ` + orderFrom + w.sql()).Bind(w.params).One(&sums); err != nil {
		return err
	}
	return e.JSON(http.StatusOK, map[string]any{"page": res.Page, "perPage": res.PerPage, "totalItems": res.TotalItems,
		"totalPages": res.TotalPages, "items": rows, "sums": sums})
}

func labelOrder(r *orderRow) {
	r.StatusLabel = workflow.OrderStatusLabel(r.Status)
	r.PayStatusLabel = workflow.PayStatusLabel(r.PayStatus)
}

// orderDetail: the drawer of 订单管理 — the order, the voucher movements it
// caused and its payments.
func orderDetail(e *core.RequestEvent) error {
	if _, err := staffOnly(e, platform.RoleOperator); err != nil {
		return err
	}
	var rows []orderRow
	if err := e.App.DB().NewQuery("SELECT " + orderCols + " FROM " + orderFrom + " WHERE o.id = {:id}").
		Bind(dbx.Params{"id": e.Request.PathValue("id")}).All(&rows); err != nil {
		return err
	}
	if len(rows) == 0 {
		return apis.NewNotFoundError("订单不存在", nil)
	}
	o := rows[0]
	labelOrder(&o)
	ledger := []struct {
		Voucher     string `db:"voucher" json:"voucher"`
		VoucherName string `db:"voucher_name" json:"voucher_name"`
		BatchName   string `db:"batch_name" json:"batch_name"`
		DeltaFen    int    `db:"delta_fen" json:"delta_fen"`
		Reason      string `db:"reason" json:"reason"`
		ReasonLabel string `db:"-" json:"reason_label"`
		BalanceFen  int    `db:"balance_after_fen" json:"balance_after_fen"`
		Created     string `db:"created" json:"created"`
	}{}
	if err := e.App.DB().NewQuery(`SELECT l.voucher, COALESCE(v.name, '') AS voucher_name, COALESCE(vb.name, '') AS batch_name,
		l.delta_fen, l.reason, l.balance_after_fen, l.created
		FROM voucher_ledger l LEFT JOIN vouchers v ON v.id = l.voucher LEFT JOIN voucher_batches vb ON vb.id = v.batch
		WHERE l."order" = {:id} ORDER BY l.created`).Bind(dbx.Params{"id": o.ID}).All(&ledger); err != nil {
		return err
	}
	for i := range ledger {
		ledger[i].ReasonLabel = fromMap(workflow.LedgerReasonNames)(ledger[i].Reason)
	}
	payments := []struct {
		Method      string `db:"method" json:"method"`
		MethodLabel string `db:"-" json:"method_label"`
		AmountFen   int    `db:"amount_fen" json:"amount_fen"`
		Status      string `db:"status" json:"status"`
		StatusLabel string `db:"-" json:"status_label"`
		Reference   string `db:"reference" json:"reference"`
		Confirmed   string `db:"confirmed_at" json:"confirmed_at"`
		ConfirmedBy string `db:"confirmed_by_name" json:"confirmed_by_name"`
		Created     string `db:"created" json:"created"`
	}{}
	if err := e.App.DB().NewQuery(`SELECT p.method, p.amount_fen, p.status, p.reference, p.confirmed_at,
		COALESCE(NULLIF(u.name, ''), u.username, '') AS confirmed_by_name, p.created
		FROM payments p LEFT JOIN users u ON u.id = p.confirmed_by WHERE p."order" = {:id} ORDER BY p.created`).
		Bind(dbx.Params{"id": o.ID}).All(&payments); err != nil {
		return err
	}
	for i := range payments {
		payments[i].MethodLabel = fromMap(workflow.PaymentMethodNames)(payments[i].Method)
		payments[i].StatusLabel = fromMap(workflow.PaymentStatusNames)(payments[i].Status)
	}
	return e.JSON(http.StatusOK, map[string]any{"order": o, "ledger": ledger, "payments": payments})
}
