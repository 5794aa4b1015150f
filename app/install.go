package app

import (
	"context"
	"fmt"

	"shopassist/db"
	"shopassist/shopify"
)

// OnInstall registers work to run after every install.
func (a *App) OnInstall(h InstallHook) { a.installHooks = append(a.installHooks, h) }

// install stores the encrypted token, records the store's profile and runs
// the install hooks (first sync and so on).
func (a *App) install(ctx context.Context, shop string, tok *shopify.AccessToken) (*db.Shop, error) {
	row, err := a.tokens.SaveInstall(ctx, shop, tok)
	if err != nil {
		return nil, fmt.Errorf("install %s: %w", shop, err)
	}
	info, err := a.shopify.ShopInfo(ctx, shop, tok.AccessToken)
	if err != nil {
		// The profile is a nicety; the install itself succeeded.
		a.log.Warn("shop info unavailable at install", "shop", shop, "err", err)
	} else if err := a.store.UpdateShopProfile(ctx, shop, db.ShopProfile{Name: info.Name, Email: info.Email,
		Currency: info.CurrencyCode, Timezone: info.IANATimezone}); err != nil {
		return nil, err
	}
	for _, h := range a.installHooks {
		if err := h(ctx, row); err != nil {
			a.log.Error("install hook failed", "shop", shop, "err", err)
		}
	}
	a.log.Info("installed", "shop", shop, "scopes", tok.Scope, "expiring", !tok.ExpiresAt.IsZero())
	return a.store.GetShop(ctx, shop)
}
