package console

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// Every label the console shows comes from hooks/workflow, where each is
// written once; lists answer code and label side by side.

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

// fromMap turns one of workflow's label tables into a label function.
func fromMap(m map[string]string) func(string) string {
	return func(c string) string { return workflow.Label(m, c) }
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
		"kinds":            options([]string{"provider", "enterprise"}, fromMap(workflow.KindNames)),
		"cert_statuses":    options([]string{"draft", "pending", "approved", "rejected"}, certLabel),
		"product_statuses": productStatusOptions(),
		"order_statuses": options([]string{workflow.OrderPendingPayment, workflow.OrderPaid, workflow.OrderDelivered,
			workflow.OrderCompleted, workflow.OrderCancelled}, workflow.OrderStatusLabel),
		"pay_statuses":     options([]string{"unpaid", "paid", "none", "refunded"}, workflow.PayStatusLabel),
		"voucher_statuses": options([]string{workflow.VoucherActive, workflow.VoucherUsedUp, workflow.VoucherExpired, workflow.VoucherVoid}, fromMap(workflow.VoucherStatusNames)),
		"voucher_modes":    options([]string{"apply", "grab"}, fromMap(workflow.BatchModeNames)),
		"staff_roles":      options([]string{platform.RoleOperator, platform.RoleDepartment}, fromMap(workflow.RoleNames)),
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
