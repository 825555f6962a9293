// Package content holds the public content of the portal that is not a
// product: announcements, the public expert list (surveys are plain
// records guarded by their collection rules).
//
// Depends on platform only.
package content

import "github.com/pocketbase/pocketbase/core"

// Register binds the public routes GET /api/smedx/experts and
// GET /api/smedx/announcements[/{id}] and the announcements' model rules.
func Register(app core.App) {
	registerPublicExperts(app)
	registerAnnouncements(app)
}
