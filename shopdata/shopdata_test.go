package shopdata

import (
	"os"
	"strings"
	"testing"
	"time"

	goshopify "github.com/bold-commerce/go-shopify/v4"

	"shopassist/db"
)

// load decodes a Shopify fixture ({"order": {...}}) into out.
func load(t *testing.T, file string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + file)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestOrderFromShopifyFixture(t *testing.T) {
	o, err := DecodeOrder(load(t, "order.json"))
	if err != nil {
		t.Fatal(err)
	}
	got := Order(7, o)
	checks := []struct {
		name      string
		got, want any
	}{
		{"shopify id", got.ShopifyID, int64(450789469)},
		{"number", got.OrderNumber, int64(1001)},
		{"name", got.Name, "#1001"},
		{"email", got.Email, "bob.norman@hostmail.com"},
		{"financial", got.FinancialStatus, "authorized"},
		{"currency", got.Currency, "USD"},
		{"total", got.TotalPrice, "409.94"},
		{"lines", len(got.LineItems), 3},
		{"fulfillments", len(got.Fulfillments), 1},
		{"customer", got.CustomerName, "Bob Norman"},
		{"country", got.ShippingCountry, "US"},
		{"shipping phone", got.ShippingPhone, "555-625-1199"},
		{"billing phone", got.BillingPhone, "555-625-1199"},
		{"billing country", got.BillingCountry, "US"},
		{"updated set", got.ShopifyUpdatedAt != nil, true},
		{"shop", got.ShopID, int64(7)},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if got.LineItems[0].SKU == "" || got.LineItems[0].Price == "0.00" || got.LineItems[0].VariantID == 0 {
		t.Errorf("line item not mapped: %+v", got.LineItems[0])
	}
}

func TestFulfillmentRefundProductFixtures(t *testing.T) {
	f, err := DecodeFulfillment(load(t, "fulfillment.json"))
	if err != nil {
		t.Fatal(err)
	}
	gf := Fulfillment(1, f)
	if gf.ShopifyID != 255858046 || gf.TrackingNumbers.V[0] != "1Z2345" || gf.Status == "" {
		t.Errorf("fulfillment: %+v", gf)
	}
	r, err := DecodeRefund(load(t, "refund.json"))
	if err != nil {
		t.Fatal(err)
	}
	gr := Refund(1, r, "USD")
	if gr.ShopifyID != 509562969 || gr.Amount != "209.00" || len(gr.LineItems.V) == 0 {
		t.Errorf("refund: %+v", gr)
	}
	p, err := DecodeProduct(load(t, "product.json"))
	if err != nil {
		t.Fatal(err)
	}
	gp := Product(1, p)
	if gp.ShopifyID != 632910392 || len(gp.Variants) != 4 || len(gp.Tags.V) != 4 || gp.Description == "" ||
		gp.Variants[0].Price != "199.00" || len(gp.Options.V) == 0 {
		t.Errorf("product: %+v", gp)
	}
}

func TestHTMLToText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"<p>It's the <b>small</b> iPod.</p><p>Now &amp; then</p>", "It's the small iPod.\nNow & then"},
		{"<ul><li>One</li><li>Two</li></ul><script>alert(1)</script>", "One\nTwo"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := HTMLToText(tt.in); got != tt.want {
			t.Errorf("HTMLToText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDecodeRejectsMalformed(t *testing.T) {
	for _, in := range []string{"", "[]", "not json", `{"id": "x"}`, `{"line_items": 5}`} {
		if _, err := DecodeOrder([]byte(in)); err == nil {
			t.Errorf("DecodeOrder(%q) accepted malformed payload", in)
		}
	}
	o, err := DecodeOrder([]byte(`{"id": 5, "billing_address": {"latitude": "45.5"}}`))
	if err != nil || o.Id != 5 || o.BillingAddress.Latitude != 45.5 {
		t.Fatalf("lenient latitude: %+v %v", o, err)
	}
}

func TestFulfillmentEvent(t *testing.T) {
	eta := time.Date(2023, 10, 25, 16, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		in      goshopify.FulfillmentEvent
		want    db.FulfillmentEvent
		wantErr string
	}{
		{"estimate", goshopify.FulfillmentEvent{Status: " In_Transit ", HappenedAt: "2023-10-20T23:39:27-04:00",
			EstimatedDeliveryAt: "2023-10-25T12:00:00-04:00"},
			db.FulfillmentEvent{Status: "in_transit", HappenedAt: time.Date(2023, 10, 21, 3, 39, 27, 0, time.UTC), EstimatedDeliveryAt: &eta}, ""},
		{"no estimate", goshopify.FulfillmentEvent{Status: "delivered", HappenedAt: "2023-10-25T10:00:00Z"},
			db.FulfillmentEvent{Status: "delivered", HappenedAt: time.Date(2023, 10, 25, 10, 0, 0, 0, time.UTC)}, ""},
		{"no event time", goshopify.FulfillmentEvent{Status: "delivered"}, db.FulfillmentEvent{}, "happened_at"},
		{"bad estimate", goshopify.FulfillmentEvent{HappenedAt: "2023-10-25T10:00:00Z", EstimatedDeliveryAt: "soon"},
			db.FulfillmentEvent{}, "estimated_delivery_at"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := FulfillmentEvent(&tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Status != tt.want.Status || !got.HappenedAt.Equal(tt.want.HappenedAt) ||
				(got.EstimatedDeliveryAt == nil) != (tt.want.EstimatedDeliveryAt == nil) ||
				(got.EstimatedDeliveryAt != nil && !got.EstimatedDeliveryAt.Equal(*tt.want.EstimatedDeliveryAt)) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}
