package db

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// ShopProfile is what the app learns about a store at install.
type ShopProfile struct {
	Name, Email, Currency, PrimaryLocale, Timezone string
	Locales                                        []string
}

// ShopTokens are the encrypted credentials of an installation.
type ShopTokens struct {
	AccessTokenEnc        []byte
	RefreshTokenEnc       []byte
	ExpiresAt             *time.Time
	RefreshTokenExpiresAt *time.Time
	Scopes                string
}

// GetShop loads a shop by its myshopify domain.
func (s *Store) GetShop(ctx context.Context, domain string) (*Shop, error) {
	var shop Shop
	if err := s.db(ctx).Where("domain = ?", domain).Take(&shop).Error; err != nil {
		return nil, fmt.Errorf("get shop %s: %w", domain, notFound(err))
	}
	return &shop, nil
}

// GetShopByID loads a shop by primary key.
func (s *Store) GetShopByID(ctx context.Context, id int64) (*Shop, error) {
	var shop Shop
	if err := s.db(ctx).Take(&shop, id).Error; err != nil {
		return nil, fmt.Errorf("get shop %d: %w", id, notFound(err))
	}
	return &shop, nil
}

// ListInstalledShops returns shops with the app installed, for scheduled jobs.
func (s *Store) ListInstalledShops(ctx context.Context) ([]Shop, error) {
	var shops []Shop
	if err := s.db(ctx).Where("uninstalled_at IS NULL").Order("id").Find(&shops).Error; err != nil {
		return nil, fmt.Errorf("list installed shops: %w", err)
	}
	return shops, nil
}

// EnsureShop creates the shop row with default settings if it is missing and
// returns it. Reinstalling keeps the merchant's settings.
func (s *Store) EnsureShop(ctx context.Context, domain string) (*Shop, error) {
	now := time.Now().UTC()
	shop := Shop{Domain: domain, Settings: NewJSON(DefaultSettings()), Locales: NewJSON([]string{"en"}),
		PrimaryLocale: "en", CreatedAt: now, UpdatedAt: now}
	err := s.db(ctx).Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "domain"}}, DoNothing: true}).
		Create(&shop).Error
	if err != nil {
		return nil, fmt.Errorf("ensure shop %s: %w", domain, err)
	}
	return s.GetShop(ctx, domain)
}

