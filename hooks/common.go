package hooks

import (
	validation "github.com/go-ozzo/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

// Roles of users.role (DESIGN §1).
const (
	RoleProvider   = "provider"
	RoleEnterprise = "enterprise"
	RoleOperator   = "operator"
	RoleDepartment = "department"
)

// fieldError is a 400 whose data names the offending field, the shape every
// form of the UI maps back onto the field.
func fieldError(field, code, message string) error {
	return apis.NewBadRequestError(message, validation.Errors{
		field: validation.NewError(code, message),
	})
}

// authUser returns the signed-in users record of e, or a 401.
func authUser(e *core.RequestEvent) (*core.Record, error) {
	if e.Auth == nil || e.Auth.Collection().Name != "users" {
		return nil, apis.NewUnauthorizedError("请先登录", nil)
	}
	return e.Auth, nil
}

// hasRole reports whether user has one of roles.
func hasRole(user *core.Record, roles ...string) bool {
	if user == nil {
		return false
	}
	role := user.GetString("role")
	for _, r := range roles {
		if r == role {
			return true
		}
	}
	return false
}
