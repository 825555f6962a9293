package uitest

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestProviderListsProduct: a provider chooses 解决方案与产品, fills the
// whole listing form (a wrong cover type and an oversize cover are refused
// before upload), adds a spec in 元, fills 3 cases with their documents
// and the intro page, saves the draft, then submits it for review.
func TestProviderListsProduct(t *testing.T) {
	b := newBrowser(t)
	name := "界面测试质量追溯平台" + time.Now().Format("150405")
	b.login("demo_provider", password)
	b.open("/workbench/products/new")
	b.click(`[data-test="type-solution"]`, "立即上架")
	b.waitVisible(`[data-test="product-edit"] [data-test="p-name"]`)

	b.typeIn(`[data-test="p-name"]`, name)
	b.typeIn(`[data-test="p-related"]`, "追溯云 V2")
	b.pick(`[data-field="tags"]`, "质量管理")
	b.pressEscape()
	b.uploadFile(`[data-field="cover"] input[type=file]`, "cover.gif", 2048)
	b.waitText(".el-message--error", "仅支持 jpeg,png,jpg,bmp")
	b.uploadPNG(`[data-field="cover"] input[type=file]`, "cover-big.png", 3<<20)
	b.waitText(".el-message--error", "不能超过 2M")
	b.uploadPNG(`[data-field="cover"] input[type=file]`, "cover.png", 0)
	b.waitVisible(`[data-test="cover-thumb"]`)
	b.pick(`[data-field="categories"]`, "质量管控类")
	b.pressEscape()
	b.pickCascader(`[data-field="industries"]`, true, "制造业")
	b.num(`[data-test="p-hist-min"]`, "50000")
	b.num(`[data-test="p-hist-max"]`, "120000")
	b.pick(`[data-field="delivery_cycle"]`, "1-3个月")
	b.num(`[data-test="p-man-days"]`, "40")

	for i := 1; i <= 3; i++ {
		c := fmt.Sprintf(`[data-case="%d"]`, i)
		b.click(`[data-test="p-cases"] .el-tabs__item`, fmt.Sprintf("案例%d", i))
		b.typeIn(c+` [data-test="case-customer"]`, fmt.Sprintf("界面测试客户%d有限公司", i))
		b.num(c+` [data-test="case-output"]`, "12000.5")
		b.num(c+` [data-test="case-sales"]`, "48.25")
		b.num(c+` [data-test="case-months"]`, "3")
		b.uploadPDF(c+` input[type=file]`, fmt.Sprintf("case-%d.pdf", i))
		b.waitText(c+` [data-test="doc-name"]`, fmt.Sprintf("case-%d.pdf", i))
	}
	b.fill(`[data-test="intro-banner-title"]`, name)
	b.typeIn(`[data-test="intro-banner-text"]`, "一物一码的全流程质量追溯。")
	b.typeIn(`[data-test="intro-highlight"]`, "扫码即查")
	b.typeIn(`[data-test="intro-description"]`, "覆盖原料、生产、仓储、销售的质量追溯。")
	b.typeIn(`[data-test="support-hours"]`, "工作日 9:00-18:00")
	b.typeIn(`[data-test="support-hotline"]`, "400-800-5678")
	b.typeIn(`[data-test="support-content"]`, "远程支持、现场实施、操作培训")
	// 提交申请 checks the intro page before asking the server.
	b.click(`[data-test="p-submit"]`, "提交申请")
	b.waitText(`[data-test="intro-error"]`, "用户案例1")
	for i := 0; i < 3; i++ {
		b.eval(fmt.Sprintf(`(document.querySelectorAll('[data-test="intro-case-text"] textarea, textarea[data-test="intro-case-text"]')[%d].scrollIntoView({block: 'center'}), 'ok')`, i))
		b.do("typing a user case", chromedp.SendKeys(chromedp.CSS(fmt.Sprintf(`[data-module="cases"] .intro-case:nth-child(%d) textarea`, i+1)), fmt.Sprintf("客户%d上线后质量问题追溯时间缩短80%%。", i+1)))
	}

	// 规格 (图4-11): simple pricing needs a price; entered in 元.
	b.click(`[data-test="spec-add"]`, "添加规格")
	b.waitVisible(`[data-test="spec-name"]`)
	b.typeIn(`[data-test="spec-name"]`, "标准版")
	b.click(`[data-test="spec-ok"]`, "确认")
	b.waitText(`.el-dialog .el-form-item__error`, "规格定价")
	b.num(`[data-test="spec-price"]`, "12800.50")
	b.shot("product-1-spec")
	b.click(`[data-test="spec-ok"]`, "确认")
	b.waitText(`[data-test="spec-table"]`, "12,800.50")

	b.click(`[data-test="p-save"]`, "保存草稿")
	b.waitText(".el-message--success", "草稿已保存")
	p := record(t, "products", "name = {:n}", map[string]any{"n": name})
	if p.GetString("status") != "draft" || p.GetString("cover") == "" || p.GetInt("hist_price_min_fen") != 5000000 {
		t.Fatalf("draft on the server: status=%q cover=%q hist_min=%d", p.GetString("status"), p.GetString("cover"), p.GetInt("hist_price_min_fen"))
	}
	spec := record(t, "product_specs", "product = {:p}", map[string]any{"p": p.Id})
	if spec.GetInt("price_fen") != 1280050 || spec.GetString("purchase_mode") != "year" {
		t.Fatalf("spec on the server: price_fen=%d mode=%q", spec.GetInt("price_fen"), spec.GetString("purchase_mode"))
	}
	cases, _ := shared.app.FindRecordsByFilter("product_cases", "product = {:p} && document != ''", "idx", 0, 0, map[string]any{"p": p.Id})
	if len(cases) != 3 {
		t.Fatalf("cases with documents on the server: %d, want 3", len(cases))
	}
	b.shot("product-2-draft")

	b.click(`[data-test="p-submit"]`, "提交申请")
	b.confirm()
	b.waitJS(`location.pathname === '/workbench/products'`, "my products after submit")
	b.waitText(`[data-test="products-table"]`, name)
	b.shot("product-3-submitted")
	if s := record(t, "products", "id = {:id}", map[string]any{"id": p.Id}).GetString("status"); s != "pending" {
		t.Fatalf("after submit status = %q, want pending", s)
	}
	record(t, "applications", "product = {:p} && status = 'pending' && stage = 'operator'", map[string]any{"p": p.Id})
}

