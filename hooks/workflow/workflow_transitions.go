package workflow

import (
	"fmt"
)

// The state machines of DESIGN §2 in one place. Every path that changes a
// status — the review routes, the records API (JS SDK, dashboard), Go code —
// is checked against this table by the model hooks of hooks/review/review.go; the routes
// consult it before they write so a refusal is a clear 400, not a rollback.
//
// A move marked byRequest may also be made through the records API by
// whoever the collection's update rule lets in (重新编辑 of a product); all
// others happen only inside the review routes.

// Machine names: the collection and field (applications: the pair
// status/stage, one machine per application type).
const (
	MachineCert        = "enterprises.cert_status"
	MachineProduct     = "products.status"
	MachineRevision    = "product_revisions.status"
	MachineCertApp     = "applications.certification"
	MachineProductApp  = "applications.product_publish"
	MachineSettlement  = "settlements"
	applicationStateOp = "/"
)

type move struct {
	from, to  string
	byRequest bool
}

type machine struct {
	initial string
	moves   []move
	labels  map[string]string
}

var machines = map[string]machine{
	// draft → pending → approved | rejected; rejected → pending on
	// resubmission; pending → draft when the tenant admin revokes (撤销).
	MachineCert: {initial: "draft", labels: certLabels, moves: []move{
		{"draft", "pending", false},
		{"rejected", "pending", false},
		{"pending", "approved", false},
		{"pending", "rejected", false},
		{"pending", "draft", false},
	}},
	// draft → pending → listed; pending → rejected | revoked;
	// rejected | revoked → draft (重新编辑, also by the records API);
	// listed → delisted → pending (resubmission).
	MachineProduct: {initial: "draft", labels: productLabels, moves: []move{
		{"draft", "pending", false},
		{"delisted", "pending", false},
		{"pending", "listed", false},
		{"pending", "rejected", false},
		{"pending", "revoked", false},
		{"rejected", "draft", true},
		{"revoked", "draft", true},
		{"listed", "delisted", false},
	}},
	// A revision of a listed product: one review, terminal afterwards (a
	// new change makes a new revision).
	MachineRevision: {initial: "draft", labels: revisionLabels, moves: []move{
		{"draft", "pending", false},
		{"pending", "approved", false},
		{"pending", "rejected", false},
		{"pending", "revoked", false},
	}},
	// Certification: one stage (operator).
	MachineCertApp: {initial: "pending/operator", labels: appLabels, moves: []move{
		{"pending/operator", "approved/done", false},
		{"pending/operator", "rejected/operator", false},
		{"pending/operator", "revoked/operator", false},
	}},
	// Publication: operator → expert → department; a rejection or a
	// revocation ends the application at the stage it reached.
	MachineProductApp: {initial: "pending/operator", labels: appLabels, moves: []move{
		{"pending/operator", "pending/expert", false},
		{"pending/operator", "rejected/operator", false},
		{"pending/operator", "revoked/operator", false},
		{"pending/expert", "pending/department", false},
		{"pending/expert", "rejected/expert", false},
		{"pending/expert", "revoked/expert", false},
		{"pending/department", "approved/done", false},
		{"pending/department", "rejected/department", false},
		{"pending/department", "revoked/department", false},
	}},
	// Settlement (兑付), the pair status/stage like applications: the
	// provider submits (resubmits after a rejection), the operator reviews,
	// the department approves, the operator records the payout. A request
	// is rejected at the stage it reached — approved/done too, when the
	// operator finds a problem before paying or an order of it is
	// cancelled or refunded. paid is final.
	MachineSettlement: {initial: "draft/operator", labels: settlementLabels, moves: []move{
		{"draft/operator", "pending/operator", false},
		{"rejected/operator", "pending/operator", false},
		{"rejected/department", "pending/operator", false},
		{"rejected/done", "pending/operator", false},
		{"pending/operator", "pending/department", false},
		{"pending/operator", "rejected/operator", false},
		{"pending/department", "approved/done", false},
		{"pending/department", "rejected/department", false},
		{"approved/done", "paid/done", false},
		{"approved/done", "rejected/done", false},
	}},
}

// AppState is the state of an application in its machine: "status/stage".
func AppState(status, stage string) string { return status + applicationStateOp + stage }

// AppMachine is the machine of an application type ("" when unknown).
func AppMachine(appType string) string {
	switch appType {
	case "certification":
		return MachineCertApp
	case "product_publish":
		return MachineProductApp
	}
	return ""
}

// InitialState is the state a row of the machine starts in when created
// through the records API.
func InitialState(name string) string { return machines[name].initial }

// CanTransition reports whether from → to is a move of the machine. Staying
// in the same state is always allowed (saves that change other fields).
func CanTransition(name, from, to string) bool {
	_, ok := findMove(name, from, to)
	return ok
}

// RequestMayTransition reports whether the records API may make the move
// itself (the rest belong to the review routes).
func RequestMayTransition(name, from, to string) bool {
	m, ok := findMove(name, from, to)
	return ok && (from == to || m.byRequest)
}

func findMove(name, from, to string) (move, bool) {
	mc, ok := machines[name]
	if !ok {
		return move{}, false
	}
	if from == to {
		_, known := mc.labels[from]
		return move{from, to, true}, known
	}
	for _, m := range mc.moves {
		if m.from == from && m.to == to {
			return m, true
		}
	}
	return move{}, false
}

// StateLabel is the Chinese name of a state of the machine.
func StateLabel(name, state string) string {
	if l, ok := machines[name].labels[state]; ok {
		return l
	}
	if state == "" {
		return "空"
	}
	return state
}

// TransitionError explains a refused move in Chinese.
func TransitionError(name, from, to string) string {
	return fmt.Sprintf("状态不能从「%s」变为「%s」", StateLabel(name, from), StateLabel(name, to))
}
