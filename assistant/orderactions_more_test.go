package assistant_test

import (
	"slices"
	"strings"
	"testing"

	"shopassist/db"
)

// ask1019 starts a return on order 1019 (rain shell and two pairs of
// socks, both shipped) naming an item the order does not have.
const ask1019 = "I want to return the dress from order 1019, email sofia.garcia@example.org"

const socks1019 = "Merino Hiking Socks (Midweight / M (39–42))"

// TestReturnAllItems: "All items" at the item step returns every line of
// the order, each with its full quantity, and nothing else.
func TestReturnAllItems(t *testing.T) {
	e := newActionEnv(t, onSettings)
	r := e.say(ask1019)
	if !slices.Contains(r.QuickReplies, "All items") {
		t.Fatalf("item choice = %q %v", r.Text, r.QuickReplies)
	}
	r = e.say("All items")
	if !has(r, "Why are you sending", "Aurora 2.5L Rain Shell", socks1019+" ×2") {
		t.Fatalf("reason ask = %q", r.Text)
	}
	r = e.say("Too large")
	if !has(r, "reason: Too large", "Aurora 2.5L Rain Shell", socks1019+" ×2") ||
		!slices.Equal(r.QuickReplies, []string{"Yes, send the return request", "No, keep it as it is"}) {
		t.Fatalf("preview = %q %v", r.Text, r.QuickReplies)
	}
	if len(e.fake(1019).Returns) != 0 {
		t.Fatal("return requested before the confirmation")
	}
	r = e.say("Yes, send the return request")
	f := e.fake(1019)
	if !has(r, "return request #1019-R1") || len(f.Returns) != 1 || len(f.Returns[0].Lines) != 2 {
		t.Fatalf("done = %q, returns %+v", r.Text, f.Returns)
	}
	for _, l := range f.Returns[0].Lines {
		if l["returnReason"] != "SIZE_TOO_LARGE" {
			t.Errorf("line %v: reason %v, want SIZE_TOO_LARGE", l["fulfillmentLineItemId"], l["returnReason"])
		}
	}
}

// TestReturnReasonStep pins what each answer at the reason step leads to:
// a listed reason previews with it, the shopper's own words go to the
// store as the note, and a damaged or wrong item goes to a person without
// any return being requested.
func TestReturnReasonStep(t *testing.T) {
	tests := []struct {
		name, answer string
		preview      []string // reply parts when a preview follows
		reason       string   // Shopify return reason after confirming
		note         string   // customer note sent with the return
		person       string   // audit reason when handed to a person
	}{
		{"listed reason", "Changed my mind", []string{"reason: Changed my mind"}, "UNWANTED", "", ""},
		{"own words are the note", "the wool feels itchy on my skin", []string{"reason: Other reason"}, "OTHER",
			"the wool feels itchy on my skin", ""},
		{"damaged chosen", "Damaged or faulty", nil, "", "", "DEFECTIVE"},
		{"wrong item chosen", "Wrong item received", nil, "", "", "WRONG_ITEM"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newActionEnv(t, onSettings)
			e.say(ask1019)
			r := e.say(socks1019)
			if !has(r, "Why are you sending") {
				t.Fatalf("reason ask = %q", r.Text)
			}
			r = e.say(tt.answer)
			if tt.person != "" {
				if !r.Handoff || !has(r, "Merino Hiking Socks", tt.answer) || len(e.fake(1019).Returns) != 0 {
					t.Fatalf("reply = %q handoff %v", r.Text, r.Handoff)
				}
				if a := e.lastAudit(); a.Status != db.ActionHandedOff || a.Reason != tt.person {
					t.Fatalf("audit = %+v", a)
				}
				return
			}
			if !has(r, tt.preview...) {
				t.Fatalf("preview = %q", r.Text)
			}
			e.say("Yes, send the return request")
			f := e.fake(1019)
			if len(f.Returns) != 1 || len(f.Returns[0].Lines) != 1 {
				t.Fatalf("returns = %+v", f.Returns)
			}
			l := f.Returns[0].Lines[0]
			if l["returnReason"] != tt.reason {
				t.Errorf("returnReason = %v, want %s", l["returnReason"], tt.reason)
			}
			if note, _ := l["customerNote"].(string); note != tt.note {
				t.Errorf("customerNote = %q, want %q", note, tt.note)
			}
		})
	}
}

// TestReturnItemStepGivesUp: three answers that name no item of the
// order end the guided return with the offer of a person, and request
// nothing.
func TestReturnItemStepGivesUp(t *testing.T) {
	e := newActionEnv(t, onSettings)
	e.say(ask1019)
	var r = e.say("the hat")
	for i := 0; i < 2; i++ {
		if !has(r, "Which item of order #1019") {
			t.Fatalf("try %d: %q", i+1, r.Text)
		}
		r = e.say("the hat")
	}
	if strings.Contains(r.Text, "Which item of order #1019") || !slices.Contains(r.QuickReplies, "Talk to a human") {
		t.Fatalf("after the last try = %q %v", r.Text, r.QuickReplies)
	}
	if len(e.fake(1019).Returns) != 0 {
		t.Fatal("a return was requested")
	}
	r = e.say("yes")
	if len(e.fake(1019).Returns) != 0 || strings.Contains(r.Text, "has been sent") {
		t.Fatalf("a late yes requested a return: %q", r.Text)
	}
}

