package uitest

import (
	"testing"
)

// TestPortalPages loads every public page at 1366×768 and on a 390-px
// phone; any console error fails the test.
func TestPortalPages(t *testing.T) {
	b := newBrowser(t)
	b.open("/")
	b.waitText(`[data-test="home-notices"]`, "服务券")
	b.waitVisible(`[data-test="product-card"]`)
	b.waitVisible(`[data-test="expert-card"]`)
	b.shot("portal-home")

	b.open("/solutions")
	b.waitVisible(`[data-test="product-card"]`)
	b.shot("portal-solutions")
	b.click(`[data-test="product-card"]`, "MES")
	b.waitVisible(`[data-test="product-banner"]`)
	b.waitText(`[data-test="product-specs"]`, "标准版")
	b.shot("portal-product")

	b.open("/notices")
	b.click(".notice-list a", "服务券申领")
	b.waitText(".article", "各有关单位")
	b.shot("portal-notice")

	b.open("/experts")
	b.waitVisible(`[data-test="expert-card"]`)

	b.open("/survey")
	b.waitVisible(`[data-test="survey-form"]`)

	b.viewport(390, 844, true)
	b.open("/")
	b.waitVisible(`[data-test="product-card"]`)
	b.shot("phone-home")
	b.open("/solutions/" + record(t, "products", "name = {:n}", map[string]any{"n": "智造云MES生产执行管理系统"}).Id)
	b.waitVisible(`[data-test="product-banner"]`)
	b.shot("phone-product")
	b.open("/register")
	b.waitVisible(`[data-test="register-step1"]`)
	b.shot("phone-register")
	b.open("/login")
	b.waitVisible(`[data-test="login-page"]`)
	b.shot("phone-login")
}

// TestWorkbenchPages logs in as each staff role and opens the workbench pages.
func TestWorkbenchPages(t *testing.T) {
	b := newBrowser(t)
	b.login("demo_provider", password)
	b.open("/workbench")
	b.waitVisible(`[data-test="dashboard"] [data-test="cert-tag"]`)
	b.shot("wb-provider-home")
	b.open("/workbench/enterprise")
	b.waitVisible(`[data-test="schema-view"]`)
	b.shot("wb-provider-enterprise")
	b.open("/workbench/todo")
	b.waitVisible(`[data-test="apps-table"] .el-table__row`)
	b.shot("wb-provider-todo")
	b.click(`[data-test="app-detail"]`, "")
	b.waitVisible(`[data-test="timeline"]`)
	b.shot("wb-provider-app-detail")

	b.viewport(390, 844, true)
	b.open("/workbench/todo")
	b.waitVisible(`[data-test="apps-table"] .el-table__row`)
	b.shot("phone-todo")
}

// TestDemandSurvey answers 企业需求收集 as a visitor; the row lands in
// demand_surveys. A bad phone is refused on its field.
func TestDemandSurvey(t *testing.T) {
	b := newBrowser(t)
	b.open("/survey")
	b.waitVisible(`[data-test="survey-form"]`)
	b.typeIn(`[data-test="survey-company"]`, "德州界面测试纺织有限公司")
	b.pick(`[data-test="survey-form"] .el-form-item:nth-of-type(2)`, "德州市")
	b.click(`[data-test="survey-form"] .el-radio`, "股份制企业")
	b.click(`[data-test="survey-form"] .el-checkbox`, "设备管理")
	b.typeIn(`[data-test="survey-form"] textarea`, "希望实现织机联网和能耗监测。")
	b.typeIn(`[data-test="survey-contact"]`, "张经理")
	b.typeIn(`[data-test="survey-phone"]`, "12345")
	b.click(`[data-test="survey-submit"]`, "提交")
	b.waitText(`[data-test="survey-form"] .el-form-item__error`, "手机号")
	b.fill(`[data-test="survey-phone"]`, "13912345678")
	b.click(`[data-test="survey-submit"]`, "提交")
	b.waitVisible(`[data-test="survey-done"]`)
	b.shot("survey-done")
	rec := record(t, "demand_surveys", "company_name = {:c}", map[string]any{"c": "德州界面测试纺织有限公司"})
	if rec.GetString("city") != "371400" || rec.GetString("enterprise_type") != "joint_stock" || rec.GetString("contact_phone") != "13912345678" {
		t.Fatalf("survey row: %v", rec.PublicExport())
	}
}
