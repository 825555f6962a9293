package catalog

import (
	"database/sql"
	"encoding/json"
	"errors"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/forms"
	"smedx/hooks/platform"
)

// The public catalog (门户 商品目录): listed products only, through explicit
// column lists so drafts, revisions and internal fields (historical prices,
// contact person, case documents and contacts) never leak. Raw SQL on
// indexed columns keeps a filtered, sorted page fast on 10,000 products.

func registerCatalog(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/api/smedx/catalog", handleCatalogList)
		se.Router.GET("/api/smedx/catalog/{id}", handleCatalogDetail)
		return se.Next()
	})
}

// catalogFilter is the query of GET /api/smedx/catalog.
type catalogFilter struct {
	Tags               []string // any of them
	Category, Industry string
	Type, Keyword      string
	PriceMin, PriceMax int64 // fen; -1 when not given
	Sort               string
	Page, PerPage      int
}

func parseCatalogFilter(q url.Values) (catalogFilter, error) {
	f := catalogFilter{PriceMin: -1, PriceMax: -1}
	for _, t := range q["tags"] {
		for _, c := range strings.Split(t, ",") {
			if c = strings.TrimSpace(c); c != "" {
				f.Tags = append(f.Tags, c)
			}
		}
	}
	if len(f.Tags) > maxTags {
		return f, platform.FieldError("tags", "too_many", "标签最多选择 20 个")
	}
	f.Category = strings.TrimSpace(q.Get("category"))
	f.Industry = strings.TrimSpace(q.Get("industry"))
	f.Type = strings.TrimSpace(q.Get("type"))
	f.Keyword = strings.TrimSpace(q.Get("keyword"))
	if len([]rune(f.Keyword)) > 50 {
		return f, platform.FieldError("keyword", "too_long", "搜索关键词不能超过 50 个字")
	}
	var err error
	if f.PriceMin, err = fenParam(q, "price_min_fen", "最低价格"); err != nil {
		return f, err
	}
	if f.PriceMax, err = fenParam(q, "price_max_fen", "最高价格"); err != nil {
		return f, err
	}
	if s := q.Get("sort"); s != "" {
		if _, ok := catalogSorts[s]; !ok {
			return f, platform.FieldError("sort", "invalid_sort", "排序只能是 relevance、newest、sales、rating、price_asc、price_desc")
		}
		f.Sort = s
	}
	// With a keyword the best matches come first unless another order is
	// asked for; without one there is nothing to rank by.
	if f.Sort == "" && f.Keyword != "" {
		f.Sort = "relevance"
	}
	if f.Sort == "" || (f.Sort == "relevance" && f.Keyword == "") {
		f.Sort = "newest"
	}
	f.Page, f.PerPage = platform.PageParams(q, 20, 100)
	return f, nil
}

