package uitest

import "testing"

// TestPortalPages loads every public page at desktop and phone width.
func TestPortalPages(t *testing.T) {
	b := newBrowser(t)
	b.open("/")
	b.waitText(`[data-test="home-notices"]`, "服务券")
	b.waitVisible(`[data-test="product-card"]`)
	b.waitVisible(`[data-test="expert-card"]`)
	b.shot("portal-home")
}
