package catalog_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"smedx/hooks/catalog"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/filesystem"

	"smedx/smedxtest"
)

const (
	productsAPI = "/api/collections/products/records"
	specsAPI    = "/api/collections/product_specs/records"
	casesAPI    = "/api/collections/product_cases/records"
)

func recordID(t *testing.T, r *smedxtest.Response) string {
	t.Helper()
	id, _ := r.JSON(t)["id"].(string)
	if id == "" {
		t.Fatalf("no id in %s", r.Body)
	}
	return id
}

func uploadCase(a *smedxtest.App, user *core.Record, productID string, idx int, doc smedxtest.File) *smedxtest.Response {
	return a.Upload("POST", casesAPI, user, map[string]string{
		"product": productID, "idx": fmt.Sprint(idx), "customer": fmt.Sprintf("淄博华创%d有限公司", idx),
		"annual_output_wan": "8000.55", "sales_wan": "35.80", "delivery_months": "3",
		"contact_name": "李经理", "contact_title": "信息化主管", "contact_info": "13900003333",
	}, map[string]smedxtest.File{"document": doc})
}

func submitCheck(t *testing.T, a *smedxtest.App, id string) error {
	t.Helper()
	rec, err := a.FindRecordById("products", id)
	if err != nil {
		t.Fatal(err)
	}
	return catalog.ValidateProductForSubmit(a, rec)
}

