package exports

import (
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
)

// Who may export what. Operators and the department read every dataset
// (the province's statistics need all of it); the admin of a certified
// tenant exports its own orders, the condition forced into the query, not
// left to the filter; everyone else is refused.

// exportScope answers "" for an unrestricted export, or the enterprise id
// every row must belong to.
func exportScope(e *core.RequestEvent, d *Dataset) (string, error) {
	if e.HasSuperuserAuth() {
		return "", nil
	}
	user, err := platform.AuthUser(e)
	if err != nil {
		return "", err
	}
	if isStaff(user) {
		return "", nil
	}
	if d.TenantWhere == "" || !platform.HasRole(user, platform.RoleProvider, platform.RoleEnterprise) {
		return "", apis.NewForbiddenError("只有运营人员和工信厅可以导出"+d.Title+"数据", nil)
	}
	if !user.GetBool("tenant_admin") {
		return "", apis.NewForbiddenError("只有企业管理员可以导出本企业的"+d.Title, nil)
	}
	ent, err := platform.RequireCertified(e.App, user, "导出"+d.Title)
	if err != nil {
		return "", err
	}
	return ent.Id, nil
}

// mayExport reports whether user may export d at all (the catalogue).
func mayExport(user *core.Record, d *Dataset) bool {
	if user == nil {
		return false
	}
	if user.IsSuperuser() || isStaff(user) {
		return true
	}
	return d.TenantWhere != "" && user.GetBool("tenant_admin") &&
		platform.HasRole(user, platform.RoleProvider, platform.RoleEnterprise)
}

// isStaff: platform operators and department reviewers.
func isStaff(user *core.Record) bool {
	return user != nil && user.Collection().Name == "users" &&
		platform.HasRole(user, platform.RoleOperator, platform.RoleDepartment)
}
