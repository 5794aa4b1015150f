package assistant

import (
	"slices"
	"strconv"
	"strings"

	"shopassist/assistant/glossary"
	"shopassist/db"
	"shopassist/knowledge"
)

// recommendLimit is how many product cards a recommendation shows.
const recommendLimit = 3

// filters turns the message's entities into index filters.
func (t *turn) filters() knowledge.Filters {
	var f knowledge.Filters
	ents := t.u.Ents
	if p := ents.Price; p != nil && (p.Currency == "" || strings.EqualFold(p.Currency, t.shop.Currency)) {
		if p.Min > 0 {
			v := p.Min
			f.MinPrice = &v
		}
		if p.Max > 0 {
			v := p.Max
			f.MaxPrice = &v
		}
	}
	if len(ents.Colors) > 0 || len(ents.Sizes) > 0 {
		f.Options = map[string][]string{}
		for _, c := range ents.Colors {
			f.Options["color"] = append(f.Options["color"], strings.ToLower(c))
		}
		for _, s := range ents.Sizes {
			f.Options["size"] = append(f.Options["size"], strings.ToLower(strings.TrimPrefix(s, "EU ")))
		}
	}
	return f
}

// recommend suggests in-stock products matching the shopper's words and
// filters; a logged-in customer with no words gets suggestions seeded by
// past purchases.
func (t *turn) recommend() {
	query := t.u.productQuery(t.text)
	if len(t.u.Ents.ProductWords) == 0 {
		query = ""
	}
	f := t.filters()
	f.ExcludeIDs = append(f.ExcludeIDs, t.state.Shown...)
	req := knowledge.RecommendRequest{Query: query, Lang: t.reply.Language, Filters: f, Limit: recommendLimit}
	if query == "" && t.req.CustomerID != 0 {
		req.SeedProductIDs = t.purchasedProducts()
	}
	hits, err := t.e.index.Recommend(t.ctx, t.shop.Domain, req)
	if err != nil {
		t.logErr("recommend products", err)
	}
	if len(hits) == 0 && len(t.state.Shown) > 0 {
		// Everything matching was shown already: show it again rather
		// than nothing.
		req.Filters.ExcludeIDs = nil
		hits, _ = t.e.index.Recommend(t.ctx, t.shop.Domain, req)
	}
	for _, loc := range t.shopLocales() {
		if len(hits) > 0 || query == "" {
			break
		}
		// The catalog may not be translated into the shopper's language;
		// related languages ("mochila" in Portuguese and Spanish) and the
		// original language often still match.
		alt := req
		alt.Lang = loc
		hits, _ = t.e.index.Recommend(t.ctx, t.shop.Domain, alt)
	}
	if terms := glossary.Terms(t.text); len(hits) == 0 && query != "" && len(terms) > 0 {
		// Last resort for languages the catalog is not translated into:
		// the glossary's English product words.
		alt := req
		alt.Query, alt.Lang = strings.Join(terms, " "), "en"
		hits, _ = t.e.index.Recommend(t.ctx, t.shop.Domain, alt)
	}
	if len(hits) == 0 {
		t.failed = true
		t.say(t.t("recommend_no_matches", nil))
		return
	}
	t.say(t.t("recommend_intro", nil))
	if desc := t.describeFilters(f); desc != "" {
		t.say(t.t("recommend_filters", map[string]any{"Filters": desc}))
	}
	for _, h := range hits {
		t.reply.Cards = append(t.reply.Cards, t.productCard(h))
		t.say("• " + h.Title + " — " + formatMoney(h.Price, t.currency(h)))
		t.state.RememberShown(h.ProductID)
	}
}

