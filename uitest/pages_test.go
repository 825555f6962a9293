package uitest

import (
	"testing"
)

// TestRolePages opens every workbench page of part 2 for the role that
// uses it, waits for its data and saves a screenshot; any console error
// fails the test.
func TestRolePages(t *testing.T) {
	b := newBrowser(t)
	b.login("demo_provider", password)
	for _, p := range []struct{ path, ready, shot string }{
		{"/workbench/products", `[data-test="products-table"] .el-table__row`, "wb-provider-products"},
		{"/workbench/products/new", `[data-test="type-solution"]`, "wb-provider-publish-type"},
		{"/workbench/reviews", `[data-test="reviews-table"] .el-table__row`, "wb-provider-reviews"},
		{"/workbench/orders", `[data-test="orders-table"] .el-table__row`, "wb-provider-orders"},
		{"/workbench/users", `[data-test="users-table"] .el-table__row`, "wb-provider-users"},
	} {
		b.open(p.path)
		b.waitVisible(p.ready)
		b.shot(p.shot)
	}
	b.open("/workbench/products")
	b.clickRowAction("智造云MES", "编辑")
	b.waitVisible(`[data-test="product-edit"] [data-test="p-specs"] .el-table__row`)
	b.shot("wb-provider-edit-listed")
	b.viewport(390, 844, true)
	b.open("/workbench/products/new?type=solution")
	b.waitVisible(`[data-test="p-name"]`)
	b.shot("phone-product-form")
	b.viewport(1366, 768, false)

	b.logout()
	b.pendingRoute("GET", "/api/smedx/payee") // 订单详情 of an order with a declared transfer
	b.login("demo_enterprise", password)
	for _, p := range []struct{ path, ready, shot string }{
		{"/workbench/orders", `[data-test="orders-table"] .el-table__row`, "wb-enterprise-orders"},
		{"/workbench/my-reviews", `[data-test="my-reviews-table"] .el-table__row`, "wb-enterprise-my-reviews"},
		{"/workbench/vouchers", `[data-test="vouchers-table"] .el-table__row`, "wb-enterprise-vouchers"},
		{"/workbench/voucher-activities", `[data-test="activities-table"] .el-table__row`, "wb-enterprise-activities"},
		{"/cart", `[data-test="cart"]`, "portal-cart"},
	} {
		b.open(p.path)
		b.waitVisible(p.ready)
		b.shot(p.shot)
	}
	b.open("/workbench/orders")
	b.clickRowAction("智造云MES", "查看")
	b.waitVisible(`[data-test="order-detail"] .desc-table`)
	b.shot("wb-enterprise-order-detail")
	b.viewport(390, 844, true)
	b.open("/workbench/vouchers")
	b.waitVisible(`[data-test="vouchers-table"] .el-table__row`)
	b.shot("phone-vouchers")
	b.open("/solutions/" + record(t, "products", "name = {:n}", map[string]any{"n": "智造云MES生产执行管理系统"}).Id)
	b.waitVisible(`[data-test="buy-now"]`)
	b.shot("phone-buy-box")
	b.viewport(1366, 768, false)

	b.logout()
	b.login("demo_operator", password)
	for _, p := range []struct{ path, ready, shot string }{
		{"/workbench/voucher-admin", `[data-test="admin-activities"] .el-table__row`, "wb-operator-vouchers"},
		{"/workbench/payments", `[data-test="payments-table"] .el-table__row`, "wb-operator-payments"},
		{"/workbench/announcements", `[data-test="ann-table"] .el-table__row`, "wb-operator-announcements"},
	} {
		b.open(p.path)
		b.waitVisible(p.ready)
		b.shot(p.shot)
	}
}
