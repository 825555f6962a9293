package review_test

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/filesystem"

	"smedx/smedxtest"
)

// Helpers of the review tests: complete products, a second expert outside
// both fixture providers, superusers, counting rows.

func tinyPNG(t testing.TB) []byte {
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewRGBA(image.Rect(0, 0, 2, 2))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// newProduct saves a complete product of tenant in status (Go-level
// create, as the demo does), with one spec and three cases.
func reviewProduct(t testing.TB, a *smedxtest.App, tenant *smedxtest.Tenant, name, status string) *core.Record {
	t.Helper()
	col, err := a.FindCollectionByNameOrId("products")
	if err != nil {
		t.Fatal(err)
	}
	p := core.NewRecord(col)
	p.Set("enterprise", tenant.Enterprise.Id)
	p.Set("provider_name", tenant.Enterprise.GetString("name"))
	p.Set("type", "solution") // dict product_type codes
	p.Set("name", name)
	p.Set("related_product", name+" V1")
	p.Set("catalog", "数字化转型")
	p.Set("status", status)
	p.Set("tags", []string{"cloud"})
	p.Set("categories", []string{"rnd"})
	p.Set("industries", []string{"C34"})
	p.Set("hist_price_min_fen", 100000)
	p.Set("hist_price_max_fen", 500000)
	p.Set("delivery_cycle", "30天")
	p.Set("delivery_man_days", 20)
	p.Set("contact_name", "王经理")
	p.Set("contact_methods", []string{"phone"})
	p.Set("contact_phone", "13900000001")
	p.Set("intro", map[string]any{ // the intro page shape the products area validates
		"banner":  map[string]any{"title": name, "text": name + "简介"},
		"details": map[string]any{"title": "商品详情", "highlights": []string{"产品详情"}, "description": "产品详情"},
		"cases":   []map[string]any{{"title": "案例1", "text": "案例一"}, {"title": "案例2", "text": "案例二"}, {"title": "案例3", "text": "案例三"}},
		"support": map[string]any{"hours": "工作日", "content": "远程支持", "hotline": "400-800-1234"},
	})
	p.Set("price_min_fen", 100000)
	p.Set("price_max_fen", 100000)
	if status == "listed" {
		p.Set("listed_at", time.Now().UTC())
	}
	cover, err := filesystem.NewFileFromBytes(tinyPNG(t), "cover.png")
	if err != nil {
		t.Fatal(err)
	}
	p.Set("cover", cover)
	if err := a.Save(p); err != nil {
		t.Fatalf("product fixture: %v", err)
	}
	specs, _ := a.FindCollectionByNameOrId("product_specs")
	s := core.NewRecord(specs)
	s.Set("product", p.Id)
	s.Set("name", "标准版")
	s.Set("purchase_mode", "year")
	s.Set("pricing", "simple")
	s.Set("price_fen", 100000)
	if err := a.Save(s); err != nil {
		t.Fatalf("spec fixture: %v", err)
	}
	cases, _ := a.FindCollectionByNameOrId("product_cases")
	for i := 1; i <= 3; i++ {
		c := core.NewRecord(cases)
		c.Set("product", p.Id)
		c.Set("idx", i)
		c.Set("customer", fmt.Sprintf("客户%d", i))
		c.Set("contact_name", "联系人")
		c.Set("contact_info", "13900000002")
		c.Set("annual_output_wan", 1000)
		c.Set("sales_wan", 50)
		c.Set("delivery_months", 3)
		doc, _ := filesystem.NewFileFromBytes([]byte("%PDF-1.4\n%%EOF\n"), fmt.Sprintf("case%d.pdf", i))
		c.Set("document", doc)
		if err := a.Save(c); err != nil {
			t.Fatalf("case fixture: %v", err)
		}
	}
	return p
}

// outsideExpert is an expert of a third provider (neither A nor B).
func outsideExpert(t testing.TB, a *smedxtest.App, name string) *core.Record {
	t.Helper()
	tenant := a.NewTenant("provider", name+"咨询有限公司", "approved")
	return a.NewExpert(tenant.Staff, name)
}

func superuser(t testing.TB, a *smedxtest.App) *core.Record {
	t.Helper()
	col, err := a.FindCollectionByNameOrId(core.CollectionNameSuperusers)
	if err != nil {
		t.Fatal(err)
	}
	su := core.NewRecord(col)
	su.SetEmail(fmt.Sprintf("root%d@example.com", time.Now().UnixNano()))
	su.SetPassword("Root@2026pass")
	if err := a.Save(su); err != nil {
		t.Fatal(err)
	}
	return su
}

func count(t testing.TB, a *smedxtest.App, table string, where dbx.HashExp) int {
	t.Helper()
	var n int
	if err := a.DB().Select("count(*)").From(table).Where(where).Row(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func appOf(t testing.TB, a *smedxtest.App, res *smedxtest.Response) *core.Record {
	t.Helper()
	id, _ := res.JSON(t)["id"].(string)
	rec, err := a.FindRecordById("applications", id)
	if err != nil {
		t.Fatalf("application %q: %v; body %s", id, err, res.Body)
	}
	return rec
}

func approve(a *smedxtest.App, appID string, user *core.Record, body any) *smedxtest.Response {
	if body == nil {
		body = map[string]any{"comment": "同意"}
	}
	return a.Do("POST", "/api/smedx/applications/"+appID+"/approve", user, body)
}

func reject(a *smedxtest.App, appID string, user *core.Record, comment string) *smedxtest.Response {
	return a.Do("POST", "/api/smedx/applications/"+appID+"/reject", user, map[string]any{"comment": comment})
}

func wantState(t testing.TB, a *smedxtest.App, rec *core.Record, field, want string) {
	t.Helper()
	if got := a.Reload(rec).GetString(field); got != want {
		t.Fatalf("%s.%s = %q, want %q", rec.Collection().Name, field, got, want)
	}
}

func wantRefused(t testing.TB, res *smedxtest.Response, code int, contains string) {
	t.Helper()
	res.Status(t, code)
	if contains != "" && !res.Contains(contains) {
		t.Fatalf("body %s does not mention %q", res.Body, contains)
	}
}
