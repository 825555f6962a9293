package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Commerce (issue 6): two relations of the commerce schema hold lists, but
// a RelationField with MaxSelect 0 is a single relation in PocketBase.
//
//   - orders.vouchers: every voucher that paid part of the order (a
//     checkout may spend several vouchers on one order).
//   - voucher_batches.scope_products: the products a batch may pay for.
func init() {
	m.Register(func(app core.App) error {
		return setRelationMax(app, map[string]int{"orders.vouchers": 20, "voucher_batches.scope_products": 500})
	}, func(app core.App) error {
		return setRelationMax(app, map[string]int{"orders.vouchers": 1, "voucher_batches.scope_products": 1})
	})
}

func setRelationMax(app core.App, max map[string]int) error {
	for key, n := range max {
		var col, field string
		for i := range key {
			if key[i] == '.' {
				col, field = key[:i], key[i+1:]
			}
		}
		c, err := app.FindCollectionByNameOrId(col)
		if err != nil {
			return err
		}
		f, ok := c.Fields.GetByName(field).(*core.RelationField)
		if !ok {
			continue
		}
		f.MaxSelect = n
		if err := app.Save(c); err != nil {
			return err
		}
	}
	return nil
}
