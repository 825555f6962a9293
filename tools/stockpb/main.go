// Command stockpb is the baseline of tools/bench: stock PocketBase v0.39 —
// a plain app with no smedx hooks, routes, migrations or web UI — with the
// database settings smedx's main.go uses, so that a ratio measures what
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
	"log"
	"net/http"
	_ "net/http/pprof" // only listened on when STOCKPB_PPROF is set
	"os"
	"strconv"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

func main() {
	app := pocketbase.NewWithConfig(pocketbase.Config{
		// The pool settings of smedx's main.go (keep in step with it):
		// every read connection is kept idle instead of PocketBase's 15.
		DataMaxOpenConns: envInt("STOCKPB_DATA_MAX_OPEN_CONNS", core.DefaultDataMaxOpenConns),
		DataMaxIdleConns: envInt("STOCKPB_DATA_MAX_IDLE_CONNS", core.DefaultDataMaxOpenConns),
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

// envInt lets the bench follow a change of smedx's pool settings without
// editing this file.
func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}
