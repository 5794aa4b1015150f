package deliverycare

import (
	"context"
	"errors"
	"math"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"shopassist/db"
)

// compensate creates the order's compensation code when the merchant's
// rule applies: the shipment is late by more than LateDays, the order got
// no code yet, and a discount maker is configured. nil when no code is due.
func (n *Notifier) compensate(ctx context.Context, shop *db.Shop, o *db.Order, r db.ShipmentRisk, l string) (*Discount, error) {
	rule := shop.Settings.V.DeliveryCare.Compensation
	if !rule.Enabled || n.Discounts == nil || r.Kind != KindLate || r.EstimateAt == nil || rule.Percent <= 0 {
		return nil, nil
	}
	loc := Location(shop.Timezone)
	late := int(DayOf(n.now(), loc).Sub(DayOf(*r.EstimateAt, loc)).Hours() / 24)
	if late <= rule.LateDays {
		return nil, nil
	}
	claimed, err := n.Store.ClaimOrderCompensation(ctx, shop.ID, o.ID, n.now())
	if err != nil || !claimed {
		return nil, err
	}
	req := DiscountRequest{OrderName: o.Name, Percent: rule.Percent, StartsAt: n.now(), EndsAt: n.now().Add(discountWindow)}
	value := FormatPercent(l, rule.Percent)
	if rule.MaxAmount > 0 {
		// A capped rule: the percentage of this order, at most the cap,
		// as a fixed amount Shopify enforces.
		total, _ := strconv.ParseFloat(o.TotalPrice, 64)
		req.Percent, req.Amount = 0, min(math.Round(total*rule.Percent)/100, rule.MaxAmount)
		if req.Amount <= 0 {
			return nil, errors.Join(errors.New("order total unknown: no capped amount to offer"),
				n.Store.ReleaseOrderCompensation(ctx, shop.ID, o.ID))
		}
		value = FormatMoney(l, shop.Currency, req.Amount)
	}
	code, err := n.Discounts.CreateDiscount(ctx, shop, req)
	if err != nil {
		return nil, errors.Join(err, n.Store.ReleaseOrderCompensation(ctx, shop.ID, o.ID))
	}
	return &Discount{Code: code, Value: value}, nil
}

// FormatMoney writes an amount with its currency for a reader of l (CLDR
// symbol and number format through x/text).
func FormatMoney(l, code string, amount float64) string {
	tag, err := language.Parse(l)
	if err != nil {
		tag = language.English
	}
	unit, err := currency.ParseISO(code)
	if err != nil {
		return message.NewPrinter(tag).Sprintf("%.2f %s", amount, code)
	}
	p := message.NewPrinter(tag)
	if symbolAfter[l] {
		// x/text always puts the symbol first; CLDR puts it after the
		// number in these languages ("20,00 €").
		num := p.Sprint(currency.Symbol(unit.Amount(amount)))
		sym := p.Sprint(currency.Symbol(unit))
		return strings.TrimSpace(strings.TrimPrefix(num, sym)) + "\u00a0" + sym
	}
	return p.Sprint(currency.Symbol(unit.Amount(amount)))
}

// symbolAfter are the supported languages whose CLDR currency pattern puts
// the symbol after the amount.
var symbolAfter = map[string]bool{"fr": true, "de": true, "es": true, "it": true, "ru": true, "pl": true}

// discountWindow is how long a compensation code stays valid.
const discountWindow = 90 * 24 * time.Hour
