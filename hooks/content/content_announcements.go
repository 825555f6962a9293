package content

import (
	"net/http"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/menus"
	"smedx/hooks/platform"
)

// 通知公告 of the portal: published announcements whose publication time
// has come, pinned first, then newest.

func registerAnnouncements(app core.App) {
	registerSanitizer(app)
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/api/smedx/announcements", handleAnnouncements).Bind(menus.Require(menus.Announcements))
		se.Router.GET("/api/smedx/announcements/{id}", handleAnnouncement).Bind(menus.Require(menus.Announcements))
		return se.Next()
	})
	// Publishing stamps the time the list sorts by.
	app.OnRecordValidate("announcements").BindFunc(func(e *core.RecordEvent) error {
		if e.Record.GetBool("published") && e.Record.GetDateTime("published_at").IsZero() {
			e.Record.Set("published_at", types.NowDateTime())
		}
		return e.Next()
	})
}

// Announcement is an announcement as the portal shows it.
type Announcement struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Summary     string   `json:"summary"`
	Category    string   `json:"category"`
	Pinned      bool     `json:"pinned"`
	PublishedAt string   `json:"published_at"`
	Content     string   `json:"content,omitempty"`
	Attachments []string `json:"attachments,omitempty"`
}

func visibleAnnouncements() dbx.Expression {
	return dbx.And(dbx.HashExp{"published": true},
		dbx.NewExp("[[published_at]] <= {:now}", dbx.Params{"now": types.NowDateTime().String()}))
}

func announcementOf(r *core.Record, full bool) Announcement {
	a := Announcement{
		ID: r.Id, Title: r.GetString("title"), Summary: r.GetString("summary"), Category: r.GetString("category"),
		Pinned: r.GetBool("pinned"), PublishedAt: r.GetDateTime("published_at").String(),
	}
	if full {
		a.Content = SanitizeHTML(r.GetString("content"))
		a.Attachments = []string{}
		for _, f := range r.GetStringSlice("attachments") {
			a.Attachments = append(a.Attachments, platform.FileURL(r.Collection(), r.Id, f))
		}
	}
	return a
}

func handleAnnouncements(e *core.RequestEvent) error {
	q := e.Request.URL.Query()
	page, perPage := platform.PageParams(q, 10, 100)
	where := []dbx.Expression{visibleAnnouncements()}
	if c := strings.TrimSpace(q.Get("category")); c != "" {
		where = append(where, dbx.HashExp{"category": c})
	}
	var total int
	if err := e.App.DB().Select("count(*)").From("announcements").Where(dbx.And(where...)).Row(&total); err != nil {
		return err
	}
	var recs []*core.Record
	if err := e.App.RecordQuery("announcements").Where(dbx.And(where...)).
		OrderBy("pinned DESC", "published_at DESC", "id DESC").
		Limit(int64(perPage)).Offset(int64((page - 1) * perPage)).All(&recs); err != nil {
		return err
	}
	items := make([]Announcement, 0, len(recs))
	for _, r := range recs {
		items = append(items, announcementOf(r, false))
	}
	return e.JSON(http.StatusOK, map[string]any{
		"page": page, "perPage": perPage, "totalItems": total, "totalPages": (total + perPage - 1) / perPage, "items": items,
	})
}

func handleAnnouncement(e *core.RequestEvent) error {
	var recs []*core.Record
	err := e.App.RecordQuery("announcements").
		Where(dbx.And(dbx.HashExp{"id": e.Request.PathValue("id")}, visibleAnnouncements())).Limit(1).All(&recs)
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		return platform.Error(http.StatusNotFound, "公告不存在或未发布")
	}
	return e.JSON(http.StatusOK, announcementOf(recs[0], true))
}
