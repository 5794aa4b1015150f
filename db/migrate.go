package db

import (
	"context"
	"embed"
	"fmt"
	"hash/fnv"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Migration is one versioned SQL file.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// Migrations lists the embedded migrations in version order.
func Migrations() ([]Migration, error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	var out []Migration
	seen := map[int]string{}
	for _, e := range entries {
		name := e.Name()
		num, _, ok := strings.Cut(name, "_")
		if !ok || !strings.HasSuffix(name, ".sql") {
			return nil, fmt.Errorf("migration %s: name must be NNNN_description.sql", name)
		}
		v, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("migration %s: bad version: %w", name, err)
		}
		if prev, dup := seen[v]; dup {
			return nil, fmt.Errorf("migrations %s and %s share version %d", prev, name, v)
		}
		seen[v] = name
		b, err := migrationFS.ReadFile("migrations/" + name)
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", name, err)
		}
		out = append(out, Migration{Version: v, Name: name, SQL: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	return out, nil
}

func (s *Store) expand(sqlText string) string {
	var r *strings.Replacer
	if s.dialect == Postgres {
		r = strings.NewReplacer("{{ID}}", "BIGSERIAL PRIMARY KEY", "{{TS}}", "TIMESTAMPTZ", "{{BYTES}}", "BYTEA")
	} else {
		r = strings.NewReplacer("{{ID}}", "INTEGER PRIMARY KEY AUTOINCREMENT", "{{TS}}", "DATETIME", "{{BYTES}}", "BLOB")
	}
	return r.Replace(sqlText)
}

// Migrate applies every embedded migration not yet recorded in
// schema_migrations, each in its own transaction, then runs each of also
// (other components' migrations, e.g. River's). On PostgreSQL all of it
// holds one advisory lock, so several app instances can start at once on an
// empty database: one migrates, the others wait and then find nothing left
// to do.
func (s *Store) Migrate(ctx context.Context, also ...func(context.Context) error) error {
	migs, err := Migrations()
	if err != nil {
		return err
	}
	return s.withMigrationLock(ctx, func(g *gorm.DB) error {
		if err := g.Exec(s.expand(`CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at {{TS}} NOT NULL)`)).Error; err != nil {
			return fmt.Errorf("create schema_migrations: %w", err)
		}
		applied, err := appliedVersions(g)
		if err != nil {
			return err
		}
		for _, m := range migs {
			if applied[m.Version] {
				continue
			}
			err := g.Transaction(func(tx *gorm.DB) error {
				for _, stmt := range splitStatements(s.expand(m.SQL)) {
					if err := tx.Exec(stmt).Error; err != nil {
						return fmt.Errorf("%w\nstatement: %s", err, stmt)
					}
				}
				return tx.Exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
					m.Version, m.Name, time.Now().UTC()).Error
			})
			if err != nil {
				return fmt.Errorf("apply migration %s: %w", m.Name, err)
			}
		}
		for _, fn := range also {
			if err := fn(ctx); err != nil {
				return err
			}
		}
		return nil
	})
}

// Pending lists migrations not applied yet (used by /readyz).
func (s *Store) Pending(ctx context.Context) ([]string, error) {
	migs, err := Migrations()
	if err != nil {
		return nil, err
	}
	applied, err := appliedVersions(s.db(ctx))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, m := range migs {
		if !applied[m.Version] {
			out = append(out, m.Name)
		}
	}
	return out, nil
}

func appliedVersions(g *gorm.DB) (map[int]bool, error) {
	var versions []int
	if err := g.Raw("SELECT version FROM schema_migrations").Scan(&versions).Error; err != nil {
		return nil, fmt.Errorf("read applied migrations: %w", err)
	}
	m := make(map[int]bool, len(versions))
	for _, v := range versions {
		m[v] = true
	}
	return m, nil
}

func (s *Store) withMigrationLock(ctx context.Context, fn func(g *gorm.DB) error) error {
	if s.dialect != Postgres {
		return fn(s.db(ctx))
	}
	h := fnv.New64a()
	_, _ = h.Write([]byte("shopassist-migrations"))
	key := int64(h.Sum64() >> 1)
	// Session-level advisory locks belong to one connection, so pin one.
	return s.db(ctx).Connection(func(g *gorm.DB) error {
		if err := g.Exec("SELECT pg_advisory_lock(?)", key).Error; err != nil {
			return fmt.Errorf("take migration lock: %w", err)
		}
		defer g.Exec("SELECT pg_advisory_unlock(?)", key)
		return fn(g)
	})
}

// splitStatements splits a migration on semicolons at line ends, skipping
// comment-only chunks. Migrations avoid semicolons inside literals.
func splitStatements(sqlText string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(sqlText, "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "--") {
			continue
		}
		cur.WriteString(line)
		cur.WriteString("\n")
		if strings.HasSuffix(trimmed, ";") {
			stmt := strings.TrimSuffix(strings.TrimSpace(cur.String()), ";")
			if stmt != "" {
				out = append(out, stmt)
			}
			cur.Reset()
		}
	}
	if stmt := strings.TrimSpace(cur.String()); stmt != "" {
		out = append(out, stmt)
	}
	return out
}
