package uitest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"smedx/demo"
	"smedx/hooks"
	"smedx/hooks/accounts"
	_ "smedx/migrations"
)

const (
	chromiumPath = "/usr/bin/chromium"
	installHint  = "the browser tests need Debian's chromium and a CJK font: apt-get install -y chromium fonts-wqy-microhei (scripts/test.sh does it)"
	password     = demo.Password
	outDir       = "../testout"
)

// timeScale stretches every wait of the journeys for a busy machine: the
// 2-core CI box runs other builds and tests beside the browser, and a page
// that needs 2 s alone may need 20 s under load. Every wait is a condition
// polled until it holds, so a generous scale costs time only when a test
// is failing anyway. SMEDX_UI_TIMEOUT_SCALE overrides the default of 4.
var timeScale = func() float64 {
	if v, err := strconv.ParseFloat(os.Getenv("SMEDX_UI_TIMEOUT_SCALE"), 64); err == nil && v > 0 {
		return v
	}
	return 4
}()

// scaled is d stretched by timeScale.
func scaled(d time.Duration) time.Duration { return time.Duration(float64(d) * timeScale) }

// Base limits of one step, before scaling.
const (
	stepTimeout = 20 * time.Second // one chromedp action (navigate, type, screenshot)
	waitTimeout = 15 * time.Second // one condition (an element, a text, a URL)
	evalTimeout = 10 * time.Second // one script evaluation
)

// shared is one app with the demo data and one browser for the whole
// package; each journey opens its own browser context (fresh storage).
var shared struct {
	once     sync.Once
	err      error
	app      *tests.TestApp
	url      string
	srv      *http.Server
	browser  context.Context
	cancel   []context.CancelFunc
	dataDir  string
	mobile   bool
	startDur time.Duration
}

func TestMain(m *testing.M) {
	code := m.Run()
	for i := len(shared.cancel) - 1; i >= 0; i-- {
		shared.cancel[i]()
	}
	if shared.srv != nil {
		_ = shared.srv.Close()
	}
	if shared.app != nil {
		shared.app.Cleanup()
	}
	if shared.dataDir != "" {
		_ = os.RemoveAll(shared.dataDir)
	}
	os.Exit(code)
}

func startShared() error {
	if _, err := exec.LookPath(chromiumPath); err != nil {
		return fmt.Errorf("%s not found: %s", chromiumPath, installHint)
	}
	started := time.Now()
	dir, err := os.MkdirTemp("", "smedx-uitest-")
	if err != nil {
		return err
	}
	shared.dataDir = dir
	app, err := tests.NewTestApp(dir)
	if err != nil {
		return err
	}
	shared.app = app
	hooks.Register(app)
	accounts.SetSMSSender(app, &accounts.LogSMSSender{App: app}) // codes are read from sms_outbox
	// The same files main.go embeds (go:embed all:pb_public), read from the
	// working tree so the test sees exactly what the binary would serve.
	hooks.ServePublic(app, os.DirFS(".."))
	if _, err := demo.Load(app); err != nil {
		return fmt.Errorf("demo.Load: %w", err)
	}

	router, err := apis.NewRouter(app)
	if err != nil {
		return err
	}
	var mux http.Handler
	se := &core.ServeEvent{App: app, Router: router}
	se.InstallerFunc = nil
	if err := app.OnServe().Trigger(se, func(e *core.ServeEvent) error {
		h, err := e.Router.BuildMux()
		mux = h
		return err
	}); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	shared.url = "http://" + ln.Addr().String()
	shared.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = shared.srv.Serve(ln) }()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath),
		chromedp.NoSandbox,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("lang", "zh-CN"),
		chromedp.WindowSize(1366, 768),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	browser, cancelBrowser := chromedp.NewContext(allocCtx)
	shared.cancel = append(shared.cancel, cancelAlloc, cancelBrowser)
	// The first call ties the browser's lifetime to its context: no timeout here.
	if err := chromedp.Do(browser); err != nil {
		return fmt.Errorf("starting %s: %w (%s)", chromiumPath, err, installHint)
	}
	shared.browser = browser
	shared.startDur = time.Since(started)
	return nil
}

// B is one journey's browser tab and its console watch.
type B struct {
	t       *testing.T
	ctx     context.Context
	base    string
	mu      sync.Mutex
	errs    []string
	allowed []*regexp.Regexp
	marks   chan string // console markers seen (see flushConsole)
	markN   int
}

