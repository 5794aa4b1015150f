package assistant_test

import (
	"context"
	"strings"
	"testing"

	"shopassist/assistant"
	"shopassist/db"
)

// TestHandoffContactCapture: after a handoff the bot asks for a contact;
// every form of answer in every language is accepted, confirmed in the
// shopper's language and stored on the conversation, and a refusal is
// respected.
func TestHandoffContactCapture(t *testing.T) {
	tests := []struct {
		name, lang, handoff, answer string
		wantEmail, wantPhone        string
		wantIn                      string // a word of the confirmation in the shopper's language
	}{
		{"en it's", "en", "can I speak to a human agent please", "it's ana@x.com", "ana@x.com", "", "Thank you"},
		{"en bare upper-case", "en", "I want to talk to a real person", "ANA.Lopez@Example.COM", "ana.lopez@example.com", "", "Thank you"},
		{"en bare phone", "en", "can I speak to a human agent please", "+1 415 555 0132", "", "+14155550132", "Thank you"},
		{"de email", "de", "Ich möchte mit einem Mitarbeiter sprechen", "meine E-Mail ist ana@x.com", "ana@x.com", "", "Danke"},
		{"de handy", "de", "Ich möchte mit einem Mitarbeiter sprechen", "mein Handy ist 0151 23456789", "", "+4915123456789", "Danke"},
		{"es email", "es", "quiero hablar con una persona", "mi correo es ana@x.com", "ana@x.com", "", "Gracias"},
		{"fr email", "fr", "je veux parler à un conseiller", "c'est ana@x.com", "ana@x.com", "", "Merci"},
		{"it email", "it", "vorrei parlare con un operatore", "la mia email è ana@x.com", "ana@x.com", "", "Grazie"},
		{"ja email", "ja", "担当者と話したいです", "メールは ana@x.com です", "ana@x.com", "", "ありがとう"},
		{"zh phone", "zh-Hans", "我要人工客服", "我的手机是 +86 138 0013 8000", "", "+8613800138000", "谢谢"},
		{"ar email", "ar", "أريد التحدث مع موظف", "بريدي ana@x.com", "ana@x.com", "", "شكرًا"},
		{"ru email", "ru", "хочу поговорить с оператором", "моя почта ana@x.com", "ana@x.com", "", "Спасибо"},
	}
	base := newEnv(t, assistant.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := base
			ctx := context.Background()
			r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: tt.handoff})
			if err != nil {
				t.Fatal(err)
			}
			if !r.Handoff {
				t.Fatalf("%q did not hand off: %+v", tt.handoff, r)
			}
			r2, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, ConversationID: r.ConversationID,
				ConversationToken: r.ConversationToken, Message: tt.answer})
			if err != nil {
				t.Fatal(err)
			}
			want := tt.wantEmail + tt.wantPhone
			if !strings.Contains(r2.Text, want) || !strings.Contains(r2.Text, tt.wantIn) || r2.Language != tt.lang {
				t.Fatalf("answer %q: reply %q (%s), want a confirmation of %s containing %q in %s", tt.answer, r2.Text,
					r2.Language, want, tt.wantIn, tt.lang)
			}
			conv, err := env.Store.GetConversation(ctx, env.Shop.ID, r.ConversationID)
			if err != nil {
				t.Fatal(err)
			}
			if conv.CustomerEmail != tt.wantEmail || conv.CustomerPhone != tt.wantPhone || conv.Status != db.ConversationHandoff {
				t.Fatalf("stored email %q phone %q status %s, want %q %q handoff", conv.CustomerEmail, conv.CustomerPhone,
					conv.Status, tt.wantEmail, tt.wantPhone)
			}
			// On the shop's shopper record too, marked as typed, not proved.
			sh, err := env.Store.ShopperByContact(ctx, env.Shop.ID, tt.wantEmail, tt.wantPhone)
			if err != nil || sh.Email != tt.wantEmail || sh.Phone != tt.wantPhone || sh.EmailVerified || sh.PhoneVerified {
				t.Fatalf("shopper record %+v (%v), want %q %q unverified", sh, err, tt.wantEmail, tt.wantPhone)
			}
		})
	}
}

func TestHandoffContactDeclined(t *testing.T) {
	tests := []struct{ lang, handoff, decline, wantIn string }{
		{"en", "can I speak to a human agent please", "no thanks", "No problem"},
		{"de", "Ich möchte mit einem Mitarbeiter sprechen", "nein danke", "Kein Problem"},
		{"es", "quiero hablar con una persona", "no gracias", "No hay problema"},
		{"fr", "je veux parler à un conseiller", "non merci", "Aucun problème"},
		{"ja", "担当者と話したいです", "結構です", "承知しました"},
		{"zh-Hans", "我要人工客服", "不用了，谢谢", "没问题"},
	}
	base := newEnv(t, assistant.Options{})
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			env := base
			ctx := context.Background()
			r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: tt.handoff})
			if err != nil {
				t.Fatal(err)
			}
			r2, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, ConversationID: r.ConversationID,
				ConversationToken: r.ConversationToken, Message: tt.decline})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(r2.Text, tt.wantIn) {
				t.Fatalf("decline %q: reply %q, want %q", tt.decline, r2.Text, tt.wantIn)
			}
			// The next message is a normal turn again, not another ask.
			r3, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, ConversationID: r.ConversationID,
				ConversationToken: r.ConversationToken, Message: "ana@x.com"})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(r3.Text, tt.wantIn) {
				t.Fatalf("still capturing after a decline: %q", r3.Text)
			}
		})
	}
}

// TestHandoffContactUnreadable: an answer that is neither a contact nor a
// refusal is asked once more, never "didn't understand" or an order number.
func TestHandoffContactUnreadable(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: "Ich möchte mit einem Mitarbeiter sprechen"})
	if err != nil {
		t.Fatal(err)
	}
	r2, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, ConversationID: r.ConversationID,
		ConversationToken: r.ConversationToken, Message: "meine E-Mail ist ana at x punkt com"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r2.Text, "E-Mail-Adresse oder Telefonnummer") {
		t.Fatalf("reply %q, want a request to check the contact", r2.Text)
	}
}
