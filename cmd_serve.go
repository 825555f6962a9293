package main

import (
	"fmt"
	"os"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/cmd"
	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cobra"

	"smedx/demo"
	"smedx/hooks/accounts"
)

// serveCommand is PocketBase's serve with --demo: load the demo data set
// before serving (idempotent), print its logins, and run in demo mode,
// where SMS codes may go to the log (accounts.AllowLogSMS).
func serveCommand(app *pocketbase.PocketBase) *cobra.Command {
	serve := cmd.NewServeCommand(app, true)
	var withDemo bool
	serve.Flags().BoolVar(&withDemo, "demo", false, "先载入演示数据（可重复，不会重复插入）并打印演示帐号；演示模式下短信验证码只写进日志")
	serve.PreRunE = func(*cobra.Command, []string) error {
		if withDemo {
			accounts.AllowLogSMS(app)
		}
		return nil
	}
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		if !withDemo {
			return se.Next()
		}
		res, err := demo.Load(se.App)
		if err != nil {
			return err
		}
		if res.AlreadyLoaded {
			fmt.Println("演示数据已存在。")
		} else {
			fmt.Println("演示数据已载入。")
		}
		res.PrintLogins(os.Stdout)
		fmt.Println()
		return se.Next()
	})
	return serve
}
