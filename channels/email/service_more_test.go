package email

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"shopassist/db"
)

// TestEmailNoLoopOnMachineRepliesInThread: once the assistant has answered
// a shopper, the machine mail that may follow in the same thread — the
// shopper's out-of-office, a bounce of our reply, a read receipt — is
// recorded but never answered and never joins the conversation as a
// shopper's turn, so no mail loop can start.
func TestEmailNoLoopOnMachineRepliesInThread(t *testing.T) {
	tests := []struct {
		name, raw string // {bot} is replaced by our reply's Message-ID
	}{
		{"out-of-office of the shopper", "From: Lucía <lucia@example.es>\r\nTo: support@shop.example\r\nSubject: Respuesta automática: Re: Envíos\r\n" +
			"Message-ID: <oof-9@example.es>\r\nIn-Reply-To: <{bot}>\r\nReferences: <es-9@example.es> <{bot}>\r\nAuto-Submitted: auto-replied\r\n" +
			"Content-Type: text/plain; charset=utf-8\r\n\r\nEstoy de vacaciones hasta el lunes.\r\n"},
		{"Exchange out-of-office", "From: Lucía <lucia@example.es>\r\nTo: support@shop.example\r\nSubject: Automatic reply: Re: Envíos\r\n" +
			"Message-ID: <oof-10@example.es>\r\nIn-Reply-To: <{bot}>\r\nX-Auto-Response-Suppress: All\r\n" +
			"Content-Type: text/plain\r\n\r\nI am away.\r\n"},
		{"bounce of our reply", "Return-Path: <>\r\nFrom: Mail Delivery System <MAILER-DAEMON@mx.example.es>\r\nTo: support@shop.example\r\n" +
			"Subject: Undelivered Mail\r\nMessage-ID: <dsn-9@mx.example.es>\r\nIn-Reply-To: <{bot}>\r\nMIME-Version: 1.0\r\n" +
			"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n" +
			"Mailbox full.\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nAction: failed\r\nStatus: 4.2.2\r\n--b--\r\n"},
		{"read receipt", "From: Lucía <lucia@example.es>\r\nTo: support@shop.example\r\nSubject: Read: Re: Envíos\r\n" +
			"Message-ID: <mdn-9@example.es>\r\nIn-Reply-To: <{bot}>\r\nMIME-Version: 1.0\r\n" +
			"Content-Type: multipart/report; report-type=disposition-notification; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n" +
			"Your message was read.\r\n--b\r\nContent-Type: message/disposition-notification\r\n\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n--b--\r\n"},
	}
	e := newE2E(t, false)
	ctx := context.Background()
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := "es-9-" + string(rune('a'+i)) + "@example.es"
			if err := e.svc.HandleRaw(ctx, e.acct, mailFrom("Lucía <lucia@example.es>", id, "Envíos", "¿Enviáis a Canadá?", "")); err != nil {
				t.Fatal(err)
			}
			bot := e.waitMail(t, i+1).msg
			conv, err := e.Store.FindChannelConversation(ctx, e.Shop.ID, "email", "lucia@example.es", id)
			if err != nil {
				t.Fatal(err)
			}
			raw := strings.ReplaceAll(strings.ReplaceAll(tt.raw, "{bot}", bot.MessageID), "es-9@", id[:len(id)-len("@example.es")]+"@")
			if err := e.svc.HandleRaw(ctx, e.acct, []byte(raw)); err != nil {
				t.Fatal(err)
			}
			time.Sleep(50 * time.Millisecond) // a reply, if any, would be on its way
			if n := len(e.smtp.Mails()); n != i+1 {
				t.Fatalf("%d mails sent, want %d: the machine mail was answered", n, i+1)
			}
			after, err := e.Store.GetConversation(ctx, e.Shop.ID, conv.ID)
			if err != nil {
				t.Fatal(err)
			}
			if after.MessageCount != conv.MessageCount {
				t.Fatalf("conversation grew from %d to %d messages", conv.MessageCount, after.MessageCount)
			}
			parsed, err := Parse(strings.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			rec, err := e.Store.GetEmailMessage(ctx, e.Shop.ID, parsed.MessageID)
			if err != nil || rec.Automatic == "" {
				t.Fatalf("machine mail not recorded as automatic: %+v, %v", rec, err)
			}
		})
	}
}

