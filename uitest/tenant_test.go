package uitest

import (
	"strings"
	"testing"
	"time"
)

// TestTenantAdminJourney: the provider's tenant admin adds a user (a weak
// password is refused as typed, a phone already in use by the server on
// its field), gives him menus without 订单管理, and sets him as an expert.
func TestTenantAdminJourney(t *testing.T) {
	b := newBrowser(t)
	suffix := time.Now().Format("150405")
	username := "uitest_staff_" + suffix
	phone := "136" + time.Now().Format("0102150405")[2:]

	b.login("demo_provider", password)
	b.open("/workbench/users")
	b.click(`[data-test="user-add"]`, "添加用户")
	b.waitVisible(`[data-test="add-username"]`)
	b.typeIn(`[data-test="add-username"]`, "ab")
	b.waitText(`[data-test="add-dialog"] .el-form-item__error`, "6-30个字符")
	b.fill(`[data-test="add-username"]`, username)
	b.typeIn(`[data-test="add-name"]`, "界面测试员")
	b.typeIn(`[data-test="add-phone"]`, "13905310001") // demo_provider's phone
	b.typeIn(`[data-test="add-password"]`, "abcdefgh")
	b.waitText(`[data-test="add-dialog"] .el-form-item__error`, "至少包含")
	b.click(`[data-test="add-ok"]`, "确认")
	b.shot("tenant-1-weak-password")
	const good = "Staff#2026ui"
	b.fill(`[data-test="add-password"]`, good)
	b.typeIn(`[data-test="add-confirm"]`, good)
	done := b.allow(`status of 400`)
	b.click(`[data-test="add-ok"]`, "确认")
	b.waitJS(`[...document.querySelectorAll('[data-test="add-dialog"] .el-form-item.is-error')].some(e => e.innerText.includes('手机号'))`, "server refusal on the phone field")
	b.shot("tenant-2-phone-taken")
	done()
	b.fill(`[data-test="add-phone"]`, phone)
	b.click(`[data-test="add-ok"]`, "确认")
	b.waitText(".el-message--success", "新增成功")
	b.waitText(`[data-test="users-table"]`, username)
	u := record(t, "users", "username = {:u}", map[string]any{"u": username})
	if u.GetString("role") != "provider" || u.GetBool("tenant_admin") {
		t.Fatalf("new user: role=%q tenant_admin=%v", u.GetString("role"), u.GetBool("tenant_admin"))
	}

	// 应用内权限配置: everything but 订单管理 and 客户评价.
	b.clickRowAction(username, "应用内权限配置")
	b.waitVisible(`[data-test="perm-tree"] .el-tree-node`)
	for _, title := range []string{"订单管理", "客户评价"} {
		b.eval(`(() => { const n = [...document.querySelectorAll('[data-test="perm-tree"] .el-tree-node__content')].find(e => e.innerText.trim() === ` + jsq(title) + `); const cb = n.querySelector('.el-checkbox'); if (n.querySelector('.el-checkbox.is-checked')) cb.click(); return 'ok' })()`)
		b.waitJS(`![...document.querySelectorAll('[data-test="perm-tree"] .el-tree-node__content')].find(e => e.innerText.trim() === `+jsq(title)+`).querySelector('.el-checkbox.is-checked')`, title+" unticked")
	}
	b.shot("tenant-3-menus")
	b.click(`[data-test="perm-ok"]`, "确认")
	b.waitText(".el-message--success", "配置权限成功")
	menus := record(t, "users", "id = {:id}", map[string]any{"id": u.Id}).GetString("menus")
	if strings.Contains(menus, `"orders"`) || strings.Contains(menus, `"reviews"`) || !strings.Contains(menus, `"my_products"`) {
		t.Fatalf("menus after configuration: %s", menus)
	}

	// 设为专家 (图4-18).
	b.clickRowAction(username, "设为专家")
	b.waitVisible(`[data-test="expert-edit"] [data-test="ex-major"]`)
	b.typeIn(`[data-test="ex-major"]`, "工业软件")
	b.pickCascader(`[data-field="region"]`, false, "山东省", "济宁市", "任城区")
	b.pick(`[data-field="years_ii"]`, "5-10年")
	b.pick(`[data-field="years_industry"]`, "10-20年")
	for _, f := range []string{"ii_domains", "industry_domains", "operating_domains"} {
		b.pick(`[data-field="`+f+`"]`, "")
		b.pressEscape()
	}
	b.typeIn(`[data-test="ex-intro"]`, "从事工业软件研发与实施十余年。")
	b.shot("tenant-4-expert-form")
	b.click(`[data-test="ex-submit"]`, "确认")
	b.waitText(".el-message--success", "设为专家成功")
	b.waitJS(`location.pathname === '/workbench/users'`, "back to the user list")
	ex := record(t, "experts", "user = {:u}", map[string]any{"u": u.Id})
	if !ex.GetBool("active") || !strings.Contains(ex.GetString("region"), "370811") || ex.GetString("region_text") != "山东省/济宁市/任城区" {
		t.Fatalf("expert row: active=%v region=%s region_text=%q", ex.GetBool("active"), ex.GetString("region"), ex.GetString("region_text"))
	}
	b.shot("tenant-5-expert-set")

	// The public 专家团队 names the region, never its codes.
	b.open("/experts?q=" + "界面测试员")
	b.waitText(`[data-test="expert-card"]`, "界面测试员")
	card := b.eval(`[...document.querySelectorAll('[data-test="expert-card"]')].find(e => e.innerText.includes('界面测试员')).innerText`)
	if !strings.Contains(card, "山东省/济宁市/任城区") || codeLike.MatchString(card) {
		t.Fatalf("expert card: %q", card)
	}

	// The new user's menus are exactly the ones given: no 订单管理, no
	// 客户评价 (nor its page), 专家评审 as an expert.
	b.logout()
	b.login(username, good)
	b.open("/workbench")
	b.waitVisible(`[data-test="wb-nav"] [data-menu="my_products"]`)
	b.waitVisible(`[data-test="wb-nav"] [data-menu="review_expert"]`)
	if got := b.eval(`[...document.querySelectorAll('[data-test="wb-nav"] [data-menu]')].map(e => e.dataset.menu).join()`); strings.Contains(got, "reviews") || strings.Contains(got, "orders") {
		t.Fatalf("menus of the configured user: %s", got)
	}
	b.open("/workbench/reviews")
	b.waitVisible(`[data-test="denied"]`)
	b.shot("tenant-6-own-menus")
}
