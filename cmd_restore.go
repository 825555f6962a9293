package main

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/spf13/cobra"

	"smedx/hooks/replica"
)

// restoreCommand rebuilds a data dir from the replica that `serve
// --replica` streams to (hooks/replica).
func restoreCommand(app *pocketbase.PocketBase) *cobra.Command {
	var at string
	cmd := &cobra.Command{
		Use:          "restore",
		Short:        "从复制目标恢复数据目录（最新状态或指定时间点），写入新的空目录",
		SilenceUsage: true,
		Example: `  smedx restore --replica file:///var/backups/smedx --dir /var/lib/smedx/pb_data.restored
  smedx restore --replica s3://bucket/smedx?endpoint=https://oss-cn-jinan.aliyuncs.com&region=cn-jinan \
      --dir /var/lib/smedx/pb_data.restored --timestamp '2026-05-01 09:30:00'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if restoreSavedLogger != nil {
				slog.SetDefault(restoreSavedLogger)
			}
			url := replica.URL(app)
			if url == "" {
				return errors.New("请用 --replica 或 " + replica.EnvURL + " 指定复制目标")
			}
			if !app.RootCmd.PersistentFlags().Changed("dir") {
				return errors.New("请用 --dir 指定恢复到的新数据目录（不能与正在使用的目录相同）")
			}
			var ts time.Time
			if at != "" {
				var err error
				if ts, err = parseTimestamp(at); err != nil {
					return err
				}
			}
			res, err := replica.Restore(cmd.Context(), url, app.DataDir(), ts)
			if err != nil {
				return err
			}
			when := "最新状态"
			if !ts.IsZero() {
				when = ts.Local().Format("2006-01-02 15:04:05 MST") + " 时的状态"
			}
			fmt.Printf("已从 %s 恢复到 %s（%s）：\n", url, app.DataDir(), when)
			for _, r := range res {
				if r.Skipped != "" {
					fmt.Printf("  %-14s 未恢复（%s）；PocketBase 将新建空的日志库\n", r.Name, r.Skipped)
					continue
				}
				fmt.Printf("  %-14s 副本覆盖 %s 至 %s\n", r.Name,
					r.From.Local().Format("2006-01-02 15:04:05"), r.To.Local().Format("2006-01-02 15:04:05"))
			}
			fmt.Printf("\n检查无误后启动：smedx serve --dir %s [--replica 新的复制目标]\n", app.DataDir())
			return nil
		},
	}
	cmd.Flags().StringVar(&at, "timestamp", "", "恢复到该时间点（RFC 3339，如 2026-05-01T09:30:00+08:00，或本地时间 2026-05-01 09:30:00）；默认最新")

	// PocketBase opens (and so creates) the data dir before any command
	// runs; restore must find it without databases, so for this command
	// the bootstrap is skipped — first in the chain, so no other bootstrap
	// hook runs on the unopened app. PocketBase then warns that the app is
	// not bootstrapped: that warning is silenced until the command runs.
	app.OnBootstrap().Bind(&hook.Handler[*core.BootstrapEvent]{
		Id:       "smedxRestoreSkipsBootstrap",
		Priority: -10000,
		Func: func(e *core.BootstrapEvent) error {
			if c, _, err := app.RootCmd.Find(os.Args[1:]); err == nil && c == cmd {
				restoreSavedLogger = slog.Default()
				slog.SetDefault(slog.New(slog.DiscardHandler))
				return nil
			}
			return e.Next()
		},
	})
	return cmd
}

// restoreSavedLogger is slog's default logger while the bootstrap of
// restore is silenced.
var restoreSavedLogger *slog.Logger

// parseTimestamp reads RFC 3339 or "YYYY-MM-DD HH:MM:SS" in local time.
func parseTimestamp(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.ParseInLocation("2006-01-02 15:04:05", s, time.Local); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("--timestamp %q 无法识别：请用 2026-05-01T09:30:00+08:00 或 2026-05-01 09:30:00", s)
}
