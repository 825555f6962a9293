package platform_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks"
	_ "smedx/migrations"
	"smedx/smedxtest"
)

// envKeys are the variables these tests set; each boot sets all of them,
// "" meaning unset.
var envKeys = []string{
	"SMEDX_APP_URL", "SMEDX_RATE_LIMITS", "SMEDX_TRUSTED_PROXY_HEADERS", "SMEDX_TRUSTED_PROXY_LEFTMOST",
	"SMEDX_SMTP_HOST", "SMEDX_SMTP_PORT", "SMEDX_SMTP_TLS", "SMEDX_BACKUP_CRON", "SMEDX_BACKUP_KEEP",
	"SMEDX_S3_BUCKET", "SMEDX_S3_REGION", "SMEDX_S3_ENDPOINT", "SMEDX_S3_ACCESS_KEY", "SMEDX_S3_SECRET",
}

type booted struct {
	app core.App
	url string
}

// boot starts an app on dir the way `smedx serve` does — hooks bound
// before the bootstrap (so the settings hooks run), then the migrations,
// the serve hooks and the routes — over loopback HTTP, with env as the
// process environment. The app is stopped when t ends or by stop.
func boot(t *testing.T, dir string, env map[string]string) (*booted, func()) {
	t.Helper()
	for _, k := range envKeys {
		t.Setenv(k, env[k])
	}
	t.Setenv("SMEDX_SMS_ALLOW_LOG", "1")
	app := core.NewBaseApp(core.BaseAppConfig{DataDir: dir})
	hooks.Register(app)
	if err := app.Bootstrap(); err != nil {
		t.Fatal(err)
	}
	if err := app.RunAllMigrations(); err != nil {
		t.Fatal(err)
	}
	router, err := apis.NewRouter(app)
	if err != nil {
		t.Fatal(err)
	}
	var mux http.Handler
	err = app.OnServe().Trigger(&core.ServeEvent{App: app, Router: router}, func(e *core.ServeEvent) error {
		mux, err = e.Router.BuildMux()
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(mux)
	stopped := false
	stop := func() {
		if !stopped {
			stopped = true
			srv.Close()
			_ = app.ResetBootstrapState()
		}
	}
	t.Cleanup(stop)
	return &booted{app: app, url: srv.URL}, stop
}

// requestCode posts an invalid SMS code request (no phone) as a client
// behind a proxy that set X-Forwarded-For to xff: 400 while the client's
// bucket has room, 429 once it is full. The route allows 5 a minute.
func (b *booted) requestCode(t *testing.T, xff string) int {
	t.Helper()
	req, _ := http.NewRequest("POST", b.url+"/api/smedx/sms/code", strings.NewReader(`{"phone":"","purpose":"login"}`))
	req.Header.Set("Content-Type", "application/json")
	if xff != "" {
		req.Header.Set("X-Forwarded-For", xff)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res.StatusCode
}

// fill spends the 5 requests a minute of client xff and checks the 6th is
// refused.
func (b *booted) fill(t *testing.T, xff string) {
	t.Helper()
	for i := 1; i <= 5; i++ {
		if got := b.requestCode(t, xff); got != 400 {
			t.Fatalf("request %d of %q: %d, want 400", i, xff, got)
		}
	}
	if got := b.requestCode(t, xff); got != 429 {
		t.Fatalf("6th request of %q: %d, want 429", xff, got)
	}
}

// Behind nginx every request comes from the proxy's address: with
// SMEDX_TRUSTED_PROXY_HEADERS the rate limits count each client
// separately; without it the header is ignored and everyone shares the
// proxy's bucket. Each boot is a restart of an installed (migrated) data
// dir; a first start on an empty dir is TestEnvSettingsApplyAtEveryStart's.
func TestTrustedProxyRateLimitsPerClient(t *testing.T) {
	t.Run("configured", func(t *testing.T) {
		b, _ := boot(t, smedxtest.MigratedDir(t), map[string]string{"SMEDX_TRUSTED_PROXY_HEADERS": "X-Forwarded-For"})
		if h := b.app.Settings().TrustedProxy.Headers; len(h) != 1 || h[0] != "X-Forwarded-For" {
			t.Fatalf("trusted headers %v", h)
		}
		b.fill(t, "203.0.113.7")
		if got := b.requestCode(t, "198.51.100.9"); got != 400 {
			t.Errorf("another client behind the proxy: %d, want 400 (own bucket)", got)
		}
		// The rightmost address is the one nginx appended; a client
		// cannot escape its bucket by prepending another one.
		if got := b.requestCode(t, "192.0.2.1, 203.0.113.7"); got != 429 {
			t.Errorf("forged leftmost address: %d, want 429 (the rightmost counts)", got)
		}
	})
	t.Run("leftmost", func(t *testing.T) {
		b, _ := boot(t, smedxtest.MigratedDir(t), map[string]string{
			"SMEDX_TRUSTED_PROXY_HEADERS": "X-Forwarded-For", "SMEDX_TRUSTED_PROXY_LEFTMOST": "true",
		})
		b.fill(t, "203.0.113.7, 10.0.0.2")
		if got := b.requestCode(t, "198.51.100.9, 10.0.0.2"); got != 400 {
			t.Errorf("another client behind two proxies: %d, want 400", got)
		}
	})
	t.Run("not configured", func(t *testing.T) {
		b, _ := boot(t, smedxtest.MigratedDir(t), nil)
		if h := b.app.Settings().TrustedProxy.Headers; len(h) != 0 {
			t.Fatalf("trusted headers %v without the variable", h)
		}
		b.fill(t, "203.0.113.7")
		if got := b.requestCode(t, "198.51.100.9"); got != 429 {
			t.Errorf("header trusted without configuration: %d, want 429 (one shared bucket)", got)
		}
		if got := b.requestCode(t, ""); got != 429 {
			t.Errorf("no header: %d, want 429", got)
		}
	})
}

// Every variable applies at every start, not only the first: a second
// boot of the same data dir with other values changes the settings
// (including switching features off), and a boot without them keeps the
// values of the last one (what the dashboard shows and may change).
func TestEnvSettingsApplyAtEveryStart(t *testing.T) {
	dir := t.TempDir()

	b, stop := boot(t, dir, map[string]string{
		"SMEDX_APP_URL":               "https://a.example.gov.cn",
		"SMEDX_TRUSTED_PROXY_HEADERS": "X-Real-IP",
		"SMEDX_SMTP_HOST":             "smtp.example.gov.cn", "SMEDX_SMTP_PORT": "465", "SMEDX_SMTP_TLS": "true",
		"SMEDX_BACKUP_CRON": "0 3 * * *", "SMEDX_BACKUP_KEEP": "7",
		"SMEDX_S3_BUCKET": "files", "SMEDX_S3_REGION": "cn-jinan", "SMEDX_S3_ENDPOINT": "https://oss.example",
		"SMEDX_S3_ACCESS_KEY": "ak", "SMEDX_S3_SECRET": "sk",
	})
	s := b.app.Settings()
	if s.Meta.AppURL != "https://a.example.gov.cn" || !s.SMTP.Enabled || s.SMTP.Host != "smtp.example.gov.cn" ||
		s.SMTP.Port != 465 || !s.SMTP.TLS || s.Backups.Cron != "0 3 * * *" || s.Backups.CronMaxKeep != 7 ||
		!s.S3.Enabled || s.S3.Bucket != "files" || strings.Join(s.TrustedProxy.Headers, ",") != "X-Real-IP" ||
		!s.RateLimits.Enabled {
		t.Fatalf("first boot: %+v", s)
	}
	b.fill(t, "") // the limiter is on
	stop()

	b, stop = boot(t, dir, map[string]string{
		"SMEDX_APP_URL":               "https://b.example.gov.cn",
		"SMEDX_RATE_LIMITS":           "off",
		"SMEDX_TRUSTED_PROXY_HEADERS": "X-Forwarded-For", "SMEDX_TRUSTED_PROXY_LEFTMOST": "true",
		"SMEDX_SMTP_HOST":   "off",
		"SMEDX_BACKUP_CRON": "off",
		"SMEDX_S3_BUCKET":   "OFF",
	})
	s = b.app.Settings()
	if s.Meta.AppURL != "https://b.example.gov.cn" || s.SMTP.Enabled || s.Backups.Cron != "" || s.S3.Enabled ||
		strings.Join(s.TrustedProxy.Headers, ",") != "X-Forwarded-For" || !s.TrustedProxy.UseLeftmostIP ||
		s.RateLimits.Enabled {
		t.Fatalf("second boot: %+v", s)
	}
	for i := 0; i < 8; i++ {
		if got := b.requestCode(t, ""); got != 400 {
			t.Fatalf("SMEDX_RATE_LIMITS=off on the second boot, request %d: %d", i+1, got)
		}
	}
	stop()

	// Unset: the stored values stay (the limiter is on unless "off").
	b, _ = boot(t, dir, map[string]string{"SMEDX_TRUSTED_PROXY_HEADERS": "off"})
	s = b.app.Settings()
	if s.Meta.AppURL != "https://b.example.gov.cn" || s.SMTP.Enabled || s.SMTP.Host != "smtp.example.gov.cn" ||
		s.Backups.Cron != "" || s.S3.Enabled || s.S3.Bucket != "files" || len(s.TrustedProxy.Headers) != 0 ||
		!s.TrustedProxy.UseLeftmostIP || !s.RateLimits.Enabled {
		t.Fatalf("third boot: %+v", s)
	}
	b.fill(t, "")
}
