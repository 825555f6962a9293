package exports

import (
	"encoding/json"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// GET /api/smedx/audit: with collection and record, one record's history
// (exports_history.go); otherwise the 操作日志 — who did what, when, to
// which record, from which IP, with what result — filtered by actor,
// action, collection, result and a China-time date range, newest first,
// one page at a time. The log is for platform staff only.

func handleAudit(e *core.RequestEvent) error {
	q := e.Request.URL.Query()
	if record := strings.TrimSpace(q.Get("record")); record != "" {
		collection := strings.TrimSpace(q.Get("collection"))
		if collection == "" {
			return filterError("collection", "required", "查看历史需要指明数据类型（collection）")
		}
		return handleHistory(e, collection, record)
	}
	if !e.HasSuperuserAuth() {
		user, err := platform.AuthUser(e)
		if err != nil {
			return err
		}
		if !isStaff(user) {
			return apis.NewForbiddenError("只有运营人员和工信厅可以查看操作日志", nil)
		}
	}
	return handleOplog(e)
}

// LogEntry is one row of the operation log.
type LogEntry struct {
	ID              string        `json:"id"`
	Time            string        `json:"time"`
	Actor           string        `json:"actor"`
	ActorName       string        `json:"actor_name"`
	ActorRole       string        `json:"actor_role"`
	ActorRoleLabel  string        `json:"actor_role_label"`
	Enterprise      string        `json:"enterprise"`
	EnterpriseName  string        `json:"enterprise_name"`
	Action          string        `json:"action"`
	ActionLabel     string        `json:"action_label"`
	Collection      string        `json:"collection"`
	CollectionLabel string        `json:"collection_label"`
	Record          string        `json:"record"`
	RecordLabel     string        `json:"record_label"`
	IP              string        `json:"ip"`
	Result          string        `json:"result"`
	ResultLabel     string        `json:"result_label"`
	Summary         string        `json:"summary"`
	Detail          types.JSONRaw `json:"detail"`
}

func handleOplog(e *core.RequestEvent) error {
	q := e.Request.URL.Query()
	page, perPage := platform.PageParams(q, 20, 200)
	where, err := oplogFilter(q.Get("actor"), q.Get("action"), q.Get("collection"), q.Get("result"), q.Get("from"), q.Get("to"))
	if err != nil {
		return err
	}
	base := func(cols ...string) *dbx.SelectQuery {
		return e.App.DB().Select(cols...).From("{{audit_logs}} l").
			LeftJoin("{{users}} u", dbx.NewExp("[[u.id]] = [[l.actor]]")).
			LeftJoin("{{enterprises}} e", dbx.NewExp("[[e.id]] = [[l.enterprise]]")).
			Where(where)
	}
	var total int
	if err := base("count(*)").Row(&total); err != nil {
		return err
	}
	var rows []struct {
		ID         string         `db:"id"`
		Created    types.DateTime `db:"created"`
		Actor      string         `db:"actor"`
		ActorName  string         `db:"actor_name"`
		Role       string         `db:"role"`
		Enterprise string         `db:"enterprise"`
		EntName    string         `db:"ent_name"`
		Action     string         `db:"action"`
		Collection string         `db:"target_collection"`
		Target     string         `db:"target_id"`
		IP         string         `db:"ip"`
		Detail     string         `db:"detail"`
		Result     string         `db:"result"`
	}
	err = base("l.id", "l.created", "l.actor", "l.actor_name", "COALESCE([[u.role]], '') AS [[role]]", "l.enterprise",
		"COALESCE([[e.name]], '') AS [[ent_name]]", "l.action", "l.target_collection", "l.target_id", "l.ip",
		"COALESCE([[l.detail]], '') AS [[detail]]", resultSQL("l")+" AS [[result]]").
		OrderBy(oplogOrder(q.Get("sort"))...).Limit(int64(perPage)).Offset(int64((page - 1) * perPage)).All(&rows)
	if err != nil {
		return err
	}
	items := make([]LogEntry, len(rows))
	targets := map[string][]string{}
	for i, r := range rows {
		items[i] = LogEntry{
			ID: r.ID, Time: r.Created.String(), Actor: r.Actor, ActorName: r.ActorName, ActorRole: r.Role,
			ActorRoleLabel: roleLabel(r.Role), Enterprise: r.Enterprise, EnterpriseName: r.EntName,
			Action: r.Action, ActionLabel: ActionLabel(r.Action), Collection: r.Collection, CollectionLabel: CollectionLabel(r.Collection),
			Record: r.Target, IP: r.IP, Result: r.Result, ResultLabel: ResultLabel(r.Result), Summary: auditSummary(r.Detail),
			Detail: types.JSONRaw(orNull(r.Detail)),
		}
		if r.Target != "" {
			targets[r.Collection] = append(targets[r.Collection], r.Target)
		}
	}
	labels := recordLabels(e.App, targets)
	for i := range items {
		items[i].RecordLabel = labels[items[i].Collection+"/"+items[i].Record]
	}

	var seen []string
	_ = e.App.DB().Select("action").Distinct(true).From("audit_logs").Column(&seen)
	collections := []Option{}
	for _, name := range sortedKeys(collectionLabels) {
		collections = append(collections, Option{name, collectionLabels[name]})
	}
	return e.JSON(http.StatusOK, map[string]any{
		"page": page, "perPage": perPage, "totalItems": total, "totalPages": (total + perPage - 1) / perPage,
		"items": items, "actions": actionOptions(seen), "collections": collections,
		"results": []Option{{resultSuccess, ResultLabel(resultSuccess)}, {resultFailure, ResultLabel(resultFailure)}},
	})
}

// oplogFilter builds the WHERE of the log from its query parameters; a
// malformed date is a 400 naming the parameter.
// oplogOrder is newest first unless the caller asks for sort=created
// (oldest first); no other column is sortable, so sort is no oracle.
func oplogOrder(sort string) []string {
	if sort == "created" {
		return []string{"l.created ASC", "l.id ASC"}
	}
	return []string{"l.created DESC", "l.id DESC"}
}

func oplogFilter(actor, action, collection, result, from, to string) (dbx.Expression, error) {
	conds := []dbx.Expression{dbx.NewExp("1 = 1")}
	if actor = strings.TrimSpace(actor); actor != "" {
		// An id picks one account; anything else searches the names.
		conds = append(conds, dbx.Or(dbx.HashExp{"l.actor": actor}, dbx.Like("l.actor_name", actor)))
	}
	if action = strings.TrimSpace(action); action != "" {
		var list []any
		for _, a := range strings.Split(action, ",") {
			if a = strings.TrimSpace(a); a != "" {
				list = append(list, a)
			}
		}
		conds = append(conds, dbx.In("l.action", list...))
	}
	if collection = strings.TrimSpace(collection); collection != "" {
		conds = append(conds, dbx.HashExp{"l.target_collection": collection})
	}
	switch strings.TrimSpace(result) {
	case "":
	case resultSuccess, resultFailure:
		conds = append(conds, dbx.NewExp(resultSQL("l")+" = {:result}", dbx.Params{"result": result}))
	default:
		return nil, filterError("result", "invalid", "结果只能是 success（成功）或 failure（失败）")
	}
	errs := validation.Errors{}
	start, ok := chinaDay(from, false)
	if !ok {
		errs["from"] = platform.Invalid("invalid_date", "开始日期格式不正确，应为 YYYY-MM-DD")
	}
	end, ok2 := chinaDay(to, true)
	if !ok2 {
		errs["to"] = platform.Invalid("invalid_date", "结束日期格式不正确，应为 YYYY-MM-DD")
	}
	if ok && ok2 && !start.IsZero() && !end.IsZero() && !end.After(start) {
		errs["to"] = platform.Invalid("before_start", "结束日期不能早于开始日期")
	}
	if len(errs) > 0 {
		return nil, platform.BadRequest(errs)
	}
	if !start.IsZero() {
		conds = append(conds, dbx.NewExp("[[l.created]] >= {:from}", dbx.Params{"from": stamp(start)}))
	}
	if !end.IsZero() {
		conds = append(conds, dbx.NewExp("[[l.created]] < {:to}", dbx.Params{"to": stamp(end)}))
	}
	return dbx.And(conds...), nil
}

// chinaDay reads a date "2026-01-05" as that day in China time: its start,
// or with end the start of the next day. A datetime is taken as is: UTC
// when it says so (PocketBase's "…Z", RFC 3339), else China time.
func chinaDay(s string, end bool) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, true
	}
	if d, err := time.ParseInLocation("2006-01-02", s, platform.China); err == nil {
		if end {
			d = d.AddDate(0, 0, 1)
		}
		return d, true
	}
	for _, layout := range []string{"2006-01-02 15:04:05.000Z", "2006-01-02 15:04:05Z", time.RFC3339, "2006-01-02 15:04:05", "2006-01-02T15:04:05"} {
		if d, err := time.ParseInLocation(layout, s, platform.China); err == nil {
			return d, true
		}
	}
	return time.Time{}, false
}

