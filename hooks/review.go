package hooks

import "github.com/pocketbase/pocketbase/core"

// registerReview binds the hooks and routes of certification, product review workflow, to-dos, notifications (issue 4).
func registerReview(app core.App) {
}
