package replica

import (
	"context"
	"path/filepath"
	"strings"
	"sync"

	"github.com/pocketbase/pocketbase/core"
	"modernc.org/sqlite"
)

// Checkpoints: who may move WAL frames into the database file.
//
// Litestream ships a database by reading its WAL: every committed frame is
// copied into an LTX file before the WAL is checkpointed and restarted.
// PocketBase (core/db_connect.go) opens data.db and auxiliary.db with
// journal_mode=WAL, synchronous=NORMAL, journal_size_limit=200MB and leaves
// SQLite's automatic checkpoint on (a PASSIVE checkpoint whenever a commit
// leaves more than 1000 pages in the WAL). It also runs
// `PRAGMA wal_checkpoint(TRUNCATE)` on both databases every night (cron
// job __pbDBOptimize__) and before each PocketBase backup.
//
// No frame can be lost by those: Litestream holds a read transaction on its
// own connection between syncs, and SQLite neither backfills frames past an
// open reader's snapshot nor restarts a WAL that a reader still uses; when
// a checkpoint does restart the WAL behind Litestream's back (salt change),
// Litestream notices and writes a full snapshot from the database file.
// What they do cost:
//   - the automatic PASSIVE checkpoint runs on a PocketBase writer after
//     every commit once the WAL passes 1000 pages, and can do nothing
//     useful while Litestream's reader pins the WAL: wasted work on the
//     single writer;
//   - the nightly TRUNCATE waits (busy_timeout, 10 s) for Litestream's
//     reader, blocking every writer meanwhile, and when it wins it forces
//     a full snapshot of the database into the replica.
//
// So while serve replicates, Litestream is the only checkpointer: every
// PocketBase connection to a replicated database is opened with
// `PRAGMA wal_autocheckpoint=0` (the connection hook below; Litestream's
// own connection does the same), the nightly job keeps its
// `PRAGMA optimize` without the TRUNCATE, and Litestream checkpoints
// itself — PASSIVE at 1000 WAL pages (MinCheckpointPageN) or after a
// minute (CheckpointInterval), after copying the frames, and TRUNCATE only
// past ~500 MB of WAL — which bounds the WAL as SQLite's default would.
// PocketBase backups still run their TRUNCATE (they may wait up to 10 s
// for Litestream's reader); with a replica they are optional.
//
// synchronous=NORMAL is kept: a commit is acknowledged once it is in the
// WAL in the OS page cache; Litestream reads it from there, so a crash of
// the process (kill -9) loses nothing that Litestream can no longer read
// after a restart, and what the replica lacks after a lost machine is the
// recovery point measured in docs/deploy.md.

const pbOptimizeJob = "__pbDBOptimize__"

var managed = struct {
	sync.RWMutex
	paths map[string]bool
}{paths: map[string]bool{}}

func init() {
	// Registered at init so it is in place before any connection is
	// opened (modernc's driver reads the hook list without a lock).
	sqlite.RegisterConnectionHook(func(conn sqlite.ExecQuerierContext, dsn string) error {
		if !isManaged(dsn) {
			return nil
		}
		_, err := conn.ExecContext(context.Background(), "PRAGMA wal_autocheckpoint=0", nil)
		return err
	})
}

// dsnPath is the absolute file path of a modernc DSN
// ("pb_data/data.db?_pragma=…" or "file:/abs/data.db?…").
func dsnPath(dsn string) string {
	p := strings.TrimPrefix(dsn, "file:")
	if i := strings.IndexByte(p, '?'); i >= 0 {
		p = p[:i]
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return abs
}

func isManaged(dsn string) bool {
	managed.RLock()
	defer managed.RUnlock()
	return len(managed.paths) > 0 && managed.paths[dsnPath(dsn)]
}

// manageCheckpoints hands the checkpoints of the databases of dataDir to
// Litestream: connections opened from now on do not auto-checkpoint.
func manageCheckpoints(dataDir string) {
	managed.Lock()
	defer managed.Unlock()
	for _, name := range Databases {
		managed.paths[dsnPath(filepath.Join(dataDir, name))] = true
	}
}

// releaseCheckpoints gives them back (after Litestream stopped).
func releaseCheckpoints(dataDir string) {
	managed.Lock()
	defer managed.Unlock()
	for _, name := range Databases {
		delete(managed.paths, dsnPath(filepath.Join(dataDir, name)))
	}
}

// replaceNightlyTruncate swaps PocketBase's nightly job for one that keeps
// its `PRAGMA optimize` but leaves the WAL to Litestream.
func replaceNightlyTruncate(app core.App) {
	app.Cron().Remove(pbOptimizeJob)
	app.Cron().MustAdd(pbOptimizeJob, "0 0 * * *", func() {
		if _, err := app.NonconcurrentDB().NewQuery("PRAGMA optimize").Execute(); err != nil {
			app.Logger().Warn("Failed to run periodic PRAGMA optimize", "error", err.Error())
		}
	})
}
