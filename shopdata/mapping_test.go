package shopdata_test

import (
	"strings"
	"testing"
	"time"

	"shopassist/shopdata"
)

// The payloads below are webhook bodies cut down to the fields under test;
// each case changes one thing Shopify may or may not send.

func TestOrderFieldFallbacks(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		check func(t *testing.T, got map[string]any)
	}{
		{"contact_email when email is empty",
			`{"id":1,"email":" ","contact_email":"ana@example.com"}`,
			want(map[string]any{"email": "ana@example.com"})},
		{"the customer's email when the order has none",
			`{"id":1,"customer":{"id":9,"email":"bo@example.com","phone":"+4930123","first_name":"Bo","last_name":""}}`,
			want(map[string]any{"email": "bo@example.com", "phone": "+4930123", "customer": "Bo", "customer_id": int64(9)})},
		{"the shipping address phone and name when the customer has none",
			`{"id":1,"shipping_address":{"phone":"+33612","first_name":"Léa","last_name":"Martin","country_code":"FR"}}`,
			want(map[string]any{"phone": "+33612", "customer": "Léa Martin", "country": "FR", "shipping_phone": "+33612"})},
		{"order phone wins over the addresses",
			`{"id":1,"phone":"+111","shipping_address":{"phone":"+222"},"billing_address":{"phone":"+333","country_code":"DE"}}`,
			want(map[string]any{"phone": "+111", "shipping_phone": "+222", "billing_phone": "+333", "billing_country": "DE"})},
		{"order_number from number when absent (number + 1000)",
			`{"id":1,"number":19}`,
			want(map[string]any{"number": int64(1019)})},
		{"order_number kept when present",
			`{"id":1,"number":19,"order_number":1019}`,
			want(map[string]any{"number": int64(1019)})},
		{"current totals (after edits and refunds) win",
			`{"id":1,"total_price":"100.00","current_total_price":"80.5","subtotal_price":"90","current_subtotal_price":"70"}`,
			want(map[string]any{"total": "80.50", "subtotal": "70.00"})},
		{"original totals when there are no current ones",
			`{"id":1,"total_price":"100","subtotal_price":"90.1"}`,
			want(map[string]any{"total": "100.00", "subtotal": "90.10"})},
		{"no totals at all",
			`{"id":1}`,
			want(map[string]any{"total": "0.00"})},
		{"updated_at falls back to created_at, in UTC",
			`{"id":1,"created_at":"2026-03-01T10:00:00+02:00"}`,
			want(map[string]any{"updated": "2026-03-01T08:00:00Z", "created": "2026-03-01T08:00:00Z"})},
		{"cancellation",
			`{"id":1,"cancelled_at":"2026-03-02T10:00:00-05:00","cancel_reason":"customer"}`,
			want(map[string]any{"cancelled": "2026-03-02T15:00:00Z", "cancel_reason": "customer"})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := shopdata.DecodeOrder([]byte(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			got := shopdata.Order(3, o)
			fields := map[string]any{
				"email": got.Email, "phone": got.Phone, "customer": got.CustomerName, "customer_id": got.CustomerID,
				"country": got.ShippingCountry, "shipping_phone": got.ShippingPhone, "billing_phone": got.BillingPhone,
				"billing_country": got.BillingCountry, "number": got.OrderNumber, "total": got.TotalPrice,
				"subtotal": got.SubtotalPrice, "updated": rfc(got.ShopifyUpdatedAt), "created": rfc(got.ShopifyCreatedAt),
				"cancelled": rfc(got.CancelledAt), "cancel_reason": got.CancelReason,
			}
			tt.check(t, fields)
			if got.ShopID != 3 || got.ShopifyID != 1 {
				t.Errorf("ids: shop %d shopify %d", got.ShopID, got.ShopifyID)
			}
		})
	}
}

