package uitest

import (
	"testing"
)

// TestSettlementJourney: a provider asks to be paid for a completed
// voucher order (selects it, uploads the invoice and the acceptance
// report, submits), the operator and the department approve, the operator
// records the payout, and the provider sees 已兑付.
func TestSettlementJourney(t *testing.T) {
	b := newBrowser(t)
	provider := record(t, "users", "username = 'demo_provider'", nil)
	buyer := record(t, "enterprises", "name = '济南华鲁机械制造有限公司'", nil)
	// The demo's order provider A has not asked to be paid for yet.
	order := record(t, "orders", `provider_enterprise = {:p} && buyer_enterprise = {:b} && status = 'completed' && deduction_fen > 0 &&
		product_name = '中小企业数字化转型诊断服务'`, map[string]any{"p": provider.GetString("enterprise"), "b": buyer.Id})
	orderNo := order.GetString("order_no")

	b.login("demo_provider", password)
	b.open("/workbench/settlements")
	b.waitText(`[data-test="eligible-table"]`, orderNo)
	b.shot("settle-1-eligible")
	b.eval(`(() => { const r = [...document.querySelectorAll('[data-test="eligible-table"] .el-table__body-wrapper .el-table__row')].find(r => r.innerText.includes(` + jsq(orderNo) + `));
		r.querySelector('.el-checkbox').click(); return 'ok' })()`)
	b.waitText(`[data-test="eligible-sum"]`, "2,000.00")
	b.click(`[data-test="settle-create"]`, "申请兑付")
	b.confirm()
	b.waitText(".el-message--success", "已创建兑付申请")
	b.waitVisible(`[data-test="settle-edit"]`)
	b.waitText(`[data-test="detail-state"]`, "草稿")
	b.waitText(`[data-test="detail-orders"]`, orderNo)

	// Submitting without the invoice is refused with the server's words.
	done := b.allow(`status of 400`)
	b.click(`[data-test="settle-submit"]`, "提交审核")
	b.waitText(".el-message--error", "请先上传发票")
	done()
	b.uploadPDF(`[data-field="invoice"] input[type=file]`, "fapiao.pdf")
	b.waitText(".el-message--success", "发票已上传")
	b.waitText(`[data-test="detail-invoice"]`, "fapiao")
	b.uploadPDF(`[data-field="documents"] input[type=file]`, "yanshou.pdf")
	b.waitText(".el-message--success", "验收材料已上传")
	b.fill(`[data-test="invoice-no"]`, "37002600012345")
	b.shot("settle-2-draft")
	b.click(`[data-test="settle-submit"]`, "提交审核")
	b.waitText(`[data-test="detail-state"]`, "待运营审核")
	claim := record(t, "settlement_orders", "order = {:o}", map[string]any{"o": order.Id})
	s := record(t, "settlements", "id = {:id}", map[string]any{"id": claim.GetString("settlement")})
	if s.GetString("status") != "pending" || s.GetInt("amount_fen") != 200000 || s.GetString("invoice_no") != "37002600012345" {
		t.Fatalf("after submit: status=%s amount=%d invoice_no=%q", s.GetString("status"), s.GetInt("amount_fen"), s.GetString("invoice_no"))
	}

	// The operator reviews it.
	b.logout()
	b.login("demo_operator", password)
	b.open("/workbench/settlement-review")
	b.waitText(`[data-test="review-table"]`, "山东智造云科技有限公司")
	b.open("/workbench/settlement-review?id=" + s.Id)
	b.waitText(`[data-test="detail-orders"]`, orderNo)
	b.shot("settle-3-operator")
	b.click(`[data-test="review-approve"]`, "审核通过")
	b.fill(`[data-test="decision-comment"]`, "发票与验收材料齐全")
	b.click(`[data-test="decision-confirm"]`, "确定")
	b.waitText(`[data-test="detail-state"]`, "待工信厅审批")

	// The department approves it.
	b.logout()
	b.login("demo_department", password)
	b.open("/workbench/settlement-review")
	b.waitText(`[data-test="review-table"]`, "山东智造云科技有限公司")
	b.clickRowAction("¥2,000.00", "办理")
	b.waitText(`[data-test="detail-orders"]`, orderNo)
	b.click(`[data-test="review-approve"]`, "审核通过")
	b.click(`[data-test="decision-confirm"]`, "确定")
	b.waitText(`[data-test="detail-state"]`, "待付款")
	b.shot("settle-4-department")

	// The operator pays and records it.
	b.logout()
	b.login("demo_operator", password)
	b.open("/workbench/settlement-review?id=" + s.Id)
	b.waitText(`[data-test="detail-state"]`, "待付款")
	b.click(`[data-test="review-pay"]`, "登记付款")
	b.fill(`[data-test="pay-ref"]`, "GK202611290001")
	b.shot("settle-5-pay")
	b.click(`[data-test="pay-submit"]`, "确认付款")
	b.waitText(".el-message--success", "已登记付款")
	b.waitText(`[data-test="detail-state"]`, "已兑付")
	if s = record(t, "settlements", "id = {:id}", map[string]any{"id": s.Id}); s.GetString("status") != "paid" || s.GetString("payout_ref") != "GK202611290001" || s.GetDateTime("paid_at").IsZero() {
		t.Fatalf("after payment: status=%s ref=%q paid_at=%v", s.GetString("status"), s.GetString("payout_ref"), s.GetDateTime("paid_at"))
	}

	// The reconciliation and the activity's budget bar show the money.
	b.open("/workbench/settlement-review?tab=reconcile")
	b.waitText(`[data-test="reconcile"]`, "对账通过")
	b.waitText(`[data-test="reconcile-table"]`, "2026年度中小企业数字化转型创新服务券")
	b.shot("settle-6-reconcile")
	b.open("/workbench/voucher-admin")
	b.waitText(`[data-test="admin-activities"]`, "预算 ¥3,000,000.00")
	b.shot("settle-7-budget")

	// The provider sees 已兑付.
	b.logout()
	b.login("demo_provider", password)
	b.open("/workbench/settlements?tab=requests")
	b.waitText(`[data-test="settlements-table"]`, "已兑付")
	b.open("/workbench/settlements?id=" + s.Id)
	b.waitText(`[data-test="detail-state"]`, "已兑付")
	b.waitText(`[data-test="settlement-detail"]`, "GK202611290001")
	b.shot("settle-8-paid")
}
