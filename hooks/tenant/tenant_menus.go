package tenant

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
)

// Workbench menus (应用内权限配置, guide §4.7 图4-17). The catalogue of each
// role is defined once here; the UI draws its left navigation from
// GET /api/smedx/menus and the permission dialog from
// GET /api/smedx/menus/catalog, and tenant_menus_guard.go enforces the same keys
// on the collections and routes behind each menu.
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
	MenuWorkbench         = "workbench"
	MenuTodo              = "todo"
	MenuEnterprise        = "enterprise"
	MenuProducts          = "products"
	MenuProductPublish    = "product_publish"
	MenuMyProducts        = "my_products"
	MenuReviews           = "reviews"
	MenuOrders            = "orders"
	MenuUsers             = "users"
	MenuPassword          = "password"
	MenuMyReviews         = "my_reviews"
	MenuVouchers          = "vouchers"
	MenuVoucherQuery      = "voucher_query"
	MenuVoucherActivities = "voucher_activities"
	MenuReviewCert        = "review_cert"
	MenuReviewProduct     = "review_product"
	MenuReviewExpert      = "review_expert"
	MenuVoucherAdmin      = "voucher_admin"
	MenuPayments          = "payments"
	MenuAnnouncements     = "announcements"
	MenuAudit             = "audit"
	MenuExports           = "exports" // 数据导出 (hooks/exports)

	// The platform console (hooks/console).
	MenuConsoleDashboard   = "console_dashboard"
	MenuConsoleEnterprises = "console_enterprises"
	MenuConsoleStaff       = "console_staff"
	MenuConsoleProducts    = "console_products"
	MenuConsoleOrders      = "console_orders"
	MenuConsoleVouchers    = "console_vouchers"

	// 兑付 (hooks/settlement).
	MenuSettlements      = "settlements"       // 兑付管理 (hooks/settlement)
	MenuSettlementReview = "settlement_review" // 兑付审核 / 兑付审批
)

var (
	menuWorkbench = Menu{Key: MenuWorkbench, Title: "工作台", Path: "/workbench", Icon: "House", Fixed: true}
	menuTodo      = Menu{Key: MenuTodo, Title: "我的待办", Path: "/workbench/todo", Icon: "Bell"}
	menuMyEnt     = Menu{Key: MenuEnterprise, Title: "我的企业", Path: "/workbench/enterprise", Icon: "OfficeBuilding"}
	menuOrders    = Menu{Key: MenuOrders, Title: "订单管理", Path: "/workbench/orders", Icon: "Tickets"}
	menuUsers     = Menu{Key: MenuUsers, Title: "用户管理", Path: "/workbench/users", Icon: "User", Admin: true}
	menuPassword  = Menu{Key: MenuPassword, Title: "修改密码", Path: "/workbench/password", Icon: "Lock", Fixed: true, Hidden: true}
	menuExpert    = Menu{Key: MenuReviewExpert, Title: "专家评审", Path: "/workbench/review?type=product_publish", Icon: "Finished", Fixed: true}

	menuDashboard   = Menu{Key: MenuConsoleDashboard, Title: "数据看板", Path: "/workbench/console/dashboard", Icon: "DataAnalysis"}
	menuEnterprises = Menu{Key: MenuConsoleEnterprises, Title: "企业管理", Path: "/workbench/console/enterprises", Icon: "OfficeBuilding"}
	menuVoucherStat = Menu{Key: MenuConsoleVouchers, Title: "服务券", Path: "/workbench/console/vouchers", Icon: "Ticket"}
)

