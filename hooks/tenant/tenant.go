package tenant

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cast"

	"smedx/hooks/menus"
	"smedx/hooks/platform"
)

// Register binds the hooks and routes of tenant user management, menu
// permissions and experts (issue 7, guide §4.7).
//
// The tenant admin of a certified tenant (provider or enterprise) manages
// the other users of his tenant:
//   - add: POST /api/collections/users/records {username, phone, email?,
//     name?, password, passwordConfirm, menus?} — enterprise, role and
//     tenant_admin are decided here, not by the client;
//   - list: GET /api/smedx/tenant/users?q=&page=&perPage= (or the records
//     API, whose rules already limit it to the tenant);
//   - edit: PATCH /api/collections/users/records/{id} {phone, email, name, menus};
//   - delete: DELETE /api/collections/users/records/{id};
//   - POST /api/smedx/tenant/users/{id}/reset-password {password, passwordConfirm};
//   - PUT /api/smedx/tenant/users/{id}/menus {menus: [keys]};
//   - GET|POST|DELETE /api/smedx/tenant/users/{id}/expert (tenant_experts.go).
//
// Every action writes an audit_logs row in the same transaction.
func Register(app core.App) {
	app.OnRecordCreateRequest("users").BindFunc(tenantCreateUser)
	app.OnRecordUpdateRequest("users").BindFunc(tenantUpdateUser)
	app.OnRecordDeleteRequest("users").BindFunc(tenantDeleteUser)
	app.OnRecordDelete("users").BindFunc(guardUserDelete)

	registerMenuGuards(app)
	registerMenuDoors(app)
	registerMenuFilters(app)

	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		registerMenuRoutes(se)

		g := se.Router.Group("/api/smedx/tenant/users")
		g.Bind(apis.RequireAuth("users"))
		g.GET("", listTenantUsers)
		g.POST("/{id}/reset-password", resetTenantUserPassword)
		g.PUT("/{id}/menus", setTenantUserMenus)
		g.GET("/{id}/expert", getExpertPrefill)
		g.POST("/{id}/expert", setExpert)
		g.DELETE("/{id}/expert", cancelExpert)
		return se.Next()
	})
}

// isUsersAuth reports whether e is signed in as a users record (not a
// superuser, not anonymous).
func isUsersAuth(e *core.RequestEvent) bool {
	return e.Auth != nil && e.Auth.Collection().Name == "users"
}

// requireTenantAdmin refuses unless user is the tenant admin of a
// certified provider or enterprise tenant; it returns the tenant.
func requireTenantAdmin(app core.App, user *core.Record) (*core.Record, error) {
	if !user.GetBool("tenant_admin") || !platform.HasRole(user, platform.RoleProvider, platform.RoleEnterprise) || user.GetString("enterprise") == "" {
		return nil, platform.Error(http.StatusForbidden, "只有企业管理员可以管理用户")
	}
	return platform.RequireCertified(app, user, "管理用户")
}

// tenantTarget loads the admin, his tenant and the user {id} of the same
// tenant. Users of other tenants are reported missing (ids are not a
// secret, but their existence elsewhere is none of his business).
func tenantTarget(e *core.RequestEvent) (admin, tenant, target *core.Record, err error) {
	admin, err = platform.AuthUser(e)
	if err != nil {
		return
	}
	if tenant, err = requireTenantAdmin(e.App, admin); err != nil {
		return
	}
	target, ferr := e.App.FindRecordById("users", e.Request.PathValue("id"))
	if ferr != nil || target.GetString("enterprise") != tenant.Id {
		err = platform.Error(http.StatusNotFound, "用户不存在或不属于您的企业")
	}
	return
}

// validationToBadRequest turns the validation errors of a save (password
// rules, unique phone...) into a 400 with Chinese field messages.
func validationToBadRequest(err error) error {
	var errs validation.Errors
	if errors.As(err, &errs) {
		return platform.BadRequest(errs)
	}
	return err
}

// ---------------------------------------------------------------------
// Records API hooks on users.

