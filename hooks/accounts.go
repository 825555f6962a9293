package hooks

import "github.com/pocketbase/pocketbase/core"

// registerAccounts binds the hooks and routes of registration, passwords, SMS login, lockout (issue 3).
func registerAccounts(app core.App) {
}
