package exports

import (
	"net/http"
	"sort"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/workflow"
)

// One record's whole history (the 历史 tab): GET /api/smedx/audit?
// collection=…&record=… merges, in time order, the record's creation and
// state changes (from its own timestamps), the review decisions of its
// applications, its money movements (voucher ledger rows, payments) and
// the audit_logs rows about it and its parts. An audit row that records
// the same step as a derived event (订单发货 and delivered_at) is folded
// into that event, giving it the actor and source IP.

// Event kinds of a history.
const (
	kindCreated   = "created"
	kindState     = "state"
	kindDecision  = "decision"
	kindMoney     = "money"
	kindOperation = "operation"
)

var kindLabels = map[string]string{
	kindCreated: "创建", kindState: "状态变更", kindDecision: "审批", kindMoney: "资金", kindOperation: "操作",
}

// Event is one step of a record's history.
type Event struct {
	Time       string `json:"time"` // PocketBase datetime (UTC)
	Kind       string `json:"kind"`
	KindLabel  string `json:"kind_label"`
	Title      string `json:"title"`
	Detail     string `json:"detail,omitempty"`
	Actor      string `json:"actor,omitempty"`
	IP         string `json:"ip,omitempty"`
	AmountFen  *int64 `json:"amount_fen,omitempty"` // signed: negative when money leaves (a voucher spent)
	Result     string `json:"result"`
	Collection string `json:"collection"` // the row the event comes from
	Record     string `json:"record"`

	match    string // "action/target": the audit row that records this step
	actorID  string
	sequence int // ties on time keep the order they were added in
}

// history collects the events of one record.
type history struct {
	app    core.App
	events []*Event
	staff  bool // platform staff see source IPs
}

func (h *history) add(ev *Event) *Event {
	if ev.Time == "" {
		return ev
	}
	ev.KindLabel = kindLabels[ev.Kind]
	if ev.Result == "" {
		ev.Result = resultSuccess
	}
	ev.sequence = len(h.events)
	h.events = append(h.events, ev)
	return ev
}

func money(fen int64) *int64 { return &fen }

