package hooks_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"smedx/hooks"
	"smedx/smedxtest"
)

// staticServer serves fsys (holding pb_public/) the way main.go does.
func staticServer(t *testing.T, fsys fs.FS) *httptest.Server {
	t.Helper()
	app, err := tests.NewTestApp(smedxtest.MigratedDir(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(app.Cleanup)
	hooks.ServePublic(app, fsys)
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
	t.Cleanup(srv.Close)
	return srv
}

type staticResp struct {
	code   int
	header http.Header
	body   []byte
}

func get(t *testing.T, srv *httptest.Server, path string, headers ...string) staticResp {
	t.Helper()
	req, _ := http.NewRequest("GET", srv.URL+path, nil)
	// Set explicitly, so Go's client neither asks for nor decodes gzip.
	req.Header.Set("Accept-Encoding", "identity")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	res, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return staticResp{res.StatusCode, res.Header, body}
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestStaticFilesCachedAndCompressed(t *testing.T) {
	srv := staticServer(t, os.DirFS(".."))

	// The index page: revalidated, with versioned vendor URLs.
	idx := get(t, srv, "/")
	if idx.code != 200 || idx.header.Get("Cache-Control") != "no-cache" || idx.header.Get("ETag") == "" {
		t.Fatalf("index: %d %v", idx.code, idx.header)
	}
	m := regexp.MustCompile(`"(/vendor/v-[0-9a-f]{12}/element-plus/index\.full\.min\.mjs)"`).FindSubmatch(idx.body)
	if m == nil || bytes.Contains(idx.body, []byte(`"/vendor/element-plus`)) {
		t.Fatalf("index.html vendor URLs not versioned:\n%s", idx.body)
	}
	vendorURL := string(m[1])
	if got := get(t, srv, "/", "If-None-Match", idx.header.Get("ETag")); got.code != 304 || len(got.body) != 0 {
		t.Fatalf("index revalidation: %d", got.code)
	}
	// A client-side route is the same page.
	if route := get(t, srv, "/solutions/abc"); route.code != 200 || !bytes.Equal(route.body, idx.body) {
		t.Fatalf("client route: %d", route.code)
	}

	// A versioned vendor file: immutable for a year, gzipped once, and the
	// gzip body is the file.
	disk, err := os.ReadFile("../pb_public/vendor/element-plus/index.full.min.mjs")
	if err != nil {
		t.Fatal(err)
	}
	v := get(t, srv, vendorURL, "Accept-Encoding", "gzip, deflate, br")
	if v.code != 200 || v.header.Get("Content-Encoding") != "gzip" ||
		v.header.Get("Cache-Control") != "public, max-age=31536000, immutable" ||
		!strings.HasPrefix(v.header.Get("Content-Type"), "text/javascript") || v.header.Get("Vary") != "Accept-Encoding" {
		t.Fatalf("vendor file: %d %v", v.code, v.header)
	}
	if len(v.body) >= len(disk)/2 || !bytes.Equal(gunzip(t, v.body), disk) {
		t.Fatalf("gzip body (%d bytes) does not decode to the file (%d bytes)", len(v.body), len(disk))
	}
	again := get(t, srv, vendorURL, "Accept-Encoding", "gzip")
	if !bytes.Equal(again.body, v.body) || again.header.Get("ETag") != v.header.Get("ETag") {
		t.Fatal("second gzip response differs")
	}
	if nm := get(t, srv, vendorURL, "Accept-Encoding", "gzip", "If-None-Match", v.header.Get("ETag")); nm.code != 304 || len(nm.body) != 0 {
		t.Fatalf("vendor revalidation: %d", nm.code)
	}
	// Without gzip: the file itself, under another tag.
	plain := get(t, srv, vendorURL)
	if plain.code != 200 || plain.header.Get("Content-Encoding") != "" || !bytes.Equal(plain.body, disk) ||
		plain.header.Get("ETag") == v.header.Get("ETag") {
		t.Fatalf("identity vendor file: %d %v", plain.code, plain.header)
	}
	// Unversioned or another version: the current file, revalidated.
	for _, u := range []string{"/vendor/element-plus/index.full.min.mjs", "/vendor/v-000000000000/element-plus/index.full.min.mjs"} {
		r := get(t, srv, u)
		if r.code != 200 || r.header.Get("Cache-Control") != "no-cache" || !bytes.Equal(r.body, disk) {
			t.Fatalf("%s: %d %v", u, r.code, r.header)
		}
	}
	// A wrong vendor path is a 404, not the index page.
	if r := get(t, srv, "/vendor/vue/missing.js"); r.code != 404 {
		t.Fatalf("missing vendor file: %d", r.code)
	}

	// An app module: ETag and 304, revalidated each time.
	appJS, _ := os.ReadFile("../pb_public/app/main.js")
	a := get(t, srv, "/app/main.js")
	if a.code != 200 || a.header.Get("Cache-Control") != "no-cache" || !bytes.Equal(a.body, appJS) {
		t.Fatalf("app file: %d %v", a.code, a.header)
	}
	if nm := get(t, srv, "/app/main.js", "If-None-Match", a.header.Get("ETag")); nm.code != 304 {
		t.Fatalf("app revalidation: %d", nm.code)
	}
	if nm := get(t, srv, "/app/main.js", "If-None-Match", `"stale"`); nm.code != 200 {
		t.Fatalf("stale tag: %d", nm.code)
	}

	// Unknown API paths stay 404.
	if r := get(t, srv, "/api/nope"); r.code != 404 {
		t.Fatalf("unknown API path: %d", r.code)
	}
}

// TestStaticVendorVersionFollowsContent: a changed vendor file makes new
// vendor URLs, so a year of immutable caching never serves a stale file.
func TestStaticVendorVersionFollowsContent(t *testing.T) {
	site := func(vue string) string {
		srv := staticServer(t, fstest.MapFS{
			"pb_public/index.html":            {Data: []byte(`<script type="importmap">{"imports":{"vue":"/vendor/vue/vue.js"}}</script>`)},
			"pb_public/vendor/vue/vue.js":     {Data: []byte(vue)},
			"pb_public/vendor/versions.json":  {Data: []byte(`{"vue":"3"}`)},
			"pb_public/app/main.js":           {Data: []byte(`import "vue"`)},
			"pb_public/vendor/element/x.css":  {Data: []byte(`a{}`)},
			"pb_public/vendor/element/y.woff": {Data: []byte{0, 1, 2}},
		})
		idx := get(t, srv, "/")
		m := regexp.MustCompile(`/vendor/(v-[0-9a-f]{12})/vue/vue\.js`).FindSubmatch(idx.body)
		if m == nil {
			t.Fatalf("no versioned URL in %s", idx.body)
		}
		if r := get(t, srv, "/vendor/"+string(m[1])+"/vue/vue.js"); r.code != 200 || string(r.body) != vue {
			t.Fatalf("versioned file: %d %s", r.code, r.body)
		}
		return string(m[1])
	}
	v1, v1again, v2 := site("export default 1"), site("export default 1"), site("export default 2")
	if v1 != v1again || v1 == v2 {
		t.Fatalf("versions: %s %s %s", v1, v1again, v2)
	}
}
