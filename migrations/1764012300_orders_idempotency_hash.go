package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// orders.idempotency_hash: the fingerprint of the checkout body that
// created the order, so a reused Idempotency-Key with another body is
// refused (issue 12, finding 6).
func init() {
	m.Register(func(app core.App) error {
		orders, err := app.FindCollectionByNameOrId("orders")
		if err != nil {
			return err
		}
		orders.Fields.Add(&core.TextField{Name: "idempotency_hash", Max: 64, Hidden: true})
		return app.Save(orders)
	}, func(app core.App) error {
		orders, err := app.FindCollectionByNameOrId("orders")
		if err != nil {
			return err
		}
		orders.Fields.RemoveByName("idempotency_hash")
		return app.Save(orders)
	})
}
