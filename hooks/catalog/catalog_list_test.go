package catalog_test

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/demo"
	"smedx/smedxtest"
)

type catalogPage struct {
	Page       int `json:"page"`
	PerPage    int `json:"perPage"`
	TotalItems int `json:"totalItems"`
	TotalPages int `json:"totalPages"`
	Items      []struct {
		ID          string  `json:"id"`
		Name        string  `json:"name"`
		PriceMinFen int64   `json:"price_min_fen"`
		SalesCount  int     `json:"sales_count"`
		RatingAvg   float64 `json:"rating_avg"`
		CoverURL    string  `json:"cover_url"`
		Provider    struct {
			Name string `json:"name"`
		} `json:"provider"`
	} `json:"items"`
}

func getCatalog(t *testing.T, a *smedxtest.App, query string) catalogPage {
	t.Helper()
	var p catalogPage
	a.Do("GET", "/api/smedx/catalog?"+query, nil, nil).Status(t, 200).Decode(t, &p)
	return p
}

func names(p catalogPage) string {
	out := []string{}
	for _, it := range p.Items {
		out = append(out, it.Name)
	}
	return strings.Join(out, ",")
}

func TestCatalogFiltersAndSorts(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	newTestProduct(t, a, f.ProviderA, "P1", catalogOpts{tags: []string{"iot", "ai"}, categories: []string{"production"}, industries: []string{"C34"},
		prices: []int{100000}, sales: 5, rating: 4.5, ratingN: 2, listedAgo: 5 * time.Hour})
	newTestProduct(t, a, f.ProviderA, "P2", catalogOpts{typ: "software", tags: []string{"cloud"}, categories: []string{"management", "production"}, industries: []string{"F"},
		prices: []int{0, 50000}, sales: 20, rating: 3.9, ratingN: 9, listedAgo: 1 * time.Hour})
	newTestProduct(t, a, f.ProviderB, "P3", catalogOpts{typ: "diagnosis", tags: []string{"iot"}, categories: []string{"management"}, industries: []string{"C13", "C14"},
		prices: []int{300000, 900000}, sales: 1, rating: 5, ratingN: 1, listedAgo: 3 * time.Hour})
	// Never in the catalog, whatever the filter.
	for _, st := range []string{"draft", "pending", "rejected", "revoked", "delisted"} {
		newTestProduct(t, a, f.ProviderA, "隐藏-"+st, catalogOpts{status: st, tags: []string{"iot"}, categories: []string{"production"}, industries: []string{"C34"}})
	}

	checks := []struct{ query, want string }{
		{"", "P2,P3,P1"}, // newest listed first
		{"sort=newest", "P2,P3,P1"},
		{"sort=sales", "P2,P1,P3"},
		{"sort=rating", "P3,P1,P2"},
		{"sort=price_asc", "P2,P1,P3"},
		{"sort=price_desc", "P3,P1,P2"},
		{"tags=iot", "P3,P1"},
		{"tags=iot,cloud", "P2,P3,P1"},
		{"tags=iot&tags=cloud&sort=sales", "P2,P1,P3"},
		{"category=production", "P2,P1"},
		{"industry=C14", "P3"},
		{"industry=C", "P3,P1"}, // 制造业 finds its 大类
		{"type=software", "P2"},
		{"type=solution&tags=iot", "P1"},
		{"keyword=" + url.QueryEscape("P3 V1"), "P3"}, // related_product
		{"keyword=P1", "P1"},
		{"keyword=" + url.QueryEscape("%"), ""},
		{"price_min_fen=200000", "P3"},
		{"price_max_fen=60000", "P2"},
		{"price_min_fen=60000&price_max_fen=200000", "P1"},
		{"tags=iot&sort=price_desc", "P3,P1"},
	}
	for _, c := range checks {
		if got := names(getCatalog(t, a, c.query)); got != c.want {
			t.Errorf("catalog?%s = %q, want %q", c.query, got, c.want)
		}
	}

	// The catalog index follows status and code changes of any save.
	p1, err := a.FindFirstRecordByData("products", "name", "P1")
	if err != nil {
		t.Fatal(err)
	}
	p1.Set("status", "delisted")
	if err := a.Save(p1); err != nil {
		t.Fatal(err)
	}
	if p := getCatalog(t, a, "tags=iot"); names(p) != "P3" || p.TotalItems != 1 {
		t.Fatalf("delisted product still found: %+v", p)
	}
	p1.Set("status", "listed")
	p1.Set("tags", []string{"cloud"})
	if err := a.Save(p1); err != nil {
		t.Fatal(err)
	}
	if got := names(getCatalog(t, a, "tags=cloud")); got != "P2,P1" {
		t.Fatalf("re-listed with new tags: %s", got)
	}
	if got := names(getCatalog(t, a, "tags=iot")); got != "P3" {
		t.Fatalf("old tag still indexed: %s", got)
	}
	p1.Set("tags", []string{"iot", "ai"})
	if err := a.Save(p1); err != nil {
		t.Fatal(err)
	}

	// Pagination.
	p := getCatalog(t, a, "perPage=2&page=2&sort=sales")
	if p.TotalItems != 3 || p.TotalPages != 2 || names(p) != "P3" {
		t.Fatalf("page 2: %+v", p)
	}
	if p := getCatalog(t, a, "perPage=2&page=9"); len(p.Items) != 0 || p.TotalItems != 3 {
		t.Fatalf("page beyond the end: %+v", p)
	}

	// Bad parameters are 400 with Chinese messages.
	for _, q := range []string{"sort=cheapest", "price_min_fen=-1", "price_max_fen=abc"} {
		res := a.Do("GET", "/api/smedx/catalog?"+q, nil, nil).Status(t, 400)
		if !res.Contains("排序") && !res.Contains("价格") {
			t.Errorf("%s: %s", q, res.Body)
		}
	}

	// No hidden fields in the list.
	body := string(a.Do("GET", "/api/smedx/catalog", nil, nil).Status(t, 200).Body)
	for _, hidden := range []string{"hist_price", "contact_", "13900001111", "sales@example.cn", "status", "revision"} {
		if strings.Contains(body, hidden) {
			t.Errorf("catalog list exposes %q", hidden)
		}
	}
}

