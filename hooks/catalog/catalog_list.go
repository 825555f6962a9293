package catalog

import (
	"database/sql"
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

// catalogSorts maps sort= to ORDER BY terms; id last keeps pages stable.
// Each matches an index of migrations/1764003000 exactly, so a page reads
// the index in order and stops after perPage matches.
var catalogSorts = map[string][]string{
	"newest":     {"listed_at DESC", "id DESC"},
	"sales":      {"sales_count DESC", "id DESC"},
	"rating":     {"rating_avg DESC", "rating_count DESC", "id DESC"},
	"price":      {"price_min_fen ASC", "id ASC"},
	"price_asc":  {"price_min_fen ASC", "id ASC"},
	"price_desc": {"price_min_fen DESC", "id DESC"},
}

func parseCatalogFilter(q url.Values) (catalogFilter, error) {
	f := catalogFilter{PriceMin: -1, PriceMax: -1, Sort: "newest"}
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
			return f, platform.FieldError("sort", "invalid_sort", "排序只能是 newest、sales、rating、price_asc、price_desc")
		}
		f.Sort = s
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

// indexQueries are the subqueries of f on the catalog index
// (catalog_index.go), each selecting the ids of matching listed products.
func (f catalogFilter) indexQueries() ([]string, dbx.Params) {
	var subs []string
	params := dbx.Params{}
	if len(f.Tags) > 0 {
		names := make([]string, len(f.Tags))
		for i, t := range f.Tags {
			k := "tag" + strconv.Itoa(i)
			params[k] = "tag:" + t
			names[i] = "{:" + k + "}"
		}
		subs = append(subs, "SELECT [[product]] FROM {{product_facets}} WHERE [[facet]] IN ("+strings.Join(names, ",")+")")
	}
	if f.Category != "" {
		params["cat"] = "cat:" + f.Category
		subs = append(subs, "SELECT [[product]] FROM {{product_facets}} WHERE [[facet]] = {:cat}")
	}
	if f.Industry != "" {
		// A 门类 letter (e.g. C 制造业) also finds its 大类 (C34 …): indexed as ind:C.
		params["ind"] = "ind:" + f.Industry
		subs = append(subs, "SELECT [[product]] FROM {{product_facets}} WHERE [[facet]] = {:ind}")
	}
	if f.Keyword != "" {
		params["kw"] = "%" + likeEscaper.Replace(strings.ToLower(f.Keyword)) + "%"
		subs = append(subs, `SELECT [[product]] FROM {{product_search}} WHERE [[text]] LIKE {:kw} ESCAPE '\'`)
	}
	return subs, params
}

// columnConds are the conditions of f on the products row itself.
func (f catalogFilter) columnConds() []dbx.Expression {
	conds := []dbx.Expression{dbx.HashExp{"status": "listed"}}
	if f.Type != "" {
		conds = append(conds, dbx.HashExp{"type": f.Type})
	}
	// A product matches a price range when its spec price range meets it.
	if f.PriceMin >= 0 {
		conds = append(conds, dbx.NewExp("[[price_max_fen]] >= {:pmin}", dbx.Params{"pmin": f.PriceMin}))
	}
	if f.PriceMax >= 0 {
		conds = append(conds, dbx.NewExp("[[price_min_fen]] <= {:pmax}", dbx.Params{"pmax": f.PriceMax}))
	}
	return conds
}

// where returns the conditions of f.
func (f catalogFilter) where() dbx.Expression {
	conds := f.columnConds()
	subs, params := f.indexQueries()
	for _, sub := range subs {
		conds = append(conds, dbx.NewExp("[[id]] IN ("+sub+")", params))
	}
	return dbx.And(conds...)
}

// count counts the matches of f. With only index filters (the index holds
// listed products only) it intersects the index lookups and never touches
// the products table; otherwise it counts on the covering catalog index.
func (f catalogFilter) count(app core.App) (int, error) {
	var n int
	subs, params := f.indexQueries()
	if len(subs) > 0 && len(f.columnConds()) == 1 {
		err := app.DB().NewQuery("SELECT count(*) FROM (" + strings.Join(subs, " INTERSECT ") + ")").Bind(params).Row(&n)
		return n, err
	}
	err := app.DB().Select("count(*)").From("products").Where(f.where()).Row(&n)
	return n, err
}

var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

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

var catalogColumns = []string{
	"id", "name", "related_product", "type", "tags", "categories", "industries", "cover",
	"price_min_fen", "price_max_fen", "rating_avg", "rating_count", "sales_count",
	"provider_name", "enterprise", "listed_at",
	"(CASE WHEN json_valid([[intro]]) THEN json_extract([[intro]], '$.banner.text') END) AS summary",
}

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

// CatalogList runs the catalog query f.
func catalogList(app core.App, f catalogFilter) (*CatalogPage, error) {
	products, err := app.FindCachedCollectionByNameOrId("products")
	if err != nil {
		return nil, err
	}
	page := &CatalogPage{Page: f.Page, PerPage: f.PerPage, Items: []CatalogItem{}}
	if page.TotalItems, err = f.count(app); err != nil {
		return nil, err
	}
	page.TotalPages = (page.TotalItems + f.PerPage - 1) / f.PerPage
	if page.TotalItems == 0 || (f.Page-1)*f.PerPage >= page.TotalItems {
		return page, nil
	}
	var rows []catalogRow
	err = app.DB().Select(catalogColumns...).From("products").Where(f.where()).
		OrderBy(catalogSorts[f.Sort]...).Limit(int64(f.PerPage)).Offset(int64((f.Page - 1) * f.PerPage)).
		All(&rows)
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
