package uitest

import (
	"strings"
	"testing"
	"time"
)

// TestSignUpProviderAndCertify: sign up as a provider, fill part of step 2,
// reload in a "new browser" (storage cleared), log in again and find the
// draft restored, complete and submit; then demo_operator approves it.
func TestSignUpProviderAndCertify(t *testing.T) {
	b := newBrowser(t)
	suffix := time.Now().Format("150405")
	username := "uitest_prov_" + suffix
	phone := "137" + time.Now().Format("0102150405")[2:]
	company := "济南界面测试科技有限公司" + suffix
	pw := "Ui#Test2026"

	b.open("/")
	b.click(`[data-test="to-register"]`, "注册")
	b.waitVisible(`[data-test="register-step1"]`)
	b.click(`[data-test="reg-role"] .el-radio-button`, "服务商")
	b.typeIn(`[data-test="reg-username"]`, username)
	b.typeIn(`[data-test="reg-name"]`, "界面测试员"+suffix)
	b.typeIn(`[data-test="reg-phone"]`, phone)
	b.typeIn(`[data-test="reg-password"]`, pw)
	b.typeIn(`[data-test="reg-confirm"]`, pw)
	// The agreement is required: 下一步 without it shows the message.
	b.click(`[data-test="reg-next"]`, "")
	b.waitText(`[data-test="register-step1"] .el-form-item__error`, "请阅读并同意")
	b.click(".el-dialog__wrapper, a", "《用户服务协议》")
	b.waitText(".el-dialog", "帐号注册")
	b.click(".el-dialog .el-button--primary", "我已阅读并同意")
	b.waitGone(".el-dialog")
	b.shot("signup-1-account")
	b.click(`[data-test="reg-next"]`, "")

	// Step 2: the schema-driven form; fill part of it.
	b.waitVisible(`[data-test="register-step2"] [data-test="schema-form"]`)
	b.fill(`[data-field="company_name"]`, company)
	b.waitText(`[data-test="save-indicator"]`, "已自动保存")
	// The licence's type and size are checked before anything is sent.
	b.uploadFile(`[data-field="license"] input[type=file]`, "license.gif", 1024)
	b.waitText(".el-message--error", "仅支持 JPEG、JPG、PNG")
	b.uploadFile(`[data-field="license"] input[type=file]`, "license-big.png", 11<<20)
	b.waitText(".el-message--error", "不能超过 10M")
	b.uploadLicence()
	b.waitJS(`document.querySelector('[data-field="license"] img.license-thumb')`, "licence thumbnail")
	b.shot("signup-2-draft")

	// Autosave reached the server: the draft row carries the name and licence.
	user := record(t, "users", "username = {:u}", map[string]any{"u": username})
	ent := record(t, "enterprises", "id = {:id}", map[string]any{"id": user.GetString("enterprise")})
	if ent.GetString("name") != company || ent.GetString("license") == "" || ent.GetString("cert_status") != "draft" {
		t.Fatalf("draft on the server: name=%q license=%q status=%q", ent.GetString("name"), ent.GetString("license"), ent.GetString("cert_status"))
	}

	// Another browser: nothing in local storage; log in, the draft is back.
	b.eval(`(localStorage.clear(), sessionStorage.clear(), 'ok')`)
	b.open("/register")
	b.waitVisible(`[data-test="register-step1"]`)
	b.login(username, pw)
	b.waitVisible(`[data-test="register-step2"] [data-test="schema-form"]`)
	b.waitJS(`document.querySelector('[data-field="company_name"] input').value === `+jsq(company), "restored company name")
	b.waitJS(`document.querySelector('[data-field="license"] img.license-thumb')`, "restored licence")
	b.shot("signup-3-restored")

	// 所属行业2/3 come with the "+" beside 所属行业1.
	if b.eval(`String(!!document.querySelector('[data-test="register-step2"] [data-field="industry_2"]'))`) != "false" {
		t.Fatal("所属行业2 shows before + was clicked")
	}
	b.click(`[data-test="add-industry_1"]`, "")
	b.waitVisible(`[data-test="register-step2"] [data-field="industry_2"]`)
	b.click(`[data-test="remove-industry_2"]`, "")
	b.waitGone(`[data-test="register-step2"] [data-field="industry_2"]`)

	// Complete the required fields and submit.
	b.fill(`[data-field="credit_code"]`, creditCode("91370100MA3UC"+suffix[:4]))
	b.fillRequired(`[data-test="register-step2"]`)
	b.click(`[data-test="reg-submit"]`, "")
	b.waitVisible(`[data-test="register-done"]`)
	b.waitText(`[data-test="register-done"]`, "注册申请成功")
	b.shot("signup-4-done")
	if s := record(t, "enterprises", "id = {:id}", map[string]any{"id": ent.Id}).GetString("cert_status"); s != "pending" {
		t.Fatalf("after submit cert_status = %q, want pending", s)
	}
	b.click(`[data-test="reg-home"]`, "返回首页")
	b.waitJS(`location.pathname === '/'`, "home")

	// demo_operator approves the certification.
	b.logout()
	b.login("demo_operator", password)
	b.open("/workbench/review?type=certification")
	b.waitVisible(`[data-test="review-queue"] [data-test="apps-table"]`)
	b.click(`[data-test="apps-table"] .el-table__row`, company)
	// 申请人 is the person's name given at sign-up, not the user name.
	b.waitText(`[data-test="apps-table"]`, "界面测试员"+suffix)
	b.clickRowAction(company, "审批")
	b.waitVisible(`[data-test="review-form"]`)
	b.waitText(`[data-test="enterprise-view"]`, company)
	b.typeIn(`[data-test="review-comment"]`, "材料齐全，同意认证。")
	b.click(`[data-test="review-approve"]`, "通过")
	b.confirm()
	b.waitText(`[data-test="detail-status"]`, "审批通过")
	b.waitText(`[data-test="timeline"]`, "材料齐全，同意认证。")
	b.shot("signup-5-approved")
	if s := record(t, "enterprises", "id = {:id}", map[string]any{"id": ent.Id}).GetString("cert_status"); s != "approved" {
		t.Fatalf("after approval cert_status = %q, want approved", s)
	}
}

