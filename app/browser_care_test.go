package app_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"shopassist/app"
	"shopassist/db"
	"shopassist/deliverycare"
	"shopassist/internal/browsertest"
)

// TestBrowserDeliveryNotice: a shopper who verified order #1034 in the chat
// comes back after the carrier reported a delay; the widget shows the
// delivery notice (what happened, new estimate, tracking link) when the
// chat opens, once.
func TestBrowserDeliveryNotice(t *testing.T) {
	browsertest.Require(t)
	base, store := demoServer(t)
	ctx := context.Background()
	shop, err := store.GetShop(ctx, app.DemoShop)
	if err != nil {
		t.Fatal(err)
	}
	p := newDemoPage(t, base)
	p.open("/demo")
	if r := p.send("Where is my order #1034? oliver.bennett@post.example"); !strings.Contains(r, "#1034") {
		t.Fatalf("order answer %q", r)
	}
	o, err := store.GetOrderByNumber(ctx, shop.ID, 1034)
	if err != nil {
		t.Fatal(err)
	}
	eta := time.Now().Add(3 * 24 * time.Hour)
	if _, err := store.ApplyFulfillmentEvent(ctx, shop.ID, o.ShopifyID, o.Fulfillments[0].ShopifyID,
		db.FulfillmentEvent{Status: "delayed", HappenedAt: time.Now(), EstimatedDeliveryAt: &eta}); err != nil {
		t.Fatal(err)
	}
	if _, err := store.RecordShipmentRisk(ctx, &db.ShipmentRisk{ShopID: shop.ID, OrderID: o.ID, FulfillmentID: o.Fulfillments[0].ID,
		Kind: deliverycare.KindDelayed, EventKey: time.Now().UTC().Format(time.DateOnly), EstimateAt: &eta}); err != nil {
		t.Fatal(err)
	}
	// Next visit: open the chat, the notice is in the log.
	p.do("next page", chromedp.Navigate(base+"/demo"))
	p.wait("launcher", `sr.querySelector('.l') !== null`)
	p.do("open chat", chromedp.Evaluate[chromedp.Void](browsertest.ShadowJS(`sr.querySelector('.l').click()`)))
	p.wait("delivery notice in the chat", `[...sr.querySelectorAll('.m')].some(m => m.textContent.includes('is delayed') && m.textContent.includes('dhl.com'))`)
	p.shot("delivery-notice")
	count := `[...sr.querySelectorAll('.m')].filter(m => m.textContent.includes('The carrier reports that your parcel')).length`
	if n := p.str(`String(` + count + `)`); n != "1" {
		t.Fatalf("%s notices shown, want 1", n)
	}
	// Once: another visit does not repeat it.
	p.do("third page", chromedp.Navigate(base+"/demo"))
	p.wait("launcher again", `sr.querySelector('.l') !== null`)
	p.do("open chat again", chromedp.Evaluate[chromedp.Void](browsertest.ShadowJS(`sr.querySelector('.l').click()`)))
	p.wait("history again", `sr.querySelectorAll('.m').length >= 3`)
	if n := p.str(`String(` + count + `)`); n != "1" {
		t.Fatalf("after another visit %s notices shown, want 1", n)
	}
}
