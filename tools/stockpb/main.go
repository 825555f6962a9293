// Command stockpb is the baseline of tools/bench: stock PocketBase v0.39 —
// a plain app with no smedx hooks, routes, migrations or web UI — with the
// database settings smedx uses (hooks/platform/platform_db.go), so that a ratio measures what
// smedx adds on top of PocketBase and nothing else. It serves a copy of the
// data dir the bench seeded (schema and rules live in the SQLite database,
// so the same records-API queries work on both servers).
//
//	stockpb serve --dir <copy of the seeded pb_data> --http 127.0.0.1:8091
//
// With --publicDir it serves that directory like PocketBase's prebuilt
// binary (examples/base): apis.Static with the index.html fallback.
// STOCKPB_PPROF=127.0.0.1:6061 additionally serves net/http/pprof there.
package main

import (
	"fmt"
	"log"
	"net/http"
	_ "net/http/pprof" // only listened on when STOCKPB_PPROF is set
	"os"
	"strconv"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

func main() {
	// The database settings of smedx's platform.ConnectDB (keep in step with it):
	// 16 read connections all kept idle, a 2 MB page cache each, closed
	// after 10 s unused. The ratios then measure what smedx's hooks,
	// rules and routes add, not a different pool.
	app := pocketbase.NewWithConfig(pocketbase.Config{
		DataMaxOpenConns: envInt("STOCKPB_DATA_MAX_OPEN_CONNS", dataConns),
		DataMaxIdleConns: envInt("STOCKPB_DATA_MAX_IDLE_CONNS", dataConns),
		DBConnect: func(dbPath string) (*dbx.DB, error) {
			return dbx.Open("sqlite", dbPath+"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=journal_size_limit(200000000)"+
				"&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(ON)&_pragma=temp_store(MEMORY)"+
				fmt.Sprintf("&_pragma=cache_size(-%d)", envInt("STOCKPB_CACHE_KB", cacheKB)))
		},
	})
	app.OnBootstrap().BindFunc(func(e *core.BootstrapEvent) error {
		if err := e.Next(); err != nil {
			return err
		}
		for _, b := range []dbx.Builder{e.App.ConcurrentDB(), e.App.NonconcurrentDB(), e.App.AuxConcurrentDB(), e.App.AuxNonconcurrentDB()} {
			if db, ok := b.(*dbx.DB); ok {
				db.DB().SetConnMaxIdleTime(idleTime)
			}
		}
		return nil
	})
	var publicDir string
	app.RootCmd.PersistentFlags().StringVar(&publicDir, "publicDir", "", "the directory to serve static files (none when empty)")
	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		if publicDir != "" && !e.Router.HasRoute(http.MethodGet, "/{path...}") {
			e.Router.GET("/{path...}", apis.Static(os.DirFS(publicDir), true))
		}
		return e.Next()
	})
	if addr := os.Getenv("STOCKPB_PPROF"); addr != "" {
		go func() { log.Println(http.ListenAndServe(addr, nil)) }()
	}
	if err := app.Start(); err != nil {
		log.Fatal(err)
	}
}

// smedx's values (hooks/platform/platform_db.go).
const (
	dataConns = 16
	cacheKB   = 2000
	idleTime  = 10 * time.Second
)

// envInt lets the bench follow a change of smedx's pool settings without
// editing this file.
func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}
