package content

import (
	"sync"

	"github.com/microcosm-cc/bluemonday"
	"github.com/pocketbase/pocketbase/core"
)

// Announcement content is an operator's rich text shown to everyone with
// v-html, so it is sanitised (issue 12, finding 5) with bluemonday's UGC
// policy — formatting, links, images, tables; no scripts, event handlers,
// styles, iframes or javascript: URLs:
//
//   - on save (OnRecordValidate: API, dashboard, CLI, demo all pass), so
//     what is stored is safe;
//   - on read (OnRecordEnrich and the portal route), so rows written
//     before this rule or straight into the database are served safe too.
//
// The UI's Content-Security-Policy (hooks/static.go) is the second wall.

var ugcPolicy = sync.OnceValue(func() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.RequireNoReferrerOnLinks(true)
	p.AddTargetBlankToFullyQualifiedLinks(true)
	return p
})

// SanitizeHTML returns rich text safe to render as HTML.
func SanitizeHTML(html string) string { return ugcPolicy().Sanitize(html) }

func registerSanitizer(app core.App) {
	app.OnRecordValidate("announcements").BindFunc(func(e *core.RecordEvent) error {
		e.Record.Set("content", SanitizeHTML(e.Record.GetString("content")))
		return e.Next()
	})
	app.OnRecordEnrich("announcements").BindFunc(func(e *core.RecordEnrichEvent) error {
		e.Record.Set("content", SanitizeHTML(e.Record.GetString("content")))
		return e.Next()
	})
}
