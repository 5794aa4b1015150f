package email

import (
	"bytes"
	"net/mail"
	"strings"
	"testing"
	"time"
)

func TestReplySubject(t *testing.T) {
	for in, want := range map[string]string{
		"Where is my order?":      "Re: Where is my order?",
		"Re: Where is my order?":  "Re: Where is my order?",
		"RE: Re: AW: Lieferung":   "Re: Lieferung",
		"回复：订单":                   "Re: 订单",
		"":                        "Re:",
		"  Réf : Retour produit ": "Re: Retour produit",
	} {
		if got := ReplySubject(in); got != want {
			t.Errorf("ReplySubject(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReplyBuild(t *testing.T) {
	r := Reply{
		From:       mail.Address{Name: "Boutique Étoile", Address: "support@shop.example"},
		To:         mail.Address{Name: "Ana", Address: "ana@example.com"},
		Subject:    "Re: Où est ma commande ?",
		InReplyTo:  "m2@example.com",
		References: []string{"m1@example.com", "m2@example.com"},
		Text:       "Bonjour Ana,\n\nVotre commande est en route : https://track.example/1",
		Lang:       "fr",
		Automatic:  true,
		Date:       time.Date(2024, 6, 4, 10, 0, 0, 0, time.UTC),
	}
	raw, id, err := r.Build()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(id, "@shop.example") {
		t.Errorf("Message-ID %q not at the sender's domain", id)
	}
	// Read it back with the parser used for inbound mail.
	m, err := Parse(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if m.MessageID != id || strings.Join(m.InReplyTo, " ") != "m2@example.com" || strings.Join(m.References, " ") != "m1@example.com m2@example.com" {
		t.Errorf("threading headers: id %q in-reply-to %v references %v", m.MessageID, m.InReplyTo, m.References)
	}
	if m.Subject != r.Subject || m.From.Address != "support@shop.example" || m.From.Name != "Boutique Étoile" {
		t.Errorf("subject/from = %q / %+v", m.Subject, m.From)
	}
	if m.Text != r.Text {
		t.Errorf("text = %q", m.Text)
	}
	if m.Automatic == "" {
		t.Error("bot reply not marked Auto-Submitted")
	}
	if !bytes.Contains(raw, []byte("Content-Type: text/html; charset=UTF-8")) || !bytes.Contains(raw, []byte("Content-Language: fr")) {
		t.Errorf("missing HTML part or language:\n%s", raw)
	}
	r.Subject = "x\r\nBcc: evil@example.com"
	if _, _, err := r.Build(); err == nil {
		t.Error("header injection accepted")
	}
}

func TestTextToHTML(t *testing.T) {
	got := TextToHTML("<b>hi</b>\nsee https://x.example/a?b=1&c=2\n\nbye", "ar")
	for _, want := range []string{`dir="rtl"`, "&lt;b&gt;hi&lt;/b&gt;<br>", `<a href="https://x.example/a?b=1&amp;c=2">`, "<p>bye</p>"} {
		if !strings.Contains(got, want) {
			t.Errorf("TextToHTML missing %q in %s", want, got)
		}
	}
}
