package hooks

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// ServePublic serves the embedded web UI from memory (issue 16):
//
//   - Every file is read and hashed once at startup; its ETag is the
//     content hash, so a browser's If-None-Match is answered 304 without a
//     body. A compressible file is gzipped once, at its first request, and
//     the gzipped bytes are kept (element-plus was gzipped on the fly at
//     44 ms CPU a request).
//   - /vendor/ (third-party browser builds, pinned in vendor/versions.json)
//     is served under a version segment, /vendor/v-<hash of every vendor
//     file>/…, which index.html's URLs carry (rewritten once at startup):
//     a new vendor file makes new URLs, so these are cached for a year as
//     immutable. Other /vendor/ URLs (unversioned, or an older version) are
//     served the current file with revalidation. A wrong vendor path is a
//     404, never the index page (a confusing MIME error otherwise).
//   - index.html and /app/ (the app's own modules, imported by relative
//     paths) are "no-cache": always revalidated, a 304 when unchanged.
//   - Any other path falls back to index.html for the client-side routes;
//     /api/ and /_/ stay PocketBase's, an unknown /api/ path is a 404.
//   - index.html and /app/ carry the UI's Content-Security-Policy, whose
//     import map hash is taken from the index.html actually served (with
//     the versioned vendor URLs), so the two cannot disagree.
func ServePublic(app core.App, embedded fs.FS) {
	site, err := loadSite(apis.MustSubFS(embedded, "pb_public"))
	if err != nil {
		panic(err)
	}
	app.OnServe().Bind(&hook.Handler[*core.ServeEvent]{
		Func: func(se *core.ServeEvent) error {
			// Like apis.Static: a file served is not a request log row
			// (errors still are); logging each one was a third of the CPU
			// of serving a small file.
			se.Router.GET("/vendor/{path...}", site.serveVendor).Bind(apis.SkipSuccessActivityLog())
			if !se.Router.HasRoute(http.MethodGet, "/{path...}") {
				se.Router.GET("/{path...}", site.serveApp).Bind(apis.SkipSuccessActivityLog())
			}
			return se.Next()
		},
		Priority: 999,
	})
}

const (
	cacheImmutable   = "public, max-age=31536000, immutable"
	cacheRevalidate  = "no-cache"
	vendorPrefix     = "vendor/"
	versionSegPrefix = "v-"
)

var versionSeg = regexp.MustCompile(`^v-[0-9a-f]{12}$`)

// staticFile is one file of the site, in memory.
type staticFile struct {
	name  string
	body  []byte
	etag  string // quoted content hash
	ctype string

	gzOnce sync.Once
	gz     []byte // nil when gzip does not pay
}

type staticSite struct {
	files   map[string]*staticFile // by path, e.g. "app/main.js"
	index   *staticFile            // index.html with versioned vendor URLs
	version string                 // "v-" + 12 hex digits
	csp     string                 // Content-Security-Policy of the UI
}

func newStaticFile(name string, body []byte) *staticFile {
	sum := sha256.Sum256(body)
	ctype := mime.TypeByExtension(path.Ext(name))
	switch path.Ext(name) {
	case ".js", ".mjs":
		ctype = "text/javascript; charset=utf-8"
	case ".css":
		ctype = "text/css; charset=utf-8"
	case ".html":
		ctype = "text/html; charset=utf-8"
	case ".json", ".map":
		ctype = "application/json"
	}
	if ctype == "" {
		ctype = http.DetectContentType(body)
	}
	return &staticFile{name: name, body: body, etag: `"` + hex.EncodeToString(sum[:12]) + `"`, ctype: ctype}
}

