package tenant

import (
	"regexp"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"

	"smedx/hooks/platform"
)

// Server-side enforcement of the workbench menus: the data behind a menu
// is refused (403) to a user who doesn't have it, whatever the UI shows.
//
// Records API: a collGuard maps a collection to the menus of a role. It
// applies to the rows that belong to the user's tenant (owner) — or to
// every row for platform staff — and only to rows the public could not
// see anyway: a provider user without 客户评价 still reads the portal's
// views (public_reviews), but no review row of his tenant;
// without 订单管理 he gets 403 on every orders request. "whole" guards
// refuse lists outright (the collection holds nothing else for the role).
//
// Custom routes: routeGuards map /api/smedx/ path prefixes to menus.
//
// expand= and realtime: tenant_menus_doors.go applies the same guards.

type collGuard struct {
	roles      []string
	collection string
	keys       []string // any of them grants reads, updates and deletes
	createKeys []string // any of them grants creates (default: keys)
	// whole: no row is public for the role; lists are refused outright
	// without the menu (per row when keysFor decides).
	whole bool
	// owner returns the enterprise ids a row belongs to; nil means the
	// guard applies to every row (platform staff).
	owner func(app core.App, rec *core.Record) []string
	// keysFor overrides keys per row (applications: by type).
	keysFor func(rec *core.Record) []string
	// summary: the fields a refused row keeps when it is reached through
	// expand= or realtime instead of being dropped (the tenant's own
	// enterprise: every page needs its name and certification status,
	// only 企业信息 shows the profile). See tenant_menus_doors.go.
	summary []string
}

func fieldsOwner(fields ...string) func(core.App, *core.Record) []string {
	return func(_ core.App, rec *core.Record) []string {
		out := make([]string, 0, len(fields))
		for _, f := range fields {
			out = append(out, rec.GetString(f))
		}
		return out
	}
}

// parentOwner reads the enterprise of the row's parent (product of a spec,
// order of a payment, voucher of a ledger row).
func parentOwner(relField, parentCollection string, parentFields ...string) func(core.App, *core.Record) []string {
	return func(app core.App, rec *core.Record) []string {
		parent, err := app.FindRecordById(parentCollection, rec.GetString(relField))
		if err != nil {
			return nil
		}
		return fieldsOwner(parentFields...)(app, parent)
	}
}

var (
	enterpriseSummary = []string{"id", "collectionId", "collectionName", "kind", "name", "cert_status", "created", "updated"}
	productKeys       = []string{MenuProductPublish, MenuMyProducts}
	tenantRoles       = []string{platform.RoleProvider}
	buyerRoles        = []string{platform.RoleEnterprise}
	opRoles           = []string{platform.RoleOperator}
	staffRoles        = []string{platform.RoleOperator, platform.RoleDepartment}
)

var collGuards = []collGuard{
	// 服务商
	{roles: tenantRoles, collection: "products", keys: productKeys, createKeys: []string{MenuProductPublish}, owner: fieldsOwner("enterprise")},
	{roles: tenantRoles, collection: "product_specs", keys: productKeys, owner: parentOwner("product", "products", "enterprise")},
	{roles: tenantRoles, collection: "product_cases", keys: productKeys, owner: parentOwner("product", "products", "enterprise")},
	{roles: tenantRoles, collection: "product_revisions", keys: productKeys, owner: parentOwner("product", "products", "enterprise")},
	{roles: tenantRoles, collection: "orders", keys: []string{MenuOrders}, whole: true, owner: fieldsOwner("provider_enterprise", "buyer_enterprise")},
	{roles: tenantRoles, collection: "reviews", keys: []string{MenuReviews}, owner: fieldsOwner("provider_enterprise")},
	{roles: tenantRoles, collection: "enterprises", keys: []string{MenuEnterprise}, whole: true, owner: fieldsOwner("id"), summary: enterpriseSummary},
	{roles: tenantRoles, collection: "settlements", keys: []string{MenuSettlements}, whole: true, owner: fieldsOwner("provider_enterprise")},
	// 企业用户
	{roles: buyerRoles, collection: "orders", keys: []string{MenuOrders}, whole: true, owner: fieldsOwner("buyer_enterprise", "provider_enterprise")},
	{roles: buyerRoles, collection: "payments", keys: []string{MenuOrders}, whole: true, owner: parentOwner("order", "orders", "buyer_enterprise")},
	{roles: buyerRoles, collection: "reviews", keys: []string{MenuMyReviews}, createKeys: []string{MenuMyReviews, MenuOrders}, owner: fieldsOwner("enterprise")},
	{roles: buyerRoles, collection: "vouchers", keys: []string{MenuVoucherQuery}, whole: true, owner: fieldsOwner("enterprise")},
	{roles: buyerRoles, collection: "voucher_ledger", keys: []string{MenuVoucherQuery}, whole: true, owner: parentOwner("voucher", "vouchers", "enterprise")},
	{roles: buyerRoles, collection: "enterprises", keys: []string{MenuEnterprise}, whole: true, owner: fieldsOwner("id"), summary: enterpriseSummary},
	// 运营人员
	{roles: opRoles, collection: "announcements", keys: []string{MenuAnnouncements}},
	{roles: opRoles, collection: "voucher_activities", keys: []string{MenuVoucherAdmin}},
	{roles: opRoles, collection: "voucher_batches", keys: []string{MenuVoucherAdmin}},
	{roles: opRoles, collection: "vouchers", keys: []string{MenuVoucherAdmin}},
	{roles: opRoles, collection: "voucher_ledger", keys: []string{MenuVoucherAdmin}},
	{roles: opRoles, collection: "payments", keys: []string{MenuPayments}, whole: true},
	{roles: opRoles, collection: "audit_logs", keys: []string{MenuAudit}, whole: true},
	{roles: opRoles, collection: "applications", whole: true, keysFor: applicationMenus(platform.RoleOperator)},
	{roles: staffRoles, collection: "settlements", keys: []string{MenuSettlementReview}, whole: true},
	// 工信厅
	{roles: []string{platform.RoleDepartment}, collection: "applications", whole: true, keys: []string{MenuReviewProduct}},
}

