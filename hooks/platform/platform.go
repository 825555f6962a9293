// Package platform is the shared plumbing of smedx's domain packages: the
// write path (RunTx with busy retries, the group writer RunGrouped, the
// short-lived read cache), errors with Chinese messages and the middleware
// that translates PocketBase's own English errors, auth and role helpers,
// the audit trail, notifications and their mails, record and paging
// helpers, the China time zone and the deployment settings.
//
// It imports no other smedx package: every domain package may use it.
package platform

import "github.com/pocketbase/pocketbase/core"

// Register binds the platform's own hooks: deployment settings from the
// environment, the Chinese error middleware on every route, the mail that
// follows each notification, the invalidation of the read cache and the
// auth cache in front of PocketBase's token lookup. It runs
// before every domain package (hooks.Register).
func Register(app core.App) {
	registerSettings(app)
	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		e.Router.Bind(zhErrorsMiddleware())
		return e.Next()
	})
	registerNotify(app)
	registerHotCache(app)
	registerAuthCache(app)
	registerWritable(app)
	registerSecurity(app)
}
