// Package hooks is the door to smedx's domain logic: Register binds every
// domain package to an app and is what main.go and the test apps call.
// ServePublic serves the embedded web UI.
//
// The domain packages sit under hooks/, each with one Register and a small
// exported surface. Dependencies point one way, from the top of this list
// to the bottom; nothing imports upwards and a package imports only those
// below it:
//
//	settlement budgets, 兑付 (settlements), reconciliation (platform, workflow only)
//	exports   Excel exports, audit history, 操作日志, printable pages (platform, workflow only)
//	console   数据看板, management lists, disabled accounts (platform, workflow only)
//	commerce  cart, quote, checkout, orders, payments, ratings
//	vouchers  activities, batches, claims, expiry, voucher scopes
//	review    certification and publication review, revisions, workbench
//	content   announcements, public experts
//	catalog   products and their rules, catalog index, public catalog, preview
//	tenant    tenant users, menus and the menu guard, expert admin
//	accounts  sign-up, passwords, login, lockout, SMS
//	forms     dicts, form schemas, profile validation, credit code
//	workflow  state machines and every status / stage / type label (pure leaf)
//	platform  transactions, group writer, errors, auth, audit, notify, settings (leaf)
//
// (commerce → vouchers; review → catalog; catalog, tenant → forms; every
// domain package may use platform and workflow, which import no smedx
// package.) See ARCHITECTURE.md for the map.
package hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/accounts"
	"smedx/hooks/catalog"
	"smedx/hooks/commerce"
	"smedx/hooks/console"
	"smedx/hooks/content"
	"smedx/hooks/exports"
	"smedx/hooks/forms"
	"smedx/hooks/platform"
	"smedx/hooks/review"
	"smedx/hooks/settlement"
	"smedx/hooks/tenant"
	"smedx/hooks/vouchers"
)

// Register binds every hook and route of smedx to app. The order is the
// order hooks of the same event run in (e.g. the validations of
// enterprises: accounts, review, forms).
func Register(app core.App) {
	platform.Register(app)   // settings, Chinese errors, notification mails, read cache
	accounts.Register(app)   // registration, passwords, SMS login, lockout
	review.Register(app)     // certification, product review, to-dos, workbench
	catalog.Register(app)    // listing rules, catalog index, my products, preview, catalog
	content.Register(app)    // public experts, announcements
	vouchers.Register(app)   // activities, batches, claims, expiry
	commerce.Register(app)   // cart, quote, checkout, payment, ratings
	settlement.Register(app) // budgets, 兑付, reconciliation (after orders and vouchers)
	tenant.Register(app)     // tenant users, menus and their guard, experts
	forms.Register(app)      // dicts and the enterprise questionnaires
	exports.Register(app)    // Excel exports, audit history and 操作日志, printable documents
	console.Register(app)    // 数据看板, operator management lists, disabled accounts
}
