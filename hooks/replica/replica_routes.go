package replica

import (
	"net/http"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

// bindStatusRoutes adds, for superusers (monitoring, runbooks):
//
//	GET  /api/smedx/replica       the replica URL and, per database, local and replicated transaction and last sync
//	POST /api/smedx/replica/sync  ship everything committed so far and wait for it (before maintenance)
func bindStatusRoutes(se *core.ServeEvent, s *Streamer) {
	g := se.Router.Group("/api/smedx/replica")
	g.Bind(apis.RequireSuperuserAuth())
	g.GET("", func(e *core.RequestEvent) error {
		return e.JSON(http.StatusOK, map[string]any{"url": s.target.String(), "databases": s.Status(e.Request.Context())})
	})
	g.POST("/sync", func(e *core.RequestEvent) error {
		if err := s.Sync(e.Request.Context()); err != nil {
			return apis.NewApiError(http.StatusServiceUnavailable, "复制同步失败："+err.Error(), nil)
		}
		return e.JSON(http.StatusOK, map[string]any{"url": s.target.String(), "databases": s.Status(e.Request.Context())})
	})
}
