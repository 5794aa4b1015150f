// Package smtpsink is a real SMTP server (emersion/go-smtp) on loopback for
// tests: it keeps every message it accepts, so a test can read what the
// app's mailer really sent.
package smtpsink

import (
	"io"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
)

// Mail is one accepted message.
type Mail struct {
	From string
	To   []string
	Data []byte
}

// Sink holds the accepted messages.
type Sink struct {
	mu   sync.Mutex
	msgs []Mail
}

// Start runs the server until the test ends and returns the sink and an
// SMTP URL for notify.NewSMTP (sender shop@store.example).
func Start(t testing.TB) (*Sink, string) {
	t.Helper()
	sink := &Sink{}
	srv := smtp.NewServer(backend{sink})
	srv.Domain = "localhost"
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { defer close(done); _ = srv.Serve(ln) }()
	t.Cleanup(func() {
		srv.Close()
		select { // a client stuck mid-session must not hang the test
		case <-done:
		case <-time.After(5 * time.Second):
		}
	})
	return sink, "smtp://" + ln.Addr().String() + "?from=shop@store.example"
}

// Mails returns a copy of the messages accepted so far, in order.
func (s *Sink) Mails() []Mail {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Mail(nil), s.msgs...)
}

type backend struct{ sink *Sink }

func (b backend) NewSession(*smtp.Conn) (smtp.Session, error) { return &session{sink: b.sink}, nil }

type session struct {
	sink *Sink
	cur  Mail
}

func (x *session) Mail(from string, _ *smtp.MailOptions) error { x.cur.From = from; return nil }
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
	x.sink.mu.Lock()
	x.sink.msgs = append(x.sink.msgs, x.cur)
	x.sink.mu.Unlock()
	x.cur = Mail{}
	return nil
}
func (x *session) Reset()        { x.cur = Mail{} }
func (x *session) Logout() error { return nil }

// Decode returns the subject and the quoted-printable plain-text body of a
// single-part message, with CRLF turned into LF.
func Decode(t testing.TB, raw []byte) (subject, body string) {
	t.Helper()
	m, err := mail.ReadMessage(strings.NewReader(string(raw)))
	if err != nil {
		t.Fatal(err)
	}
	subject, err = new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(quotedprintable.NewReader(m.Body))
	if err != nil {
		t.Fatal(err)
	}
	return subject, strings.ReplaceAll(string(b), "\r\n", "\n")
}