func dt(r *core.Record, field string) string {
	d := r.GetDateTime(field)
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// submitActions are the audit actions that submit an application; their
// detail names it, which ties them to the application's submission event.
var submitActions = map[string]bool{"certification_submit": true, "product_submit": true, "product_revision_submit": true}

// about is the condition "an audit row about collection/ids".
func about(collection string, ids ...string) dbx.Expression {
	if len(ids) == 0 {
		return nil
	}
	in := make([]any, len(ids))
	for i, id := range ids {
		in[i] = id
	}
	return dbx.And(dbx.HashExp{"l.target_collection": collection}, dbx.In("l.target_id", in...))
}

// auditRows folds the audit_logs rows matching any of conds into the
// history: into the derived event they record, or as operations.
func (h *history) auditRows(conds ...dbx.Expression) error {
	var where []dbx.Expression
	for _, c := range conds {
		if c != nil {
			where = append(where, c)
		}
	}
	if len(where) == 0 {
		return nil
	}
	var rows []struct {
		ID          string         `db:"id"`
		Created     types.DateTime `db:"created"`
		Actor       string         `db:"actor"`
		ActorName   string         `db:"actor_name"`
		Action      string         `db:"action"`
		Target      string         `db:"target_id"`
		IP          string         `db:"ip"`
		Detail      string         `db:"detail"`
		Application string         `db:"application"`
		Result      string         `db:"result"`
	}
	err := h.app.DB().Select("l.id", "l.created", "l.actor", "l.actor_name", "l.action", "l.target_id", "l.ip",
		"COALESCE([[l.detail]], '') AS [[detail]]", jsonText("[[l.detail]]", "$.application")+" AS [[application]]",
		resultSQL("l")+" AS [[result]]").
		From("{{audit_logs}} l").Where(dbx.Or(where...)).OrderBy("l.created", "l.id").All(&rows)
	if err != nil {
		return err
	}
	for _, r := range rows {
		ev := h.matching(r.Action + "/" + r.Target)
		if ev == nil && submitActions[r.Action] && r.Application != "" {
			ev = h.matching("submit/" + r.Application)
		}
		if ev != nil {
			if ev.Actor == "" || ev.actorID == r.Actor {
				ev.Actor = r.ActorName
			}
			ev.IP = r.IP
			continue
		}
		h.add(&Event{
			Time: r.Created.String(), Kind: kindOperation, Title: ActionLabel(r.Action), Detail: auditSummary(r.Detail),
			Actor: r.ActorName, IP: r.IP, Result: r.Result, Collection: "audit_logs", Record: r.ID,
		})
	}
	return nil
}

// matching finds (and consumes) the derived event recorded by key.
func (h *history) matching(key string) *Event {
	for _, ev := range h.events {
		if ev.match == key {
			ev.match = ""
			return ev
		}
	}
	return nil
}

// sorted answers the events oldest first; without staff rights, without IPs.
func (h *history) sorted() []*Event {
	sort.SliceStable(h.events, func(i, j int) bool {
		if h.events[i].Time != h.events[j].Time {
			return h.events[i].Time < h.events[j].Time
		}
		return h.events[i].sequence < h.events[j].sequence
	})
	if !h.staff {
		for _, ev := range h.events {
			ev.IP = ""
		}
	}
	return h.events
}

// userName is the display name of a users id ("" when gone).
func userName(app core.App, id string) string {
	if id == "" {
		return ""
	}
	u, err := app.FindRecordById("users", id)
	if err != nil {
		return ""
	}
	if n := u.GetString("name"); n != "" {
		return n
	}
	return u.GetString("username")
}

// yuanText is fen as the documents and histories write it: ¥1,250.50.
func yuanText(fen int64) string {
	if fen < 0 {
		return "-¥" + yuanGrouped(-fen)
	}
	return "¥" + yuanGrouped(fen)
}

// applicationEvents adds an application's submission and decisions (the
// caller folds in the audit rows, which name the application).
func (h *history) applicationEvents(a *core.Record) error {
	typ := workflow.TypeLabel(a.GetString("type"))
	h.add(&Event{
		Time: dt(a, "created"), Kind: kindCreated, Title: "提交" + typ + "申请", Detail: a.GetString("title"),
		Actor: a.GetString("applicant_name"), actorID: a.GetString("applicant"),
		Collection: "applications", Record: a.Id, match: "submit/" + a.Id,
	})
	reviews, err := h.app.FindRecordsByFilter("review_records", "application = {:a}", "created", 0, 0, dbx.Params{"a": a.Id})
	if err != nil {
		return err
	}
	for _, r := range reviews {
		decision := r.GetString("decision")
		ev := h.add(&Event{
			Time: dt(r, "created"), Kind: kindDecision,
			Title:  workflow.StageLabel(r.GetString("stage")) + " " + workflow.Label(workflow.DecisionNames, decision),
			Detail: r.GetString("comment"), Actor: r.GetString("reviewer_name"), actorID: r.GetString("reviewer"),
			Collection: "review_records", Record: r.Id, match: "application_" + decision + "/" + a.Id,
		})
		if decision == "reject" {
			ev.Result = resultFailure
		}
	}
	if a.GetString("status") == "revoked" {
		h.add(&Event{Time: dt(a, "updated"), Kind: kindState, Title: "申请已撤销", Actor: a.GetString("applicant_name"),
			Collection: "applications", Record: a.Id, match: "application_revoke/" + a.Id})
	}
	return nil
}

func handleHistory(e *core.RequestEvent, collection, id string) error {
	build, ok := historyBuilders[collection]
	if !ok {
		return filterError("collection", "unsupported", "不支持查看「"+CollectionLabel(collection)+"」的历史")
	}
	rec, err := e.App.FindRecordById(collection, id)
	if err != nil {
		return apis.NewNotFoundError(CollectionLabel(collection)+"不存在", nil)
	}
	viewer, err := historyViewer(e, collection, rec)
	if err != nil {
		return err
	}
	h := &history{app: e.App, staff: viewer.staff}
	title, err := build(h, rec, viewer)
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, map[string]any{
		"collection": collection, "collection_label": CollectionLabel(collection), "record": rec.Id,
		"title": title, "items": h.sorted(),
	})
}
