package uitest

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/chromedp/chromedp"
)

// The browser actions of a journey: clicking, typing, choosing, waiting
// for the page to settle, screenshots and the password login.

// click clicks the first visible element matching sel whose text contains
// text (any when text is empty), like a user would.
func (b *B) click(sel, text string) {
	b.t.Helper()
	find := `[...document.querySelectorAll(` + jsq(sel) + `)].find(e => (e.offsetParent !== null || e.getClientRects().length) && e.innerText.includes(` + jsq(text) + `))`
	b.waitJS(find, fmt.Sprintf("clickable %s %q", sel, text))
	b.eval(`(() => { const e = ` + find + `; e.scrollIntoView({block: 'center'}); e.click(); return 'ok' })()`)
}

// typeIn focuses the input inside the element matching sel and types text
// with real key events (Vue's v-model sees input events).
func (b *B) typeIn(sel, text string) {
	b.t.Helper()
	input := inputSel(sel)
	b.waitVisible(input)
	b.eval(`(() => { const e = document.querySelector(` + jsq(input) + `); e.scrollIntoView({block: 'center'}); e.focus(); e.select && e.select(); return 'ok' })()`)
	b.do("typing into "+sel, chromedp.SendKeys(chromedp.CSS(input), text, chromedp.NodeVisible))
}

// fill replaces the value of the input inside sel.
func (b *B) fill(sel, text string) {
	b.t.Helper()
	input := inputSel(sel)
	b.waitVisible(input)
	b.eval(`(() => { const e = document.querySelector(` + jsq(input) + `); e.value = ''; e.dispatchEvent(new Event('input', {bubbles: true})); return 'ok' })()`)
	b.typeIn(sel, text)
}

// pick opens the el-select inside sel and chooses the option labelled text
// from that select's own list (its input names the list in aria-controls),
// so a list of another select still fading out is never clicked.
func (b *B) pick(sel, text string) {
	b.t.Helper()
	b.waitVisible(sel + " .el-select__wrapper")
	list := b.eval(`document.querySelector(` + jsq(sel+" .el-select__wrapper input") + `).getAttribute('aria-controls')`)
	b.click(sel+" .el-select__wrapper", "")
	b.click("#"+list+" .el-select-dropdown__item", text)
	b.waitJS(`[...document.querySelectorAll('#`+list+` .el-select-dropdown__item')].some(e => e.classList.contains('is-selected') && e.innerText.includes(`+jsq(text)+`))`, "option "+text+" selected")
}

// settle waits until no transition or animation runs on the page (popper
// fades, dialog zooms), spinners that never end aside.
func (b *B) settle() {
	b.t.Helper()
	b.waitJS(`document.getAnimations().every(a => a.playState !== 'running' || (a.effect && a.effect.getComputedTiming().iterations === Infinity))`, "animations finished")
}

func (b *B) shot(name string) {
	// A full-page capture draws the sticky workbench bar where the page is
	// scrolled to: capture from the top.
	_, _ = b.evalE(`(window.scrollTo(0, 0), 'ok')`)
	ctx, cancel := b.timeout(waitTimeout)
	defer cancel()
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](`document.getAnimations().every(a => a.playState !== 'running' || (a.effect && a.effect.getComputedTiming().iterations === Infinity))`,
		chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(scaled(5*time.Second))))
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Logf("screenshot %s: %v", name, err)
		return
	}
	_ = os.MkdirAll(outDir, 0o755)
	p := filepath.Join(outDir, name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		b.t.Logf("screenshot %s: %v", name, err)
	}
}

// login logs in through the password tab of the login page.
func (b *B) login(identity, pw string) {
	b.t.Helper()
	b.open("/login")
	b.click(".el-tabs__item", "密码登录")
	b.fill(`[data-test="login-identity"]`, identity)
	b.fill(`[data-test="login-password"]`, pw)
	b.click(`[data-test="login-submit"]`, "")
	b.waitJS(`location.pathname !== '/login'`, "leaving the login page")
}
