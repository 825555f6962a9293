package exports

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// What the history of each kind of record is made of, and who may read it.

// viewer is who asks for a history.
type viewer struct {
	staff      bool   // operator, department or superuser
	enterprise string // the tenant of a tenant user
	admin      bool   // a tenant admin
	user       string // the tenant user's id
}

// readsApplication mirrors the applications read rule for tenant users:
// the tenant admin reads all of the tenant's applications, another user
// only those he submitted. A history shows no more than that rule does.
func (v viewer) readsApplication(a *core.Record) bool {
	return v.staff || (v.enterprise == a.GetString("enterprise") && (v.admin || a.GetString("applicant") == v.user))
}

// ownerEnterprises are the tenants a record belongs to (an order has two).
var ownerEnterprises = map[string]func(*core.Record) []string{
	"orders": func(r *core.Record) []string {
		return []string{r.GetString("buyer_enterprise"), r.GetString("provider_enterprise")}
	},
	"vouchers":     func(r *core.Record) []string { return []string{r.GetString("enterprise")} },
	"applications": func(r *core.Record) []string { return []string{r.GetString("enterprise")} },
	"products":     func(r *core.Record) []string { return []string{r.GetString("enterprise")} },
	"enterprises":  func(r *core.Record) []string { return []string{r.Id} },
}

// historyViewer: staff read every history; the users of a tenant (admin or
// not) the histories of their own tenant's records; nobody else.
func historyViewer(e *core.RequestEvent, collection string, rec *core.Record) (viewer, error) {
	if e.HasSuperuserAuth() {
		return viewer{staff: true}, nil
	}
	user, err := platform.AuthUser(e)
	if err != nil {
		return viewer{}, err
	}
	if isStaff(user) {
		return viewer{staff: true}, nil
	}
	if ent := user.GetString("enterprise"); ent != "" {
		for _, owner := range ownerEnterprises[collection](rec) {
			if owner == ent {
				v := viewer{enterprise: ent, admin: user.GetBool("tenant_admin"), user: user.Id}
				if collection == "applications" && !v.readsApplication(rec) {
					break
				}
				return v, nil
			}
		}
	}
	return viewer{}, apis.NewForbiddenError("只能查看本企业"+CollectionLabel(collection)+"的历史", nil)
}

// historyBuilders fill a history with a record's events and answer its title.
var historyBuilders = map[string]func(h *history, r *core.Record, v viewer) (string, error){
	"orders":       orderHistory,
	"vouchers":     voucherHistory,
	"applications": applicationHistory,
	"products":     productHistory,
	"enterprises":  enterpriseHistory,
}

