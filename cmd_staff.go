package main

import (
	"github.com/pocketbase/pocketbase"
	"github.com/spf13/cobra"
)

func staffCommand(app *pocketbase.PocketBase) *cobra.Command {
	return &cobra.Command{Use: "staff", Short: "管理平台人员帐号（运营人员、工信厅审核人员）"}
}
