package app_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"shopassist/app"
	"shopassist/app/config"
	"shopassist/channels/email"
	"shopassist/channels/email/emailtest"
	"shopassist/db"
	"shopassist/db/dbtest"
)

const testMailgunKey = "mailgun-signing-key"

// newEmailApp is a demo app whose relay is a real SMTP server and whose
// forwarded mail comes through the Mailgun webhook.
func newEmailApp(t *testing.T, smtpURL string) *app.App {
	t.Helper()
	env := map[string]string{"DATA_DIR": t.TempDir(), "WORKERS": "0", "APP_URL": "http://localhost",
		"SMTP_URL": smtpURL, "MAILGUN_WEBHOOK_SIGNING_KEY": testMailgunKey, "EMAIL_INBOUND_DOMAIN": "in.example"}
	cfg, err := config.Load(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.New(context.Background(), cfg, app.Options{Store: dbtest.Open(t),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Close(context.Background()) })
	return a
}

func TestEmailChannelAdminAndInboxReply(t *testing.T) {
	ctx := context.Background()
	smtpSrv := emailtest.StartSMTP(t)
	a := newEmailApp(t, smtpSrv.URL())
	h := a.Handler()

	rec, doc := get(t, h, "/app/channels/email")
	if rec.Code != http.StatusOK || doc.Find(tid("email-empty")).Length() != 1 {
		t.Fatalf("email page: %d", rec.Code)
	}
	// Bad input: marked fields, nothing saved.
	rec, doc = post(t, h, "/app/channels/email", url.Values{"address": {"not an address"}, "mode": {"imap"},
		"imap_host": {"imap.example.com"}, "imap_port": {"x"}}, "")
	if rec.Code != http.StatusUnprocessableEntity || doc.Find(tid("form-errors")).Length() != 1 {
		t.Fatalf("invalid connect: %d", rec.Code)
	}
	// An IMAP mailbox with its own SMTP: passwords sealed.
	rec, _ = post(t, h, "/app/channels/email", url.Values{"address": {"Help@Demo.example"}, "display_name": {"Demo Help"},
		"mode": {"imap"}, "imap_host": {"imap.demo.example"}, "imap_port": {"993"}, "imap_user": {"help@demo.example"},
		"imap_password": {"imap-secret"}, "smtp_host": {"smtp.demo.example"}, "smtp_port": {"587"},
		"smtp_user": {"help@demo.example"}, "smtp_password": {"smtp-secret"}}, "")
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("connect: %d %s", rec.Code, rec.Body.String())
	}
	shop, err := a.Store().GetShop(ctx, "demo.myshopify.com")
	if err != nil {
		t.Fatal(err)
	}
	accts := emailAccounts(t, a, shop.ID)
	if len(accts) != 1 || accts[0].Address != "help@demo.example" {
		t.Fatalf("email accounts %+v", accts)
	}
	if bytes.Contains(accts[0].CredentialsEnc, []byte("secret")) {
		t.Fatal("password stored in clear")
	}

	// A forwarded address: the relay sends, Reply-To the support address.
	rec, _ = post(t, h, "/app/channels/email", url.Values{"address": {"support@demo.example"}, "mode": {"forward"}}, "")
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("connect forward: %d %s", rec.Code, rec.Body.String())
	}
	_, doc = get(t, h, "/app/channels/email")
	forwardTo := strings.TrimSpace(doc.Find(tid("forward-to")).Text())
	if !strings.HasSuffix(forwardTo, "@in.example") || doc.Find(tid("email-account")).Length() != 2 {
		t.Fatalf("forwarding address %q, rows %d", forwardTo, doc.Find(tid("email-account")).Length())
	}

	// A shopper writes: forwarded by Mailgun to the webhook.
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	form := url.Values{"timestamp": {ts}, "token": {"tok-1"}, "signature": {email.SignMailgun(testMailgunKey, ts, "tok-1")},
		"recipient": {forwardTo}, "from": {"Nora <nora@example.no>"}, "subject": {"Refund"},
		"body-plain":      {"My parcel arrived damaged. I want to speak to a human, please."},
		"message-headers": {`[["Message-Id","<nora-1@example.no>"]]`}}
	req, _ := http.NewRequest(http.MethodPost, "/channels/email/mailgun", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	wr := httptest.NewRecorder()
	h.ServeHTTP(wr, req)
	if wr.Code != http.StatusOK {
		t.Fatalf("webhook: %d %s", wr.Code, wr.Body.String())
	}
	// Stored and answered by a job: run it as a worker would.
	if n := len(smtpSrv.Mails()); n != 0 {
		t.Fatalf("answered on the webhook's path: %d mails", n)
	}
	if err := a.EmailChannel().ProcessPending(ctx); err != nil {
		t.Fatal(err)
	}
	if got := smtpSrv.WaitMails(1, 5*time.Second); len(got) != 1 || got[0].To[0] != "nora@example.no" {
		t.Fatalf("bot reply: %+v", got)
	}
	conv, err := a.Store().FindChannelConversation(ctx, shop.ID, "email", "nora@example.no", "")
	if err != nil {
		t.Fatal(err)
	}
	// The agent sees the mails as written.
	_, doc = get(t, h, "/app/conversations/"+conv.ID)
	if n := doc.Find(tid("email-original")).Length(); n != 2 || !strings.Contains(doc.Find(tid("email-originals")).Text(), "arrived damaged") {
		t.Errorf("transcript shows %d original mails", n)
	}
	// The agent answers from the inbox: the reply goes out by email in
	// the thread.
	rec, _ = post(t, h, "/app/conversations/"+conv.ID+"/reply", url.Values{"text": {"Hi Nora, we are sending a new one today."},
		"language": {"en"}}, "")
	if rec.Code != http.StatusSeeOther && rec.Code != http.StatusOK {
		t.Fatalf("inbox reply: %d %s", rec.Code, rec.Body.String())
	}
	got := smtpSrv.WaitMails(2, 5*time.Second)
	if len(got) != 2 {
		t.Fatalf("agent reply not emailed: %d mails", len(got))
	}
	m, err := email.Parse(bytes.NewReader(got[1].Data))
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "Re: Refund" || strings.Join(m.InReplyTo, ",") != "nora-1@example.no" || !strings.HasPrefix(m.Text, "Hi Nora") ||
		!bytes.Contains(got[1].Data, []byte("Reply-To: support@demo.example")) {
		t.Errorf("agent mail subject %q in-reply-to %v text %q", m.Subject, m.InReplyTo, m.Text)
	}
	msgs, err := a.Store().ListMessages(ctx, conv.ID, 0, 0)
	if err != nil || msgs[len(msgs)-1].Role != db.RoleAgent {
		t.Fatalf("agent message not stored: %v", err)
	}

	// Disconnect.
	rec, _ = post(t, h, "/app/channels/email/"+strconv.FormatInt(accts[0].ID, 10)+"/delete", nil, "")
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("disconnect: %d", rec.Code)
	}
	if accts := emailAccounts(t, a, shop.ID); len(accts) != 1 || accts[0].Address != "support@demo.example" {
		t.Fatalf("after disconnect %+v", accts)
	}
}

// emailAccounts lists the shop's email accounts (the demo also seeds Meta
// ones).
func emailAccounts(t *testing.T, a *app.App, shopID int64) []db.ChannelAccount {
	t.Helper()
	all, err := a.Store().ChannelAccounts(context.Background(), shopID)
	if err != nil {
		t.Fatal(err)
	}
	var out []db.ChannelAccount
	for _, acct := range all {
		if acct.Channel == "email" {
			out = append(out, acct)
		}
	}
	return out
}
