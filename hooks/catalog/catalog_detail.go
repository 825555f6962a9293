package catalog

import (
	"fmt"
	"math"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
)

// ProductView is the public product page: what GET /api/smedx/catalog/{id}
// returns and what the preview renders, so the preview shows exactly what
// the public will see.
type ProductView struct {
	CatalogItem
	Catalog         string        `json:"catalog"`
	DeliveryCycle   string        `json:"delivery_cycle"`
	DeliveryManDays int           `json:"delivery_man_days"`
	Status          string        `json:"-"` // the preview shows it; the public sees only listed ones
	Banner          introBanner   `json:"banner"`
	BannerImageURL  string        `json:"banner_image_url"`
	Details         introDetails  `json:"details"`
	Media           []MediaItem   `json:"media"`
	CasesTitle      string        `json:"cases_title"`
	Cases           []CaseView    `json:"cases"`
	Support         introSupport  `json:"support"`
	ModuleOrder     []string      `json:"module_order"`
	Specs           []SpecView    `json:"specs"`
	Rating          RatingSummary `json:"rating"`
}

// MediaItem is a screenshot or video of 商品详情.
type MediaItem struct {
	URL   string `json:"url"`
	Video bool   `json:"video"`
}

// CaseView is a user case: the intro page's text and image with the
// public figures of the case (no contact, no document).
type CaseView struct {
	Idx             int     `json:"idx"`
	Title           string  `json:"title"`
	Text            string  `json:"text"`
	ImageURL        string  `json:"image_url"`
	Customer        string  `json:"customer"`
	AnnualOutputWan float64 `json:"annual_output_wan"`
	SalesWan        float64 `json:"sales_wan"`
	DeliveryMonths  int     `json:"delivery_months"`
}

// SpecView is a spec with its price as the UI shows it.
type SpecView struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	PurchaseMode string `json:"purchase_mode"`
	Pricing      string `json:"pricing"`
	PriceFen     int64  `json:"price_fen"`
	PriceText    string `json:"price_text"` // 元 with two decimals and unit, or 免费
}

// RatingSummary is the rating of a product from its reviews.
type RatingSummary struct {
	Avg       float64        `json:"avg"`
	Count     int            `json:"count"`
	Histogram map[string]int `json:"histogram"` // "1".."5" → count
}

var purchaseUnits = map[string]string{"year": "年", "month": "月", "quantity": "个"}

// yuanText formats fen as 元 with two decimals.
func yuanText(fen int64) string {
	sign := ""
	if fen < 0 {
		sign, fen = "-", -fen
	}
	return fmt.Sprintf("%s%d.%02d", sign, fen/100, fen%100)
}

func specPriceText(pricing, mode string, fen int64) string {
	if pricing == "free" {
		return "免费"
	}
	return "¥" + yuanText(fen) + "/" + purchaseUnits[mode]
}

