package tenant

import (
	"net/http"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/menus"
	"smedx/hooks/platform"
)

// The routes of the workbench menus (应用内权限配置, guide §4.7 图4-17):
// the signed-in user's navigation and a role's catalogue for the
// permission dialog. The catalogue itself is hooks/menus.

func registerMenuRoutes(se *core.ServeEvent) {
	// The signed-in user's navigation.
	se.Router.GET("/api/smedx/menus", func(e *core.RequestEvent) error {
		user, err := platform.AuthUser(e)
		if err != nil {
			return err
		}
		g := menus.ForUser(e.App, user)
		_, configured := menus.Stored(user)
		return e.JSON(http.StatusOK, map[string]any{
			"role":         user.GetString("role"),
			"tenant_admin": user.GetBool("tenant_admin"),
			"is_expert":    user.GetBool("is_expert"),
			"configured":   configured,
			"items":        menus.UserTree(user, g),
			"allowed":      menus.GrantedKeys(user.GetString("role"), g),
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
		list := menus.Catalogue(role)
		if list == nil {
			return platform.FieldError("role", "role_invalid", "角色不存在："+role)
		}
		return e.JSON(http.StatusOK, map[string]any{
			"role":         role,
			"items":        list,
			"configurable": menus.Configurable(role),
			"defaults":     menus.Configurable(role),
		})
	}).Bind(apis.RequireAuth("users"))
}