func fenParam(q url.Values, name, label string) (int64, error) {
	s := strings.TrimSpace(q.Get(name))
	if s == "" {
		return -1, nil
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v < 0 {
		return -1, platform.FieldError(name, "invalid_price", label+"应为不小于 0 的整数（单位：分）")
	}
	return v, nil
}

// catalogRow is the columns of a catalog card.
type catalogRow struct {
	ID             string         `db:"id"`
	Name           string         `db:"name"`
	RelatedProduct string         `db:"related_product"`
	Type           string         `db:"type"`
	Tags           string         `db:"tags"`
	Categories     string         `db:"categories"`
	Industries     string         `db:"industries"`
	Cover          string         `db:"cover"`
	PriceMinFen    int64          `db:"price_min_fen"`
	PriceMaxFen    int64          `db:"price_max_fen"`
	RatingAvg      float64        `db:"rating_avg"`
	RatingCount    int            `db:"rating_count"`
	SalesCount     int            `db:"sales_count"`
	ProviderName   string         `db:"provider_name"`
	Enterprise     string         `db:"enterprise"`
	ListedAt       string         `db:"listed_at"`
	Summary        sql.NullString `db:"summary"`
}

// catalogColumns select a catalogRow from products p.
const catalogColumns = `p.[[id]], p.[[name]], p.[[related_product]], p.[[type]], COALESCE(p.[[tags]], '') AS [[tags]],
	COALESCE(p.[[categories]], '') AS [[categories]], COALESCE(p.[[industries]], '') AS [[industries]], p.[[cover]], p.[[price_min_fen]], p.[[price_max_fen]], p.[[rating_avg]], p.[[rating_count]],
	p.[[sales_count]], p.[[provider_name]], p.[[enterprise]], p.[[listed_at]],
	(CASE WHEN json_valid(p.[[intro]]) THEN json_extract(p.[[intro]], '$.banner.text') END) AS [[summary]]`

// CatalogItem is a product card of the public catalog.
type CatalogItem struct {
	ID             string     `json:"id"`
	Name           string     `json:"name"`
	RelatedProduct string     `json:"related_product"`
	Type           string     `json:"type"`
	TypeLabel      string     `json:"type_label"`
	Tags           []DictItem `json:"tags"`
	Categories     []DictItem `json:"categories"`
	Industries     []DictItem `json:"industries"`
	CoverURL       string     `json:"cover_url"`
	PriceMinFen    int64      `json:"price_min_fen"`
	PriceMaxFen    int64      `json:"price_max_fen"`
	RatingAvg      float64    `json:"rating_avg"`
	RatingCount    int        `json:"rating_count"`
	SalesCount     int        `json:"sales_count"`
	Provider       Provider   `json:"provider"`
	ListedAt       string     `json:"listed_at"`
	Summary        string     `json:"summary"`
}

// DictItem is a dict code with its label.
type DictItem struct {
	Code  string `json:"code"`
	Label string `json:"label"`
}

// Provider is the public identity of a product's provider.
type Provider struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// CatalogPage is a page of the catalog, in PocketBase's list shape.
type CatalogPage struct {
	Page       int           `json:"page"`
	PerPage    int           `json:"perPage"`
	TotalItems int           `json:"totalItems"`
	TotalPages int           `json:"totalPages"`
	Items      []CatalogItem `json:"items"`
}

func dictItems(app core.App, dictType, raw string) []DictItem {
	out := []DictItem{}
	var codes []string
	if err := platform.UnmarshalJSONString(raw, &codes); err != nil {
		return out
	}
	for _, c := range codes {
		out = append(out, DictItem{Code: c, Label: forms.DictLabel(app, dictType, c)})
	}
	return out
}

func (r catalogRow) item(app core.App, products *core.Collection) CatalogItem {
	return CatalogItem{
		ID: r.ID, Name: r.Name, RelatedProduct: r.RelatedProduct,
		Type: r.Type, TypeLabel: forms.DictLabel(app, dictProductType, r.Type),
		Tags:        dictItems(app, dictTag, r.Tags),
		Categories:  dictItems(app, dictCategory, r.Categories),
		Industries:  dictItems(app, dictIndustry, r.Industries),
		CoverURL:    platform.FileURL(products, r.ID, r.Cover),
		PriceMinFen: r.PriceMinFen, PriceMaxFen: r.PriceMaxFen,
		RatingAvg: math.Round(r.RatingAvg*10) / 10, RatingCount: r.RatingCount, SalesCount: r.SalesCount,
		Provider: Provider{ID: r.Enterprise, Name: r.ProviderName},
		ListedAt: r.ListedAt, Summary: r.Summary.String,
	}
}

// catalogList runs the catalog query f: the page's product ids from the
// catalog index (catalog_query.go), then their cards from products.
func catalogList(app core.App, f catalogFilter) (*CatalogPage, error) {
	products, err := app.FindCachedCollectionByNameOrId("products")
	if err != nil {
		return nil, err
	}
	page := &CatalogPage{Page: f.Page, PerPage: f.PerPage, Items: []CatalogItem{}}
	total, ids, err := newCatalogQuery(f).run(app)
	if err != nil {
		return nil, err
	}
	page.TotalItems = total
	page.TotalPages = (total + f.PerPage - 1) / f.PerPage
	if len(ids) == 0 {
		return page, nil
	}
	// The page's rows by id, in the page's order: a join from the id list
	// (CROSS JOIN keeps SQLite on the id index, whatever its statistics
	// say), listed only (delisted since the index was read: never shown).
	raw, _ := json.Marshal(ids)
	var rows []catalogRow
	err = app.DB().NewQuery(`SELECT ` + catalogColumns + ` FROM json_each({:ids}) j CROSS JOIN {{products}} p ON p.[[id]] = j.value
		WHERE p.[[status]] = 'listed' ORDER BY j.key`).Bind(dbx.Params{"ids": string(raw)}).All(&rows)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		page.Items = append(page.Items, r.item(app, products))
	}
	return page, nil
}

func handleCatalogList(e *core.RequestEvent) error {
	page, err := ListCatalog(e.App, e.Request.URL.Query())
	if err != nil {
		return err
	}
	e.Response.Header().Set("Cache-Control", "no-cache")
	return e.JSON(http.StatusOK, page)
}

// ListCatalog is one page of the public catalog for the query of
// GET /api/smedx/catalog (filters, sort, page); a bad filter is a 400.
func ListCatalog(app core.App, q url.Values) (*CatalogPage, error) {
	f, err := parseCatalogFilter(q)
	if err != nil {
		return nil, err
	}
	return catalogList(app, f)
}

func handleCatalogDetail(e *core.RequestEvent) error {
	rec, err := e.App.FindRecordById("products", e.Request.PathValue("id"))
	if err != nil || rec.GetString("status") != "listed" {
		return platform.Error(http.StatusNotFound, "商品不存在或未上架")
	}
	view, err := buildProductView(e.App, rec)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return platform.Error(http.StatusNotFound, "商品不存在或未上架")
		}
		return err
	}
	return e.JSON(http.StatusOK, view)
}
