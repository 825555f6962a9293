package hooks

import "github.com/pocketbase/pocketbase/core"

// registerTenant binds the hooks and routes of tenant user management, menu permissions, experts (issue 7).
func registerTenant(app core.App) {
}