// A provider fills in the listing in pieces, previews it and it becomes
// submittable only when complete.
func TestProductDraftCompletePreviewSubmit(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	admin := f.ProviderA.Admin

	// 1. A partial draft: only type and name. It starts as a draft, with
	// the counters at zero whatever the client sends.
	a.Do("POST", productsAPI, admin, map[string]any{
		"enterprise": f.ProviderA.Enterprise.Id, "type": "solution", "name": "智造云MES", "status": "listed",
	}).Status(t, 400)
	// Counters are the server's: sending them is refused, naming the field.
	if a.Do("POST", productsAPI, admin, map[string]any{
		"enterprise": f.ProviderA.Enterprise.Id, "type": "solution", "name": "智造云MES", "sales_count": 999,
	}).Status(t, 400).FieldError("sales_count") == "" {
		t.Fatal("sales_count not named")
	}
	res := a.Do("POST", productsAPI, admin, map[string]any{
		"enterprise": f.ProviderA.Enterprise.Id, "type": "solution", "name": "智造云MES",
	}).Status(t, 200)
	id := recordID(t, res)
	rec, _ := a.FindRecordById("products", id)
	if rec.GetString("status") != "draft" || rec.GetInt("sales_count") != 0 || rec.GetFloat("rating_avg") != 0 {
		t.Fatalf("create must start a clean draft: %v", rec.FieldsData())
	}
	if rec.GetString("provider_name") != f.ProviderA.Enterprise.GetString("name") {
		t.Fatalf("provider_name = %q", rec.GetString("provider_name"))
	}
	err := submitCheck(t, a, id)
	if err == nil {
		t.Fatal("a partial draft must not be submittable")
	}
	for _, want := range []string{"related_product", "cover", "tags", "cases", "specs", "intro", "contact_methods"} {
		if !strings.Contains(fmt.Sprint(errData(err)), want) {
			t.Errorf("submit check should name %s: %v", want, errData(err))
		}
	}

	// 2. The rest of 表4-1 and the intro page.
	data := fullProductData(f.ProviderA, "智造云MES")
	delete(data, "enterprise")
	a.Do("PATCH", productsAPI+"/"+id, admin, data).Status(t, 200)
	a.Upload("PATCH", productsAPI+"/"+id, admin, nil, map[string]smedxtest.File{
		"cover": {Name: "cover.png", Data: productPNG(t)}, "case_images": {Name: "case1.png", Data: productPNG(t)},
	}).Status(t, 200)

	// 3. Specs; the price range follows them.
	a.Do("POST", specsAPI, admin, map[string]any{"product": id, "name": "标准版", "purchase_mode": "year", "pricing": "simple", "price_fen": 3980000}).Status(t, 200)
	spec := recordID(t, a.Do("POST", specsAPI, admin, map[string]any{"product": id, "name": "试用", "purchase_mode": "month", "pricing": "free", "price_fen": 0}).Status(t, 200))
	rec, _ = a.FindRecordById("products", id)
	if rec.GetInt("price_min_fen") != 0 || rec.GetInt("price_max_fen") != 3980000 {
		t.Fatalf("price range %d-%d", rec.GetInt("price_min_fen"), rec.GetInt("price_max_fen"))
	}
	a.Do("DELETE", specsAPI+"/"+spec, admin, nil).Status(t, 204)
	rec, _ = a.FindRecordById("products", id)
	if rec.GetInt("price_min_fen") != 3980000 {
		t.Fatalf("price range after delete %d", rec.GetInt("price_min_fen"))
	}

	// 4. Two cases are not enough.
	for i := 1; i <= 2; i++ {
		uploadCase(a, admin, id, i, smedxtest.File{Name: fmt.Sprintf("案例%d.pdf", i), Data: productPDF()}).Status(t, 200)
	}
	err = submitCheck(t, a, id)
	if err == nil || !strings.Contains(fmt.Sprint(errData(err)), "需要配置 3 个案例（当前 2 个）") {
		t.Fatalf("2 cases must be refused at submit: %v", errData(err))
	}
	// A 4th case number does not exist.
	uploadCase(a, admin, id, 4, smedxtest.File{Name: "x.pdf", Data: productPDF()}).Status(t, 400)
	uploadCase(a, admin, id, 3, smedxtest.File{Name: "案例3.pdf", Data: productPDF()}).Status(t, 200)
	if err := submitCheck(t, a, id); err != nil {
		t.Fatalf("complete product must be submittable: %v", errData(err))
	}

	// 5. Preview: the public page, for the owner (header or ?token=).
	page := a.Do("GET", "/api/smedx/products/"+id+"/preview", admin, nil).Status(t, 200)
	if ct := page.Head.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Fatalf("preview content type %q", ct)
	}
	for _, want := range []string{"智造云MES", "发布预览", "商品详情", "用户案例", "服务支持", "¥39800.00/年", "两周上线", "淄博华创1有限公司", "8000.55 万元", "400-800-1234", "草稿"} {
		if !page.Contains(want) {
			t.Errorf("preview lacks %q", want)
		}
	}
	// module_order puts cases before details.
	if bytes.Index(page.Body, []byte(`id="cases"`)) > bytes.Index(page.Body, []byte(`id="details"`)) {
		t.Error("preview must follow module_order (cases first)")
	}
	if page.Contains("13900003333") || page.Contains("sales@example.cn") {
		t.Error("preview shows what the public page hides (case contact, product contact)")
	}
	token, _ := admin.NewAuthToken()
	a.Do("GET", "/api/smedx/products/"+id+"/preview?token="+token, nil, nil).Status(t, 200)

	// 6. Submit, through the review route when it exists.
	res = a.Do("POST", "/api/smedx/products/"+id+"/submit", admin, nil)
	if res.Code == 404 && !res.Contains("商品") {
		t.Log("review route not merged: submission checked through ValidateProductForSubmit")
		return
	}
	res.Status(t, 200)
	if st := a.Reload(rec).GetString("status"); st != "pending" {
		t.Fatalf("status after submit %s", st)
	}
}

// errData is the field → message map of a 400 from the hooks.
func errData(err error) map[string]string {
	out := map[string]string{}
	raw, _ := json.Marshal(err)
	var e struct {
		Data map[string]struct {
			Message string `json:"message"`
		} `json:"data"`
	}
	_ = json.Unmarshal(raw, &e)
	for k, v := range e.Data {
		out[k] = v.Message
	}
	if len(out) == 0 && err != nil {
		out["error"] = err.Error()
	}
	return out
}

