package platform

import (
	"net/http"
	"os"
	"strings"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// Browser-facing security of every response (issue 12, finding 5):
//
//   - CORS: same origin only by default. PocketBase's serve binds its own
//     CORS middleware allowing "*" (apis.DefaultCorsMiddlewareId); it is
//     replaced here. SMEDX_CORS_ORIGINS (comma-separated origins, e.g.
//     "https://a.gov.cn,https://b.gov.cn") allows more; same-origin
//     requests need no CORS header at all.
//   - Referrer-Policy, Permissions-Policy (no camera, microphone,
//     geolocation, payment, USB) and, when the request came over HTTPS
//     (directly, or as told by a trusted proxy's X-Forwarded-Proto), HSTS.
//
// The UI's Content-Security-Policy is set where the UI is served
// (hooks/static.go), since it depends on the embedded index.html.
func registerSecurity(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		// A new id: the router remembers unbound ids and would skip a
		// replacement bound under the same one in route groups.
		se.Router.Unbind(apis.DefaultCorsMiddlewareId)
		cors := apis.CORS(apis.CORSConfig{
			AllowOriginFunc: corsOrigins(os.Getenv("SMEDX_CORS_ORIGINS")),
			AllowMethods:    []string{http.MethodGet, http.MethodHead, http.MethodPut, http.MethodPatch, http.MethodPost, http.MethodDelete},
		})
		cors.Id = "smedxCors"
		se.Router.Bind(cors)
		se.Router.Bind(&hook.Handler[*core.RequestEvent]{
			Id: "smedxSecurityHeaders",
			Func: func(e *core.RequestEvent) error {
				h := e.Response.Header()
				h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
				h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()")
				if servedOverHTTPS(e) {
					h.Set("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
				}
				return e.Next()
			},
		})
		return se.Next()
	})
}

// corsOrigins allows exactly the listed origins (none when empty).
func corsOrigins(list string) func(string) (bool, error) {
	allowed := map[string]bool{}
	for _, o := range strings.Split(list, ",") {
		if o = strings.TrimRight(strings.TrimSpace(o), "/"); o != "" && o != "*" {
			allowed[o] = true
		}
	}
	return func(origin string) (bool, error) { return allowed[origin], nil }
}

// servedOverHTTPS: TLS here, or HTTPS at a proxy the settings trust.
func servedOverHTTPS(e *core.RequestEvent) bool {
	if e.Request.TLS != nil {
		return true
	}
	return len(e.App.Settings().TrustedProxy.Headers) > 0 &&
		strings.EqualFold(e.Request.Header.Get("X-Forwarded-Proto"), "https")
}
