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
	"net/http"
	"net/http/httptest"
	"testing"

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
	ta, err := tests.NewTestAppWithConfig(core.BaseAppConfig{DataDir: t.TempDir(), EncryptionEnv: "pb_test_env", DBConnect: platform.ConnectDB})
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
