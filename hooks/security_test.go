package hooks_test

import (
	"crypto/sha256"
	"encoding/base64"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks"
	"smedx/smedxtest"
)

func uiApp(t *testing.T) *smedxtest.App {
	return smedxtest.NewWith(t, func(app core.App) { hooks.ServePublic(app, os.DirFS("..")) })
}

// Finding 5: the UI's CSP allows only self scripts, 'unsafe-eval' for
// Vue's template compiler and the import map by its hash; Referrer- and
// Permissions-Policy everywhere, HSTS only over HTTPS; CORS same origin
// unless SMEDX_CORS_ORIGINS lists more.
func TestSecurityHeadersAndCORS(t *testing.T) {
	t.Setenv("SMEDX_CORS_ORIGINS", "https://portal.example.gov.cn")
	a := uiApp(t)
	res := a.Do("GET", "/solutions", nil, nil).Status(t, 200)
	csp := res.Head.Get("Content-Security-Policy")
	// The hash is of the import map as served: its vendor URLs carry the
	// content version (hooks/static.go), so the file on disk differs.
	html := res.Body
	if !strings.Contains(string(html), `"/vendor/v-`) {
		t.Fatalf("the served index.html has no versioned vendor URL:\n%s", html)
	}
	m := regexp.MustCompile(`(?s)<script type="importmap">(.*?)</script>`).FindSubmatch(html)
	if m == nil {
		t.Fatalf("no import map in the served index.html")
	}
	sum := sha256.Sum256(m[1])
	hash := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	script := regexp.MustCompile(`script-src ([^;]*)`).FindStringSubmatch(csp)
	if script == nil || script[1] != "'self' 'unsafe-eval' "+hash {
		t.Fatalf("script-src: %q (want the import map hash %s)", csp, hash)
	}
	for _, want := range []string{"default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP lacks %s: %s", want, csp)
		}
	}
	for _, r := range []*smedxtest.Response{res, a.Do("GET", "/api/smedx/catalog", nil, nil)} {
		if r.Head.Get("Referrer-Policy") == "" || !strings.Contains(r.Head.Get("Permissions-Policy"), "camera=()") {
			t.Errorf("policy headers missing: %v", r.Head)
		}
		if r.Head.Get("Strict-Transport-Security") != "" {
			t.Error("HSTS over plain HTTP")
		}
	}
	// HTTPS at a trusted proxy: HSTS.
	s := a.Settings()
	s.TrustedProxy.Headers = []string{"X-Forwarded-For"}
	if err := a.Save(s); err != nil {
		t.Fatal(err)
	}
	r := a.DoWith("GET", "/", nil, nil, map[string]string{"X-Forwarded-Proto": "https"})
	if !strings.HasPrefix(r.Head.Get("Strict-Transport-Security"), "max-age=") {
		t.Errorf("no HSTS behind an HTTPS proxy: %v", r.Head)
	}

	// CORS: a foreign origin gets no allow header, the configured one does.
	for origin, want := range map[string]string{"https://evil.example": "", "https://portal.example.gov.cn": "https://portal.example.gov.cn"} {
		for _, method := range []string{"GET", "OPTIONS"} {
			r := a.DoWith(method, "/api/collections/public_products/records", nil, nil,
				map[string]string{"Origin": origin, "Access-Control-Request-Method": "GET"})
			if got := r.Head.Get("Access-Control-Allow-Origin"); got != want {
				t.Errorf("%s from %s: Access-Control-Allow-Origin %q, want %q", method, origin, got, want)
			}
		}
	}
}

// Finding 5: announcement content is sanitised on save and on every read.
func TestAnnouncementContentSanitised(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	evil := `<p>通知<b>正文</b></p><script>alert(1)</script><img src="/x.png" onerror="alert(2)"><a href="javascript:alert(3)">链接</a><iframe src="https://evil.example"></iframe>`
	bad := []string{"<script", "onerror", "javascript:", "<iframe"}
	res := a.Do("POST", "/api/collections/announcements/records", f.Operator,
		map[string]any{"title": "公告", "content": evil, "published": true}).Status(t, 200).JSON(t)
	id := res["id"].(string)
	stored, _ := a.FindRecordById("announcements", id)
	for _, b := range bad {
		if strings.Contains(stored.GetString("content"), b) {
			t.Fatalf("stored content keeps %s: %s", b, stored.GetString("content"))
		}
	}
	if !strings.Contains(stored.GetString("content"), "<b>正文</b>") {
		t.Errorf("formatting lost: %s", stored.GetString("content"))
	}
	// A row written straight into the database is served sanitised.
	if _, err := a.DB().NewQuery("UPDATE announcements SET content = {:c} WHERE id = {:id}").
		Bind(map[string]any{"c": evil, "id": id}).Execute(); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/api/collections/announcements/records/" + id, "/api/collections/announcements/records",
		"/api/smedx/announcements/" + id} {
		r := a.Do("GET", path, nil, nil).Status(t, 200)
		for _, b := range bad {
			if strings.Contains(string(r.Body), b) {
				t.Errorf("%s serves %s: %s", path, b, r.Body)
			}
		}
	}
}