// menuCatalogue is the workbench of each role, in the guides' order
// (服务商 §4, 企业用户 §5; operators and the department per DESIGN §1).
var menuCatalogue = map[string][]Menu{
	platform.RoleProvider: {
		menuWorkbench, menuMyEnt, menuTodo,
		{Key: MenuProducts, Title: "商品管理", Icon: "Goods", Children: []Menu{
			{Key: MenuProductPublish, Title: "商品上架", Path: "/workbench/products/new"},
			{Key: MenuMyProducts, Title: "我的商品", Path: "/workbench/products"},
		}},
		{Key: MenuReviews, Title: "客户评价", Path: "/workbench/reviews", Icon: "Star"},
		menuOrders,
		{Key: MenuSettlements, Title: "兑付管理", Path: "/workbench/settlements", Icon: "Money"},
		menuUsers, menuPassword,
	},
	platform.RoleEnterprise: {
		menuWorkbench, menuTodo, menuMyEnt,
		{Key: MenuMyReviews, Title: "我的评价", Path: "/workbench/my-reviews", Icon: "Star"},
		menuOrders,
		{Key: MenuVouchers, Title: "服务券管理", Icon: "Wallet", Children: []Menu{
			{Key: MenuVoucherQuery, Title: "服务券查询", Path: "/workbench/vouchers"},
			{Key: MenuVoucherActivities, Title: "服务券活动", Path: "/workbench/voucher-activities"},
		}},
		menuUsers, menuPassword,
	},
	platform.RoleOperator: {
		menuWorkbench,
		{Key: MenuTodo, Title: "待我审批", Path: "/workbench/todo", Icon: "Bell"},
		{Key: MenuReviewCert, Title: "认证审核", Path: "/workbench/review?type=certification", Icon: "Stamp"},
		{Key: MenuReviewProduct, Title: "商品初审", Path: "/workbench/review?type=product_publish", Icon: "Finished"},
		menuDashboard, menuEnterprises,
		{Key: MenuConsoleStaff, Title: "平台用户", Path: "/workbench/console/staff", Icon: "UserFilled"},
		{Key: MenuConsoleProducts, Title: "商品管理", Path: "/workbench/console/products", Icon: "Goods"},
		{Key: MenuConsoleOrders, Title: "订单管理", Path: "/workbench/console/orders", Icon: "List"},
		menuVoucherStat,
		{Key: MenuVoucherAdmin, Title: "服务券活动管理", Path: "/workbench/voucher-admin", Icon: "Wallet"},
		{Key: MenuPayments, Title: "线下支付确认", Path: "/workbench/payments", Icon: "Money"},
		{Key: MenuSettlementReview, Title: "兑付审核", Path: "/workbench/settlement-review", Icon: "Coin"},
		{Key: MenuAnnouncements, Title: "公告管理", Path: "/workbench/announcements", Icon: "Notification"},
		{Key: MenuAudit, Title: "操作日志", Path: "/workbench/audit", Icon: "Document"},
		{Key: MenuExports, Title: "数据导出", Path: "/workbench/exports", Icon: "Download"},
		menuPassword,
	},
	platform.RoleDepartment: {
		menuWorkbench,
		{Key: MenuTodo, Title: "待我审批", Path: "/workbench/todo", Icon: "Bell"},
		{Key: MenuReviewProduct, Title: "商品终审", Path: "/workbench/review?type=product_publish", Icon: "Finished"},
		menuDashboard, menuEnterprises, menuVoucherStat,
		{Key: MenuSettlementReview, Title: "兑付审批", Path: "/workbench/settlement-review", Icon: "Coin"},
		menuPassword,
	},
}

// Catalogue returns the menu tree of role (nil for an unknown role).
func Catalogue(role string) []Menu { return menuCatalogue[role] }

// walkMenus calls fn for every entry of the tree with its parent ("" at the top).
func walkMenus(list []Menu, parent string, fn func(m Menu, parent string)) {
	for _, m := range list {
		fn(m, parent)
		walkMenus(m.Children, m.Key, fn)
	}
}

// configurableLeaves are the keys an admin may grant for role, in
// catalogue order: leaves that are neither fixed nor admin-only.
func configurableLeaves(role string) []string {
	var out []string
	walkMenus(Catalogue(role), "", func(m Menu, _ string) {
		if len(m.Children) == 0 && !m.Fixed && !m.Admin {
			out = append(out, m.Key)
		}
	})
	return out
}

// NormalizeMenus checks keys against the catalogue of role and returns the
// leaf keys to store, in catalogue order. A parent stands for its children;
// fixed menus are accepted and dropped (everyone has them).
func NormalizeMenus(role string, keys []string) ([]string, error) {
	byKey := map[string]Menu{}
	walkMenus(Catalogue(role), "", func(m Menu, _ string) { byKey[m.Key] = m })
	want := map[string]bool{}
	for _, k := range keys {
		m, ok := byKey[k]
		switch {
		case !ok:
			return nil, platform.FieldError("menus", "menu_unknown", "菜单权限中有不存在的菜单："+k)
		case m.Admin:
			return nil, platform.FieldError("menus", "menu_admin_only", "“"+m.Title+"”仅企业管理员拥有，不能分配给其他用户")
		case m.Fixed:
			continue
		}
		if len(m.Children) == 0 {
			want[k] = true
		}
		for _, c := range m.Children {
			if !c.Fixed && !c.Admin {
				want[c.Key] = true
			}
		}
	}
	out := []string{}
	for _, k := range configurableLeaves(role) {
		if want[k] {
			out = append(out, k)
		}
	}
	return out, nil
}

// storedMenus returns the configured menus of user and whether they were
// ever configured (a JSON array, even empty, counts as configured).
func storedMenus(user *core.Record) ([]string, bool) {
	raw := strings.TrimSpace(user.GetString("menus"))
	if raw == "" || raw == "null" {
		return nil, false
	}
	var keys []string
	if err := json.Unmarshal([]byte(raw), &keys); err != nil {
		// Anything but a list of keys (hand-edited in the dashboard)
		// grants nothing configurable rather than everything.
		return []string{}, true
	}
	return keys, true
}