// productQuestion answers a question about a product with its card and,
// when a policy or FAQ covers it, the passage.
func (t *turn) productQuestion() {
	hits, err := t.e.index.Search(t.ctx, t.shop.Domain, t.u.productQuery(t.text), t.reply.Language, t.filters(), 1)
	if err != nil {
		t.logErr("search products", err)
	}
	if terms := glossary.Terms(t.text); len(hits) == 0 && len(terms) > 0 {
		hits, _ = t.e.index.Search(t.ctx, t.shop.Domain, strings.Join(terms, " "), "en", t.filters(), 1)
	}
	if len(hits) == 0 {
		t.docAnswer("", "")
		return
	}
	h := hits[0]
	t.say(t.t("product_answer_intro", map[string]any{"Product": h.Title}))
	line := h.Title
	if h.VariantTitle != "" && h.VariantTitle != "Default Title" {
		line += " (" + h.VariantTitle + ")"
	}
	t.say(line + " — " + formatMoney(h.Price, t.currency(h)))
	t.reply.Cards = append(t.reply.Cards, t.productCard(h))
	t.state.RememberShown(h.ProductID)
}

// shopLocales are the shop's catalog locales other than the reply language,
// primary first, at most three.
func (t *turn) shopLocales() []string {
	var out []string
	for _, l := range append([]string{t.shop.PrimaryLocale}, t.shop.Locales.V...) {
		if l != "" && l != t.reply.Language && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out[:min(len(out), 3)]
}

func (t *turn) currency(h knowledge.Hit) string {
	if h.Currency != "" {
		return h.Currency
	}
	return t.shop.Currency
}

func (t *turn) productCard(h knowledge.Hit) Card {
	avail := h.Available
	c := Card{Type: "product", ProductID: h.ProductID, VariantID: h.VariantID, Title: h.Title,
		Price: strconv.FormatFloat(h.Price, 'f', 2, 64), Currency: t.currency(h), ImageURL: h.ImageURL, URL: h.URL,
		Available: &avail}
	if h.CompareAtPrice > h.Price {
		c.CompareAtPrice = strconv.FormatFloat(h.CompareAtPrice, 'f', 2, 64)
	}
	return c
}

func (t *turn) describeFilters(f knowledge.Filters) string {
	var parts []string
	cur := t.shop.Currency
	switch {
	case f.MinPrice != nil && f.MaxPrice != nil:
		parts = append(parts, t.t("recommend_price_between", map[string]any{"Min": formatMoney(*f.MinPrice, cur),
			"Max": formatMoney(*f.MaxPrice, cur)}))
	case f.MaxPrice != nil:
		parts = append(parts, t.t("recommend_price_under", map[string]any{"Price": formatMoney(*f.MaxPrice, cur)}))
	case f.MinPrice != nil:
		parts = append(parts, t.t("recommend_price_over", map[string]any{"Price": formatMoney(*f.MinPrice, cur)}))
	}
	parts = append(parts, t.u.Ents.Colors...)
	parts = append(parts, t.u.Ents.Sizes...)
	return strings.Join(parts, ", ")
}

// purchasedProducts returns the products the logged-in customer bought.
func (t *turn) purchasedProducts() []int64 {
	orders, err := t.e.store.ListCustomerOrders(t.ctx, t.shop.ID, t.req.CustomerID, "", 5)
	if err != nil {
		t.logErr("list customer orders", err)
		return nil
	}
	return productIDs(orders)
}

func productIDs(orders []db.Order) []int64 {
	seen := map[int64]bool{}
	var out []int64
	for _, o := range orders {
		for _, l := range o.LineItems {
			if l.ProductID != 0 && !seen[l.ProductID] {
				seen[l.ProductID] = true
				out = append(out, l.ProductID)
			}
		}
	}
	return out
}

var currencySymbols = map[string]string{"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CNY": "¥"}

// formatMoney renders an amount with its currency ("€49.00", "49.00 CHF").
func formatMoney(v float64, currency string) string {
	amount := strconv.FormatFloat(v, 'f', 2, 64)
	if sym, ok := currencySymbols[strings.ToUpper(currency)]; ok {
		return sym + amount
	}
	if currency == "" {
		return amount
	}
	return amount + " " + currency
}