// applicationMenus: certification reviews sit behind 认证审核, product
// reviews behind 商品初审/终审; 待我审批 shows both.
func applicationMenus(role string) func(*core.Record) []string {
	return func(rec *core.Record) []string {
		if rec.GetString("type") == "certification" {
			return []string{MenuReviewCert}
		}
		return []string{MenuReviewProduct}
	}
}

// guardFor returns the guard of collection for user, if any.
func guardFor(user *core.Record, collection string) *collGuard {
	role := user.GetString("role")
	for i := range collGuards {
		g := &collGuards[i]
		if g.collection != collection {
			continue
		}
		for _, r := range g.roles {
			if r == role {
				return g
			}
		}
	}
	return nil
}

func guardedCollections() []string {
	seen := map[string]bool{}
	var out []string
	for _, g := range collGuards {
		if !seen[g.collection] {
			seen[g.collection] = true
			out = append(out, g.collection)
		}
	}
	return out
}

// menuForbidden is the 403 of a missing menu.
func menuForbidden(keys []string, role string) error {
	titles := make([]string, 0, len(keys))
	walkMenus(Catalogue(role), "", func(m Menu, _ string) {
		for _, k := range keys {
			if m.Key == k {
				titles = append(titles, "“"+m.Title+"”")
			}
		}
	})
	return platform.ZhApiError(403, "您没有"+strings.Join(titles, "或")+"菜单权限，请联系企业管理员开通")
}

// menuUser returns the users record the guards apply to (nil: anonymous,
// superuser, or a role without guards).
func menuUser(auth *core.Record) *core.Record {
	if auth == nil || auth.Collection().Name != "users" {
		return nil
	}
	return auth
}

// checkRecord refuses rec to user when the guard applies to it and the user
// lacks its menu. write: the row is being changed (public rows count too).
func (g *collGuard) checkRecord(app core.App, user, rec *core.Record, grants MenuGrants, keys []string, write bool) error {
	if g.keysFor != nil {
		keys = g.keysFor(rec)
	}
	if grants.Has(keys...) {
		return nil
	}
	if g.owner != nil {
		ent := user.GetString("enterprise")
		mine := false
		for _, id := range g.owner(app, rec) {
			if id != "" && id == ent {
				mine = true
				break
			}
		}
		if !mine {
			return nil
		}
	}
	if !write && !g.whole && publiclyVisible(app, rec) {
		return nil
	}
	return menuForbidden(keys, user.GetString("role"))
}

// publiclyVisible reports whether an anonymous visitor may view rec.
func publiclyVisible(app core.App, rec *core.Record) bool {
	ok, err := app.CanAccessRecord(rec, &core.RequestInfo{Context: core.RequestInfoContextDefault}, rec.Collection().ViewRule)
	return err == nil && ok
}

