// Package menus is the workbench menu catalogue of every role, defined
// once: each entry's key, title, icon and UI path; which keys a user has;
// and Require, the middleware a domain package binds on the routes behind
// a menu. hooks/tenant serves the navigation and the permission dialog and
// guards the collections; pb_public builds its side menu and router guards
// from GET /api/smedx/menus.
//
// It depends on platform only, so every domain package may bind Require.
package menus

import (
	"smedx/hooks/platform"
)

// Workbench menus (应用内权限配置, guide §4.7 图4-17). The catalogue of each
// role is defined once here; the UI draws its left navigation from
// GET /api/smedx/menus and the permission dialog from
// GET /api/smedx/menus/catalog, and hooks/tenant/tenant_menus_guard.go enforces the same keys on the
// collections, and Require (menus_require.go) on the routes behind each menu.
//
// users.menus holds the configurable leaf keys a tenant admin granted a
// user (a parent key given to the API stands for all its children):
//   - null / never configured: the role's default set, which is every
//     configurable menu (everything except the admin-only 用户管理);
//   - a JSON array (possibly empty): exactly those menus.
//
// Fixed menus (工作台, 修改密码) are everyone's and are not configurable.
// Tenant admins have every menu; 用户管理 only shows once the tenant is
// certified. Experts (users.is_expert) get 专家评审 on top of their menus.

// Menu is one entry of the catalogue.
type Menu struct {
	Key      string `json:"key"`
	Title    string `json:"title"`
	Path     string `json:"path,omitempty"`
	Icon     string `json:"icon,omitempty"`
	Fixed    bool   `json:"fixed,omitempty"`      // every user of the role has it
	Admin    bool   `json:"admin_only,omitempty"` // tenant admins only (用户管理)
	Hidden   bool   `json:"nav_hidden,omitempty"` // not in the left navigation (修改密码 is in the user menu)
	Children []Menu `json:"children,omitempty"`
}

// Menu keys the guards and other code refer to.
const (
	Workbench         = "workbench"
	Todo              = "todo"
	Enterprise        = "enterprise"
	Products          = "products"
	ProductPublish    = "product_publish"
	MyProducts        = "my_products"
	Reviews           = "reviews"
	Orders            = "orders"
	Users             = "users"
	Password          = "password"
	MyReviews         = "my_reviews"
	Vouchers          = "vouchers"
	VoucherQuery      = "voucher_query"
	VoucherActivities = "voucher_activities"
	ReviewCert        = "review_cert"
	ReviewProduct     = "review_product"
	ReviewExpert      = "review_expert"
	VoucherAdmin      = "voucher_admin"
	Payments          = "payments"
	Announcements     = "announcements"
	Audit             = "audit"
	Exports           = "exports" // 数据导出 (hooks/exports)

	// The platform console (hooks/console).
	ConsoleDashboard   = "console_dashboard"
	ConsoleEnterprises = "console_enterprises"
	ConsoleStaff       = "console_staff"
	ConsoleProducts    = "console_products"
	ConsoleOrders      = "console_orders"
	ConsoleVouchers    = "console_vouchers"

	// 兑付 (hooks/settlement).
	Settlements      = "settlements"       // 兑付管理 (hooks/settlement)
	SettlementReview = "settlement_review" // 兑付审核 / 兑付审批
)

var (
	menuWorkbench = Menu{Key: Workbench, Title: "工作台", Path: "/workbench", Icon: "House", Fixed: true}
	menuTodo      = Menu{Key: Todo, Title: "我的待办", Path: "/workbench/todo", Icon: "Bell"}
	menuMyEnt     = Menu{Key: Enterprise, Title: "我的企业", Path: "/workbench/enterprise", Icon: "OfficeBuilding"}
	menuOrders    = Menu{Key: Orders, Title: "订单管理", Path: "/workbench/orders", Icon: "Tickets"}
	menuUsers     = Menu{Key: Users, Title: "用户管理", Path: "/workbench/users", Icon: "User", Admin: true}
	menuPassword  = Menu{Key: Password, Title: "修改密码", Path: "/workbench/password", Icon: "Lock", Fixed: true, Hidden: true}
	menuExpert    = Menu{Key: ReviewExpert, Title: "专家评审", Path: "/workbench/review?type=product_publish", Icon: "Finished", Fixed: true}

	menuDashboard   = Menu{Key: ConsoleDashboard, Title: "数据看板", Path: "/workbench/console/dashboard", Icon: "DataAnalysis"}
	menuEnterprises = Menu{Key: ConsoleEnterprises, Title: "企业管理", Path: "/workbench/console/enterprises", Icon: "OfficeBuilding"}
	menuAudit       = Menu{Key: Audit, Title: "操作日志", Path: "/workbench/audit", Icon: "Document"}
	menuExports     = Menu{Key: Exports, Title: "数据导出", Path: "/workbench/exports", Icon: "Download"}
	menuVoucherStat = Menu{Key: ConsoleVouchers, Title: "服务券", Path: "/workbench/console/vouchers", Icon: "Ticket"}
)

