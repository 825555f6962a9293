package sqlcache

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// hookOpens counts connections of "hooktest" databases that went through
// modernc's connection hooks (replica registers one the same way).
var hookOpens atomic.Int64

func init() {
	sqlite.RegisterConnectionHook(func(c sqlite.ExecQuerierContext, dsn string) error {
		if strings.Contains(dsn, "hooktest") {
			hookOpens.Add(1)
		}
		return nil
	})
}

const pragmas = "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(ON)"

// open opens a pool of conns connections on a temp file with the caching driver.
func open(t *testing.T, name string, conns int) (*sql.DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	db, err := sql.Open(DriverName, path+pragmas)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(conns)
	db.SetMaxIdleConns(conns)
	t.Cleanup(func() { db.Close() })
	return db, path
}

func mustExec(t *testing.T, db interface {
	Exec(string, ...any) (sql.Result, error)
}, q string, args ...any) {
	t.Helper()
	if _, err := db.Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

// cacheOf reports the cached SQL texts of the connection c.
func cacheOf(t *testing.T, c *sql.Conn) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	err := c.Raw(func(dc any) error {
		cc := dc.(*conn)
		cc.mu.Lock()
		defer cc.mu.Unlock()
		for q := range cc.entries {
			out[q] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func delta(before Stats) Stats {
	a := ReadStats()
	return Stats{a.Prepares - before.Prepares, a.Hits - before.Hits, a.OneShot - before.OneShot, a.Busy - before.Busy, a.Evictions - before.Evictions}
}

func TestCacheable(t *testing.T) {
	for q, want := range map[string]bool{
		"SELECT 1":                                    true,
		"  \n select * from t where id=?":             true,
		"INSERT INTO t VALUES (?)":                    true,
		"update t set a=1":                            true,
		"DELETE FROM t":                               true,
		"REPLACE INTO t VALUES (1)":                   true,
		"WITH x AS (SELECT 1) SELECT * FROM x":        true,
		"SELECT 1;":                                   false,
		"SELECT ';'":                                  false,
		"CREATE TABLE a(x); INSERT INTO a VALUES (1)": false,
		"PRAGMA table_info(t)":                        false,
		"BEGIN":                                       false,
		"ALTER TABLE t ADD c":                         false,
		"-- c\nSELECT 1":                              false,
		"selected":                                    false,
		"":                                            false,
	} {
		if got := cacheable(q); got != want {
			t.Errorf("cacheable(%q) = %v, want %v", q, got, want)
		}
	}
}

// A statement is prepared once per connection, on its second use, and then
// reused: the third and later runs parse nothing.
func TestReuse(t *testing.T) {
	db, _ := open(t, "hooktest.db", 1)
	mustExec(t, db, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
	before := ReadStats()
	for i := 1; i <= 5; i++ {
		mustExec(t, db, "INSERT INTO t (id, name) VALUES (?, ?)", i, fmt.Sprint("n", i))
		var name string
		if err := db.QueryRow("SELECT name FROM t WHERE id = ?", i).Scan(&name); err != nil || name != fmt.Sprint("n", i) {
			t.Fatalf("row %d: %q %v", i, name, err)
		}
	}
	d := delta(before)
	if d.Prepares != 2 || d.Hits != 6 || d.OneShot != 2 {
		t.Fatalf("2 statements × 5 runs: want 2 prepares, 6 hits, 2 one-shot; got %+v", d)
	}
	c, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	got := cacheOf(t, c)
	if !got["INSERT INTO t (id, name) VALUES (?, ?)"] || !got["SELECT name FROM t WHERE id = ?"] || len(got) != 2 {
		t.Fatalf("cache: %v", got)
	}
	// Column types come through the wrapped Rows.
	rows, err := c.QueryContext(context.Background(), "SELECT name FROM t WHERE id = ?", 1)
	if err != nil {
		t.Fatal(err)
	}
	cts, err := rows.ColumnTypes()
	rows.Close()
	if err != nil || len(cts) != 1 || cts[0].DatabaseTypeName() != "TEXT" {
		t.Fatalf("column types: %v %v", cts, err)
	}
	if hookOpens.Load() == 0 {
		t.Fatal("modernc's connection hooks did not run for a caching connection")
	}
}

// A query whose statement is held by an open Rows on the same transaction
// runs on the one-shot path: both iterate their own rows correctly.
func TestNestedSameSQL(t *testing.T) {
	db, _ := open(t, "nested.db", 1)
	mustExec(t, db, "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)")
	for i := 1; i <= 3; i++ {
		mustExec(t, db, "INSERT INTO t (id, n) VALUES (?, 0)", i)
	}
	const q = "SELECT id FROM t WHERE id >= ? ORDER BY id"
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	for range 2 { // warm: cached
		rows, err := tx.Query(q, 1)
		if err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	before := ReadStats()
	outer, err := tx.Query(q, 1)
	if err != nil {
		t.Fatal(err)
	}
	var pairs []string
	for outer.Next() {
		var a int
		if err := outer.Scan(&a); err != nil {
			t.Fatal(err)
		}
		inner, err := tx.Query(q, a)
		if err != nil {
			t.Fatal(err)
		}
		for inner.Next() {
			var b int
			inner.Scan(&b)
			pairs = append(pairs, fmt.Sprint(a, b))
		}
		if err := inner.Close(); err != nil {
			t.Fatal(err)
		}
		// A write through a cached statement while the outer Rows is open.
		if _, err := tx.Exec("UPDATE t SET n = n + 1 WHERE id = ?", a); err != nil {
			t.Fatal(err)
		}
	}
	if err := outer.Err(); err != nil {
		t.Fatal(err)
	}
	outer.Close()
	if got := strings.Join(pairs, " "); got != "1 1 1 2 1 3 2 2 2 3 3 3" {
		t.Fatalf("nested rows: %s", got)
	}
	if d := delta(before); d.Busy != 3 || d.Hits < 1 {
		t.Fatalf("the 3 inner queries should have found the statement busy: %+v", d)
	}
	// After the outer Rows closed, the statement is free again.
	before = ReadStats()
	var n int
	if err := tx.QueryRow(q, 3).Scan(&n); err != nil || n != 3 {
		t.Fatal(n, err)
	}
	if d := delta(before); d.Hits != 1 || d.Busy != 0 {
		t.Fatalf("statement not released: %+v", d)
	}
	var sum int
	if err := tx.QueryRow("SELECT sum(n) FROM t").Scan(&sum); err != nil || sum != 3 {
		t.Fatal(sum, err)
	}
}

// Constraint and busy errors are modernc's own *sqlite.Error, through a
// cached statement, and the statement works again afterwards.
func TestErrorsPassThrough(t *testing.T) {
	db, path := open(t, "errors.db", 1)
	mustExec(t, db, "CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE)")
	const ins = "INSERT INTO t (id, code) VALUES (?, ?)"
	for i := 1; i <= 3; i++ {
		mustExec(t, db, ins, i, fmt.Sprint("c", i))
	}
	const upd = "UPDATE t SET code = ? WHERE id = ? RETURNING id"
	for range 2 {
		var id int
		if err := db.QueryRow(upd, "c3", 3).Scan(&id); err != nil || id != 3 {
			t.Fatal(id, err)
		}
	}
	before := ReadStats()
	_, err := db.Exec(ins, 4, "c1")
	var se *sqlite.Error
	if !errors.As(err, &se) || se.Code() != sqlite3.SQLITE_CONSTRAINT_UNIQUE ||
		!strings.Contains(strings.ToLower(err.Error()), "unique constraint failed") {
		t.Fatalf("unique violation: %v", err)
	}
	// RETURNING through Query: the error comes from Next/Err.
	var id int
	err = db.QueryRow(upd, "c1", 2).Scan(&id)
	if !errors.As(err, &se) || se.Code() != sqlite3.SQLITE_CONSTRAINT_UNIQUE {
		t.Fatalf("unique violation through RETURNING: %v", err)
	}
	mustExec(t, db, ins, 4, "c4")
	if d := delta(before); d.Hits != 3 || d.Prepares != 0 {
		t.Fatalf("the failing runs should have used the cached statements: %+v", d)
	}

	// Busy: another pool holds the write lock; this one gives up after
	// its busy_timeout with SQLITE_BUSY ("database is locked").
	short, err := sql.Open(DriverName, path+"?_pragma=busy_timeout(50)&_pragma=journal_mode(WAL)")
	if err != nil {
		t.Fatal(err)
	}
	defer short.Close()
	short.SetMaxOpenConns(1)
	mustExec(t, short, ins, 5, "c5")
	mustExec(t, short, ins, 6, "c6") // cached now
	lock, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lock.ExecContext(context.Background(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	before = ReadStats()
	_, err = short.Exec(ins, 7, "c7")
	if !errors.As(err, &se) || se.Code()&0xff != sqlite3.SQLITE_BUSY || !strings.Contains(err.Error(), "database is locked") {
		t.Fatalf("busy: %v", err)
	}
	if d := delta(before); d.Hits != 1 {
		t.Fatalf("busy error should come from the cached statement: %+v", d)
	}
	if _, err := lock.ExecContext(context.Background(), "ROLLBACK"); err != nil {
		t.Fatal(err)
	}
	lock.Close()
	mustExec(t, short, ins, 7, "c7")
	var n int
	if err := db.QueryRow("SELECT count(*) FROM t").Scan(&n); err != nil || n != 7 {
		t.Fatal(n, err)
	}
}

// A schema change between two uses of a cached statement, by another
// connection or by the same one, is picked up: SQLite re-prepares.
func TestSchemaChange(t *testing.T) {
	db, path := open(t, "schema.db", 1)
	other, err := sql.Open("sqlite", path+pragmas) // plain modernc, another connection
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	mustExec(t, db, "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)")
	mustExec(t, db, "INSERT INTO t (id, a) VALUES (1, 'x')")
	const sel = "SELECT * FROM t WHERE id = ?"
	cols := func() []string {
		t.Helper()
		rows, err := db.Query(sel, 1)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		c, _ := rows.Columns()
		if !rows.Next() {
			t.Fatal("no row", rows.Err())
		}
		return c
	}
	cols()
	cols() // cached
	before := ReadStats()
	mustExec(t, other, "ALTER TABLE t ADD COLUMN b TEXT DEFAULT 'y'")
	if got := strings.Join(cols(), ","); got != "id,a,b" {
		t.Fatalf("after ALTER by another connection: %s", got)
	}
	mustExec(t, db, "ALTER TABLE t RENAME COLUMN a TO a2")
	if got := strings.Join(cols(), ","); got != "id,a2,b" {
		t.Fatalf("after ALTER on the same connection: %s", got)
	}
	// A statement whose column went away fails like a fresh prepare would,
	// and works again once the schema has it back.
	const ins = "INSERT INTO t (id, b) VALUES (?, 'z')"
	mustExec(t, db, ins, 2)
	mustExec(t, db, ins, 3)
	mustExec(t, other, "ALTER TABLE t DROP COLUMN b")
	if _, err := db.Exec(ins, 4); err == nil || !strings.Contains(err.Error(), "no such column") && !strings.Contains(err.Error(), "has no column") {
		t.Fatalf("insert into a dropped column: %v", err)
	}
	mustExec(t, other, "ALTER TABLE t ADD COLUMN b TEXT")
	mustExec(t, db, ins, 4)
	// 2 SELECTs and 2 INSERTs on cached statements; the INSERT's first
	// run was one-shot, its second prepared it.
	if d := delta(before); d.Prepares != 1 || d.Hits != 4 {
		t.Fatalf("want the cached statements reused through the schema changes: %+v", d)
	}
}

// Scripts, PRAGMAs and DDL run on modernc's one-shot path, never cached.
func TestScriptsAndPragmas(t *testing.T) {
	db, _ := open(t, "script.db", 1)
	const script = "CREATE TABLE IF NOT EXISTS a (x INTEGER); INSERT INTO a VALUES (1); INSERT INTO a VALUES (2);"
	for range 3 {
		mustExec(t, db, script)
	}
	var n, sum int
	if err := db.QueryRow("SELECT count(*), sum(x) FROM a").Scan(&n, &sum); err != nil || n != 6 || sum != 9 {
		t.Fatal(n, sum, err)
	}
	for range 3 {
		var mode string
		if err := db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
			t.Fatal(mode, err)
		}
	}
	// A query script returns the last statement's rows, as with modernc.
	for range 3 {
		var v int
		if err := db.QueryRow("SELECT 1; SELECT 2").Scan(&v); err != nil || v != 2 {
			t.Fatal(v, err)
		}
	}
	c, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if got := cacheOf(t, c); len(got) != 0 {
		t.Fatalf("only the one-statement SELECT ran once; nothing should be cached: %v", got)
	}
}

// A cancelled context interrupts a cached statement like a fresh one; the
// interrupted connection is dropped by database/sql and the pool goes on.
func TestContextCancel(t *testing.T) {
	db, _ := open(t, "cancel.db", 1)
	const slow = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < ?) SELECT count(*) FROM c"
	for range 2 {
		var n int
		if err := db.QueryRow(slow, 10).Scan(&n); err != nil || n != 10 {
			t.Fatal(n, err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	before := ReadStats()
	var n int
	err := db.QueryRowContext(ctx, slow, 1_000_000_000).Scan(&n)
	if err == nil {
		t.Fatal("a billion-row count finished within 20 ms")
	}
	if d := delta(before); d.Hits != 1 {
		t.Fatalf("the slow query should have run on the cached statement: %+v", d)
	}
	if err := db.QueryRow(slow, 5).Scan(&n); err != nil || n != 5 {
		t.Fatal(n, err)
	}
}

// Many goroutines on a small pool: every statement has one user at a time
// (go test -race), nested queries included, and no write is lost.
func TestConcurrent(t *testing.T) {
	db, _ := open(t, "concurrent.db", 4)
	mustExec(t, db, "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, g INTEGER NOT NULL, v INTEGER NOT NULL)")
	const workers, iters = 16, 60
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for g := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range iters {
				if _, err := db.Exec("INSERT INTO t (g, v) VALUES (?, ?)", g, i); err != nil {
					errs <- err
					return
				}
				rows, err := db.Query("SELECT v FROM t WHERE g = ? ORDER BY v", g)
				if err != nil {
					errs <- err
					return
				}
				seen := 0
				for rows.Next() {
					var v int
					rows.Scan(&v)
					if v != seen {
						errs <- fmt.Errorf("g%d: got v %d, want %d", g, v, seen)
					}
					seen++
				}
				rows.Close()
				if seen != i+1 {
					errs <- fmt.Errorf("g%d: %d rows after %d inserts", g, seen, i+1)
					return
				}
				if i%10 == 0 {
					err := func() error {
						tx, err := db.Begin()
						if err != nil {
							return err
						}
						defer tx.Rollback()
						outer, err := tx.Query("SELECT v FROM t WHERE g = ? ORDER BY v", g)
						if err != nil {
							return err
						}
						defer outer.Close()
						for outer.Next() {
							var c int
							if err := tx.QueryRow("SELECT count(*) FROM t WHERE g = ?", g).Scan(&c); err != nil {
								return err
							}
						}
						return outer.Err()
					}()
					if err != nil {
						errs <- err
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	var n int
	if err := db.QueryRow("SELECT count(*) FROM t").Scan(&n); err != nil || n != workers*iters {
		t.Fatal(n, err)
	}
}

// The cache of a connection stays within Capacity, least recently used
// statements go first, and the seen-once set stays bounded.
func TestLRUBound(t *testing.T) {
	db, _ := open(t, "lru.db", 1)
	ctx := context.Background()
	c, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	hot := "SELECT 0 + ?"
	run := func(q string) {
		var v int
		if err := c.QueryRowContext(ctx, q, 1).Scan(&v); err != nil {
			t.Fatal(q, err)
		}
	}
	run(hot)
	run(hot)
	before := ReadStats()
	for i := 1; i <= 2*Capacity; i++ {
		q := fmt.Sprintf("SELECT %d + ?", i)
		run(q)
		run(q)
		run(hot) // kept recently used
	}
	d := delta(before)
	got := cacheOf(t, c)
	if len(got) != Capacity || !got[hot] || got["SELECT 1 + ?"] || !got[fmt.Sprintf("SELECT %d + ?", 2*Capacity)] {
		t.Fatalf("cache of %d (want %d, with the hot one and the newest, not the oldest)", len(got), Capacity)
	}
	if d.Evictions != int64(Capacity+1) || d.Prepares != int64(2*Capacity) {
		t.Fatalf("counters: %+v", d)
	}
	// Texts seen once are never prepared and their set stays bounded.
	before = ReadStats()
	for i := range 3 * seenLimit {
		run(fmt.Sprintf("SELECT %d - ?", i))
	}
	if d := delta(before); d.Prepares != 0 {
		t.Fatalf("one-off texts were prepared: %+v", d)
	}
	c.Raw(func(dc any) error {
		cc := dc.(*conn)
		if len(cc.seen) > seenLimit {
			t.Errorf("seen set grew to %d", len(cc.seen))
		}
		return nil
	})
}