// newBrowser opens a tab in a fresh browser context (own storage) at
// 1366×768 and fails the test on any console error or uncaught exception
// that the journey did not announce with allow.
func newBrowser(t *testing.T) *B {
	t.Helper()
	shared.once.Do(func() { shared.err = startShared() })
	if shared.err != nil {
		t.Fatalf("browser test setup: %v", shared.err)
	}
	ctx, cancel := chromedp.NewContext(shared.browser, chromedp.WithNewBrowserContext())
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		t.Fatalf("opening a tab: %v", err)
	}
	b := &B{t: t, ctx: ctx, base: shared.url, marks: make(chan string, 16)}
	console := chromedp.Console(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range console {
			if err != nil {
				return
			}
			if strings.HasPrefix(m.Text, consoleMark) {
				select {
				case b.marks <- m.Text:
				default:
				}
				continue
			}
			if m.Type != chromedp.ConsoleError && m.Type != chromedp.ConsoleException {
				continue
			}
			text := m.Text
			if m.URL != "" {
				text += " (" + m.URL + ")"
			}
			b.mu.Lock()
			ok := false
			for _, re := range b.allowed {
				if re.MatchString(text) {
					ok = true
				}
			}
			if !ok {
				b.errs = append(b.errs, string(m.Type)+": "+text)
			}
			b.mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		b.flushConsole() // the last console events arrive before the verdict
		cancel()
		<-done
		b.mu.Lock()
		defer b.mu.Unlock()
		for _, e := range b.errs {
			t.Errorf("browser console: %s", e)
		}
	})
	b.viewport(1366, 768, false)
	return b
}

// allow lets console errors matching re pass (e.g. the 400 of a refused
// weak password, which the browser logs as a failed resource).
func (b *B) allow(re string) func() {
	b.mu.Lock()
	defer b.mu.Unlock()
	rx := regexp.MustCompile(re)
	b.allowed = append(b.allowed, rx)
	return func() {
		b.flushConsole()
		b.mu.Lock()
		defer b.mu.Unlock()
		for i, r := range b.allowed {
			if r == rx {
				b.allowed = append(b.allowed[:i], b.allowed[i+1:]...)
				break
			}
		}
	}
}

// consoleMark starts the console lines flushConsole writes.
const consoleMark = "uitest-mark-"

// flushConsole writes a marker to the page's console and waits until the
// console watch has seen it: every message logged before it has then been
// judged. (Console events arrive in order.)
func (b *B) flushConsole() {
	b.markN++
	want := fmt.Sprintf("%s%d", consoleMark, b.markN)
	if _, err := b.evalE(`(console.debug(` + jsq(want) + `), 'ok')`); err != nil {
		return // the tab is gone: nothing more can arrive
	}
	deadline := time.After(scaled(5 * time.Second))
	for {
		select {
		case got := <-b.marks:
			if got == want {
				return
			}
		case <-deadline:
			b.t.Logf("console marker %s not seen", want)
			return
		}
	}
}

func (b *B) timeout(d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(b.ctx, scaled(d))
}

func (b *B) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := b.timeout(stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.fail("%s: %v", what, err)
	}
}

func (b *B) fail(format string, args ...any) {
	b.t.Helper()
	name := strings.NewReplacer("/", "_", " ", "_").Replace(b.t.Name())
	b.shot(name + "-FAILED")
	if html, err := b.evalE(`document.querySelector('#app') ? document.querySelector('#app').innerText.slice(0, 1500) : ''`); err == nil {
		b.t.Logf("page text at failure:\n%s", html)
	}
	b.t.Fatalf(format, args...)
}

func (b *B) viewport(w, h int64, mobile bool) {
	b.t.Helper()
	opts := []chromedp.EmulateViewportOption{}
	if mobile {
		opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateScale(2))
	}
	b.do("viewport", chromedp.EmulateViewport(w, h, opts...))
}

// open loads a path of the app and waits for the app to mount.
func (b *B) open(path string) {
	b.t.Helper()
	b.do("navigate "+path, chromedp.Navigate(b.base+path))
	b.waitJS(`!document.querySelector('.boot') && !!document.querySelector('#app > *')`, "app mounted on "+path)
}

func (b *B) evalE(js string) (string, error) {
	ctx, cancel := b.timeout(evalTimeout)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[string](`String((() => { return `+js+` })())`, chromedp.EvalAwaitPromise))
}

