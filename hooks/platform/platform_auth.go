package platform

import (
	"github.com/pocketbase/pocketbase/core"
	"net/http"
)

// Roles of users.role (DESIGN §1).
const (
	RoleProvider   = "provider"
	RoleEnterprise = "enterprise"
	RoleOperator   = "operator"
	RoleDepartment = "department"
)

// AuthUser returns the signed-in users record of e, or a 401.
func AuthUser(e *core.RequestEvent) (*core.Record, error) {
	if e.Auth == nil || e.Auth.Collection().Name != "users" {
		return nil, Error(http.StatusUnauthorized, "请先登录")
	}
	return e.Auth, nil
}

// HasRole reports whether user has one of roles.
func HasRole(user *core.Record, roles ...string) bool {
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

// RequireCertified refuses (403) unless user belongs to an enterprise whose
// certification is approved (DESIGN §2 gating). action completes the
// message, e.g. "上架商品" gives "企业认证通过后才能上架商品".
func RequireCertified(app core.App, user *core.Record, action string) (*core.Record, error) {
	msg := "企业认证通过后才能" + action
	if user == nil || user.GetString("enterprise") == "" {
		return nil, Error(http.StatusForbidden, msg)
	}
	ent, err := app.FindRecordById("enterprises", user.GetString("enterprise"))
	if err != nil || ent.GetString("cert_status") != "approved" {
		return nil, Error(http.StatusForbidden, msg)
	}
	return ent, nil
}
