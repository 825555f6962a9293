// Package uitest holds the browser tests of the smedx web UI: the real app
// (every migration, hook and route, the web UI from pb_public/) with the demo
// data on a temporary data dir and a loopback port, driven through Debian's
// headless chromium with chromedp. Each journey saves a screenshot under
// testout/ at the repository root. Without chromium the tests fail with the
// install hint; they never skip.
package uitest
