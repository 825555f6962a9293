package platform

import (
	"errors"
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
	bare bool // no savepoint: fn writes nothing when it fails (RunGroupedBare)
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
	return runGroupJob(app, &groupJob{fn: fn, done: make(chan error, 1)})
}

// RunGroupedBare is RunGrouped without the job's SAVEPOINT and RELEASE:
// for a job whose statements are few and conditional, so that when it
// returns an error it has written nothing (it checks before it writes and
// undoes its own writes on a late failure). Under load every statement of
// a job runs in the single writer, the one serial part of a request; two
// statements less a job is what lets more of the work run in parallel. A
// job that cannot undo returns GroupAbort(err): the whole group's
// transaction is rolled back and every job of it gets the error.
func RunGroupedBare(app core.App, fn func(tx core.App) error) error {
	return runGroupJob(app, &groupJob{fn: fn, done: make(chan error, 1), bare: true})
}

// GroupAbort marks a bare job's error that leaves writes behind.
func GroupAbort(err error) error { return &groupAbortError{err} }

type groupAbortError struct{ err error }

func (e *groupAbortError) Error() string {
	return "group job could not undo its writes: " + e.err.Error()
}
func (e *groupAbortError) Unwrap() error { return e.err }

func runGroupJob(app core.App, job *groupJob) error {
	w := groupWriterOf(app)
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
			if job.bare {
				results[i] = job.fn(tx)
				var abort *groupAbortError
				if errors.As(results[i], &abort) {
					return results[i] // nothing of the group is committed
				}
			} else {
				results[i] = runSavepoint(tx, job.fn)
			}
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
