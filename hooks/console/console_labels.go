package console

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// Labels the console shows that the workflow package does not hold yet
// (roles, tenant kinds, voucher states, ledger reasons). They belong in
// hooks/workflow with the other labels; they are here until it has them.
var (
	roleNames = map[string]string{
		platform.RoleProvider: "服务商", platform.RoleEnterprise: "企业用户",
		platform.RoleOperator: "运营人员", platform.RoleDepartment: "工信厅",
	}
	kindNames          = map[string]string{"provider": "服务商", "enterprise": "企业"}
	voucherStatusNames = map[string]string{
		workflow.VoucherActive: "可使用", workflow.VoucherUsedUp: "已用完",
		workflow.VoucherExpired: "已过期", workflow.VoucherVoid: "已作废",
	}
	paymentStatusNames = map[string]string{"pending": "待确认", "confirmed": "已确认", "failed": "失败", "cancelled": "已取消"}
	paymentMethodNames = map[string]string{"offline": "线下转账"}
	ledgerReasonNames  = map[string]string{
		"checkout": "下单抵扣", "cancel_refund": "取消退回", "expire": "过期", "void": "作废", "adjust": "调整",
	}
)

// option is one choice of a filter, as the UI's selects take it.
type option struct {
	Value string `db:"value" json:"value"`
	Label string `db:"label" json:"label"`
}

func options(codes []string, label func(string) string) []option {
	out := make([]option, 0, len(codes))
	for _, c := range codes {
		out = append(out, option{c, label(c)})
	}
	return out
}

func fromMap(m map[string]string) func(string) string {
	return func(c string) string {
		if l, ok := m[c]; ok {
			return l
		}
		return c
	}
}

func certLabel(s string) string { return workflow.StateLabel(workflow.MachineCert, s) }

// consoleMeta: GET /api/smedx/console/meta — the option lists of the
// console's filters (statuses with their labels, cities, industries,
// categories, product types, voucher activities).
func consoleMeta(e *core.RequestEvent) error {
	user, err := staffOnly(e, readers...)
	if err != nil {
		return err
	}
	dict := func(typ, parent string) ([]option, error) {
		var out []option
		err := e.App.DB().NewQuery(`SELECT code AS value, label FROM dicts WHERE type = {:t} AND parent = {:p} AND enabled = TRUE ORDER BY sort, code`).
			Bind(map[string]any{"t": typ, "p": parent}).All(&out)
		return out, err
	}
	out := map[string]any{
		"kinds":            options([]string{"provider", "enterprise"}, fromMap(kindNames)),
		"cert_statuses":    options([]string{"draft", "pending", "approved", "rejected"}, certLabel),
		"product_statuses": productStatusOptions(),
		"order_statuses": options([]string{workflow.OrderPendingPayment, workflow.OrderPaid, workflow.OrderDelivered,
			workflow.OrderCompleted, workflow.OrderCancelled}, workflow.OrderStatusLabel),
		"pay_statuses":     options([]string{"unpaid", "paid", "none", "refunded"}, workflow.PayStatusLabel),
		"voucher_statuses": options([]string{workflow.VoucherActive, workflow.VoucherUsedUp, workflow.VoucherExpired, workflow.VoucherVoid}, fromMap(voucherStatusNames)),
		"voucher_modes":    options([]string{"apply", "grab"}, fromMap(modeNames)),
		"staff_roles":      options([]string{platform.RoleOperator, platform.RoleDepartment}, fromMap(roleNames)),
		"stages":           options([]string{"operator", "expert", "department"}, workflow.StageLabel),
		"role":             user.GetString("role"),
	}
	for key, typ := range map[string]string{"cities": "city", "industries": "industry", "categories": "solution_category", "product_types": "product_type"} {
		list, err := dict(typ, "")
		if err != nil {
			return err
		}
		out[key] = list
	}
	var acts []option
	if err := e.App.DB().NewQuery(`SELECT id AS value, name AS label FROM voucher_activities ORDER BY start_at DESC`).All(&acts); err != nil {
		return err
	}
	out["activities"] = acts
	return e.JSON(http.StatusOK, out)
}

func productStatusOptions() []option {
	out := make([]option, 0, len(workflow.ProductStatuses()))
	for _, s := range workflow.ProductStatuses() {
		out = append(out, option{s.Code, s.Label})
	}
	return out
}

func productStatusLabel(s string) string { return workflow.ProductStatusLabel(s) }
