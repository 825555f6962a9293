package commerce

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
	"net/http"

	"smedx/hooks/menus"
	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// Ratings (reviews): one per completed order of the rating enterprise,
// 1–5 stars and text. Product rating_avg/rating_count and orders.rated
// are recomputed in the transaction that writes the review.
func registerRatings(app core.App) {
	app.OnRecordCreateRequest("reviews").BindFunc(func(e *core.RecordRequestEvent) error {
		// The records API path: who rates is the caller, not the body.
		if e.Auth != nil && e.Auth.Collection().Name == "users" {
			e.Record.Set("user", e.Auth.Id)
			e.Record.Set("enterprise", e.Auth.GetString("enterprise"))
			e.Record.Set("customer_name", e.Auth.GetString("name"))
		}
		return e.Next()
	})
	app.OnRecordCreate("reviews").BindFunc(createReviewModel)
	app.OnRecordUpdate("reviews").BindFunc(func(e *core.RecordEvent) error {
		old, err := e.App.FindRecordById("reviews", e.Record.Id)
		if err != nil {
			return err
		}
		if e.Record.GetString("order") != old.GetString("order") {
			return platform.FieldError("order", "immutable", "评价所属订单不能修改")
		}
		return e.App.RunInTransaction(func(tx core.App) error {
			e.App = tx
			if err := e.Next(); err != nil {
				return err
			}
			return refreshRating(tx, e.Record)
		})
	})
	app.OnRecordDelete("reviews").BindFunc(func(e *core.RecordEvent) error {
		return e.App.RunInTransaction(func(tx core.App) error {
			e.App = tx
			if err := e.Next(); err != nil {
				return err
			}
			return refreshRating(tx, e.Record)
		})
	})
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.POST("/api/smedx/orders/{id}/rate", rateOrder).Bind(menus.Require(menus.Orders, menus.MyReviews))
		se.Router.GET("/api/smedx/ratings/mine", myRatings)
		return se.Next()
	})
}

// createReviewModel checks the order on every create path: completed, of
// the rating enterprise, not rated yet. Product and provider come from the
// order.
func createReviewModel(e *core.RecordEvent) error {
	return e.App.RunInTransaction(func(tx core.App) error {
		r := e.Record
		o, err := tx.FindRecordById("orders", r.GetString("order"))
		if err != nil {
			return platform.FieldError("order", "not_found", "订单不存在")
		}
		if o.GetString("buyer_enterprise") != r.GetString("enterprise") {
			return platform.FieldError("order", "not_own", "只能评价本企业的订单")
		}
		if o.GetString("status") != workflow.OrderCompleted {
			return platform.FieldError("order", "not_completed", "订单完成后才能评价")
		}
		var n int
		if err := tx.DB().NewQuery("SELECT COUNT(*) FROM reviews WHERE [[order]] = {:o}").Bind(dbx.Params{"o": o.Id}).Row(&n); err != nil {
			return err
		}
		if n > 0 {
			return platform.FieldError("order", "already_rated", "该订单已评价，每个订单只能评价一次")
		}
		r.Set("product", o.GetString("product"))
		r.Set("provider_enterprise", o.GetString("provider_enterprise"))
		if r.GetString("customer_name") == "" {
			r.Set("customer_name", o.GetString("buyer_name"))
		}
		e.App = tx
		if err := e.Next(); err != nil {
			if platform.IsUniqueErr(err) {
				return platform.FieldError("order", "already_rated", "该订单已评价，每个订单只能评价一次")
			}
			return err
		}
		return refreshRating(tx, r)
	})
}

// refreshRating recomputes the product's rating from its reviews and the
// order's rated flag.
func refreshRating(tx core.App, review *core.Record) error {
	p := dbx.Params{"p": review.GetString("product"), "o": review.GetString("order")}
	if _, err := tx.DB().NewQuery(`UPDATE products SET
		rating_count = (SELECT COUNT(*) FROM reviews WHERE product = {:p}),
		rating_avg = COALESCE((SELECT AVG(rating) FROM reviews WHERE product = {:p}), 0)
		WHERE id = {:p}`).Bind(p).Execute(); err != nil {
		return err
	}
	_, err := tx.DB().NewQuery(`UPDATE orders SET rated = EXISTS (SELECT 1 FROM reviews WHERE [[order]] = {:o}) WHERE id = {:o}`).
		Bind(p).Execute()
	return err
}

