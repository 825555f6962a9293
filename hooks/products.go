package hooks

import "github.com/pocketbase/pocketbase/core"

// registerProducts binds the hooks and routes of product listing rules, public catalog, preview (issue 5).
func registerProducts(app core.App) {
}
