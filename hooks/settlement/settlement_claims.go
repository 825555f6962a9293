package settlement

import (
	"fmt"

	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
)

// Claims: settlement_orders holds one row per order of a settlement, kept
// in step with settlements.orders by the settlement model hooks in the
// same transaction as the settlement's save. Its UNIQUE index on order is
// the database-level guarantee that an order is in at most one settlement:
// two requests racing for the same order both pass their checks only if
// they run one after the other (SQLite has one writer, so the second sees
// the first's claim), and if anything ever bypassed the checks the insert
// itself fails and the whole request rolls back.
//
// A claim lasts as long as the settlement holds the order: a rejected
// request keeps its orders for the resubmission; deleting a draft or
// rejected request (cascade) or an order dropping out of it (cancelled or
// refunded) releases them.

// claimedBy maps each of ids that is in a settlement to that settlement.
func claimedBy(app core.App, ids []string) (map[string]string, error) {
	out := map[string]string{}
	if len(ids) == 0 {
		return out, nil
	}
	var rows []struct {
		Order      string `db:"order"`
		Settlement string `db:"settlement"`
	}
	in, params := inList("o", ids)
	err := app.DB().NewQuery("SELECT [[order]], settlement FROM " + colClaims + " WHERE [[order]] IN (" + in + ")").
		Bind(params).All(&rows)
	for _, r := range rows {
		out[r.Order] = r.Settlement
	}
	return out, err
}

// syncClaims makes the claim rows of s match its orders: rows of orders it
// no longer holds are deleted, rows of new orders inserted. before are the
// orders the stored row held (nil for a new settlement). tx must be the
// transaction of the settlement's save.
func syncClaims(tx core.App, s *core.Record, before []string) error {
	now := s.GetStringSlice("orders")
	had := map[string]bool{}
	for _, id := range before {
		had[id] = true
	}
	keep := map[string]bool{}
	for _, id := range now {
		keep[id] = true
	}
	var gone []string
	for _, id := range before {
		if !keep[id] {
			gone = append(gone, id)
		}
	}
	if len(gone) > 0 {
		in, params := inList("o", gone)
		params["s"] = s.Id
		if _, err := tx.DB().NewQuery("DELETE FROM " + colClaims + " WHERE settlement = {:s} AND [[order]] IN (" + in + ")").
			Bind(params).Execute(); err != nil {
			return err
		}
	}
	var added []string
	for _, id := range now {
		if !had[id] {
			added = append(added, id)
		}
	}
	if len(added) == 0 {
		return nil
	}
	funding, err := loadFunding(tx, added)
	if err != nil {
		return err
	}
	col, err := tx.FindCachedCollectionByNameOrId(colClaims)
	if err != nil {
		return err
	}
	for _, id := range added {
		c := core.NewRecord(col)
		c.Set("settlement", s.Id)
		c.Set("order", id)
		c.Set("provider_enterprise", s.GetString("provider_enterprise"))
		if f := funding[id]; f != nil {
			c.Set("amount_fen", f.Deduction)
		}
		if err := tx.Save(c); err != nil {
			if platform.IsUniqueErr(err) {
				no := id
				if f := funding[id]; f != nil {
					no = f.OrderNo
				}
				return platform.Conflict(fmt.Sprintf("订单 %s 已在其他兑付申请中，不能重复申请", no))
			}
			return err
		}
	}
	return nil
}