// buildProductView assembles the public page of product (any status: the
// caller decides who may see it).
func buildProductView(app core.App, rec *core.Record) (*ProductView, error) {
	col := rec.Collection()
	row := catalogRow{
		ID: rec.Id, Name: rec.GetString("name"), RelatedProduct: rec.GetString("related_product"),
		Type: rec.GetString("type"), Tags: rec.GetString("tags"), Categories: rec.GetString("categories"),
		Industries: rec.GetString("industries"), Cover: rec.GetString("cover"),
		PriceMinFen: int64(rec.GetInt("price_min_fen")), PriceMaxFen: int64(rec.GetInt("price_max_fen")),
		RatingAvg: rec.GetFloat("rating_avg"), RatingCount: rec.GetInt("rating_count"), SalesCount: rec.GetInt("sales_count"),
		ProviderName: rec.GetString("provider_name"), Enterprise: rec.GetString("enterprise"),
	}
	if t := rec.GetDateTime("listed_at"); !t.IsZero() {
		row.ListedAt = t.String()
	}
	doc, err := parseIntro(rec.GetString("intro"))
	if err != nil {
		doc = &introDoc{}
	}
	if doc.Banner != nil {
		row.Summary.String = doc.Banner.Text
	}
	v := &ProductView{
		CatalogItem:     row.item(app, col),
		Catalog:         rec.GetString("catalog"),
		DeliveryCycle:   rec.GetString("delivery_cycle"),
		DeliveryManDays: rec.GetInt("delivery_man_days"),
		Status:          rec.GetString("status"),
		BannerImageURL:  platform.FileURL(col, rec.Id, rec.GetString("banner_image")),
		CasesTitle:      "用户案例",
		Media:           []MediaItem{},
		Cases:           []CaseView{},
		Specs:           []SpecView{},
	}
	if doc.Banner != nil {
		v.Banner = *doc.Banner
	}
	if v.Banner.Title == "" {
		v.Banner.Title = v.Name
	}
	if doc.Details != nil {
		v.Details = *doc.Details
	}
	if v.Details.Title == "" {
		v.Details.Title = "商品详情"
	}
	if v.Details.Highlights == nil {
		v.Details.Highlights = []string{}
	}
	if doc.Support != nil {
		v.Support = *doc.Support
	}
	if v.Support.Title == "" {
		v.Support.Title = "服务支持"
	}
	v.ModuleOrder = moduleOrder(v.Details.ModuleOrder)
	v.Details.ModuleOrder = v.ModuleOrder
	for _, m := range rec.GetStringSlice("media") {
		low := strings.ToLower(m)
		v.Media = append(v.Media, MediaItem{URL: platform.FileURL(col, rec.Id, m), Video: strings.HasSuffix(low, ".mp4")})
	}

	// User cases: intro text i ↔ case idx i+1 ↔ case image (named or i-th).
	images := rec.GetStringSlice("case_images")
	cases, err := app.FindRecordsByFilter("product_cases", "product = {:p}", "idx", 0, 0, dbx.Params{"p": rec.Id})
	if err != nil {
		return nil, err
	}
	byIdx := map[int]*core.Record{}
	for _, c := range cases {
		byIdx[c.GetInt("idx")] = c
	}
	for i := 0; i < casesRequired; i++ {
		var ic introCase
		if i < len(doc.Cases) {
			ic = doc.Cases[i]
		}
		c := byIdx[i+1]
		if c == nil && ic.Text == "" {
			continue
		}
		cv := CaseView{Idx: i + 1, Title: ic.Title, Text: ic.Text}
		if cv.Title == "" {
			cv.Title = fmt.Sprintf("用户案例%d", i+1)
		}
		switch {
		case ic.Image != "" && hasString(images, ic.Image):
			cv.ImageURL = platform.FileURL(col, rec.Id, ic.Image)
		case ic.Image == "" && i < len(images):
			cv.ImageURL = platform.FileURL(col, rec.Id, images[i])
		}
		if c != nil {
			cv.Customer = c.GetString("customer")
			cv.AnnualOutputWan = c.GetFloat("annual_output_wan")
			cv.SalesWan = c.GetFloat("sales_wan")
			cv.DeliveryMonths = c.GetInt("delivery_months")
		}
		v.Cases = append(v.Cases, cv)
	}

	// Retired specs (kept for their orders) are not public: the same
	// specs as the public_product_specs view.
	specs, err := app.FindRecordsByFilter("product_specs", "product = {:p} && retired = false", "sort,created", 0, 0, dbx.Params{"p": rec.Id})
	if err != nil {
		return nil, err
	}
	for _, s := range specs {
		fen := int64(s.GetInt("price_fen"))
		v.Specs = append(v.Specs, SpecView{
			ID: s.Id, Name: s.GetString("name"), PurchaseMode: s.GetString("purchase_mode"),
			Pricing: s.GetString("pricing"), PriceFen: fen,
			PriceText: specPriceText(s.GetString("pricing"), s.GetString("purchase_mode"), fen),
		})
	}

	v.Rating, err = ratingSummary(app, rec)
	if err != nil {
		return nil, err
	}
	return v, nil
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// moduleOrder completes the provider's order of the three intro modules.
func moduleOrder(order []string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, m := range append(append([]string{}, order...), "details", "cases", "support") {
		if introModules[m] && !seen[m] {
			out = append(out, m)
			seen[m] = true
		}
	}
	return out
}

// ratingSummary counts the product's reviews by stars. Without reviews it
// falls back to the product's stored average (e.g. imported data).
func ratingSummary(app core.App, rec *core.Record) (RatingSummary, error) {
	s := RatingSummary{Histogram: map[string]int{"1": 0, "2": 0, "3": 0, "4": 0, "5": 0}}
	var rows []struct {
		Rating int `db:"rating"`
		N      int `db:"n"`
	}
	err := app.DB().Select("rating", "count(*) AS n").From("reviews").
		Where(dbx.HashExp{"product": rec.Id}).GroupBy("rating").All(&rows)
	if err != nil {
		return s, err
	}
	sum := 0
	for _, r := range rows {
		if r.Rating < 1 || r.Rating > 5 {
			continue
		}
		s.Histogram[fmt.Sprint(r.Rating)] = r.N
		s.Count += r.N
		sum += r.N * r.Rating
	}
	if s.Count > 0 {
		s.Avg = math.Round(float64(sum)/float64(s.Count)*10) / 10
	} else {
		s.Avg, s.Count = math.Round(rec.GetFloat("rating_avg")*10)/10, rec.GetInt("rating_count")
	}
	return s, nil
}
