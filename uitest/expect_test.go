package uitest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/pocketbase/pocketbase/core"
)

// More journeys of issue 13: the smaller defects and what users of such a
// portal expect to find (立即购买 on the cards, 忘记密码, links in notices,
// a live workbench home).

// TestProviderOrdersAt1366: every column of 订单管理 is readable at 1366 px
// (none hidden under the fixed 操作 column).
func TestProviderOrdersAt1366(t *testing.T) {
	b := newBrowser(t)
	b.login("demo_provider", password)
	b.open("/workbench/orders")
	b.waitVisible(`[data-test="orders-table"] [data-test="order-created"]`)
	overlap := b.eval(`(() => {
	  const row = document.querySelector('[data-test="orders-table"] .el-table__body-wrapper .el-table__row');
	  const created = row.querySelector('[data-test="order-created"]').closest('td').getBoundingClientRect();
	  const fixed = row.querySelector('td.el-table-fixed-column--right').getBoundingClientRect();
	  return String(Math.round(created.right - fixed.left)) })()`)
	b.shot("orders-1366")
	if overlap != "0" && !strings.HasPrefix(overlap, "-") {
		t.Fatalf("订购时间 runs %s px under the fixed 操作 column", overlap)
	}
}

// TestCatalogCardsBuy: 立即购买 and 加入购物车 on the catalog cards.
func TestCatalogCardsBuy(t *testing.T) {
	b := newBrowser(t)
	b.login("demo_enterprise", password)
	b.open("/solutions")
	diag := record(t, "products", "name = {:n}", map[string]any{"n": "中小企业数字化转型诊断服务"})
	mes := record(t, "products", "name = {:n}", map[string]any{"n": "智造云MES生产执行管理系统"})
	card := func(id string) string { return fmt.Sprintf(`.product-card[data-product=%q]`, id) }
	b.waitVisible(card(mes.Id) + ` [data-test="card-cart"]`)
	// The keyword search goes through the catalog's full-text index: a
	// two-character Chinese word finds the 诊断 service and not the MES, and
	// the keyword stays in the address bar.
	b.fill(`[data-test="catalog-search"]`, "诊断\r") // Enter searches
	b.waitJS(`!!document.querySelector(`+jsq(card(diag.Id))+`) && !document.querySelector(`+jsq(card(mes.Id))+`) && decodeURIComponent(location.search).includes('q=诊断')`, "only the 诊断 product found")
	b.shot("cards-0-search")
	b.open("/solutions")
	b.waitVisible(card(mes.Id) + ` [data-test="card-cart"]`)
	b.click(card(mes.Id)+` [data-test="card-cart"]`, "加入购物车")
	b.waitVisible(`[data-test="card-spec-dialog"] .el-radio`)
	b.click(`[data-test="card-spec-dialog"] .el-radio`, "旗舰版")
	b.shot("cards-1-spec")
	b.click(`[data-test="card-spec-ok"]`, "加入购物车")
	b.waitText(".el-message--success", "已加入购物车")
	b.click(card(diag.Id)+` [data-test="card-buy"]`, "立即购买")
	b.waitJS(`location.pathname === '/checkout' && location.search.includes(`+jsq(diag.Id)+`)`, "订单确认 of the card's product")
	b.waitVisible(`[data-test="checkout-lines"]`)
	b.shot("cards-2-checkout")
}

// TestSurveyNoticeLink: a link written in an announcement ([文字](/survey))
// takes the reader to the page.
func TestSurveyNoticeLink(t *testing.T) {
	b := newBrowser(t)
	title := "界面测试需求调研通知" + time.Now().Format("150405")
	b.login("demo_operator", password)
	b.open("/workbench/announcements")
	b.click(`[data-test="ann-new"]`, "新建公告")
	b.typeIn(`[data-test="ann-title"]`, title)
	b.typeIn(`[data-test="ann-content"]`, "请通过[企业需求收集](/survey)填写调研表。")
	b.click(`[data-test="ann-published"]`, "")
	b.click(`[data-test="ann-save"]`, "保存")
	b.waitText(".el-message--success", "已保存")
	b.logout()
	b.open("/notices")
	b.click(".notice-list a", title)
	b.waitText(".article", "填写调研表")
	b.shot("notice-link")
	b.click(".article .body a", "企业需求收集")
	b.waitJS(`location.pathname === '/survey'`, "the survey page")
	b.waitVisible(`[data-test="survey-form"]`)
}

// TestForgotPassword: 忘记密码 on the login page resets the password with
// an SMS code and signs the user in; the new password works.
func TestForgotPassword(t *testing.T) {
	b := newBrowser(t)
	const phone = "13905320022" // demo_expert2
	const fresh = "Rs#Pass2026"
	b.open("/login")
	b.click(`[data-test="to-forgot"]`, "忘记密码")
	b.waitVisible(`[data-test="forgot-page"]`)
	b.typeIn(`[data-test="fp-phone"]`, phone)
	b.click(`[data-test="fp-send"]`, "获取验证码")
	b.waitText(`[data-test="fp-send"]`, "秒后重发")
	b.typeIn(`[data-test="fp-code"]`, lastSMSCode(t, phone))
	b.typeIn(`[data-test="fp-password"]`, "abcdefgh")
	b.waitJS(`document.querySelectorAll('[data-test="fp-rules"] li.bad').length >= 1`, "weak password marked")
	b.fill(`[data-test="fp-password"]`, fresh)
	b.typeIn(`[data-test="fp-confirm"]`, fresh)
	b.shot("forgot-1-form")
	b.click(`[data-test="fp-submit"]`, "重置密码")
	b.waitJS(`location.pathname === '/workbench'`, "signed in after the reset")
	b.logout()
	b.login("demo_expert2", fresh)
}

