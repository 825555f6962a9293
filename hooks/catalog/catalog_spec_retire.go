package catalog

import (
	"net/http"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
)

// A spec that has orders is never deleted (issue 12, finding 10): the
// orders point at it. A revision that drops it retires it instead
// (product_specs.retired: not public — public_product_specs leaves it
// out — not for sale, out of the price range); a direct delete, on any
// path, is refused with a message that names the cause.

// SpecHasOrders reports whether any order was placed for spec.
func SpecHasOrders(app core.App, specID string) bool {
	var n int
	err := app.DB().NewQuery("SELECT count(*) FROM {{orders}} WHERE [[spec]] = {:s}").Bind(dbx.Params{"s": specID}).Row(&n)
	return err != nil || n > 0 // unknown counts as "has orders": never delete blindly
}

func registerSpecRetire(app core.App) {
	app.OnRecordDelete("product_specs").BindFunc(func(e *core.RecordEvent) error {
		if SpecHasOrders(e.App, e.Record.Id) {
			return platform.Error(http.StatusBadRequest,
				"规格「"+e.Record.GetString("name")+"」已有订单，不能删除；上架商品请在变更申请中移除该规格，审核通过后该规格停售，订单记录保留")
		}
		return e.Next()
	})
}
