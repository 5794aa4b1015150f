package channels_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"shopassist/assistant"
	"shopassist/assistant/eval"
	"shopassist/channels"
	"shopassist/db"
	"shopassist/db/dbtest"
)

// recorder is a Sender that keeps what it was asked to send; fail makes
// the next sends fail like a provider refusing them.
type recorder struct {
	mu     sync.Mutex
	sent   []sent
	fail   error
	window time.Duration
	tmpl   string
}

type sent struct {
	to  string
	out channels.Outbound
}

func (r *recorder) Send(_ context.Context, _ *db.ChannelAccount, conv *db.Conversation, out channels.Outbound) (string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail != nil {
		return "", r.fail
	}
	r.sent = append(r.sent, sent{to: conv.ChannelAddress, out: out})
	return fmt.Sprintf("prov-out-%d", len(r.sent)), nil
}

func (r *recorder) all() []sent {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]sent(nil), r.sent...)
}

// windowed is a recorder with a customer-service window.
type windowed struct{ *recorder }

func (w windowed) Window() time.Duration { return w.window }

func (w windowed) AgentTemplate(_ *db.ChannelAccount, _ *db.Conversation, text string) *channels.Template {
	if w.tmpl == "" {
		return nil
	}
	return &channels.Template{Name: w.tmpl, Language: "en", Params: []string{text}}
}

type env struct {
	*eval.Env
	router *channels.Router
	now    *time.Time
	acct   map[channels.Channel]*db.ChannelAccount
}

