package platform

import (
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// hotCache keeps the rows the flash-sale and checkout paths read on every
// request and that change rarely (activities, batches, products, specs),
// so a claim costs the auth lookup plus its transaction. Entries are
// dropped by the model hooks on every update/delete of the row (any save
// path), and expire after hotCacheTTL as a bound for changes made behind
// PocketBase's back (raw SQL). A load racing with an invalidation is not
// stored (generation check). Callers treat cached records as read-only
// and never use a cached "remaining" or balance: those are checked in the
// write transaction.
type hotCache struct {
	mu      sync.Mutex
	gen     uint64
	entries map[string]hotEntry
}

type hotEntry struct {
	rec *core.Record
	at  time.Time
}

// hotCacheTTL bounds only what the hooks cannot see (raw SQL, another
// process); every save through PocketBase drops its row at once. It must
// outlast the gap between two requests of the same enterprise or product
// under load, else the cache never hits: at 300 enterprises buying 60
// times a second each is seen every ~5 s, and a 2 s TTL made every
// checkout read its enterprise, product and spec again (38% of its CPU).
const hotCacheTTL = 30 * time.Second

var hotCollections = []string{"voucher_activities", "voucher_batches", "products", "product_specs", "enterprises"}

func CacheOf(app core.App) *hotCache {
	return app.Store().GetOrSet("smedx.hotCache", func() any {
		return &hotCache{entries: map[string]hotEntry{}}
	}).(*hotCache)
}

// registerHotCache binds the invalidation hooks.
func registerHotCache(app core.App) {
	onRecordChange(app, hotCollections, func(app core.App, id string) { CacheOf(app).forget(id) })
}

// onRecordChange calls forget with the id of every record of collections
// that is updated or deleted through PocketBase (any save path): when the
// change starts, so a read racing with it is not kept, and again when it
// succeeded or failed, after the transaction.
func onRecordChange(app core.App, collections []string, forget func(app core.App, id string)) {
	onEvent := func(e *core.RecordEvent) error {
		forget(e.App, e.Record.Id)
		return e.Next()
	}
	for _, c := range collections {
		app.OnRecordUpdate(c).BindFunc(onEvent)
		app.OnRecordAfterUpdateSuccess(c).BindFunc(onEvent)
		app.OnRecordAfterUpdateError(c).BindFunc(func(e *core.RecordErrorEvent) error {
			forget(e.App, e.Record.Id)
			return e.Next()
		})
		app.OnRecordDelete(c).BindFunc(onEvent)
		app.OnRecordAfterDeleteSuccess(c).BindFunc(onEvent)
	}
}

func (c *hotCache) forget(id string) {
	c.mu.Lock()
	c.gen++
	delete(c.entries, id)
	c.mu.Unlock()
}

// find returns the record of collection with id, from the cache when
// fresh. Inside a transaction use the tx app's own reads instead.
func (c *hotCache) Find(app core.App, collection, id string) (*core.Record, error) {
	now := time.Now()
	c.mu.Lock()
	e, ok := c.entries[id]
	gen := c.gen
	c.mu.Unlock()
	if ok && now.Sub(e.at) < hotCacheTTL && e.rec.Collection().Name == collection {
		return e.rec, nil
	}
	rec, err := app.FindRecordById(collection, id)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.gen == gen {
		if len(c.entries) > 10000 {
			c.entries = map[string]hotEntry{}
		}
		c.entries[id] = hotEntry{rec: rec, at: now}
	}
	c.mu.Unlock()
	return rec, nil
}

// CertifiedCached is RequireCertified (same rule, same 403) reading the
// enterprise through the hot cache; a change of cert_status drops the
// cached row on save, so it takes effect at once.
func CertifiedCached(app core.App, user *core.Record, action string) (*core.Record, error) {
	if user == nil || user.GetString("enterprise") == "" {
		return RequireCertified(app, user, action)
	}
	ent, err := CacheOf(app).Find(app, "enterprises", user.GetString("enterprise"))
	if err != nil || ent.GetString("cert_status") != "approved" {
		return RequireCertified(app, user, action)
	}
	return ent, nil
}
