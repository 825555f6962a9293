package exports

import (
	"sort"
	"strings"
)

// The words of the operation log: what each audit_logs.action means, what
// each collection is called, and whether an entry records a success or a
// refusal. Defined once here; the 操作日志 page and the audit_logs export
// both read them (the page gets them from GET /api/smedx/audit).

// actionLabels name the actions the domain packages audit.
var actionLabels = map[string]string{
	"signup":                     "注册帐号",
	"login":                      "登录",
	"login_failed":               "登录失败",
	"account_locked":             "帐号锁定",
	"password_change":            "修改密码",
	"password_reset":             "找回密码",
	"enterprise_draft_create":    "创建企业资料",
	"certification_submit":       "提交企业认证",
	"application_approve":        "审批通过",
	"application_reject":         "审批驳回",
	"application_revoke":         "撤销申请",
	"product_submit":             "提交商品审核",
	"product_reedit":             "重新编辑商品",
	"product_delist":             "商品下架",
	"product_revision_save":      "保存商品变更",
	"product_revision_submit":    "提交商品变更",
	"order_deliver":              "订单发货",
	"order_confirm":              "确认收货",
	"order_cancel":               "取消订单",
	"payment_confirm":            "确认到账",
	"tenant_user_create":         "新增用户",
	"tenant_user_update":         "修改用户",
	"tenant_user_delete":         "删除用户",
	"tenant_user_reset_password": "重置用户密码",
	"tenant_user_menus":          "配置用户权限",
	"expert_set":                 "设为专家",
	"expert_cancel":              "取消专家",
	"staff_create":               "新增平台用户",
	"bulk_import":                "批量导入",
	actionExport:                 "导出数据",
}

// actionExport is the action of an Excel export.
const actionExport = "export"

// failureActions record a refusal rather than a change.
var failureActions = []string{"login_failed", "account_locked"}

// ActionLabel is the Chinese name of an audit action (the code when new).
func ActionLabel(action string) string {
	if l, ok := actionLabels[action]; ok {
		return l
	}
	return action
}

var collectionLabels = map[string]string{
	"users": "用户", "enterprises": "企业", "applications": "审批申请", "review_records": "审批记录",
	"products": "商品", "product_revisions": "商品变更", "orders": "订单", "payments": "支付",
	"vouchers": "服务券", "voucher_batches": "服务券批次", "voucher_activities": "服务券活动",
	"voucher_ledger": "服务券流水", "experts": "专家", "announcements": "公告", "settlements": "结算",
	"audit_logs": "操作日志",
}

// CollectionLabel is the Chinese name of a collection.
func CollectionLabel(name string) string {
	if l, ok := collectionLabels[name]; ok {
		return l
	}
	return name
}

// Results of an audit entry.
const (
	resultSuccess = "success"
	resultFailure = "failure"
)

// ResultLabel names a result code.
func ResultLabel(code string) string {
	if code == resultFailure {
		return "失败"
	}
	return "成功"
}

// resultSQL is the result code of the audit_logs row aliased alias: a
// failure action, or an entry whose detail says result = failure.
func resultSQL(alias string) string {
	return "(CASE WHEN [[" + alias + ".action]] IN ('" + strings.Join(failureActions, "','") + "') OR " +
		jsonText("[["+alias+".detail]]", "$.result") + " = '" + resultFailure + "' THEN '" + resultFailure + "' ELSE '" + resultSuccess + "' END)"
}

// Option is a code with its label, as the UI's selects list them.
type Option struct {
	Code  string `json:"code"`
	Label string `json:"label"`
}

// actionOptions lists the known actions plus codes, sorted by label.
func actionOptions(extra []string) []Option {
	seen := map[string]bool{}
	var out []Option
	add := func(code string) {
		if code == "" || seen[code] {
			return
		}
		seen[code] = true
		out = append(out, Option{code, ActionLabel(code)})
	}
	for code := range actionLabels {
		add(code)
	}
	for _, code := range extra {
		add(code)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}
