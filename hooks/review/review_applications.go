package review

import (
	"net/http"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cast"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// 我的待办 (图4-3): 我的申请 (box "mine": what the user applied for) and
// 待我审批 (box "todo": pending applications at the user's stage — operators
// stage operator, department stage department, experts stage expert where
// assigned and not yet decided by them), newest first, paginated, filtered
// by created range, name and applicant; and the detail with the full
// decision history.

// boxCondition selects the applications of a box for user; nil when the
// box is empty for him (e.g. 待我审批 of a non-reviewer).
func boxCondition(user *core.Record, box string) dbx.Expression {
	if box == "mine" {
		return dbx.HashExp{"applications.applicant": user.Id}
	}
	switch {
	case platform.HasRole(user, platform.RoleOperator):
		return dbx.HashExp{"applications.status": "pending", "applications.stage": "operator"}
	case platform.HasRole(user, platform.RoleDepartment):
		return dbx.HashExp{"applications.status": "pending", "applications.stage": "department"}
	case user.GetBool("is_expert"):
		return dbx.And(
			dbx.HashExp{"applications.status": "pending", "applications.stage": "expert"},
			dbx.NewExp("EXISTS (SELECT 1 FROM json_each(applications.experts) je WHERE je.value = {:me})", dbx.Params{"me": user.Id}),
			dbx.NewExp("NOT EXISTS (SELECT 1 FROM review_records rr WHERE rr.application = applications.id AND rr.stage = 'expert' AND rr.reviewer = {:me})", dbx.Params{"me": user.Id}),
		)
	}
	return nil
}

// countBox is the number of applications in a box (工作台 figures).
func countBox(app core.App, user *core.Record, box string) (int, error) {
	cond := boxCondition(user, box)
	if cond == nil {
		return 0, nil
	}
	var n int
	err := app.DB().Select("count(*)").From("applications").Where(cond).Row(&n)
	return n, err
}

// normaliseTimeBound turns "2023-08-01" into a bound of the stored UTC
// datetime text (start or end of the day); full datetimes pass.
func normaliseTimeBound(s string, end bool) string {
	s = strings.TrimSpace(strings.Replace(s, "T", " ", 1))
	if len(s) == 10 {
		if end {
			return s + " 23:59:59.999Z"
		}
		return s + " 00:00:00.000Z"
	}
	return s
}

func listApplications(e *core.RequestEvent, box string) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	q := e.Request.URL.Query()
	page := max(cast.ToInt(q.Get("page")), 1)
	perPage := cast.ToInt(q.Get("perPage"))
	if perPage <= 0 {
		perPage = 10
	}
	perPage = min(perPage, 100)

	out := map[string]any{"page": page, "perPage": perPage, "totalItems": 0, "totalPages": 0, "items": []any{}}
	cond := boxCondition(user, box)
	if cond == nil {
		return e.JSON(200, out)
	}
	conds := []dbx.Expression{cond}
	pick := func(keys ...string) string {
		for _, k := range keys {
			if v := strings.TrimSpace(q.Get(k)); v != "" {
				return v
			}
		}
		return ""
	}
	if v := pick("created_from", "from", "start"); v != "" {
		conds = append(conds, dbx.NewExp("applications.created >= {:from}", dbx.Params{"from": normaliseTimeBound(v, false)}))
	}
	if v := pick("created_to", "to", "end"); v != "" {
		conds = append(conds, dbx.NewExp("applications.created <= {:to}", dbx.Params{"to": normaliseTimeBound(v, true)}))
	}
	if v := pick("title", "name"); v != "" {
		conds = append(conds, dbx.Like("applications.title", v))
	}
	if v := pick("applicant", "applicant_name"); v != "" {
		conds = append(conds, dbx.Like("applications.applicant_name", v))
	}
	if v := pick("type"); v != "" {
		conds = append(conds, dbx.HashExp{"applications.type": v})
	}
	if v := pick("status"); v != "" {
		conds = append(conds, dbx.HashExp{"applications.status": v})
	}
	where := dbx.And(conds...)

	var total int
	if err := e.App.DB().Select("count(*)").From("applications").Where(where).Row(&total); err != nil {
		return err
	}
	var records []*core.Record
	err = e.App.RecordQuery("applications").AndWhere(where).
		OrderBy("applications.created DESC", "applications.id DESC").
		Limit(int64(perPage)).Offset(int64((page - 1) * perPage)).All(&records)
	if err != nil {
		return err
	}
	names := enterpriseNames(e.App, records)
	items := make([]any, 0, len(records))
	for _, r := range records {
		item := applicationJSON(r)
		item["enterprise_name"] = names[r.GetString("enterprise")]
		items = append(items, item)
	}
	out["items"] = items
	out["totalItems"] = total
	out["totalPages"] = (total + perPage - 1) / perPage
	return e.JSON(200, out)
}

func enterpriseNames(app core.App, apps []*core.Record) map[string]string {
	names := map[string]string{}
	var ids []any
	for _, a := range apps {
		if id := a.GetString("enterprise"); id != "" {
			if _, ok := names[id]; !ok {
				names[id] = ""
				ids = append(ids, id)
			}
		}
	}
	if len(ids) == 0 {
		return names
	}
	var rows []struct {
		ID   string `db:"id"`
		Name string `db:"name"`
	}
	if err := app.DB().Select("id", "name").From("enterprises").Where(dbx.In("id", ids...)).All(&rows); err == nil {
		for _, r := range rows {
			names[r.ID] = r.Name
		}
	}
	return names
}

