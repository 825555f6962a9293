package catalog

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"net/http"

	"smedx/hooks/platform"
)

// Register binds the hooks and routes of product listing rules,
// public catalog (issue 5):
//
//   - model rules of products, product_specs and product_cases on every
//     save path (catalog_product_validate.go);
//   - request guards: a product and its parts change directly only while
//     editable (draft, rejected, revoked); server-kept fields (counters,
//     price range, provider name, status) are not the client's to set;
//   - denormalised fields kept current: price_min/max_fen from the specs,
//     provider_name from the enterprise;
//   - routes: my products, public catalog, experts, announcements. The
//     发布预览 is a page of the UI reading the product through the records
//     API under its rules (issue 13: the server-rendered preview took the
//     login token in its address and was a second renderer).
func Register(app core.App) {
	app.OnRecordValidate("products").BindFunc(func(e *core.RecordEvent) error {
		if err := validateProductRecord(e.App, e.Record); err != nil {
			return err
		}
		return e.Next()
	})
	app.OnRecordValidate("product_specs").BindFunc(func(e *core.RecordEvent) error {
		if err := validateSpecRecord(e.Record); err != nil {
			return err
		}
		return e.Next()
	})
	app.OnRecordValidate("product_cases").BindFunc(func(e *core.RecordEvent) error {
		if err := validateCaseRecord(e.Record); err != nil {
			return err
		}
		return e.Next()
	})

	app.OnRecordCreateRequest("products").BindFunc(onProductCreateRequest)
	app.OnRecordUpdateRequest("products").BindFunc(onProductUpdateRequest)
	for _, name := range []string{"product_specs", "product_cases"} {
		app.OnRecordCreateRequest(name).BindFunc(onProductPartRequest)
		app.OnRecordUpdateRequest(name).BindFunc(onProductPartRequest)
		app.OnRecordDeleteRequest(name).BindFunc(onProductPartRequest)
	}
	app.OnRecordCreateRequest("product_specs").BindFunc(func(e *core.RecordRequestEvent) error {
		var n int
		_ = e.App.DB().Select("count(*)").From("product_specs").
			Where(dbx.HashExp{"product": e.Record.GetString("product")}).Row(&n)
		if n >= maxSpecs {
			return platform.FieldError("product", "too_many_specs", "每个商品最多添加 20 个规格")
		}
		return e.Next()
	})

	// The price range follows the specs, in the same transaction as the
	// spec change (the Execute hooks run inside it, e.App is the tx).
	syncPrice := func(e *core.RecordEvent) error {
		if err := e.Next(); err != nil {
			return err
		}
		ids := []string{e.Record.GetString("product")}
		if o := e.Record.Original(); o != nil && o.GetString("product") != ids[0] && o.GetString("product") != "" {
			ids = append(ids, o.GetString("product"))
		}
		for _, id := range ids {
			if err := refreshProductPrice(e.App, id); err != nil {
				return err
			}
		}
		return nil
	}
	app.OnRecordCreateExecute("product_specs").BindFunc(syncPrice)
	app.OnRecordUpdateExecute("product_specs").BindFunc(syncPrice)
	app.OnRecordDeleteExecute("product_specs").BindFunc(syncPrice)

	// provider_name is shown on every catalog card: set it on create, and
	// follow a renamed enterprise.
	app.OnRecordCreate("products").BindFunc(func(e *core.RecordEvent) error {
		if e.Record.GetString("provider_name") == "" {
			if ent, err := e.App.FindRecordById("enterprises", e.Record.GetString("enterprise")); err == nil {
				e.Record.Set("provider_name", ent.GetString("name"))
			}
		}
		return e.Next()
	})
	app.OnRecordUpdateExecute("enterprises").BindFunc(func(e *core.RecordEvent) error {
		if e.Record.Original().GetString("name") == e.Record.GetString("name") {
			return e.Next()
		}
		// The rename, its products and their search index: one transaction.
		original := e.App
		err := e.App.RunInTransaction(func(tx core.App) error {
			e.App = tx
			if err := e.Next(); err != nil {
				return err
			}
			_, err := tx.DB().Update("products", dbx.Params{"provider_name": e.Record.GetString("name")},
				dbx.HashExp{"enterprise": e.Record.Id}).Execute()
			if err != nil {
				return err
			}
			// The provider name is searchable: re-tokenise its listed products.
			return resyncProviderProducts(tx, e.Record.Id)
		})
		e.App = original
		return err
	})

	registerSpecRetire(app)
	registerAnonLists(app)
	registerCatalogIndex(app)
	registerMyProducts(app)
	registerCatalog(app)
}

