package uitest

import (
	"regexp"
	"strings"
	"testing"
)

// The journeys of this file each hold the assertion that would have caught
// one of the defects found walking both guides (issue 13), so none of them
// comes back unnoticed.

// fieldValue is the shown value of a read-only questionnaire field (SchemaView).
func (b *B) fieldValue(scope, label string) string {
	b.t.Helper()
	b.waitVisible(scope + ` [data-test="schema-view"][data-ready="true"]`)
	find := `[...document.querySelectorAll(` + jsq(scope+` .field-view .cell`) + `)].find(c => c.querySelector('.k').innerText.trim() === ` + jsq(label) + `)`
	b.waitJS(find+` && !`+find+`.querySelector('.v').innerText.includes('—')`, "field "+label)
	return b.eval(find + `.querySelector('.v').innerText.trim()`)
}

var codeLike = regexp.MustCompile(`\d{4,}`)

// TestCascaderLabels: nested options (region, industry) show their labels
// wherever a stored questionnaire is shown — the tenant's 我的企业 and the
// reviewer's 企业信息 — never the codes.
func TestCascaderLabels(t *testing.T) {
	b := newBrowser(t)
	b.login("demo_enterprise", password)
	b.open("/workbench/enterprise")
	b.waitVisible(`[data-test="schema-view"]`)
	region := b.fieldValue(`[data-test="my-enterprise"]`, "所在地区")
	industry := b.fieldValue(`[data-test="my-enterprise"]`, "所属行业1")
	b.shot("labels-1-my-enterprise")
	if codeLike.MatchString(region) || !strings.Contains(region, "山东省") || !strings.Contains(region, " / ") {
		t.Fatalf("所在地区 on 我的企业 = %q, want 山东省 / … labels", region)
	}
	if regexp.MustCompile(`^[A-Z]?\d+$`).MatchString(industry) {
		t.Fatalf("所属行业1 on 我的企业 = %q, want the label", industry)
	}

	ent := record(t, "enterprises", "name = {:n}", map[string]any{"n": "济南华鲁机械制造有限公司"})
	app := record(t, "applications", "type = 'certification' && enterprise = {:e}", map[string]any{"e": ent.Id})
	b.logout()
	b.login("demo_operator", password)
	b.open("/workbench/applications/" + app.Id)
	b.waitVisible(`[data-test="enterprise-view"] [data-test="schema-view"]`)
	if got := b.fieldValue(`[data-test="enterprise-view"]`, "所在地区"); got != region {
		t.Fatalf("所在地区 for the reviewer = %q, want %q", got, region)
	}
	b.shot("labels-2-reviewer")
}

// TestExpertPickerLabels: the operator's expert picker of 商品初审 shows
// titles and regions by their labels (no intermediate / senior codes).
func TestExpertPickerLabels(t *testing.T) {
	b := newBrowser(t)
	app := record(t, "applications", "title = {:t} && status = 'pending'", map[string]any{"t": "供应链协同SaaS 商品发布"})
	b.login("demo_operator", password)
	b.open("/workbench/applications/" + app.Id)
	b.waitVisible(`[data-test="review-form"]`)
	list := b.eval(`document.querySelector('[data-test="expert-select"] input').getAttribute('aria-controls')`)
	b.click(`[data-test="expert-select"] .el-select__wrapper`, "")
	b.waitJS(`[...document.querySelectorAll('#`+list+` .el-select-dropdown__item')].some(e => e.innerText.includes('（'))`, "expert options")
	// The dict of titles loads beside the experts: wait for its labels.
	b.waitJS(`![...document.querySelectorAll('#`+list+` .el-select-dropdown__item')].some(e => /[a-z_]{4,}/.test(e.innerText))`, "expert titles as labels")
	offered := b.eval(`[...document.querySelectorAll('#` + list + ` .el-select-dropdown__item')].map(e => e.innerText).join('|')`)
	b.shot("labels-3-expert-picker")
	b.pressEscape()
	if regexp.MustCompile(`senior|intermediate|[a-z]{5,}|\d{6}`).MatchString(offered) {
		t.Fatalf("expert options show codes: %s", offered)
	}
}