// rateOrder (立即评价): POST orders/{id}/rate {rating, content}.
func rateOrder(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	if !platform.HasRole(user, platform.RoleEnterprise) {
		return platform.Error(http.StatusForbidden, "只有下单企业可以评价订单")
	}
	var body struct {
		Rating  int    `json:"rating"`
		Content string `json:"content"`
	}
	if err := e.BindBody(&body); err != nil {
		return platform.FieldError("rating", "invalid_body", "无法读取提交的数据")
	}
	if body.Rating < 1 || body.Rating > 5 {
		return platform.FieldError("rating", "rating_range", "评分应为 1-5 星")
	}
	if len([]rune(body.Content)) > 1000 {
		return platform.FieldError("content", "too_long", "评价内容不能超过 1000 个字")
	}
	o, side, err := loadOrderFor(e.App, e, user)
	if err != nil {
		return err
	}
	if side != "buyer" {
		return platform.Error(http.StatusForbidden, "只有下单企业可以评价订单")
	}
	col, err := e.App.FindCachedCollectionByNameOrId("reviews")
	if err != nil {
		return err
	}
	r := core.NewRecord(col)
	r.Set("order", o.Id)
	r.Set("enterprise", user.GetString("enterprise"))
	r.Set("user", user.Id)
	r.Set("customer_name", user.GetString("name"))
	r.Set("rating", body.Rating)
	r.Set("content", body.Content)
	if err := platform.RunTx(e.App, func(tx core.App) error { return tx.Save(r) }); err != nil {
		return err
	}
	return e.JSON(200, r)
}

// myRatings: for an enterprise user 我的评价 (图5-4: its completed orders,
// each with its review or action "rate"); for a provider user 客户评价
// (图4-13: reviews of its products). ?page, perPage.
func myRatings(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	ent := user.GetString("enterprise")
	if ent == "" || !platform.HasRole(user, platform.RoleEnterprise, platform.RoleProvider) {
		return platform.Error(http.StatusForbidden, "没有权限查看评价")
	}
	page, perPage := platform.RequestPage(e)
	type row struct {
		Order         string         `db:"order_id" json:"order"`
		OrderNo       string         `db:"order_no" json:"order_no"`
		Product       string         `db:"product" json:"product"`
		ProductName   string         `db:"product_name" json:"product_name"`
		ProductStatus string         `db:"product_status" json:"product_status"`
		Ordered       types.DateTime `db:"ordered" json:"ordered"`
		Review        string         `db:"review_id" json:"review"`
		CustomerName  string         `db:"customer_name" json:"customer_name"`
		Rating        int            `db:"rating" json:"rating"`
		Content       string         `db:"content" json:"content"`
		Rated         types.DateTime `db:"rated" json:"rated"`
		Action        string         `db:"-" json:"action"`
	}
	cols := `o.id AS order_id, o.order_no, o.product, o.product_name, COALESCE(p.status, '') AS product_status,
		o.created AS ordered, COALESCE(r.id, '') AS review_id, COALESCE(r.customer_name, '') AS customer_name,
		COALESCE(r.rating, 0) AS rating, COALESCE(r.content, '') AS content, COALESCE(r.created, '') AS rated`
	var from, where string
	view := "buyer"
	if platform.HasRole(user, platform.RoleEnterprise) {
		from = `orders o LEFT JOIN reviews r ON r.[[order]] = o.id LEFT JOIN products p ON p.id = o.product`
		where = `o.buyer_enterprise = {:e} AND o.status = 'completed'`
	} else {
		view = "provider"
		from = `reviews r JOIN orders o ON o.id = r.[[order]] LEFT JOIN products p ON p.id = o.product`
		where = `r.provider_enterprise = {:e}`
	}
	params := dbx.Params{"e": ent, "lim": perPage, "off": (page - 1) * perPage}
	var total int
	if err := e.App.DB().NewQuery("SELECT COUNT(*) FROM " + from + " WHERE " + where).Bind(params).Row(&total); err != nil {
		return err
	}
	var rows []row
	if err := e.App.DB().NewQuery("SELECT " + cols + " FROM " + from + " WHERE " + where +
		" ORDER BY o.created DESC LIMIT {:lim} OFFSET {:off}").Bind(params).All(&rows); err != nil {
		return err
	}
	for i := range rows {
		rows[i].Action = "view"
		if rows[i].Review == "" {
			rows[i].Action = "rate"
		}
	}
	if rows == nil {
		rows = []row{}
	}
	return e.JSON(200, map[string]any{"view": view, "page": page, "perPage": perPage, "totalItems": total, "items": rows})
}
