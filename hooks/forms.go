package hooks

import "github.com/pocketbase/pocketbase/core"

// registerForms binds the hooks and routes of schema-driven enterprise questionnaires.
func registerForms(app core.App) {
}