func newEnv(t *testing.T, senders map[channels.Channel]channels.Sender) *env {
	t.Helper()
	ctx := context.Background()
	e, err := eval.NewEnvFor(ctx, dbtest.Open(t), assistant.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	now := time.Now()
	r := channels.NewRouter(e.Store, e.Engine, channels.Options{Now: func() time.Time { return now }})
	out := &env{Env: e, router: r, now: &now, acct: map[channels.Channel]*db.ChannelAccount{}}
	for c, s := range senders {
		r.Register(c, s)
		a := &db.ChannelAccount{ShopID: e.Shop.ID, Channel: string(c), Address: "biz-" + string(c), Enabled: true}
		if err := e.Store.SaveChannelAccount(ctx, a); err != nil {
			t.Fatal(err)
		}
		out.acct[c] = a
	}
	return out
}

func (e *env) receive(t *testing.T, c channels.Channel, from, id, text string) error {
	t.Helper()
	return e.router.Receive(context.Background(), channels.Inbound{Shop: e.Shop, Account: e.acct[c], Channel: c,
		From: from, Text: text, ProviderMessageID: id, ReceivedAt: *e.now})
}

func TestReceiveAnswersInShopperLanguageOnce(t *testing.T) {
	rec := &recorder{}
	e := newEnv(t, map[channels.Channel]channels.Sender{channels.Messenger: rec})
	ctx := context.Background()
	if err := e.receive(t, channels.Messenger, "psid-1", "m.1", "¿Hacéis envíos a Canadá? ¿Cuánto tarda?"); err != nil {
		t.Fatal(err)
	}
	// The provider retries the same message: nothing happens.
	if err := e.receive(t, channels.Messenger, "psid-1", "m.1", "¿Hacéis envíos a Canadá? ¿Cuánto tarda?"); err != nil {
		t.Fatal(err)
	}
	got := rec.all()
	if len(got) != 1 || got[0].to != "psid-1" || strings.TrimSpace(got[0].out.Text) == "" {
		t.Fatalf("sent %+v, want one reply to psid-1", got)
	}
	conv, err := e.Store.FindChannelConversation(ctx, e.Shop.ID, "messenger", "psid-1", "")
	if err != nil {
		t.Fatal(err)
	}
	if conv.Language != "es" || conv.MessageCount != 2 || conv.TokenHash != "" {
		t.Fatalf("conversation language %q messages %d token %q, want es, 2, none", conv.Language, conv.MessageCount, conv.TokenHash)
	}
	// A second message continues the same conversation.
	if err := e.receive(t, channels.Messenger, "psid-1", "m.2", "gracias"); err != nil {
		t.Fatal(err)
	}
	conv2, err := e.Store.GetConversation(ctx, e.Shop.ID, conv.ID)
	if err != nil || conv2.MessageCount != 4 {
		t.Fatalf("second message: %v, count %d", err, conv2.MessageCount)
	}
	rows, err := e.Store.ChannelMessagesOf(ctx, e.Shop.ID, conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	var in, out int
	for _, r := range rows {
		switch {
		case r.Direction == db.DirectionIn && r.Status == db.ChannelAnswered:
			in++
		case r.Direction == db.DirectionOut && r.Status == db.ChannelSent && r.MessageID != 0:
			out++
		}
	}
	if in != 2 || out != 2 {
		t.Fatalf("channel rows %+v: want 2 answered inbound, 2 sent outbound", rows)
	}
	acct, err := e.Store.GetChannelAccount(ctx, e.Shop.ID, e.acct[channels.Messenger].ID)
	if err != nil || acct.LastMessageAt == nil || acct.LastError != "" {
		t.Fatalf("account health %+v %v", acct, err)
	}
}

// A WhatsApp number is the phone WhatsApp verified: when it is an order's
// phone, the shopper is linked and sees that order without typing a
// contact. A Messenger id proves nothing: the same question asks for one.
func TestChannelAddressAsProof(t *testing.T) {
	rec := &recorder{}
	e := newEnv(t, map[channels.Channel]channels.Sender{channels.WhatsApp: rec, channels.Messenger: rec})
	ctx := context.Background()
	if err := e.receive(t, channels.WhatsApp, "447700900123", "wamid.1", "Where is my order #1034?"); err != nil {
		t.Fatal(err)
	}
	if err := e.receive(t, channels.Messenger, "psid-9", "m.9", "Where is my order #1034?"); err != nil {
		t.Fatal(err)
	}
	got := rec.all()
	if len(got) != 2 {
		t.Fatalf("sent %d replies, want 2", len(got))
	}
	wa, err := e.Store.FindChannelConversation(ctx, e.Shop.ID, "whatsapp", "447700900123", "")
	if err != nil {
		t.Fatal(err)
	}
	if wa.CustomerPhone != "+447700900123" || wa.CustomerID == 0 {
		t.Fatalf("WhatsApp conversation not linked: phone %q customer %d", wa.CustomerPhone, wa.CustomerID)
	}
	if len(got[0].out.Cards) == 0 || got[0].out.Cards[0].OrderName != "#1034" {
		t.Fatalf("WhatsApp reply has no order card: %q %+v", got[0].out.Text, got[0].out.Cards)
	}
	if len(got[1].out.Cards) != 0 {
		t.Fatalf("Messenger shopper saw order data without proof: %+v", got[1].out.Cards)
	}
	ms, err := e.Store.FindChannelConversation(ctx, e.Shop.ID, "messenger", "psid-9", "")
	if err != nil || ms.CustomerPhone != "" || ms.CustomerEmail != "" || ms.CustomerID != 0 {
		t.Fatalf("Messenger conversation linked without proof: %+v %v", ms, err)
	}
}

func TestDeliverAgentReplyAndWindow(t *testing.T) {
	rec := &recorder{window: 24 * time.Hour}
	e := newEnv(t, map[channels.Channel]channels.Sender{channels.WhatsApp: windowed{rec}})
	ctx := context.Background()
	if err := e.receive(t, channels.WhatsApp, "34612345678", "wamid.a", "quiero hablar con una persona"); err != nil {
		t.Fatal(err)
	}
	conv, err := e.Store.FindChannelConversation(ctx, e.Shop.ID, "whatsapp", "34612345678", "")
	if err != nil {
		t.Fatal(err)
	}
	if !conv.Handoff {
		t.Fatalf("asking for a person did not hand off")
	}
	m, err := e.router.DeliverAgentReply(ctx, conv, "Hola, soy Ana. Te ayudo ahora.", "es")
	if err != nil {
		t.Fatal(err)
	}
	got := rec.all()
	last := got[len(got)-1]
	if last.to != "34612345678" || last.out.Text != "Hola, soy Ana. Te ayudo ahora." || last.out.Template != nil {
		t.Fatalf("agent reply sent as %+v", last)
	}
	if m.Role != db.RoleAgent {
		t.Fatalf("stored as %q", m.Role)
	}
	// 25 hours later: no free-form message, no template configured.
	*e.now = e.now.Add(25 * time.Hour)
	before := len(rec.all())
	if _, err := e.router.DeliverAgentReply(ctx, conv, "¿Sigues ahí?", "es"); !errors.Is(err, channels.ErrOutsideWindow) {
		t.Fatalf("outside the window: err %v, want ErrOutsideWindow", err)
	}
	msgs, _ := e.Store.ListMessages(ctx, conv.ID, m.ID, 10)
	if len(rec.all()) != before || len(msgs) != 0 {
		t.Fatal("a refused reply was sent or stored")
	}
	// With an approved template the reply goes out inside it.
	rec.tmpl = "agent_reply"
	if _, err := e.router.DeliverAgentReply(ctx, conv, "¿Sigues ahí?", "es"); err != nil {
		t.Fatal(err)
	}
	got = rec.all()
	if tp := got[len(got)-1].out.Template; tp == nil || tp.Name != "agent_reply" || tp.Params[0] != "¿Sigues ahí?" {
		t.Fatalf("outside the window want the template, got %+v", got[len(got)-1].out)
	}
	// A provider failure stores nothing and shows on the account.
	rec.fail = errors.New("(#131047) Re-engagement message")
	if _, err := e.router.DeliverAgentReply(ctx, conv, "hola", "es"); !errors.Is(err, channels.ErrSend) {
		t.Fatalf("failed send: err %v, want ErrSend", err)
	}
	acct, err := e.Store.GetChannelAccount(ctx, e.Shop.ID, e.acct[channels.WhatsApp].ID)
	if err != nil || !strings.Contains(acct.LastError, "131047") || acct.LastErrorAt == nil {
		t.Fatalf("account health after failure: %+v %v", acct, err)
	}
	// Website chats are not the router's.
	web := &db.Conversation{ID: "web-1", ShopID: e.Shop.ID, Channel: db.ChannelWeb}
	if _, err := e.router.DeliverAgentReply(ctx, web, "hi", "en"); !errors.Is(err, channels.ErrNotChannel) {
		t.Fatalf("web conversation: %v", err)
	}
}

func TestReceiveSendFailureRecorded(t *testing.T) {
	rec := &recorder{fail: errors.New("(#10) permission denied")}
	e := newEnv(t, map[channels.Channel]channels.Sender{channels.Instagram: rec})
	ctx := context.Background()
	err := e.receive(t, channels.Instagram, "igsid-1", "ig.1", "hello, do you have rain jackets?")
	if !errors.Is(err, channels.ErrSend) {
		t.Fatalf("err %v, want ErrSend", err)
	}
	conv, err := e.Store.FindChannelConversation(ctx, e.Shop.ID, "instagram", "igsid-1", "")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := e.Store.ChannelMessagesOf(ctx, e.Shop.ID, conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	var failed bool
	for _, r := range rows {
		failed = failed || (r.Direction == db.DirectionOut && r.Status == db.ChannelFailed && strings.Contains(r.Error, "permission"))
	}
	if !failed {
		t.Fatalf("no failed outbound row: %+v", rows)
	}
	// The turn is stored and the retry of the same message does not answer
	// it again.
	rec.fail = nil
	if err := e.receive(t, channels.Instagram, "igsid-1", "ig.1", "hello, do you have rain jackets?"); err != nil {
		t.Fatal(err)
	}
	if len(rec.all()) != 0 {
		t.Fatal("a retried message was answered twice")
	}
}

func TestStatusUpdatesNeverGoBack(t *testing.T) {
	rec := &recorder{}
	e := newEnv(t, map[channels.Channel]channels.Sender{channels.WhatsApp: rec})
	ctx := context.Background()
	if err := e.receive(t, channels.WhatsApp, "4915112345678", "wamid.s", "Hallo"); err != nil {
		t.Fatal(err)
	}
	for _, st := range []string{db.ChannelRead, db.ChannelDelivered, db.ChannelSent} {
		if err := e.Store.UpdateChannelStatus(ctx, e.Shop.ID, "whatsapp", "prov-out-1", st, ""); err != nil {
			t.Fatal(err)
		}
	}
	conv, _ := e.Store.FindChannelConversation(ctx, e.Shop.ID, "whatsapp", "4915112345678", "")
	rows, _ := e.Store.ChannelMessagesOf(ctx, e.Shop.ID, conv.ID)
	if rows[len(rows)-1].Status != db.ChannelRead {
		t.Fatalf("status %q after read, delivered, sent; want read", rows[len(rows)-1].Status)
	}
	if err := e.Store.UpdateChannelStatus(ctx, e.Shop.ID, "whatsapp", "unknown", db.ChannelRead, ""); !errors.Is(err, db.ErrNotFound) {
		t.Fatalf("unknown id: %v", err)
	}
}

// tagged is a recorder with Messenger's windows: 24 hours, and 7 days for
// a person's reply (HUMAN_AGENT).
type tagged struct{ *recorder }

func (tagged) Window() time.Duration           { return 24 * time.Hour }
func (tagged) HumanAgentWindow() time.Duration { return 7 * 24 * time.Hour }

// TestHumanAgentWindow: on Messenger and Instagram an agent's reply goes
// plain inside 24 hours, marked HumanAgent up to 7 days, and is refused
// (with when the shopper last wrote) after that; notices go only inside
// 24 hours; the assistant's own answers are never marked.
func TestHumanAgentWindow(t *testing.T) {
	for _, c := range []channels.Channel{channels.Messenger, channels.Instagram} {
		t.Run(string(c), func(t *testing.T) {
			rec := &recorder{}
			e := newEnv(t, map[channels.Channel]channels.Sender{c: tagged{rec}})
			ctx := context.Background()
			wrote := *e.now
			if err := e.receive(t, c, "psid-1", "mid.1", "I want to talk to a person please"); err != nil {
				t.Fatal(err)
			}
			for _, s := range rec.all() {
				if s.out.HumanAgent {
					t.Fatalf("the assistant's answer was marked human agent: %+v", s.out)
				}
			}
			conv, err := e.Store.FindChannelConversation(ctx, e.Shop.ID, string(c), "psid-1", "")
			if err != nil {
				t.Fatal(err)
			}
			steps := []struct {
				after      time.Duration
				notice     bool
				wantErr    bool
				humanAgent bool
				limit      time.Duration
			}{
				{time.Hour, false, false, false, 0},
				{time.Hour, true, false, false, 0},
				{3 * 24 * time.Hour, false, false, true, 0},
				{3 * 24 * time.Hour, true, true, false, 24 * time.Hour},
				{8 * 24 * time.Hour, false, true, false, 7 * 24 * time.Hour},
			}
			for _, st := range steps {
				*e.now = wrote.Add(st.after)
				before := len(rec.all())
				var err error
				if st.notice {
					_, err = e.router.Notify(ctx, conv, "Your parcel is delayed.", nil)
				} else {
					_, err = e.router.DeliverAgentReply(ctx, conv, "Hi, Marta here.", "en")
				}
				if st.wantErr {
					var we *channels.WindowError
					if !errors.As(err, &we) || !errors.Is(err, channels.ErrOutsideWindow) || we.Limit != st.limit ||
						we.LastInbound.Sub(wrote).Abs() > time.Second || we.NeedsTemplate {
						t.Fatalf("after %s (notice %v): err %v, want a window error of %s since %s", st.after, st.notice, err, st.limit, wrote)
					}
					if len(rec.all()) != before {
						t.Fatal("a refused message reached the sender")
					}
					continue
				}
				if err != nil {
					t.Fatalf("after %s (notice %v): %v", st.after, st.notice, err)
				}
				got := rec.all()
				if len(got) != before+1 || got[len(got)-1].out.HumanAgent != st.humanAgent {
					t.Fatalf("after %s (notice %v): sent %+v, want HumanAgent %v", st.after, st.notice, got[before:], st.humanAgent)
				}
			}
		})
	}
}

// TestIdentityAcrossChannels: a shopper who proved their email in the
// website chat, then writes on WhatsApp from a number the shop does not
// know and proves the same order's email there, is one shopper record
// and one customer (the same customer id, none for a guest order) across
// both conversations.
func TestIdentityAcrossChannels(t *testing.T) {
	rec := &recorder{}
	e := newEnv(t, map[channels.Channel]channels.Sender{channels.WhatsApp: rec})
	ctx := context.Background()
	const email = "oliver.bennett@post.example"
	web, err := e.Engine.Reply(ctx, assistant.Request{Shop: e.Shop, Message: "Where is my order #1034? " + email})
	if err != nil {
		t.Fatal(err)
	}
	webConv, err := e.Store.GetConversation(ctx, e.Shop.ID, web.ConversationID)
	if err != nil {
		t.Fatal(err)
	}
	before, err := e.Store.ShopperByContact(ctx, e.Shop.ID, email, "")
	if err != nil || !before.EmailVerified {
		t.Fatalf("widget chat left no verified shopper: %+v %v", before, err)
	}
	// A WhatsApp number on no order and no earlier chat: not linked by
	// its address; the shopper proves the order's email in the chat.
	const wa = "34600111222"
	if err := e.receive(t, channels.WhatsApp, wa, "wamid.id-1", "Where is my order #1034?"); err != nil {
		t.Fatal(err)
	}
	if err := e.receive(t, channels.WhatsApp, wa, "wamid.id-2", email); err != nil {
		t.Fatal(err)
	}
	waConv, err := e.Store.FindChannelConversation(ctx, e.Shop.ID, "whatsapp", wa, "")
	if err != nil {
		t.Fatal(err)
	}
	got := rec.all()
	if len(got) != 2 || len(got[1].out.Cards) == 0 || got[1].out.Cards[0].OrderName != "#1034" {
		t.Fatalf("WhatsApp shopper did not get the order after proving the email: %+v", got)
	}
	after, err := e.Store.ShopperByContact(ctx, e.Shop.ID, email, "")
	if err != nil || after.ID != before.ID {
		t.Fatalf("shopper record %+v %v, want the widget chat's %d", after, err, before.ID)
	}
	if !strings.EqualFold(waConv.CustomerEmail, email) || waConv.CustomerID != webConv.CustomerID {
		t.Fatalf("WhatsApp conversation email %q customer %d, widget customer %d", waConv.CustomerEmail, waConv.CustomerID, webConv.CustomerID)
	}
}
