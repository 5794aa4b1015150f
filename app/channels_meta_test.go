package app_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"shopassist/app"
	"shopassist/channels/meta"
	"shopassist/channels/meta/metatest"
	"shopassist/db"
)

// metaEnv is the demo app with its Meta webhook reachable over HTTP and the
// in-process fake Graph API.
type metaEnv struct {
	a     *app.App
	shop  *db.Shop
	graph *metatest.Graph
	wh    *metatest.Webhook
}

func newMetaEnv(t *testing.T) *metaEnv {
	t.Helper()
	a := newDemoApp(t)
	srv := httptest.NewServer(a.Handler())
	t.Cleanup(srv.Close)
	shop, err := a.Store().GetShop(context.Background(), app.DemoShop)
	if err != nil {
		t.Fatal(err)
	}
	g := a.DemoGraph()
	return &metaEnv{a: a, shop: shop, graph: g,
		wh: &metatest.Webhook{URL: srv.URL + "/webhooks/meta", AppSecret: a.MetaAppSecret(), Graph: g}}
}

// deliver posts a signed body and processes what was stored, as a worker would.
func (e *metaEnv) deliver(t *testing.T, body []byte) {
	t.Helper()
	code, err := e.wh.Deliver(body, nil)
	if err != nil || code != http.StatusOK {
		t.Fatalf("deliver: %d %v", code, err)
	}
	if err := e.a.MetaWebhook().ProcessPending(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func (e *metaEnv) conversation(t *testing.T, channel, address string) *db.Conversation {
	t.Helper()
	c, err := e.a.Store().FindChannelConversation(context.Background(), e.shop.ID, channel, address, "")
	if err != nil {
		t.Fatalf("%s conversation of %s: %v", channel, address, err)
	}
	return c
}

// lastBot is the conversation's last bot message.
func (e *metaEnv) lastBot(t *testing.T, id string) db.Message {
	t.Helper()
	msgs, err := e.a.Store().ListMessages(context.Background(), id, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	for i := len(msgs) - 1; i >= 0; i-- {
		if msgs[i].Role == db.RoleBot {
			return msgs[i]
		}
	}
	t.Fatal("no bot message")
	return db.Message{}
}

// TestMetaChannelsEndToEnd: a shopper writes on each channel in their
// language through the signed webhook; the reply in that language reaches
// the fake Graph API on the same channel, within each channel's limits
// (the fake rejects what Meta would).
func TestMetaChannelsEndToEnd(t *testing.T) {
	e := newMetaEnv(t)
	now := time.Now()
	tests := []struct {
		name, channel, from, text, lang string
		body                            func() []byte
	}{
		{"whatsapp", "whatsapp", "4366412345678", "Versendet ihr auch nach Österreich? Wie lange dauert der Versand?", "de", nil},
		{"messenger", "messenger", "6001234567890123", "Bonjour, quels sont vos délais de livraison pour la France ?", "fr", nil},
		{"instagram", "instagram", "17840000000000099", "返品はできますか？返品の条件を教えてください。", "ja", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body []byte
			switch tt.channel {
			case "whatsapp":
				body, _ = e.wh.WhatsAppText(app.DemoWhatsAppPhoneID, tt.from, "Anna", "", tt.text, now)
			case "messenger":
				body, _ = e.wh.MessengerText(false, app.DemoPageID, tt.from, tt.text, "", now)
			case "instagram":
				body, _ = e.wh.MessengerText(true, app.DemoInstagramID, tt.from, tt.text, "", now)
			}
			e.deliver(t, body)
			conv := e.conversation(t, tt.channel, tt.from)
			if conv.Language != tt.lang {
				t.Fatalf("conversation language %q, want %q", conv.Language, tt.lang)
			}
			bot := e.lastBot(t, conv.ID)
			sent := e.graph.SentTo(tt.from)
			if len(sent) == 0 {
				t.Fatal("nothing sent to the shopper")
			}
			var all strings.Builder
			for _, s := range sent {
				all.WriteString(s.Text + "\n")
			}
			first := strings.SplitN(strings.TrimSpace(bot.Text), "\n", 2)[0]
			if bot.Language != tt.lang || !strings.Contains(all.String(), strings.TrimSpace(first)) {
				t.Fatalf("sent %q, want the %s reply %q", all.String(), tt.lang, bot.Text)
			}
			// Meta retries the same delivery: acknowledged, not answered again.
			e.deliver(t, body)
			if n := len(e.graph.SentTo(tt.from)); n != len(sent) {
				t.Fatalf("retry answered again: %d sends, want %d", n, len(sent))
			}
		})
	}
}

// TestMetaHandoffAgentReplyOnSameChannel: a WhatsApp shopper asks for a
// person, the agent answers from the inbox, the answer goes out on
// WhatsApp; its status callbacks land on the channel message; after 24
// hours the agent's reply goes out as the approved template.
func TestMetaHandoffAgentReplyOnSameChannel(t *testing.T) {
	e := newMetaEnv(t)
	ctx := context.Background()
	from := "34699111222"
	body, _ := e.wh.WhatsAppText(app.DemoWhatsAppPhoneID, from, "Lucía", "", "Quiero hablar con una persona, por favor", time.Now())
	e.deliver(t, body)
	conv := e.conversation(t, "whatsapp", from)
	if !conv.Handoff {
		t.Fatal("no handoff")
	}
	before := len(e.graph.SentTo(from))
	rec, _ := post(t, e.a.Handler(), "/app/conversations/"+conv.ID+"/reply",
		url.Values{"text": {"Hola Lucía, soy Marta. ¿En qué te ayudo?"}, "language": {"es"}}, "")
	if rec.Code != http.StatusSeeOther && rec.Code != http.StatusOK {
		t.Fatalf("reply: %d %s", rec.Code, rec.Body.String())
	}
	sent := e.graph.SentTo(from)
	if len(sent) != before+1 || sent[len(sent)-1].Text != "Hola Lucía, soy Marta. ¿En qué te ayudo?" || sent[len(sent)-1].Type != "text" {
		t.Fatalf("agent reply not delivered on WhatsApp: %+v", sent[before:])
	}
	wamid := sent[len(sent)-1].ID
	e.deliver(t, e.wh.WhatsAppStatus(app.DemoWhatsAppPhoneID, from, wamid, "delivered", time.Now()))
	e.deliver(t, e.wh.WhatsAppStatus(app.DemoWhatsAppPhoneID, from, wamid, "read", time.Now()))
	rows, err := e.a.Store().ChannelMessagesOf(ctx, e.shop.ID, conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	var status string
	for _, r := range rows {
		if r.ProviderMessageID == wamid {
			status = r.Status
		}
	}
	if status != db.ChannelRead {
		t.Fatalf("agent reply status %q, want read", status)
	}
	// The window closes: WhatsApp (the fake) refuses free text, so the
	// reply goes as the demo account's agent_reply template.
	e.graph.Now = func() time.Time { return time.Now().Add(25 * time.Hour) }
	if err := ageInboundBy(e.a.Store(), conv.ID, 25*time.Hour); err != nil {
		t.Fatal(err)
	}
	rec, _ = post(t, e.a.Handler(), "/app/conversations/"+conv.ID+"/reply",
		url.Values{"text": {"¿Sigues ahí?"}, "language": {"es"}}, "")
	if rec.Code != http.StatusSeeOther && rec.Code != http.StatusOK {
		t.Fatalf("reply outside the window: %d %s", rec.Code, rec.Body.String())
	}
	last := e.graph.SentTo(from)
	if got := last[len(last)-1]; got.Type != "template" || got.Text != "[template agent_reply]" {
		t.Fatalf("outside the window sent %+v, want the agent_reply template", got)
	}
}

// TestMetaWebhookSignatureAndHandshake: the GET subscription handshake and
// X-Hub-Signature-256 on POST (valid, invalid, missing, wrong scheme).
func TestMetaWebhookSignatureAndHandshake(t *testing.T) {
	e := newMetaEnv(t)
	h := e.a.Handler()
	hs := []struct {
		name, query string
		code        int
		body        string
	}{
		{"handshake", "hub.mode=subscribe&hub.verify_token=demo-verify-token&hub.challenge=1158201444", 200, "1158201444"},
		{"wrong token", "hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1158201444", 403, ""},
		{"not subscribe", "hub.mode=unsubscribe&hub.verify_token=demo-verify-token&hub.challenge=1", 400, ""},
	}
	for _, tt := range hs {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/webhooks/meta?"+tt.query, nil))
			if rec.Code != tt.code || (tt.body != "" && rec.Body.String() != tt.body) {
				t.Fatalf("%d %q, want %d %q", rec.Code, rec.Body.String(), tt.code, tt.body)
			}
		})
	}
	body, _ := e.wh.WhatsAppText(app.DemoWhatsAppPhoneID, "15551234567", "Sam", "", "hello", time.Now())
	good := meta.Sign(e.a.MetaAppSecret(), body)
	otherSecret := meta.Sign("not-the-app-secret", body)
	tampered := meta.Sign(e.a.MetaAppSecret(), append([]byte(" "), body...))
	sigs := []struct {
		name string
		sig  string
		code int
	}{
		{"missing", "", http.StatusUnauthorized},
		{"other secret", otherSecret, http.StatusForbidden},
		{"signature of another body", tampered, http.StatusForbidden},
		{"sha1 scheme", "sha1=" + strings.TrimPrefix(good, "sha256="), http.StatusForbidden},
		{"not hex", "sha256=zz", http.StatusForbidden},
		{"valid", good, http.StatusOK},
		{"valid again (retry)", good, http.StatusOK},
	}
	for _, tt := range sigs {
		t.Run(tt.name, func(t *testing.T) {
			sig := tt.sig
			code, err := e.wh.Deliver(body, &sig)
			if err != nil || code != tt.code {
				t.Fatalf("status %d (%v), want %d", code, err, tt.code)
			}
		})
	}
	var n int
	if err := e.a.Store().SQLDB().QueryRow("SELECT COUNT(*) FROM meta_events").Scan(&n); err != nil || n != 1 {
		t.Fatalf("stored deliveries: %d %v, want 1 (invalid ones dropped, the retry deduped)", n, err)
	}
}

// TestMetaInteractiveReplies: a tap on a WhatsApp reply button or list row
// and a Messenger quick reply come back as the text they stand for.
func TestMetaInteractiveReplies(t *testing.T) {
	e := newMetaEnv(t)
	now := time.Now()
	for _, tc := range []struct {
		name string
		body func() []byte
		ch   string
		from string
	}{
		{"whatsapp button", func() []byte {
			b, _ := e.wh.WhatsAppButtonReply(app.DemoWhatsAppPhoneID, "447700900555", "Jo", "What is your return policy?", "What is your return…", now)
			return b
		}, "whatsapp", "447700900555"},
		{"whatsapp list", func() []byte {
			b, _ := e.wh.WhatsAppListReply(app.DemoWhatsAppPhoneID, "447700900556", "Jo", "Do you ship to Canada?", "Do you ship to Canada?", now)
			return b
		}, "whatsapp", "447700900556"},
		{"messenger quick reply", func() []byte {
			b, _ := e.wh.MessengerText(false, app.DemoPageID, "6001234567890777", "Shipping", "How long does shipping take?", now)
			return b
		}, "messenger", "6001234567890777"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e.deliver(t, tc.body())
			conv := e.conversation(t, tc.ch, tc.from)
			msgs, err := e.a.Store().ListMessages(context.Background(), conv.ID, 0, 10)
			if err != nil || len(msgs) < 2 {
				t.Fatalf("messages %v %v", msgs, err)
			}
			if msgs[0].Role != db.RoleShopper || !strings.HasSuffix(msgs[0].Text, "?") || strings.Contains(msgs[0].Text, "…") {
				t.Fatalf("shopper message %q, want the full text the button stands for", msgs[0].Text)
			}
			if len(e.graph.SentTo(tc.from)) == 0 {
				t.Fatal("no reply sent")
			}
		})
	}
}

