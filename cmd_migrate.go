package main

import (
	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/plugins/migratecmd"
)

// registerMigrate adds PocketBase's `migrate` command (up, down N,
// history-sync, create, collections). The schema lives in Go migrations
// (migrations/, blank-imported by main.go), so automigrate stays off: a
// collection changed in the dashboard is not written back as a file.
// `create` and `collections` write Go files into ./migrations relative to
// the data dir's parent — useful only in a source checkout.
func registerMigrate(app *pocketbase.PocketBase) {
	migratecmd.MustRegister(app, app.RootCmd, migratecmd.Config{
		TemplateLang: migratecmd.TemplateLangGo,
		Automigrate:  false,
	})
}