func TestCatalogDetail(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	listed := newTestProduct(t, a, f.ProviderA, "详情商品", catalogOpts{prices: []int{0, 3980000}})
	draft := newTestProduct(t, a, f.ProviderA, "草稿商品", catalogOpts{status: "draft"})
	pending := newTestProduct(t, a, f.ProviderA, "待审商品", catalogOpts{status: "pending"})

	var d struct {
		ID       string `json:"id"`
		Name     string `json:"name"`
		Provider struct {
			ID, Name string
		} `json:"provider"`
		Specs []struct {
			Name      string `json:"name"`
			PriceFen  int64  `json:"price_fen"`
			PriceText string `json:"price_text"`
		} `json:"specs"`
		Cases []struct {
			Idx             int     `json:"idx"`
			Customer        string  `json:"customer"`
			AnnualOutputWan float64 `json:"annual_output_wan"`
			Text            string  `json:"text"`
		} `json:"cases"`
		Banner struct {
			Title string `json:"title"`
		} `json:"banner"`
		ModuleOrder []string `json:"module_order"`
		Rating      struct {
			Avg       float64        `json:"avg"`
			Count     int            `json:"count"`
			Histogram map[string]int `json:"histogram"`
		} `json:"rating"`
	}
	res := a.Do("GET", "/api/smedx/catalog/"+listed.Id, nil, nil).Status(t, 200)
	res.Decode(t, &d)
	if d.Name != "详情商品" || d.Provider.Name != f.ProviderA.Enterprise.GetString("name") || d.Banner.Title != "详情商品" {
		t.Fatalf("detail: %s", res.Body)
	}
	if len(d.Specs) != 2 || d.Specs[0].PriceText != "免费" || d.Specs[1].PriceText != "¥39800.00/年" {
		t.Fatalf("specs: %+v", d.Specs)
	}
	if len(d.Cases) != 3 || d.Cases[0].Customer != "客户1有限公司" || d.Cases[0].AnnualOutputWan != 8000.5 || d.Cases[0].Text == "" {
		t.Fatalf("cases: %+v", d.Cases)
	}
	if strings.Join(d.ModuleOrder, ",") != "cases,details,support" {
		t.Fatalf("module order %v", d.ModuleOrder)
	}
	if len(d.Rating.Histogram) != 5 {
		t.Fatalf("histogram %v", d.Rating.Histogram)
	}
	for _, hidden := range []string{"hist_price", "contact_", "13900002222", "13900001111", "document", "case1.pdf", "sales@example.cn"} {
		if res.Contains(hidden) {
			t.Errorf("detail exposes %q", hidden)
		}
	}
	for _, p := range []*core.Record{draft, pending} {
		a.Do("GET", "/api/smedx/catalog/"+p.Id, nil, nil).Status(t, 404)
		a.Do("GET", "/api/smedx/catalog/"+p.Id, f.ProviderA.Admin, nil).Status(t, 404) // even for the owner
	}
	a.Do("GET", "/api/smedx/catalog/nosuchid", nil, nil).Status(t, 404)

	// The enterprise renamed: the catalog follows.
	ent := a.Reload(f.ProviderA.Enterprise)
	ent.Set("name", "甲数字科技集团有限公司")
	if err := a.Save(ent); err != nil {
		t.Fatal(err)
	}
	if p := getCatalog(t, a, ""); len(p.Items) != 1 || p.Items[0].Provider.Name != "甲数字科技集团有限公司" {
		t.Fatalf("provider name not followed: %+v", p.Items)
	}
}

