// Package emailtest runs real protocol servers for the email channel's
// tests: an IMAP server (go-imap's imapserver with its in-memory backend,
// IDLE included) and an SMTP server (go-smtp) that records what it is
// sent, both on loopback.
package emailtest

import (
	"bytes"
	"errors"
	"io"
	"net"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// IMAP is a running IMAP server with one user and an INBOX.
type IMAP struct {
	Addr     string
	User     string
	Password string
	user     *imapmemserver.User
}

// StartIMAP starts an IMAP4rev1 server with IDLE (idle=true) or without.
func StartIMAP(t testing.TB, idle bool) *IMAP {
	t.Helper()
	mem := imapmemserver.New()
	s := &IMAP{User: "support@shop.example", Password: "app-password"}
	s.user = imapmemserver.NewUser(s.User, s.Password)
	if err := s.user.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	mem.AddUser(s.user)
	caps := imap.CapSet{imap.CapIMAP4rev1: {}}
	if idle {
		caps[imap.CapIdle] = struct{}{}
	}
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         caps,
		InsecureAuth: true, // loopback only
		Logger:       discardLogger{},
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s.Addr = ln.Addr().String()
	done := make(chan struct{})
	go func() { defer close(done); _ = srv.Serve(ln) }()
	// Closing the listener too: srv.Close before Serve has registered it
	// (a test that never connects) would leave Serve in Accept for ever.
	t.Cleanup(func() { srv.Close(); ln.Close(); <-done })
	return s
}

type discardLogger struct{}

func (discardLogger) Printf(string, ...any) {}

// URL is the imap:// URL of the mailbox.
func (s *IMAP) URL() string {
	u := url.URL{Scheme: "imap", User: url.UserPassword(s.User, s.Password), Host: s.Addr, Path: "/INBOX"}
	return u.String()
}

// Deliver appends a raw message to INBOX, as the merchant's mail server
// would on receipt.
func (s *IMAP) Deliver(t testing.TB, raw []byte) imap.UID {
	t.Helper()
	d, err := s.user.Append("INBOX", literal{bytes.NewReader(raw)}, &imap.AppendOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return d.UID
}

// Rebuild deletes and recreates INBOX: its UIDVALIDITY changes, as after a
// server migration.
func (s *IMAP) Rebuild(t testing.TB) {
	t.Helper()
	if err := s.user.Delete("INBOX"); err != nil {
		t.Fatal(err)
	}
	if err := s.user.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
}

type literal struct{ *bytes.Reader }

func (l literal) Size() int64 { return int64(l.Len()) }

// SMTP is a running SMTP server that records every message.
type SMTP struct {
	Addr     string
	User     string
	Password string
	mu       sync.Mutex
	mails    []Mail
	notify   chan struct{}
}

// Mail is one message the server accepted.
type Mail struct {
	From string
	To   []string
	Data []byte
}

// StartSMTP starts an SMTP submission server that requires AUTH PLAIN
// with User/Password (allowed without TLS on loopback).
func StartSMTP(t testing.TB) *SMTP {
	t.Helper()
	s := &SMTP{User: "support@shop.example", Password: "smtp-password", notify: make(chan struct{}, 100)}
	srv := smtp.NewServer(s)
	srv.Domain = "localhost"
	srv.AllowInsecureAuth = true
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s.Addr = ln.Addr().String()
	done := make(chan struct{})
	go func() { defer close(done); _ = srv.Serve(ln) }()
	// Closing the listener too: srv.Close before Serve has registered it
	// (a test that never connects) would leave Serve in Accept for ever.
	t.Cleanup(func() { srv.Close(); ln.Close(); <-done })
	return s
}

// URL is the smtp:// URL (notify.NewSMTP form) sending from the user.
func (s *SMTP) URL() string {
	u := url.URL{Scheme: "smtp", User: url.UserPassword(s.User, s.Password), Host: s.Addr, RawQuery: url.Values{"from": {s.User}}.Encode()}
	return u.String()
}

// Mails returns what was received so far.
func (s *SMTP) Mails() []Mail {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Mail(nil), s.mails...)
}

// WaitMails waits until n mails arrived or the timeout passed.
func (s *SMTP) WaitMails(n int, timeout time.Duration) []Mail {
	deadline := time.After(timeout)
	for {
		if m := s.Mails(); len(m) >= n {
			return m
		}
		select {
		case <-s.notify:
		case <-deadline:
			return s.Mails()
		}
	}
}

// NewSession implements smtp.Backend.
func (s *SMTP) NewSession(*smtp.Conn) (smtp.Session, error) { return &session{srv: s}, nil }

type session struct {
	srv    *SMTP
	authed bool
	cur    Mail
}

func (x *session) AuthMechanisms() []string { return []string{sasl.Plain} }

func (x *session) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if username != x.srv.User || password != x.srv.Password {
			return errors.New("invalid credentials")
		}
		x.authed = true
		return nil
	}), nil
}

func (x *session) Mail(from string, _ *smtp.MailOptions) error {
	if !x.authed {
		return smtp.ErrAuthRequired
	}
	x.cur.From = from
	return nil
}

func (x *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	x.cur.To = append(x.cur.To, to)
	return nil
}

func (x *session) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	x.cur.Data = b
	x.srv.mu.Lock()
	x.srv.mails = append(x.srv.mails, x.cur)
	x.srv.mu.Unlock()
	select {
	case x.srv.notify <- struct{}{}:
	default:
	}
	x.cur = Mail{}
	return nil
}

func (x *session) Reset()        { x.cur = Mail{} }
func (x *session) Logout() error { return nil }
