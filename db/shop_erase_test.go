package db_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// notShopData are the tables that hold no shop's rows: bookkeeping, and the
// Meta intake, whose events name a phone number id rather than a shop and
// are purged after processing. River's tables (river_*) are the job queue's.
var notShopData = []string{"shops", "schema_migrations", "periodic_runs", "meta_events", "sqlite_sequence"}

// viaAccount are the tables scoped to a shop through channel_accounts.id in
// their account_id column, with no shop_id of their own.
var viaAccount = []string{"email_mailbox_state"}

// TestShopTablesCoverCatalog: every table the migrations create is either
// deleted by DeleteShopData or listed here as holding no shop's data, so a
// new shop-scoped table fails this test until shop/redact erases it.
func TestShopTablesCoverCatalog(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		tables := dbtest.Tables(t, s)
		for table, cols := range tables {
			has := func(name string) bool {
				return slices.ContainsFunc(cols, func(c dbtest.Column) bool { return c.Name == name })
			}
			switch {
			case has("shop_id"):
				if !slices.Contains(db.ShopTables, table) {
					t.Errorf("%s has a shop_id column but DeleteShopData does not delete from it", table)
				}
			case has("shop"):
				if !slices.Contains(db.DomainTables, table) {
					t.Errorf("%s has a shop column but DeleteShopData does not delete from it", table)
				}
			case slices.Contains(viaAccount, table), slices.Contains(notShopData, table), strings.HasPrefix(table, "river_"):
			default:
				t.Errorf("table %s is neither deleted by shop/redact nor listed as holding no shop's data", table)
			}
		}
		for _, table := range append(slices.Clone(db.ShopTables), append(db.DomainTables, viaAccount...)...) {
			if _, ok := tables[table]; !ok {
				t.Errorf("DeleteShopData names %s, which the migrations do not create", table)
			}
		}
	})
}

// TestDeleteShopDataWithoutCascades seeds one row per shop in every
// shop-scoped table of the catalog, switches foreign-key enforcement off
// (SQLite's pragma, PostgreSQL's replica role) so no cascade can help, and
// deletes one shop: none of its rows is left anywhere, and the other shop
// keeps every one of its rows.
func TestDeleteShopDataWithoutCascades(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		withoutForeignKeys(t, s)
		gone, err := s.EnsureShop(ctx, "gone-shop.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		kept, err := s.EnsureShop(ctx, "kept-shop.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		tables := dbtest.Tables(t, s)
		var seeded []string
		for _, shop := range []*db.Shop{gone, kept} {
			seeded = seedShopRows(t, s, tables, shop)
		}
		byShopID := dbtest.TablesWithColumn(t, s, "shop_id")
		byDomain := dbtest.TablesWithColumn(t, s, "shop")
		if len(seeded) != len(byShopID)+len(byDomain)+len(viaAccount) {
			t.Fatalf("seeded %d tables, want %d", len(seeded), len(byShopID)+len(byDomain)+len(viaAccount))
		}
		if hits := dbtest.Grep(t, s, gone.Domain); len(hits) < len(seeded) {
			t.Fatalf("before: %s found in %d columns, want one per seeded table at least", gone.Domain, len(hits))
		}

		if err := s.DeleteShopData(ctx, gone.Domain); err != nil {
			t.Fatal(err)
		}

		if hits := dbtest.Grep(t, s, gone.Domain); len(hits) != 0 {
			t.Errorf("after shop/redact %s is still in %v", gone.Domain, hits)
		}
		// The tables come from the catalog, not from DeleteShopData's list.
		for _, table := range byShopID {
			for _, c := range []struct {
				shop *db.Shop
				want int
			}{{gone, 0}, {kept, 1}} {
				if got := countRows(t, s, table, "shop_id", c.shop.ID); got != c.want {
					t.Errorf("%s rows of %s = %d, want %d", table, c.shop.Domain, got, c.want)
				}
			}
		}
		for _, table := range byDomain {
			if got := countRows(t, s, table, "shop", gone.Domain); got != 0 {
				t.Errorf("%s rows of the deleted shop = %d", table, got)
			}
			if got := countRows(t, s, table, "shop", kept.Domain); got != 1 {
				t.Errorf("%s rows of the kept shop = %d, want 1", table, got)
			}
		}
		for _, table := range viaAccount {
			if got := countRows(t, s, table, "1", 1); got != 1 {
				t.Errorf("%s rows = %d, want only the kept shop's", table, got)
			}
		}
		if _, err := s.GetShop(ctx, gone.Domain); !errors.Is(err, db.ErrNotFound) {
			t.Errorf("deleted shop: %v, want ErrNotFound", err)
		}
		if _, err := s.GetShop(ctx, kept.Domain); err != nil {
			t.Errorf("kept shop: %v", err)
		}
		// Deleting a shop that is already gone is a no-op.
		if err := s.DeleteShopData(ctx, gone.Domain); err != nil {
			t.Errorf("second deletion: %v", err)
		}
	})
}

