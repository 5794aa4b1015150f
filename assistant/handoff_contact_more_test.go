package assistant_test

import (
	"context"
	"strings"
	"testing"

	"shopassist/assistant"
	"shopassist/assistant/eval"
)

// chat is one shopper's conversation with the demo store.
type chat struct {
	t         *testing.T
	env       *eval.Env
	id, token string
}

func newChat(t *testing.T) *chat {
	t.Helper()
	return chatIn(t, newEnv(t, assistant.Options{}))
}

// chatIn is a new conversation in an existing environment: conversations
// that share no order or settings need no store of their own, and seeding
// one is what a test's time goes to (most of it under -race).
func chatIn(t *testing.T, env *eval.Env) *chat {
	t.Helper()
	return &chat{t: t, env: env}
}

func (c *chat) say(msg string) *assistant.Reply {
	c.t.Helper()
	r, err := c.env.Engine.Reply(context.Background(), assistant.Request{Shop: c.env.Shop, ConversationID: c.id,
		ConversationToken: c.token, Message: msg})
	if err != nil {
		c.t.Fatalf("%q: %v", msg, err)
	}
	if c.id == "" {
		c.id, c.token = r.ConversationID, r.ConversationToken
	}
	return r
}

// contact is the email and phone stored on the conversation.
func (c *chat) contact() (email, phone string) {
	c.t.Helper()
	conv, err := c.env.Store.GetConversation(context.Background(), c.env.Shop.ID, c.id)
	if err != nil {
		c.t.Fatal(err)
	}
	return conv.CustomerEmail, conv.CustomerPhone
}

// TestHandoffContactRequest pins the question after a handoff: "how can
// the team reach you?". An email or phone is saved on the conversation and
// read back; a refusal is respected in the shopper's language; a
// malformed answer is asked again, at most twice; a new question ends the
// wait and is answered.
func TestHandoffContactRequest(t *testing.T) {
	tests := []struct {
		name      string
		turns     []string
		wantLast  []string // parts of the last reply
		notLast   []string
		email     string // saved on the conversation
		phonePref string // saved phone starts with
	}{
		{"email given", []string{"can I speak to a human agent please", "sure, it's Ana.Perez@Example.com"},
			[]string{"Our team will reply to ana.perez@example.com"}, nil, "ana.perez@example.com", ""},
		{"phone given", []string{"can I speak to a human agent please", "+44 7700 900123"},
			[]string{"Our team will reply to +447700900123"}, nil, "", "+447700900123"},
		{"declined", []string{"can I speak to a human agent please", "no thanks"},
			[]string{"our team's reply will appear here"}, []string{"doesn't look like"}, "", ""},
		{"declined in German", []string{"Ich möchte mit einem Mitarbeiter sprechen", "Nein danke"},
			[]string{"Die Antwort unseres Teams erscheint hier"}, nil, "", ""},
		{"email in Japanese", []string{"担当者と話したいです", "メールは taro.yamada@example.jp です"},
			[]string{"taro.yamada@example.jp", "ご連絡します"}, nil, "taro.yamada@example.jp", ""},
		{"malformed answer asked again", []string{"can I speak to a human agent please", "my email is ana at example dot com"},
			[]string{"doesn't look like an email address or phone number"}, nil, "", ""},
		{"asked again at most twice", []string{"can I speak to a human agent please", "my email is ana at example",
			"the email is anaexample", "email: ana(at)example"}, nil, []string{"doesn't look like"}, "", ""},
	}
	env := newEnv(t, assistant.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := chatIn(t, env)
			first := c.say(tt.turns[0])
			if !first.Handoff {
				t.Fatalf("no handoff: %q", first.Text)
			}
			var r *assistant.Reply
			for _, m := range tt.turns[1:] {
				r = c.say(m)
			}
			for _, w := range tt.wantLast {
				if !strings.Contains(r.Text, w) {
					t.Errorf("last reply lacks %q: %q", w, r.Text)
				}
			}
			for _, n := range tt.notLast {
				if strings.Contains(r.Text, n) {
					t.Errorf("last reply has %q: %q", n, r.Text)
				}
			}
			email, phone := c.contact()
			if email != tt.email {
				t.Errorf("CustomerEmail = %q, want %q", email, tt.email)
			}
			if !strings.HasPrefix(phone, tt.phonePref) || (tt.phonePref == "" && phone != "") {
				t.Errorf("CustomerPhone = %q, want prefix %q", phone, tt.phonePref)
			}
		})
	}
}

// TestHandoffContactAskedOnlyWhenUnknown: a shopper whose email is already
// known (verified for an order) is not asked for it again.
func TestHandoffContactAskedOnlyWhenUnknown(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	c := chatIn(t, env)
	c.say("order #1034 oliver.bennett@post.example")
	r := c.say("can I speak to a human agent please")
	if !r.Handoff || strings.Contains(r.Text, "could you share your email") {
		t.Fatalf("reply = %q", r.Text)
	}
	if r := chatIn(t, env).say("can I speak to a human agent please"); !strings.Contains(r.Text, "could you share your email") {
		t.Fatalf("unknown shopper not asked: %q", r.Text)
	}
}

// TestHandoffContactNewQuestion: a clear new question while the contact is
// awaited is answered, not taken for a bad address.
func TestHandoffContactNewQuestion(t *testing.T) {
	c := newChat(t)
	c.say("can I speak to a human agent please")
	r := c.say("What is your return policy?")
	if strings.Contains(r.Text, "doesn't look like") || strings.Contains(r.Text, "Our team will reply to") {
		t.Fatalf("new question taken for the contact: %q", r.Text)
	}
	if r.Intent == "human_handoff" {
		t.Fatalf("intent = %s, want the question's own", r.Intent)
	}
}
