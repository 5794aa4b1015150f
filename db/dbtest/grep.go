package dbtest

import (
	"context"
	"fmt"
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

func searchableColumns(s *db.Store) ([]column, error) {
	ctx := context.Background()
	var out []column
	if s.Dialect() == db.Postgres {
		rows, err := s.SQLDB().QueryContext(ctx, `SELECT table_name, column_name, data_type
			FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		for rows.Next() {
			var table, col, typ string
			if err := rows.Scan(&table, &col, &typ); err != nil {
				return nil, err
			}
			var expr string
			switch typ {
			case "text", "character varying", "character", "name":
				expr = fmt.Sprintf("%q", col)
			case "json", "jsonb", "ARRAY", "USER-DEFINED":
				expr = fmt.Sprintf("%q::text", col)
			case "bytea":
				// escape encoding keeps printable ASCII as is.
				expr = fmt.Sprintf("encode(%q, 'escape')", col)
			default:
				continue
			}
			out = append(out, column{table, col, fmt.Sprintf("strpos(lower(%s), $1) > 0", expr)})
		}
		return out, rows.Err()
	}
	rows, err := s.SQLDB().QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
	if err != nil {
		return nil, err
	}
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return nil, err
		}
		tables = append(tables, name)
	}
	rows.Close()
	for _, table := range tables {
		cr, err := s.SQLDB().QueryContext(ctx, fmt.Sprintf("SELECT name, type FROM pragma_table_info(%s)", quoteLiteral(table)))
		if err != nil {
			return nil, err
		}
		for cr.Next() {
			var col, typ string
			if err := cr.Scan(&col, &typ); err != nil {
				cr.Close()
				return nil, err
			}
			if !sqliteTextual(typ) {
				continue
			}
			out = append(out, column{table, col, fmt.Sprintf("instr(lower(CAST(%q AS TEXT)), ?) > 0", col)})
		}
		cr.Close()
	}
	return out, nil
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