// menuCatalogue is the workbench of each role, in the guides' order
// (服务商 §4, 企业用户 §5; operators and the department per DESIGN §1).
var menuCatalogue = map[string][]Menu{
	platform.RoleProvider: {
		menuWorkbench, menuMyEnt, menuTodo,
		{Key: Products, Title: "商品管理", Icon: "Goods", Children: []Menu{
			{Key: ProductPublish, Title: "商品上架", Path: "/workbench/products/new"},
			{Key: MyProducts, Title: "我的商品", Path: "/workbench/products"},
		}},
		{Key: Reviews, Title: "客户评价", Path: "/workbench/reviews", Icon: "Star"},
		menuOrders,
		{Key: Settlements, Title: "兑付管理", Path: "/workbench/settlements", Icon: "Money"},
		menuUsers, menuPassword,
	},
	platform.RoleEnterprise: {
		menuWorkbench, menuTodo, menuMyEnt,
		{Key: MyReviews, Title: "我的评价", Path: "/workbench/my-reviews", Icon: "Star"},
		menuOrders,
		{Key: Vouchers, Title: "服务券管理", Icon: "Wallet", Children: []Menu{
			{Key: VoucherQuery, Title: "服务券查询", Path: "/workbench/vouchers"},
			{Key: VoucherActivities, Title: "服务券活动", Path: "/workbench/voucher-activities"},
		}},
		menuUsers, menuPassword,
	},
	platform.RoleOperator: {
		menuWorkbench,
		{Key: Todo, Title: "待我审批", Path: "/workbench/todo", Icon: "Bell"},
		{Key: ReviewCert, Title: "认证审核", Path: "/workbench/review?type=certification", Icon: "Stamp"},
		{Key: ReviewProduct, Title: "商品初审", Path: "/workbench/review?type=product_publish", Icon: "Finished"},
		menuDashboard, menuEnterprises,
		{Key: ConsoleStaff, Title: "平台用户", Path: "/workbench/console/staff", Icon: "UserFilled"},
		{Key: ConsoleProducts, Title: "商品管理", Path: "/workbench/console/products", Icon: "Goods"},
		{Key: ConsoleOrders, Title: "订单管理", Path: "/workbench/console/orders", Icon: "List"},
		menuVoucherStat,
		{Key: VoucherAdmin, Title: "服务券活动管理", Path: "/workbench/voucher-admin", Icon: "Wallet"},
		{Key: Payments, Title: "线下支付确认", Path: "/workbench/payments", Icon: "Money"},
		{Key: SettlementReview, Title: "兑付审核", Path: "/workbench/settlement-review", Icon: "Coin"},
		{Key: Announcements, Title: "公告管理", Path: "/workbench/announcements", Icon: "Notification"},
		menuAudit, menuExports,
		menuPassword,
	},
	platform.RoleDepartment: {
		menuWorkbench,
		{Key: Todo, Title: "待我审批", Path: "/workbench/todo", Icon: "Bell"},
		{Key: ReviewProduct, Title: "商品终审", Path: "/workbench/review?type=product_publish", Icon: "Finished"},
		menuDashboard, menuEnterprises, menuVoucherStat,
		{Key: SettlementReview, Title: "兑付审批", Path: "/workbench/settlement-review", Icon: "Coin"},
		menuAudit, menuExports,
		menuPassword,
	},
}

// Catalogue returns the menu tree of role (nil for an unknown role).
func Catalogue(role string) []Menu { return menuCatalogue[role] }
