package llm

import (
	"errors"
	"testing"
)

// TestGuardContactsAndLinks: a model must not send the shopper anywhere
// the store's text does not: an invented link, a link to a look-alike
// host, an email address or a www. host without a scheme are rejected,
// and the store's own links and addresses, quoted with trailing
// punctuation or in another case, pass.
func TestGuardContactsAndLinks(t *testing.T) {
	passages := []Passage{{Title: "Returns", URL: "https://shop.example/policies/refund-policy",
		Text: "Write to returns@shop.example or use https://shop.example/returns within 30 days."}}
	tests := []struct {
		name, out string
		ok        bool
	}{
		{"store link with a full stop", "Start at https://shop.example/returns. [1]", true},
		{"store link in parentheses", "Use the form (https://shop.example/returns) [1]", true},
		{"store address", "Write to returns@shop.example [1].", true},
		{"store address in capitals", "Write to Returns@Shop.Example [1].", true},
		{"invented link", "Start at https://returns-shop.example/form [1].", false},
		{"look-alike host", "Start at https://shop.example.help/returns [1].", false},
		{"invented address", "Write to refunds@shop-help.example [1].", false},
		{"invented www host", "See www.shop-refunds.example for the form [1].", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := CheckAnswer("How do I return a jacket?", tt.out, passages)
			if tt.ok && err != nil {
				t.Fatalf("rejected: %v", err)
			}
			if !tt.ok && !errors.Is(err, ErrRejected) {
				t.Fatalf("err = %v, want a rejection", err)
			}
		})
	}
	// Rephrasing and translating follow the same rule.
	draft := "Your order #1001 shipped. Questions? Write to help@shop.example."
	if err := CheckRephrase(draft, "Order #1001 is on its way! Questions: help@shop.example.", []string{"#1001"}); err != nil {
		t.Errorf("rephrase keeping the address: %v", err)
	}
	if err := CheckRephrase(draft, "Order #1001 is on its way! Questions: support@shop-mail.example", []string{"#1001"}); !errors.Is(err, ErrRejected) {
		t.Errorf("rephrase inventing an address: %v", err)
	}
	if err := CheckTranslation("Schreib an help@shop.example.", "Write to help@shop.example or www.other.example."); !errors.Is(err, ErrRejected) {
		t.Errorf("translation inventing a host: %v", err)
	}
}
