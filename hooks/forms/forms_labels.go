package forms

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/workflow"
)

// serveLabels answers GET /api/smedx/labels (public): every status, stage,
// type and reason the UI names, from hooks/workflow's tables. The UI loads
// it once at start (pb_public/app/util.js loadLabels) and keeps no copy.
func serveLabels(e *core.RequestEvent) error {
	e.Response.Header().Set("Cache-Control", "public, max-age=300")
	return e.JSON(http.StatusOK, workflow.ServedLabels())
}
