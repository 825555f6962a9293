package exports

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
	"smedx/templates"
)

// Printable documents: GET /api/smedx/print/orders/{id} (订单确认单) and
// GET /api/smedx/print/vouchers/{id} (服务券凭证), server-rendered A4 pages
// from templates/pages/print_*.html with print CSS, amounts in 元 and in
// Chinese capitals. For platform staff and the users of the tenants the
// record belongs to. The page opens in a new tab, which sends no
// Authorization header, so ?token= is accepted as the products preview does.

var (
	printOnce sync.Once
	printTmpl *template.Template
	printErr  error
)

func printTemplates() (*template.Template, error) {
	printOnce.Do(func() {
		printTmpl, printErr = template.New("print").Funcs(template.FuncMap{
			"yuan":  yuanGrouped,
			"upper": RMBUpper,
		}).ParseFS(templates.FS, "pages/print_*.html")
	})
	return printTmpl, printErr
}

// yuanGrouped shows fen as 元 with thousands separators: 125050 → 1,250.50.
func yuanGrouped(fen int64) string {
	sign := ""
	if fen < 0 {
		sign, fen = "-", -fen
	}
	digits := fmt.Sprint(fen / 100)
	var b strings.Builder
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	return fmt.Sprintf("%s%s.%02d", sign, b.String(), fen%100)
}

// printViewer is the signed-in user of the request, from the
// Authorization header or the token parameter.
func printViewer(e *core.RequestEvent) *core.Record {
	if e.Auth != nil {
		return e.Auth
	}
	token := strings.TrimPrefix(strings.TrimSpace(e.Request.URL.Query().Get("token")), "Bearer ")
	if token == "" {
		return nil
	}
	rec, err := e.App.FindAuthRecordByToken(token, core.TokenTypeAuth)
	if err != nil {
		return nil
	}
	return rec
}

// mayPrint: superusers, platform staff, and the users of one of owners.
func mayPrint(viewer *core.Record, owners ...string) bool {
	if viewer.IsSuperuser() || isStaff(viewer) {
		return true
	}
	ent := viewer.GetString("enterprise")
	for _, o := range owners {
		if ent != "" && ent == o {
			return true
		}
	}
	return false
}

func renderPrint(e *core.RequestEvent, name string, data any) error {
	t, err := printTemplates()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, name, data); err != nil {
		return err
	}
	// The URL may carry a token: keep the page out of caches and referers.
	e.Response.Header().Set("Cache-Control", "no-store")
	e.Response.Header().Set("Referrer-Policy", "no-referrer")
	return e.HTML(http.StatusOK, buf.String())
}

func chinaTimeText(r *core.Record, field string) string {
	d := r.GetDateTime(field)
	if d.IsZero() {
		return ""
	}
	return d.Time().In(platform.China).Format("2006-01-02 15:04:05")
}

func chinaDateText(r *core.Record, field string) string {
	if s := chinaTimeText(r, field); s != "" {
		return s[:10]
	}
	return "—"
}

// party is one side of a document.
type party struct{ Name, CreditCode, Contact, Phone string }

func partyOf(app core.App, id string) party {
	ent, err := app.FindRecordById("enterprises", id)
	if err != nil {
		return party{Name: "—"}
	}
	var profile map[string]any
	_ = platform.UnmarshalJSONString(ent.GetString("profile"), &profile)
	str := func(k string) string { s, _ := profile[k].(string); return s }
	return party{Name: ent.GetString("name"), CreditCode: ent.GetString("credit_code"), Contact: str("contact"), Phone: str("contact_phone")}
}

type orderDoc struct {
	Platform, OrderNo, Created, Status, PayStatus, Stamp string
	Buyer, Provider                                      party
	BuyerUser, Product, Spec, Mode, CancelReason         string
	UnitFen, Quantity, TotalFen, DeductionFen            int64
	PayableFen, PaidFen                                  int64
	Vouchers                                             []voucherUse
	Payments                                             []paymentLine
	PrintedAt                                            string
}

type voucherUse struct {
	Name, Reason, Time string
	AmountFen          int64
}

type paymentLine struct {
	Method, Status, Reference, ConfirmedAt string
	AmountFen                              int64
}

