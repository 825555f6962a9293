package hooks

import "github.com/pocketbase/pocketbase/core"

// registerVouchers binds the hooks and routes of voucher activities, batches, claims and expiry (issue 6).
func registerVouchers(app core.App) {
}