// SaveInstall records a (re)install: tokens, scopes and install time, and
// clears any uninstall mark. The row's creation and its tokens commit
// together: a webhook read between them would see a shop without tokens,
// take it for uninstalled and drop its event with a 200 (Shopify sends
// several in the install's first second).
func (s *Store) SaveInstall(ctx context.Context, domain string, t ShopTokens) (*Shop, error) {
	now := time.Now().UTC()
	err := s.InTx(ctx, func(tx *Store) error {
		if _, err := tx.EnsureShop(ctx, domain); err != nil {
			return err
		}
		err := tx.db(ctx).Model(&Shop{}).Where("domain = ?", domain).Updates(map[string]any{
			"access_token_enc":         t.AccessTokenEnc,
			"refresh_token_enc":        t.RefreshTokenEnc,
			"token_expires_at":         t.ExpiresAt,
			"refresh_token_expires_at": t.RefreshTokenExpiresAt,
			"scopes":                   t.Scopes,
			// SET expressions see the old row, so a reinstall after an uninstall
			// restarts the installation date.
			"installed_at":   gorm.Expr("CASE WHEN installed_at IS NULL OR uninstalled_at IS NOT NULL THEN ? ELSE installed_at END", now),
			"uninstalled_at": nil,
			"updated_at":     now,
		}).Error
		if err != nil {
			return fmt.Errorf("save install for %s: %w", domain, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s.GetShop(ctx, domain)
}

// UpdateTokens replaces the stored tokens after a refresh.
func (s *Store) UpdateTokens(ctx context.Context, domain string, t ShopTokens) error {
	res := s.db(ctx).Model(&Shop{}).Where("domain = ? AND uninstalled_at IS NULL", domain).Updates(map[string]any{
		"access_token_enc":         t.AccessTokenEnc,
		"refresh_token_enc":        t.RefreshTokenEnc,
		"token_expires_at":         t.ExpiresAt,
		"refresh_token_expires_at": t.RefreshTokenExpiresAt,
		"updated_at":               time.Now().UTC(),
	})
	if res.Error != nil {
		return fmt.Errorf("update tokens for %s: %w", domain, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("update tokens for %s: %w", domain, ErrNotFound)
	}
	return nil
}

// UpdateShopProfile stores the store's name, currency, locales and so on.
func (s *Store) UpdateShopProfile(ctx context.Context, domain string, p ShopProfile) error {
	updates := map[string]any{"updated_at": time.Now().UTC()}
	set := func(col, v string) {
		if v != "" {
			updates[col] = v
		}
	}
	set("name", p.Name)
	set("email", p.Email)
	set("currency", p.Currency)
	set("primary_locale", p.PrimaryLocale)
	set("timezone", p.Timezone)
	if len(p.Locales) > 0 {
		updates["locales"] = NewJSON(p.Locales)
	}
	if err := s.db(ctx).Model(&Shop{}).Where("domain = ?", domain).Updates(updates).Error; err != nil {
		return fmt.Errorf("update profile of %s: %w", domain, err)
	}
	return nil
}

// MarkUninstalled records the uninstall and drops the shop's credentials;
// its data stays until shop/redact arrives (48 h later) or retention runs.
func (s *Store) MarkUninstalled(ctx context.Context, domain string) error {
	now := time.Now().UTC()
	err := s.db(ctx).Model(&Shop{}).Where("domain = ?", domain).Updates(map[string]any{
		"access_token_enc":         nil,
		"refresh_token_enc":        nil,
		"token_expires_at":         nil,
		"refresh_token_expires_at": nil,
		"uninstalled_at":           now,
		"updated_at":               now,
	}).Error
	if err != nil {
		return fmt.Errorf("mark %s uninstalled: %w", domain, err)
	}
	return nil
}

// UpdateScopes stores the granted scopes (app/scopes_update).
func (s *Store) UpdateScopes(ctx context.Context, domain, scopes string) error {
	if err := s.db(ctx).Model(&Shop{}).Where("domain = ?", domain).
		Updates(map[string]any{"scopes": scopes, "updated_at": time.Now().UTC()}).Error; err != nil {
		return fmt.Errorf("update scopes of %s: %w", domain, err)
	}
	return nil
}

// SaveSettings replaces the merchant's settings.
func (s *Store) SaveSettings(ctx context.Context, shopID int64, st Settings) error {
	if err := s.db(ctx).Model(&Shop{}).Where("id = ?", shopID).
		Updates(map[string]any{"settings": NewJSON(st), "updated_at": time.Now().UTC()}).Error; err != nil {
		return fmt.Errorf("save settings of shop %d: %w", shopID, err)
	}
	return nil
}

// CatalogVersion reads the shop's current catalog version.
func (s *Store) CatalogVersion(ctx context.Context, shopID int64) (int64, error) {
	var v int64
	if err := s.db(ctx).Raw("SELECT catalog_version FROM shops WHERE id = ?", shopID).Scan(&v).Error; err != nil {
		return 0, fmt.Errorf("read catalog version of shop %d: %w", shopID, err)
	}
	return v, nil
}

// shopTables are the tables holding rows of one shop in a shop_id column,
// children before their parents so the deletion never relies on ON DELETE
// CASCADE: SQLite enforces foreign keys only on connections opened with the
// foreign_keys pragma, and a tool or a restored dump may lack it. The erasure
// test compares this list with the database's catalog, so a new shop-scoped
// table cannot be forgotten.
var shopTables = []string{
	// conversations and what hangs off them
	"message_translations", "demand_signals", "chat_orders", "conversation_notes",
	"channel_messages", "email_messages", "email_inbound", "messages", "conversations",
	// orders and what hangs off them
	"shipment_risks", "order_actions", "order_line_items", "fulfillments", "refunds", "returns", "orders",
	// catalogue and knowledge
	"stock_subscriptions", "product_translations", "variants", "products", "knowledge_documents", "sync_runs",
	// the shop's people, settings and access
	"customer_data_exports", "assistant_verification_attempts", "shoppers", "staff_members", "saved_replies",
	"channel_accounts", "agent_tokens", "flow_action_runs",
}

// domainTables are the tables naming their shop by domain in a shop column.
var domainTables = []string{"webhook_events", "oauth_states", "install_claims"}

// DeleteShopData removes every row belonging to the shop, the shop included
// (shop/redact). Every table is deleted from explicitly; see shopTables.
func (s *Store) DeleteShopData(ctx context.Context, domain string) error {
	return s.InTx(ctx, func(tx *Store) error {
		g := tx.db(ctx)
		var shop Shop
		if err := g.Where("domain = ?", domain).Take(&shop).Error; err != nil {
			if notFound(err) == ErrNotFound {
				return nil
			}
			return fmt.Errorf("delete data of %s: %w", domain, err)
		}
		// The mailbox cursors belong to the shop through its email
		// accounts, so they go before the accounts.
		if err := g.Exec("DELETE FROM email_mailbox_state WHERE account_id IN (SELECT id FROM channel_accounts WHERE shop_id = ?)",
			shop.ID).Error; err != nil {
			return fmt.Errorf("delete email_mailbox_state of %s: %w", domain, err)
		}
		for _, table := range shopTables {
			if err := g.Exec("DELETE FROM "+table+" WHERE shop_id = ?", shop.ID).Error; err != nil {
				return fmt.Errorf("delete %s of %s: %w", table, domain, err)
			}
		}
		for _, table := range domainTables {
			if err := g.Exec("DELETE FROM "+table+" WHERE shop = ?", domain).Error; err != nil {
				return fmt.Errorf("delete %s of %s: %w", table, domain, err)
			}
		}
		if err := g.Exec("DELETE FROM shops WHERE id = ?", shop.ID).Error; err != nil {
			return fmt.Errorf("delete shop %s: %w", domain, err)
		}
		return nil
	})
}

// SaveOAuthState stores a one-time OAuth nonce.
func (s *Store) SaveOAuthState(ctx context.Context, nonce, shop string, expires, now time.Time) error {
	now = now.UTC()
	// Expired nonces are swept opportunistically so the table stays small.
	if err := s.db(ctx).Exec("DELETE FROM oauth_states WHERE expires_at < ?", now).Error; err != nil {
		return fmt.Errorf("sweep oauth states: %w", err)
	}
	err := s.db(ctx).Exec("INSERT INTO oauth_states (nonce, shop, expires_at, created_at) VALUES (?, ?, ?, ?)",
		nonce, shop, expires.UTC(), now).Error
	if err != nil {
		return fmt.Errorf("save oauth state for %s: %w", shop, err)
	}
	return nil
}

// ConsumeOAuthState deletes the nonce and reports ErrNotFound when it was
// unknown, already used, expired at now, or issued for another shop.
func (s *Store) ConsumeOAuthState(ctx context.Context, nonce, shop string, now time.Time) error {
	res := s.db(ctx).Exec("DELETE FROM oauth_states WHERE nonce = ? AND shop = ? AND expires_at >= ?",
		nonce, shop, now.UTC())
	if res.Error != nil {
		return fmt.Errorf("consume oauth state: %w", res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("consume oauth state: %w", ErrNotFound)
	}
	return nil
}

// SweepOAuthStates deletes nonces that expired before now.
func (s *Store) SweepOAuthStates(ctx context.Context, now time.Time) (int64, error) {
	res := s.db(ctx).Exec("DELETE FROM oauth_states WHERE expires_at < ?", now.UTC())
	if res.Error != nil {
		return 0, fmt.Errorf("sweep oauth states: %w", res.Error)
	}
	return res.RowsAffected, nil
}
