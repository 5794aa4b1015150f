package db_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"shopassist/db"
)

// TestSQLiteCheckpointsInBackground: writes reach the database file without
// any commit crossing SQLite's automatic checkpoint (the checkpointer copies
// the WAL from its own connection), and Close leaves the WAL empty.
func TestSQLiteCheckpointsInBackground(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := db.Open(ctx, db.Options{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	closed := false
	t.Cleanup(func() {
		if !closed {
			_ = s.Close()
		}
	})
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "assistant.db")
	size := func(name string) int64 {
		fi, err := os.Stat(name)
		if err != nil {
			return 0
		}
		return fi.Size()
	}
	// Let the migrations' pages reach the file first.
	time.Sleep(1500 * time.Millisecond)
	before := size(file)
	// ~1 MB in 200 commits: far under the 10,000-page fallback, so only the
	// checkpointer can move it into the file.
	text := strings.Repeat("x", 5000)
	for i := range 200 {
		if _, err := s.SQLDB().ExecContext(ctx, "INSERT INTO shops (domain, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
			fmt.Sprintf("ckpt-%d.myshopify.com", i), text, time.Now().UTC(), time.Now().UTC()); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(10 * time.Second)
	for size(file) < before+500_000 {
		if time.Now().After(deadline) {
			t.Fatalf("database file %d → %d bytes after 1 MB of commits: no background checkpoint", before, size(file))
		}
		time.Sleep(100 * time.Millisecond)
	}
	closed = true
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if n := size(file + "-wal"); n != 0 {
		t.Errorf("WAL holds %d bytes after Close, want it truncated", n)
	}
}