// evalAwait evaluates an expression that yields a promise and answers
// what it resolves to.
func (b *B) evalAwait(js string) string {
	b.t.Helper()
	ctx, cancel := b.timeout(evalTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(async () => String(await (`+js+`)))()`, chromedp.EvalAwaitPromise))
	if err != nil {
		b.fail("eval %q: %v", js, err)
	}
	return v
}

func (b *B) eval(js string) string {
	b.t.Helper()
	v, err := b.evalE(js)
	if err != nil {
		b.fail("eval %q: %v", js, err)
	}
	return v
}

// waitJS polls a JavaScript predicate until it is truthy.
// A poll running while the page replaces its document (a navigation, a
// reload) loses its JavaScript context; it starts again in the new one.
var contextLost = regexp.MustCompile(`Cannot find context with specified id|Execution context was destroyed|Inspected target navigated`)

func (b *B) waitJS(pred, what string) {
	b.t.Helper()
	deadline := time.Now().Add(scaled(waitTimeout))
	for {
		ctx, cancel := b.timeout(waitTimeout + 5*time.Second)
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](`!!(`+pred+`)`, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(time.Until(deadline))))
		cancel()
		if err == nil {
			return
		}
		if !contextLost.MatchString(err.Error()) || time.Now().After(deadline) {
			b.fail("waiting for %s: %v", what, err)
		}
	}
}

func jsq(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`)
	return "'" + r.Replace(s) + "'"
}

// waitText waits until the page (or sel) shows text.
func (b *B) waitText(sel, text string) {
	b.t.Helper()
	if sel == "" {
		sel = "body"
	}
	b.waitJS(`[...document.querySelectorAll(`+jsq(sel)+`)].some(e => e.innerText.includes(`+jsq(text)+`))`, fmt.Sprintf("%q in %s", text, sel))
}

func (b *B) waitVisible(sel string) {
	b.t.Helper()
	b.waitJS(`[...document.querySelectorAll(`+jsq(sel)+`)].some(e => e.offsetParent !== null || e.getClientRects().length)`, sel+" visible")
}

func (b *B) waitGone(sel string) {
	b.t.Helper()
	b.waitJS(`![...document.querySelectorAll(`+jsq(sel)+`)].some(e => e.offsetParent !== null)`, sel+" gone")
}

// lastSMSCode reads the newest code sent to phone from sms_outbox.
func lastSMSCode(t *testing.T, phone string) string {
	t.Helper()
	recs, err := shared.app.FindRecordsByFilter("sms_outbox", "phone = {:p}", "-created", 1, 0, map[string]any{"p": phone})
	if err != nil || len(recs) == 0 {
		t.Fatalf("no SMS in sms_outbox for %s: %v", phone, err)
	}
	m := regexp.MustCompile(`\b(\d{6})\b`).FindStringSubmatch(recs[0].GetString("content"))
	if m == nil {
		t.Fatalf("no 6-digit code in %q", recs[0].GetString("content"))
	}
	return m[1]
}

func record(t *testing.T, collection, filter string, params map[string]any) *core.Record {
	t.Helper()
	rec, err := shared.app.FindFirstRecordByFilter(collection, filter, params)
	if err != nil {
		t.Fatalf("%s where %s: %v", collection, filter, err)
	}
	return rec
}

var errNotFound = errors.New("not found")

// inputSel finds the text field of sel: Element Plus puts unknown
// attributes (data-test) on the inner <input>, wrappers keep them.
func inputSel(sel string) string {
	return fmt.Sprintf(`%[1]s input:not([type=hidden]), %[1]s textarea, input:is(%[1]s), textarea:is(%[1]s)`, sel)
}

// routeExists tells whether the app has a route for method and path (any
// answer but 404). Journeys use it only for a server change announced but
// not built yet, and log which state they checked.
func routeExists(t *testing.T, method, path string) bool {
	t.Helper()
	shared.once.Do(func() { shared.err = startShared() })
	if shared.err != nil {
		t.Fatalf("browser test setup: %v", shared.err)
	}
	req, err := http.NewRequest(method, shared.url+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res.StatusCode != http.StatusNotFound
}

// pendingRoute is for a route the UI already calls but the server does not
// have yet (a server change announced in the UI's report): while it is
// missing, its 404 in the console is allowed and the test logs that it
// checked the "missing" state. It answers whether the route exists.
func (b *B) pendingRoute(method, path string) bool {
	b.t.Helper()
	if routeExists(b.t, method, path) {
		return true
	}
	b.t.Logf("server change pending: %s %s does not exist yet", method, path)
	b.allow(regexp.QuoteMeta(path) + `.*|status of 404.*` + regexp.QuoteMeta(path))
	return false
}
