package dbtest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"shopassist/db"
)

// Column is one column of a table as the database's catalog describes it.
type Column struct {
	Name string
	// Type is the declared type in lower case: SQLite's declaration
	// ("bigint", "datetime") or PostgreSQL's data_type ("bigint",
	// "timestamp with time zone").
	Type string
	// Required is true for a NOT NULL column without a default that the
	// database does not fill itself (an auto-increment key fills itself).
	Required bool
}

// Tables reads every table of the store's database and its columns from the
// catalog (sqlite_master, or information_schema for the test schema on
// PostgreSQL), so tests that must cover every table cannot miss a new one.
func Tables(t testing.TB, s *db.Store) map[string][]Column {
	t.Helper()
	out, err := readTables(s)
	if err != nil {
		t.Fatalf("read the catalog: %v", err)
	}
	if len(out) == 0 {
		t.Fatal("no tables in the catalog")
	}
	return out
}

// TablesWithColumn lists, sorted, the tables having a column named col.
func TablesWithColumn(t testing.TB, s *db.Store, col string) []string {
	t.Helper()
	var names []string
	for table, cols := range Tables(t, s) {
		if slices.ContainsFunc(cols, func(c Column) bool { return c.Name == col }) {
			names = append(names, table)
		}
	}
	slices.Sort(names)
	return names
}

// readTables reads the catalog of the store's dialect.
func readTables(s *db.Store) (map[string][]Column, error) {
	if s.Dialect() == db.Postgres {
		return postgresTables(s)
	}
	return sqliteTables(s)
}

func postgresTables(s *db.Store) (map[string][]Column, error) {
	rows, err := s.SQLDB().QueryContext(context.Background(), `SELECT c.table_name, c.column_name, c.data_type,
			c.is_nullable = 'NO' AND c.column_default IS NULL AND c.is_identity = 'NO'
		FROM information_schema.columns c
		JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
		WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
		ORDER BY c.table_name, c.ordinal_position`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string][]Column{}
	for rows.Next() {
		var table string
		var c Column
		if err := rows.Scan(&table, &c.Name, &c.Type, &c.Required); err != nil {
			return nil, err
		}
		out[table] = append(out[table], c)
	}
	return out, rows.Err()
}

func sqliteTables(s *db.Store) (map[string][]Column, error) {
	ctx := context.Background()
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
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := map[string][]Column{}
	for _, table := range tables {
		cols, err := sqliteColumns(ctx, s, table)
		if err != nil {
			return nil, fmt.Errorf("columns of %s: %w", table, err)
		}
		out[table] = cols
	}
	return out, nil
}

func sqliteColumns(ctx context.Context, s *db.Store, table string) ([]Column, error) {
	rows, err := s.SQLDB().QueryContext(ctx, fmt.Sprintf(
		"SELECT name, lower(type), \"notnull\", dflt_value IS NOT NULL, pk FROM pragma_table_info(%s)", quoteLiteral(table)))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var cols []Column
	for rows.Next() {
		var (
			c            Column
			notNull, def bool
			pk           int
		)
		if err := rows.Scan(&c.Name, &c.Type, &notNull, &def, &pk); err != nil {
			return nil, err
		}
		// An INTEGER PRIMARY KEY is the rowid: SQLite fills it.
		rowid := pk == 1 && c.Type == "integer"
		c.Required = notNull && !def && !rowid
		cols = append(cols, c)
	}
	return cols, rows.Err()
}