// TestReeditAndSupersededRow: 重新编辑 of a revoked product application
// opens the listing form of that product (not 功能即将开放), with 我的商品
// highlighted; once the product is submitted again, the old revoked row
// no longer offers 重新编辑.
func TestReeditAndSupersededRow(t *testing.T) {
	b := newBrowser(t)
	const product = "视觉质检AI解决方案"
	p := record(t, "products", "name = {:n}", map[string]any{"n": product})
	b.login("demo_provider2", password)
	b.open("/workbench/todo")
	b.clickRowAction(product+" 商品发布", "重新编辑")
	b.waitJS(`location.pathname === '/workbench/products/`+p.Id+`/edit'`, "the product's listing form")
	b.waitVisible(`[data-test="product-edit"] [data-test="p-name"]`)
	b.waitJS(`document.querySelector('[data-test="p-name"] input, input[data-test="p-name"]').value === `+jsq(product), "the product's name in the form")
	if strings.Contains(b.eval(`document.body.innerText`), "即将开放") {
		t.Fatal("重新编辑 opened a placeholder page")
	}
	b.waitText(`[data-test="wb-nav"] .el-menu-item.is-active`, "我的商品")
	b.waitText(`[data-test="crumbs"]`, "我的商品")
	if c := b.eval(`document.querySelector('[data-test="crumbs"]').innerText.replace(/\s+/g, '')`); c != "工作台/商品管理/我的商品/编辑商品" {
		t.Fatalf("breadcrumb on the listing form = %q", c)
	}
	if s := record(t, "products", "id = {:id}", map[string]any{"id": p.Id}).GetString("status"); s != "draft" {
		t.Fatalf("after 重新编辑 the product is %q, want draft", s)
	}
	b.shot("reedit-1-form")

	b.click(`[data-test="p-submit"]`, "提交申请")
	b.confirm()
	b.waitJS(`location.pathname === '/workbench/products'`, "my products after submitting again")
	b.open("/workbench/todo")
	rows := `[...document.querySelectorAll('[data-test="apps-table"] .el-table__body-wrapper .el-table__row')].filter(r => r.innerText.includes(` + jsq(product) + `))`
	b.waitJS(rows+`.length === 2`, "the old and the new application")
	b.waitJS(rows+`.some(r => r.innerText.includes('待审批'))`, "the new application pending")
	if n := b.eval(`String(` + rows + `.filter(r => r.querySelector('[data-test="app-reedit"]')).length)`); n != "0" {
		t.Fatalf("%s rows still offering 重新编辑 after the product was submitted again", n)
	}
	b.shot("reedit-2-superseded")
}

// TestWorkbenchMenus: menus come from the server only — a staff user
// without 客户评价 has no such entry (nor the page); the operator's 操作日志
// is a real page inside the workbench; titles and breadcrumbs agree, detail
// pages highlight their list, and an unknown address stays in the workbench.
func TestWorkbenchMenus(t *testing.T) {
	b := newBrowser(t)
	b.login("demo_provider_clerk", password)
	b.open("/workbench")
	b.waitVisible(`[data-test="wb-nav"] [data-menu="my_products"]`)
	if b.eval(`String(!!document.querySelector('[data-test="wb-nav"] [data-menu="reviews"]'))`) != "false" {
		t.Fatal("客户评价 shows for a user who was not given it")
	}
	b.open("/workbench/reviews")
	b.waitVisible(`[data-test="denied"]`)
	b.shot("menus-1-clerk-denied")

	b.logout()
	b.login("demo_operator", password)
	b.open("/workbench")
	b.click(`[data-test="wb-nav"] [data-menu="audit"]`, "操作日志")
	b.waitJS(`location.pathname === '/workbench/audit'`, "操作日志 page")
	b.waitVisible(`[data-test="audit-table"] .el-table__row`)
	b.waitText(`[data-test="wb-nav"] .el-menu-item.is-active`, "操作日志")
	b.waitText(`[data-test="audit-table"]`, "demo_operator")
	b.shot("menus-2-audit-log")
	// Page size and sort live in the address bar.
	b.pick(`[data-test="pager"] .el-pagination__sizes`, "50")
	b.waitJS(`location.search.includes('size=50')`, "page size in the address")
	b.eval(`([...document.querySelectorAll('[data-test="audit-table"] th')].find(th => th.innerText.trim() === '时间').querySelector('.sort-caret.ascending').click(), 'ok')`)
	b.waitJS(`location.search.includes('sort=created')`, "ascending sort in the address")

	b.open("/workbench/todo")
	b.waitText(`[data-test="wb-nav"] .el-menu-item.is-active`, "待我审批")
	b.waitText(`[data-test="todo"]`, "待我审批")
	b.waitText(`[data-test="crumbs"]`, "待我审批")
	b.clickRowAction("商品发布", "审批")
	b.waitVisible(`[data-test="application-detail"] [data-test="timeline"]`)
	b.waitText(`[data-test="wb-nav"] .el-menu-item.is-active`, "待我审批")
	if c := b.eval(`document.querySelector('[data-test="crumbs"]').innerText.replace(/\s+/g, '')`); c != "工作台/待我审批/申请详情" {
		t.Fatalf("breadcrumb of 申请详情 for the operator = %q", c)
	}
	b.shot("menus-3-detail-crumbs")

	b.open("/workbench/no-such-page")
	b.waitVisible(`[data-test="wb-nav"]`)
	b.waitText(`.wb-main`, "页面不存在")
}

