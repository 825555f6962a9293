package workflow

// Labels of the money side (vouchers, their ledger, payments) and of the
// tenant kinds and roles, for exports, printed documents and histories.

// VoucherStatusNames are the 服务券状态 labels.
var VoucherStatusNames = map[string]string{
	VoucherActive: "可使用", VoucherUsedUp: "已用完", VoucherExpired: "已过期", VoucherVoid: "已作废",
}

// LedgerReasonNames name why a voucher balance changed (voucher_ledger.reason).
var LedgerReasonNames = map[string]string{
	"checkout": "下单抵扣", "cancel_refund": "取消退回", "expire": "过期", "void": "作废", "adjust": "调整",
}

// PaymentStatusNames are the labels of payments.status.
var PaymentStatusNames = map[string]string{
	"pending": "待确认", "confirmed": "已确认到账", "failed": "支付失败", "cancelled": "已取消",
}

// PaymentMethodNames name the payment providers.
var PaymentMethodNames = map[string]string{"offline": "线下对公转账"}

// BatchModeNames are the 领取方式 of a voucher batch.
var BatchModeNames = map[string]string{"apply": "立即申请", "grab": "抢券"}

// KindNames name the two tenant kinds (enterprises.kind).
var KindNames = map[string]string{"provider": "服务商", "enterprise": "企业用户"}

// The label tables of workflow_labels.go, exported for the column
// definitions of exports and printed pages (the same maps, not copies).
var (
	RoleNames        = roleLabels
	DecisionNames    = decisionLabels
	OrderStatusNames = orderStatusLabels
	PayStatusNames   = payStatusLabels
)

// Label looks code up in names and falls back to the code itself, so an
// unknown value still shows rather than a blank.
func Label(names map[string]string, code string) string {
	if l, ok := names[code]; ok {
		return l
	}
	return code
}
