package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Voucher funds (issue 15): activity budgets and settlement deadlines, the
// settlement requests (兑付) of providers and the claim table that keeps an
// order in at most one settlement.
//
//   - voucher_activities.budget_fen: the activity's money; every batch's
//     face × quantity counts against it (0 on activities made before
//     budgets existed: no limit, see hooks/settlement). settle_deadline is
//     申请兑付截止, after which providers can no longer ask to be paid.
//   - settlements: one request of a provider for a set of its completed,
//     voucher-paid orders of one activity. Its workflow (status/stage) is
//     the settlement machine of hooks/workflow, enforced by model hooks.
//     Providers read their own, operators and the department every
//     submitted one; the records API writes only the invoice, the
//     acceptance documents and the provider's note of a draft or rejected
//     request (hooks/settlement allow-lists them). Files are protected.
//   - settlement_orders: one row per order of a settlement, kept in step
//     with settlements.orders by the model hooks. The UNIQUE index on order
//     is what makes "an order is in at most one settlement" hold at the
//     database level, whatever races above it.
func init() {
	m.Register(func(app core.App) error {
		find := func(name string) (*core.Collection, error) { return app.FindCollectionByNameOrId(name) }
		activities, err := find("voucher_activities")
		if err != nil {
			return err
		}
		activities.Fields.Add(integer("budget_fen", 0), date("settle_deadline"))
		if err := app.Save(activities); err != nil {
			return err
		}
		enterprises, err := find("enterprises")
		if err != nil {
			return err
		}
		users, err := find("users")
		if err != nil {
			return err
		}
		orders, err := find("orders")
		if err != nil {
			return err
		}

		invoice := file("invoice", 1, 20*mb, invoiceMimes)
		invoice.Protected = true
		docs := file("documents", 10, 100*mb, documentMimes)
		docs.Protected = true
		settlements := newBase("settlements",
			relation("provider_enterprise", enterprises, 1, true, false),
			text("provider_name", 200),
			// Not cascading: an activity with settlements cannot be deleted.
			relation("activity", activities, 1, true, false),
			text("activity_name", 200),
			relation("applicant", users, 1, false, false),
			&core.RelationField{Name: "orders", CollectionId: orders.Id, MaxSelect: 200},
			integer("amount_fen", 0),
			choice("status", true, "draft", "pending", "approved", "rejected", "paid"),
			choice("stage", true, "operator", "department", "done"),
			invoice,
			text("invoice_no", 50),
			docs,
			text("remark", 500),
			text("comment", 500),
			text("payout_ref", 100),
			date("paid_at"),
			date("submitted_at"),
			date("first_submitted_at"),
			jsonField("history", 64<<10),
		)
		settlements.AddIndex("idx_settlements_provider", false, "provider_enterprise, created", "")
		settlements.AddIndex("idx_settlements_state", false, "status, stage, created", "")
		settlements.AddIndex("idx_settlements_activity", false, "activity, status", "")
		owner := `(@request.auth.role = "provider" && @request.auth.enterprise != "" && provider_enterprise = @request.auth.enterprise)`
		reader := owner + ` || (` + ruleStaff + ` && status != "draft")`
		ownerAdmin := owner + ` && @request.auth.tenant_admin = true && @request.auth.enterprise.cert_status = "approved" && (status = "draft" || status = "rejected")`
		setRules(settlements, rule(reader), rule(reader), nil, rule(ownerAdmin), rule(ownerAdmin))
		if err := app.Save(settlements); err != nil {
			return err
		}

		claims := newBase("settlement_orders",
			relation("settlement", settlements, 1, true, true),
			relation("order", orders, 1, true, false),
			relation("provider_enterprise", enterprises, 1, true, false),
			integer("amount_fen", 0),
		)
		claims.AddIndex("idx_settlement_orders_order", true, "`order`", "")
		claims.AddIndex("idx_settlement_orders_settlement", false, "settlement", "")
		setRules(claims, nil, nil, nil, nil, nil)
		return app.Save(claims)
	}, func(app core.App) error {
		for _, name := range []string{"settlement_orders", "settlements"} {
			c, err := app.FindCollectionByNameOrId(name)
			if err != nil {
				continue
			}
			if err := app.Delete(c); err != nil {
				return err
			}
		}
		activities, err := app.FindCollectionByNameOrId("voucher_activities")
		if err != nil {
			return err
		}
		activities.Fields.RemoveByName("budget_fen")
		activities.Fields.RemoveByName("settle_deadline")
		return app.Save(activities)
	})
}

// invoiceMimes: 增值税发票 as PDF, an image of a paper invoice, OFD (a zip
// container) or the XML of a 数电票.
var invoiceMimes = []string{"application/pdf", "image/jpeg", "image/png", "application/zip", "application/xml", "text/xml"}
