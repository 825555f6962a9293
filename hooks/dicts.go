package hooks

import "github.com/pocketbase/pocketbase/core"

// registerDicts binds the hooks and routes of option lists (dicts) served to the forms.
func registerDicts(app core.App) {
}