// tenantCreateUser: a signed-in tenant admin adding a user of his tenant.
// Anonymous sign-ups are the accounts area's (signUp); superusers pass.
func tenantCreateUser(e *core.RecordRequestEvent) error {
	if !isUsersAuth(e.RequestEvent) {
		return e.Next()
	}
	admin := e.Auth
	tenant, err := requireTenantAdmin(e.App, admin)
	if err != nil {
		return err
	}
	info, err := e.RequestInfo()
	if err != nil {
		return err
	}
	rec := e.Record
	role := tenant.GetString("kind")
	if v, ok := info.Body["role"]; ok && cast.ToString(v) != "" && cast.ToString(v) != role {
		return platform.FieldError("role", "role_forced", "新用户的角色与企业类型一致，不能指定为其他角色")
	}
	if cast.ToBool(info.Body["tenant_admin"]) {
		return platform.FieldError("tenant_admin", "tenant_admin_forbidden", "不能添加企业管理员，新用户为普通用户")
	}
	PrepareTenantUser(rec, tenant)
	if _, ok := info.Body["menus"]; ok && info.Body["menus"] != nil {
		keys, err := menuKeysFromBody(info.Body["menus"])
		if err != nil {
			return err
		}
		norm, err := menus.Normalize(role, keys)
		if err != nil {
			return err
		}
		rec.Set("menus", norm)
	} else {
		rec.Set("menus", nil) // never configured: the role's defaults
	}
	return e.App.RunInTransaction(func(tx core.App) error {
		e.App = tx
		if err := e.Next(); err != nil {
			return err
		}
		return platform.AuditRequest(tx, e.RequestEvent, "tenant_user_create", "users", rec.Id, map[string]any{
			"username": rec.GetString("username"), "phone": rec.GetString("phone"), "role": role,
			"enterprise": tenant.Id,
		})
	})
}

// PrepareTenantUser sets what only the server decides on a new user of
// tenant: the tenant, the role (the tenant's kind), no admin or expert
// flag, not verified, 姓名 defaulting to 用户名 (表4-3). A tenant admin's
// 新增用户 and the bulk import of experts (hooks/console) both use it.
func PrepareTenantUser(rec, tenant *core.Record) {
	rec.Set("enterprise", tenant.Id)
	rec.Set("role", tenant.GetString("kind"))
	rec.Set("tenant_admin", false)
	rec.Set("is_expert", false)
	rec.SetVerified(false)
	if rec.GetString("name") == "" {
		rec.Set("name", rec.GetString("username"))
	}
}

// RequireTenantAdmin refuses (403) unless user is the tenant admin of a
// certified provider or enterprise tenant; it returns the tenant.
func RequireTenantAdmin(app core.App, user *core.Record) (*core.Record, error) {
	return requireTenantAdmin(app, user)
}

// menuKeysFromBody reads a menus value: a JSON list, or a JSON string of one
// (multipart forms).
func menuKeysFromBody(v any) ([]string, error) {
	list, ok := toStringList(v)
	if !ok {
		return nil, platform.FieldError("menus", "menus_invalid", "菜单权限格式不正确，应为菜单列表")
	}
	return list, nil
}

// adminEditable are the fields a tenant admin may change on another user
// of his tenant (图4-16: 手机号、邮箱; plus 姓名 and the menus).
var adminLockedFields = []string{"username", "role", "enterprise", "tenant_admin", "is_expert", "verified", "agreed_at", "avatar", "emailVisibility"}

// tenantUpdateUser guards a tenant admin's edits of another user; self
// updates are the accounts area's (guardSelfUpdate).
func tenantUpdateUser(e *core.RecordRequestEvent) error {
	if !isUsersAuth(e.RequestEvent) || e.Auth.Id == e.Record.Id {
		return e.Next()
	}
	if _, err := requireTenantAdmin(e.App, e.Auth); err != nil {
		return err
	}
	rec := e.Record
	orig := rec.Original()
	for _, f := range adminLockedFields {
		if fmt.Sprint(rec.Get(f)) != fmt.Sprint(orig.Get(f)) {
			msg := "不能修改用户的" + adminFieldLabel(f)
			if f == "username" {
				msg = "用户名不可修改"
			}
			return platform.FieldError(f, "field_locked", msg)
		}
	}
	if rec.GetString("password") != "" {
		return platform.FieldError("password", "use_reset_password", "请使用“重置密码”为用户设置新密码")
	}
	changed := map[string]any{}
	for _, f := range []string{"phone", "email", "name"} {
		if rec.GetString(f) != orig.GetString(f) {
			changed[f] = rec.GetString(f)
		}
	}
	if fmt.Sprint(rec.Get("menus")) != fmt.Sprint(orig.Get("menus")) {
		if orig.GetBool("tenant_admin") {
			return platform.FieldError("menus", "admin_has_all", "企业管理员拥有全部菜单权限，无需配置")
		}
		keys, ok := toStringList(rec.Get("menus"))
		if !ok {
			return platform.FieldError("menus", "menus_invalid", "菜单权限格式不正确，应为菜单列表")
		}
		norm, err := menus.Normalize(orig.GetString("role"), keys)
		if err != nil {
			return err
		}
		rec.Set("menus", norm)
		changed["menus"] = norm
	}
	return e.App.RunInTransaction(func(tx core.App) error {
		e.App = tx
		if err := e.Next(); err != nil {
			return err
		}
		return platform.AuditRequest(tx, e.RequestEvent, "tenant_user_update", "users", rec.Id, map[string]any{
			"username": rec.GetString("username"), "changed": changed,
		})
	})
}

