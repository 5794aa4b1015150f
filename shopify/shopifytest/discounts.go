package shopifytest

import (
	"context"
	"fmt"
	"strings"
	"sync"
)

// DiscountCreateOperation is the operation name the fake answers for
// discountCodeBasicCreate.
const DiscountCreateOperation = "DiscountCodeBasicCreate"

// Discount is a code discount the fake created.
type Discount struct {
	ID, Shop, Title, Code string
	// Percentage is customerGets.value.percentage (0–1); Amount the
	// discountAmount.amount, when the discount is a fixed amount.
	Percentage, Amount float64
	UsageLimit         int
	OncePerCustomer    bool
	StartsAt, EndsAt   string
}

// Discounts is the fake's discountCodeBasicCreate: it validates the input
// the way the Admin API documents it and answers userErrors
// ({field, code, message}) for blank, out-of-range and duplicate values.
type Discounts struct {
	mu      sync.Mutex
	created []Discount
	// Fail, when set, is returned as a top-level error (an outage).
	Fail error
}

// RegisterDiscounts installs the discount mutation on a and returns its
// state.
func RegisterDiscounts(a *Admin) *Discounts {
	d := &Discounts{}
	a.Handle(DiscountCreateOperation, d.resolve)
	return d
}

// Created lists the discounts created so far.
func (d *Discounts) Created() []Discount {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]Discount(nil), d.created...)
}

type userError struct {
	Field   []string `json:"field"`
	Code    string   `json:"code"`
	Message string   `json:"message"`
}

func (d *Discounts) resolve(_ context.Context, shop string, vars map[string]any) (any, error) {
	if d.Fail != nil {
		return nil, d.Fail
	}
	in, _ := vars["basicCodeDiscount"].(map[string]any)
	if in == nil {
		return nil, &Error{Message: "Variable $basicCodeDiscount of type DiscountCodeBasicInput! was provided invalid value", Code: "INVALID_VARIABLE"}
	}
	str := func(m map[string]any, k string) string { s, _ := m[k].(string); return s }
	num := func(m map[string]any, k string) (float64, bool) { f, ok := m[k].(float64); return f, ok }
	obj := func(m map[string]any, k string) map[string]any { o, _ := m[k].(map[string]any); return o }
	var errs []userError
	bad := func(code, msg string, field ...string) {
		errs = append(errs, userError{Field: append([]string{"basicCodeDiscount"}, field...), Code: code, Message: msg})
	}
	disc := Discount{Shop: shop, Title: str(in, "title"), Code: strings.TrimSpace(str(in, "code")),
		StartsAt: str(in, "startsAt"), EndsAt: str(in, "endsAt"), OncePerCustomer: in["appliesOncePerCustomer"] == true}
	if disc.Title == "" {
		bad("BLANK", "Title can't be blank", "title")
	}
	if disc.Code == "" {
		bad("BLANK", "Code can't be blank", "code")
	}
	if disc.StartsAt == "" {
		bad("BLANK", "Starts at can't be blank", "startsAt")
	}
	if n, ok := num(in, "usageLimit"); ok {
		disc.UsageLimit = int(n)
	}
	value := obj(obj(in, "customerGets"), "value")
	pct, hasPct := num(value, "percentage")
	amount, hasAmount := num(obj(value, "discountAmount"), "amount")
	switch {
	case hasPct == hasAmount:
		bad("INVALID", "Value must have exactly one of percentage, discountAmount or discountOnQuantity", "customerGets", "value")
	case hasPct && (pct <= 0 || pct > 1):
		bad("VALUE_OUTSIDE_RANGE", "Value must be between 0.0 and 1.0", "customerGets", "value", "percentage")
	case hasAmount && amount <= 0:
		bad("GREATER_THAN", "Value must be greater than 0", "customerGets", "value", "discountAmount", "amount")
	}
	disc.Percentage, disc.Amount = pct, amount
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, c := range d.created {
		if c.Shop == shop && strings.EqualFold(c.Code, disc.Code) && disc.Code != "" {
			bad("TAKEN", "Code must be unique. Please try a different code.", "code")
			break
		}
	}
	if len(errs) > 0 {
		return map[string]any{"discountCodeBasicCreate": map[string]any{"codeDiscountNode": nil, "userErrors": errs}}, nil
	}
	disc.ID = fmt.Sprintf("gid://shopify/DiscountCodeNode/%d", 1000+len(d.created))
	d.created = append(d.created, disc)
	node := map[string]any{"id": disc.ID, "codeDiscount": map[string]any{"__typename": "DiscountCodeBasic", "title": disc.Title,
		"codes": map[string]any{"nodes": []map[string]any{{"code": disc.Code}}}}}
	return map[string]any{"discountCodeBasicCreate": map[string]any{"codeDiscountNode": node, "userErrors": []userError{}}}, nil
}
