// Command smedx runs the SME Digital Transformation Public Service Platform
// (中小企业数字化转型公共服务平台): PocketBase with the smedx schema, hooks,
// routes and the embedded web UI, as one binary.
package main

import (
	"embed"
	"log"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks"
	"smedx/hooks/platform"
	_ "smedx/migrations"
)

// publicFS is the web UI, served at / from inside the binary.
//
//go:embed all:pb_public
var publicFS embed.FS

// shortIdle applies platform.IdleTime to every pool, after PocketBase opened them
// (it sets 3 minutes; it runs again after a restore re-bootstraps).
func shortIdle(e *core.BootstrapEvent) error {
	if err := e.Next(); err != nil {
		return err
	}
	for _, b := range []dbx.Builder{e.App.ConcurrentDB(), e.App.NonconcurrentDB(), e.App.AuxConcurrentDB(), e.App.AuxNonconcurrentDB()} {
		if db, ok := b.(*dbx.DB); ok {
			db.DB().SetConnMaxIdleTime(platform.IdleTime)
		}
	}
	return nil
}

func main() {
	app := pocketbase.NewWithConfig(pocketbase.Config{
		DataMaxOpenConns: platform.DataConns,
		DataMaxIdleConns: platform.DataConns,
		DBConnect:        platform.ConnectDB,
	})
	app.OnBootstrap().BindFunc(shortIdle)
	hooks.Register(app)
	hooks.ServePublic(app, publicFS)
	registerCommands(app)
	if err := app.Execute(); err != nil {
		log.Fatal(err)
	}
}