// TestListingFormChecks: a provider whose certification is pending is told
// before he fills the form; a certified one sees each 提交申请 message go
// away as soon as the field is filled in, without saving.
func TestListingFormChecks(t *testing.T) {
	b := newBrowser(t)
	b.login("demo_provider3", password)
	b.open("/workbench/products/new")
	b.waitText(`[data-test="cert-warning"]`, "企业认证通过后才能提交")
	b.click(`[data-test="type-solution"]`, "立即上架")
	b.waitVisible(`[data-test="p-submit"]`)
	if b.eval(`String(document.querySelector('[data-test="p-submit"]').disabled || document.querySelector('[data-test="p-submit"]').classList.contains('is-disabled'))`) != "true" {
		t.Fatal("提交申请 is enabled for an uncertified provider")
	}
	b.shot("listing-1-uncertified")

	b.logout()
	b.login("demo_provider", password)
	b.open("/workbench/products/new?type=solution")
	b.waitVisible(`[data-test="p-name"]`)
	b.click(`[data-test="p-submit"]`, "提交申请")
	b.waitJS(`document.querySelector('[data-field="name"]').classList.contains('is-error')`, "方案名称 marked")
	b.waitJS(`document.querySelector('[data-field="related_product"]').classList.contains('is-error')`, "相关产品名称 marked")
	b.typeIn(`[data-test="p-name"]`, "界面测试即时校验方案")
	b.waitJS(`!document.querySelector('[data-field="name"]').classList.contains('is-error')`, "方案名称 message gone once filled")
	if b.eval(`String(document.querySelector('[data-field="related_product"]').classList.contains('is-error'))`) != "true" {
		t.Fatal("相关产品名称 lost its message without being filled")
	}
	b.pick(`[data-field="tags"]`, "质量管理")
	b.pressEscape()
	b.waitJS(`!document.querySelector('[data-field="tags"]').classList.contains('is-error')`, "标签 message gone once chosen")
	b.shot("listing-2-live-checks")
}

