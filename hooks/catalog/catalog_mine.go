package catalog

import (
	"net/http"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/forms"
	"smedx/hooks/menus"
	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// 我的商品 (§4.4.2, 图4-12): the provider tenant's products by status with
// the count of each status and the actions each product allows now.

func registerMyProducts(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/api/smedx/products/mine", handleMyProducts).Bind(menus.Require(menus.ProductPublish, menus.MyProducts))
		return se.Next()
	})
}

// ProductAction is a button of a 我的商品 row: key for the UI, label to show.
type ProductAction struct {
	Key   string `json:"key"`
	Label string `json:"label"`
}

// productActions are what the owner can do with a product of status.
// revisionPending: a listed product whose edit is under review.
func productActions(status string, revisionPending bool) []ProductAction {
	a := func(k, l string) ProductAction { return ProductAction{k, l} }
	switch status {
	case "draft":
		return []ProductAction{a("edit", "编辑"), a("preview", "发布预览"), a("submit", "提交申请"), a("delete", "删除")}
	case "pending":
		return []ProductAction{a("preview", "发布预览"), a("revoke", "撤销")}
	case "listed":
		if revisionPending {
			return []ProductAction{a("view", "查看"), a("preview", "发布预览"), a("delist", "下架")}
		}
		return []ProductAction{a("view", "查看"), a("edit", "编辑"), a("preview", "发布预览"), a("delist", "下架")}
	case "rejected", "revoked":
		return []ProductAction{a("reedit", "重新编辑"), a("preview", "发布预览")}
	case "delisted":
		return []ProductAction{a("preview", "发布预览"), a("resubmit", "重新上架")}
	}
	return []ProductAction{}
}

// MyProduct is a row of 我的商品.
type MyProduct struct {
	ID              string          `json:"id"`
	Name            string          `json:"name"`
	Type            string          `json:"type"`
	TypeLabel       string          `json:"type_label"`
	Status          string          `json:"status"`
	StatusLabel     string          `json:"status_label"`
	CoverURL        string          `json:"cover_url"`
	PriceMinFen     int64           `json:"price_min_fen"`
	PriceMaxFen     int64           `json:"price_max_fen"`
	SalesCount      int             `json:"sales_count"`
	RevisionPending bool            `json:"revision_pending"`
	Application     string          `json:"application"` // the pending application (for 撤销), if any
	Created         string          `json:"created"`
	Updated         string          `json:"updated"`
	Actions         []ProductAction `json:"actions"`
}

func handleMyProducts(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	ent := user.GetString("enterprise")
	if !platform.HasRole(user, platform.RoleProvider) || ent == "" {
		return platform.Error(http.StatusForbidden, "只有服务商用户可以查看我的商品")
	}
	q := e.Request.URL.Query()
	status := q.Get("status")
	if status != "" && workflow.ProductStatusLabel(status) == status {
		return platform.FieldError("status", "invalid_status", "商品状态只能是 listed、pending、rejected、draft、revoked、delisted")
	}
	page, perPage := platform.PageParams(q, 20, 100)

	var counts []struct {
		Status string `db:"status"`
		N      int    `db:"n"`
	}
	if err := e.App.DB().Select("status", "count(*) AS n").From("products").
		Where(dbx.HashExp{"enterprise": ent}).GroupBy("status").All(&counts); err != nil {
		return err
	}
	countMap := map[string]int{"all": 0}
	for _, st := range workflow.ProductStatuses() {
		countMap[st.Code] = 0
	}
	for _, c := range counts {
		countMap[c.Status] = c.N
		countMap["all"] += c.N
	}

	where := []dbx.Expression{dbx.HashExp{"enterprise": ent}}
	if status != "" {
		where = append(where, dbx.HashExp{"status": status})
	}
	if kw := strings.TrimSpace(q.Get("keyword")); kw != "" {
		where = append(where, dbx.Like("name", kw))
	}
	var total int
	if err := e.App.DB().Select("count(*)").From("products").Where(dbx.And(where...)).Row(&total); err != nil {
		return err
	}
	var recs []*core.Record
	err = e.App.RecordQuery("products").Where(dbx.And(where...)).OrderBy("updated DESC", "id DESC").
		Limit(int64(perPage)).Offset(int64((page - 1) * perPage)).All(&recs)
	if err != nil {
		return err
	}
	items := make([]MyProduct, 0, len(recs))
	ids := make([]any, 0, len(recs))
	for _, r := range recs {
		st := r.GetString("status")
		items = append(items, MyProduct{
			ID: r.Id, Name: r.GetString("name"), Type: r.GetString("type"),
			TypeLabel: forms.DictLabel(e.App, dictProductType, r.GetString("type")),
			Status:    st, StatusLabel: workflow.ProductStatusLabel(st),
			CoverURL:    platform.FileURL(r.Collection(), r.Id, r.GetString("cover")),
			PriceMinFen: int64(r.GetInt("price_min_fen")), PriceMaxFen: int64(r.GetInt("price_max_fen")),
			SalesCount: r.GetInt("sales_count"), RevisionPending: r.GetBool("revision_pending"),
			Created: r.GetDateTime("created").String(), Updated: r.GetDateTime("updated").String(),
			Actions: productActions(st, r.GetBool("revision_pending")),
		})
		ids = append(ids, r.Id)
	}
	if len(ids) > 0 {
		var apps []struct {
			ID      string `db:"id"`
			Product string `db:"product"`
		}
		_ = e.App.DB().Select("id", "product").From("applications").
			Where(dbx.And(dbx.In("product", ids...), dbx.HashExp{"status": "pending"})).All(&apps)
		byProduct := map[string]string{}
		for _, a := range apps {
			byProduct[a.Product] = a.ID
		}
		for i := range items {
			items[i].Application = byProduct[items[i].ID]
		}
	}
	totalPages := (total + perPage - 1) / perPage
	return e.JSON(http.StatusOK, map[string]any{
		"page": page, "perPage": perPage, "totalItems": total, "totalPages": totalPages,
		"counts": countMap, "statuses": workflow.ProductStatuses(), "items": items,
	})
}
