package console

import (
	"encoding/json"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// 商品管理: every product in every state, and the platform's 强制下架 with a
// reason. Operators only.
//
//	GET  /api/smedx/console/products?status=&q=&provider=&category=&type=&page=&perPage=&sort=
//	GET  /api/smedx/console/products/{id}
//	POST /api/smedx/console/products/{id}/delist {reason}
//
// POST /api/smedx/products/{id}/delist (review area) also lets an operator
// delist, without a reason; this route is the console's, with the reason
// in the audit trail and in the provider's notification.

type productRow struct {
	ID              string   `db:"id" json:"id"`
	Name            string   `db:"name" json:"name"`
	Enterprise      string   `db:"enterprise" json:"enterprise"`
	ProviderName    string   `db:"provider_name" json:"provider_name"`
	Type            string   `db:"type" json:"type"`
	TypeLabel       string   `db:"-" json:"type_label"`
	Status          string   `db:"status" json:"status"`
	StatusLabel     string   `db:"-" json:"status_label"`
	CategoriesRaw   string   `db:"categories" json:"-"`
	Categories      []string `db:"-" json:"categories"`
	CategoryLabels  []string `db:"-" json:"category_labels"`
	PriceMinFen     int      `db:"price_min_fen" json:"price_min_fen"`
	PriceMaxFen     int      `db:"price_max_fen" json:"price_max_fen"`
	SalesCount      int      `db:"sales_count" json:"sales_count"`
	RatingAvg       float64  `db:"rating_avg" json:"rating_avg"`
	RatingCount     int      `db:"rating_count" json:"rating_count"`
	RevisionPending bool     `db:"revision_pending" json:"revision_pending"`
	ListedAt        string   `db:"listed_at" json:"listed_at"`
	Created         string   `db:"created" json:"created"`
	Updated         string   `db:"updated" json:"updated"`
}

const productCols = `p.id, p.name, p.enterprise, COALESCE(NULLIF(p.provider_name, ''), e.name, '') AS provider_name,
	p.type, p.status, COALESCE(p.categories, '[]') AS categories, p.price_min_fen, p.price_max_fen, p.sales_count, p.rating_avg, p.rating_count,
	p.revision_pending, p.listed_at, p.created, p.updated`

const productFrom = `products p LEFT JOIN enterprises e ON e.id = p.enterprise`

var productSorts = map[string]string{
	"created": "p.created", "updated": "p.updated", "listed_at": "p.listed_at", "name": "p.name",
	"sales_count": "p.sales_count", "rating_avg": "p.rating_avg", "price_min_fen": "p.price_min_fen", "status": "p.status",
}

// jsonCodes is the list of codes of a JSON array column, as an SQL table.
func jsonCodes(col string) string {
	return "json_each(CASE WHEN json_valid(" + col + ") AND json_type(" + col + ") = 'array' THEN " + col + " ELSE '[]' END)"
}

func listProducts(e *core.RequestEvent) error {
	if _, err := staffOnly(e, platform.RoleOperator); err != nil {
		return err
	}
	q := e.Request.URL.Query()
	w := newConds()
	if v := q.Get("status"); v != "" {
		w.add("p.status = {:status}", dbx.Params{"status": v})
	}
	if v := q.Get("provider"); v != "" {
		w.add("p.enterprise = {:provider}", dbx.Params{"provider": v})
	}
	if v := q.Get("type"); v != "" {
		w.add("p.type = {:type}", dbx.Params{"type": v})
	}
	if v := q.Get("category"); v != "" {
		w.add("EXISTS (SELECT 1 FROM "+jsonCodes("p.categories")+" j WHERE j.value = {:category})", dbx.Params{"category": v})
	}
	if v := strings.TrimSpace(q.Get("q")); v != "" {
		w.add(`p.name LIKE {:q} ESCAPE '\' OR p.provider_name LIKE {:q} ESCAPE '\' OR e.name LIKE {:q} ESCAPE '\'`, dbx.Params{"q": likeParam(v)})
	}
	order, err := orderBy(q, productSorts, "-updated")
	if err != nil {
		return err
	}
	res, err := pageList[productRow](e.App, q, productFrom, productCols, w, order, "p.id")
	if err != nil {
		return err
	}
	if err := labelProducts(e.App, res.Items.([]productRow)); err != nil {
		return err
	}
	return e.JSON(http.StatusOK, res)
}

func labelProducts(app core.App, rows []productRow) error {
	var types, cats []string
	for i := range rows {
		r := &rows[i]
		_ = json.Unmarshal([]byte(r.CategoriesRaw), &r.Categories)
		if r.Categories == nil {
			r.Categories = []string{}
		}
		types = append(types, r.Type)
		cats = append(cats, r.Categories...)
	}
	typeLabels, err := dictLabels(app, "product_type", types)
	if err != nil {
		return err
	}
	catLabels, err := dictLabels(app, "solution_category", cats)
	if err != nil {
		return err
	}
	for i := range rows {
		r := &rows[i]
		r.TypeLabel = typeLabels[r.Type]
		r.StatusLabel = productStatusLabel(r.Status)
		r.CategoryLabels = make([]string, 0, len(r.Categories))
		for _, c := range r.Categories {
			r.CategoryLabels = append(r.CategoryLabels, catLabels[c])
		}
	}
	return nil
}

// productDetail: the drawer of 商品管理 — the row, its specs, its orders
// and, when delisted by the platform, the reason given.
func productDetail(e *core.RequestEvent) error {
	if _, err := staffOnly(e, platform.RoleOperator); err != nil {
		return err
	}
	var rows []productRow
	err := e.App.DB().NewQuery("SELECT " + productCols + " FROM " + productFrom + " WHERE p.id = {:id}").
		Bind(dbx.Params{"id": e.Request.PathValue("id")}).All(&rows)
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		return apis.NewNotFoundError("商品不存在", nil)
	}
	if err := labelProducts(e.App, rows); err != nil {
		return err
	}
	p := rows[0]
	specs := []struct {
		Name              string `db:"name" json:"name"`
		PurchaseMode      string `db:"purchase_mode" json:"purchase_mode"`
		PurchaseModeLabel string `db:"purchase_mode_label" json:"purchase_mode_label"`
		Pricing           string `db:"pricing" json:"pricing"`
		PricingLabel      string `db:"pricing_label" json:"pricing_label"`
		PriceFen          int    `db:"price_fen" json:"price_fen"`
	}{}
	if err := e.App.DB().NewQuery(`SELECT s.name, s.purchase_mode, COALESCE(m.label, s.purchase_mode) AS purchase_mode_label,
			s.pricing, COALESCE(pr.label, s.pricing) AS pricing_label, s.price_fen
		FROM product_specs s
			LEFT JOIN dicts m ON m.type = 'purchase_mode' AND m.code = s.purchase_mode
			LEFT JOIN dicts pr ON pr.type = 'pricing' AND pr.code = s.pricing
		WHERE s.product = {:id} ORDER BY s.sort, s.created`).Bind(dbx.Params{"id": p.ID}).All(&specs); err != nil {
		return err
	}
	var orders struct {
		Count  int `db:"n" json:"count"`
		GMVFen int `db:"gmv" json:"gmv_fen"`
	}
	if err := e.App.DB().NewQuery(`SELECT COUNT(*) AS n, COALESCE(SUM(total_fen), 0) AS gmv FROM orders
		WHERE product = {:id} AND status IN ('paid', 'delivered', 'completed')`).Bind(dbx.Params{"id": p.ID}).One(&orders); err != nil {
		return err
	}
	var delist []struct {
		Actor   string `db:"actor_name" json:"actor_name"`
		Reason  string `db:"reason" json:"reason"`
		Created string `db:"created" json:"created"`
	}
	if err := e.App.DB().NewQuery(`SELECT actor_name, COALESCE(json_extract(CASE WHEN json_valid(detail) THEN detail ELSE '{}' END, '$.reason'), '') AS reason, created
		FROM audit_logs WHERE action = 'product_delist' AND target_collection = 'products' AND target_id = {:id}
		ORDER BY created DESC LIMIT 1`).Bind(dbx.Params{"id": p.ID}).All(&delist); err != nil {
		return err
	}
	out := map[string]any{"product": p, "specs": specs, "orders": orders, "last_delist": nil}
	if len(delist) > 0 {
		out["last_delist"] = delist[0]
	}
	return e.JSON(http.StatusOK, out)
}

