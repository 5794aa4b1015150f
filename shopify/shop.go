package shopify

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// ErrInvalidShop is returned when a value is not a *.myshopify.com domain.
var ErrInvalidShop = errors.New("shopify: invalid shop domain")

var shopDomainRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*\.myshopify\.com$`)

// maxShopLen bounds the domain so hostile input cannot blow up logs or keys;
// DNS labels cap the store handle well below this.
const maxShopLen = 255

// ValidShopDomain reports whether shop is a myshopify.com store domain
// (case-insensitive). Anything else — custom domains, schemes, paths, ports,
// userinfo — is rejected, because the value ends up in outbound URLs and a
// lax check would let an attacker point OAuth at their own host.
func ValidShopDomain(shop string) bool {
	if shop == "" || len(shop) > maxShopLen {
		return false
	}
	return shopDomainRE.MatchString(strings.ToLower(shop))
}

// NormalizeShop turns what a merchant or Shopify hands us ("Shop.myshopify.com",
// "https://shop.myshopify.com/", " shop.myshopify.com ") into the canonical
// lowercase domain, or returns ErrInvalidShop.
func NormalizeShop(s string) (string, error) {
	shop := strings.ToLower(strings.TrimSpace(s))
	for _, scheme := range []string{"https://", "http://"} {
		shop = strings.TrimPrefix(shop, scheme)
	}
	shop = strings.TrimSuffix(shop, "/")
	if !ValidShopDomain(shop) {
		return "", fmt.Errorf("%w: %q", ErrInvalidShop, s)
	}
	return shop, nil
}
