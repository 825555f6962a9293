package replica

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/benbjohnson/litestream"
	"github.com/benbjohnson/litestream/file"
)

// Streamer replicates the databases of one data dir.
type Streamer struct {
	target *Target
	store  *litestream.Store
	dbs    []*litestream.DB
}

// Start opens a Litestream store over dataDir's databases and starts
// streaming them to target. The databases must exist (serve has run the
// migrations); the checkpoints must already be Litestream's (see
// replica_checkpoint.go).
func Start(ctx context.Context, dataDir string, target *Target, opts Options, logger *slog.Logger) (*Streamer, error) {
	s := &Streamer{target: target}
	for _, name := range Databases {
		path := filepath.Join(dataDir, name)
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("数据库 %s 不存在: %w", path, err)
		}
		db := litestream.NewDB(path)
		db.MonitorInterval = opts.SyncInterval
		// PocketBase writers wait up to 10 s for a lock; Litestream's sync
		// and checkpoints take the write lock for a moment and may wait as
		// long behind a large transaction.
		db.BusyTimeout = 10 * time.Second
		client, err := target.client(name)
		if err != nil {
			return nil, err
		}
		r := litestream.NewReplicaWithClient(db, client)
		r.SyncInterval = opts.SyncInterval
		if fc, ok := client.(*file.ReplicaClient); ok {
			fc.Replica = r // files get the database's owner and mode
		}
		db.Replica = r
		s.dbs = append(s.dbs, db)
	}

	s.store = litestream.NewStore(s.dbs, litestream.DefaultCompactionLevels)
	// A daily snapshot, kept for the retention: a restore needs one
	// snapshot before the wanted moment plus the LTX files after it.
	s.store.SnapshotInterval = min(24*time.Hour, opts.Retention)
	s.store.SnapshotRetention = opts.Retention
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	s.store.Logger = logger
	for _, db := range s.dbs {
		db.SetLogger(logger.With("db", filepath.Base(db.Path())))
	}
	if err := s.store.Open(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// Close ships what is left in the WAL and stops. Litestream opens a
// database lazily on its first tick and its Close syncs only an opened
// one, so a serve stopped within a second of starting would leave its
// last writes out: each database is synced here first.
func (s *Streamer) Close(ctx context.Context) error {
	var errs []error
	for _, db := range s.dbs {
		if err := db.Sync(ctx); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", filepath.Base(db.Path()), err))
		}
	}
	return errors.Join(append(errs, s.store.Close(ctx))...)
}

// Status is the replication state of one database.
type Status struct {
	Name       string    `json:"name"`
	LocalTXID  string    `json:"local_txid"`
	RemoteTXID string    `json:"remote_txid"`
	InSync     bool      `json:"in_sync"`
	LastSyncAt time.Time `json:"last_sync_at"`
	Error      string    `json:"error,omitempty"`
}

// Status reports, per database, the last transaction written to a local
// LTX file, the last one in the replica and when the replica last synced.
func (s *Streamer) Status(ctx context.Context) []Status {
	var out []Status
	for _, db := range s.dbs {
		st := Status{Name: filepath.Base(db.Path()), LastSyncAt: db.LastSuccessfulSyncAt()}
		ss, err := db.SyncStatus(ctx)
		if err != nil {
			st.Error = err.Error()
		} else {
			st.LocalTXID, st.RemoteTXID, st.InSync = ss.LocalTXID.String(), ss.RemoteTXID.String(), ss.InSync
		}
		out = append(out, st)
	}
	return out
}

// Sync ships everything committed so far and waits until the replica has
// it (before a planned shutdown or a migration).
func (s *Streamer) Sync(ctx context.Context) error {
	var errs []error
	for _, db := range s.dbs {
		if err := db.SyncAndWait(ctx); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", filepath.Base(db.Path()), err))
		}
	}
	return errors.Join(errs...)
}
