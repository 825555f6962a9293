package main

import (
	"github.com/pocketbase/pocketbase"
	"github.com/spf13/cobra"
)

func demoCommand(app *pocketbase.PocketBase) *cobra.Command {
	return &cobra.Command{Use: "demo", Short: "载入演示数据"}
}