// refreshProductPrice sets price_min/max_fen of product to the range of its
// specs' prices (0 when it has none; free specs count as 0; retired
// specs are not for sale).
func refreshProductPrice(app core.App, productID string) error {
	_, err := app.DB().NewQuery(`UPDATE {{products}} SET
		[[price_min_fen]] = COALESCE((SELECT MIN([[price_fen]]) FROM {{product_specs}} WHERE [[product]] = {:id} AND [[retired]] = FALSE), 0),
		[[price_max_fen]] = COALESCE((SELECT MAX([[price_fen]]) FROM {{product_specs}} WHERE [[product]] = {:id} AND [[retired]] = FALSE), 0)
		WHERE [[id]] = {:id}`).Bind(dbx.Params{"id": productID}).Execute()
	return err
}

// serverKeptProductFields are set by the platform, never by the client's
// record requests: counters (orders, ratings), the spec price range, the
// provider name, review bookkeeping.
var serverKeptProductFields = []string{
	"provider_name", "price_min_fen", "price_max_fen", "rating_avg", "rating_count",
	"sales_count", "listed_at", "revision_pending",
}

// onProductCreateRequest: API and dashboard creates start as drafts with
// zeroed counters (Go code may create a product in any consistent state).
func onProductCreateRequest(e *core.RecordRequestEvent) error {
	rec := e.Record
	rec.Set("status", "draft")
	for _, f := range serverKeptProductFields {
		rec.Set(f, nil)
	}
	if ent, err := e.App.FindRecordById("enterprises", rec.GetString("enterprise")); err == nil {
		rec.Set("provider_name", ent.GetString("name"))
	}
	return e.Next()
}

// onProductUpdateRequest: the owner edits a product only while it is
// editable; status moves only by 重新编辑 (rejected|revoked → draft) here,
// every other transition goes through the review routes.
func onProductUpdateRequest(e *core.RecordRequestEvent) error {
	rec, old := e.Record, e.Record.Original()
	if e.HasSuperuserAuth() {
		return e.Next()
	}
	for _, f := range serverKeptProductFields {
		rec.Set(f, old.Get(f))
	}
	if rec.GetString("enterprise") != old.GetString("enterprise") {
		return platform.FieldError("enterprise", "immutable", "商品所属企业不能修改")
	}
	from, to := old.GetString("status"), rec.GetString("status")
	if !editableStatuses[from] {
		return platform.Error(http.StatusBadRequest, notEditableMessage(from))
	}
	if from != to && !(to == "draft" && (from == "rejected" || from == "revoked")) {
		return platform.FieldError("status", "invalid_transition", "商品状态不能直接修改：提交审核、撤销、下架请使用对应的操作")
	}
	return e.Next()
}

func notEditableMessage(status string) string {
	switch status {
	case "pending":
		return "商品正在审核中，不能修改；如需修改请先撤销申请"
	case "listed":
		return "商品已上架，修改需通过“编辑”提交新版本审核"
	case "delisted":
		return "商品已下架，不能直接修改；请重新提交上架申请"
	}
	return "商品当前状态不能修改"
}

// onProductPartRequest: specs and cases change only with their product
// editable, and never move to another product.
func onProductPartRequest(e *core.RecordRequestEvent) error {
	if e.HasSuperuserAuth() {
		return e.Next()
	}
	rec := e.Record
	if o := rec.Original(); o != nil && !rec.IsNew() && o.GetString("product") != rec.GetString("product") {
		return platform.FieldError("product", "immutable", "不能把规格或案例移到其他商品")
	}
	product, err := e.App.FindRecordById("products", rec.GetString("product"))
	if err != nil {
		return platform.FieldError("product", "missing", "商品不存在")
	}
	if st := product.GetString("status"); !editableStatuses[st] {
		return platform.Error(http.StatusBadRequest, notEditableMessage(st))
	}
	return e.Next()
}
