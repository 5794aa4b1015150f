package shopify

import (
	"context"
	"fmt"
)

// ShopInfoOperation is the operation name of the ShopInfo query.
const ShopInfoOperation = "ShopInfo"

const shopInfoQuery = `query ShopInfo {
  shop {
    name
    email
    currencyCode
    ianaTimezone
    primaryDomain { url }
    myshopifyDomain
    plan { displayName }
  }
}`

// ShopInfo is the store profile the app records at install.
type ShopInfo struct {
	Name          string `json:"name"`
	Email         string `json:"email"`
	CurrencyCode  string `json:"currencyCode"`
	IANATimezone  string `json:"ianaTimezone"`
	PrimaryDomain struct {
		URL string `json:"url"`
	} `json:"primaryDomain"`
	MyshopifyDomain string `json:"myshopifyDomain"`
	Plan            struct {
		DisplayName string `json:"displayName"`
	} `json:"plan"`
}

// ShopInfo fetches the store's name, contact e-mail, currency, time zone,
// domains and plan.
func (c *Client) ShopInfo(ctx context.Context, shop, accessToken string) (*ShopInfo, error) {
	var out struct {
		Shop ShopInfo `json:"shop"`
	}
	if _, err := c.GraphQL(ctx, shop, accessToken, shopInfoQuery, nil, &out); err != nil {
		return nil, fmt.Errorf("fetch shop info: %w", err)
	}
	return &out.Shop, nil
}
