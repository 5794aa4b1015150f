package notify

import (
	"bufio"
	"context"
	"encoding/base64"
	"io"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeSMTP is a minimal SMTP server on loopback that records what it gets.
type fakeSMTP struct {
	addr string
	mu   sync.Mutex
	msgs []captured
}

// captured is one delivered message.
type captured struct {
	From, To, Auth string
	Data           string
}

func newFakeSMTP(t *testing.T) *fakeSMTP {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	f := &fakeSMTP{addr: ln.Addr().String()}
	var wg sync.WaitGroup
	t.Cleanup(func() { ln.Close(); wg.Wait() })
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() { defer wg.Done(); f.serve(c) }()
		}
	}()
	return f
}

func (f *fakeSMTP) serve(c net.Conn) {
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(10 * time.Second))
	r := bufio.NewReader(c)
	say := func(s string) { io.WriteString(c, s+"\r\n") }
	say("220 fake ESMTP")
	var cur captured
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		line = strings.TrimRight(line, "\r\n")
		verb := strings.ToUpper(strings.SplitN(line, " ", 2)[0])
		switch verb {
		case "EHLO":
			say("250-fake")
			say("250 AUTH PLAIN")
		case "HELO":
			say("250 fake")
		case "AUTH":
			cur.Auth = line
			say("235 ok")
		case "MAIL":
			cur.From = line
			say("250 ok")
		case "RCPT":
			cur.To = line
			say("250 ok")
		case "DATA":
			say("354 go ahead")
			var b strings.Builder
			for {
				l, err := r.ReadString('\n')
				if err != nil {
					return
				}
				if l == ".\r\n" {
					break
				}
				b.WriteString(l)
			}
			cur.Data = b.String()
			f.mu.Lock()
			f.msgs = append(f.msgs, cur)
			f.mu.Unlock()
			cur = captured{}
			say("250 queued")
		case "QUIT":
			say("221 bye")
			return
		default:
			say("502 not implemented")
		}
	}
}

func (f *fakeSMTP) messages() []captured {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]captured(nil), f.msgs...)
}

// decodeBody parses a captured message and returns it with its decoded body.
func decodeBody(t *testing.T, data string) (*mail.Message, string) {
	t.Helper()
	msg, err := mail.ReadMessage(strings.NewReader(data))
	if err != nil {
		t.Fatalf("parse message: %v\n%s", err, data)
	}
	b, err := io.ReadAll(quotedprintable.NewReader(msg.Body))
	if err != nil {
		t.Fatal(err)
	}
	return msg, string(b)
}

