package catalog_test

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/filesystem"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/smedxtest"
)

// Helpers of the products/catalog tests.

func productPNG(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewRGBA(image.Rect(0, 0, 4, 3))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func productPDF() []byte {
	return []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
}

// fullIntro is a complete intro page document.
func fullIntro(name string) map[string]any {
	cases := []map[string]any{}
	for i := 1; i <= 3; i++ {
		cases = append(cases, map[string]any{"title": fmt.Sprintf("案例%d", i), "text": fmt.Sprintf("客户%d上线后效率提升", i)})
	}
	return map[string]any{
		"banner":  map[string]any{"title": name, "text": name + "，面向中小制造企业。"},
		"details": map[string]any{"title": "商品详情", "highlights": []string{"两周上线", "扫码报工"}, "description": "计划排产、报工、质检。", "module_order": []string{"cases", "details", "support"}},
		"cases":   cases,
		"support": map[string]any{"title": "服务支持", "hours": "工作日 9:00-18:00", "content": "远程支持与现场实施", "hotline": "400-800-1234", "email": "support@example.cn"},
	}
}

// fullProductData is every field of 表4-1 (no files) for a product of tenant.
func fullProductData(tenant *smedxtest.Tenant, name string) map[string]any {
	return map[string]any{
		"enterprise": tenant.Enterprise.Id, "type": "solution", "name": name, "related_product": name + " V1",
		"catalog": "解决方案和产品", "tags": []string{"intelligent_manufacturing"}, "categories": []string{"production"},
		"industries": []string{"C34"}, "hist_price_min_fen": 100000, "hist_price_max_fen": 900000,
		"delivery_cycle": "1-3个月", "delivery_man_days": 30, "contact_name": "王经理",
		"contact_methods": []string{"phone", "email"}, "contact_phone": "13900001111", "contact_email": "sales@example.cn",
		"intro": fullIntro(name),
	}
}

type catalogOpts struct {
	status     string
	typ        string
	tags       []string
	categories []string
	industries []string
	prices     []int // spec prices in fen (0 = free)
	sales      int
	rating     float64
	ratingN    int
	listedAgo  time.Duration
}

// newTestProduct saves a complete product with specs and 3 cases at model
// level (the way the demo and revisions create non-draft rows).
func newTestProduct(t testing.TB, a *smedxtest.App, tenant *smedxtest.Tenant, name string, o catalogOpts) *core.Record {
	t.Helper()
	col, err := a.FindCollectionByNameOrId("products")
	if err != nil {
		t.Fatal(err)
	}
	rec := core.NewRecord(col)
	rec.Load(fullProductData(tenant, name))
	if o.status == "" {
		o.status = "listed"
	}
	rec.Set("status", o.status)
	if o.typ != "" {
		rec.Set("type", o.typ)
	}
	if o.tags != nil {
		rec.Set("tags", o.tags)
	}
	if o.categories != nil {
		rec.Set("categories", o.categories)
	}
	if o.industries != nil {
		rec.Set("industries", o.industries)
	}
	rec.Set("sales_count", o.sales)
	rec.Set("rating_avg", o.rating)
	rec.Set("rating_count", o.ratingN)
	if o.status == "listed" || o.status == "delisted" {
		at, _ := types.ParseDateTime(time.Now().Add(-o.listedAgo))
		rec.Set("listed_at", at)
	}
	cover, _ := filesystem.NewFileFromBytes(productPNG(t), "cover.png")
	rec.Set("cover", cover)
	if err := a.Save(rec); err != nil {
		t.Fatalf("product %s: %v", name, err)
	}
	if o.prices == nil {
		o.prices = []int{39800}
	}
	specCol, _ := a.FindCollectionByNameOrId("product_specs")
	for i, p := range o.prices {
		s := core.NewRecord(specCol)
		pricing := "simple"
		if p == 0 {
			pricing = "free"
		}
		s.Load(map[string]any{"product": rec.Id, "name": fmt.Sprintf("规格%d", i+1), "purchase_mode": "year", "pricing": pricing, "price_fen": p, "sort": i})
		if err := a.Save(s); err != nil {
			t.Fatalf("spec: %v", err)
		}
	}
	caseCol, _ := a.FindCollectionByNameOrId("product_cases")
	for i := 1; i <= 3; i++ {
		c := core.NewRecord(caseCol)
		c.Load(map[string]any{"product": rec.Id, "idx": i, "customer": fmt.Sprintf("客户%d有限公司", i),
			"annual_output_wan": 8000.5, "sales_wan": 35.8, "delivery_months": 3,
			"contact_name": "李经理", "contact_title": "主管", "contact_info": "13900002222"})
		doc, _ := filesystem.NewFileFromBytes(productPDF(), fmt.Sprintf("case%d.pdf", i))
		c.Set("document", doc)
		if err := a.Save(c); err != nil {
			t.Fatalf("case: %v", err)
		}
	}
	return a.Reload(rec)
}
