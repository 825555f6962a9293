package main

import (
	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"

	"smedx/demo"
	"smedx/hooks/replica"
)

// registerCommands adds the smedx subcommands to the binary and the
// `serve --demo` flag that loads the demo data before serving.
func registerCommands(app *pocketbase.PocketBase) {
	app.RootCmd.AddCommand(staffCommand(app))
	app.RootCmd.AddCommand(demoCommand(app))
	app.RootCmd.AddCommand(restoreCommand(app))
	app.RootCmd.AddCommand(reconcileCommand(app))
	registerMigrate(app)
	replica.Register(app) // global --replica: serve streams, restore reads

	var withDemo bool
	app.RootCmd.PersistentFlags().BoolVar(&withDemo, "demo", false, "serve 时先载入演示数据（可重复，不会重复插入）")
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		if withDemo {
			if _, err := demo.Load(se.App); err != nil {
				return err
			}
		}
		return se.Next()
	})
}
