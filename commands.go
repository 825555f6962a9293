package main

import (
	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/cmd"

	"smedx/hooks/replica"
)

// registerCommands adds PocketBase's own commands (serve, with smedx's
// --demo flag, and superuser) and the smedx subcommands to the binary;
// main runs app.Execute instead of app.Start, which would add a second
// serve command without --demo.
func registerCommands(app *pocketbase.PocketBase) {
	app.RootCmd.AddCommand(cmd.NewSuperuserCommand(app))
	app.RootCmd.AddCommand(serveCommand(app))
	app.RootCmd.AddCommand(staffCommand(app))
	app.RootCmd.AddCommand(demoCommand(app))
	app.RootCmd.AddCommand(restoreCommand(app))
	app.RootCmd.AddCommand(reconcileCommand(app))
	registerMigrate(app)
	replica.Register(app) // global --replica: serve streams, restore reads
}