// num types a number into an el-input-number and leaves it (the value is
// committed on change).
func (b *B) num(sel, v string) {
	b.t.Helper()
	b.fill(sel, v)
	b.eval(`(document.activeElement && document.activeElement.blur(), 'ok')`)
}

// uploadPNG uploads a real PNG, padded to size bytes when size > 0.
func (b *B) uploadPNG(sel, name string, size int) {
	b.t.Helper()
	p := filepath.Join(b.t.TempDir(), name)
	data := tinyPNG()
	if size > len(data) {
		data = append(data, make([]byte, size-len(data))...)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.do("upload "+name, setUpload(sel, p))
}

func (b *B) uploadPDF(sel, name string) {
	b.t.Helper()
	p := filepath.Join(b.t.TempDir(), name)
	pdf := "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
	if err := os.WriteFile(p, []byte(pdf), 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.do("upload "+name, setUpload(sel, p))
}

func setUpload(sel, path string) chromedp.Action[chromedp.Void] {
	return chromedp.SetUploadFiles(chromedp.CSS(sel), []string{path})
}

// tinyPNG is a 64×40 PNG.
func tinyPNG() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 64, 40))
	for x := 0; x < 64; x++ {
		for y := 0; y < 40; y++ {
			img.Set(x, y, color.RGBA{30, uint8(100 + x), 200, 255})
		}
	}
	var buf bytes.Buffer
	_ = png.Encode(&buf, img)
	return buf.Bytes()
}