func TestProductValidationRules(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	admin := f.ProviderA.Admin
	id := recordID(t, a.Do("POST", productsAPI, admin, map[string]any{"enterprise": f.ProviderA.Enterprise.Id, "type": "solution", "name": "草稿"}).Status(t, 200))
	path := productsAPI + "/" + id

	refusals := []struct {
		name  string
		body  map[string]any
		field string
		msg   string
	}{
		{"4th industry", map[string]any{"industries": []string{"C34", "C35", "C36", "C13"}}, "industries", "适用行业最多选择 3 个"},
		{"6th category", map[string]any{"categories": []string{"rnd", "production", "management", "marketing", "safety", "energy"}}, "categories", "方案分类最多选择 5 个"},
		{"unknown tag", map[string]any{"tags": []string{"no_such_tag"}}, "tags", "标签中的选项不存在"},
		{"duplicate industry", map[string]any{"industries": []string{"C34", "C34"}}, "industries", "不能重复"},
		{"unknown type", map[string]any{"type": "rocket"}, "type", "发布类型不存在"},
		{"email contact without email", map[string]any{"contact_methods": []string{"email"}}, "contact_email", "请填写邮箱"},
		{"phone contact without phone", map[string]any{"contact_methods": []string{"phone"}}, "contact_phone", "请填写手机"},
		{"bad phone", map[string]any{"contact_phone": "12345"}, "contact_phone", "手机格式不正确"},
		{"other contact method", map[string]any{"contact_methods": []string{"wechat"}}, "contact_methods", "联系方式只能选择"},
		{"hist min > max", map[string]any{"hist_price_min_fen": 500, "hist_price_max_fen": 100}, "hist_price_min_fen", "不能高于"},
		{"intro unknown key", map[string]any{"intro": map[string]any{"banner": map[string]any{"title": "x", "subtitle": "y"}}}, "intro", "介绍页格式不正确"},
		{"intro 4 cases", map[string]any{"intro": map[string]any{"cases": []any{map[string]any{}, map[string]any{}, map[string]any{}, map[string]any{}}}}, "intro", "只能配置 3 个"},
		{"intro module order", map[string]any{"intro": map[string]any{"details": map[string]any{"module_order": []string{"cases", "cases"}}}}, "intro", "模块顺序"},
	}
	for _, c := range refusals {
		t.Run(c.name, func(t *testing.T) {
			res := a.Do("PATCH", path, admin, c.body).Status(t, 400)
			if msg := res.FieldError(c.field); !strings.Contains(msg, c.msg) {
				t.Fatalf("%s: message %q, want %q; body %s", c.field, msg, c.msg, res.Body)
			}
		})
	}
	// Nothing half-written.
	rec, _ := a.FindRecordById("products", id)
	if rec.GetString("industries") != "null" && rec.GetString("industries") != "" && rec.GetString("industries") != "[]" {
		t.Fatalf("refused update changed industries: %s", rec.GetString("industries"))
	}
	// 3 industries and 5 categories are fine.
	a.Do("PATCH", path, admin, map[string]any{"industries": []string{"C34", "C35", "C"}, "categories": []string{"rnd", "production", "management", "marketing", "safety"}}).Status(t, 200)

	// Files: cover type and size, document type, with Chinese messages.
	big := append(productPNG(t), make([]byte, 2<<20)...)
	res := a.Upload("PATCH", path, admin, nil, map[string]smedxtest.File{"cover": {Name: "big.png", Data: big}}).Status(t, 400)
	if msg := res.FieldError("cover"); !strings.Contains(msg, "展示图不能超过 2MB") {
		t.Fatalf("oversize cover: %q", msg)
	}
	res = a.Upload("PATCH", path, admin, nil, map[string]smedxtest.File{"cover": {Name: "cover.png", Data: []byte("just some text, not an image")}}).Status(t, 400)
	if msg := res.FieldError("cover"); !strings.Contains(msg, "展示图只支持 jpeg、png、jpg、bmp 格式") {
		t.Fatalf("wrong cover MIME: %q", msg)
	}
	res = uploadCase(a, admin, id, 1, smedxtest.File{Name: "case.pdf", Data: []byte("MZ\x90\x00 not a document")}).Status(t, 400)
	if msg := res.FieldError("document"); !strings.Contains(msg, "介绍文档只支持") {
		t.Fatalf("wrong document MIME: %q", msg)
	}

	// Specs: simple pricing needs a price, free is 0.
	res = a.Do("POST", specsAPI, admin, map[string]any{"product": id, "name": "标准版", "purchase_mode": "year", "pricing": "simple"}).Status(t, 400)
	if msg := res.FieldError("price_fen"); !strings.Contains(msg, "请填写大于 0 的规格定价") {
		t.Fatalf("simple without price: %q", msg)
	}
	res = a.Do("POST", specsAPI, admin, map[string]any{"product": id, "name": "试用", "purchase_mode": "month", "pricing": "free", "price_fen": 100}).Status(t, 400)
	if msg := res.FieldError("price_fen"); !strings.Contains(msg, "必须为 0") {
		t.Fatalf("free with price: %q", msg)
	}
	a.Do("POST", specsAPI, admin, map[string]any{"product": id, "name": "按次", "purchase_mode": "weekly", "pricing": "free"}).Status(t, 400)

	// Cases: 万元 figures keep two decimals.
	res = a.Upload("POST", casesAPI, admin, map[string]string{"product": id, "idx": "1", "customer": "甲", "annual_output_wan": "12.345"}, nil).Status(t, 400)
	if msg := res.FieldError("annual_output_wan"); !strings.Contains(msg, "两位小数") {
		t.Fatalf("3 decimals: %q", msg)
	}

	// The rules hold at model level too (dashboard, Go code).
	rec, _ = a.FindRecordById("products", id)
	rec.Set("industries", []string{"C34", "C35", "C36", "C13"})
	if err := a.Save(rec); err == nil || !strings.Contains(fmt.Sprint(errData(err)), "最多选择 3 个") {
		t.Fatalf("model save with 4 industries: %v", err)
	}
	caseCol, _ := a.FindCollectionByNameOrId("product_cases")
	c := core.NewRecord(caseCol)
	c.Load(map[string]any{"product": id, "idx": 2, "customer": "乙"})
	huge, _ := filesystem.NewFileFromBytes(productPDF(), "huge.pdf")
	huge.Size = 100<<20 + 1 // the size check reads Size; no need for 100 MB of memory
	c.Set("document", huge)
	if err := a.Save(c); err == nil || !strings.Contains(fmt.Sprint(errData(err)), "介绍文档不能超过 100MB") {
		t.Fatalf("document over 100 MB: %v", errData(err))
	}
}

