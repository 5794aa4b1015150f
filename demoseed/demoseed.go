// Package demoseed loads the demo store (package demo) into the database
// through the same conversions webhooks use, so demo mode exercises the real
// data paths.
package demoseed

import (
	"context"
	"fmt"
	"sort"
	"time"

	"shopassist/db"
	"shopassist/demo"
	"shopassist/shopdata"
)

// Seed creates demo.myshopify.com with its catalog, translations, policies,
// pages, FAQ and orders. It is idempotent: upserts by Shopify id, and order
// dates are re-anchored to now on every start so return windows stay
// meaningful.
func Seed(ctx context.Context, store *db.Store, now time.Time) (*db.Shop, error) {
	info := demo.StoreInfo()
	shop, err := store.EnsureShop(ctx, demo.ShopDomain)
	if err != nil {
		return nil, fmt.Errorf("seed demo shop: %w", err)
	}
	if err := store.UpdateShopProfile(ctx, demo.ShopDomain, db.ShopProfile{Name: info.Name, Email: info.Email,
		Currency: info.Currency, PrimaryLocale: info.PrimaryLocale, Timezone: info.Timezone, Locales: info.Locales}); err != nil {
		return nil, fmt.Errorf("seed demo shop: %w", err)
	}
	// Catalog and documents are seeded once, so a merchant's edits in the
	// demo admin survive restarts; orders are refreshed every time.
	n, err := store.CountProducts(ctx, shop.ID)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		if err := seedProducts(ctx, store, shop.ID); err != nil {
			return nil, err
		}
		if err := seedDocuments(ctx, store, shop.ID); err != nil {
			return nil, err
		}
	}
	for _, o := range demo.Orders(now) {
		o := o
		row := shopdata.Order(shop.ID, &o)
		estimateDeliveries(row, now)
		if _, err := store.UpsertOrder(ctx, row); err != nil {
			return nil, fmt.Errorf("seed demo order %s: %w", o.Name, err)
		}
	}
	return store.GetShop(ctx, demo.ShopDomain)
}

// estimateDeliveries gives the demo's open shipments the carrier estimate a
// real store receives through fulfillment_events/create (order payloads
// carry none): five days after shipping, and never already past for a
// parcel still on its way.
func estimateDeliveries(o *db.Order, now time.Time) {
	for i := range o.Fulfillments {
		f := &o.Fulfillments[i]
		if f.ShopifyCreatedAt == nil || len(f.TrackingNumbers.V) == 0 || f.DeliveredAt != nil {
			continue
		}
		switch f.ShipmentStatus {
		case "delivered", "failure", "":
			continue
		}
		eta := f.ShopifyCreatedAt.Add(5 * 24 * time.Hour)
		if tomorrow := now.Add(24 * time.Hour); eta.Before(tomorrow) {
			eta = tomorrow
		}
		eta = eta.UTC().Truncate(time.Hour)
		f.EstimatedDeliveryAt = &eta
	}
}

func seedProducts(ctx context.Context, store *db.Store, shopID int64) error {
	translations := demo.Translations()
	var batch []db.Product
	for _, p := range demo.Products() {
		p := p
		row := shopdata.Product(shopID, &p)
		row.OnlineStoreURL = "/demo/products/" + p.Handle
		row.Translations = []db.ProductTranslation{}
		locales := make([]string, 0, len(translations[p.Id]))
		for loc := range translations[p.Id] {
			locales = append(locales, loc)
		}
		sort.Strings(locales)
		for _, loc := range locales {
			tr := translations[p.Id][loc]
			values := map[string]string{}
			for k, v := range tr.OptionValues {
				values[k] = v
			}
			row.Translations = append(row.Translations, db.ProductTranslation{Locale: loc, Title: tr.Title,
				Description: shopdata.HTMLToText(tr.BodyHTML), ProductType: tr.ProductType, OptionValues: db.NewJSON(values)})
		}
		batch = append(batch, row)
	}
	if _, _, err := store.UpsertProducts(ctx, shopID, batch); err != nil {
		return fmt.Errorf("seed demo products: %w", err)
	}
	return nil
}

func seedDocuments(ctx context.Context, store *db.Store, shopID int64) error {
	// One transaction for all of them: one catalog change to index.
	var docs []*db.KnowledgeDocument
	put := func(kind, id, locale, title, body, url string) {
		docs = append(docs, &db.KnowledgeDocument{ShopID: shopID, Kind: kind, ExternalID: id, Locale: locale,
			Title: title, Body: body, URL: url, Questions: db.NewJSON([]string{})})
	}
	for _, p := range demo.Policies() {
		put(db.DocPolicy, p.Type, "en", p.Title, p.Body, p.URL)
		for loc, t := range p.Translations {
			put(db.DocPolicy, p.Type, loc, t.Title, t.Body, p.URL)
		}
	}
	for _, p := range demo.Pages() {
		put(db.DocPage, p.Handle, "en", p.Title, p.Body, p.URL)
		for loc, t := range p.Translations {
			put(db.DocPage, p.Handle, loc, t.Title, t.Body, p.URL)
		}
	}
	for _, f := range demo.FAQs() {
		for loc, answer := range f.Answers {
			qs := f.Questions[loc]
			title := ""
			if len(qs) > 0 {
				title = qs[0]
			}
			docs = append(docs, &db.KnowledgeDocument{ShopID: shopID, Kind: db.DocFAQ, ExternalID: f.ID,
				Locale: loc, Title: title, Body: answer, URL: f.SourceURL, Questions: db.NewJSON(qs), Source: "merchant"})
		}
	}
	if err := store.UpsertDocuments(ctx, docs); err != nil {
		return fmt.Errorf("seed demo documents: %w", err)
	}
	return nil
}
