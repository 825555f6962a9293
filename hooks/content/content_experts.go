package content

import (
	"net/http"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
)

// The public expert team (专家团队): active experts only, with the fields
// of a public profile (no user account, phone or tenant internals).

func registerPublicExperts(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/api/smedx/experts", handlePublicExperts)
		return se.Next()
	})
}

// PublicExpert is an expert card of the portal.
type PublicExpert struct {
	ID               string   `json:"id"`
	Name             string   `json:"name"`
	PhotoURL         string   `json:"photo_url"`
	Title            string   `json:"title"` // 职称
	Position         string   `json:"position"`
	Major            string   `json:"major"`
	Region           string   `json:"region"`
	IIDomains        []string `json:"ii_domains"`
	IndustryDomains  []string `json:"industry_domains"`
	OperatingDomains []string `json:"operating_domains"`
	YearsII          string   `json:"years_ii"`
	YearsIndustry    string   `json:"years_industry"`
	Intro            string   `json:"intro"`
}

func stringList(raw string) []string {
	out := []string{}
	_ = platform.UnmarshalJSONString(raw, &out)
	if out == nil {
		out = []string{}
	}
	return out
}

func handlePublicExperts(e *core.RequestEvent) error {
	q := e.Request.URL.Query()
	page, perPage := platform.PageParams(q, 12, 100)
	where := []dbx.Expression{dbx.HashExp{"active": true}}
	if kw := strings.TrimSpace(q.Get("keyword")); kw != "" {
		where = append(where, dbx.Or(dbx.Like("name", kw), dbx.Like("major", kw), dbx.Like("ii_domains", kw),
			dbx.Like("industry_domains", kw), dbx.Like("operating_domains", kw)))
	}
	var total int
	if err := e.App.DB().Select("count(*)").From("experts").Where(dbx.And(where...)).Row(&total); err != nil {
		return err
	}
	var recs []*core.Record
	if err := e.App.RecordQuery("experts").Where(dbx.And(where...)).OrderBy("created ASC", "id ASC").
		Limit(int64(perPage)).Offset(int64((page - 1) * perPage)).All(&recs); err != nil {
		return err
	}
	items := make([]PublicExpert, 0, len(recs))
	for _, r := range recs {
		region := r.GetString("region_text")
		if region == "" {
			region = strings.Join(stringList(r.GetString("region")), "/")
		}
		items = append(items, PublicExpert{
			ID: r.Id, Name: r.GetString("name"), PhotoURL: platform.FileURL(r.Collection(), r.Id, r.GetString("photo")),
			Title: r.GetString("professional_title"), Position: r.GetString("position"), Major: r.GetString("major"),
			Region: region, IIDomains: stringList(r.GetString("ii_domains")),
			IndustryDomains: stringList(r.GetString("industry_domains")), OperatingDomains: stringList(r.GetString("operating_domains")),
			YearsII: r.GetString("years_ii"), YearsIndustry: r.GetString("years_industry"), Intro: r.GetString("intro"),
		})
	}
	return e.JSON(http.StatusOK, map[string]any{
		"page": page, "perPage": perPage, "totalItems": total, "totalPages": (total + perPage - 1) / perPage, "items": items,
	})
}
