package settlement

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// Each step of a request is kept three ways, all in its transaction: a
// line of the request's own history (what provider and reviewers see in
// the detail), an audit_logs row and the notifications of the people the
// step concerns.

// historyEntry is one line of settlements.history.
type historyEntry struct {
	At        string `json:"at"`
	Action    string `json:"action"` // create, submit, approve, reject, pay, invalidate
	ActorID   string `json:"actor,omitempty"`
	ActorName string `json:"actor_name"`
	Role      string `json:"role,omitempty"`
	Comment   string `json:"comment,omitempty"`
	From      string `json:"from,omitempty"`
	To        string `json:"to"`
	ToLabel   string `json:"to_label"`
	AmountFen int    `json:"amount_fen"`
}

// appendHistory adds e (its time and label filled in) to s's history.
func appendHistory(s *core.Record, e historyEntry) {
	var list []historyEntry
	_ = platform.UnmarshalJSONString(s.GetString("history"), &list)
	if e.At == "" {
		e.At = types.NowDateTime().String()
	}
	e.ToLabel = workflow.StateLabel(workflow.MachineSettlement, e.To)
	list = append(list, e)
	// The field holds 64 KB; a request bounced that often keeps its latest steps.
	if len(list) > 200 {
		list = list[len(list)-200:]
	}
	s.Set("history", list)
}

func actorEntry(user *core.Record) (id, name, role string) {
	if user == nil {
		return "", "系统", ""
	}
	name = user.GetString("name")
	if name == "" {
		name = user.GetString("username")
	}
	return user.Id, name, user.GetString("role")
}

// Links of the notifications: the provider's 兑付管理 and the reviewers'
// 兑付审核 page, opened on the request.
func providerLink(id string) string { return "/workbench/settlements?id=" + id }
func reviewLink(id string) string   { return "/workbench/settlement-review?id=" + id }

// notifyProvider tells the provider of s: the user who asked, or every
// tenant admin when nobody did (a request made in the dashboard).
func notifyProvider(tx core.App, s *core.Record, title, content string) error {
	users := []string{}
	if a := s.GetString("applicant"); a != "" {
		users = append(users, a)
	} else if err := tx.DB().Select("id").From("users").Where(dbx.HashExp{
		"enterprise": s.GetString("provider_enterprise"), "tenant_admin": true,
	}).Column(&users); err != nil {
		return err
	}
	for _, u := range users {
		if err := platform.NotifyWith(tx, platform.Notice{
			User: u, Title: title, Content: content, Link: providerLink(s.Id),
			Kind: platform.KindReviewDecision, RefCollection: colSettlements, RefID: s.Id,
		}); err != nil {
			return err
		}
	}
	return nil
}

// notifyReviewers tells every user of role that a request reached them.
func notifyReviewers(tx core.App, role string, s *core.Record, title, content string) error {
	return platform.NotifyRole(tx, role, platform.Notice{
		Title: title, Content: content, Link: reviewLink(s.Id),
		Kind: platform.KindReviewTodo, RefCollection: colSettlements, RefID: s.Id,
	})
}
