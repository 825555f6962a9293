package hooks

import (
	"crypto/sha256"
	"encoding/base64"
	"io/fs"
	"net/http"
	"regexp"
	"strings"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// ServePublic serves the embedded web UI: /vendor/ (third-party browser
// builds) gzipped, cacheable and without the index.html fallback, so a wrong
// path is a 404 rather than a confusing MIME error; every other path falls
// back to index.html for the client-side routes. /api/ and /_/ stay
// PocketBase's.
func ServePublic(app core.App, embedded fs.FS) {
	public := apis.MustSubFS(embedded, "pb_public")
	vendor := apis.MustSubFS(public, "vendor")
	app.OnServe().Bind(&hook.Handler[*core.ServeEvent]{
		Func: func(se *core.ServeEvent) error {
			se.Router.GET("/vendor/{path...}", apis.Static(vendor, false)).
				BindFunc(func(e *core.RequestEvent) error {
					e.Response.Header().Set("Cache-Control", "public, max-age=604800")
					return e.Next()
				}).
				Bind(apis.Gzip())
			if !se.Router.HasRoute(http.MethodGet, "/{path...}") {
				spa := apis.Static(public, true)
				csp := UIContentSecurityPolicy(public)
				se.Router.GET("/{path...}", func(e *core.RequestEvent) error {
					// An unknown API path is a 404, not the UI's index page.
					if strings.HasPrefix(e.Request.PathValue("path"), "api/") {
						return apis.NewNotFoundError("接口不存在", nil)
					}
					e.Response.Header().Set("Content-Security-Policy", csp)
					return spa(e)
				}).Bind(apis.Gzip())
			}
			return se.Next()
		},
		Priority: 999,
	})
}

// importMap is the inline import map of index.html, the only inline script.
var importMap = regexp.MustCompile(`(?s)<script type="importmap">(.*?)</script>`)

// UIContentSecurityPolicy is the Content-Security-Policy of the web UI:
// scripts from this origin only, plus what Vue's runtime template compiler
// needs ('unsafe-eval': the pages' templates are compiled in the browser)
// and the inline import map of the embedded index.html, allowed by its
// hash computed here at startup (so editing index.html cannot go stale).
// Styles allow inline (Element Plus and Vue bind style attributes); no
// objects, no framing, no foreign base or form targets; images from this
// origin, data: and blob: (icons, previews of files being uploaded).
func UIContentSecurityPolicy(public fs.FS) string {
	scripts := "'self' 'unsafe-eval'"
	if html, err := fs.ReadFile(public, "index.html"); err == nil {
		for _, m := range importMap.FindAllSubmatch(html, -1) {
			sum := sha256.Sum256(m[1])
			scripts += " 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
		}
	}
	return "default-src 'self'; script-src " + scripts + "; style-src 'self' 'unsafe-inline'; " +
		"img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; " +
		"object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
}
