package tenant

import (
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"

	"smedx/hooks/menus"
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
// Custom routes: each domain package binds menus.Require on the routes
// behind a menu where it registers them (hooks/menus/menus_require.go).
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
	productKeys       = []string{menus.ProductPublish, menus.MyProducts}
	tenantRoles       = []string{platform.RoleProvider}
	buyerRoles        = []string{platform.RoleEnterprise}
	opRoles           = []string{platform.RoleOperator}
	staffRoles        = []string{platform.RoleOperator, platform.RoleDepartment}
)

var collGuards = []collGuard{
	// 服务商
	{roles: tenantRoles, collection: "products", keys: productKeys, createKeys: []string{menus.ProductPublish}, owner: fieldsOwner("enterprise")},
	{roles: tenantRoles, collection: "product_specs", keys: productKeys, owner: parentOwner("product", "products", "enterprise")},
	{roles: tenantRoles, collection: "product_cases", keys: productKeys, owner: parentOwner("product", "products", "enterprise")},
	{roles: tenantRoles, collection: "product_revisions", keys: productKeys, owner: parentOwner("product", "products", "enterprise")},
	{roles: tenantRoles, collection: "orders", keys: []string{menus.Orders}, whole: true, owner: fieldsOwner("provider_enterprise", "buyer_enterprise")},
	{roles: tenantRoles, collection: "reviews", keys: []string{menus.Reviews}, owner: fieldsOwner("provider_enterprise")},
	{roles: tenantRoles, collection: "enterprises", keys: []string{menus.Enterprise}, whole: true, owner: fieldsOwner("id"), summary: enterpriseSummary},
	{roles: tenantRoles, collection: "settlements", keys: []string{menus.Settlements}, whole: true, owner: fieldsOwner("provider_enterprise")},
	// 企业用户
	{roles: buyerRoles, collection: "orders", keys: []string{menus.Orders}, whole: true, owner: fieldsOwner("buyer_enterprise", "provider_enterprise")},
	{roles: buyerRoles, collection: "payments", keys: []string{menus.Orders}, whole: true, owner: parentOwner("order", "orders", "buyer_enterprise")},
	{roles: buyerRoles, collection: "reviews", keys: []string{menus.MyReviews}, createKeys: []string{menus.MyReviews, menus.Orders}, owner: fieldsOwner("enterprise")},
	{roles: buyerRoles, collection: "vouchers", keys: []string{menus.VoucherQuery}, whole: true, owner: fieldsOwner("enterprise")},
	{roles: buyerRoles, collection: "voucher_ledger", keys: []string{menus.VoucherQuery}, whole: true, owner: parentOwner("voucher", "vouchers", "enterprise")},
	{roles: buyerRoles, collection: "enterprises", keys: []string{menus.Enterprise}, whole: true, owner: fieldsOwner("id"), summary: enterpriseSummary},
	// 运营人员
	{roles: opRoles, collection: "announcements", keys: []string{menus.Announcements}},
	{roles: opRoles, collection: "voucher_activities", keys: []string{menus.VoucherAdmin}},
	{roles: opRoles, collection: "voucher_batches", keys: []string{menus.VoucherAdmin}},
	{roles: opRoles, collection: "vouchers", keys: []string{menus.VoucherAdmin}},
	{roles: opRoles, collection: "voucher_ledger", keys: []string{menus.VoucherAdmin}},
	{roles: opRoles, collection: "payments", keys: []string{menus.Payments}, whole: true},
	{roles: opRoles, collection: "audit_logs", keys: []string{menus.Audit}, whole: true},
	{roles: opRoles, collection: "applications", whole: true, keysFor: applicationMenus(platform.RoleOperator)},
	{roles: staffRoles, collection: "settlements", keys: []string{menus.SettlementReview}, whole: true},
	// 工信厅
	{roles: []string{platform.RoleDepartment}, collection: "applications", whole: true, keys: []string{menus.ReviewProduct}},
}

// applicationMenus: certification reviews sit behind 认证审核, product
// reviews behind 商品初审/终审; 待我审批 shows both.
func applicationMenus(role string) func(*core.Record) []string {
	return func(rec *core.Record) []string {
		return []string{menus.ApplicationMenu(rec.GetString("type"))}
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
func (g *collGuard) checkRecord(app core.App, user, rec *core.Record, grants menus.Grants, keys []string, write bool) error {
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
	return menus.Forbidden(keys, user.GetString("role"))
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
			grants := menus.Of(user, false)
			if g.keysFor == nil && grants.Has(g.keys...) {
				return e.Next()
			}
			if g.whole && g.keysFor == nil {
				return menus.Forbidden(g.keys, user.GetString("role"))
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
		return g.checkRecord(e.App, user, e.Record, menus.Of(user, false), keys, write)
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
