package uitest

import (
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/chromedp/chromedp"
)

// Helpers of the journeys that act on Element Plus widgets the way a user
// does: message boxes, dropdowns, cascaders, table row actions, uploads and
// the schema-driven questionnaire.

func (b *B) logout() {
	b.t.Helper()
	b.eval(`(localStorage.clear(), sessionStorage.clear(), 'ok')`)
	b.open("/")
}

// confirm accepts an Element Plus message box.
func (b *B) confirm() {
	b.t.Helper()
	b.click(".el-message-box__btns .el-button--primary", "")
	b.waitGone(".el-message-box")
}

// popperOpen is true while a dropdown (select, cascader, date picker) shows.
const popperOpen = `[...document.querySelectorAll('.el-popper')].some(p => p.getAttribute('aria-hidden') !== 'true' && p.style.display !== 'none' && p.getClientRects().length && (p.querySelector('.el-select-dropdown, .el-cascader__dropdown, .el-picker-panel') || p.classList.contains('el-cascader__dropdown')))`

// pressEscape closes the open dropdown and waits until it is gone.
func (b *B) pressEscape() {
	b.t.Helper()
	b.eval(`(document.activeElement && document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', code: 'Escape', bubbles: true})), document.body.click(), 'ok')`)
	b.waitJS(`!(`+popperOpen+`)`, "dropdown closed")
	b.settle()
}

// cascaderMenus is the number of columns of the open cascader (0: closed).
const cascaderMenus = `(() => { const d = [...document.querySelectorAll('.el-cascader__dropdown')].filter(d => d.offsetParent !== null && getComputedStyle(d).display !== 'none').pop(); return d ? d.querySelectorAll('.el-cascader-menu').length : 0 })()`

// pickCascader opens the cascader inside sel and clicks, column after
// column, the node labelled by each of labels ("" = the first node),
// waiting for the next column (or the selection) after each click.
func (b *B) pickCascader(sel string, multi bool, labels ...string) {
	b.t.Helper()
	b.click(sel+" .el-cascader", "")
	b.waitJS(cascaderMenus+` > 0`, "cascader open")
	for i, label := range labels {
		n := b.eval(`String(` + cascaderMenus + `)`)
		if cols, _ := strconv.Atoi(n); cols <= i {
			break // closed, or the last choice opened no further column
		}
		b.waitJS(`(() => { const d = [...document.querySelectorAll('.el-cascader__dropdown')].filter(d => d.offsetParent !== null).pop(); const menus = d.querySelectorAll('.el-cascader-menu'); return [...menus[`+fmt.Sprint(i)+`].querySelectorAll('.el-cascader-node')].some(x => x.innerText.includes(`+jsq(label)+`)) })()`, "cascader node "+label)
		b.eval(`(() => { const d = [...document.querySelectorAll('.el-cascader__dropdown')].filter(d => d.offsetParent !== null).pop(); const menu = d.querySelectorAll('.el-cascader-menu')[` + fmt.Sprint(i) + `];
		  const node = [...menu.querySelectorAll('.el-cascader-node')].find(x => x.innerText.includes(` + jsq(label) + `));
		  (node.querySelector('.el-checkbox, .el-radio') || node).click(); return 'ok' })()`)
		// The next column opened, the cascader closed (a leaf was chosen)
		// or the node's own box is ticked (checkStrictly).
		b.waitJS(`(() => { const m = `+cascaderMenus+`; if (m === 0 || m > `+n+`) return true; const d = [...document.querySelectorAll('.el-cascader__dropdown')].filter(d => d.offsetParent !== null).pop(); return !!d.querySelectorAll('.el-cascader-menu')[`+fmt.Sprint(i)+`].querySelector('.is-checked') })()`, "cascader step "+label)
		if multi {
			break // a second click would untick the same box
		}
	}
	if b.eval(`String(`+cascaderMenus+`)`) != "0" {
		b.pressEscape()
	}
	b.settle()
}

// clickRowAction clicks the action button (审批, 详情, 撤销…) of the table
// row that shows rowText.
func (b *B) clickRowAction(rowText, action string) {
	b.t.Helper()
	row := `[...document.querySelectorAll('.el-table__body-wrapper .el-table__row')].findIndex(r => r.innerText.includes(` + jsq(rowText) + `) && [...r.querySelectorAll('button')].some(x => x.innerText.includes(` + jsq(action) + `)))`
	b.waitJS(row+` >= 0`, "table row "+rowText+" with "+action)
	// Fixed columns render the actions in their own table: use the row index.
	b.eval(`(() => { const i = ` + row + `; const rows = [...document.querySelectorAll('.el-table__row')].filter(r => r.rowIndex === i || true);
	  const btns = [...document.querySelectorAll('.el-table__body-wrapper .el-table__row')][i].querySelectorAll('button');
	  const btn = [...btns].find(x => x.innerText.includes(` + jsq(action) + `)); btn.click(); return 'ok' })()`)
}

