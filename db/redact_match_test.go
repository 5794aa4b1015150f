package db

import "testing"

func TestPersonMatcher(t *testing.T) {
	m := newPersonMatcher(CustomerRef{ID: 207119551, Email: "bob.norman@hostmail.com", Phone: "555-625-1199"}.normalized())
	m.ids[450789469] = true
	texts := []struct {
		text string
		want bool
	}{
		{"my email is BOB.Norman@Hostmail.com", true},
		{"call me on +1 (555) 625 1199", true},
		{"call me on 555.625.1199 please", true},
		{"５５５６２５１１９９", true},
		{"0015556251199", true},
		{"625-1199", true},
		{"order #1199", false},
		{"5556251198", false},
		{"555 625 11 99 00", false},
		{"bob.norman@hostmail.co", false},
		{"", false},
	}
	for _, tt := range texts {
		if got := m.text(tt.text); got != tt.want {
			t.Errorf("text(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	payloads := []struct {
		name string
		body string
		want bool
	}{
		{"customer id", `{"customer":{"id":207119551}}`, true},
		{"order id", `{"order_id":450789469,"status":"success"}`, true},
		{"order gid", `{"order":{"admin_graphql_api_id":"gid://shopify/Order/450789469"}}`, true},
		{"id as string", `{"order_id":"450789469"}`, true},
		{"email nested", `{"a":[{"b":{"contact_email":"Bob.Norman@hostmail.com"}}]}`, true},
		{"phone formatted", `{"shipping_address":{"phone":"+15556251199"}}`, true},
		{"other customer", `{"id":123456,"email":"jon@doe.ca","customer":{"id":1}}`, false},
		{"id inside a bigger number", `{"id":2071195510}`, false},
		{"not JSON but mentions", `not json bob.norman@hostmail.com`, true},
		{"empty", ``, false},
	}
	for _, tt := range payloads {
		if got := m.payload([]byte(tt.body)); got != tt.want {
			t.Errorf("%s: payload(%s) = %v, want %v", tt.name, tt.body, got, tt.want)
		}
	}
	// Without a usable phone, digits never match.
	short := newPersonMatcher(CustomerRef{Phone: "+1 99"}.normalized())
	if short.phone != "" || short.text("call 99 or 1 99") {
		t.Error("a phone under 7 digits must not be matched")
	}
}