// On the demo data: exactly the listed demo products, ratings from reviews.
func TestCatalogOnDemoData(t *testing.T) {
	a := smedxtest.New(t)
	if _, err := demo.Load(a); err != nil {
		t.Fatal(err)
	}
	var listed []string
	if err := a.DB().Select("id").From("products").Where(dbx.HashExp{"status": "listed"}).Column(&listed); err != nil {
		t.Fatal(err)
	}
	p := getCatalog(t, a, "perPage=100")
	if p.TotalItems != len(listed) || len(listed) == 0 {
		t.Fatalf("catalog shows %d, demo has %d listed", p.TotalItems, len(listed))
	}
	set := map[string]bool{}
	for _, id := range listed {
		set[id] = true
	}
	for _, it := range p.Items {
		if !set[it.ID] {
			t.Fatalf("catalog shows unlisted %s", it.Name)
		}
	}
	// Sorted by sales, descending.
	s := getCatalog(t, a, "sort=sales&perPage=100")
	for i := 1; i < len(s.Items); i++ {
		if s.Items[i-1].SalesCount < s.Items[i].SalesCount {
			t.Fatalf("sales order broken: %+v", s.Items)
		}
	}
	// A filter on the demo's tags.
	for _, it := range getCatalog(t, a, "tags=iot&perPage=100").Items {
		rec, _ := a.FindRecordById("products", it.ID)
		if !strings.Contains(rec.GetString("tags"), `"iot"`) {
			t.Fatalf("tags=iot returned %s", it.Name)
		}
	}
	// Rating summary = the reviews rows.
	for _, id := range listed {
		var rows []struct {
			Rating int `db:"rating"`
		}
		_ = a.DB().Select("rating").From("reviews").Where(dbx.HashExp{"product": id}).All(&rows)
		if len(rows) == 0 {
			continue
		}
		var d struct {
			Rating struct {
				Count     int            `json:"count"`
				Histogram map[string]int `json:"histogram"`
			} `json:"rating"`
		}
		a.Do("GET", "/api/smedx/catalog/"+id, nil, nil).Status(t, 200).Decode(t, &d)
		hist := map[string]int{}
		for _, r := range rows {
			hist[fmt.Sprint(r.Rating)]++
		}
		if d.Rating.Count != len(rows) {
			t.Fatalf("rating count %d, reviews %d", d.Rating.Count, len(rows))
		}
		for k, v := range hist {
			if d.Rating.Histogram[k] != v {
				t.Fatalf("histogram %v, reviews %v", d.Rating.Histogram, hist)
			}
		}
	}
}