func adminFieldLabel(f string) string {
	switch f {
	case "role":
		return "角色"
	case "enterprise":
		return "所属企业"
	case "tenant_admin":
		return "管理员身份"
	case "is_expert":
		return "专家身份（请使用“设为专家/取消专家”）"
	case "verified":
		return "验证状态"
	case "agreed_at":
		return "协议同意时间"
	case "avatar":
		return "头像"
	case "emailVisibility":
		return "邮箱公开设置"
	}
	return f
}

// tenantDeleteUser: a tenant admin deleting a user of his tenant.
func tenantDeleteUser(e *core.RecordRequestEvent) error {
	if !isUsersAuth(e.RequestEvent) {
		return e.Next()
	}
	if e.Auth.Id == e.Record.Id {
		return platform.Error(http.StatusBadRequest, "不能删除自己的帐号")
	}
	if _, err := requireTenantAdmin(e.App, e.Auth); err != nil {
		return err
	}
	rec := e.Record
	return e.App.RunInTransaction(func(tx core.App) error {
		e.App = tx
		if err := e.Next(); err != nil {
			return err
		}
		return platform.AuditRequest(tx, e.RequestEvent, "tenant_user_delete", "users", rec.Id, map[string]any{
			"username": rec.GetString("username"), "phone": rec.GetString("phone"),
			"was_expert": rec.GetBool("is_expert"),
		})
	})
}

// guardUserDelete keeps, on every path (API, dashboard, CLI), a tenant
// with at least one admin, the authors of orders and applications, and
// the expert review with its experts.
func guardUserDelete(e *core.RecordEvent) error {
	rec := e.Record
	if rec.GetBool("tenant_admin") && rec.GetString("enterprise") != "" {
		var others int
		err := e.App.DB().Select("count(*)").From("users").
			Where(dbx.HashExp{"enterprise": rec.GetString("enterprise"), "tenant_admin": true}).
			AndWhere(dbx.Not(dbx.HashExp{"id": rec.Id})).Row(&others)
		if err != nil {
			return err
		}
		if others == 0 {
			if _, err := e.App.FindRecordById("enterprises", rec.GetString("enterprise")); err == nil {
				return platform.Error(http.StatusBadRequest, "不能删除企业的最后一个管理员")
			}
		}
	}
	// Orders and applications keep their author: such a user is not
	// deleted but stopped (no menus, a new password) — say so instead of
	// a bare "still referenced" (issue 12, finding 10).
	var orders, apps int
	if err := e.App.DB().NewQuery("SELECT (SELECT count(*) FROM {{orders}} WHERE [[buyer]] = {:u}), (SELECT count(*) FROM {{applications}} WHERE [[applicant]] = {:u})").
		Bind(dbx.Params{"u": rec.Id}).Row(&orders, &apps); err != nil {
		return err
	}
	if orders > 0 || apps > 0 {
		what := fmt.Sprintf("%d 笔订单", orders)
		if orders == 0 {
			what = fmt.Sprintf("%d 条审核申请", apps)
		} else if apps > 0 {
			what += fmt.Sprintf("和 %d 条审核申请", apps)
		}
		return platform.Error(http.StatusBadRequest, "该用户名下有"+what+"，为保留记录不能删除；如不再使用，请取消其全部菜单权限并重置密码以停用该帐号")
	}
	if n, err := pendingExpertAssignments(e.App, rec.Id); err != nil {
		return err
	} else if n > 0 {
		return platform.Error(http.StatusBadRequest, fmt.Sprintf("该用户是专家，还有 %d 项待评审的商品，评审完成后才能删除", n))
	}
	return e.Next()
}

// pendingExpertAssignments counts the applications waiting for userID's
// expert decision: pending, at the expert stage, assigned to him, and not
// yet decided by him.
func pendingExpertAssignments(app core.App, userID string) (int, error) {
	var n int
	err := app.DB().NewQuery(`
		SELECT count(*) FROM applications a
		WHERE a.status = 'pending' AND a.stage = 'expert'
		  AND EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(a.experts) THEN a.experts ELSE json_array(a.experts) END) j WHERE j.value = {:uid})
		  AND NOT EXISTS (SELECT 1 FROM review_records r
		                  WHERE r.application = a.id AND r.stage = 'expert' AND r.reviewer = {:uid})`).
		Bind(dbx.Params{"uid": userID}).Row(&n)
	return n, err
}

// ---------------------------------------------------------------------
// Custom routes.