// TestPreviewIsThePublicPage: 发布预览 is the public page's renderer in the
// signed-in browser (no token in its address): the provider's module order,
// the dict labels (交付平均周期), case images and line breaks, on the
// preview and on the live page alike.
func TestPreviewIsThePublicPage(t *testing.T) {
	b := newBrowser(t)
	const name = "能耗在线监测平台" // a draft of provider A
	p := record(t, "products", "name = {:n}", map[string]any{"n": name})
	b.login("demo_provider", password)
	b.open("/workbench/products/" + p.Id + "/edit")
	b.waitVisible(`[data-module="details"]`)
	// 商品详情 moves below 用户案例; the description gets two lines.
	b.eval(`(document.querySelector('[data-module="details"] .mover button[aria-label="下移"]').click(), 'ok')`)
	b.waitJS(`[...document.querySelectorAll('.intro-module')].map(e => e.dataset.module).join() === 'cases,details,support'`, "module order changed")
	b.fill(`[data-test="intro-description"]`, "第一行说明\r第二行说明")
	b.uploadPNG(`[data-module="cases"] .intro-case:nth-child(1) input[type=file]`, "case-1.png", 0)
	b.waitVisible(`[data-module="cases"] .intro-case:nth-child(1) img`)
	// 发布预览 saves and opens the preview page: catch the address.
	b.eval(`(window.open = () => (window.__tab = { close() {}, set location(u) { window.__opened = String(u) } }), 'ok')`)
	b.click(`[data-test="p-preview"]`, "发布预览")
	b.waitJS(`window.__opened`, "the preview address")
	if u := b.eval(`window.__opened`); u != "/preview/products/"+p.Id {
		t.Fatalf("preview address = %q (no token may travel in it)", u)
	}
	b.open("/preview/products/" + p.Id)
	b.waitVisible(`[data-test="product-preview"] [data-test="product-banner"]`)
	order := b.eval(`[...document.querySelectorAll('[data-test="product-preview"] [data-module]')].map(e => e.dataset.module).join()`)
	if order != "cases,details,support" {
		t.Fatalf("preview module order = %q, want cases,details,support", order)
	}
	if d := b.eval(`document.querySelector('[data-test="pv-description"]').innerText`); !strings.Contains(d, "第一行说明\n第二行说明") {
		t.Fatalf("preview description lost its line break: %q", d)
	}
	b.waitVisible(`[data-test="pv-case-image"]`)
	cycle := b.eval(`document.querySelector('[data-test="pv-cycle"]').innerText`)
	if regexp.MustCompile(`[a-z0-9]{3,}`).MatchString(cycle) {
		t.Fatalf("交付平均周期 shows a code: %q", cycle)
	}
	b.shot("preview-1-draft")

	// A listed product: the live page has the same sections, in the
	// provider's order, with its case images.
	mes := record(t, "products", "name = {:n}", map[string]any{"n": "智造云MES生产执行管理系统"})
	b.open("/preview/products/" + mes.Id)
	b.waitVisible(`[data-test="product-preview"] [data-module]`)
	previewOrder := b.eval(`[...document.querySelectorAll('[data-module]')].map(e => e.dataset.module).join()`)
	previewImages := b.eval(`String(document.querySelectorAll('[data-test="pv-case-image"]').length)`)
	b.logout()
	b.open("/solutions/" + mes.Id)
	b.waitVisible(`[data-module]`)
	if o := b.eval(`[...document.querySelectorAll('[data-module]')].map(e => e.dataset.module).join()`); o != previewOrder {
		t.Fatalf("live module order %q differs from the preview's %q", o, previewOrder)
	}
	if n := b.eval(`String(document.querySelectorAll('[data-test="pv-case-image"]').length)`); n != previewImages {
		t.Fatalf("live page shows %s case images, the preview %s", n, previewImages)
	}
	if len(mes.GetStringSlice("case_images")) > 0 && previewImages == "0" {
		t.Fatal("case images are not shown")
	}
	b.shot("preview-2-live")
}

// TestEveryMenuHasAPage opens every menu the server gives each role
// (hidden ones included) and finds a real page: not 页面不存在, not 无权访问,
// still inside the workbench.
func TestEveryMenuHasAPage(t *testing.T) {
	b := newBrowser(t)
	for _, user := range []string{"demo_provider", "demo_enterprise", "demo_operator", "demo_department", "demo_expert1"} {
		b.login(user, password)
		b.open("/workbench")
		raw := b.evalAwait(`fetch('/api/smedx/menus', { headers: { Authorization: JSON.parse(localStorage.getItem('pocketbase_auth')).token } })
		  .then(r => r.json()).then(m => { const out = []; const walk = (l) => l.forEach(x => { if (x.path) out.push(x.key + ' ' + x.path); walk(x.children || []) }); walk(m.items); return out.join('\n') })`)
		for _, line := range strings.Split(raw, "\n") {
			key, path, _ := strings.Cut(line, " ")
			b.open(path)
			b.waitVisible(`[data-test="wb-nav"]`)
			b.waitJS(`!document.querySelector('.page-loading')`, key+" page loaded")
			if txt := b.eval(`document.querySelector('.wb-main').innerText`); strings.Contains(txt, "页面不存在") || strings.Contains(txt, "无权访问") || strings.Contains(txt, "即将开放") {
				t.Errorf("%s: menu %s (%s) leads to no page: %.80s", user, key, path, txt)
			}
		}
		b.logout()
	}
}
