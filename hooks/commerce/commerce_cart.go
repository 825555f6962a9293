package commerce

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"net/http"

	"smedx/hooks/platform"
)

// Cart (购物车): cart_items rows through the records API (its rules keep
// rows to their user). Adding needs a certified enterprise; every save
// checks that the product is listed and the spec is one of its specs.
func registerCart(app core.App) {
	app.OnRecordCreateRequest("cart_items").BindFunc(func(e *core.RecordRequestEvent) error {
		if e.Auth == nil || e.Auth.Collection().Name != "users" || !platform.HasRole(e.Auth, platform.RoleEnterprise) {
			return platform.Error(http.StatusForbidden, "只有企业用户可以使用购物车")
		}
		if _, err := platform.RequireCertified(e.App, e.Auth, "购买商品"); err != nil {
			return err
		}
		var n int
		if err := e.App.DB().NewQuery("SELECT COUNT(*) FROM cart_items WHERE user = {:u} AND spec = {:s}").
			Bind(dbx.Params{"u": e.Auth.Id, "s": e.Record.GetString("spec")}).Row(&n); err != nil {
			return err
		}
		if n > 0 {
			return platform.FieldError("spec", "in_cart", "购物车中已有该规格，请直接修改数量")
		}
		return e.Next()
	})
	app.OnRecordValidate("cart_items").BindFunc(validateCartItem)
}

func validateCartItem(e *core.RecordEvent) error {
	r := e.Record
	p, err := e.App.FindRecordById("products", r.GetString("product"))
	if err != nil {
		return platform.FieldError("product", "not_found", "商品不存在")
	}
	if p.GetString("status") != "listed" {
		return platform.FieldError("product", "not_listed", "商品未上架，不能加入购物车")
	}
	s, err := e.App.FindRecordById("product_specs", r.GetString("spec"))
	if err != nil || s.GetString("product") != p.Id {
		return platform.FieldError("spec", "wrong_spec", "所选规格不属于该商品")
	}
	if q := r.GetInt("quantity"); q < 1 || q > 999 {
		return platform.FieldError("quantity", "range", "购买数量应为 1-999")
	}
	return e.Next()
}
