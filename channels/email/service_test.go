package email

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"shopassist/assistant"
	"shopassist/assistant/eval"
	"shopassist/channels"
	"shopassist/channels/email/emailtest"
	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/notify"
	"shopassist/secretbox"
)

// e2e is a demo shop with the email channel connected to real IMAP and
// SMTP servers.
type e2e struct {
	*eval.Env
	svc    *Service
	router *channels.Router
	acct   *db.ChannelAccount
	imap   *emailtest.IMAP
	smtp   *emailtest.SMTP
}

const support = "support@shop.example"

func newE2E(t *testing.T, idle bool) *e2e {
	t.Helper()
	ctx := context.Background()
	env, err := eval.NewEnvFor(ctx, dbtest.Open(t), assistant.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	box, err := secretbox.New(bytes.Repeat([]byte{7}, 32))
	if err != nil {
		t.Fatal(err)
	}
	router := channels.NewRouter(env.Store, env.Engine, channels.Options{})
	e := &e2e{Env: env, router: router, imap: emailtest.StartIMAP(t, idle), smtp: emailtest.StartSMTP(t)}
	e.svc = &Service{Store: env.Store, Router: router, Box: box, SigningKey: testSigningKey,
		InboundDomain: "inbound.example", AddressKey: []byte("address-key")}
	router.Register(channels.Email, e.svc)
	e.acct = &db.ChannelAccount{ShopID: env.Shop.ID, Channel: string(channels.Email), Address: support,
		DisplayName: "Demo Support", Settings: db.NewJSON(map[string]string{"mode": ModeIMAP}), Enabled: true}
	if err := SealCredentials(box, e.acct, Credentials{IMAPURL: e.imap.URL(), SMTPURL: e.smtp.URL()}); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(e.acct.CredentialsEnc, []byte("smtp-password")) {
		t.Fatal("credentials stored in clear")
	}
	if err := env.Store.SaveChannelAccount(ctx, e.acct); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *e2e) poller(t *testing.T) *Poller {
	t.Helper()
	p, err := e.svc.poller(e.acct)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// mailFrom renders a shopper's mail.
func mailFrom(from, id, subject, body string, inReplyTo string, refs ...string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: <%s>\r\n", from, support, subject, time.Now().Format(time.RFC1123Z), id)
	if inReplyTo != "" {
		fmt.Fprintf(&b, "In-Reply-To: <%s>\r\n", inReplyTo)
	}
	if len(refs) > 0 {
		fmt.Fprintf(&b, "References: <%s>\r\n", strings.Join(refs, "> <"))
	}
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n")
	return []byte(b.String())
}

func sync1(t *testing.T, p *Poller) int {
	t.Helper()
	n, err := p.SyncOnce(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// sentMail is one captured mail, parsed.
type sentMail struct {
	envelopeFrom string
	to           []string
	msg          *Message
	raw          string
}

func (e *e2e) waitMail(t *testing.T, n int) sentMail {
	t.Helper()
	// Generous: the first turn of a freshly trained engine is slow under -race.
	got := e.smtp.WaitMails(n, 60*time.Second)
	if len(got) < n {
		t.Fatalf("%d mails sent, want %d", len(got), n)
	}
	m := got[n-1]
	parsed, err := Parse(bytes.NewReader(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	return sentMail{envelopeFrom: m.From, to: m.To, msg: parsed, raw: string(m.Data)}
}

func TestEmailEndToEndIMAPToSMTPThreaded(t *testing.T) {
	e := newE2E(t, false)
	ctx := context.Background()
	p := e.poller(t)
	sync1(t, p) // connect: start after the mail already there

	e.imap.Deliver(t, mailFrom("Lucía <lucia@example.es>", "es-1@example.es", "Envíos a Canadá",
		"¿Hacéis envíos a Canadá? ¿Cuánto tarda?\n\nEnviado desde mi iPhone", ""))
	if n := sync1(t, p); n != 1 {
		t.Fatalf("handled %d mails", n)
	}
	first := e.waitMail(t, 1)
	m := first.msg
	if first.envelopeFrom != support || len(first.to) != 1 || first.to[0] != "lucia@example.es" {
		t.Errorf("envelope %s → %v", first.envelopeFrom, first.to)
	}
	if m.From.Address != support || m.From.Name != "Demo Support" || m.Subject != "Re: Envíos a Canadá" {
		t.Errorf("from %+v subject %q", m.From, m.Subject)
	}
	if strings.Join(m.InReplyTo, ",") != "es-1@example.es" || strings.Join(m.References, ",") != "es-1@example.es" {
		t.Errorf("threading: in-reply-to %v references %v", m.InReplyTo, m.References)
	}
	for _, h := range []string{"Auto-Submitted: auto-replied", "Content-Language: es", "multipart/alternative", "text/html; charset=UTF-8"} {
		if !strings.Contains(first.raw, h) {
			t.Errorf("reply lacks %q", h)
		}
	}
	if !strings.Contains(m.Text, mailTexts["es"].Continue) {
		t.Errorf("reply not in Spanish: %q", m.Text)
	}
	conv, err := e.Store.FindChannelConversation(ctx, e.Shop.ID, "email", "lucia@example.es", "es-1@example.es")
	if err != nil {
		t.Fatal(err)
	}
	if conv.Language != "es" || conv.MessageCount != 2 {
		t.Errorf("conversation language %q messages %d", conv.Language, conv.MessageCount)
	}
	msgs, err := e.Store.ListMessages(ctx, conv.ID, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if msgs[0].Text != "¿Hacéis envíos a Canadá? ¿Cuánto tarda?" {
		t.Errorf("the assistant read %q, want the mail without its signature", msgs[0].Text)
	}
	// The agent still sees the whole mail.
	full, err := e.Store.ListEmailMessages(ctx, e.Shop.ID, conv.ID)
	if err != nil || len(full) != 2 || !strings.Contains(full[0].FullText, "Enviado desde mi iPhone") {
		t.Fatalf("email messages %+v, %v", full, err)
	}

	// Lucía answers our reply (her client quotes it): same conversation,
	// the reply continues the References chain.
	e.imap.Deliver(t, mailFrom("Lucía <lucia@example.es>", "es-2@example.es", "Re: Envíos a Canadá",
		"Perfecto, ¿y cuánto cuesta el envío?\n\nEl lun, 3 jun 2024 a las 9:00, Demo Support <support@shop.example> escribió:\n> "+strings.ReplaceAll(m.Text, "\n", "\n> "),
		m.MessageID, "es-1@example.es", m.MessageID))
	sync1(t, p)
	second := e.waitMail(t, 2).msg
	if want := "es-1@example.es," + m.MessageID + ",es-2@example.es"; strings.Join(second.References, ",") != want {
		t.Errorf("second reply references %v, want %s", second.References, want)
	}
	conv2, err := e.Store.GetConversation(ctx, e.Shop.ID, conv.ID)
	if err != nil || conv2.MessageCount != 4 {
		t.Fatalf("follow-up not in the same conversation: %v count %d", err, conv2.MessageCount)
	}

	// The same mail delivered again (a copy, a restored mailbox) is not
	// answered twice.
	if err := e.svc.HandleRaw(ctx, e.acct, mailFrom("Lucía <lucia@example.es>", "es-2@example.es", "Re: Envíos a Canadá", "Perfecto", m.MessageID)); err != nil {
		t.Fatal(err)
	}
	if got := len(e.smtp.Mails()); got != 2 {
		t.Errorf("duplicate answered: %d mails", got)
	}
}

func TestEmailHandoffAgentReplyInSameThread(t *testing.T) {
	e := newE2E(t, false)
	ctx := context.Background()
	p := e.poller(t)
	sync1(t, p)
	e.imap.Deliver(t, mailFrom("Tom <tom@example.com>", "tom-1@example.com", "Broken zipper",
		"The zipper of my jacket broke after two days. I want to talk to a human please.", ""))
	sync1(t, p)
	botMail := e.waitMail(t, 1).msg
	conv, err := e.Store.FindChannelConversation(ctx, e.Shop.ID, "email", "tom@example.com", "")
	if err != nil {
		t.Fatal(err)
	}
	if !conv.Handoff {
		t.Fatalf("no handoff (status %s)", conv.Status)
	}
	// The agent answers from the inbox.
	if _, err := e.router.DeliverAgentReply(ctx, conv, "Hi Tom, I'm sorry! We will send you a new jacket today.", "en"); err != nil {
		t.Fatal(err)
	}
	agent := e.waitMail(t, 2)
	if agent.msg.Subject != "Re: Broken zipper" || strings.Join(agent.msg.InReplyTo, ",") != "tom-1@example.com" {
		t.Errorf("agent reply subject %q in-reply-to %v", agent.msg.Subject, agent.msg.InReplyTo)
	}
	if agent.msg.Automatic != "" || strings.Contains(agent.raw, "Auto-Submitted") {
		t.Error("a person's reply is marked automatic")
	}
	if !strings.HasPrefix(agent.msg.Text, "Hi Tom, I'm sorry!") || agent.to[0] != "tom@example.com" {
		t.Errorf("agent mail to %v: %q", agent.to, agent.msg.Text)
	}
	if agent.msg.MessageID == botMail.MessageID {
		t.Error("Message-ID reused")
	}
}

func TestEmailAutomaticMailIgnored(t *testing.T) {
	e := newE2E(t, false)
	ctx := context.Background()
	p := e.poller(t)
	sync1(t, p)
	for _, f := range []string{"autoreply.eml", "bounce.eml"} {
		raw := readFixture(t, f)
		e.imap.Deliver(t, raw)
	}
	// A list mail and our own reply seen again.
	e.imap.Deliver(t, []byte("From: news@brand.example\r\nTo: support@shop.example\r\nSubject: Deals\r\nMessage-ID: <n1@brand.example>\r\nList-Unsubscribe: <mailto:u@brand.example>\r\n\r\nSale!\r\n"))
	e.imap.Deliver(t, mailFrom(support, "own-1@shop.example", "Re: x", "Our answer", ""))
	if n := sync1(t, p); n != 4 {
		t.Fatalf("handled %d, want 4", n)
	}
	if got := e.smtp.Mails(); len(got) != 0 {
		t.Fatalf("answered automatic mail: %d mails", len(got))
	}
	for _, addr := range []string{"ana@example.com", "mailer-daemon@mx.example.com"} {
		if _, err := e.Store.FindChannelConversation(ctx, e.Shop.ID, "email", addr, ""); err == nil {
			t.Errorf("conversation opened for automatic mail from %s", addr)
		}
	}
	rec, err := e.Store.GetEmailMessage(ctx, e.Shop.ID, "bounce-1@mx.example.com")
	if err != nil || rec.Automatic == "" {
		t.Errorf("bounce not recorded as automatic: %+v %v", rec, err)
	}
}

func TestEmailReplyToAgentEmailOfWebChat(t *testing.T) {
	e := newE2E(t, false)
	ctx := context.Background()
	// A website chat whose agent reply was emailed (notify's shopper mail).
	conv := &db.Conversation{ID: "webconv1", ShopID: e.Shop.ID, TokenHash: "h", CustomerEmail: "mia@example.de",
		Language: "de", Status: db.ConversationOpen, State: db.NewJSON(db.ConversationState{})}
	if err := e.Store.CreateConversation(ctx, conv); err != nil {
		t.Fatal(err)
	}
	if addr, err := e.svc.ReplyAddress(ctx, e.Shop.ID); err != nil || addr != support {
		t.Fatalf("ReplyAddress = %q, %v", addr, err)
	}
	if err := e.svc.Sent(ctx, e.Shop.ID, conv.ID, "Mia@example.de", "Demo hat geantwortet", "…", "notify-1@shop.example"); err != nil {
		t.Fatal(err)
	}
	// Someone else answering with that reference does not get in.
	if err := e.svc.HandleRaw(ctx, e.acct, mailFrom("eve@example.com", "eve-1@example.com", "Re: Demo hat geantwortet", "Zeig mir die Bestellung", "notify-1@shop.example")); err != nil {
		t.Fatal(err)
	}
	if c, _ := e.Store.GetConversation(ctx, e.Shop.ID, conv.ID); c.Channel != db.ChannelWeb || c.MessageCount != 0 {
		t.Fatalf("stranger's mail joined the chat: %+v", c)
	}
	// Mia answers the email: the chat continues by email.
	if err := e.svc.HandleRaw(ctx, e.acct, mailFrom("Mia <mia@example.de>", "mia-1@example.de", "Re: Demo hat geantwortet",
		"Danke! Wie lange dauert der Versand nach Österreich?", "notify-1@shop.example", "notify-1@shop.example")); err != nil {
		t.Fatal(err)
	}
	c, err := e.Store.GetConversation(ctx, e.Shop.ID, conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	if c.Channel != "email" || c.ChannelAddress != "mia@example.de" || c.MessageCount != 2 {
		t.Fatalf("chat not continued by email: channel %q address %q messages %d", c.Channel, c.ChannelAddress, c.MessageCount)
	}
	var toMia *sentMail
	for i := range e.smtp.WaitMails(2, 5*time.Second) {
		sm := e.waitMail(t, i+1)
		if sm.to[0] == "mia@example.de" {
			toMia = &sm
		}
	}
	if toMia == nil || strings.Join(toMia.msg.InReplyTo, ",") != "mia-1@example.de" || !strings.Contains(toMia.msg.Text, mailTexts["de"].Continue) {
		t.Fatalf("reply to Mia: %+v", toMia)
	}
}

func TestEmailMailgunWebhookEndToEnd(t *testing.T) {
	e := newE2E(t, false)
	ctx := context.Background()
	// A forwarding account without its own SMTP: replies go through the
	// app's relay with Reply-To the support address.
	fwd := &db.ChannelAccount{ShopID: e.Shop.ID, Channel: "email", Address: "help@shop.example",
		Settings: db.NewJSON(map[string]string{"mode": ModeForward}), Enabled: true}
	if err := e.Store.SaveChannelAccount(ctx, fwd); err != nil {
		t.Fatal(err)
	}
	relay, err := notifySMTP(e.smtp.URL())
	if err != nil {
		t.Fatal(err)
	}
	e.svc.Relay = relay
	srv := httptest.NewServer(http.HandlerFunc(e.svc.ServeMailgun))
	defer srv.Close()
	addr := e.svc.ForwardAddress(e.Shop.ID, fwd.ID)

	post := func(recipient, key string, extra url.Values) int {
		t.Helper()
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		f := url.Values{"timestamp": {ts}, "token": {"tok-" + ts + strconv.Itoa(len(extra))}, "recipient": {recipient}}
		f.Set("signature", SignMailgun(key, ts, f.Get("token")))
		for k, v := range extra {
			f[k] = v
		}
		resp, err := http.PostForm(srv.URL, f)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	mail := url.Values{"from": {"Jean <jean@example.fr>"}, "subject": {"Retour"},
		"body-plain":      {"Bonjour, comment retourner un article ?"},
		"message-headers": {`[["Message-Id","<fr-100@example.fr>"]]`}}
	if code := post(addr, "wrong-key", mail); code != http.StatusUnauthorized {
		t.Errorf("bad signature: %d", code)
	}
	if code := post("e1.1.0000000000000000@inbound.example", testSigningKey, mail); code != http.StatusNotAcceptable {
		t.Errorf("forged address: %d", code)
	}
	if code := post(addr, testSigningKey, mail); code != http.StatusOK {
		t.Fatalf("valid post: %d", code)
	}
	if code := post(addr, testSigningKey, mail); code != http.StatusOK {
		t.Fatalf("retried post: %d", code)
	}
	got := e.waitMail(t, 1)
	if len(e.smtp.Mails()) != 1 {
		t.Errorf("retry answered twice")
	}
	if !strings.Contains(got.raw, "Reply-To: help@shop.example") || got.msg.From.Address != support {
		t.Errorf("relay reply from %+v without Reply-To:\n%s", got.msg.From, got.raw)
	}
	if strings.Join(got.msg.InReplyTo, ",") != "fr-100@example.fr" || !strings.Contains(got.msg.Text, mailTexts["fr"].Continue) {
		t.Errorf("reply %v %q", got.msg.InReplyTo, got.msg.Text)
	}
	auto := url.Values{"from": {"Jean <jean@example.fr>"}, "subject": {"Absence"}, "body-plain": {"Je suis absent"},
		"message-headers": {`[["Message-Id","<fr-101@example.fr>"],["Auto-Submitted","auto-replied"]]`}}
	if code := post(addr, testSigningKey, auto); code != http.StatusOK {
		t.Errorf("auto-reply post: %d", code)
	}
	time.Sleep(100 * time.Millisecond)
	if len(e.smtp.Mails()) != 1 {
		t.Error("auto-reply answered")
	}
}

func TestMailboxesRunnerIdle(t *testing.T) {
	e := newE2E(t, true)
	// Re-check every second even if an IDLE notification was missed.
	e.svc.IdleMax = time.Second
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.svc.RunMailboxes(ctx) }()
	defer func() { cancel(); <-done }()
	deadline := time.Now().Add(10 * time.Second)
	for {
		st, err := e.Store.LoadMailboxState(ctx, e.acct.ID, "INBOX")
		if err == nil && st.UIDValidity != 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("mailbox never connected")
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	e.imap.Deliver(t, mailFrom("Kenji <kenji@example.jp>", "jp-9@example.jp", "配送について", "日本への配送にはどのくらいかかりますか？", ""))
	got := e.waitMail(t, 1)
	if got.to[0] != "kenji@example.jp" || !strings.Contains(got.msg.Text, mailTexts["ja"].Continue) {
		t.Errorf("reply to %v: %q", got.to, got.msg.Text)
	}
	// A second runner (another replica) does not take the mailbox.
	ok, err := e.Store.ClaimMailbox(ctx, e.acct.ID, "", "other-replica", time.Now(), time.Minute)
	if err != nil || ok {
		t.Errorf("lease taken by another replica: %v %v", ok, err)
	}
}

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func notifySMTP(u string) (notify.RawSender, error) { return notify.NewSMTP(u) }
