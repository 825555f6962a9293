package main

import (
	"github.com/pocketbase/pocketbase"
)

// registerCommands adds the smedx subcommands to the binary.
func registerCommands(app *pocketbase.PocketBase) {
	app.RootCmd.AddCommand(staffCommand(app))
	app.RootCmd.AddCommand(demoCommand(app))
}
