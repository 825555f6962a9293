package workflow

import "sort"

// The label tables served to the UI (GET /api/smedx/labels, hooks/forms):
// the same maps the routes, exports and printed pages use, each code with
// its label and the tone its tag is drawn in, so the browser keeps no copy
// of a status name.

// Shown is one code as the UI draws it: its label and the Element Plus tag
// type ("success", "warning", "danger", "info", "primary"; "" for none).
type Shown struct {
	Code string `json:"code"`
	Text string `json:"text"`
	Type string `json:"type,omitempty"`
}

// PurchaseModeNames name a spec's 计价方式 (product_specs.purchase_mode).
var PurchaseModeNames = map[string]string{"year": "元/年", "month": "元/月", "quantity": "元/个"}

// PurchaseModeChoices are the same modes as the listing form offers them.
var PurchaseModeChoices = map[string]string{"year": "按年", "month": "按月", "quantity": "按数量"}

// tones are the tag colours of the state tables; a state without a tone is
// drawn plain.
var (
	reviewTones = map[string]string{
		"draft": "info", "pending": "warning", "approved": "success", "rejected": "danger", "revoked": "info",
		"listed": "success", "delisted": "info",
	}
	orderTones = map[string]string{
		OrderPendingPayment: "warning", OrderPaid: "primary", OrderDelivered: "primary", OrderCompleted: "success", OrderCancelled: "info",
	}
	payTones     = map[string]string{"unpaid": "warning", "paid": "success", "none": "success", "refunded": "info"}
	voucherTones = map[string]string{VoucherActive: "success", VoucherUsedUp: "info", VoucherExpired: "info", VoucherVoid: "danger"}
	paymentTones = map[string]string{"pending": "warning", "confirmed": "success", "failed": "danger", "cancelled": "info"}
	displayTones = map[string]string{OrderAwaitingConfirmation: "primary"}
)

// servedTables are the tables the UI asks for, by the name it asks with.
// order lists the codes in the order the UI offers them (filters, radio
// groups); codes it does not list follow in code order.
var servedTables = []struct {
	name   string
	labels map[string]string
	tones  map[string]string
	order  []string
}{
	{"application_status", applicationStatusLabels, reviewTones, []string{"pending", "approved", "rejected", "revoked"}},
	{"application_type", applicationTypeLabels, nil, []string{"certification", "product_publish"}},
	{"stage", stageLabels, nil, []string{"operator", "expert", "department", "done"}},
	{"decision", decisionLabels, nil, []string{"approve", "reject"}},
	{"cert_status", certLabels, reviewTones, []string{"draft", "pending", "approved", "rejected"}},
	{"product_status", productLabels, reviewTones, productStatusOrder},
	{"revision_status", revisionLabels, reviewTones, []string{"draft", "pending", "approved", "rejected", "revoked"}},
	{"order_status", orderStatusLabels, orderTones, []string{OrderPendingPayment, OrderPaid, OrderDelivered, OrderCompleted, OrderCancelled}},
	{"pay_status", payStatusLabels, payTones, []string{"unpaid", "paid", "none", "refunded"}},
	{"order_display", orderDisplayLabels, displayTones, nil},
	{"payment_status", PaymentStatusNames, paymentTones, []string{"pending", "confirmed", "failed", "cancelled"}},
	{"payment_method", PaymentMethodNames, nil, nil},
	{"voucher_status", VoucherStatusNames, voucherTones, []string{VoucherActive, VoucherUsedUp, VoucherExpired, VoucherVoid}},
	{"ledger_reason", LedgerReasonNames, nil, []string{"checkout", "cancel_refund", "expire", "void", "adjust"}},
	{"batch_mode", BatchModeNames, nil, []string{"apply", "grab"}},
	{"purchase_mode", PurchaseModeNames, nil, purchaseModeOrder},
	{"purchase_mode_choice", PurchaseModeChoices, nil, purchaseModeOrder},
	{"kind", KindNames, nil, []string{"provider", "enterprise"}},
	{"role", roleLabels, nil, []string{"provider", "enterprise", "operator", "department"}},
	{"settlement_state", settlementLabels, nil, settlementOrder()},
}

var purchaseModeOrder = []string{"year", "month", "quantity"}

func settlementOrder() []string {
	out := make([]string, len(SettlementStates))
	for i, it := range SettlementStates {
		out[i] = it.Code
	}
	return out
}

// ServedLabels returns every served table by name, each a list of codes in
// the table's order with their label and tone.
func ServedLabels() map[string][]Shown {
	out := make(map[string][]Shown, len(servedTables))
	for _, t := range servedTables {
		codes := append([]string(nil), t.order...)
		listed := make(map[string]bool, len(codes))
		for _, c := range codes {
			listed[c] = true
		}
		var rest []string
		for c := range t.labels {
			if !listed[c] {
				rest = append(rest, c)
			}
		}
		sort.Strings(rest)
		list := make([]Shown, 0, len(t.labels))
		for _, c := range append(codes, rest...) {
			if text, ok := t.labels[c]; ok {
				list = append(list, Shown{Code: c, Text: text, Type: t.tones[c]})
			}
		}
		out[t.name] = list
	}
	return out
}