// Case documents up to 100 MB pass the request body limit (PocketBase's
// default is 32 MB; the product_cases routes get the field's limit).
func TestCaseDocumentOver32MB(t *testing.T) {
	if testing.Short() {
		t.Skip("uploads 33 MB")
	}
	a := smedxtest.New(t)
	f := a.Fixtures()
	id := recordID(t, a.Do("POST", productsAPI, f.ProviderA.Admin, map[string]any{"enterprise": f.ProviderA.Enterprise.Id, "type": "solution", "name": "大文档"}).Status(t, 200))
	doc := append(productPDF(), bytes.Repeat([]byte{' '}, 33<<20)...)
	uploadCase(a, f.ProviderA.Admin, id, 1, smedxtest.File{Name: "大文档.pdf", Data: doc}).Status(t, 200)
}

// Specs, cases and the product itself change directly only while editable.
func TestProductEditableStatuses(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	admin := f.ProviderA.Admin
	pending := newTestProduct(t, a, f.ProviderA, "审核中商品", catalogOpts{status: "pending"})
	listed := newTestProduct(t, a, f.ProviderA, "已上架商品", catalogOpts{status: "listed"})
	rejected := newTestProduct(t, a, f.ProviderA, "已驳回商品", catalogOpts{status: "rejected"})

	for _, p := range []*core.Record{pending, listed} {
		res := a.Do("PATCH", productsAPI+"/"+p.Id, admin, map[string]any{"name": "改名"}).Status(t, 400)
		if !res.Contains("不能") && !res.Contains("提交新版本审核") {
			t.Fatalf("edit of %s: %s", p.GetString("status"), res.Body)
		}
		a.Do("POST", specsAPI, admin, map[string]any{"product": p.Id, "name": "新规格", "purchase_mode": "year", "pricing": "free"}).Status(t, 400)
		var spec struct {
			ID string `db:"id"`
		}
		_ = a.DB().Select("id").From("product_specs").Where(dbx.HashExp{"product": p.Id}).One(&spec)
		a.Do("PATCH", specsAPI+"/"+spec.ID, admin, map[string]any{"price_fen": 1}).Status(t, 400)
		a.Do("DELETE", specsAPI+"/"+spec.ID, admin, nil).Status(t, 400)
		var cs struct {
			ID string `db:"id"`
		}
		_ = a.DB().Select("id").From("product_cases").Where(dbx.HashExp{"product": p.Id}).One(&cs)
		a.Do("PATCH", casesAPI+"/"+cs.ID, admin, map[string]any{"customer": "改"}).Status(t, 400)
	}
	if a.Reload(listed).GetString("name") != "已上架商品" {
		t.Fatal("listed product changed")
	}

	// A status is not set by an update, except 重新编辑 (rejected → draft).
	draft := recordID(t, a.Do("POST", productsAPI, admin, map[string]any{"enterprise": f.ProviderA.Enterprise.Id, "type": "solution", "name": "x"}).Status(t, 200))
	a.Do("PATCH", productsAPI+"/"+draft, admin, map[string]any{"status": "listed"}).Status(t, 400)
	if a.Do("PATCH", productsAPI+"/"+draft, admin, map[string]any{"price_min_fen": 1}).Status(t, 400).FieldError("price_min_fen") == "" {
		t.Fatal("price_min_fen not named")
	}
	if d, _ := a.FindRecordById("products", draft); d.GetInt("sales_count") != 0 || d.GetInt("price_min_fen") != 0 {
		t.Fatal("server-kept fields changed by a request")
	}
	a.Do("PATCH", productsAPI+"/"+rejected.Id, admin, map[string]any{"status": "draft", "name": "已驳回商品（修改）"}).Status(t, 200)
	if st := a.Reload(rejected).GetString("status"); st != "draft" {
		t.Fatalf("re-edit: %s", st)
	}
	// Moving a product to another tenant is refused.
	a.Do("PATCH", productsAPI+"/"+draft, admin, map[string]any{"enterprise": f.ProviderB.Enterprise.Id}).Status(t, 400)
}

