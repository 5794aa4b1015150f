package db_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

func TestAgentTokens(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		now := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)
		shop, err := s.EnsureShop(ctx, "tokens.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		other, err := s.EnsureShop(ctx, "other.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}

		if _, _, err := s.CreateAgentToken(ctx, shop.ID, "  ", now); !errors.Is(err, db.ErrAgentTokenName) {
			t.Fatalf("blank name: err = %v", err)
		}
		token, created, err := s.CreateAgentToken(ctx, shop.ID, "Shopping agent", now)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(token, "sa_mcp_") || len(token) < 40 {
			t.Fatalf("token %q: want the prefix and 256 random bits", token)
		}
		if created.TokenHash == token || strings.Contains(created.TokenHash, token[7:]) {
			t.Fatal("the clear token is stored")
		}
		got, err := s.AgentTokenByToken(ctx, token)
		if err != nil || got.ID != created.ID || got.ShopID != shop.ID {
			t.Fatalf("lookup = %+v, %v", got, err)
		}
		for _, bad := range []string{"", "sa_mcp_", token + "x", strings.TrimPrefix(token, "sa_mcp_")} {
			if _, err := s.AgentTokenByToken(ctx, bad); !errors.Is(err, db.ErrNotFound) {
				t.Fatalf("lookup %q: err = %v, want ErrNotFound", bad, err)
			}
		}

		if err := s.TouchAgentToken(ctx, created.ID, now); err != nil {
			t.Fatal(err)
		}
		if err := s.TouchAgentToken(ctx, created.ID, now.Add(10*time.Second)); err != nil {
			t.Fatal(err)
		}
		list, err := s.AgentTokens(ctx, shop.ID)
		if err != nil || len(list) != 1 || list[0].LastUsedAt == nil || !list[0].LastUsedAt.Equal(now) {
			t.Fatalf("list = %+v, %v (last use throttled to once a minute)", list, err)
		}

		if err := s.RevokeAgentToken(ctx, other.ID, created.ID, now); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("revoke from another shop: err = %v", err)
		}
		if err := s.RevokeAgentToken(ctx, shop.ID, created.ID, now); err != nil {
			t.Fatal(err)
		}
		if err := s.RevokeAgentToken(ctx, shop.ID, created.ID, now.Add(time.Hour)); err != nil {
			t.Fatalf("second revoke: %v", err)
		}
		if _, err := s.AgentTokenByToken(ctx, token); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("revoked token still works: %v", err)
		}
	})
}