func orderHistory(h *history, o *core.Record, v viewer) (string, error) {
	buyerSide := v.staff || v.enterprise == o.GetString("buyer_enterprise")
	h.add(&Event{
		Time: dt(o, "created"), Kind: kindCreated, Title: "下单",
		Detail: "订单金额 " + yuanText(int64(o.GetInt("total_fen"))) + "，服务券抵扣 " + yuanText(int64(o.GetInt("deduction_fen"))) +
			"，应付 " + yuanText(int64(o.GetInt("payable_fen"))),
		Actor: userName(h.app, o.GetString("buyer")), actorID: o.GetString("buyer"), Collection: "orders", Record: o.Id,
	})

	// Money: every voucher balance change of the order, every payment.
	ledger, err := h.app.FindRecordsByFilter("voucher_ledger", "order = {:o}", "created", 0, 0, dbx.Params{"o": o.Id})
	if err != nil {
		return "", err
	}
	for _, l := range ledger {
		title := workflow.Label(workflow.LedgerReasonNames, l.GetString("reason"))
		if buyerSide { // which voucher paid is the buyer's business
			if vr, err := h.app.FindRecordById("vouchers", l.GetString("voucher")); err == nil {
				title += "：" + vr.GetString("name")
			}
		}
		h.add(&Event{Time: dt(l, "created"), Kind: kindMoney, Title: "服务券" + title, AmountFen: money(int64(l.GetInt("delta_fen"))),
			Collection: "voucher_ledger", Record: l.Id})
	}
	payments, err := h.app.FindRecordsByFilter("payments", "order = {:o}", "created", 0, 0, dbx.Params{"o": o.Id})
	if err != nil {
		return "", err
	}
	var paymentIDs []string
	for _, p := range payments {
		paymentIDs = append(paymentIDs, p.Id)
		method := workflow.Label(workflow.PaymentMethodNames, p.GetString("method"))
		amount := int64(p.GetInt("amount_fen"))
		h.add(&Event{Time: dt(p, "created"), Kind: kindMoney, Title: "提交支付（" + method + "）", AmountFen: money(amount),
			Actor: userName(h.app, o.GetString("buyer")), Collection: "payments", Record: p.Id})
		switch p.GetString("status") {
		case "confirmed":
			h.add(&Event{Time: dt(p, "confirmed_at"), Kind: kindMoney, Title: "确认到账", AmountFen: money(amount),
				Actor: userName(h.app, p.GetString("confirmed_by")), actorID: p.GetString("confirmed_by"),
				Collection: "payments", Record: p.Id, match: "payment_confirm/" + p.Id})
		case "failed", "cancelled":
			h.add(&Event{Time: dt(p, "updated"), Kind: kindMoney, Title: "支付" + workflow.Label(workflow.PaymentStatusNames, p.GetString("status")),
				Result: resultFailure, Collection: "payments", Record: p.Id})
		}
	}

	// State changes, from the order's own timestamps.
	if paid := dt(o, "paid_at"); paid != "" {
		title := "订单已支付"
		if o.GetInt("payable_fen") == 0 {
			title = "服务券全额抵扣，订单已支付"
		}
		h.add(&Event{Time: paid, Kind: kindState, Title: title, Collection: "orders", Record: o.Id})
	}
	h.add(&Event{Time: dt(o, "delivered_at"), Kind: kindState, Title: "服务商已交付", Collection: "orders", Record: o.Id, match: "order_deliver/" + o.Id})
	h.add(&Event{Time: dt(o, "completed_at"), Kind: kindState, Title: "确认收货，订单完成", Collection: "orders", Record: o.Id, match: "order_confirm/" + o.Id})
	h.add(&Event{Time: dt(o, "cancelled_at"), Kind: kindState, Title: "订单已取消", Detail: reasonText(o.GetString("cancel_reason")),
		Collection: "orders", Record: o.Id, match: "order_cancel/" + o.Id})

	if err := h.auditRows(about("orders", o.Id), about("payments", paymentIDs...)); err != nil {
		return "", err
	}
	return "订单 " + o.GetString("order_no"), nil
}

func voucherHistory(h *history, v *core.Record, _ viewer) (string, error) {
	detail := "面值 " + yuanText(int64(v.GetInt("face_value_fen")))
	if to := v.GetDateTime("valid_to"); !to.IsZero() {
		detail += "，有效期至 " + to.Time().In(platform.China).Format("2006-01-02")
	}
	if b, err := h.app.FindRecordById("voucher_batches", v.GetString("batch")); err == nil {
		detail = "批次「" + b.GetString("name") + "」，" + detail
	}
	h.add(&Event{Time: dt(v, "created"), Kind: kindCreated, Title: "领取服务券", Detail: detail,
		Actor: userName(h.app, v.GetString("holder")), actorID: v.GetString("holder"), Collection: "vouchers", Record: v.Id})
	ledger, err := h.app.FindRecordsByFilter("voucher_ledger", "voucher = {:v}", "created", 0, 0, dbx.Params{"v": v.Id})
	if err != nil {
		return "", err
	}
	for _, l := range ledger {
		title := "服务券" + workflow.Label(workflow.LedgerReasonNames, l.GetString("reason"))
		if o, err := h.app.FindRecordById("orders", l.GetString("order")); err == nil {
			title += "（订单 " + o.GetString("order_no") + "）"
		}
		h.add(&Event{Time: dt(l, "created"), Kind: kindMoney, Title: title, AmountFen: money(int64(l.GetInt("delta_fen"))),
			Detail: "余额 " + yuanText(int64(l.GetInt("balance_after_fen"))), Collection: "voucher_ledger", Record: l.Id})
	}
	switch v.GetString("status") {
	case workflow.VoucherExpired:
		h.add(&Event{Time: dt(v, "valid_to"), Kind: kindState, Title: "服务券已过期", Collection: "vouchers", Record: v.Id})
	case workflow.VoucherVoid:
		h.add(&Event{Time: dt(v, "updated"), Kind: kindState, Title: "服务券已作废", Collection: "vouchers", Record: v.Id})
	}
	if err := h.auditRows(about("vouchers", v.Id)); err != nil {
		return "", err
	}
	return "服务券 " + v.GetString("name"), nil
}

