package sqlcache

import (
	"container/list"
	"context"
	"database/sql/driver"
	"hash/maphash"
	"strings"
	"sync"
)

// modernConn is what database/sql uses of a modernc connection. The wrapper
// forwards each of these, so pooling, transactions (modernc's BEGIN mode
// and commit), ping, session reset and validity after an interrupt behave
// exactly as with the "sqlite" driver. modernc's conn implements no
// NamedValueChecker, so neither does the wrapper: database/sql converts
// arguments the same way for both.
type modernConn interface {
	driver.Conn
	driver.ConnBeginTx
	driver.ConnPrepareContext
	driver.ExecerContext
	driver.QueryerContext
	driver.Pinger
	driver.SessionResetter
	driver.Validator
}

// cachedStmt is one prepared statement of a connection's cache.
type cachedStmt struct {
	query string
	stmt  driver.Stmt // modernc's *stmt: keeps its sqlite3_stmt, resets it after each use
	elem  *list.Element
	// busy: a Rows of this statement is open (nested queries on one
	// connection are legal); a second user runs the one-shot path instead.
	busy bool
	// dropped: evicted while busy; finalized when its Rows closes.
	dropped bool
}

// conn is a modernc connection with its statement cache. database/sql uses
// a driver connection from one goroutine at a time (Rows.Close included, under
// the connection's lock); mu only guards the cache's own bookkeeping, never
// a SQLite call.
type conn struct {
	base modernConn
	cap  int

	mu      sync.Mutex
	entries map[string]*cachedStmt
	lru     *list.List // front: most recently used
	seen    map[uint64]struct{}
}

var seed = maphash.MakeSeed()

// newConn wraps c; a connection without the full modernc interface set (a
// future driver version) is returned as is, uncached rather than changed.
func newConn(c driver.Conn, capacity int) driver.Conn {
	mc, ok := c.(modernConn)
	if !ok {
		return c
	}
	return &conn{
		base:    mc,
		cap:     capacity,
		entries: map[string]*cachedStmt{},
		lru:     list.New(),
		seen:    map[uint64]struct{}{},
	}
}

// cacheable reports whether query is one plain DML/SELECT statement. Only
// those are kept: scripts (any ';', even inside a literal — being
// conservative costs only a parse), PRAGMAs, DDL and transaction control go
// to modernc's one-shot path, which handles them as before.
func cacheable(query string) bool {
	if strings.IndexByte(query, ';') >= 0 {
		return false
	}
	q := strings.TrimLeft(query, " \t\r\n")
	end := 0
	for end < len(q) && end < 8 && (q[end]|0x20 >= 'a' && q[end]|0x20 <= 'z') {
		end++
	}
	switch strings.ToLower(q[:end]) {
	case "select", "insert", "update", "delete", "replace", "with":
		return true
	}
	return false
}

// acquire returns the cached statement for query, marked busy, or nil when
// the query should run on modernc's one-shot path: not cacheable, seen for
// the first time (one-off texts never enter the cache), or its statement is
// in use by an open Rows. A prepare error is the error the one-shot path
// would have returned (it prepares the same way), so it is returned as is.
func (c *conn) acquire(ctx context.Context, query string) (*cachedStmt, error) {
	if !cacheable(query) {
		return nil, nil
	}
	c.mu.Lock()
	if e, ok := c.entries[query]; ok {
		if e.busy {
			c.mu.Unlock()
			counters.busy.Add(1)
			return nil, nil
		}
		e.busy = true
		c.lru.MoveToFront(e.elem)
		c.mu.Unlock()
		counters.hits.Add(1)
		return e, nil
	}
	h := maphash.String(seed, query)
	if _, ok := c.seen[h]; !ok {
		if len(c.seen) >= seenLimit {
			clear(c.seen)
		}
		c.seen[h] = struct{}{}
		c.mu.Unlock()
		return nil, nil
	}
	delete(c.seen, h)
	c.mu.Unlock()

	s, err := c.base.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	counters.prepares.Add(1)
	e := &cachedStmt{query: query, stmt: s, busy: true}
	c.mu.Lock()
	e.elem = c.lru.PushFront(e)
	c.entries[query] = e
	victims := c.evictLocked()
	c.mu.Unlock()
	closeAll(victims)
	return e, nil
}

