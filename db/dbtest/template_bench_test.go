package dbtest

import (
	"context"
	"testing"

	"shopassist/db"
)

// BenchmarkOpenSQLite: a test database as tests get it, copied from the
// migrated template.
func BenchmarkOpenSQLite(b *testing.B) {
	for b.Loop() {
		OpenSQLite(b)
	}
}

// BenchmarkMigrateSQLite: a test database migrated from nothing, as
// OpenSQLite made it before the template.
func BenchmarkMigrateSQLite(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		s, err := db.Open(ctx, db.Options{DataDir: b.TempDir()})
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Migrate(ctx); err != nil {
			b.Fatal(err)
		}
		_ = s.Close()
	}
}