func applicationHistory(h *history, a *core.Record, _ viewer) (string, error) {
	if err := h.applicationEvents(a); err != nil {
		return "", err
	}
	// The submission is audited against the enterprise or the product,
	// with the application in its detail.
	err := h.auditRows(about("applications", a.Id),
		dbx.NewExp(jsonText("[[l.detail]]", "$.application")+" = {:app}", dbx.Params{"app": a.Id}))
	return a.GetString("title"), err
}

func productHistory(h *history, p *core.Record, v viewer) (string, error) {
	h.add(&Event{Time: dt(p, "created"), Kind: kindCreated, Title: "创建商品", Detail: p.GetString("name"), Collection: "products", Record: p.Id})
	apps, err := h.app.FindRecordsByFilter("applications", "product = {:p}", "created", 0, 0, dbx.Params{"p": p.Id})
	if err != nil {
		return "", err
	}
	var appIDs []string
	for _, a := range apps {
		if !v.readsApplication(a) {
			continue
		}
		appIDs = append(appIDs, a.Id)
		if err := h.applicationEvents(a); err != nil {
			return "", err
		}
	}
	if p.GetString("status") == "listed" {
		h.add(&Event{Time: dt(p, "listed_at"), Kind: kindState, Title: "商品已上架", Collection: "products", Record: p.Id})
	}
	var revisions []string
	if err := h.app.DB().Select("id").From("product_revisions").Where(dbx.HashExp{"product": p.Id}).Column(&revisions); err != nil {
		return "", err
	}
	if err := h.auditRows(about("products", p.Id), about("product_revisions", revisions...), about("applications", appIDs...)); err != nil {
		return "", err
	}
	return "商品 " + p.GetString("name"), nil
}

func enterpriseHistory(h *history, ent *core.Record, v viewer) (string, error) {
	h.add(&Event{Time: dt(ent, "created"), Kind: kindCreated, Title: "注册" + workflow.Label(workflow.KindNames, ent.GetString("kind")),
		Detail: ent.GetString("name"), Collection: "enterprises", Record: ent.Id, match: "enterprise_draft_create/" + ent.Id})
	apps, err := h.app.FindRecordsByFilter("applications", "enterprise = {:e} && type = 'certification'", "created", 0, 0, dbx.Params{"e": ent.Id})
	if err != nil {
		return "", err
	}
	var appIDs []string
	for _, a := range apps {
		if !v.readsApplication(a) {
			continue
		}
		appIDs = append(appIDs, a.Id)
		if err := h.applicationEvents(a); err != nil {
			return "", err
		}
	}
	if err := h.auditRows(about("enterprises", ent.Id), about("applications", appIDs...)); err != nil {
		return "", err
	}
	return ent.GetString("name"), nil
}

func reasonText(s string) string {
	if s == "" {
		return ""
	}
	return "原因：" + s
}
