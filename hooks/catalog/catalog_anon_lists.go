package catalog

import (
	"net/http"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"

	"smedx/hooks/platform"
)

// The base product collections answer an anonymous list with nothing
// (the public reads the public_* views), but PocketBase would still build
// the rules' reviewer joins over every product to find that out: ~300 ms
// a request over 3,000 products, an amplifier for anyone. An anonymous
// GET of their lists is answered here with the same empty page at once.
var ownerOnlyLists = map[string]bool{"products": true, "product_specs": true, "product_cases": true, "product_revisions": true}

func registerAnonLists(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.Bind(&hook.Handler[*core.RequestEvent]{
			Id: "smedxAnonOwnerLists",
			Func: func(e *core.RequestEvent) error {
				if e.Auth != nil || e.Request.Method != http.MethodGet {
					return e.Next()
				}
				rest, ok := strings.CutPrefix(e.Request.URL.Path, "/api/collections/")
				name, tail, _ := strings.Cut(rest, "/")
				if !ok || tail != "records" || !ownerOnlyLists[name] {
					return e.Next()
				}
				page, perPage := platform.PageParams(e.Request.URL.Query(), 30, 1000)
				return e.JSON(http.StatusOK, map[string]any{"page": page, "perPage": perPage, "totalItems": 0, "totalPages": 0, "items": []any{}})
			},
		})
		return se.Next()
	})
}