// TestWorkbenchHomeLive: the workbench home lists the first to-dos and the
// latest notifications, and a new notification arrives without a reload
// (realtime, not polling).
func TestWorkbenchHomeLive(t *testing.T) {
	b := newBrowser(t)
	b.login("demo_provider", password)
	b.open("/workbench")
	b.waitText(`[data-test="home-todos"]`, "云ERP进销存管理")
	b.waitVisible(`[data-test="home-notifications"]`)
	user := record(t, "users", "username = 'demo_provider'", nil)
	title := "界面测试实时消息" + time.Now().Format("150405")
	col, err := shared.app.FindCollectionByNameOrId("notifications")
	if err != nil {
		t.Fatal(err)
	}
	// The feed has subscribed once the SDK's POST /api/realtime (which
	// sets the subscriptions on the server) has completed.
	b.waitJS(`performance.getEntriesByType('resource').some(e => e.name.endsWith('/api/realtime') && e.initiatorType === 'fetch')`, "realtime subscription")
	n := core.NewRecord(col)
	n.Set("user", user.Id)
	n.Set("title", title)
	n.Set("content", "实时推送测试")
	n.Set("link", "/workbench/todo")
	if err := shared.app.Save(n); err != nil {
		t.Fatal(err)
	}
	b.waitText(`[data-test="home-notifications"]`, title)
	b.waitJS(`document.querySelector('[data-test="bell"] .el-badge__content') && !document.querySelector('[data-test="bell"] .el-badge__content').style.display.includes('none')`, "unread badge")
	b.shot("home-live")
}

// TestAutosaveHalfTypedPhone: while a phone number is being typed the
// draft keeps saving (the unfinished number is not sent), and never shows
// 自动保存失败; the finished number is saved.
func TestAutosaveHalfTypedPhone(t *testing.T) {
	b := newBrowser(t)
	suffix := time.Now().Format("150405")
	username := "uitest_ent_" + suffix
	b.open("/register")
	b.waitVisible(`[data-test="register-step1"]`)
	b.click(`[data-test="reg-role"] .el-radio-button`, "企业用户")
	b.typeIn(`[data-test="reg-username"]`, username)
	b.typeIn(`[data-test="reg-name"]`, "界面测试企业联系人")
	b.typeIn(`[data-test="reg-phone"]`, "135"+time.Now().Format("0102150405")[2:])
	b.typeIn(`[data-test="reg-password"]`, "Ui#Test2026")
	b.typeIn(`[data-test="reg-confirm"]`, "Ui#Test2026")
	b.click(`[data-test="reg-agree"]`, "")
	b.click(`[data-test="reg-next"]`, "")
	b.waitVisible(`[data-test="register-step2"] [data-test="schema-form"]`)
	b.fill(`[data-field="company_name"]`, "界面测试自动保存有限公司"+suffix)
	b.waitText(`[data-test="save-indicator"]`, "已自动保存")

	saves := `performance.getEntriesByType('resource').filter(e => e.name.includes('/api/collections/enterprises/records/')).length`
	before := b.eval(`String(` + saves + `)`)
	b.typeIn(`[data-field="contact_phone"]`, "138")
	b.waitJS(saves+` > `+before+` && document.querySelector('[data-test="save-indicator"]').classList.contains('ok')`, "a draft save after the half number")
	if txt := b.eval(`document.querySelector('[data-test="save-indicator"]').innerText`); strings.Contains(txt, "失败") {
		t.Fatalf("autosave indicator: %q", txt)
	}
	b.shot("autosave-1-half-phone")
	user := record(t, "users", "username = {:u}", map[string]any{"u": username})
	ent := record(t, "enterprises", "id = {:id}", map[string]any{"id": user.GetString("enterprise")})
	if strings.Contains(ent.GetString("profile"), `"138"`) {
		t.Fatalf("the unfinished phone was saved: %s", ent.GetString("profile"))
	}
	before = b.eval(`String(` + saves + `)`)
	b.appendIn(`[data-field="contact_phone"]`, "12345678")
	b.waitJS(saves+` > `+before+` && document.querySelector('[data-test="save-indicator"]').classList.contains('ok')`, "a draft save after the full number")
	if p := record(t, "enterprises", "id = {:id}", map[string]any{"id": ent.Id}).GetString("profile"); !strings.Contains(p, "13812345678") {
		t.Fatalf("the finished phone was not saved: %s", p)
	}
}

// appendIn types text at the end of what the input inside sel holds.
func (b *B) appendIn(sel, text string) {
	b.t.Helper()
	input := inputSel(sel)
	b.waitVisible(input)
	b.eval(`(() => { const e = document.querySelector(` + jsq(input) + `); e.focus(); const n = e.value.length; e.setSelectionRange(n, n); return 'ok' })()`)
	b.do("typing into "+sel, chromedp.SendKeys(chromedp.CSS(input), text, chromedp.NodeVisible))
}