// TestChannelsAdmin: connecting a Meta account stores the token sealed,
// bad input is a 422 naming the field, the health columns show the last
// message and error, and the inbox filters by channel.
func TestChannelsAdmin(t *testing.T) {
	e := newMetaEnv(t)
	h := e.a.Handler()
	ctx := context.Background()
	rec, _ := post(t, h, "/app/channels", url.Values{"channel": {"whatsapp"}, "address": {"12ab"}, "access_token": {""}}, "")
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "numeric ID") ||
		!strings.Contains(rec.Body.String(), "Paste the access token") {
		t.Fatalf("invalid form: %d", rec.Code)
	}
	rec, _ = post(t, h, "/app/channels", url.Values{"channel": {"whatsapp"}, "address": {"555000111222"}, "name": {"Second line"},
		"access_token": {"EAAG-secret-token-123"}, "agent_reply_template": {"agent_reply"}}, "")
	if rec.Code != http.StatusSeeOther && rec.Code != http.StatusOK {
		t.Fatalf("connect: %d %s", rec.Code, rec.Body.String())
	}
	acct, err := e.a.Store().ChannelAccountByAddress(ctx, "whatsapp", "555000111222")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(acct.CredentialsEnc), "EAAG-secret-token-123") || acct.Setting("agent_reply_template") != "agent_reply" {
		t.Fatalf("token stored in clear or settings lost: %+v", acct.Settings.V)
	}
	rec, _ = post(t, h, "/app/channels", url.Values{"channel": {"whatsapp"}, "address": {"555000111222"}, "access_token": {"x"}}, "")
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "already connected") {
		t.Fatalf("duplicate: %d", rec.Code)
	}
	// Traffic and a failure show as health.
	e.deliver(t, func() []byte {
		b, _ := e.wh.WhatsAppText(app.DemoWhatsAppPhoneID, "4915112345678", "Lukas", "", "Hallo, habt ihr Wanderschuhe?", time.Now())
		return b
	}())
	e.graph.FailNext = 131026
	e.deliver(t, func() []byte {
		b, _ := e.wh.WhatsAppText(app.DemoWhatsAppPhoneID, "4915112345679", "Jo", "", "hello", time.Now())
		return b
	}())
	_, doc := get(t, h, "/app/channels")
	row := doc.Find(`[data-testid="channel-row"][data-channel="whatsapp"]`).First()
	if row.Find(`[data-testid="last-message"]`).Text() == "Never" || !strings.Contains(row.Find(`[data-testid="last-error"]`).Text(), "131026") {
		t.Fatalf("health not shown: %q / %q", row.Find(`[data-testid="last-message"]`).Text(), row.Find(`[data-testid="last-error"]`).Text())
	}
	// The inbox's channel filter keeps WhatsApp conversations.
	_, doc = get(t, h, "/app/conversations?channel=whatsapp")
	rows := doc.Find(`[data-testid="conversation-row"]`)
	if rows.Length() != 2 || rows.Find(`[data-testid="channel"]`).Length() != 2 {
		t.Fatalf("channel filter shows %d rows", rows.Length())
	}
	_, doc = get(t, h, "/app/conversations?channel=messenger")
	if n := doc.Find(`[data-testid="conversation-row"]`).Length(); n != 0 {
		t.Fatalf("messenger filter shows %d rows", n)
	}
	// Disconnect.
	rec, _ = post(t, h, "/app/channels/"+strconv.FormatInt(acct.ID, 10)+"/delete", nil, "")
	if rec.Code != http.StatusSeeOther && rec.Code != http.StatusOK {
		t.Fatalf("disconnect: %d", rec.Code)
	}
	if _, err := e.a.Store().ChannelAccountByAddress(ctx, "whatsapp", "555000111222"); err == nil {
		t.Fatal("still connected")
	}
}

