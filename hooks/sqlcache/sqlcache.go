// Package sqlcache is a database/sql driver, registered as DriverName, that
// is modernc.org/sqlite with a per-connection cache of prepared statements.
//
// Why: database/sql runs db.Query/db.Exec through the driver's
// QueryerContext/ExecerContext, and modernc's conn implements those as
// prepare + run + finalize, so SQLite parses and plans every query anew.
// Profiles of claims and checkouts (issue 16) spent ~20% of smedx's CPU in
// sqlite3Prepare for the same few statements again and again (auth lookup
// by id, the claim's UPDATE … RETURNING, dbx's INSERTs and SELECTs, whose
// {:name} placeholders all become "?", so their text repeats exactly).
//
// What: each connection keeps the statements it has run more than once,
// keyed by the exact SQL text, as modernc prepared statements (which keep
// their sqlite3_stmt and reset it after use) in a small LRU. Everything
// else — connection setup, modernc's connection hooks (replica's
// wal_autocheckpoint), transactions, ping, session reset, errors — is
// modernc's own, unchanged: the wrapper only decides which of modernc's two
// paths (its prepared statement, or its one-shot conn call) runs a query.
//
// Schema changes need nothing: modernc prepares with sqlite3_prepare_v2,
// and SQLite re-prepares an expired statement by itself on its next step.
package sqlcache

import (
	"database/sql"
	"database/sql/driver"
	"sync/atomic"

	_ "modernc.org/sqlite" // registers "sqlite", initialized before this package
)

// DriverName is the database/sql name of the caching driver. dbx picks its
// SQL builder by driver name, so open the *sql.DB with DriverName and wrap
// it with dbx.NewFromDB(db, "sqlite").
const DriverName = "smedx_sqlite"

// Capacity is the number of prepared statements each connection keeps.
// smedx's hot paths use a few dozen distinct statements; every read
// connection warms its own cache, and a kept statement holds its compiled
// program (a few KB, more for joined list queries), so the bound keeps
// 16 connections × Capacity well inside the memory goal. Idle connections
// are closed after 10 s, which frees their caches.
const Capacity = 128

// seenLimit bounds the hashes of SQL seen once per connection before the
// set is cleared: one-off texts (a filter with inlined literals, a
// migration) are never prepared for the cache, only counted.
const seenLimit = 4 * Capacity

var base driver.Driver

func init() {
	// modernc registers its package-level driver as "sqlite"; connection
	// hooks, functions and collations are registered on that value, so the
	// wrapper opens connections through it (a new sqlite.Driver{} would
	// have none of them). sql.Open does not connect.
	db, err := sql.Open("sqlite", "")
	if err != nil {
		panic(err)
	}
	base = db.Driver()
	_ = db.Close()
	sql.Register(DriverName, cacheDriver{})
}

type cacheDriver struct{}

// Open opens a modernc connection (with its hooks) and wraps it.
func (cacheDriver) Open(dsn string) (driver.Conn, error) {
	c, err := base.Open(dsn)
	if err != nil {
		return nil, err
	}
	return newConn(c, Capacity), nil
}

// Stats are process-wide counters of the cache, for tests and benchmarks.
type Stats struct {
	Prepares  int64 // statements prepared into a cache
	Hits      int64 // queries run on a cached statement
	OneShot   int64 // queries run through modernc's one-shot path (not cacheable, seen once, or busy)
	Busy      int64 // of OneShot: the cached statement was in use by an open Rows
	Evictions int64 // statements finalized to keep a cache within its capacity
}

var counters struct {
	prepares, hits, oneShot, busy, evictions atomic.Int64
}

// ReadStats returns the counters since the process started.
func ReadStats() Stats {
	return Stats{
		Prepares:  counters.prepares.Load(),
		Hits:      counters.hits.Load(),
		OneShot:   counters.oneShot.Load(),
		Busy:      counters.busy.Load(),
		Evictions: counters.evictions.Load(),
	}
}
