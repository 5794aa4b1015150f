package dbtest

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"shopassist/db"
)

// Hit is one column of one table holding a searched string.
type Hit struct {
	Table, Column string
	Rows          int
}

func (h Hit) String() string { return fmt.Sprintf("%s.%s (%d rows)", h.Table, h.Column, h.Rows) }

// Grep searches every table of the store's database (enumerated from the
// catalog: sqlite_master, or information_schema for the test schema on
// PostgreSQL) and every text, JSON or binary column for needle, ignoring
// ASCII case. It is the erasure check of the privacy tests: after a
// redaction, no column anywhere may still hold the customer's data.
func Grep(t testing.TB, s *db.Store, needle string) []Hit {
	t.Helper()
	cols, err := searchableColumns(s)
	if err != nil {
		t.Fatalf("list columns: %v", err)
	}
	if len(cols) == 0 {
		t.Fatal("no columns found in the catalog")
	}
	needle = strings.ToLower(needle)
	var hits []Hit
	for _, c := range cols {
		var n int
		q := fmt.Sprintf("SELECT COUNT(*) FROM %q WHERE %s", c.table, c.contains)
		if err := s.SQLDB().QueryRowContext(context.Background(), q, needle).Scan(&n); err != nil {
			t.Fatalf("grep %s.%s: %v", c.table, c.column, err)
		}
		if n > 0 {
			hits = append(hits, Hit{Table: c.table, Column: c.column, Rows: n})
		}
	}
	return hits
}

type column struct {
	table, column string
	contains      string // SQL condition with one placeholder for the lower-cased needle
}

// searchableColumns are the columns of every table in the catalog (Tables)
// that can hold text, each with its dialect's substring condition.
func searchableColumns(s *db.Store) ([]column, error) {
	tables, err := readTables(s)
	if err != nil {
		return nil, err
	}
	var out []column
	for _, table := range slices.Sorted(maps.Keys(tables)) {
		for _, c := range tables[table] {
			if cond, ok := containsCondition(s.Dialect(), c); ok {
				out = append(out, column{table, c.Name, cond})
			}
		}
	}
	return out, nil
}

// containsCondition is the SQL condition "c holds the lower-cased needle"
// (one placeholder), or false for a column that cannot hold text.
func containsCondition(dialect db.Dialect, c Column) (string, bool) {
	if dialect != db.Postgres {
		if !sqliteTextual(c.Type) {
			return "", false
		}
		return fmt.Sprintf("instr(lower(CAST(%q AS TEXT)), ?) > 0", c.Name), true
	}
	var expr string
	switch c.Type {
	case "text", "character varying", "character", "name":
		expr = fmt.Sprintf("%q", c.Name)
	case "json", "jsonb", "ARRAY", "USER-DEFINED":
		expr = fmt.Sprintf("%q::text", c.Name)
	case "bytea":
		// escape encoding keeps printable ASCII as is.
		expr = fmt.Sprintf("encode(%q, 'escape')", c.Name)
	default:
		return "", false
	}
	return fmt.Sprintf("strpos(lower(%s), $1) > 0", expr), true
}

// sqliteTextual follows SQLite's type affinity rules: declared types with
// TEXT, CHAR, CLOB or BLOB (or none) can hold text; JSON columns are text
// too. Numbers and DATETIME are left out (a timestamp's digits would match
// numeric needles such as a postcode).
func sqliteTextual(typ string) bool {
	typ = strings.ToUpper(typ)
	if typ == "" {
		return true
	}
	for _, k := range []string{"TEXT", "CHAR", "CLOB", "BLOB", "JSON"} {
		if strings.Contains(typ, k) {
			return true
		}
	}
	return false
}

func quoteLiteral(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
