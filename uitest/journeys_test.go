package uitest

import (
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
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

// ---- journey helpers ----

func (b *B) logout() {
	b.t.Helper()
	b.eval(`(localStorage.clear(), sessionStorage.clear(), 'ok')`)
	b.open("/")
}

// confirm accepts an Element Plus message box.
func (b *B) confirm() {
	b.t.Helper()
	b.click(".el-message-box__btns .el-button--primary", "")
	b.waitGone(".el-message-box")
}

// popperOpen is true while a dropdown (select, cascader, date picker) shows.
const popperOpen = `[...document.querySelectorAll('.el-popper')].some(p => p.getAttribute('aria-hidden') !== 'true' && p.style.display !== 'none' && p.getClientRects().length && (p.querySelector('.el-select-dropdown, .el-cascader__dropdown, .el-picker-panel') || p.classList.contains('el-cascader__dropdown')))`

// pressEscape closes the open dropdown and waits until it is gone.
func (b *B) pressEscape() {
	b.t.Helper()
	b.eval(`(document.activeElement && document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', code: 'Escape', bubbles: true})), document.body.click(), 'ok')`)
	b.waitJS(`!(`+popperOpen+`)`, "dropdown closed")
	b.settle()
}

// cascaderMenus is the number of columns of the open cascader (0: closed).
const cascaderMenus = `(() => { const d = [...document.querySelectorAll('.el-cascader__dropdown')].filter(d => d.offsetParent !== null && getComputedStyle(d).display !== 'none').pop(); return d ? d.querySelectorAll('.el-cascader-menu').length : 0 })()`

// pickCascader opens the cascader inside sel and clicks, column after
// column, the node labelled by each of labels ("" = the first node),
// waiting for the next column (or the selection) after each click.
func (b *B) pickCascader(sel string, multi bool, labels ...string) {
	b.t.Helper()
	b.click(sel+" .el-cascader", "")
	b.waitJS(cascaderMenus+` > 0`, "cascader open")
	for i, label := range labels {
		n := b.eval(`String(` + cascaderMenus + `)`)
		if cols, _ := strconv.Atoi(n); cols <= i {
			break // closed, or the last choice opened no further column
		}
		b.waitJS(`(() => { const d = [...document.querySelectorAll('.el-cascader__dropdown')].filter(d => d.offsetParent !== null).pop(); const menus = d.querySelectorAll('.el-cascader-menu'); return [...menus[`+fmt.Sprint(i)+`].querySelectorAll('.el-cascader-node')].some(x => x.innerText.includes(`+jsq(label)+`)) })()`, "cascader node "+label)
		b.eval(`(() => { const d = [...document.querySelectorAll('.el-cascader__dropdown')].filter(d => d.offsetParent !== null).pop(); const menu = d.querySelectorAll('.el-cascader-menu')[` + fmt.Sprint(i) + `];
		  const node = [...menu.querySelectorAll('.el-cascader-node')].find(x => x.innerText.includes(` + jsq(label) + `));
		  (node.querySelector('.el-checkbox, .el-radio') || node).click(); return 'ok' })()`)
		// The next column opened, the cascader closed (a leaf was chosen)
		// or the node's own box is ticked (checkStrictly).
		b.waitJS(`(() => { const m = `+cascaderMenus+`; if (m === 0 || m > `+n+`) return true; const d = [...document.querySelectorAll('.el-cascader__dropdown')].filter(d => d.offsetParent !== null).pop(); return !!d.querySelectorAll('.el-cascader-menu')[`+fmt.Sprint(i)+`].querySelector('.is-checked') })()`, "cascader step "+label)
		if multi {
			break // a second click would untick the same box
		}
	}
	if b.eval(`String(`+cascaderMenus+`)`) != "0" {
		b.pressEscape()
	}
	b.settle()
}

// clickRowAction clicks the action button (审批, 详情, 撤销…) of the table
// row that shows rowText.
func (b *B) clickRowAction(rowText, action string) {
	b.t.Helper()
	row := `[...document.querySelectorAll('.el-table__body-wrapper .el-table__row')].findIndex(r => r.innerText.includes(` + jsq(rowText) + `) && [...r.querySelectorAll('button')].some(x => x.innerText.includes(` + jsq(action) + `)))`
	b.waitJS(row+` >= 0`, "table row "+rowText+" with "+action)
	// Fixed columns render the actions in their own table: use the row index.
	b.eval(`(() => { const i = ` + row + `; const rows = [...document.querySelectorAll('.el-table__row')].filter(r => r.rowIndex === i || true);
	  const btns = [...document.querySelectorAll('.el-table__body-wrapper .el-table__row')][i].querySelectorAll('button');
	  const btn = [...btns].find(x => x.innerText.includes(` + jsq(action) + `)); btn.click(); return 'ok' })()`)
}

func (b *B) uploadLicence() {
	b.t.Helper()
	p := filepath.Join(b.t.TempDir(), "license.png")
	img := image.NewRGBA(image.Rect(0, 0, 64, 40))
	for x := 0; x < 64; x++ {
		for y := 0; y < 40; y++ {
			img.Set(x, y, color.RGBA{uint8(180 + x%60), 30, 30, 255})
		}
	}
	f, err := os.Create(p)
	if err != nil {
		b.t.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		b.t.Fatal(err)
	}
	f.Close()
	b.do("upload licence", chromedp.SetUploadFiles(chromedp.CSS(`[data-field="license"] input[type=file]`), []string{p}))
}

// uploadFile puts a file of size bytes named name into a file input.
func (b *B) uploadFile(sel, name string, size int) {
	b.t.Helper()
	p := filepath.Join(b.t.TempDir(), name)
	if err := os.WriteFile(p, make([]byte, size), 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.do("upload "+name, chromedp.SetUploadFiles(chromedp.CSS(sel), []string{p}))
}

type formField struct {
	Key, Type, Label string
	Filled           bool
}

// fillRequired fills every required field of the schema form under scope
// that has no value yet, the way a user would, with plausible values.
func (b *B) fillRequired(scope string) {
	b.t.Helper()
	// Sections build their fields when first opened: open every one.
	b.eval(`(document.querySelectorAll(` + jsq(scope+` .schema-section > .head`) + `).forEach(h => { const body = h.nextElementSibling; if (!body || body.style.display === 'none') h.click() }), 'ok')`)
	b.waitJS(`[...document.querySelectorAll(`+jsq(scope+` .schema-section > .head`)+`)].every(h => h.nextElementSibling && h.nextElementSibling.style.display !== 'none')`, "every section open")
	raw := b.eval(`JSON.stringify([...document.querySelectorAll(` + jsq(scope+` .el-form-item.is-required[data-field]`) + `)].map(e => ({
	  key: e.dataset.field, type: e.dataset.type, label: (e.querySelector('.el-form-item__label') || {}).innerText || '',
	  filled: !!(e.querySelector('img.license-thumb') || [...e.querySelectorAll('input:not([type=file]):not([type=radio]):not([type=checkbox]), textarea')].some(i => i.value) || e.querySelector('.el-radio.is-checked') || e.querySelector('.el-select__selected-item:not(.is-hidden) .el-tag, .el-select__selected-item:not(.el-select__placeholder.is-transparent) span') && !e.querySelector('.el-select__placeholder.is-transparent') && e.querySelector('.el-select__placeholder:not(.is-transparent)') === null)
	})))`)
	var fields []formField
	if err := json.Unmarshal([]byte(raw), &fields); err != nil {
		b.t.Fatalf("required fields: %v", err)
	}
	for _, f := range fields {
		if f.Filled {
			continue
		}
		sel := fmt.Sprintf(`%s [data-field=%q]`, scope, f.Key)
		switch f.Type {
		case "file":
			b.uploadLicence()
		case "number":
			b.fill(sel, "10")
		case "select", "dict", "multiselect":
			b.pick(sel, "")
			if f.Type == "multiselect" {
				b.pressEscape()
			}
		case "cascader", "cascader-multi", "region":
			b.pickCascader(sel, f.Type == "cascader-multi", "", "", "", "")
		case "radio", "yesno":
			b.click(sel+" .el-radio", "")
		case "date", "month", "year":
			v := map[string]string{"date": "2020-01-01", "month": "2020-01", "year": "2020"}[f.Type]
			b.fill(sel, v+"\r")
		default:
			b.fill(sel, sampleText(f))
		}
	}
}

func sampleText(f formField) string {
	l := f.Label + f.Key
	switch {
	case strings.Contains(l, "信用代码"):
		return creditCode("91370100MA3AB1CD2")
	case strings.Contains(l, "手机") || strings.Contains(l, "电话") || strings.Contains(l, "phone") || f.Type == "phone":
		return "13812345678"
	case strings.Contains(l, "邮箱") || strings.Contains(l, "email"):
		return "contact@example.cn"
	case strings.Contains(l, "邮编") || strings.Contains(l, "postcode") || strings.Contains(l, "zip"):
		return "250000"
	case strings.Contains(l, "网址") || strings.Contains(l, "website"):
		return "https://example.cn"
	}
	return "界面测试填写"
}

// creditCode completes a 17-character prefix with its GB 32100-2015 check
// character.
func creditCode(prefix string) string {
	const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	weights := [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}
	code := (prefix + "00000000000000000")[:17]
	sum := 0
	for i := 0; i < 17; i++ {
		sum += strings.IndexByte(charset, code[i]) * weights[i]
	}
	c := (31 - sum%31) % 31
	return code + string(charset[c])
}
