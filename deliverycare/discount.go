package deliverycare

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"strings"
	"time"

	"shopassist/db"
	"shopassist/shopify"
)

// discountCreate is Admin GraphQL discountCodeBasicCreate: a single-use
// code (usageLimit 1) for all customers on all items.
const discountCreate = `mutation DiscountCodeBasicCreate($basicCodeDiscount: DiscountCodeBasicInput!) {
  discountCodeBasicCreate(basicCodeDiscount: $basicCodeDiscount) {
    codeDiscountNode { id }
    userErrors { field code message }
  }
}`

// TokenFunc returns a shop's Admin API access token.
type TokenFunc func(ctx context.Context, shop string) (string, error)

// ShopifyDiscounts creates compensation codes through the Admin API.
type ShopifyDiscounts struct {
	Client *shopify.Client
	Token  TokenFunc
}

// UserError is a discountCodeBasicCreate userError: the input was refused.
type UserError struct {
	Field   []string `json:"field"`
	Code    string   `json:"code"`
	Message string   `json:"message"`
}

// ErrDiscountRefused wraps the userErrors of a refused discount.
var ErrDiscountRefused = errors.New("discount refused by Shopify")

// CreateDiscount creates one single-use code and returns it.
func (s ShopifyDiscounts) CreateDiscount(ctx context.Context, shop *db.Shop, req DiscountRequest) (string, error) {
	token, err := s.Token(ctx, shop.Domain)
	if err != nil {
		return "", fmt.Errorf("discount for %s: %w", req.OrderName, err)
	}
	code := discountCode(req.OrderName)
	value := map[string]any{"percentage": req.Percent / 100}
	if req.Amount > 0 {
		value = map[string]any{"discountAmount": map[string]any{"amount": req.Amount, "appliesOnEachItem": false}}
	}
	input := map[string]any{
		"title":                  "Delivery delay " + req.OrderName,
		"code":                   code,
		"startsAt":               req.StartsAt.UTC().Format(time.RFC3339),
		"endsAt":                 req.EndsAt.UTC().Format(time.RFC3339),
		"usageLimit":             1,
		"appliesOncePerCustomer": true,
		"customerSelection":      map[string]any{"all": true},
		"customerGets":           map[string]any{"value": value, "items": map[string]any{"all": true}},
	}
	var out struct {
		DiscountCodeBasicCreate struct {
			CodeDiscountNode *struct {
				ID string `json:"id"`
			} `json:"codeDiscountNode"`
			UserErrors []UserError `json:"userErrors"`
		} `json:"discountCodeBasicCreate"`
	}
	if _, err := s.Client.GraphQL(ctx, shop.Domain, token, discountCreate, map[string]any{"basicCodeDiscount": input}, &out); err != nil {
		return "", fmt.Errorf("discount for %s: %w", req.OrderName, err)
	}
	r := out.DiscountCodeBasicCreate
	if len(r.UserErrors) > 0 {
		var msgs []string
		for _, e := range r.UserErrors {
			msgs = append(msgs, e.Code+" "+strings.Join(e.Field, ".")+": "+e.Message)
		}
		return "", fmt.Errorf("discount for %s: %w: %s", req.OrderName, ErrDiscountRefused, strings.Join(msgs, "; "))
	}
	if r.CodeDiscountNode == nil {
		return "", fmt.Errorf("discount for %s: no discount in the answer", req.OrderName)
	}
	return code, nil
}

// discountCode is "SORRY" + the order number + a random suffix, so codes
// cannot be guessed from order numbers.
func discountCode(orderName string) string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, orderName)
	return fmt.Sprintf("SORRY%s-%X", digits, b)
}