// forceDelist is 强制下架: listed → delisted with a reason the provider's
// admins are told.
func forceDelist(e *core.RequestEvent) error {
	if _, err := staffOnly(e, platform.RoleOperator); err != nil {
		return err
	}
	var b struct {
		Reason string `json:"reason"`
	}
	if err := e.BindBody(&b); err != nil {
		return platform.Error(400, "无法读取提交的数据")
	}
	b.Reason = strings.TrimSpace(b.Reason)
	if b.Reason == "" {
		return platform.FieldError("reason", "reason_required", "请填写下架原因")
	}
	if utf8.RuneCountInString(b.Reason) > 500 {
		return platform.FieldError("reason", "reason_too_long", "下架原因不能超过 500 个字")
	}
	var p *core.Record
	err := platform.RunTx(e.App, func(tx core.App) error {
		var err error
		if p, err = tx.FindRecordById("products", e.Request.PathValue("id")); err != nil {
			return apis.NewNotFoundError("商品不存在", nil)
		}
		if p.GetString("status") != "listed" {
			return platform.Error(400, "只有已上架的商品可以下架（当前状态："+productStatusLabel(p.GetString("status"))+"）")
		}
		if p.GetBool("revision_pending") {
			// The revision machinery (review area) would otherwise publish
			// the pending change over the delisting.
			return platform.Error(400, "该商品有变更申请正在审核中，请先在审核中驳回该变更申请再下架")
		}
		p.Set("status", "delisted")
		if err := tx.Save(p); err != nil {
			return saveErr(err)
		}
		if err := platform.AuditRequest(tx, e, "product_delist", "products", p.Id,
			map[string]any{"by_operator": true, "reason": b.Reason, "name": p.GetString("name")}); err != nil {
			return err
		}
		return notifyAdmins(tx, p.GetString("enterprise"), platform.Notice{
			Title:   "商品「" + p.GetString("name") + "」已被平台下架",
			Content: "下架原因：" + b.Reason + "。您可以修改后重新提交上架审核，如有疑问请联系平台运营人员。",
			Link:    "/workbench/products", Kind: platform.KindNotice, RefCollection: "products", RefID: p.Id,
		})
	})
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, map[string]any{"id": p.Id, "status": p.GetString("status"),
		"status_label": workflow.ProductStatusLabel(p.GetString("status"))})
}
