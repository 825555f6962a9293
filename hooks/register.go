// Package hooks holds the domain logic of smedx: model hooks that keep the
// invariants (transitions, gating, tenancy, money), the custom routes under
// /api/smedx/ and the helpers they share. One file per area; Register binds
// them all and is what main.go and the test apps call.
package hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/exports"
	"smedx/hooks/platform"
)

// Register binds every hook and route of smedx to app.
func Register(app core.App) {
	platform.Register(app) // settings, Chinese errors, notification mails, hot cache
	registerAccounts(app)  // accounts.go: registration, passwords, SMS login, lockout
	registerReview(app)    // review.go: certification, product review, to-dos, notifications
	registerProducts(app)  // products.go: listing validation, catalog, preview
	registerVouchers(app)  // vouchers.go: activities, batches, claims, expiry
	registerOrders(app)    // orders.go: cart, quote, checkout, payment, ratings
	registerTenant(app)    // tenant.go: tenant users, menus, experts
	registerDicts(app)     // dicts.go: option lists for the forms
	registerForms(app)     // forms.go: schema-driven enterprise questionnaires
	exports.Register(app)  // exports: Excel exports, record history, operation log, printed documents
}