func registerMenuGuards(app core.App) {
	cols := guardedCollections()

	app.OnRecordsListRequest(cols...).Bind(&hook.Handler[*core.RecordsListRequestEvent]{
		Id: "smedxMenuGuardList",
		Func: func(e *core.RecordsListRequestEvent) error {
			user := menuUser(e.Auth)
			if user == nil {
				return e.Next()
			}
			g := guardFor(user, e.Collection.Name)
			if g == nil {
				return e.Next()
			}
			grants := grantsOf(user, false)
			if g.keysFor == nil && grants.Has(g.keys...) {
				return e.Next()
			}
			if g.whole && g.keysFor == nil {
				return menuForbidden(g.keys, user.GetString("role"))
			}
			for _, rec := range e.Records {
				if err := g.checkRecord(e.App, user, rec, grants, g.keys, false); err != nil {
					return err
				}
			}
			return e.Next()
		},
	})

	check := func(e *core.RecordRequestEvent, create, write bool) error {
		user := menuUser(e.Auth)
		if user == nil {
			return nil
		}
		g := guardFor(user, e.Collection.Name)
		if g == nil {
			return nil
		}
		keys := g.keys
		if create && len(g.createKeys) > 0 {
			keys = g.createKeys
		}
		return g.checkRecord(e.App, user, e.Record, grantsOf(user, false), keys, write)
	}
	bind := func(h *hook.TaggedHook[*core.RecordRequestEvent], id string, create, write bool) {
		h.Bind(&hook.Handler[*core.RecordRequestEvent]{
			Id: id,
			// Before the areas' own request hooks, so a missing menu is
			// refused before any business rule runs.
			Priority: -10,
			Func: func(e *core.RecordRequestEvent) error {
				if err := check(e, create, write); err != nil {
					return err
				}
				return e.Next()
			},
		})
	}
	bind(app.OnRecordViewRequest(cols...), "smedxMenuGuardView", false, false)
	bind(app.OnRecordCreateRequest(cols...), "smedxMenuGuardCreate", true, true)
	bind(app.OnRecordUpdateRequest(cols...), "smedxMenuGuardUpdate", false, true)
	bind(app.OnRecordDeleteRequest(cols...), "smedxMenuGuardDelete", false, true)
}

// routeGuard maps custom routes to menus for a role.
type routeGuard struct {
	roles   []string
	writes  bool // only POST/PUT/PATCH/DELETE (the reads are public or guarded per row)
	pattern *regexp.Regexp
	keys    []string
	// keysFor overrides keys from the path's id (applications by type).
	keysFor func(app core.App, id string) []string
}

var routeGuards = []routeGuard{
	{roles: tenantRoles, writes: true, pattern: regexp.MustCompile(`^/api/smedx/products(/|$)`), keys: productKeys},
	{roles: tenantRoles, pattern: regexp.MustCompile(`^/api/smedx/orders(/|$)`), keys: []string{MenuOrders}},
	{roles: buyerRoles, pattern: regexp.MustCompile(`^/api/smedx/(orders|payments)(/|$)`), keys: []string{MenuOrders}},
	{roles: buyerRoles, pattern: regexp.MustCompile(`^/api/smedx/vouchers/claim$`), keys: []string{MenuVoucherActivities}},
	{roles: buyerRoles, pattern: regexp.MustCompile(`^/api/smedx/vouchers(/|$)`), keys: []string{MenuVoucherQuery, MenuVoucherActivities}},
	{roles: opRoles, pattern: regexp.MustCompile(`^/api/smedx/payments(/|$)`), keys: []string{MenuPayments}},
	{roles: tenantRoles, pattern: regexp.MustCompile(`^/api/smedx/settlements(/|$)`), keys: []string{MenuSettlements}},
	{roles: staffRoles, pattern: regexp.MustCompile(`^/api/smedx/(settlements|reconcile)(/|$)`), keys: []string{MenuSettlementReview}},
	{roles: opRoles, pattern: regexp.MustCompile(`^/api/smedx/(vouchers|voucher-|voucher_)`), keys: []string{MenuVoucherAdmin}},
	{roles: opRoles, pattern: regexp.MustCompile(`^/api/smedx/announcements(/|$)`), keys: []string{MenuAnnouncements}},
	{roles: opRoles, pattern: regexp.MustCompile(`^/api/smedx/audit`), keys: []string{MenuAudit}},
	{roles: opRoles, pattern: regexp.MustCompile(`^/api/smedx/applications/([^/]+)/(approve|reject)$`), keysFor: applicationRouteMenus},
	{roles: []string{platform.RoleDepartment}, pattern: regexp.MustCompile(`^/api/smedx/applications/([^/]+)/(approve|reject)$`), keys: []string{MenuReviewProduct}},
}

func applicationRouteMenus(app core.App, id string) []string {
	rec, err := app.FindRecordById("applications", id)
	if err != nil {
		return nil // the route answers 404 itself
	}
	return applicationMenus(platform.RoleOperator)(rec)
}

// menuRouteMiddleware refuses the custom routes behind a menu the user
// lacks. It runs after the auth token is loaded (default priority).
func menuRouteMiddleware(e *core.RequestEvent) error {
	path := e.Request.URL.Path
	user := menuUser(e.Auth)
	if user == nil || !strings.HasPrefix(path, "/api/smedx/") {
		return e.Next()
	}
	role := user.GetString("role")
	var grants MenuGrants
	for _, rg := range routeGuards {
		if !platform.HasRole(user, rg.roles...) || (rg.writes && e.Request.Method == "GET") {
			continue
		}
		m := rg.pattern.FindStringSubmatch(path)
		if m == nil {
			continue
		}
		keys := rg.keys
		if rg.keysFor != nil {
			keys = rg.keysFor(e.App, m[1])
			if keys == nil {
				continue
			}
		}
		if grants == nil {
			grants = grantsOf(user, false)
		}
		if !grants.Has(keys...) {
			return menuForbidden(keys, role)
		}
		break
	}
	return e.Next()
}
