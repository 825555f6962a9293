package replica

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

func TestParseURL(t *testing.T) {
	dir := t.TempDir()
	tg, err := ParseURL("file://" + dir)
	if err != nil || tg.folder != dir {
		t.Fatalf("file URL: %v %+v", err, tg)
	}
	c, err := tg.client("data.db")
	if err != nil || c.Type() != "file" {
		t.Fatalf("file client: %v", err)
	}
	tg, err = ParseURL("s3://bucket/smedx/prod?endpoint=http://127.0.0.1:9000&region=cn-jinan")
	if err != nil {
		t.Fatal(err)
	}
	c, err = tg.client("data.db")
	if err != nil || c.Type() != "s3" {
		t.Fatalf("s3 client: %v", err)
	}
	for _, bad := range []string{"", "/var/backups", "gs://bucket/x", "s3:///path", "s3://key:secret@bucket/x", "file://"} {
		if _, err := ParseURL(bad); err == nil {
			t.Errorf("ParseURL(%q) accepted", bad)
		}
	}
}

func TestEagerFlagSkipsOtherFlags(t *testing.T) {
	args := strings.Fields("serve --http 127.0.0.1:8090 --dev --replica file:///r --dir x example.gov.cn")
	if got := eagerFlag(args, "file:///env"); got != "file:///r" {
		t.Fatalf("got %q", got)
	}
	if got := eagerFlag([]string{"serve", "--replica=s3://b/p"}, ""); got != "s3://b/p" {
		t.Fatalf("got %q", got)
	}
	if got := eagerFlag([]string{"serve"}, "file:///env"); got != "file:///env" {
		t.Fatalf("default: got %q", got)
	}
	// --replica '' switches off a replica set in the environment (a
	// restored copy checked beside production).
	if got := eagerFlag([]string{"serve", "--http", "127.0.0.1:8099", "--replica", ""}, "file:///env"); got != "" {
		t.Fatalf("empty flag: got %q", got)
	}
}

func TestOptionsFromEnv(t *testing.T) {
	env := map[string]string{}
	get := func(k string) string { return env[k] }
	o, err := OptionsFromEnv(get)
	if err != nil || o.SyncInterval != time.Second || o.Retention != 72*time.Hour {
		t.Fatalf("defaults: %+v %v", o, err)
	}
	env[EnvSyncInterval], env[EnvRetention] = "250ms", "168h"
	if o, err = OptionsFromEnv(get); err != nil || o.SyncInterval != 250*time.Millisecond || o.Retention != 168*time.Hour {
		t.Fatalf("set: %+v %v", o, err)
	}
	for _, bad := range [][2]string{{EnvSyncInterval, "fast"}, {EnvSyncInterval, "1ms"}, {EnvRetention, "10m"}} {
		env = map[string]string{bad[0]: bad[1]}
		if _, err := OptionsFromEnv(get); err == nil || !strings.Contains(err.Error(), bad[0]) {
			t.Errorf("%s=%s: %v", bad[0], bad[1], err)
		}
	}
}

// PocketBase's own connections to a replicated database must not
// auto-checkpoint; connections to other databases keep SQLite's default.
func TestManagedConnectionsDoNotAutoCheckpoint(t *testing.T) {
	dir := t.TempDir()
	other := t.TempDir()
	manageCheckpoints(dir)
	defer releaseCheckpoints(dir)

	pragma := func(path string) int {
		db, err := core.DefaultDBConnect(path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var n int
		if err := db.NewQuery("PRAGMA wal_autocheckpoint").Row(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := pragma(filepath.Join(dir, "data.db")); n != 0 {
		t.Errorf("data.db of the replicated dir: wal_autocheckpoint = %d, want 0", n)
	}
	if n := pragma(filepath.Join(dir, "auxiliary.db")); n != 0 {
		t.Errorf("auxiliary.db of the replicated dir: wal_autocheckpoint = %d, want 0", n)
	}
	if n := pragma(filepath.Join(other, "data.db")); n != 1000 {
		t.Errorf("another dir: wal_autocheckpoint = %d, want SQLite's 1000", n)
	}
	releaseCheckpoints(dir)
	if n := pragma(filepath.Join(dir, "data.db")); n != 1000 {
		t.Errorf("after release: wal_autocheckpoint = %d, want 1000", n)
	}
}

// In process: stream two databases, restore the latest state and an
// earlier point in time, refuse to restore over an existing database.
func TestStreamAndRestorePointInTime(t *testing.T) {
	dataDir, repDir := t.TempDir(), t.TempDir()
	manageCheckpoints(dataDir)
	defer releaseCheckpoints(dataDir)
	open := func(path string) *sql.DB {
		db, err := core.DefaultDBConnect(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db.DB()
	}
	data := open(filepath.Join(dataDir, "data.db"))
	aux := open(filepath.Join(dataDir, "auxiliary.db"))
	for _, db := range []*sql.DB{data, aux} {
		if _, err := db.Exec("CREATE TABLE t (n INTEGER)"); err != nil {
			t.Fatal(err)
		}
	}
	target, err := ParseURL("file://" + repDir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	s, err := Start(ctx, dataDir, target, Options{SyncInterval: 100 * time.Millisecond, Retention: time.Hour}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)

	insert := func(n int) {
		if _, err := data.Exec("INSERT INTO t VALUES (?)", n); err != nil {
			t.Fatal(err)
		}
	}
	for n := 1; n <= 3; n++ {
		insert(n)
	}
	if err := s.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	time.Sleep(20 * time.Millisecond)
	between := time.Now()
	time.Sleep(20 * time.Millisecond)
	for n := 4; n <= 6; n++ {
		insert(n)
	}
	if err := s.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	for _, st := range s.Status(ctx) {
		if !st.InSync || st.Error != "" {
			t.Errorf("status after sync: %+v", st)
		}
	}

	count := func(dir string) int {
		db, err := sql.Open("sqlite", filepath.Join(dir, "data.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var n int
		if err := db.QueryRow("SELECT COUNT(*) FROM t").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	latest := filepath.Join(t.TempDir(), "pb_data")
	res, err := Restore(ctx, "file://"+repDir, latest, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 || res[1].Skipped != "" {
		t.Fatalf("restored %+v", res)
	}
	if n := count(latest); n != 6 {
		t.Errorf("latest restore has %d rows, want 6", n)
	}
	earlier := filepath.Join(t.TempDir(), "pb_data")
	if _, err := Restore(ctx, "file://"+repDir, earlier, between); err != nil {
		t.Fatal(err)
	}
	if n := count(earlier); n != 3 {
		t.Errorf("restore at %s has %d rows, want 3", between.Format(time.RFC3339Nano), n)
	}
	if _, err := Restore(ctx, "file://"+repDir, latest, time.Time{}); err == nil || !strings.Contains(err.Error(), "已存在") {
		t.Errorf("restore over an existing database: %v", err)
	}
	if _, err := Restore(ctx, "file://"+t.TempDir(), filepath.Join(t.TempDir(), "x"), time.Time{}); err == nil {
		t.Error("restore from an empty replica succeeded")
	}
	if _, err := os.Stat(filepath.Join(earlier, "auxiliary.db")); err != nil {
		t.Errorf("auxiliary.db not restored: %v", err)
	}
}