func (b *B) uploadLicence() {
	b.t.Helper()
	p := filepath.Join(b.t.TempDir(), "license.png")
	img := image.NewRGBA(image.Rect(0, 0, 64, 40))
	for x := 0; x < 64; x++ {
		for y := 0; y < 40; y++ {
			img.Set(x, y, color.RGBA{uint8(180 + x%60), 30, 30, 255})
		}
	}
	f, err := os.Create(p)
	if err != nil {
		b.t.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		b.t.Fatal(err)
	}
	f.Close()
	b.do("upload licence", chromedp.SetUploadFiles(chromedp.CSS(`[data-field="license"] input[type=file]`), []string{p}))
}

// uploadFile puts a file of size bytes named name into a file input.
func (b *B) uploadFile(sel, name string, size int) {
	b.t.Helper()
	p := filepath.Join(b.t.TempDir(), name)
	if err := os.WriteFile(p, make([]byte, size), 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.do("upload "+name, chromedp.SetUploadFiles(chromedp.CSS(sel), []string{p}))
}

type formField struct {
	Key, Type, Label string
	Filled           bool
}

// fillRequired fills every required field of the schema form under scope
// that has no value yet, the way a user would, with plausible values.
func (b *B) fillRequired(scope string) {
	b.t.Helper()
	// Sections build their fields when first opened: open every one.
	b.eval(`(document.querySelectorAll(` + jsq(scope+` .schema-section > .head`) + `).forEach(h => { const body = h.nextElementSibling; if (!body || body.style.display === 'none') h.click() }), 'ok')`)
	b.waitJS(`[...document.querySelectorAll(`+jsq(scope+` .schema-section > .head`)+`)].every(h => h.nextElementSibling && h.nextElementSibling.style.display !== 'none')`, "every section open")
	raw := b.eval(`JSON.stringify([...document.querySelectorAll(` + jsq(scope+` .el-form-item.is-required[data-field]`) + `)].map(e => ({
	  key: e.dataset.field, type: e.dataset.type, label: (e.querySelector('.el-form-item__label') || {}).innerText || '',
	  filled: !!(e.querySelector('img.license-thumb') || [...e.querySelectorAll('input:not([type=file]):not([type=radio]):not([type=checkbox]), textarea')].some(i => i.value) || e.querySelector('.el-radio.is-checked') || e.querySelector('.el-select__selected-item:not(.is-hidden) .el-tag, .el-select__selected-item:not(.el-select__placeholder.is-transparent) span') && !e.querySelector('.el-select__placeholder.is-transparent') && e.querySelector('.el-select__placeholder:not(.is-transparent)') === null)
	})))`)
	var fields []formField
	if err := json.Unmarshal([]byte(raw), &fields); err != nil {
		b.t.Fatalf("required fields: %v", err)
	}
	for _, f := range fields {
		if f.Filled {
			continue
		}
		sel := fmt.Sprintf(`%s [data-field=%q]`, scope, f.Key)
		switch f.Type {
		case "file":
			b.uploadLicence()
		case "number":
			b.fill(sel, "10")
		case "select", "dict", "multiselect":
			b.pick(sel, "")
			if f.Type == "multiselect" {
				b.pressEscape()
			}
		case "cascader", "cascader-multi", "region":
			b.pickCascader(sel, f.Type == "cascader-multi", "", "", "", "")
		case "radio", "yesno":
			b.click(sel+" .el-radio", "")
		case "date", "month", "year":
			v := map[string]string{"date": "2020-01-01", "month": "2020-01", "year": "2020"}[f.Type]
			b.fill(sel, v+"\r")
		default:
			b.fill(sel, sampleText(f))
		}
	}
}

func sampleText(f formField) string {
	l := f.Label + f.Key
	switch {
	case strings.Contains(l, "信用代码"):
		return creditCode("91370100MA3AB1CD2")
	case strings.Contains(l, "手机") || strings.Contains(l, "电话") || strings.Contains(l, "phone") || f.Type == "phone":
		return "13812345678"
	case strings.Contains(l, "邮箱") || strings.Contains(l, "email"):
		return "contact@example.cn"
	case strings.Contains(l, "邮编") || strings.Contains(l, "postcode") || strings.Contains(l, "zip"):
		return "250000"
	case strings.Contains(l, "网址") || strings.Contains(l, "website"):
		return "https://example.cn"
	}
	return "界面测试填写"
}

// creditCode completes a 17-character prefix with its GB 32100-2015 check
// character.
func creditCode(prefix string) string {
	const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	weights := [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}
	code := (prefix + "00000000000000000")[:17]
	sum := 0
	for i := 0; i < 17; i++ {
		sum += strings.IndexByte(charset, code[i]) * weights[i]
	}
	c := (31 - sum%31) % 31
	return code + string(charset[c])
}
