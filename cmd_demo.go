package main

import (
	"fmt"

	"github.com/pocketbase/pocketbase"
	"github.com/spf13/cobra"

	"smedx/demo"
)

// demoCommand loads the demo data set into the data dir (--dir, as serve).
func demoCommand(app *pocketbase.PocketBase) *cobra.Command {
	return &cobra.Command{
		Use:   "demo",
		Short: "载入演示数据（可重复执行，不会重复插入）",
		RunE: func(cmd *cobra.Command, args []string) error {
			// Custom commands don't run migrations by themselves.
			if err := app.RunAllMigrations(); err != nil {
				return err
			}
			res, err := demo.Load(app)
			if err != nil {
				return err
			}
			if res.AlreadyLoaded {
				fmt.Println("演示数据已存在，未做改动。")
			} else {
				fmt.Println("演示数据已载入。")
			}
			for _, name := range demo.CountedCollections {
				fmt.Printf("  %-20s %d\n", name, res.Counts[name])
			}
			fmt.Printf("\n演示帐号（密码均为 %s）：\n", demo.Password)
			for _, a := range demo.Accounts {
				fmt.Printf("  %-22s %s\n", a.Username, a.Who)
			}
			fmt.Println("\n运行 `smedx serve` 后访问 http://127.0.0.1:8090/ 。")
			return nil
		},
	}
}
