package uitest

import (
	"testing"
)

// TestConsoleDashboardJourney: the operator opens 数据看板 from the menu and
// every chart is drawn with its table; in 企业管理 he finds a provider,
// disables it with a reason (its admin can no longer log in and is told
// why), then enables it again.
func TestConsoleDashboardJourney(t *testing.T) {
	const tenant = "烟台新创软件有限公司" // demo_provider3, used by no other journey
	b := newBrowser(t)
	b.login("demo_operator", password)
	b.open("/workbench")
	b.click(".el-menu-item", "数据看板")
	b.waitJS(`location.pathname === '/workbench/console/dashboard'`, "the 数据看板 page")
	// 13 charts, each drawn on its canvas, and the figures loaded.
	b.waitJS(`document.querySelectorAll('[data-test="console-dashboard"] [data-test="echart"] canvas').length >= 13`, "every chart drawn")
	b.waitVisible(`[data-test="dash-kpis"]`)
	b.waitJS(`document.querySelectorAll('[data-test="dash-registrations"] .el-table__row').length === 12`, "12 months in the registrations table")
	b.waitText(`[data-test="dash-listings"] .el-table`, "已上架")
	b.waitText(`[data-test="dash-review-stages"] .el-table`, "运营初审")
	b.waitText(`[data-test="dash-top-products"] .el-table`, "智造云")
	b.shot("console-1-dashboard")

	// By week: the charts redraw with the new series.
	b.click(`[data-test="dash-granularity"] .el-radio-button`, "按周")
	b.waitJS(`document.querySelectorAll('[data-test="dash-registrations"] .el-table__row').length >= 50`, "weekly rows")
	b.shot("console-2-dashboard-weekly")

	// 企业管理: find the provider and disable it with a reason.
	b.click(".el-menu-item", "企业管理")
	b.waitJS(`location.pathname === '/workbench/console/enterprises'`, "the 企业管理 page")
	b.waitVisible(`[data-test="ent-table"] .el-table__row`)
	b.fill(`[data-test="ent-q"]`, "烟台新创")
	b.click(`[data-test="ent-search"]`, "搜索")
	b.waitJS(`document.querySelectorAll('[data-test="ent-table"] .el-table__body-wrapper .el-table__row').length === 1`, "one enterprise found")
	b.waitText(`[data-test="ent-table"]`, tenant)
	b.clickRowAction(tenant, "停用")
	b.waitVisible(`[data-test="ent-disable-dialog"] textarea`)
	b.click(`[data-test="ent-disable-ok"]`, "确认停用")
	b.waitText(`[data-test="ent-disable-dialog"] .el-form-item__error`, "请填写停用原因")
	b.typeIn(`[data-test="ent-reason"]`, "营业执照已过期，请更新后联系平台")
	b.shot("console-3-disable-reason")
	b.click(`[data-test="ent-disable-ok"]`, "确认停用")
	b.waitText(".el-message--success", "已停用 1 家企业")
	b.waitVisible(`[data-test="ent-table"] [data-test="ent-disabled-tag"]`)
	ent := record(t, "enterprises", "name = {:n}", map[string]any{"n": tenant})
	if !ent.GetBool("disabled") || ent.GetString("disabled_reason") != "营业执照已过期，请更新后联系平台" {
		t.Fatalf("enterprise after 停用: disabled=%v reason=%q", ent.GetBool("disabled"), ent.GetString("disabled_reason"))
	}
	b.shot("console-4-disabled")

	// The drawer shows the state and the tenant's accounts.
	b.clickRowAction(tenant, "详情")
	b.waitText(`[data-test="ent-drawer"]`, "营业执照已过期")
	b.click(`[data-test="ent-drawer"] .el-tabs__item`, "帐号")
	b.waitText(`[data-test="ent-accounts"]`, "demo_provider3")
	b.shot("console-5-drawer")
	b.pressEscape()
	b.waitGone(`[data-test="ent-drawer"] .el-drawer__body`)

	// Its admin is refused at login, with the reason.
	other := newBrowser(t)
	done := other.allow(`status of 403`)
	other.open("/login")
	other.click(".el-tabs__item", "密码登录")
	other.fill(`[data-test="login-identity"]`, "demo_provider3")
	other.fill(`[data-test="login-password"]`, password)
	other.click(`[data-test="login-submit"]`, "")
	other.waitText("body", "营业执照已过期")
	other.shot("console-6-login-refused")
	done()

	// Enabled again, the account logs in.
	b.clickRowAction(tenant, "启用")
	b.waitVisible(`[data-test="ent-disable-dialog"] textarea`)
	b.typeIn(`[data-test="ent-reason"]`, "已更新营业执照")
	b.click(`[data-test="ent-disable-ok"]`, "确认启用")
	b.waitText(".el-message--success", "已启用 1 家企业")
	b.waitGone(`[data-test="ent-table"] [data-test="ent-disabled-tag"]`)
	if record(t, "enterprises", "name = {:n}", map[string]any{"n": tenant}).GetBool("disabled") {
		t.Fatal("enterprise still disabled after 启用")
	}
	b.shot("console-7-enabled")
	other.login("demo_provider3", password)
}

// TestConsolePages opens every console page as the operator (rows loaded,
// a drawer opened) and the department's read-only ones; any console error
// fails the test.
func TestConsolePages(t *testing.T) {
	b := newBrowser(t)
	b.login("demo_operator", password)
	for _, p := range []struct{ path, ready, shot string }{
		{"/workbench/console/staff", `[data-test="staff-table"] .el-table__row`, "console-staff"},
		{"/workbench/console/products", `[data-test="products-table"] .el-table__row`, "console-products"},
		{"/workbench/console/orders", `[data-test="console-orders-table"] .el-table__row`, "console-orders"},
		{"/workbench/console/vouchers", `[data-test="batches-table"] .el-table__row`, "console-voucher-batches"},
	} {
		b.open(p.path)
		b.waitVisible(p.ready)
		b.shot(p.shot)
	}
	// A batch's vouchers, then an order's voucher movements.
	b.click(`[data-test="batches-table"] .el-link`, "")
	b.waitVisible(`[data-test="vouchers-table"] .el-table__row`)
	b.shot("console-vouchers")
	b.open("/workbench/console/orders?voucher=1")
	b.waitVisible(`[data-test="console-orders-table"] .el-table__row`)
	b.click(`[data-test="console-orders-table"] .el-link`, "")
	b.waitText(".el-drawer", "服务券流水")
	b.waitJS(`[...document.querySelectorAll('.el-drawer .el-table__row')].length >= 1`, "ledger rows")
	b.shot("console-order-drawer")
	b.open("/workbench/console/staff")
	b.click(`[data-test="staff-add"]`, "新增")
	b.waitVisible(`[data-test="staff-username"]`)
	b.shot("console-staff-add")

	b.logout()
	b.login("demo_department", password)
	b.open("/workbench/console/dashboard")
	b.waitJS(`document.querySelectorAll('[data-test="echart"] canvas').length >= 13`, "department: every chart drawn")
	b.open("/workbench/console/enterprises")
	b.waitVisible(`[data-test="ent-table"] .el-table__row`)
	if n := b.eval(`String(document.querySelectorAll('[data-test="ent-disable"], [data-test="ent-batch-disable"]').length)`); n != "0" {
		t.Fatalf("the department sees %s 停用 buttons", n)
	}
	b.shot("console-department-enterprises")
	b.open("/workbench/console/staff")
	b.waitText("body", "无权访问")
}