// evictLocked drops the least recently used statements beyond the
// capacity; a busy one is skipped (marked dropped, finalized on release).
func (c *conn) evictLocked() (victims []driver.Stmt) {
	for el := c.lru.Back(); el != nil && c.lru.Len() > c.cap; {
		e := el.Value.(*cachedStmt)
		prev := el.Prev()
		c.lru.Remove(el)
		delete(c.entries, e.query)
		counters.evictions.Add(1)
		if e.busy {
			e.dropped = true
		} else {
			victims = append(victims, e.stmt)
		}
		el = prev
	}
	return victims
}

// release ends a use of e; an evicted statement is finalized now.
func (c *conn) release(e *cachedStmt) {
	c.mu.Lock()
	e.busy = false
	dropped := e.dropped
	c.mu.Unlock()
	if dropped {
		_ = e.stmt.Close()
	}
}

func closeAll(stmts []driver.Stmt) {
	for _, s := range stmts {
		_ = s.Close()
	}
}

// ExecContext runs query on its cached statement when there is one free,
// else on modernc's one-shot path. Errors (busy, constraint, interrupt) are
// modernc's, unwrapped: its statement resets itself after a failed step.
func (c *conn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	e, err := c.acquire(ctx, query)
	if err != nil {
		return nil, err
	}
	if e == nil {
		counters.oneShot.Add(1)
		return c.base.ExecContext(ctx, query, args)
	}
	defer c.release(e)
	return e.stmt.(driver.StmtExecContext).ExecContext(ctx, args)
}

// QueryContext is ExecContext for queries: the statement stays busy until
// its Rows is closed (modernc resets it then instead of finalizing).
func (c *conn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	e, err := c.acquire(ctx, query)
	if err != nil {
		return nil, err
	}
	if e == nil {
		counters.oneShot.Add(1)
		return c.base.QueryContext(ctx, query, args)
	}
	r, err := e.stmt.(driver.StmtQueryContext).QueryContext(ctx, args)
	if err != nil {
		c.release(e)
		return nil, err
	}
	return &cachedRows{Rows: r, c: c, e: e}, nil
}

// Close finalizes the cached statements, then closes the connection.
// database/sql closes a connection only once its Rows are closed.
func (c *conn) Close() error {
	c.mu.Lock()
	stmts := make([]driver.Stmt, 0, len(c.entries))
	for _, e := range c.entries {
		stmts = append(stmts, e.stmt)
	}
	clear(c.entries)
	c.lru.Init()
	c.mu.Unlock()
	var first error
	for _, s := range stmts {
		if err := s.Close(); err != nil && first == nil {
			first = err
		}
	}
	if err := c.base.Close(); err != nil {
		return err
	}
	return first
}

// The rest is modernc's, forwarded unchanged.

func (c *conn) Prepare(query string) (driver.Stmt, error) { return c.base.Prepare(query) }
func (c *conn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	return c.base.PrepareContext(ctx, query)
}

// Begin is required by driver.Conn; database/sql calls BeginTx.
func (c *conn) Begin() (driver.Tx, error) { return c.base.Begin() } //nolint:staticcheck // forwarded as is
func (c *conn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	return c.base.BeginTx(ctx, opts)
}
func (c *conn) Ping(ctx context.Context) error         { return c.base.Ping(ctx) }
func (c *conn) ResetSession(ctx context.Context) error { return c.base.ResetSession(ctx) }
func (c *conn) IsValid() bool                          { return c.base.IsValid() }
