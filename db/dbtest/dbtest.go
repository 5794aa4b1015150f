// Package dbtest opens migrated databases for tests: a throwaway SQLite file,
// and a throwaway PostgreSQL schema when TEST_DATABASE_URL is set (CI sets it).
package dbtest

import (
	"context"
	"os"
	"testing"

	"shopassist/db"
	"shopassist/internal/pgschema"
)

// EnvURL names the variable holding the PostgreSQL test server URL.
const EnvURL = "TEST_DATABASE_URL"

// Each runs fn against SQLite, and against PostgreSQL when TEST_DATABASE_URL
// is set, as subtests named after the dialect.
func Each(t *testing.T, fn func(t *testing.T, s *db.Store)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, OpenSQLite(t)) })
	t.Run("postgres", func(t *testing.T) {
		if os.Getenv(EnvURL) == "" {
			t.Skip(EnvURL + " not set")
		}
		fn(t, OpenPostgres(t))
	})
}

// Open returns PostgreSQL when TEST_DATABASE_URL is set, SQLite otherwise.
func Open(t testing.TB) *db.Store {
	t.Helper()
	if os.Getenv(EnvURL) != "" {
		return OpenPostgres(t)
	}
	return OpenSQLite(t)
}

// OpenSQLite opens a fresh, migrated SQLite database in a temp dir: a copy
// of the migrated template (sqliteTemplate), on which Migrate then finds
// nothing left to apply.
func OpenSQLite(t testing.TB) *db.Store {
	t.Helper()
	dir := t.TempDir()
	if err := copyTemplate(dir); err != nil {
		t.Fatalf("open sqlite: %v", err)
	}
	s, err := db.Open(context.Background(), db.Options{DataDir: dir})
	if err != nil {
		t.Fatalf("open sqlite: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if err := s.Migrate(context.Background()); err != nil {
		t.Fatalf("migrate sqlite: %v", err)
	}
	return s
}

// OpenPostgres creates a uniquely named schema on the test server, migrates
// it and drops it when the test ends, so packages can test in parallel.
func OpenPostgres(t testing.TB) *db.Store {
	t.Helper()
	u := SchemaURL(t)
	s, err := db.Open(context.Background(), db.Options{URL: u, MaxOpenConns: 10})
	if err != nil {
		t.Fatalf("open postgres: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if err := s.Migrate(context.Background()); err != nil {
		t.Fatalf("migrate postgres: %v", err)
	}
	return s
}

// SchemaURL creates a throwaway schema and returns TEST_DATABASE_URL with its
// search_path set to it; the schema is dropped at cleanup.
func SchemaURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv(EnvURL)
	if base == "" {
		t.Skip(EnvURL + " not set")
	}
	u, drop, err := pgschema.Throwaway(base, "t")
	if err != nil {
		t.Fatalf("%s: %v", EnvURL, err)
	}
	t.Cleanup(drop)
	return u
}
