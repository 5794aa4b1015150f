// Package pgschema gives a test or a load program a PostgreSQL schema of its
// own, so every run starts from empty tables that nothing else touches: rows
// deleted by earlier runs would otherwise stay behind as dead tuples (a
// server without autovacuum never reclaims them) and slow later runs
// unpredictably.
package pgschema

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver for schema setup
)

// Throwaway creates a schema named prefix_<random> in the database of base
// and returns a URL that selects it (search_path) and a func that drops it.
func Throwaway(base, prefix string) (string, func(), error) {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := prefix + "_" + hex.EncodeToString(b)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		return "", nil, fmt.Errorf("open %s: %w", prefix, err)
	}
	defer admin.Close()
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		return "", nil, fmt.Errorf("create schema %s: %w", schema, err)
	}
	drop := func() {
		c, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer c.Close()
		_, _ = c.Exec("DROP SCHEMA " + schema + " CASCADE")
	}
	u, err := url.Parse(base)
	if err != nil {
		drop()
		return "", nil, fmt.Errorf("parse database URL: %w", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String(), drop, nil
}
