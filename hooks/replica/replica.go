// Package replica streams pb_data's SQLite databases to a replica with
// Litestream (used as a library) while `serve` runs, and restores a data
// dir from it, to the latest transaction or to a point in time.
//
// Enabled by `--replica URL` (a global flag, like --dir) or
// SMEDX_REPLICA_URL; tuned by SMEDX_REPLICA_SYNC_INTERVAL (how often the
// WAL is read and shipped, default 1s: the recovery point) and
// SMEDX_REPLICA_RETENTION (how far back a restore can go, default 72h).
// Uploaded files are not in SQLite: keep them on S3 storage (PocketBase's
// own setting) when the replica is the recovery plan.
package replica

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/spf13/pflag"
)

// Environment variables read by Register.
const (
	EnvURL          = "SMEDX_REPLICA_URL"
	EnvSyncInterval = "SMEDX_REPLICA_SYNC_INTERVAL"
	EnvRetention    = "SMEDX_REPLICA_RETENTION"
)

const flagName = "replica"

// Register adds the global `--replica` flag and, when a replica is set and
// the command is `serve`, hands the databases' checkpoints to Litestream
// before PocketBase opens them, starts streaming before the first request
// is served and stops (after a last sync) when the app terminates.
func Register(app *pocketbase.PocketBase) {
	app.RootCmd.PersistentFlags().String(flagName, os.Getenv(EnvURL),
		"复制目标：file:///文件夹 或 s3://存储桶/路径?endpoint=…&region=…（serve 时持续复制 pb_data 的数据库；restore 从这里恢复；默认取 "+EnvURL+"）")

	var target *Target
	var streamer *Streamer

	app.OnBootstrap().BindFunc(func(e *core.BootstrapEvent) error {
		cmd, _, err := app.RootCmd.Find(os.Args[1:])
		if err != nil || cmd.Name() != "serve" {
			return e.Next()
		}
		// Cobra parses the flags only after the bootstrap, but the
		// connections opened by it must already leave checkpoints to
		// Litestream, so the flag is read here as PocketBase reads --dir.
		raw := eagerFlag(os.Args[1:], os.Getenv(EnvURL))
		if raw == "" {
			return e.Next()
		}
		if target, err = ParseURL(raw); err != nil {
			return err
		}
		manageCheckpoints(app.DataDir())
		return e.Next()
	})

	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		if target == nil {
			return se.Next()
		}
		opts, err := OptionsFromEnv(os.Getenv)
		if err != nil {
			return err
		}
		if streamer, err = Start(context.Background(), se.App.DataDir(), target, opts, litestreamLogger(se.App)); err != nil {
			return fmt.Errorf("无法启动数据库复制到 %s: %w", target, err)
		}
		replaceNightlyTruncate(se.App)
		se.App.Logger().Info("Replicating databases", "replica", target.String(),
			"databases", Databases, "syncInterval", opts.SyncInterval.String(), "retention", opts.Retention.String())
		bindStatusRoutes(se, streamer)
		return se.Next()
	})

	// After the HTTP server stopped (pbGracefulShutdown, priority -9999)
	// and the log batch was written (-999), before the databases close.
	app.OnTerminate().Bind(&hook.Handler[*core.TerminateEvent]{
		Id: "smedxReplicaStop",
		Func: func(te *core.TerminateEvent) error {
			if streamer != nil {
				ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
				if err := streamer.Close(ctx); err != nil {
					te.App.Logger().Error("Replica: last sync failed", "error", err.Error())
				}
				cancel()
				releaseCheckpoints(te.App.DataDir())
				streamer = nil
			}
			return te.Next()
		},
		Priority: -100,
	})
}

// URL is the value of the global --replica flag (after cobra parsed it).
func URL(app *pocketbase.PocketBase) string {
	if f := app.RootCmd.PersistentFlags().Lookup(flagName); f != nil {
		return f.Value.String()
	}
	return os.Getenv(EnvURL)
}

// eagerFlag reads --replica from args, skipping every other flag.
func eagerFlag(args []string, def string) string {
	fs := pflag.NewFlagSet(flagName, pflag.ContinueOnError)
	fs.ParseErrorsAllowlist.UnknownFlags = true
	fs.SetOutput(io.Discard)
	v := fs.String(flagName, def, "")
	_ = fs.Parse(args)
	return *v
}

// Options tune the streaming.
type Options struct {
	// SyncInterval is how often the WAL is read into LTX files and how
	// often those are shipped: a write reaches the replica within about
	// twice this.
	SyncInterval time.Duration
	// Retention is how long snapshots (and with them the point-in-time
	// history) are kept.
	Retention time.Duration
}

// OptionsFromEnv reads SMEDX_REPLICA_SYNC_INTERVAL and
// SMEDX_REPLICA_RETENTION (Go durations: "500ms", "72h").
func OptionsFromEnv(env func(string) string) (Options, error) {
	o := Options{SyncInterval: time.Second, Retention: 72 * time.Hour}
	for _, v := range []struct {
		name string
		dst  *time.Duration
		min  time.Duration
	}{{EnvSyncInterval, &o.SyncInterval, 100 * time.Millisecond}, {EnvRetention, &o.Retention, time.Hour}} {
		raw := env(v.name)
		if raw == "" {
			continue
		}
		d, err := time.ParseDuration(raw)
		if err != nil || d < v.min {
			return o, fmt.Errorf("%s=%q 无效：需要不小于 %s 的时长（如 500ms、72h）", v.name, raw, v.min)
		}
		*v.dst = d
	}
	return o, nil
}

// litestreamLogger sends Litestream's warnings and errors to the app log
// (dashboard) and to stderr (journald). Its info lines (compactions every
// few seconds) are left out.
func litestreamLogger(app core.App) *slog.Logger {
	return slog.New(slog.NewMultiHandler(
		minLevel{slog.LevelWarn, app.Logger().Handler()},
		slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}),
	)).With("component", "litestream")
}

type minLevel struct {
	min slog.Level
	h   slog.Handler
}

func (m minLevel) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= m.min && m.h.Enabled(ctx, l)
}
func (m minLevel) Handle(ctx context.Context, r slog.Record) error { return m.h.Handle(ctx, r) }
func (m minLevel) WithAttrs(a []slog.Attr) slog.Handler            { return minLevel{m.min, m.h.WithAttrs(a)} }
func (m minLevel) WithGroup(n string) slog.Handler                 { return minLevel{m.min, m.h.WithGroup(n)} }
