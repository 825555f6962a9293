package platform

import (
	"sync"

	"github.com/pocketbase/pocketbase/core"
)

// Group commit for the hot writes (claims, checkouts). SQLite has one
// writer, so in a flash sale the requests queue for it and each pays a
// BEGIN, a COMMIT and the hand-over of the write connection. The group
// writer takes the jobs waiting at that moment (up to maxGroup) and runs
// them in one transaction, each inside its own SAVEPOINT: a job is still
// all-or-nothing (its error rolls back exactly its own statements) and is
// answered only after the commit, but the fixed cost is shared.
//
// A job must only write through tx and must be safe to run again (a group
// whose transaction fails with "database is locked" is retried whole by
// RunTx). Model after-success hooks of records saved by a job that later
// fails inside its savepoint would still fire on commit, so jobs do their
// checks before their inserts.

const maxGroup = 64

type groupJob struct {
	fn   func(tx core.App) error
	done chan error
}

type groupWriter struct {
	mu      sync.Mutex
	queue   []*groupJob
	running bool
}

func groupWriterOf(app core.App) *groupWriter {
	return app.Store().GetOrSet("smedx.groupWriter", func() any { return &groupWriter{} }).(*groupWriter)
}

// RunGrouped runs fn in a savepoint of a group transaction and returns its
// error (or the transaction's).
func RunGrouped(app core.App, fn func(tx core.App) error) error {
	w := groupWriterOf(app)
	job := &groupJob{fn: fn, done: make(chan error, 1)}
	w.mu.Lock()
	w.queue = append(w.queue, job)
	if !w.running {
		w.running = true
		go w.loop(app)
	}
	w.mu.Unlock()
	return <-job.done
}

// loop runs groups while jobs are waiting and exits when none is.
func (w *groupWriter) loop(app core.App) {
	for {
		w.mu.Lock()
		if len(w.queue) == 0 {
			w.running = false
			w.mu.Unlock()
			return
		}
		n := min(len(w.queue), maxGroup)
		group := w.queue[:n:n]
		w.queue = append([]*groupJob(nil), w.queue[n:]...)
		w.mu.Unlock()
		w.run(app, group)
	}
}

func (w *groupWriter) run(app core.App, group []*groupJob) {
	results := make([]error, len(group))
	err := RunTx(app, func(tx core.App) error {
		for i, job := range group {
			results[i] = runSavepoint(tx, job.fn)
			if results[i] != nil && isBusyErr(results[i]) {
				return results[i] // the whole group again (RunTx retries)
			}
		}
		return nil
	})
	for i, job := range group {
		if err != nil {
			job.done <- err
		} else {
			job.done <- results[i]
		}
	}
}

func runSavepoint(tx core.App, fn func(tx core.App) error) (err error) {
	if _, err := tx.DB().NewQuery("SAVEPOINT job").Execute(); err != nil {
		return err
	}
	defer func() {
		if r := recover(); r != nil {
			_, _ = tx.DB().NewQuery("ROLLBACK TO job").Execute()
			_, _ = tx.DB().NewQuery("RELEASE job").Execute()
			panic(r)
		}
		if err != nil {
			if _, e := tx.DB().NewQuery("ROLLBACK TO job").Execute(); e != nil {
				err = e
				return
			}
		}
		if _, e := tx.DB().NewQuery("RELEASE job").Execute(); e != nil && err == nil {
			err = e
		}
	}()
	return fn(tx)
}
