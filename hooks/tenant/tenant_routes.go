package tenant

import (
	"net/http"
	"strings"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cast"

	"smedx/hooks/menus"
	"smedx/hooks/platform"
)

// Routes of 用户管理 under /api/smedx/tenant/users: the list, 重置密码 and
// 应用内权限配置 (registered in Register).

// tenantUserRow is one row of the admin's user list (表4-3) with what the
// row's actions need.
func tenantUserRow(u *core.Record, expert *core.Record) map[string]any {
	stored, configured := menus.Stored(u)
	var granted any
	if configured {
		granted = stored
	}
	return map[string]any{
		"id":              u.Id,
		"username":        u.GetString("username"),
		"name":            u.GetString("name"),
		"phone":           u.GetString("phone"),
		"email":           u.GetString("email"),
		"role":            u.GetString("role"),
		"tenant_admin":    u.GetBool("tenant_admin"),
		"is_expert":       u.GetBool("is_expert"),
		"expert_id":       recordID(expert),
		"expert_active":   expert != nil && expert.GetBool("active"),
		"menus":           granted,
		"menus_effective": menus.GrantedKeys(u.GetString("role"), menus.Of(u, u.GetBool("tenant_admin"))),
		"created":         u.GetDateTime("created"),
	}
}

func recordID(r *core.Record) string {
	if r == nil {
		return ""
	}
	return r.Id
}

// listTenantUsers: GET /api/smedx/tenant/users?q=&page=&perPage= — the
// users of the admin's tenant, newest first; q matches username, name or
// phone.
func listTenantUsers(e *core.RequestEvent) error {
	admin, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	tenant, err := requireTenantAdmin(e.App, admin)
	if err != nil {
		return err
	}
	query := e.Request.URL.Query()
	page := max(cast.ToInt(query.Get("page")), 1)
	perPage := cast.ToInt(query.Get("perPage"))
	if perPage <= 0 {
		perPage = 10
	}
	perPage = min(perPage, 100)

	where := dbx.And(dbx.HashExp{"enterprise": tenant.Id})
	if q := query.Get("q"); q != "" {
		// dbx.Like escapes with "\\" but SQLite needs the ESCAPE clause.
		like := "%" + strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(q) + "%"
		where = dbx.And(where, dbx.NewExp(`(username LIKE {:q} ESCAPE '\' OR name LIKE {:q} ESCAPE '\' OR phone LIKE {:q} ESCAPE '\')`, dbx.Params{"q": like}))
	}
	var total int
	if err := e.App.RecordQuery("users").Select("count(*)").AndWhere(where).Row(&total); err != nil {
		return err
	}
	users := []*core.Record{}
	err = e.App.RecordQuery("users").AndWhere(where).
		OrderBy("created DESC", "id DESC").
		Limit(int64(perPage)).Offset(int64((page - 1) * perPage)).All(&users)
	if err != nil {
		return err
	}
	experts := map[string]*core.Record{}
	if len(users) > 0 {
		ids := make([]any, len(users))
		for i, u := range users {
			ids[i] = u.Id
		}
		list := []*core.Record{}
		if err := e.App.RecordQuery("experts").AndWhere(dbx.In("user", ids...)).All(&list); err != nil {
			return err
		}
		for _, x := range list {
			experts[x.GetString("user")] = x
		}
	}
	items := make([]map[string]any, len(users))
	for i, u := range users {
		items[i] = tenantUserRow(u, experts[u.Id])
	}
	return e.JSON(http.StatusOK, map[string]any{
		"page": page, "perPage": perPage, "totalItems": total,
		"totalPages": (total + perPage - 1) / perPage, "items": items,
	})
}

// resetTenantUserPassword: POST /api/smedx/tenant/users/{id}/reset-password
// {password, passwordConfirm} (重置密码). The password rules and history
// are checked by the accounts area's users validation.
func resetTenantUserPassword(e *core.RequestEvent) error {
	admin, _, target, err := tenantTarget(e)
	if err != nil {
		return err
	}
	if target.Id == admin.Id {
		return platform.Error(http.StatusBadRequest, "请通过“修改密码”修改自己的密码")
	}
	var body struct {
		Password        string `json:"password" form:"password"`
		PasswordConfirm string `json:"passwordConfirm" form:"passwordConfirm"`
	}
	if err := e.BindBody(&body); err != nil {
		return platform.Error(http.StatusBadRequest, "提交的数据格式不正确")
	}
	errs := validation.Errors{}
	if body.Password == "" {
		errs["password"] = platform.Invalid("password_required", "请输入密码")
	}
	if body.PasswordConfirm == "" {
		errs["passwordConfirm"] = platform.Invalid("password_confirm_required", "请再次输入密码")
	} else if body.PasswordConfirm != body.Password {
		errs["passwordConfirm"] = platform.Invalid("password_confirm_mismatch", "两次输入的密码不一致")
	}
	if len(errs) > 0 {
		return platform.BadRequest(errs)
	}
	err = e.App.RunInTransaction(func(tx core.App) error {
		u, err := tx.FindRecordById("users", target.Id)
		if err != nil {
			return err
		}
		u.SetPassword(body.Password)
		if err := tx.Save(u); err != nil {
			return validationToBadRequest(err)
		}
		return platform.AuditRequest(tx, e, "tenant_user_reset_password", "users", u.Id, map[string]any{
			"username": u.GetString("username"),
		})
	})
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, map[string]any{"message": "重置密码成功"})
}

// setTenantUserMenus: PUT /api/smedx/tenant/users/{id}/menus {menus:[keys]}
// (应用内权限配置).
func setTenantUserMenus(e *core.RequestEvent) error {
	_, _, target, err := tenantTarget(e)
	if err != nil {
		return err
	}
	if target.GetBool("tenant_admin") {
		return platform.FieldError("menus", "admin_has_all", "企业管理员拥有全部菜单权限，无需配置")
	}
	info, err := e.RequestInfo()
	if err != nil {
		return err
	}
	raw, present := info.Body["menus"]
	if !present {
		return platform.FieldError("menus", "menus_required", "请选择菜单权限")
	}
	keys, err := menuKeysFromBody(raw)
	if err != nil {
		return err
	}
	norm, err := menus.Normalize(target.GetString("role"), keys)
	if err != nil {
		return err
	}
	var saved *core.Record
	err = e.App.RunInTransaction(func(tx core.App) error {
		u, err := tx.FindRecordById("users", target.Id)
		if err != nil {
			return err
		}
		before, _ := menus.Stored(u)
		u.Set("menus", norm)
		if err := tx.Save(u); err != nil {
			return validationToBadRequest(err)
		}
		saved = u
		return platform.AuditRequest(tx, e, "tenant_user_menus", "users", u.Id, map[string]any{
			"username": u.GetString("username"), "before": before, "after": norm,
		})
	})
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, map[string]any{
		"message":   "配置权限成功",
		"menus":     norm,
		"effective": menus.GrantedKeys(saved.GetString("role"), menus.Of(saved, false)),
	})
}