// withoutForeignKeys pins the store to one connection and turns foreign-key
// enforcement off on it.
func withoutForeignKeys(t *testing.T, s *db.Store) {
	t.Helper()
	ctx := context.Background()
	s.SQLDB().SetMaxOpenConns(1)
	var check string
	if s.Dialect() == db.Postgres {
		if _, err := s.SQLDB().ExecContext(ctx, "SET session_replication_role = replica"); err != nil {
			t.Fatalf("switch triggers off: %v", err)
		}
		if err := s.SQLDB().QueryRowContext(ctx, "SHOW session_replication_role").Scan(&check); err != nil || check != "replica" {
			t.Fatalf("session_replication_role = %q, %v", check, err)
		}
		return
	}
	if _, err := s.SQLDB().ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
		t.Fatalf("switch foreign keys off: %v", err)
	}
	if err := s.SQLDB().QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&check); err != nil || check != "0" {
		t.Fatalf("foreign_keys = %q, %v", check, err)
	}
}

// seedShopRows inserts one row for shop into every shop-scoped table of the
// catalog,
// filling the columns the database requires with values of their type; text
// carries the shop's domain so the catalog-wide search can find it. It
// returns the tables it seeded.
func seedShopRows(t *testing.T, s *db.Store, tables map[string][]dbtest.Column, shop *db.Shop) []string {
	t.Helper()
	var accountID int64
	var seeded []string
	order := append(dbtest.TablesWithColumn(t, s, "shop_id"), dbtest.TablesWithColumn(t, s, "shop")...)
	order = append(order, viaAccount...) // after channel_accounts, whose id they need
	for _, table := range order {
		var names []string
		var args []any
		for i, c := range tables[table] {
			var v any
			switch {
			case c.Name == "shop_id":
				v = shop.ID
			case c.Name == "shop":
				v = shop.Domain
			case c.Name == "account_id" && slices.Contains(viaAccount, table):
				v = accountID
			case !c.Required:
				continue
			default:
				v = valueOf(c, shop, table, i)
			}
			names = append(names, fmt.Sprintf("%q", c.Name))
			args = append(args, v)
		}
		q := fmt.Sprintf("INSERT INTO %q (%s) VALUES (%s)", table, strings.Join(names, ", "), placeholders(s, len(args)))
		if _, err := s.SQLDB().ExecContext(context.Background(), q, args...); err != nil {
			t.Fatalf("seed %s: %v", table, err)
		}
		if table == "channel_accounts" {
			if err := s.SQLDB().QueryRowContext(context.Background(),
				"SELECT id FROM channel_accounts WHERE shop_id = "+placeholders(s, 1), shop.ID).Scan(&accountID); err != nil {
				t.Fatal(err)
			}
		}
		seeded = append(seeded, table)
	}
	return seeded
}

// valueOf is a value of c's type, distinct per shop and column so unique
// keys hold.
func valueOf(c dbtest.Column, shop *db.Shop, table string, i int) any {
	typ := c.Type
	switch {
	case strings.Contains(typ, "int"):
		return shop.ID*1000 + int64(i)
	case strings.Contains(typ, "bool"):
		return false
	case strings.Contains(typ, "time"), strings.Contains(typ, "date"):
		return time.Now().UTC()
	case strings.Contains(typ, "double"), strings.Contains(typ, "real"), strings.Contains(typ, "numeric"):
		return 1.5
	case strings.Contains(typ, "json"):
		return fmt.Sprintf(`{"shop":%q}`, shop.Domain)
	case strings.Contains(typ, "bytea"), strings.Contains(typ, "blob"):
		return []byte(fmt.Sprintf(`{"shop":%q}`, shop.Domain))
	default:
		return fmt.Sprintf("%s %s.%s", shop.Domain, table, c.Name)
	}
}

func placeholders(s *db.Store, n int) string {
	p := make([]string, n)
	for i := range p {
		if s.Dialect() == db.Postgres {
			p[i] = fmt.Sprintf("$%d", i+1)
		} else {
			p[i] = "?"
		}
	}
	return strings.Join(p, ", ")
}

func countRows(t *testing.T, s *db.Store, table, col string, v any) int {
	t.Helper()
	var n int
	q := fmt.Sprintf("SELECT COUNT(*) FROM %q WHERE %s = %s", table, col, placeholders(s, 1))
	if err := s.SQLDB().QueryRowContext(context.Background(), q, v).Scan(&n); err != nil {
		t.Fatalf("count %s: %v", table, err)
	}
	return n
}