func handlePrintOrder(e *core.RequestEvent) error {
	viewer := printViewer(e)
	if viewer == nil {
		return apis.NewUnauthorizedError("请先登录后再打印", nil)
	}
	o, err := e.App.FindRecordById("orders", e.Request.PathValue("id"))
	if err != nil {
		return apis.NewNotFoundError("订单不存在", nil)
	}
	if !mayPrint(viewer, o.GetString("buyer_enterprise"), o.GetString("provider_enterprise")) {
		return apis.NewForbiddenError("只能打印本企业的订单", nil)
	}
	doc := orderDoc{
		Platform: platform.AppName, OrderNo: o.GetString("order_no"), Created: chinaTimeText(o, "created"),
		Status:    workflow.Label(workflow.OrderStatusNames, o.GetString("status")),
		PayStatus: workflow.Label(workflow.PayStatusNames, o.GetString("pay_status")),
		Buyer:     partyOf(e.App, o.GetString("buyer_enterprise")), Provider: partyOf(e.App, o.GetString("provider_enterprise")),
		BuyerUser: userName(e.App, o.GetString("buyer")), Product: o.GetString("product_name"), Spec: o.GetString("spec_name"),
		Mode:    dictText(e.App, "purchase_mode", o.GetString("purchase_mode")),
		UnitFen: int64(o.GetInt("unit_price_fen")), Quantity: int64(o.GetInt("quantity")), TotalFen: int64(o.GetInt("total_fen")),
		DeductionFen: int64(o.GetInt("deduction_fen")), PayableFen: int64(o.GetInt("payable_fen")), PaidFen: int64(o.GetInt("paid_fen")),
		CancelReason: o.GetString("cancel_reason"),
		PrintedAt:    time.Now().In(platform.China).Format("2006-01-02 15:04:05"),
	}
	if o.GetString("status") == workflow.OrderCancelled {
		doc.Stamp = "已取消"
	}
	// The provider's contact is the product's (a provider's questionnaire has none).
	if p, err := e.App.FindRecordById("products", o.GetString("product")); err == nil {
		doc.Provider.Contact, doc.Provider.Phone = p.GetString("contact_name"), p.GetString("contact_phone")
	}
	// Which vouchers paid is the buyer's business (as in the history).
	buyerSide := viewer.IsSuperuser() || isStaff(viewer) || viewer.GetString("enterprise") == o.GetString("buyer_enterprise")
	ledger, err := e.App.FindRecordsByFilter("voucher_ledger", "order = {:o}", "created", 0, 0, dbx.Params{"o": o.Id})
	if err != nil {
		return err
	}
	for _, l := range ledger {
		use := voucherUse{Name: "服务券", Reason: workflow.Label(workflow.LedgerReasonNames, l.GetString("reason")),
			Time: chinaTimeText(l, "created"), AmountFen: int64(l.GetInt("delta_fen"))}
		if buyerSide {
			if v, err := e.App.FindRecordById("vouchers", l.GetString("voucher")); err == nil {
				use.Name = v.GetString("name")
			}
		}
		doc.Vouchers = append(doc.Vouchers, use)
	}
	payments, err := e.App.FindRecordsByFilter("payments", "order = {:o}", "created", 0, 0, dbx.Params{"o": o.Id})
	if err != nil {
		return err
	}
	for _, p := range payments {
		line := paymentLine{Method: workflow.Label(workflow.PaymentMethodNames, p.GetString("method")),
			Status: workflow.Label(workflow.PaymentStatusNames, p.GetString("status")), ConfirmedAt: chinaTimeText(p, "confirmed_at"),
			AmountFen: int64(p.GetInt("amount_fen"))}
		if buyerSide {
			line.Reference = p.GetString("reference")
		}
		doc.Payments = append(doc.Payments, line)
	}
	return renderPrint(e, "print_order.html", doc)
}

type voucherDoc struct {
	Platform, Number, Name, Activity, Batch, Created, Stamp string
	Holder                                                  party
	HolderUser, BillingMode, ValidFrom, ValidTo, Status     string
	FaceFen, UsedFen, BalanceFen                            int64
	Uses                                                    []ledgerLine
	PrintedAt                                               string
}

type ledgerLine struct {
	Time, OrderNo, Reason string
	AmountFen, BalanceFen int64
}

func handlePrintVoucher(e *core.RequestEvent) error {
	viewer := printViewer(e)
	if viewer == nil {
		return apis.NewUnauthorizedError("请先登录后再打印", nil)
	}
	v, err := e.App.FindRecordById("vouchers", e.Request.PathValue("id"))
	if err != nil {
		return apis.NewNotFoundError("服务券不存在", nil)
	}
	if !mayPrint(viewer, v.GetString("enterprise")) {
		return apis.NewForbiddenError("只能打印本企业的服务券", nil)
	}
	face, balance := int64(v.GetInt("face_value_fen")), int64(v.GetInt("balance_fen"))
	doc := voucherDoc{
		Platform: platform.AppName, Number: strings.ToUpper(v.Id), Name: v.GetString("name"), Created: chinaTimeText(v, "created"),
		Holder: partyOf(e.App, v.GetString("enterprise")), HolderUser: userName(e.App, v.GetString("holder")),
		BillingMode: v.GetString("billing_mode"), ValidFrom: chinaDateText(v, "valid_from"), ValidTo: chinaDateText(v, "valid_to"),
		Status:  workflow.Label(workflow.VoucherStatusNames, v.GetString("status")),
		FaceFen: face, UsedFen: face - balance, BalanceFen: balance,
		PrintedAt: time.Now().In(platform.China).Format("2006-01-02 15:04:05"),
	}
	switch v.GetString("status") {
	case workflow.VoucherExpired, workflow.VoucherVoid, workflow.VoucherUsedUp:
		doc.Stamp = doc.Status
	}
	if b, err := e.App.FindRecordById("voucher_batches", v.GetString("batch")); err == nil {
		doc.Batch = b.GetString("name")
		if a, err := e.App.FindRecordById("voucher_activities", b.GetString("activity")); err == nil {
			doc.Activity = a.GetString("name")
		}
	}
	ledger, err := e.App.FindRecordsByFilter("voucher_ledger", "voucher = {:v}", "created", 0, 0, dbx.Params{"v": v.Id})
	if err != nil {
		return err
	}
	for _, l := range ledger {
		line := ledgerLine{Time: chinaTimeText(l, "created"), Reason: workflow.Label(workflow.LedgerReasonNames, l.GetString("reason")),
			AmountFen: int64(l.GetInt("delta_fen")), BalanceFen: int64(l.GetInt("balance_after_fen"))}
		if o, err := e.App.FindRecordById("orders", l.GetString("order")); err == nil {
			line.OrderNo = o.GetString("order_no")
		}
		doc.Uses = append(doc.Uses, line)
	}
	return renderPrint(e, "print_voucher.html", doc)
}

// dictText is the label of a dict code (the code when unknown).
func dictText(app core.App, typ, code string) string {
	if code == "" {
		return "—"
	}
	var label string
	if err := app.DB().Select("label").From("dicts").Where(dbx.HashExp{"type": typ, "code": code}).Row(&label); err != nil || label == "" {
		return code
	}
	return label
}
