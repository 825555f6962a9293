package catalog_test

import (
	"net/url"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/smedxtest"
)

// quickProduct saves a listed product at model level with the catalog's
// columns (no specs, cases or files: the catalog index reads the row).
func quickProduct(t testing.TB, a *smedxtest.App, provider *core.Record, data map[string]any) *core.Record {
	t.Helper()
	row := map[string]any{
		"enterprise": provider.Id, "provider_name": provider.GetString("name"), "type": "solution",
		"status": "listed", "listed_at": time.Now(),
	}
	for k, v := range data {
		row[k] = v
	}
	return smedxtest.SaveRecord(t, a, "products", row)
}

func kw(q string) string { return "keyword=" + url.QueryEscape(q) }

func TestCatalogKeywordSearchChinese(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	prov := f.ProviderA.Enterprise
	ago := func(h int) time.Time { return time.Now().Add(-time.Duration(h) * time.Hour) }
	quickProduct(t, a, prov, map[string]any{"name": "工业质量云平台", "related_product": "工业质量云平台 V2", "listed_at": ago(5)})
	quickProduct(t, a, prov, map[string]any{"name": "MES2.0生产执行", "related_product": "MES 标准版", "listed_at": ago(4)})
	quickProduct(t, a, prov, map[string]any{"name": "质检助手", "related_product": "质量追溯模块", "listed_at": ago(1)})
	quickProduct(t, a, prov, map[string]any{"name": "智能仓储", "related_product": "WMS", "listed_at": ago(2)})
	quickProduct(t, a, prov, map[string]any{"name": "设备云", "related_product": "设备云 Lite", "listed_at": ago(3)})
	smedxtest.SaveRecord(t, a, "products", map[string]any{"enterprise": prov.Id, "type": "solution",
		"name": "云草稿", "status": "draft"}) // never found

	checks := []struct{ query, want string }{
		// One character: every product with it, in any column. Ranked:
		// the shorter name holding it first, then the longer one.
		{kw("云"), "设备云,工业质量云平台"},
		// Two characters, a word: a name match ranks above a
		// related-product match even when that product is newer.
		{kw("质量"), "工业质量云平台,质检助手"},
		// Substrings across word boundaries are found, scattered
		// characters are not (LIKE semantics for Chinese).
		{kw("量云平"), "工业质量云平台"},
		{kw("质云"), ""},
		{kw("仓储"), "智能仓储"},
		// Latin words by prefix, case- and width-insensitive, mixed
		// with Chinese.
		{kw("mes"), "MES2.0生产执行"},
		{kw("ＭＥＳ2"), "MES2.0生产执行"},
		{kw("mes 生产"), "MES2.0生产执行"},
		{kw("wms 仓"), "智能仓储"},
		{kw("lite"), "设备云"},
		{kw("erp"), ""},
		{kw("！？"), ""}, // nothing searchable: nothing found
		// An explicit order replaces the ranking.
		{kw("云") + "&sort=newest", "设备云,工业质量云平台"},
		{kw("质量") + "&sort=newest", "质检助手,工业质量云平台"},
	}
	for _, c := range checks {
		p := getCatalog(t, a, c.query)
		if got := names(p); got != c.want {
			t.Errorf("catalog?%s = %q, want %q", c.query, got, c.want)
		}
		if p.TotalItems != len(p.Items) {
			t.Errorf("catalog?%s: total %d for %d items", c.query, p.TotalItems, len(p.Items))
		}
	}
	// Paging through a ranking.
	if p := getCatalog(t, a, kw("云")+"&perPage=1&page=2"); names(p) != "工业质量云平台" || p.TotalItems != 2 || p.TotalPages != 2 {
		t.Fatalf("page 2 of the ranking: %+v", p)
	}

	// The index follows edits, status changes and provider renames.
	platform, err := a.FindFirstRecordByData("products", "name", "工业质量云平台")
	if err != nil {
		t.Fatal(err)
	}
	platform.Set("name", "工业数据平台")
	if err := a.Save(platform); err != nil {
		t.Fatal(err)
	}
	if got := names(getCatalog(t, a, kw("数据"))); got != "工业数据平台" {
		t.Errorf("renamed product not found by its new name: %q", got)
	}
	// Still found by its related product (工业质量云平台 V2), ranked below
	// the product whose name holds 云.
	if got := names(getCatalog(t, a, kw("云"))); got != "设备云,工业数据平台" {
		t.Errorf("after the rename, 云 = %q", got)
	}
	device, _ := a.FindFirstRecordByData("products", "name", "设备云")
	device.Set("status", "delisted")
	if err := a.Save(device); err != nil {
		t.Fatal(err)
	}
	if p := getCatalog(t, a, kw("云")); names(p) != "工业数据平台" || p.TotalItems != 1 {
		t.Errorf("delisted product still found: %+v", p)
	}
	if err := a.Delete(platform); err != nil {
		t.Fatal(err)
	}
	if p := getCatalog(t, a, kw("云")); p.TotalItems != 0 {
		t.Errorf("deleted product still found: %+v", p)
	}
	prov.Set("name", "云测服务商")
	if err := a.Save(prov); err != nil {
		t.Fatal(err)
	}
	if p := getCatalog(t, a, kw("云测")); p.TotalItems != 3 {
		t.Errorf("products of the renamed provider: %+v", p)
	}
}

