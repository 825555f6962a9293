package workflow

var certLabels = map[string]string{"draft": "草稿", "pending": "待审批", "approved": "审批通过", "rejected": "审批驳回"}

var productLabels = map[string]string{
	"draft": "草稿", "pending": "待审核", "listed": "已上架", "rejected": "已驳回", "revoked": "已撤销", "delisted": "已下架",
}

var revisionLabels = map[string]string{"draft": "草稿", "pending": "待审核", "approved": "审核通过", "rejected": "已驳回", "revoked": "已撤销"}

// appLabels names an application state "status/stage".
var appLabels = map[string]string{
	"pending/operator": "待运营初审", "pending/expert": "待专家评审", "pending/department": "待工信厅终审",
	"approved/done":     "审批通过",
	"rejected/operator": "运营初审驳回", "rejected/expert": "专家评审驳回", "rejected/department": "工信厅终审驳回",
	"revoked/operator": "已撤销", "revoked/expert": "已撤销", "revoked/department": "已撤销",
}

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

func StatusLabel(s string) string {
	switch s {
	case "pending":
		return "待审批"
	case "approved":
		return "审批通过"
	case "rejected":
		return "驳回"
	case "revoked":
		return "撤销"
	}
	return s
}

func TypeLabel(t string) string {
	switch t {
	case "certification":
		return "企业认证"
	case "product_publish":
		return "商品发布"
	}
	return t
}

func StageLabel(s string) string {
	switch s {
	case "operator":
		return "运营初审"
	case "expert":
		return "专家评审"
	case "department":
		return "工信厅终审"
	case "done":
		return "已完成"
	}
	return s
}

// StatusItem is a status code with its label, as the UI lists them.
type StatusItem struct {
	Code  string `json:"code"`
	Label string `json:"label"`
}

// ProductStatuses in the order of the 我的商品 tabs, with their labels.
var ProductStatuses = []StatusItem{
	{"listed", "已上架"}, {"pending", "待审核"}, {"rejected", "已驳回"},
	{"draft", "草稿"}, {"revoked", "已撤销"}, {"delisted", "已下架"},
}

func ProductStatusLabel(s string) string {
	for _, st := range ProductStatuses {
		if st.Code == s {
			return st.Label
		}
	}
	return s
}

var OrderStatusNames = map[string]string{
	OrderPendingPayment: "待支付", OrderPaid: "已支付", OrderDelivered: "已交付",
	OrderCompleted: "已完成", OrderCancelled: "已取消",
}

// PayStatusNames are the 支付状态 labels; pay_status none shows "---" as in
// 图5-5 (nothing to pay).
var PayStatusNames = map[string]string{"unpaid": "未支付", "paid": "已支付", "none": "---", "refunded": "已退款"}
