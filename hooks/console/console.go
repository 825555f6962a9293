// Package console is the platform's own back office (issue 14): the
// 数据看板 statistics of operators and the department (GET
// /api/smedx/stats/{panel}), the management lists of operators (企业管理,
// 平台用户, 商品管理, 订单管理, 服务券 under /api/smedx/console/), and the
// disabling of accounts, which it enforces on every path: login, token
// refresh and every write.
//
// Statistics are SQL aggregates (GROUP BY, window-free percentile picks by
// rank), never rows loaded into Go. Lists join the names the tables need
// and carry the labels of every code, so the UI copies none.
//
// It also holds the bulk imports of platform staff and experts
// (console_import*.go), which validate and save through the same functions
// as the single creates (console_staff.go, hooks/tenant).
//
// It imports platform, workflow, tenant (the expert form and its save) and
// PocketBase.
package console

import (
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/menus"
	"smedx/hooks/platform"
)

// Register binds the console's hooks and routes.
func Register(app core.App) {
	registerDisable(app)
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		auth := apis.RequireAuth("users")
		r := se.Router
		r.GET("/api/smedx/stats/{panel}", statsPanel).Bind(auth).Bind(menus.Require(menus.ConsoleDashboard))

		r.GET("/api/smedx/console/meta", consoleMeta).Bind(auth)
		r.GET("/api/smedx/console/enterprises", listEnterprises).Bind(auth).Bind(menus.Require(menus.ConsoleEnterprises))
		r.GET("/api/smedx/console/enterprises/{id}", enterpriseDetail).Bind(auth).Bind(menus.Require(menus.ConsoleEnterprises))
		r.POST("/api/smedx/console/enterprises/disable", setEnterprisesDisabled(true)).Bind(auth).Bind(menus.Require(menus.ConsoleEnterprises))
		r.POST("/api/smedx/console/enterprises/enable", setEnterprisesDisabled(false)).Bind(auth).Bind(menus.Require(menus.ConsoleEnterprises))

		r.GET("/api/smedx/console/staff", listStaff).Bind(auth).Bind(menus.Require(menus.ConsoleStaff))
		r.POST("/api/smedx/console/staff", createStaff).Bind(auth).Bind(menus.Require(menus.ConsoleStaff))
		r.POST("/api/smedx/console/staff/{id}/reset-password", resetStaffPassword).Bind(auth).Bind(menus.Require(menus.ConsoleStaff))
		r.POST("/api/smedx/console/users/disable", setUsersDisabled(true)).Bind(auth).Bind(menus.Require(menus.ConsoleEnterprises, menus.ConsoleStaff))
		r.POST("/api/smedx/console/users/enable", setUsersDisabled(false)).Bind(auth).Bind(menus.Require(menus.ConsoleEnterprises, menus.ConsoleStaff))

		r.GET("/api/smedx/console/products", listProducts).Bind(auth).Bind(menus.Require(menus.ConsoleProducts))
		r.GET("/api/smedx/console/products/{id}", productDetail).Bind(auth).Bind(menus.Require(menus.ConsoleProducts))
		r.POST("/api/smedx/console/products/{id}/delist", forceDelist).Bind(auth).Bind(menus.Require(menus.ConsoleProducts))

		r.GET("/api/smedx/console/orders", listOrders).Bind(auth).Bind(menus.Require(menus.ConsoleOrders))
		r.GET("/api/smedx/console/orders/{id}", orderDetail).Bind(auth).Bind(menus.Require(menus.ConsoleOrders))

		r.GET("/api/smedx/console/voucher-batches", listBatches).Bind(auth).Bind(menus.Require(menus.ConsoleVouchers))
		r.GET("/api/smedx/console/vouchers", listVouchers).Bind(auth).Bind(menus.Require(menus.ConsoleVouchers))

		// 批量导入 sits behind 平台用户 for operators; a provider's admin
		// imports experts from 用户管理, an admin-only menu which his
		// certified tenant admin status grants (checked by the route).
		importMenus := menus.Require(menus.ConsoleStaff)
		r.GET("/api/smedx/import/{kind}/template", importTemplate).Bind(auth).Bind(importMenus)
		r.POST("/api/smedx/import/{kind}", importFile).Bind(auth).Bind(importMenus)
		return se.Next()
	})
}

// staffOnly returns the signed-in user when he has one of roles, else a
// 401 (anonymous) or 403.
func staffOnly(e *core.RequestEvent, roles ...string) (*core.Record, error) {
	user, err := platform.AuthUser(e)
	if err != nil {
		return nil, err
	}
	if !platform.HasRole(user, roles...) {
		if len(roles) == 1 && roles[0] == platform.RoleOperator {
			return nil, platform.Error(403, "仅平台运营人员可以使用该功能")
		}
		return nil, platform.Error(403, "仅平台运营人员和工信厅可以查看")
	}
	return user, nil
}

// readers are the roles of 数据看板 and the read-only lists.
var readers = []string{platform.RoleOperator, platform.RoleDepartment}