func want(w map[string]any) func(t *testing.T, got map[string]any) {
	return func(t *testing.T, got map[string]any) {
		t.Helper()
		for k, v := range w {
			if got[k] != v {
				t.Errorf("%s = %#v, want %#v", k, got[k], v)
			}
		}
	}
}

func rfc(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(time.RFC3339)
}

func TestFulfillmentMapping(t *testing.T) {
	tests := []struct {
		name        string
		body        string
		wantNumbers []string
		wantURLs    []string
		wantDeliv   string
		wantLines   int
	}{
		{"lists", `{"id":5,"tracking_numbers":["A1","A2"],"tracking_urls":["https://t/1"],"shipment_status":"in_transit",
			"updated_at":"2026-03-01T10:00:00Z","line_items":[{"id":7,"title":"Tee","quantity":2}]}`,
			[]string{"A1", "A2"}, []string{"https://t/1"}, "", 1},
		{"the singular fields of older payloads", `{"id":5,"tracking_number":"Z9","tracking_url":"https://t/z9"}`,
			[]string{"Z9"}, []string{"https://t/z9"}, "", 0},
		{"delivered: delivered at the update time", `{"id":5,"shipment_status":"delivered","created_at":"2026-03-01T08:00:00Z",
			"updated_at":"2026-03-03T12:00:00+01:00"}`, []string{}, []string{}, "2026-03-03T11:00:00Z", 0},
		{"nothing known yet", `{"id":5}`, []string{}, []string{}, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := shopdata.DecodeFulfillment([]byte(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			got := shopdata.Fulfillment(4, f)
			// Never null in the JSON columns: the assistant ranges over them.
			if got.TrackingNumbers.V == nil || got.TrackingURLs.V == nil || got.LineItems.V == nil {
				t.Fatalf("nil list stored: %+v", got)
			}
			if strings.Join(got.TrackingNumbers.V, ",") != strings.Join(tt.wantNumbers, ",") ||
				strings.Join(got.TrackingURLs.V, ",") != strings.Join(tt.wantURLs, ",") {
				t.Errorf("tracking = %v %v, want %v %v", got.TrackingNumbers.V, got.TrackingURLs.V, tt.wantNumbers, tt.wantURLs)
			}
			if rfc(got.DeliveredAt) != tt.wantDeliv {
				t.Errorf("delivered at = %q, want %q", rfc(got.DeliveredAt), tt.wantDeliv)
			}
			if len(got.LineItems.V) != tt.wantLines {
				t.Errorf("lines = %+v", got.LineItems.V)
			}
		})
	}
}

func TestRefundAmountCountsOnlySuccessfulRefunds(t *testing.T) {
	body := `{"refund":{"id":8,"note":"damaged","created_at":"2026-03-01T10:00:00Z",
		"transactions":[
			{"kind":"refund","status":"success","amount":"10.00","currency":"EUR"},
			{"kind":"refund","status":"success","amount":"2.55"},
			{"kind":"refund","status":"failure","amount":"99.00"},
			{"kind":"sale","status":"success","amount":"50.00"},
			{"kind":"refund","status":"pending","amount":"7.00"}
		],
		"refund_line_items":[{"line_item_id":11,"quantity":1,"subtotal":"10"},{"quantity":2,"line_item":{"id":12},"subtotal":"2.55"}]}}`
	r, err := shopdata.DecodeRefund([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	got := shopdata.Refund(4, r, "USD")
	if got.Amount != "12.55" || got.Currency != "EUR" || got.Note != "damaged" || got.ShopifyID != 8 {
		t.Fatalf("refund = %+v", got)
	}
	lines := got.LineItems.V
	if len(lines) != 2 || lines[0].LineItemID != 11 || lines[1].LineItemID != 12 || lines[1].Quantity != 2 || lines[1].Subtotal != "2.55" {
		t.Fatalf("refund lines = %+v", lines)
	}
	// Without transactions: nothing refunded yet, in the order's currency.
	r, _ = shopdata.DecodeRefund([]byte(`{"id":9}`))
	if got := shopdata.Refund(4, r, "JPY"); got.Amount != "0.00" || got.Currency != "JPY" || got.LineItems.V == nil {
		t.Fatalf("empty refund = %+v", got)
	}
}

func TestProductMapping(t *testing.T) {
	body := `{"product":{"id":3,"title":"Merino Cap","handle":"merino-cap","body_html":"<p>Warm &amp; soft</p>",
		"tags":" winter, ,wool ,","options":[{"name":"Color","values":["Red","Blue"]},{"name":"Size"}],
		"image":{"src":"https://cdn/x.jpg","alt":"cap"},"updated_at":"2026-03-01T10:00:00Z",
		"variants":[
			{"id":31,"price":"20","compare_at_price":"0.00","inventory_quantity":0,"inventory_management":"shopify","inventory_policy":"deny"},
			{"id":32,"price":"20","compare_at_price":"25","inventory_quantity":3,"inventory_management":"shopify","inventory_policy":"deny"},
			{"id":33,"price":"20","inventory_quantity":0,"inventory_management":"","inventory_policy":"deny"},
			{"id":34,"price":"20","inventory_quantity":-2,"inventory_management":"shopify","inventory_policy":"continue","inventory_item_id":934}
		]}}`
	p, err := shopdata.DecodeProduct([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	got := shopdata.Product(4, p)
	if strings.Join(got.Tags.V, "|") != "winter|wool" {
		t.Errorf("tags = %q", got.Tags.V)
	}
	if got.Status != "active" {
		t.Errorf("status without one = %q, want active", got.Status)
	}
	if got.Description != "Warm & soft" || got.BodyHTML != "<p>Warm &amp; soft</p>" {
		t.Errorf("description = %q", got.Description)
	}
	if len(got.Images.V) != 1 || got.Images.V[0].Src != "https://cdn/x.jpg" {
		t.Errorf("the main image must stand in for an empty image list: %+v", got.Images.V)
	}
	if len(got.Options.V) != 2 || got.Options.V[1].Values == nil {
		t.Errorf("options = %+v (values never null)", got.Options.V)
	}
	tests := []struct {
		id        int64
		available bool
		compareAt string
		why       string
	}{
		{31, false, "", "tracked, out of stock, no overselling; a zero compare-at price is none"},
		{32, true, "25.00", "in stock"},
		{33, true, "", "not tracked"},
		{34, true, "", "overselling allowed"},
	}
	if len(got.Variants) != len(tests) {
		t.Fatalf("variants = %d", len(got.Variants))
	}
	for i, tt := range tests {
		v := got.Variants[i]
		if v.ShopifyID != tt.id || v.Available != tt.available || v.CompareAtPrice != tt.compareAt || v.Price != "20.00" {
			t.Errorf("variant %d (%s): %+v", tt.id, tt.why, v)
		}
	}
	if got.Variants[3].InventoryItemID != 934 {
		t.Errorf("inventory item id = %d (restock notices map through it)", got.Variants[3].InventoryItemID)
	}
}

func TestDecodeWrappedAndBare(t *testing.T) {
	tests := []struct {
		name   string
		decode func([]byte) (int64, error)
		body   string
		wantID int64
	}{
		{"bare event", decodeEvent, `{"id":41,"status":"in_transit","happened_at":"2026-03-01T10:00:00Z"}`, 41},
		{"wrapped event", decodeEvent, `{"fulfillment_event":{"id":42,"status":"delivered"}}`, 42},
		{"wrapped product", decodeProduct, `{"product":{"id":43}}`, 43},
		{"a wrapper of another type is read as the object itself", decodeProduct, `{"order":{"id":44},"id":45}`, 45},
		{"wrapped refund", decodeRefund, ` {"refund":{"id":46}} `, 46},
	}
	for _, tt := range tests {
		got, err := tt.decode([]byte(tt.body))
		if err != nil || got != tt.wantID {
			t.Errorf("%s: id %d, %v; want %d", tt.name, got, err, tt.wantID)
		}
	}
	for _, bad := range []string{"", "null", `["id"]`, `{"id":"seven"}`} {
		for name, dec := range map[string]func([]byte) (int64, error){"event": decodeEvent, "product": decodeProduct, "refund": decodeRefund} {
			if _, err := dec([]byte(bad)); err == nil {
				t.Errorf("%s accepted %q", name, bad)
			}
		}
	}
}

func decodeEvent(b []byte) (int64, error) {
	e, err := shopdata.DecodeFulfillmentEvent(b)
	if err != nil {
		return 0, err
	}
	return int64(e.Id), nil
}

func decodeProduct(b []byte) (int64, error) {
	p, err := shopdata.DecodeProduct(b)
	if err != nil {
		return 0, err
	}
	return int64(p.Id), nil
}

func decodeRefund(b []byte) (int64, error) {
	r, err := shopdata.DecodeRefund(b)
	if err != nil {
		return 0, err
	}
	return int64(r.Id), nil
}

// TestChatAttribution: which conversation an order came from decides the
// analytics' revenue; the attribute is shopper-controlled, so only
// id-shaped values count.
func TestChatAttribution(t *testing.T) {
	attr := shopdata.ChatAttribute
	tests := []struct {
		name      string
		body      string
		wantConv  string
		wantTotal string
	}{
		{"cart attribute", `{"id":1,"note_attributes":[{"name":"gift","value":"yes"},{"name":"` + attr + `","value":" c0ffee-12 "}]}`,
			"c0ffee-12", "0.00"},
		{"line property only: its lines' value", `{"id":1,"line_items":[
			{"id":1,"price":"12.50","quantity":2,"properties":[{"name":"` + attr + `","value":"conv_7"}]},
			{"id":2,"price":"99.00","quantity":1,"properties":[{"name":"engraving","value":"A"}]},
			{"id":3,"price":"5.00","quantity":1,"properties":[{"name":"` + attr + `","value":"conv_7"}]}]}`,
			"conv_7", "30.00"},
		{"the cart attribute wins over a line's", `{"id":1,"note_attributes":[{"name":"` + attr + `","value":"cart-1"}],
			"line_items":[{"id":1,"price":"10","quantity":1,"properties":[{"name":"` + attr + `","value":"line-2"}]}]}`,
			"cart-1", "10.00"},
		{"markup is not an id", `{"id":1,"note_attributes":[{"name":"` + attr + `","value":"<script>x</script>"}]}`, "", "0.00"},
		{"spaces inside are not an id", `{"id":1,"note_attributes":[{"name":"` + attr + `","value":"a b"}]}`, "", "0.00"},
		{"too long", `{"id":1,"note_attributes":[{"name":"` + attr + `","value":"` + strings.Repeat("a", 65) + `"}]}`, "", "0.00"},
		{"64 characters is still an id", `{"id":1,"note_attributes":[{"name":"` + attr + `","value":"` + strings.Repeat("a", 64) + `"}]}`,
			strings.Repeat("a", 64), "0.00"},
		{"not a string", `{"id":1,"note_attributes":[{"name":"` + attr + `","value":42}]}`, "", "0.00"},
		{"a bogus line value neither attributes nor counts", `{"id":1,"line_items":[
			{"id":1,"price":"10","quantity":1,"properties":[{"name":"` + attr + `","value":"ü"}]}]}`, "", "0.00"},
		{"no chat at all", `{"id":1,"line_items":[{"id":1,"price":"10","quantity":1}]}`, "", "0.00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := shopdata.DecodeOrder([]byte(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			conv, total := shopdata.ChatAttribution(o)
			if conv != tt.wantConv || total != tt.wantTotal {
				t.Errorf("= %q, %q; want %q, %q", conv, total, tt.wantConv, tt.wantTotal)
			}
		})
	}
}
