// Command smedx runs the SME Digital Transformation Public Service Platform
// (中小企业数字化转型公共服务平台): PocketBase with the smedx schema, hooks,
// routes and the embedded web UI, as one binary.
package main

import (
	"embed"
	"log"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks"
	_ "smedx/migrations"
)

// publicFS is the web UI, served at / from inside the binary.
//
//go:embed all:pb_public
var publicFS embed.FS

func main() {
	app := pocketbase.NewWithConfig(pocketbase.Config{
		// Keep every read connection open: reopening one (pragmas and a
		// schema parse) was the largest cost of a claim under load, see
		// `smedx bench`.
		DataMaxIdleConns: core.DefaultDataMaxOpenConns,
	})
	hooks.Register(app)
	hooks.ServePublic(app, publicFS)
	registerCommands(app)
	if err := app.Execute(); err != nil {
		log.Fatal(err)
	}
}
