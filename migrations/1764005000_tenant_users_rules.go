package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Tenant user management (issue 7).
//
//   - users.manageRule: the tenant admin manages the other users of his
//     tenant, so he may change their email (PocketBase otherwise requires
//     the email-change confirmation) — hooks/tenant.go limits what an admin
//     may edit to phone, email, name and menus; passwords only through the
//     reset-password route.
//   - users.deleteRule: the tenant admin of the user's tenant, himself
//     included, so deleting himself is refused by the hook with a clear
//     message instead of a bare 404.
//   - indexes for the admin's user list (search by name) and the pending
//     expert-assignment lookups.
func init() {
	m.Register(func(app core.App) error {
		users, err := app.FindCollectionByNameOrId("users")
		if err != nil {
			return err
		}
		tenantAdmin := `(@request.auth.tenant_admin = true && @request.auth.enterprise != "" && enterprise = @request.auth.enterprise)`
		users.ManageRule = rule(tenantAdmin + ` && id != @request.auth.id`)
		users.DeleteRule = rule(tenantAdmin)
		users.AddIndex("idx_users_enterprise_created", false, "enterprise, created", "")
		return app.Save(users)
	}, func(app core.App) error {
		users, err := app.FindCollectionByNameOrId("users")
		if err != nil {
			return err
		}
		tenantAdmin := `(@request.auth.tenant_admin = true && @request.auth.enterprise != "" && enterprise = @request.auth.enterprise)`
		users.ManageRule = nil
		users.DeleteRule = rule(tenantAdmin + ` && id != @request.auth.id`)
		users.RemoveIndex("idx_users_enterprise_created")
		return app.Save(users)
	})
}
