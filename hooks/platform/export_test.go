package platform

import (
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// AuthCached reports whether the auth cache holds a live entry for token,
// so the tests can tell an answer from the cache from a fresh lookup.
func AuthCached(app core.App, token string) bool {
	c := authCacheOf(app)
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[token]
	return ok && time.Now().Before(e.until)
}