// TestEmailWithoutMessageIDAnsweredOnce: a mail without Message-ID gets a
// stable stand-in id, so the same mail read again (a second poll, a
// restored mailbox) is not answered twice.
func TestEmailWithoutMessageIDAnsweredOnce(t *testing.T) {
	e := newE2E(t, false)
	ctx := context.Background()
	raw := []byte("From: Jan <jan@example.nl>\r\nTo: support@shop.example\r\nSubject: Verzending\r\n" +
		"Date: Tue, 24 Nov 2026 10:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nVerzenden jullie naar België?\r\n")
	for range 2 {
		if err := e.svc.HandleRaw(ctx, e.acct, raw); err != nil {
			t.Fatal(err)
		}
	}
	e.waitMail(t, 1)
	time.Sleep(50 * time.Millisecond)
	if n := len(e.smtp.Mails()); n != 1 {
		t.Fatalf("%d replies to one mail delivered twice", n)
	}
}

// TestMailgunWebhookStatuses pins the status codes Mailgun's retries
// depend on (200 and 406 are never retried, anything else is for 8 hours):
// an address signed for another shop, a disabled account or an account of
// another channel is refused for good; a replayed old request is
// unauthorised; a deployment without forwarding says so.
func TestMailgunWebhookStatuses(t *testing.T) {
	e := newE2E(t, false)
	ctx := context.Background()
	disabled := &db.ChannelAccount{ShopID: e.Shop.ID, Channel: "email", Address: "old@shop.example",
		Settings: db.NewJSON(map[string]string{"mode": ModeForward}), Enabled: false}
	other := &db.ChannelAccount{ShopID: e.Shop.ID, Channel: "whatsapp", Address: "+15550100",
		Settings: db.NewJSON(map[string]string{}), Enabled: true}
	for _, a := range []*db.ChannelAccount{disabled, other} {
		if err := e.Store.SaveChannelAccount(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	mail := url.Values{"from": {"Jean <jean@example.fr>"}, "subject": {"Retour"}, "body-plain": {"Bonjour"},
		"message-headers": {`[["Message-Id","<st-1@example.fr>"]]`}}
	tests := []struct {
		name      string
		recipient string
		key       string
		age       time.Duration
		noKey     bool // the service has no signing key configured
		want      int
	}{
		{"account of this shop, signed for another shop", e.svc.ForwardAddress(e.Shop.ID+1, e.acct.ID), testSigningKey, 0, false, http.StatusNotAcceptable},
		{"disabled account", e.svc.ForwardAddress(e.Shop.ID, disabled.ID), testSigningKey, 0, false, http.StatusNotAcceptable},
		{"not an email account", e.svc.ForwardAddress(e.Shop.ID, other.ID), testSigningKey, 0, false, http.StatusNotAcceptable},
		{"no such account", e.svc.ForwardAddress(e.Shop.ID, 987654), testSigningKey, 0, false, http.StatusNotAcceptable},
		{"replayed after 20 minutes", e.svc.ForwardAddress(e.Shop.ID, e.acct.ID), testSigningKey, 20 * time.Minute, false, http.StatusUnauthorized},
		{"signed with another key", e.svc.ForwardAddress(e.Shop.ID, e.acct.ID), "other-key", 0, false, http.StatusUnauthorized},
		{"forwarding not configured", e.svc.ForwardAddress(e.Shop.ID, e.acct.ID), testSigningKey, 0, true, http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svc := *e.svc
			if tt.noKey {
				svc.SigningKey = ""
			}
			ts := strconv.FormatInt(time.Now().Add(-tt.age).Unix(), 10)
			f := url.Values{"timestamp": {ts}, "token": {"tok-" + tt.name}, "recipient": {tt.recipient}}
			f.Set("signature", SignMailgun(tt.key, ts, f.Get("token")))
			for k, v := range mail {
				f[k] = v
			}
			req := httptest.NewRequest(http.MethodPost, "/webhooks/mailgun", strings.NewReader(f.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			rec := httptest.NewRecorder()
			svc.ServeMailgun(rec, req)
			if rec.Code != tt.want {
				t.Errorf("status %d, want %d (%s)", rec.Code, tt.want, strings.TrimSpace(rec.Body.String()))
			}
		})
	}
	if n := len(e.smtp.Mails()); n != 0 {
		t.Errorf("%d mails sent for refused posts", n)
	}
	if _, err := e.Store.GetEmailMessage(ctx, e.Shop.ID, "st-1@example.fr"); err == nil {
		t.Error("a refused post was stored")
	}
}
