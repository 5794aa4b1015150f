package shopifytest

import (
	"context"
	"strings"
)

// ShopData is the store profile the built-in ShopInfo resolver returns.
type ShopData struct {
	Name, Email, CurrencyCode, IANATimezone string
	PrimaryDomainURL, PlanDisplayName       string
}

// SetShop sets what ShopInfo answers for shop.
func (a *Admin) SetShop(shop string, d ShopData) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.shops[strings.ToLower(shop)] = d
}

// resolveShopInfo serves the ShopInfo query of shopify.Client.ShopInfo. Shops
// without SetShop get a plausible profile derived from the domain.
func (a *Admin) resolveShopInfo(_ context.Context, shop string, _ map[string]any) (any, error) {
	a.mu.Lock()
	d, ok := a.shops[shop]
	a.mu.Unlock()
	if !ok {
		d = ShopData{
			Name:             strings.TrimSuffix(shop, ".myshopify.com"),
			Email:            "owner@" + shop,
			CurrencyCode:     "USD",
			IANATimezone:     "America/New_York",
			PrimaryDomainURL: "https://" + shop,
			PlanDisplayName:  "Basic",
		}
	}
	return map[string]any{"shop": map[string]any{
		"name":            d.Name,
		"email":           d.Email,
		"currencyCode":    d.CurrencyCode,
		"ianaTimezone":    d.IANATimezone,
		"primaryDomain":   map[string]any{"url": d.PrimaryDomainURL},
		"myshopifyDomain": shop,
		"plan":            map[string]any{"displayName": d.PlanDisplayName},
	}}, nil
}
