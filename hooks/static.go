package hooks

import (
	"io/fs"
	"net/http"
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
				se.Router.GET("/{path...}", func(e *core.RequestEvent) error {
					// An unknown API path is a 404, not the UI's index page.
					if strings.HasPrefix(e.Request.PathValue("path"), "api/") {
						return apis.NewNotFoundError("接口不存在", nil)
					}
					return spa(e)
				}).Bind(apis.Gzip())
			}
			return se.Next()
		},
		Priority: 999,
	})
}
