package workflow

// Every Chinese label of a status, stage, type, role or decision is written
// here, once; routes answer the label next to the code (status_label, ...)
// so the UI shows no English code and keeps no copy. A code without a label
// is answered as itself.

// StatusItem is a status code with its label, as the UI lists them.
type StatusItem struct {
	Code  string `json:"code"`
	Label string `json:"label"`
}

// States of the machines (workflow_transitions.go).
var (
	certLabels = map[string]string{"draft": "草稿", "pending": "待审批", "approved": "审批通过", "rejected": "审批驳回"}

	productLabels = map[string]string{
		"draft": "草稿", "pending": "待审核", "listed": "已上架", "rejected": "已驳回", "revoked": "已撤销", "delisted": "已下架",
	}

	revisionLabels = map[string]string{"draft": "草稿", "pending": "待审核", "approved": "审核通过", "rejected": "已驳回", "revoked": "已撤销"}

	// appLabels names an application state "status/stage".
	appLabels = map[string]string{
		"pending/operator": "待运营初审", "pending/expert": "待专家评审", "pending/department": "待工信厅终审",
		"approved/done":     "审批通过",
		"rejected/operator": "运营初审驳回", "rejected/expert": "专家评审驳回", "rejected/department": "工信厅终审驳回",
		"revoked/operator": "已撤销", "revoked/expert": "已撤销", "revoked/department": "已撤销",
	}
)

// Applications: their status, type and stage on their own, and a
// reviewer's decision.
var (
	applicationStatusLabels = map[string]string{"pending": "待审批", "approved": "审批通过", "rejected": "驳回", "revoked": "撤销"}
	applicationTypeLabels   = map[string]string{"certification": "企业认证", "product_publish": "商品发布"}
	stageLabels             = map[string]string{"operator": "运营初审", "expert": "专家评审", "department": "工信厅终审", "done": "已完成"}
	decisionLabels          = map[string]string{"approve": "通过", "reject": "驳回"}
)

// roleLabels name users.role (DESIGN §1).
var roleLabels = map[string]string{"provider": "服务商", "enterprise": "企业用户", "operator": "运营人员", "department": "工信厅"}

// productStatusOrder is the order of the 我的商品 tabs.
var productStatusOrder = []string{"listed", "pending", "rejected", "draft", "revoked", "delisted"}

// Orders (workflow_commerce.go). pay_status none shows "---" as in 图5-5
// (nothing to pay).
var (
	orderStatusLabels = map[string]string{
		OrderPendingPayment: "待支付", OrderPaid: "已支付", OrderDelivered: "已交付",
		OrderCompleted: "已完成", OrderCancelled: "已取消",
	}
	payStatusLabels = map[string]string{"unpaid": "未支付", "paid": "已支付", "none": "---", "refunded": "已退款"}
	// orderDisplayLabels are states an order is shown in that are no
	// status of its own: an unpaid order whose offline transfer the buyer
	// declared (a pending payments row) waits for the operator and reads
	// 待确认到账, not 待支付 / 未支付 (order list and order page).
	orderDisplayLabels = map[string]string{OrderAwaitingConfirmation: "待确认到账"}
)

// OrderAwaitingConfirmation is the display state of an unpaid order with a
// declared offline transfer (orderDisplayLabels); never stored.
const OrderAwaitingConfirmation = "awaiting_confirmation"

func label(labels map[string]string, code string) string {
	if l, ok := labels[code]; ok {
		return l
	}
	return code
}

// StatusLabel names an application's status (pending, approved, ...).
func StatusLabel(s string) string { return label(applicationStatusLabels, s) }

// TypeLabel names an application's type (certification, product_publish).
func TypeLabel(t string) string { return label(applicationTypeLabels, t) }

// StageLabel names an application's stage (operator, expert, department, done).
func StageLabel(s string) string { return label(stageLabels, s) }

// DecisionLabel names a reviewer's decision (approve, reject).
func DecisionLabel(d string) string { return label(decisionLabels, d) }

// RoleLabel names a users.role.
func RoleLabel(role string) string { return label(roleLabels, role) }

// ProductStatusLabel names a products.status.
func ProductStatusLabel(s string) string { return label(productLabels, s) }

// ProductStatuses are the product statuses in the order of the 我的商品
// tabs, with their labels.
func ProductStatuses() []StatusItem {
	out := make([]StatusItem, len(productStatusOrder))
	for i, s := range productStatusOrder {
		out[i] = StatusItem{s, productLabels[s]}
	}
	return out
}

// OrderStatusLabel names an orders.status.
func OrderStatusLabel(s string) string { return label(orderStatusLabels, s) }

// PayStatusLabel names an orders.pay_status.
func PayStatusLabel(s string) string { return label(payStatusLabels, s) }

// SettlementStates are the states of a settlement (兑付), "status/stage",
// in workflow order with their labels: the machine's labels and the UI's
// filters (served by the settlement routes, never copied into JS).
var SettlementStates = []StatusItem{
	{"draft/operator", "草稿"}, {"pending/operator", "待运营审核"}, {"pending/department", "待工信厅审批"},
	{"approved/done", "待付款"}, {"paid/done", "已兑付"},
	{"rejected/operator", "运营审核驳回"}, {"rejected/department", "工信厅驳回"}, {"rejected/done", "付款前驳回"},
}

var settlementLabels = labelMap(SettlementStates)

func labelMap(items []StatusItem) map[string]string {
	m := make(map[string]string, len(items))
	for _, it := range items {
		m[it.Code] = it.Label
	}
	return m
}
