package dbtest

import (
	"context"
	"testing"
)

// TestOpenSQLiteIsMigratedAndOwn: a database copied from the template has
// every migration applied (the file holds them all, not a WAL left behind)
// and is the test's own: what one test writes another does not see.
func TestOpenSQLiteIsMigratedAndOwn(t *testing.T) {
	ctx := context.Background()
	a, b := OpenSQLite(t), OpenSQLite(t)
	pending, err := a.Pending(ctx)
	if err != nil || len(pending) != 0 {
		t.Fatalf("pending migrations on a copied database: %v, %v", pending, err)
	}
	if _, err := a.EnsureShop(ctx, "a.myshopify.com"); err != nil {
		t.Fatal(err)
	}
	if _, err := b.GetShop(ctx, "a.myshopify.com"); err == nil {
		t.Fatal("a shop written to one test database is in another")
	}
}
