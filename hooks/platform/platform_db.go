package platform

import (
	"database/sql"
	"fmt"
	"time"

	"github.com/pocketbase/dbx"

	"smedx/hooks/sqlcache"
)

// Database settings (issue 16, measured with tools/bench on 2 cores).
//
// PocketBase's defaults are 120 read connections, 15 of them kept idle,
// each with a page cache of up to 32 MB (cache_size -32000), which
// modernc's allocator holds at about twice that. Under load every busy
// connection fills its cache: 1.4 GB RSS after catalog reads at 10,000
// products, 700 MB still held 20 s after the load. And with 15 idle of 120,
// a burst of 300 clients closed and reopened connections (pragmas and a
// schema parse each), the largest cost of a claim.
//
//   - DataConns = 16 read connections, all kept idle while in use: queries
//     are CPU-bound (pure-Go SQLite), so 16 already keep 2 cores busy while
//     some wait on I/O or a slow list; requests beyond wait for a
//     connection in Go, and nothing reopens under load.
//   - CacheKB = 2,000 KB page cache per connection (cache_size -2000): the
//     file's pages stay in the OS page cache, which is shared, and reading
//     one from there costs a pread of microseconds; catalog, claim and
//     checkout queries measured the same CPU with 1 MB as with 32 MB per
//     connection. Worst case 16 × 2 MB (× 2 for the allocator) = 64 MB.
//   - IdleTime = 10 s (PocketBase: 3 min): a connection unused that long is
//     closed and its cache freed, so memory returns to idle levels well
//     within 20 s after a load; under steady load none is idle that long.
const (
	DataConns = 16
	CacheKB   = 2000
	IdleTime  = 10 * time.Second
)

// ConnectDB is core.DefaultDBConnect with the page cache of CacheKB, opened
// through the sqlcache driver: modernc's SQLite with each connection's
// repeated statements kept prepared (see hooks/sqlcache). The dbx builder
// stays SQLite's ("sqlite" names the dialect, not the driver).
func ConnectDB(dbPath string) (*dbx.DB, error) {
	pragmas := "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=journal_size_limit(200000000)" +
		"&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(ON)&_pragma=temp_store(MEMORY)" +
		fmt.Sprintf("&_pragma=cache_size(-%d)", CacheKB)
	db, err := sql.Open(sqlcache.DriverName, dbPath+pragmas)
	if err != nil {
		return nil, err
	}
	return dbx.NewFromDB(db, "sqlite"), nil
}