// TestConfirmationOnlyRightAfterPreview: the confirmation must answer the
// preview. A message about something else drops the pending change, and a
// later "yes" changes nothing in Shopify.
func TestConfirmationOnlyRightAfterPreview(t *testing.T) {
	tests := []struct{ name, between string }{
		{"another question", "Do you ship to Canada?"},
		{"a product question", "Is the Summit Merino Hoodie warm?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newActionEnv(t, onSettings)
			r := e.say("Please cancel my order #1040, my phone is +86 138 1234 5678")
			if !has(r, "Shall I cancel the order?") {
				t.Fatalf("preview = %q", r.Text)
			}
			r = e.say(tt.between)
			if strings.Contains(r.Text, "is cancelled") {
				t.Fatalf("cancelled on %q: %q", tt.between, r.Text)
			}
			r = e.say("Yes, cancel the order")
			if e.fake(1040).CancelledAt != nil || strings.Contains(r.Text, "is cancelled") {
				t.Fatalf("late confirmation cancelled the order: %q", r.Text)
			}
			for _, a := range e.audits() {
				if a.Status == db.ActionDone {
					t.Fatalf("audit = %+v", a)
				}
			}
		})
	}
}

// TestDeclineEachAction: "keep it" after any preview changes nothing and
// says so.
func TestDeclineEachAction(t *testing.T) {
	tests := []struct {
		name  string
		turns []string
		order int64
	}{
		{"cancel", []string{"Please cancel my order #1040, my phone is +86 138 1234 5678"}, 1040},
		{"address", []string{"I need to change the shipping address of order 1039, email noah.mueller@mail.example",
			"Bahnhofstrasse 10, Apt 4, 8001 Zürich, Switzerland"}, 1039},
		{"return", []string{"return the socks from order 1019 because they are too small, email sofia.garcia@example.org"}, 1019},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newActionEnv(t, onSettings)
			for _, m := range tt.turns {
				e.say(m)
			}
			before := e.fake(tt.order)
			r := e.say("No, keep it as it is")
			after := e.fake(tt.order)
			if !has(r, "nothing was changed on order #") {
				t.Fatalf("reply = %q", r.Text)
			}
			if after.CancelledAt != nil || len(after.Returns) != len(before.Returns) ||
				after.ShippingAddress["address1"] != before.ShippingAddress["address1"] {
				t.Fatalf("order changed: %+v", after)
			}
			if n := len(e.audits()); n != 0 {
				t.Fatalf("%d audit entries for a declined change", n)
			}
		})
	}
}

// TestReturnStepChoicesAnswerTheStep: every quick reply offered at the
// item and reason steps answers that step in each language, however the
// classifier reads the words on their own ("All items" is no question
// about shipping, "Zu groß" no size question).
func TestReturnStepChoicesAnswerTheStep(t *testing.T) {
	tests := []struct {
		lang, ask, all, whyAsk string
		// reasons are the eight offered ones, the last for a person, then
		// the wrong item, also understood.
		reasons []string
	}{
		{"en", ask1019, "All items", "Why are you sending",
			[]string{"Too small", "Too large", "Changed my mind", "Not as described", "Don't like the style",
				"Don't like the colour", "Other reason", "Damaged or faulty", "Wrong item received"}},
		{"de", "Ich möchte das Kleid aus Bestellung 1019 zurücksenden, E-Mail sofia.garcia@example.org", "Alle Artikel", "zurück",
			[]string{"Zu klein", "Zu groß", "Anders überlegt", "Nicht wie beschrieben", "Stil gefällt mir nicht",
				"Farbe gefällt mir nicht", "Anderer Grund", "Beschädigt oder defekt", "Falscher Artikel geliefert"}},
		{"fr", "Je veux retourner la robe de la commande 1019, e-mail sofia.garcia@example.org", "Tous les articles", "Pourquoi",
			[]string{"Trop petit", "Trop grand", "J'ai changé d'avis", "Non conforme à la description", "Le style ne me plaît pas",
				"La couleur ne me plaît pas", "Autre motif", "Abîmé ou défectueux", "Mauvais article reçu"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			e := newActionEnv(t, onSettings)
			r := e.say(tt.ask)
			if !slices.Contains(r.QuickReplies, tt.all) {
				t.Fatalf("item choice = %q %v", r.Text, r.QuickReplies)
			}
			r = e.say(tt.all)
			if !has(r, "Aurora 2.5L Rain Shell", socks1019) || !slices.Equal(r.QuickReplies, tt.reasons[:8]) {
				t.Fatalf("%q did not answer the item step: %q %v", tt.all, r.Text, r.QuickReplies)
			}
			for i, reason := range tt.reasons {
				e.conv, e.token = "", ""
				e.say(tt.ask)
				if r := e.say(socks1019); !has(r, tt.whyAsk) {
					t.Fatalf("reason ask = %q", r.Text)
				}
				r := e.say(reason)
				person := i >= 7
				if r.Handoff != person || !has(r, reason) || (!person && len(r.QuickReplies) != 2) {
					t.Errorf("%q: reply %q %v, handoff %v", reason, r.Text, r.QuickReplies, r.Handoff)
				}
			}
		})
	}
}
