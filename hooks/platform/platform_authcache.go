package platform

import (
	"strings"
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/pocketbase/pocketbase/tools/security"
)

// The auth cache remembers whom a token names. PocketBase's loadAuthToken
// middleware resolves the Authorization header on every request with
// FindAuthRecordByToken: parse the JWT, read the record by id (one SQL
// query, parsed anew each time) and check the signature against the
// record's tokenKey. That was a fifth of the CPU of a voucher claim. The
// middleware below runs just before it, memoises the result of that very
// function keyed by the exact token string, and sets e.Auth, which
// PocketBase's middleware then leaves alone. What is cached was verified
// by PocketBase; nothing here checks a token itself.
//
// An entry ends at the first of:
//   - any save or delete of its record through PocketBase (password change,
//     disabling, role change: the model hooks below, on every path);
//   - ForgetAuth, for the raw-SQL writes to users (the token keys rotated
//     when a tenant is disabled, the login stamp), again after the
//     transaction they ran in;
//   - any change of a collection (secrets, fields, rules);
//   - the token's own expiry, or authCacheTTL, the bound for a change made
//     behind PocketBase's back that nobody reported.
//
// Each request gets its own copy of the record (Fresh), so a handler that
// sets a field of e.Auth changes nothing for the next request. The copy is
// shallow (slices, JSON and the password value are shared): never change
// those in place, nor save e.Auth; load the record to change it.
//
// Another process writing the same pb_data (a CLI command, a second
// server) fires no hook here: its change to an account takes effect within
// authCacheTTL.
const (
	authCacheTTL = 30 * time.Second
	authCacheMax = 20000
)

type authCache struct {
	mu      sync.Mutex
	gen     uint64
	entries map[string]authEntry // by token
}

type authEntry struct {
	rec   *core.Record
	until time.Time
}

func authCacheOf(app core.App) *authCache {
	return app.Store().GetOrSet("smedx.authCache", func() any {
		return &authCache{entries: map[string]authEntry{}}
	}).(*authCache)
}

// ForgetAuth drops the cached tokens of the records with ids: for writes
// to auth records that bypass PocketBase's model hooks (raw SQL). Inside a
// transaction it drops them again once the transaction ends: until the
// commit other connections still read the old row (and its old token
// key), so a lookup in between would cache a token that is about to end.
func ForgetAuth(app core.App, ids ...string) {
	forgetAuth(app, ids)
	if app.IsTransactional() {
		app.TxInfo().OnComplete(func(txErr error) error {
			forgetAuth(app, ids)
			return nil
		})
	}
}

func forgetAuth(app core.App, ids []string) {
	c := authCacheOf(app)
	drop := make(map[string]bool, len(ids))
	for _, id := range ids {
		drop[id] = true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	for token, e := range c.entries {
		if drop[e.rec.Id] {
			delete(c.entries, token)
		}
	}
}

func (c *authCache) clear() {
	c.mu.Lock()
	c.gen++
	c.entries = map[string]authEntry{}
	c.mu.Unlock()
}

// lookup is FindAuthRecordByToken (auth tokens only) through the cache;
// nil when the token names nobody, PocketBase's middleware then logs why.
func (c *authCache) lookup(app core.App, token string) *core.Record {
	now := time.Now()
	c.mu.Lock()
	e, ok := c.entries[token]
	gen := c.gen
	c.mu.Unlock()
	if ok && now.Before(e.until) {
		return e.rec.Fresh()
	}
	rec, err := app.FindAuthRecordByToken(token, core.TokenTypeAuth)
	if err != nil || rec == nil {
		return nil
	}
	if !cachedAuthCollections[rec.Collection().Name] {
		return rec // no invalidation hooks: not kept
	}
	until := now.Add(authCacheTTL)
	if claims, err := security.ParseUnverifiedJWT(token); err == nil {
		if exp, ok := claims["exp"].(float64); ok && time.Unix(int64(exp), 0).Before(until) {
			until = time.Unix(int64(exp), 0)
		}
	}
	c.mu.Lock()
	if c.gen == gen { // no invalidation raced with the load
		if len(c.entries) >= authCacheMax {
			c.entries = map[string]authEntry{}
		}
		c.entries[token] = authEntry{rec: rec, until: until}
	}
	c.mu.Unlock()
	return rec.Fresh()
}

// cachedAuthCollections are the auth collections whose tokens are kept:
// users, the accounts of every request that matters for speed. Superusers
// are few and most privileged, and `smedx superuser upsert` changes them
// from another process, which fires no hook here: their tokens are looked
// up on every request, as PocketBase does; so are those of an auth
// collection added later from the dashboard.
var cachedAuthCollections = map[string]bool{"users": true}

func registerAuthCache(app core.App) {
	names := make([]string, 0, len(cachedAuthCollections))
	for n := range cachedAuthCollections {
		names = append(names, n)
	}
	onRecordChange(app, names, func(app core.App, id string) { ForgetAuth(app, id) })
	clearAll := func(e *core.CollectionEvent) error {
		authCacheOf(e.App).clear()
		return e.Next()
	}
	app.OnCollectionUpdate().BindFunc(clearAll)
	app.OnCollectionAfterUpdateSuccess().BindFunc(clearAll)
	app.OnCollectionDelete().BindFunc(clearAll)

	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.Bind(&hook.Handler[*core.RequestEvent]{
			Id:       "smedxAuthCache",
			Priority: apis.DefaultLoadAuthTokenMiddlewarePriority - 1,
			Func: func(e *core.RequestEvent) error {
				if e.Auth == nil {
					if token := requestToken(e); token != "" {
						e.Auth = authCacheOf(e.App).lookup(e.App, token)
					}
				}
				return e.Next()
			},
		})
		return se.Next()
	})
}

// requestToken reads the Authorization header as PocketBase does (the
// "Bearer " prefix optional).
func requestToken(e *core.RequestEvent) string {
	token := e.Request.Header.Get("Authorization")
	if len(token) > 7 && strings.EqualFold(token[:7], "Bearer ") {
		return token[7:]
	}
	return token
}