func TestMyProducts(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	for _, st := range []string{"draft", "draft", "pending", "listed", "rejected", "revoked", "delisted"} {
		newTestProduct(t, a, f.ProviderA, "甲-"+st, catalogOpts{status: st})
	}
	newTestProduct(t, a, f.ProviderB, "乙-draft", catalogOpts{status: "draft"})

	var res struct {
		TotalItems int            `json:"totalItems"`
		Counts     map[string]int `json:"counts"`
		Items      []struct {
			Name    string `json:"name"`
			Status  string `json:"status"`
			Actions []struct {
				Key string `json:"key"`
			} `json:"actions"`
		} `json:"items"`
	}
	a.Do("GET", "/api/smedx/products/mine", f.ProviderA.Staff, nil).Status(t, 200).Decode(t, &res)
	want := map[string]int{"all": 7, "draft": 2, "pending": 1, "listed": 1, "rejected": 1, "revoked": 1, "delisted": 1}
	for k, v := range want {
		if res.Counts[k] != v {
			t.Errorf("count %s = %d, want %d", k, res.Counts[k], v)
		}
	}
	if res.TotalItems != 7 || len(res.Items) != 7 {
		t.Fatalf("items %d", len(res.Items))
	}
	actions := map[string]string{}
	for _, it := range res.Items {
		if strings.HasPrefix(it.Name, "乙") {
			t.Fatal("another tenant's product in 我的商品")
		}
		keys := []string{}
		for _, a := range it.Actions {
			keys = append(keys, a.Key)
		}
		actions[it.Status] = strings.Join(keys, ",")
	}
	wantActions := map[string]string{
		"draft": "edit,preview,submit,delete", "pending": "preview,revoke", "listed": "view,edit,preview,delist",
		"rejected": "reedit,preview", "revoked": "reedit,preview", "delisted": "preview,resubmit",
	}
	for st, w := range wantActions {
		if actions[st] != w {
			t.Errorf("actions of %s = %s, want %s", st, actions[st], w)
		}
	}

	a.Do("GET", "/api/smedx/products/mine?status=draft", f.ProviderA.Admin, nil).Status(t, 200).Decode(t, &res)
	if res.TotalItems != 2 || len(res.Items) != 2 || res.Items[0].Status != "draft" {
		t.Fatalf("status filter: %+v", res)
	}
	a.Do("GET", "/api/smedx/products/mine?status=weird", f.ProviderA.Admin, nil).Status(t, 400)
	a.Do("GET", "/api/smedx/products/mine", f.EnterpriseA.Admin, nil).Status(t, 403)
	a.Do("GET", "/api/smedx/products/mine", nil, nil).Status(t, 401)
}

func TestPublicExpertsAndAnnouncements(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	inactive := a.NewExpert(f.ProviderB.Admin, "停用专家")
	exp, _ := a.FindFirstRecordByData("experts", "user", inactive.Id)
	exp.Set("active", false)
	if err := a.Save(exp); err != nil {
		t.Fatal(err)
	}

	var experts struct {
		TotalItems int `json:"totalItems"`
		Items      []struct {
			Name  string `json:"name"`
			Title string `json:"title"`
		} `json:"items"`
	}
	res := a.Do("GET", "/api/smedx/experts", nil, nil).Status(t, 200)
	res.Decode(t, &experts)
	if experts.TotalItems != 2 || len(experts.Items) != 2 || experts.Items[0].Title != "高级工程师" {
		t.Fatalf("experts: %s", res.Body)
	}
	if res.Contains("停用专家") || res.Contains(f.ExpertA.Id) || res.Contains(f.ExpertA.GetString("phone")) {
		t.Fatalf("experts list exposes an inactive expert or user data: %s", res.Body)
	}
	a.Do("GET", "/api/smedx/experts?perPage=1&page=2", nil, nil).Status(t, 200).Decode(t, &experts)
	if len(experts.Items) != 1 {
		t.Fatalf("expert pagination: %+v", experts)
	}

	col, _ := a.FindCollectionByNameOrId("announcements")
	mk := func(title string, published, pinned bool, ago time.Duration) *core.Record {
		r := core.NewRecord(col)
		r.Load(map[string]any{"title": title, "content": "<p>" + title + "</p>", "published": published, "pinned": pinned})
		at, _ := types.ParseDateTime(time.Now().Add(-ago))
		r.Set("published_at", at)
		if err := a.Save(r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	mk("旧公告", true, false, 48*time.Hour)
	mk("置顶旧公告", true, true, 72*time.Hour)
	mk("新公告", true, false, time.Hour)
	hidden := mk("草稿公告", false, false, time.Hour)
	future := mk("定时公告", true, false, -48*time.Hour)

	var list struct {
		Items []struct {
			ID, Title string
		} `json:"items"`
	}
	a.Do("GET", "/api/smedx/announcements", nil, nil).Status(t, 200).Decode(t, &list)
	got := []string{}
	for _, it := range list.Items {
		got = append(got, it.Title)
	}
	if strings.Join(got, ",") != "置顶旧公告,新公告,旧公告" {
		t.Fatalf("announcements %v", got)
	}
	var detail struct{ Content string }
	a.Do("GET", "/api/smedx/announcements/"+list.Items[1].ID, nil, nil).Status(t, 200).Decode(t, &detail)
	if detail.Content != "<p>新公告</p>" {
		t.Fatalf("detail %+v", detail)
	}
	a.Do("GET", "/api/smedx/announcements/"+hidden.Id, nil, nil).Status(t, 404)
	a.Do("GET", "/api/smedx/announcements/"+future.Id, nil, nil).Status(t, 404)
}
