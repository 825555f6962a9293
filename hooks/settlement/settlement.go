// Package settlement is the money side of vouchers (issue 15): activity
// budgets, the settlement requests (兑付) that pay providers the voucher
// part of their completed orders, and the reconciliation of issued, spent,
// settled and expired amounts.
//
// It reads orders, vouchers, batches and the ledger as records by
// collection name and imports only platform, workflow and PocketBase, so
// the commerce code it watches can move freely. Every invariant is a model
// hook (any save path: routes, records API, dashboard, Go code):
//
//   - budget: the batches of an activity never commit more than its
//     budget_fen (settlement_budget.go);
//   - a settlement only holds completed, voucher-paid orders of its
//     provider and activity, its amount is their deduction, and its
//     status/stage moves only along the settlement machine of
//     hooks/workflow (settlement_model.go);
//   - an order is in at most one settlement: the settlement_orders claim
//     table with a UNIQUE index (settlement_claims.go);
//   - an order cancelled or refunded after completion drops out of its
//     request, which is rejected (settlement_invalidate.go).
//
// The routes of DESIGN §4 (settlement_routes.go, settlement_actions.go)
// check the same rules first so a refusal is a clear 400, then save.
package settlement

import (
	"github.com/pocketbase/pocketbase/core"
)

// Settlement statuses and stages (DESIGN §3); a state of the machine is
// "status/stage" (workflow.MachineSettlement).
const (
	StatusDraft    = "draft"
	StatusPending  = "pending"
	StatusApproved = "approved"
	StatusRejected = "rejected"
	StatusPaid     = "paid"

	StageOperator   = "operator"
	StageDepartment = "department"
	StageDone       = "done"
)

// Collections this package owns.
const (
	colSettlements = "settlements"
	colClaims      = "settlement_orders"
)

// maxOrders bounds one request (the orders relation's MaxSelect).
const maxOrders = 200

// Register binds the model hooks, the records API guards and the routes.
// hooks.Register calls it after the commerce hooks, so its order and batch
// hooks run inside theirs.
func Register(app core.App) {
	registerBudget(app)
	registerModel(app)
	registerRecordsAPI(app)
	registerInvalidation(app)
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		bindRoutes(se)
		return se.Next()
	})
}