func TestSMTPMailerSend(t *testing.T) {
	srv := newFakeSMTP(t)
	m, err := NewSMTP("smtp://bot:s3cret@" + srv.addr + "?from=Assistant+%3Cbot@shop.example%3E")
	if err != nil {
		t.Fatal(err)
	}
	m.now = func() time.Time { return time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC) }
	subject := "Client a besoin d'aide (français) — #1001"
	body := "Résumé: où est ma commande ?\n.leading dot line\n" + strings.Repeat("long line ", 20)
	if err := m.Send(context.Background(), "owner@shop.example", subject, body); err != nil {
		t.Fatal(err)
	}
	got := srv.messages()
	if len(got) != 1 {
		t.Fatalf("got %d messages, want 1", len(got))
	}
	c := got[0]
	if c.From != "MAIL FROM:<bot@shop.example>" || !strings.HasPrefix(c.To, "RCPT TO:<owner@shop.example>") {
		t.Errorf("envelope = %q / %q", c.From, c.To)
	}
	wantAuth := "AUTH PLAIN " + base64.StdEncoding.EncodeToString([]byte("\x00bot\x00s3cret"))
	if c.Auth != wantAuth {
		t.Errorf("auth = %q, want %q (PLAIN to localhost is allowed)", c.Auth, wantAuth)
	}
	for _, l := range strings.SplitAfter(c.Data, "\r\n") {
		if len(l) > 998 || (strings.Contains(l, "\n") && !strings.HasSuffix(l, "\r\n")) {
			t.Errorf("bad line %q", l)
		}
	}
	msg, text := decodeBody(t, strings.ReplaceAll(c.Data, "\r\n..", "\r\n."))
	h := msg.Header
	// RFC 2047 charset names and the encoding letter are case-insensitive.
	if raw := h.Get("Subject"); !strings.HasPrefix(strings.ToLower(raw), "=?utf-8?q?") {
		t.Errorf("raw subject %q is not Q-encoded", raw)
	}
	dec, err := new(mime.WordDecoder).DecodeHeader(h.Get("Subject"))
	if err != nil || dec != subject {
		t.Errorf("subject = %q (%v), want %q", dec, err, subject)
	}
	checks := map[string]string{
		"From":                      `"Assistant" <bot@shop.example>`,
		"To":                        "<owner@shop.example>",
		"Date":                      "Mon, 23 Nov 2026 10:00:00 +0000",
		"Mime-Version":              "1.0",
		"Content-Type":              "text/plain; charset=UTF-8",
		"Content-Transfer-Encoding": "quoted-printable",
	}
	for k, want := range checks {
		if got := h.Get(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	if id := h.Get("Message-Id"); !strings.HasPrefix(id, "<") || !strings.HasSuffix(id, "@shop.example>") {
		t.Errorf("Message-ID = %q", id)
	}
	// The DATA writer ends the message with a line break.
	if want := strings.ReplaceAll(body, "\n", "\r\n"); strings.TrimSuffix(text, "\r\n") != want {
		t.Errorf("body = %q, want %q", text, want)
	}
}

func TestSMTPMailerRejectsBadInput(t *testing.T) {
	srv := newFakeSMTP(t)
	m, err := NewSMTP("smtp://" + srv.addr + "?from=bot@shop.example")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, to, subject string }{
		{"bad recipient", "not an address", "hi"},
		{"header injection in recipient", "a@b.example\r\nBcc: x@y.example", "hi"},
		{"header injection in subject", "a@b.example", "hi\r\nBcc: x@y.example"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := m.Send(context.Background(), tt.to, tt.subject, "body"); err == nil {
				t.Error("Send succeeded")
			}
		})
	}
	if n := len(srv.messages()); n != 0 {
		t.Errorf("%d messages delivered, want 0", n)
	}
}

func TestSMTPMailerRefusesCleartextAuth(t *testing.T) {
	// A remote host with no STARTTLS must not get the password. The dial is
	// redirected to the local fake by overriding addr after parsing.
	srv := newFakeSMTP(t)
	m, err := NewSMTP("smtp://bot:pw@mail.example:25?from=bot@shop.example")
	if err != nil {
		t.Fatal(err)
	}
	m.addr = srv.addr
	err = m.Send(context.Background(), "owner@shop.example", "hi", "body")
	if err == nil || !strings.Contains(err.Error(), "without TLS") {
		t.Fatalf("err = %v, want refusal of PLAIN without TLS", err)
	}
	if n := len(srv.messages()); n != 0 {
		t.Errorf("%d messages delivered, want 0", n)
	}
}

func TestNewSMTP(t *testing.T) {
	tests := []struct {
		url      string
		wantErr  bool
		addr     string
		implicit bool
		user     string
	}{
		{url: "smtp://u:p@mail.example:2525?from=a@b.example", addr: "mail.example:2525", user: "u"},
		{url: "smtp://mail.example?from=a@b.example", addr: "mail.example:587"},
		{url: "smtps://u:p%40x@mail.example?from=a@b.example", addr: "mail.example:465", implicit: true, user: "u"},
		{url: "smtp://[::1]:25?from=a@b.example", addr: "[::1]:25"},
		{url: "http://mail.example?from=a@b.example", wantErr: true},
		{url: "smtp://mail.example", wantErr: true},
		{url: "smtp://mail.example?from=not-an-address", wantErr: true},
		{url: "smtp://?from=a@b.example", wantErr: true},
		{url: "smtp://mail.example:bad?from=a@b.example", wantErr: true},
		{url: "", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			m, err := NewSMTP(tt.url)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("NewSMTP succeeded: %+v", m)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if m.addr != tt.addr || m.implicit != tt.implicit || m.user != tt.user {
				t.Errorf("got addr %q implicit %v user %q", m.addr, m.implicit, m.user)
			}
		})
	}
}
