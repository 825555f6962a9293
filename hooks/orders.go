package hooks

import "github.com/pocketbase/pocketbase/core"

// registerOrders binds the hooks and routes of cart, quote, checkout, payment and ratings (issue 6).
func registerOrders(app core.App) {
}
