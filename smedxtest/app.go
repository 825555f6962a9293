// Package smedxtest is the test harness of smedx: a real app (all
// migrations, every hook and route) on a temporary data dir, served over
// loopback HTTP, with fixtures for each role. API tests of every area use it:
//
//	a := smedxtest.New(t)
//	f := a.Fixtures()
//	res := a.Do("GET", "/api/collections/orders/records", f.EnterpriseA.Admin, nil)
//	res.Status(t, 200)
package smedxtest

import (
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"smedx/hooks"
	"smedx/hooks/accounts"
	"smedx/hooks/platform"
	_ "smedx/migrations"
)

// Password is the password of every fixture and demo account.
const Password = "Smedx@2026"

// App is a running test app and its HTTP server.
type App struct {
	*tests.TestApp
	T      testing.TB
	Server *httptest.Server
	Client *http.Client
}

// New starts a fresh app on a temporary data dir; it is cleaned up with t.
func New(t testing.TB) *App {
	t.Helper()
	return NewWith(t, nil)
}

// NewWith is New with setup run on the app after the hooks are registered
// and before it serves (e.g. hooks.ServePublic for the web UI).
func NewWith(t testing.TB, setup func(app core.App)) *App {
	t.Helper()
	// The databases open through platform.ConnectDB (the statement cache
	// main.go serves with), from a copy of the migrated dir.
	ta, err := tests.NewTestAppWithConfig(core.BaseAppConfig{DataDir: MigratedDir(t), EncryptionEnv: "pb_test_env", DBConnect: platform.ConnectDB})
	if err != nil {
		t.Fatal(err)
	}
	hooks.Register(ta)
	// Tests read the codes from sms_outbox: the log provider, chosen
	// explicitly (from the environment it would refuse a non-demo start).
	accounts.SetSMSSender(ta, &accounts.LogSMSSender{App: ta})
	if setup != nil {
		setup(ta)
	}

	router, err := apis.NewRouter(ta)
	if err != nil {
		t.Fatal(err)
	}
	var mux http.Handler
	se := &core.ServeEvent{App: ta, Router: router}
	err = ta.OnServe().Trigger(se, func(e *core.ServeEvent) error {
		m, err := e.Router.BuildMux()
		mux = m
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(mux)
	a := &App{TestApp: ta, T: t, Server: srv, Client: srv.Client()}
	t.Cleanup(func() {
		srv.Close()
		ta.Cleanup()
	})
	return a
}

// MigratedDir returns a new data dir under t.TempDir() holding the database
// every test app starts from: PocketBase's and smedx's migrations applied
// to an empty dir. The migrations run once per test binary (they cost
// seconds per app, the copy milliseconds); each call writes the migrated
// files anew, so apps share nothing. tests.NewTestApp(MigratedDir(t))
// then finds every migration applied and runs none.
func MigratedDir(t testing.TB) string {
	t.Helper()
	files, err := migrated()
	if err != nil {
		t.Fatalf("migrated data dir: %v", err)
	}
	dir := t.TempDir()
	for rel, b := range files {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// migrated is the content of a freshly migrated data dir (path relative
// to the dir → bytes), built on first use and kept in memory, so no
// template dir is left behind in /tmp.
var migrated = sync.OnceValues(func() (map[string][]byte, error) {
	src, err := os.MkdirTemp("", "smedxtest-migrate-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(src)
	// The same call New made for every app before: a clone of the empty
	// src, bootstrapped, every migration run (no smedx hooks registered).
	ta, err := tests.NewTestApp(src)
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(ta.DataDir())
	// Stopped as TestApp.Cleanup stops it (the logger flushes on
	// terminate), but the files are read once the databases are
	// checkpointed and closed: the copy is the whole database, no -wal.
	var files map[string][]byte
	err = ta.OnTerminate().Trigger(&core.TerminateEvent{App: ta}, func(e *core.TerminateEvent) error {
		for _, db := range []dbx.Builder{ta.NonconcurrentDB(), ta.AuxNonconcurrentDB()} {
			if _, err := db.NewQuery("PRAGMA wal_checkpoint(TRUNCATE)").Execute(); err != nil {
				return err
			}
		}
		if err := ta.ResetBootstrapState(); err != nil {
			return err
		}
		var err error
		if files, err = readDir(ta.DataDir()); err != nil {
			return err
		}
		return e.Next()
	})
	return files, err
})

// readDir reads every file under root (relative path → bytes), leaving
// out SQLite's -shm index; a -wal with content is an error (the database
// was not checkpointed).
func readDir(root string) (map[string][]byte, error) {
	files := map[string][]byte{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, "-shm") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if strings.HasSuffix(p, "-wal") {
			if len(b) > 0 {
				return fmt.Errorf("%s was not checkpointed", p)
			}
			return nil
		}
		rel, err := filepath.Rel(root, p)
		files[rel] = b
		return err
	})
	if err == nil && files["data.db"] == nil {
		err = fmt.Errorf("no data.db in the migrated dir %s", root)
	}
	return files, err
}