// TestCatalogTotalsFollowWrites: cached totals and sort keys follow every
// kind of product write, including the plain-SQL ones of other packages.
func TestCatalogTotalsFollowWrites(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	prov := f.ProviderA.Enterprise
	p1, _ := smedxtest.ListedProduct(t, a, prov, "方案一", []string{"production"}, 100000)
	p2, specs := smedxtest.ListedProduct(t, a, prov, "方案二", []string{"production"}, 300000)
	total := func(q string) int { return getCatalog(t, a, q).TotalItems }
	for q, want := range map[string]int{"": 2, "category=production": 2, "price_max_fen=200000": 1, kw("方案"): 2} {
		if got := total(q); got != want {
			t.Fatalf("catalog?%s total %d, want %d", q, got, want)
		}
	}
	// A spec price change (products' price range is kept by plain SQL).
	specs[0].Set("price_fen", 150000)
	if err := a.Save(specs[0]); err != nil {
		t.Fatal(err)
	}
	if got := total("price_max_fen=200000"); got != 2 {
		t.Errorf("after the price change: %d, want 2", got)
	}
	// A new listing, a category change, a delisting.
	p3, _ := smedxtest.ListedProduct(t, a, prov, "方案三", []string{"management"}, 50000)
	if got := total(""); got != 3 {
		t.Errorf("after a listing: %d", got)
	}
	p1.Set("categories", []string{"management"})
	if err := a.Save(p1); err != nil {
		t.Fatal(err)
	}
	if got, got2 := total("category=production"), total("category=management"); got != 1 || got2 != 2 {
		t.Errorf("after a category change: production %d, management %d", got, got2)
	}
	p3.Set("status", "delisted")
	if err := a.Save(p3); err != nil {
		t.Fatal(err)
	}
	if got, got2 := total(""), total(kw("方案")); got != 2 || got2 != 2 {
		t.Errorf("after a delisting: %d, keyword %d", got, got2)
	}
	// Sales counters (plain SQL on payment) reorder sort=sales at once.
	if _, err := a.DB().NewQuery("UPDATE products SET sales_count = 7 WHERE id = {:id}").Bind(dbx.Params{"id": p2.Id}).Execute(); err != nil {
		t.Fatal(err)
	}
	if got := names(getCatalog(t, a, "sort=sales")); got != "方案二,方案一" {
		t.Errorf("sort=sales after a sale: %s", got)
	}
	if _, err := a.DB().NewQuery("UPDATE products SET sales_count = 9 WHERE id = {:id}").Bind(dbx.Params{"id": p1.Id}).Execute(); err != nil {
		t.Fatal(err)
	}
	if got := names(getCatalog(t, a, "sort=sales")); got != "方案一,方案二" {
		t.Errorf("sort=sales after another sale: %s", got)
	}
}

// TestCatalogIndexSameTransaction: a product save and its index rows are
// one transaction: when the index cannot be written, the save is undone.
func TestCatalogIndexSameTransaction(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	p := quickProduct(t, a, f.ProviderA.Enterprise, map[string]any{"name": "原名方案"})
	if _, err := a.DB().NewQuery("DROP TABLE catalog_fts").Execute(); err != nil {
		t.Fatal(err)
	}
	p.Set("name", "新名方案")
	if err := a.Save(p); err == nil {
		t.Fatal("save succeeded without its index")
	}
	if got := a.Reload(p).GetString("name"); got != "原名方案" {
		t.Fatalf("product saved without its index rows: %s", got)
	}
}
