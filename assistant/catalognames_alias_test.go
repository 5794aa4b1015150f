package assistant

import (
	"context"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/demoseed"
)

// TestLineAliases: the demo shop's translated titles give the line names
// as its Japanese and Arabic titles write them, and not the kind or
// descriptive words those titles start with.
func TestLineAliases(t *testing.T) {
	ctx := context.Background()
	store, err := db.Open(ctx, db.Options{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	shop, err := demoseed.Seed(ctx, store, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	_, aliases, err := loadCatalogNames(ctx, store, shop.ID)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ alias, line string }{
		{"オーロラ", "aurora"}, {"フィヨルド", "fjord"}, {"أورورا", "aurora"}, {"غرانيت", "granite"},
		{"пуховый", ""}, {"حقيبة", ""}, {"メリノ", ""}, {"هودي", ""},
	}
	for _, tt := range tests {
		if got := aliases[tt.alias]; got != tt.line {
			t.Errorf("alias %q → %q, want %q", tt.alias, got, tt.line)
		}
	}
}
