package review

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cast"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// workbench: GET /api/smedx/workbench — the figures of 工作台 (图4-1): the
// counts of 待我审批 and 我的申请, unread messages, the latest published
// announcements (pinned first), the user's role and his tenant's name and
// certification state.
func workbench(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	todo, err := countBox(e.App, user, "todo")
	if err != nil {
		return err
	}
	mine, err := countBox(e.App, user, "mine")
	if err != nil {
		return err
	}
	var unread int
	if err := e.App.DB().Select("count(*)").From("notifications").
		Where(dbx.HashExp{"user": user.Id, "read": false}).Row(&unread); err != nil {
		return err
	}

	limit := cast.ToInt(e.Request.URL.Query().Get("announcements"))
	if limit <= 0 || limit > 20 {
		limit = 6
	}
	var notes []struct {
		ID          string `db:"id" json:"id"`
		Title       string `db:"title" json:"title"`
		Summary     string `db:"summary" json:"summary"`
		Category    string `db:"category" json:"category"`
		Pinned      bool   `db:"pinned" json:"pinned"`
		PublishedAt string `db:"published_at" json:"published_at"`
	}
	err = e.App.DB().Select("id", "title", "summary", "category", "pinned", "published_at").From("announcements").
		Where(dbx.HashExp{"published": true}).OrderBy("pinned DESC", "published_at DESC", "created DESC").
		Limit(int64(limit)).All(&notes)
	if err != nil {
		return err
	}

	role := user.GetString("role")
	out := map[string]any{
		"role":                 role,
		"role_label":           roleLabel(user),
		"tenant_admin":         user.GetBool("tenant_admin"),
		"is_expert":            user.GetBool("is_expert"),
		"pending_review":       todo,
		"my_applications":      mine,
		"unread_notifications": unread,
		"announcements":        notes,
		"enterprise":           nil,
		"tenant_name":          "",
		"cert_status":          "",
	}
	if id := user.GetString("enterprise"); id != "" {
		if ent, err := e.App.FindRecordById("enterprises", id); err == nil {
			status := ent.GetString("cert_status")
			out["tenant_name"] = ent.GetString("name")
			out["cert_status"] = status
			out["cert_status_label"] = workflow.StateLabel(workflow.MachineCert, status)
			out["enterprise"] = map[string]any{
				"id": ent.Id, "name": ent.GetString("name"), "kind": ent.GetString("kind"),
				"cert_status": status, "cert_status_label": workflow.StateLabel(workflow.MachineCert, status),
				"cert_comment": ent.GetString("cert_comment"), "certified_at": ent.GetString("certified_at"),
			}
		}
	}
	return e.JSON(200, out)
}

func roleLabel(user *core.Record) string {
	label := workflow.RoleLabel(user.GetString("role"))
	if user.GetBool("is_expert") {
		label += "（专家）"
	}
	return label
}