// Another tenant cannot read or change drafts, specs or cases; the
// preview is for the owner, staff and assigned experts.
func TestProductTenancy(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	draft := newTestProduct(t, a, f.ProviderA, "甲的草稿", catalogOpts{status: "draft"})
	other := f.ProviderB.Admin
	var spec, cs struct {
		ID       string `db:"id"`
		Document string `db:"document"`
	}
	_ = a.DB().Select("id").From("product_specs").Where(dbx.HashExp{"product": draft.Id}).One(&spec)
	_ = a.DB().Select("id", "document").From("product_cases").Where(dbx.HashExp{"product": draft.Id}).One(&cs)

	for _, u := range []*core.Record{other, f.EnterpriseA.Admin, nil} {
		a.Do("GET", productsAPI+"/"+draft.Id, u, nil).Status(t, 404)
		a.Do("GET", specsAPI+"/"+spec.ID, u, nil).Status(t, 404)
		a.Do("GET", casesAPI+"/"+cs.ID, u, nil).Status(t, 404)
		if items := a.Do("GET", productsAPI, u, nil).Status(t, 200).Items(t); len(items) != 0 {
			t.Fatalf("list shows another tenant's draft: %v", items)
		}
		if items := a.Do("GET", casesAPI, u, nil).Status(t, 200).Items(t); len(items) != 0 {
			t.Fatalf("list shows another tenant's cases: %v", items)
		}
	}
	a.Do("PATCH", productsAPI+"/"+draft.Id, other, map[string]any{"name": "抢"}).Status(t, 404)
	a.Do("DELETE", productsAPI+"/"+draft.Id, other, nil).Status(t, 404)
	a.Do("PATCH", specsAPI+"/"+spec.ID, other, map[string]any{"price_fen": 1}).Status(t, 404)
	a.Do("DELETE", casesAPI+"/"+cs.ID, other, nil).Status(t, 404)
	if code := a.Do("POST", specsAPI, other, map[string]any{"product": draft.Id, "name": "x", "purchase_mode": "year", "pricing": "free"}).Code; code != 400 && code != 403 {
		t.Fatalf("spec on another tenant's product: %d", code)
	}
	if a.Reload(draft).GetString("name") != "甲的草稿" {
		t.Fatal("another tenant changed the draft")
	}
	// Case documents are protected files: no public download.
	col, _ := a.FindCollectionByNameOrId("product_cases")
	if res := a.Do("GET", "/api/files/"+col.Id+"/"+cs.ID+"/"+cs.Document, nil, nil); res.Code == 200 {
		t.Fatal("case document downloadable without a file token")
	}

	preview := "/api/smedx/products/" + draft.Id + "/preview"
	a.Do("GET", preview, nil, nil).Status(t, 401)
	a.Do("GET", preview+"?token=garbage", nil, nil).Status(t, 401)
	a.Do("GET", preview, other, nil).Status(t, 403)
	a.Do("GET", preview, f.EnterpriseA.Admin, nil).Status(t, 403)
	a.Do("GET", preview, f.ExpertB, nil).Status(t, 403) // not assigned
	a.Do("GET", preview, f.Operator, nil).Status(t, 200)
	a.Do("GET", preview, f.Department, nil).Status(t, 200)
	a.Do("GET", preview, f.ProviderA.Staff, nil).Status(t, 200)

	// Assigned to an application of the product, the expert may preview.
	appCol, _ := a.FindCollectionByNameOrId("applications")
	app := core.NewRecord(appCol)
	app.Load(map[string]any{"type": "product_publish", "title": "甲的草稿 商品发布", "enterprise": f.ProviderA.Enterprise.Id,
		"product": draft.Id, "stage": "expert", "status": "pending", "experts": []string{f.ExpertB.Id}})
	if err := a.Save(app); err != nil {
		t.Fatal(err)
	}
	a.Do("GET", preview, f.ExpertB, nil).Status(t, 200)
}

// A dict option disabled after a product used it blocks neither other
// saves of that product (e.g. delisting) nor reads; a new submission
// must pick a valid option.
func TestProductDisabledDictOption(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	p := newTestProduct(t, a, f.ProviderA, "物联网方案", catalogOpts{tags: []string{"iot"}})
	opt, err := a.FindFirstRecordByFilter("dicts", "type = 'tag' && code = 'iot'")
	if err != nil {
		t.Fatal(err)
	}
	opt.Set("enabled", false)
	if err := a.Save(opt); err != nil {
		t.Fatal(err)
	}
	p.Set("status", "delisted")
	if err := a.Save(p); err != nil {
		t.Fatalf("delisting with a disabled tag: %v", err)
	}
	err = catalog.ValidateProductForSubmit(a, a.Reload(p))
	if msg := errData(err)["tags"]; !strings.Contains(msg, "标签中的选项不存在：iot") {
		t.Fatalf("submit with a disabled tag: %v", errData(err))
	}
}