// MenuGrants is the set of menu keys a user has.
type MenuGrants map[string]bool

// Has reports whether any of keys is granted.
func (g MenuGrants) Has(keys ...string) bool {
	for _, k := range keys {
		if g[k] {
			return true
		}
	}
	return false
}

// grantsOf computes the menus of user without touching the database.
// certified tells whether 用户管理 applies (tenant admins of certified
// tenants only); the guards don't need it and pass false.
func grantsOf(user *core.Record, certified bool) MenuGrants {
	g := MenuGrants{}
	if user == nil {
		return g
	}
	role := user.GetString("role")
	admin := user.GetBool("tenant_admin") && (role == platform.RoleProvider || role == platform.RoleEnterprise)
	stored, configured := storedMenus(user)
	allowed := map[string]bool{}
	for _, k := range stored {
		allowed[k] = true
	}
	walkMenus(Catalogue(role), "", func(m Menu, parent string) {
		if len(m.Children) > 0 {
			return
		}
		var ok bool
		switch {
		case m.Fixed:
			ok = true
		case m.Admin:
			ok = admin && certified
		case admin || !configured:
			ok = true
		default:
			ok = allowed[m.Key]
		}
		if ok {
			g[m.Key] = true
			if parent != "" {
				g[parent] = true
			}
		}
	})
	if role == platform.RoleProvider && user.GetBool("is_expert") {
		g[MenuReviewExpert] = true
	}
	return g
}

// userGrants is grantsOf with the certification of the user's tenant.
func userGrants(app core.App, user *core.Record) MenuGrants {
	certified := false
	if user.GetBool("tenant_admin") && user.GetString("enterprise") != "" {
		if ent, err := app.FindRecordById("enterprises", user.GetString("enterprise")); err == nil {
			certified = ent.GetString("cert_status") == "approved"
		}
	}
	return grantsOf(user, certified)
}

// navTree keeps the granted entries of list (parents with their granted
// children), optionally without the entries hidden from the navigation.
func navTree(list []Menu, g MenuGrants, withHidden bool) []Menu {
	out := []Menu{}
	for _, m := range list {
		if !g[m.Key] || (m.Hidden && !withHidden) {
			continue
		}
		if len(m.Children) > 0 {
			m.Children = navTree(m.Children, g, withHidden)
		}
		out = append(out, m)
	}
	return out
}

// userMenuTree is the navigation of user: his role's granted menus plus
// 专家评审 for experts.
func userMenuTree(user *core.Record, g MenuGrants) []Menu {
	items := navTree(Catalogue(user.GetString("role")), g, false)
	if g[MenuReviewExpert] {
		items = append(items, menuExpert)
	}
	return items
}

// grantedKeys lists g in catalogue order (plus 专家评审).
func grantedKeys(role string, g MenuGrants) []string {
	out := []string{}
	walkMenus(Catalogue(role), "", func(m Menu, _ string) {
		if g[m.Key] {
			out = append(out, m.Key)
		}
	})
	if g[MenuReviewExpert] {
		out = append(out, MenuReviewExpert)
	}
	return out
}

func registerMenuRoutes(se *core.ServeEvent) {
	// The signed-in user's navigation.
	se.Router.GET("/api/smedx/menus", func(e *core.RequestEvent) error {
		user, err := platform.AuthUser(e)
		if err != nil {
			return err
		}
		g := userGrants(e.App, user)
		_, configured := storedMenus(user)
		return e.JSON(http.StatusOK, map[string]any{
			"role":         user.GetString("role"),
			"tenant_admin": user.GetBool("tenant_admin"),
			"is_expert":    user.GetBool("is_expert"),
			"configured":   configured,
			"items":        userMenuTree(user, g),
			"allowed":      grantedKeys(user.GetString("role"), g),
		})
	}).Bind(apis.RequireAuth("users"))

	// The whole catalogue of a role, for the permission dialog (role
	// defaults to the signed-in user's). defaults are the menus of a user
	// whose menus were never configured.
	se.Router.GET("/api/smedx/menus/catalog", func(e *core.RequestEvent) error {
		user, err := platform.AuthUser(e)
		if err != nil {
			return err
		}
		role := e.Request.URL.Query().Get("role")
		if role == "" {
			role = user.GetString("role")
		}
		list := Catalogue(role)
		if list == nil {
			return platform.FieldError("role", "role_invalid", "角色不存在："+role)
		}
		return e.JSON(http.StatusOK, map[string]any{
			"role":         role,
			"items":        list,
			"configurable": configurableLeaves(role),
			"defaults":     configurableLeaves(role),
		})
	}).Bind(apis.RequireAuth("users"))
}