func stamp(t time.Time) string {
	d, _ := types.ParseDateTime(t.UTC())
	return d.String()
}

func orNull(s string) string {
	if strings.TrimSpace(s) == "" {
		return "null"
	}
	return s
}

func roleLabel(role string) string {
	if role == "" {
		return ""
	}
	return workflow.Label(workflow.RoleNames, role)
}

// recordLabels names the records of the log by what people call them:
// an order by its number, a product or tenant by its name.
func recordLabels(app core.App, targets map[string][]string) map[string]string {
	out := map[string]string{}
	for collection, ids := range targets {
		expr, ok := recordLabelSQL[collection]
		if !ok {
			continue
		}
		in := make([]any, len(ids))
		for i, id := range ids {
			in[i] = id
		}
		var rows []struct {
			ID    string `db:"id"`
			Label string `db:"label"`
		}
		if err := app.DB().Select("t.id", expr+" AS [[label]]").From("{{" + collection + "}} t").
			Where(dbx.In("t.id", in...)).All(&rows); err != nil {
			continue // a collection that is gone names nothing
		}
		for _, r := range rows {
			out[collection+"/"+r.ID] = r.Label
		}
	}
	return out
}

var recordLabelSQL = map[string]string{
	"orders":            "[[t.order_no]]",
	"products":          "[[t.name]]",
	"enterprises":       "[[t.name]]",
	"applications":      "[[t.title]]",
	"users":             "COALESCE(NULLIF([[t.name]], ''), [[t.username]])",
	"vouchers":          "[[t.name]]",
	"experts":           "[[t.name]]",
	"payments":          "COALESCE((SELECT [[o.order_no]] FROM {{orders}} o WHERE [[o.id]] = [[t.order]]), '')",
	"product_revisions": "COALESCE((SELECT [[p.name]] FROM {{products}} p WHERE [[p.id]] = [[t.product]]), '')",
}

// auditSummary is a one-line Chinese reading of an audit detail.
func auditSummary(raw string) string {
	var d map[string]any
	if platform.UnmarshalJSONString(raw, &d) != nil || len(d) == 0 {
		return ""
	}
	var parts []string
	str := func(k string) string { s, _ := d[k].(string); return strings.TrimSpace(s) }
	if t := str("title"); t != "" && d["rows"] != nil {
		parts = append(parts, "导出「"+t+"」"+jsonNumber(d["rows"])+" 行")
		if f := str("filter"); f != "" {
			parts = append(parts, "筛选："+f)
		}
	}
	if c := str("comment"); c != "" {
		parts = append(parts, "意见："+c)
	}
	if r := str("reason"); r != "" {
		parts = append(parts, "原因："+r)
	}
	if v, ok := d["amount_fen"].(float64); ok {
		parts = append(parts, "金额 "+yuanText(int64(v)))
	}
	return strings.Join(parts, "；")
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func jsonNumber(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
