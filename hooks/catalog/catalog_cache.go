package catalog

import (
	"sync"

	"github.com/pocketbase/pocketbase/core"
)

// The catalog cache: totals per filter and relevance rankings per keyword.
//
// Counting 40,000 matches of a broad filter costs more than the page, and
// bm25 scores every match of a keyword (6,500 for 云 at 50,000 products),
// while the same few filters and keywords (home page, each tag, each
// industry, popular words) are asked for again and again.
//
// Cached values are exact: the cache belongs to one catalog_version, which
// is bumped in the same transaction as any change of the listed set, its
// facets, search text, types or prices (not by the sales and rating
// counters, which change on every order and affect neither totals nor
// text relevance). A reader reads the version before it counts, so what it
// files is never older than the version it files it under.

// Bounds of the cache: past them it starts afresh (keyword searches make
// keys without end).
const (
	maxCachedTotals = 4096
	maxRankedSeqs   = 1 << 20 // 8 MB of ranked seqs
)

type catalogCache struct {
	mu       sync.Mutex
	version  int64
	totals   map[string]int
	ranked   map[string][]int64
	rankSize int
}

const catalogCacheKey = "smedx.catalog.cache"

// catalogCacheOf is the cache of app (each app, e.g. each test app, has its
// own database and versions).
func catalogCacheOf(app core.App) *catalogCache {
	return app.Store().GetOrSet(catalogCacheKey, func() any { return &catalogCache{} }).(*catalogCache)
}

// catalogVersion is the current catalog_version.
func catalogVersion(app core.App) (int64, error) {
	var v int64
	err := app.DB().NewQuery("SELECT [[n]] FROM {{catalog_version}} WHERE [[id]] = 1").Row(&v)
	return v, err
}

// at moves the cache to version when it is newer (a slow reader that read
// an older version must not throw away the newer entries) and reports
// whether the cache holds version. Call with mu held.
func (c *catalogCache) at(version int64) bool {
	if version > c.version || c.totals == nil {
		c.version, c.totals, c.ranked, c.rankSize = version, map[string]int{}, map[string][]int64{}, 0
	}
	return c.version == version
}

// total returns the total of key at version, cached or counted.
func (c *catalogCache) total(version int64, key string, count func() (int, error)) (int, error) {
	c.mu.Lock()
	if c.at(version) {
		if n, ok := c.totals[key]; ok {
			c.mu.Unlock()
			return n, nil
		}
	}
	c.mu.Unlock()
	n, err := count()
	if err != nil {
		return 0, err
	}
	c.mu.Lock()
	if c.at(version) {
		if len(c.totals) >= maxCachedTotals {
			c.totals = map[string]int{}
		}
		c.totals[key] = n
	}
	c.mu.Unlock()
	return n, nil
}

// ranking returns the seqs of the matches of key, best first, cached or
// ranked.
func (c *catalogCache) ranking(version int64, key string, rank func() ([]int64, error)) ([]int64, error) {
	c.mu.Lock()
	if c.at(version) {
		if seqs, ok := c.ranked[key]; ok {
			c.mu.Unlock()
			return seqs, nil
		}
	}
	c.mu.Unlock()
	seqs, err := rank()
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.at(version) && len(seqs) <= maxRankedSeqs {
		if c.rankSize+len(seqs) > maxRankedSeqs {
			c.ranked, c.rankSize = map[string][]int64{}, 0
		}
		c.ranked[key] = seqs
		c.rankSize += len(seqs)
	}
	c.mu.Unlock()
	return seqs, nil
}

// ResetCatalogCache empties app's catalog cache (to measure uncached
// queries).
func ResetCatalogCache(app core.App) {
	c := catalogCacheOf(app)
	c.mu.Lock()
	c.version, c.totals = 0, nil
	c.mu.Unlock()
}