// TestDemoWhatsApp: the demo page's send goes through the signed webhook
// and the business reply (from the fake Graph API) comes back, with
// tappable buttons when the assistant offers quick replies.
func TestDemoWhatsApp(t *testing.T) {
	a := newDemoApp(t)
	h := a.Handler()
	rec, _ := get(t, h, "/demo/whatsapp")
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "wa-log") {
		t.Fatalf("page: %d", rec.Code)
	}
	send := func(text string) {
		t.Helper()
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodPost, "/demo/whatsapp/send", strings.NewReader(url.Values{"text": {text}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusNoContent {
			t.Fatalf("send: %d %s", rec.Code, rec.Body.String())
		}
	}
	send("Where is my order #1034?")
	rec, _ = get(t, h, "/demo/whatsapp/messages")
	body := rec.Body.String()
	if !strings.Contains(body, `"from":"shopper"`) || !strings.Contains(body, `"from":"business"`) || !strings.Contains(body, "#1034") {
		t.Fatalf("conversation: %s", body)
	}
}

// TestMessengerHumanAgentReply: on Messenger and Instagram a handed-off
// shopper gets the agent's reply as RESPONSE inside 24 hours, tagged
// HUMAN_AGENT after that (the fake Graph API refuses RESPONSE there, like
// Meta), and after 7 days the inbox refuses with the reason and nothing
// reaches the Graph API.
func TestMessengerHumanAgentReply(t *testing.T) {
	e := newMetaEnv(t)
	for _, tt := range []struct {
		channel, page, from string
		instagram           bool
	}{
		{"messenger", app.DemoPageID, "6001234567890555", false},
		{"instagram", app.DemoInstagramID, "17840000000000555", true},
	} {
		t.Run(tt.channel, func(t *testing.T) {
			e.graph.Now = time.Now
			body, _ := e.wh.MessengerText(tt.instagram, tt.page, tt.from, "I want to talk to a person please", "", time.Now())
			e.deliver(t, body)
			conv := e.conversation(t, tt.channel, tt.from)
			if !conv.Handoff {
				t.Fatal("no handoff")
			}
			for _, s := range e.graph.SentTo(tt.from) {
				if s.Body["messaging_type"] != meta.MessagingResponse {
					t.Fatalf("the assistant sent %v", s.Body["messaging_type"])
				}
			}
			steps := []struct {
				age      time.Duration
				text     string
				wantType string // "" : refused
			}{
				{0, "Hi, I'm Marta from the shop team.", meta.MessagingResponse},
				{3 * 24 * time.Hour, "Following up on your question.", meta.MessagingMessageTag},
				{8 * 24 * time.Hour, "Are you still there?", ""},
			}
			for _, st := range steps {
				e.graph.Now = func() time.Time { return time.Now().Add(st.age) }
				if err := ageInboundBy(e.a.Store(), conv.ID, st.age); err != nil {
					t.Fatal(err)
				}
				before := len(e.graph.SentTo(tt.from))
				rec, _ := post(t, e.a.Handler(), "/app/conversations/"+conv.ID+"/reply",
					url.Values{"text": {st.text}, "language": {"en"}}, "")
				sent := e.graph.SentTo(tt.from)
				if st.wantType == "" {
					if rec.Code != http.StatusConflict || !strings.Contains(rec.Body.String(), "within 7 days") ||
						!strings.Contains(rec.Body.String(), "8 days ago") {
						t.Fatalf("after 8 days: %d %s, want 409 with the reason", rec.Code, rec.Body.String())
					}
					if len(sent) != before {
						t.Fatal("a refused reply reached the Graph API")
					}
					continue
				}
				if rec.Code != http.StatusSeeOther && rec.Code != http.StatusOK {
					t.Fatalf("reply after %s: %d %s", st.age, rec.Code, rec.Body.String())
				}
				if len(sent) != before+1 || sent[len(sent)-1].Text != st.text || sent[len(sent)-1].Body["messaging_type"] != st.wantType {
					t.Fatalf("after %s sent %+v, want %q as %s", st.age, sent[before:], st.text, st.wantType)
				}
				if tag, _ := sent[len(sent)-1].Body["tag"].(string); (st.wantType == meta.MessagingMessageTag) != (tag == meta.TagHumanAgent) {
					t.Fatalf("tag %q with %s", tag, st.wantType)
				}
			}
		})
	}
}

// ageInboundBy moves the conversation's inbound messages d back.
func ageInboundBy(store *db.Store, conversationID string, d time.Duration) error {
	_, err := store.SQLDB().Exec("UPDATE channel_messages SET created_at = $1 WHERE conversation_id = $2 AND direction = 'in'",
		time.Now().Add(-d).UTC(), conversationID)
	return err
}

// TestAnalyticsChannelFilter: a WhatsApp conversation shows in the
// analytics' channel breakdown and its CSV; filtering on WhatsApp counts
// only it; an unknown channel is a 400.
func TestAnalyticsChannelFilter(t *testing.T) {
	e := newMetaEnv(t)
	body, _ := e.wh.WhatsAppText(app.DemoWhatsAppPhoneID, "4915112345678", "Jonas", "", "Wie lange dauert der Versand nach Deutschland?", time.Now())
	e.deliver(t, body)
	h := e.a.Handler()
	_, doc := get(t, h, "/app/analytics?days=7")
	if !strings.Contains(doc.Find(tid("table-channels")).Text(), "WhatsApp") {
		t.Fatalf("channel breakdown %q", doc.Find(tid("table-channels")).Text())
	}
	_, doc = get(t, h, "/app/analytics?days=7&channel=whatsapp")
	if got := strings.TrimSpace(doc.Find(tid("metric-conversations") + " .value").Text()); got != "1" {
		t.Fatalf("WhatsApp conversations %q, want 1", got)
	}
	if v, _ := doc.Find(tid("analytics-channel") + " option[selected]").Attr("value"); v != "whatsapp" {
		t.Fatalf("filter shows %q selected", v)
	}
	href, _ := doc.Find(tid("export-channels")).Attr("href")
	if !strings.Contains(href, "channel=whatsapp") {
		t.Fatalf("export link %q drops the filter", href)
	}
	rec, _ := get(t, h, "/app/analytics?days=7&channel=whatsapp&export=channels")
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "WhatsApp,1,") || strings.Contains(rec.Body.String(), "Website chat") {
		t.Fatalf("CSV %d %q", rec.Code, rec.Body.String())
	}
	if rec, _ := get(t, h, "/app/analytics?channel=fax"); rec.Code != http.StatusBadRequest {
		t.Fatalf("unknown channel: %d", rec.Code)
	}
}