// TestSMSLogin logs in with the code read from sms_outbox.
func TestSMSLogin(t *testing.T) {
	b := newBrowser(t)
	const phone = "13905360012" // demo_enterprise2
	b.open("/login")
	b.click(".el-tabs__item", "短信登录")
	b.typeIn(`[data-test="sms-phone"]`, phone)
	b.click(`[data-test="sms-send"]`, "获取验证码")
	b.waitText(`[data-test="sms-send"]`, "秒后重发")
	code := lastSMSCode(t, phone)
	b.typeIn(`[data-test="sms-code"]`, code)
	b.shot("sms-1-code")
	b.click(`[data-test="sms-submit"]`, "")
	b.waitJS(`location.pathname === '/'`, "portal after SMS login")
	b.waitVisible(`[data-test="user-menu"]`)
	b.waitText(`[data-test="user-menu"]`, "周丽")
	b.shot("sms-2-logged-in")
}

// TestChangePassword: a weak new password is refused with the rule it
// breaks, a reused one by the server; a strong one works and logs in.
func TestChangePassword(t *testing.T) {
	b := newBrowser(t)
	b.login("demo_enterprise3", password)
	b.open("/workbench")
	b.click(`[data-test="wb-user-menu"]`, "")
	b.click(`.el-dropdown-menu__item`, "修改密码")
	b.waitVisible(`[data-test="pw-old"]`)
	b.typeIn(`[data-test="pw-old"]`, password)
	b.typeIn(`[data-test="pw-new"]`, "abcdefgh")
	b.typeIn(`[data-test="pw-confirm"]`, "abcdefgh")
	b.waitJS(`document.querySelectorAll('[data-test="pw-rules"] li.bad').length >= 1`, "rule marked as broken")
	b.click(`[data-test="pw-submit"]`, "")
	b.waitText(`.el-dialog .el-form-item__error`, "新密码不符合")
	b.shot("password-1-weak")

	// Strong enough for the browser, but contains the phone: the server
	// words the refusal and the dialog shows it on the field.
	b.fill(`[data-test="pw-new"]`, "Ab#13905390013")
	b.fill(`[data-test="pw-confirm"]`, "Ab#13905390013")
	b.waitJS(`document.querySelectorAll('[data-test="pw-rules"] li.bad').length === 1`, "phone rule broken")

	const fresh = "Nw#Pass2027"
	b.fill(`[data-test="pw-new"]`, fresh)
	b.fill(`[data-test="pw-confirm"]`, fresh)
	b.waitJS(`document.querySelectorAll('[data-test="pw-rules"] li.bad').length === 0`, "all rules met")
	b.click(`[data-test="pw-submit"]`, "")
	b.waitText(".el-message--success", "密码修改成功")
	b.waitGone(`[data-test="pw-dialog"] .el-dialog`)
	b.shot("password-2-changed")

	// The new password logs in; the old one is refused with the server's words.
	b.logout()
	done := b.allow(`status of 400`)
	b.open("/login")
	b.click(".el-tabs__item", "密码登录")
	b.fill(`[data-test="login-identity"]`, "demo_enterprise3")
	b.fill(`[data-test="login-password"]`, password)
	b.click(`[data-test="login-submit"]`, "")
	b.waitText(`[data-test="login-page"]`, "帐号或密码错误")
	b.shot("password-3-old-refused")
	b.login("demo_enterprise3", fresh)

	// Back to the previous password: the browser cannot know the history,
	// the server refuses it and the dialog shows why on the field.
	b.open("/workbench")
	b.click(`[data-test="wb-user-menu"]`, "")
	b.click(`.el-dropdown-menu__item`, "修改密码")
	b.fill(`[data-test="pw-old"]`, fresh)
	b.fill(`[data-test="pw-new"]`, password)
	b.fill(`[data-test="pw-confirm"]`, password)
	b.click(`[data-test="pw-submit"]`, "")
	b.waitText(`.el-dialog .el-form-item.is-error`, "密码")
	b.shot("password-4-reuse-refused")
	done()
}

