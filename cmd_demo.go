package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

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
			fmt.Println()
			res.PrintLogins(os.Stdout)
			fmt.Printf("\n下一步：%s\n然后访问 http://127.0.0.1:8090/（管理后台 /_/）。\n", nextServeCommand(cmd))
			return nil
		},
	}
}

// nextServeCommand is the command that serves the data dir just loaded:
// as the user ran this one ("go run ." from go's build cache, else the
// binary's path), with the same --dir and --encryptionEnv, and --demo,
// the demo mode in which SMS codes may go to the log.
func nextServeCommand(cmd *cobra.Command) string {
	parts := []string{os.Args[0]}
	if strings.Contains(filepath.ToSlash(os.Args[0]), "/go-build") {
		parts = []string{"go", "run", "."}
	}
	parts = append(parts, "serve", "--demo")
	for _, name := range []string{"dir", "encryptionEnv"} {
		if f := cmd.Flags().Lookup(name); f != nil && f.Changed {
			parts = append(parts, "--"+name, shellQuote(f.Value.String()))
		}
	}
	return strings.Join(parts, " ")
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@%+,") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