// canViewApplication mirrors the read rule of applications: the applicant,
// his tenant admin, operators, the department once the application reached
// it, and the assigned experts.
func canViewApplication(user, a *core.Record) bool {
	switch {
	case a.GetString("applicant") == user.Id:
		return true
	case user.GetBool("tenant_admin") && user.GetString("enterprise") != "" && user.GetString("enterprise") == a.GetString("enterprise"):
		return true
	case platform.HasRole(user, platform.RoleOperator):
		return true
	case platform.HasRole(user, platform.RoleDepartment):
		return a.GetString("stage") == "department" || a.GetString("stage") == "done"
	}
	return platform.ContainsString(a.GetStringSlice("experts"), user.Id)
}

// applicationDetail: GET /api/smedx/applications/{id} — the application,
// a summary of its subject, the assigned experts, the decision history and
// what the user may do with it now.
func applicationDetail(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	a, err := e.App.FindRecordById("applications", e.Request.PathValue("id"))
	if err != nil || !canViewApplication(user, a) {
		return platform.Error(http.StatusNotFound, "申请不存在或无权查看")
	}
	out := applicationJSON(a)
	ent, _ := e.App.FindRecordById("enterprises", a.GetString("enterprise"))
	if ent != nil {
		out["enterprise_name"] = ent.GetString("name")
	}

	if a.GetString("type") == "certification" {
		if ent != nil {
			out["subject"] = map[string]any{
				"collection": "enterprises", "id": ent.Id, "name": ent.GetString("name"), "kind": ent.GetString("kind"),
				"credit_code": ent.GetString("credit_code"), "cert_status": ent.GetString("cert_status"),
				"cert_status_label": workflow.StateLabel(workflow.MachineCert, ent.GetString("cert_status")),
				"cert_comment":      ent.GetString("cert_comment"), "submitted_at": ent.GetString("submitted_at"),
			}
		}
	} else if p, err := e.App.FindRecordById("products", a.GetString("product")); err == nil {
		out["subject"] = map[string]any{
			"collection": "products", "id": p.Id, "name": p.GetString("name"), "type": p.GetString("type"),
			"status": p.GetString("status"), "status_label": workflow.StateLabel(workflow.MachineProduct, p.GetString("status")),
			"provider_name": p.GetString("provider_name"), "enterprise": p.GetString("enterprise"),
			"price_min_fen": p.GetInt("price_min_fen"), "price_max_fen": p.GetInt("price_max_fen"),
			"cover": p.GetString("cover"), "listed_at": p.GetString("listed_at"),
		}
	}
	if revID := a.GetString("revision"); revID != "" {
		if rev, err := e.App.FindRecordById("product_revisions", revID); err == nil {
			out["revision_detail"] = map[string]any{"id": rev.Id, "status": rev.GetString("status"), "data": rev.Get("data"), "created": rev.GetString("created")}
		}
	}

	experts := []map[string]any{}
	for _, id := range a.GetStringSlice("experts") {
		item := map[string]any{"id": id}
		if u, err := e.App.FindRecordById("users", id); err == nil {
			item["name"] = displayName(u)
		}
		if prof, err := e.App.FindFirstRecordByFilter("experts", "user = {:u}", dbx.Params{"u": id}); err == nil {
			item["name"] = prof.GetString("name")
			item["professional_title"] = prof.GetString("professional_title")
		}
		experts = append(experts, item)
	}
	out["expert_list"] = experts

	recs, err := e.App.FindRecordsByFilter("review_records", "application = {:a}", "created", 0, 0, dbx.Params{"a": a.Id})
	if err != nil {
		return err
	}
	history := make([]map[string]any, 0, len(recs))
	for _, r := range recs {
		history = append(history, map[string]any{
			"id": r.Id, "stage": r.GetString("stage"), "stage_label": workflow.StageLabel(r.GetString("stage")),
			"reviewer": r.GetString("reviewer"), "reviewer_name": r.GetString("reviewer_name"),
			"decision": r.GetString("decision"), "decision_label": workflow.DecisionLabel(r.GetString("decision")),
			"comment": r.GetString("comment"), "created": r.GetString("created"),
		})
	}
	out["records"] = history

	own := a.GetString("applicant") == user.Id ||
		(user.GetBool("tenant_admin") && user.GetString("enterprise") == a.GetString("enterprise"))
	mayDecide := checkDecider(e.App, user, a) == nil
	out["actions"] = map[string]bool{
		"approve": mayDecide, "reject": mayDecide,
		"assign_experts": mayDecide && a.GetString("type") == "product_publish" && a.GetString("stage") == "operator",
		"revoke":         own && a.GetString("status") == "pending",
		"reedit":         own && a.GetString("type") == "product_publish" && (a.GetString("status") == "rejected" || a.GetString("status") == "revoked"),
	}
	return e.JSON(200, out)
}

// applicationJSON is the summary of an application in lists and answers.
func applicationJSON(a *core.Record) map[string]any {
	return map[string]any{
		"id":             a.Id,
		"name":           a.GetString("title"),
		"title":          a.GetString("title"),
		"type":           a.GetString("type"),
		"type_label":     workflow.TypeLabel(a.GetString("type")),
		"status":         a.GetString("status"),
		"status_label":   workflow.StatusLabel(a.GetString("status")),
		"stage":          a.GetString("stage"),
		"stage_label":    workflow.StageLabel(a.GetString("stage")),
		"enterprise":     a.GetString("enterprise"),
		"applicant":      a.GetString("applicant"),
		"applicant_name": a.GetString("applicant_name"),
		"product":        a.GetString("product"),
		"revision":       a.GetString("revision"),
		"experts":        a.GetStringSlice("experts"),
		"comment":        a.GetString("comment"),
		"decided_at":     a.GetString("decided_at"),
		"created":        a.GetString("created"),
		"updated":        a.GetString("updated"),
	}
}