// TestProductThreeStageReview passes a product through 运营初审 (with
// expert assignment; the product's own experts are not offered), 专家评审
// and 工信厅终审, each in the browser, and finds it listed in the catalog.
func TestProductThreeStageReview(t *testing.T) {
	b := newBrowser(t)
	const product = "供应链协同SaaS" // provider B, waiting at the operator stage
	app := record(t, "applications", "title = {:t} && status = 'pending'", map[string]any{"t": product + " 商品发布"})

	b.login("demo_operator", password)
	b.open("/workbench/review?type=product_publish")
	b.clickRowAction(product, "审批")
	b.waitVisible(`[data-test="review-form"]`)
	b.waitVisible(`[data-test="product-banner"]`)
	b.click(`[data-test="expert-select"] .el-select__wrapper`, "")
	b.waitVisible(".el-select-dropdown__item")
	offered := b.eval(`[...document.querySelectorAll('.el-select-dropdown__item')].filter(e => e.offsetParent).map(e => e.innerText).join('|')`)
	if strings.Contains(offered, "高文静") || strings.Contains(offered, "郑凯") || !strings.Contains(offered, "马振华") {
		t.Fatalf("experts offered for a provider B product: %s (provider B's own experts must not be offered)", offered)
	}
	b.click(".el-select-dropdown__item", "马振华")
	b.pressEscape()
	b.typeIn(`[data-test="review-comment"]`, "资料完整，提交专家评审。")
	b.shot("review-1-operator")
	b.click(`[data-test="review-approve"]`, "通过")
	b.confirm()
	b.waitText(`[data-test="detail-stage"]`, "专家评审")

	b.logout()
	b.login("demo_expert1", password)
	b.open("/workbench/todo?tab=review")
	b.clickRowAction(product, "审批")
	b.waitVisible(`[data-test="review-form"]`)
	b.typeIn(`[data-test="review-comment"]`, "方案成熟，建议通过。")
	b.click(`[data-test="review-approve"]`, "通过")
	b.confirm()
	b.waitText(`[data-test="detail-stage"]`, "工信厅终审")
	b.shot("review-2-expert")

	b.logout()
	b.login("demo_department", password)
	b.open("/workbench/applications/" + app.Id)
	b.waitVisible(`[data-test="review-form"]`)
	b.typeIn(`[data-test="review-comment"]`, "同意上架。")
	b.click(`[data-test="review-approve"]`, "通过")
	b.confirm()
	b.waitText(`[data-test="detail-status"]`, "审批通过")
	b.waitText(`[data-test="timeline"]`, "同意上架。")
	b.shot("review-3-department")

	if s := record(t, "products", "name = {:n}", map[string]any{"n": product}).GetString("status"); s != "listed" {
		t.Fatalf("product status after three approvals = %q, want listed", s)
	}
	b.logout()
	b.open("/solutions?q=" + product)
	b.waitText(`[data-test="product-card"]`, product)
	b.shot("review-4-listed")
}