// loadSite reads and hashes every file of public.
func loadSite(public fs.FS) (*staticSite, error) {
	site := &staticSite{files: map[string]*staticFile{}}
	var vendor []string
	err := fs.WalkDir(public, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(public, p)
		if err != nil {
			return err
		}
		site.files[p] = newStaticFile(p, body)
		if strings.HasPrefix(p, vendorPrefix) {
			vendor = append(vendor, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// The vendor version: a hash of every vendor file's path and hash.
	sort.Strings(vendor)
	h := sha256.New()
	for _, p := range vendor {
		h.Write([]byte(p + "\x00" + site.files[p].etag + "\n"))
	}
	site.version = versionSegPrefix + hex.EncodeToString(h.Sum(nil))[:12]
	if idx, ok := site.files["index.html"]; ok {
		html := bytes.ReplaceAll(idx.body, []byte(`"/vendor/`), []byte(`"/vendor/`+site.version+`/`))
		site.index = newStaticFile("index.html", html)
		site.csp = UIContentSecurityPolicy(html)
	} else {
		site.csp = UIContentSecurityPolicy(nil)
	}
	return site, nil
}

// compressible types are gzipped; images and fonts already are compressed.
func compressible(ctype string) bool {
	for _, p := range []string{"text/", "application/json", "application/javascript", "image/svg+xml"} {
		if strings.HasPrefix(ctype, p) {
			return true
		}
	}
	return false
}

// gzipped returns the gzipped body, compressed at the first call; nil
// when the file is small, not compressible or does not shrink.
func (f *staticFile) gzipped() []byte {
	f.gzOnce.Do(func() {
		if len(f.body) < 512 || !compressible(f.ctype) {
			return
		}
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		_, _ = zw.Write(f.body)
		_ = zw.Close()
		if buf.Len() < len(f.body)*9/10 {
			f.gz = buf.Bytes()
		}
	})
	return f.gz
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(enc), "gzip") && strings.ReplaceAll(q, " ", "") != "q=0" {
			return true
		}
	}
	return false
}

// serve writes f (gzipped when the client takes it), or 304 when the
// client's If-None-Match holds its ETag.
func serve(e *core.RequestEvent, f *staticFile, cacheControl string) error {
	h := e.Response.Header()
	h.Set("Cache-Control", cacheControl)
	h.Set("Content-Type", f.ctype)
	h.Set("X-Content-Type-Options", "nosniff")
	body, etag := f.body, f.etag
	if gz := f.gzipped(); gz != nil {
		h.Add("Vary", "Accept-Encoding")
		if acceptsGzip(e.Request) {
			// The gzipped bytes are another representation: another tag.
			body, etag = gz, strings.TrimSuffix(f.etag, `"`)+`-gz"`
			h.Set("Content-Encoding", "gzip")
		}
	}
	h.Set("ETag", etag)
	// ServeContent answers If-None-Match (304), HEAD and ranges.
	http.ServeContent(e.Response, e.Request, f.name, time.Time{}, bytes.NewReader(body))
	return nil
}

func (s *staticSite) serveVendor(e *core.RequestEvent) error {
	p := e.Request.PathValue("path")
	cache := cacheRevalidate
	if seg, rest, ok := strings.Cut(p, "/"); ok && versionSeg.MatchString(seg) {
		if seg == s.version {
			cache = cacheImmutable
		}
		p = rest
	}
	f, ok := s.files[vendorPrefix+p]
	if !ok {
		return apis.NewNotFoundError("文件不存在", nil)
	}
	return serve(e, f, cache)
}

func (s *staticSite) serveApp(e *core.RequestEvent) error {
	p := e.Request.PathValue("path")
	// An unknown API path is a 404, not the UI's index page.
	if strings.HasPrefix(p, "api/") {
		return apis.NewNotFoundError("接口不存在", nil)
	}
	e.Response.Header().Set("Content-Security-Policy", s.csp)
	if f, ok := s.files[p]; ok && p != "index.html" {
		return serve(e, f, cacheRevalidate)
	}
	if s.index == nil {
		return apis.NewNotFoundError("页面不存在", nil)
	}
	return serve(e, s.index, cacheRevalidate)
}

// importMap is the inline import map of index.html, the only inline script.
var importMap = regexp.MustCompile(`(?s)<script type="importmap">(.*?)</script>`)

// UIContentSecurityPolicy is the Content-Security-Policy of the web UI:
// scripts from this origin only, plus what Vue's runtime template compiler
// needs ('unsafe-eval': the pages' templates are compiled in the browser)
// and the inline import map of the served index.html (indexHTML, after the
// vendor URLs were versioned), allowed by its hash computed at startup (so
// editing index.html or a vendor file cannot make it stale).
// Styles allow inline (Element Plus and Vue bind style attributes); no
// objects, no framing, no foreign base or form targets; images from this
// origin, data: and blob: (icons, previews of files being uploaded).
func UIContentSecurityPolicy(indexHTML []byte) string {
	scripts := "'self' 'unsafe-eval'"
	for _, m := range importMap.FindAllSubmatch(indexHTML, -1) {
		sum := sha256.Sum256(m[1])
		scripts += " 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	return "default-src 'self'; script-src " + scripts + "; style-src 'self' 'unsafe-inline'; " +
		"img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; " +
		"object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
}
