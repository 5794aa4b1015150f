package assistant_test

import (
	"strings"
	"testing"
)

// TestOrderLookupAcrossTurns pins the state a conversation carries from
// turn to turn in an order lookup: the number asked for, then the contact,
// then follow-ups about the verified order without asking again, in the
// language the shopper started in even when a turn is only a number or an
// address.
func TestOrderLookupAcrossTurns(t *testing.T) {
	tests := []struct {
		name  string
		turns []struct{ say, want string }
	}{
		{"English, step by step", []struct{ say, want string }{
			{"Where is my order?", "What's your order number?"},
			{"1034", "email address or phone number used for order #1034"},
			{"oliver.bennett@post.example", "4093882460"},
			{"which carrier is it with?", "DHL"},
		}},
		{"Spanish: bare number and email keep Spanish", []struct{ say, want string }{
			{"¿Dónde está mi pedido?", "número de pedido"},
			{"#1034", "el correo electrónico o el teléfono que usaste en el pedido #1034"},
			{"oliver.bennett@post.example", "4093882460"},
		}},
		{"wrong contact, then the right one", []struct{ say, want string }{
			{"Where is my order 1034?", "email address or phone number used for order #1034"},
			{"someone.else@example.com", "couldn't verify those details"},
			{"oliver.bennett@post.example", "4093882460"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newChat(t)
			for i, turn := range tt.turns {
				r := c.say(turn.say)
				if !strings.Contains(r.Text, turn.want) {
					t.Fatalf("turn %d %q: reply lacks %q:\n%s", i+1, turn.say, turn.want, r.Text)
				}
			}
		})
	}
}

// TestVerifiedOrderDoesNotOpenAnother: having verified one order, asking
// about another shopper's order in the same conversation asks for that
// order's contact and shows nothing of it.
func TestVerifiedOrderDoesNotOpenAnother(t *testing.T) {
	c := newChat(t)
	if r := c.say("order #1034 oliver.bennett@post.example"); !strings.Contains(r.Text, "4093882460") {
		t.Fatalf("first order not shown: %q", r.Text)
	}
	r := c.say("and where is order 1030?")
	if len(r.Cards) != 0 || !strings.Contains(r.Text, "email address or phone number used for order #1030") {
		t.Fatalf("second order: %q, %d cards", r.Text, len(r.Cards))
	}
}

// TestLanguageAcrossTurns: the reply follows the language the shopper
// writes in, switching when they switch, and keeps the conversation's
// language for turns that carry none (a number, an email address, "ok").
func TestLanguageAcrossTurns(t *testing.T) {
	c := newChat(t)
	turns := []struct{ say, lang string }{
		{"Do you ship to Austria?", "en"},
		{"Und wie lange dauert der Versand nach Österreich?", "de"},
		{"ok", "de"},
		{"Wo ist meine Bestellung?", "de"},
		{"1034", "de"},
		{"oliver.bennett@post.example", "de"},
		{"¿Y cuánto cuesta el envío a España?", "es"},
	}
	for i, tt := range turns {
		r := c.say(tt.say)
		if r.Language != tt.lang {
			t.Errorf("turn %d %q: reply language %s, want %s: %q", i+1, tt.say, r.Language, tt.lang, r.Text)
		}
	}
}
