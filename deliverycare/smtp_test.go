package deliverycare_test

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

// smtpSink is a real SMTP server (emersion/go-smtp) on loopback that keeps
// every message it accepts.
type smtpSink struct {
	mu   sync.Mutex
	msgs []sinkMail
}

type sinkMail struct {
	To   []string
	Data []byte
}

func (s *smtpSink) NewSession(*smtp.Conn) (smtp.Session, error) { return &sinkSession{sink: s}, nil }

type sinkSession struct {
	sink *smtpSink
	cur  sinkMail
}

func (x *sinkSession) Mail(string, *smtp.MailOptions) error { return nil }
func (x *sinkSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	x.cur.To = append(x.cur.To, to)
	return nil
}
func (x *sinkSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	x.cur.Data = b
	x.sink.mu.Lock()
	x.sink.msgs = append(x.sink.msgs, x.cur)
	x.sink.mu.Unlock()
	x.cur = sinkMail{}
	return nil
}
func (x *sinkSession) Reset()        { x.cur = sinkMail{} }
func (x *sinkSession) Logout() error { return nil }

func (s *smtpSink) mails() []sinkMail {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]sinkMail(nil), s.msgs...)
}

// startSink runs the server and returns an SMTP URL for notify.NewSMTP.
func startSink(t *testing.T) (*smtpSink, string) {
	t.Helper()
	sink := &smtpSink{}
	srv := smtp.NewServer(sink)
	srv.Domain = "localhost"
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { defer close(done); _ = srv.Serve(ln) }()
	t.Cleanup(func() { srv.Close(); <-done })
	return sink, "smtp://" + ln.Addr().String() + "?from=shop@store.example"
}

// decode returns the subject and plain-text body of a captured message.
func decode(t *testing.T, raw []byte) (string, string) {
	t.Helper()
	m, err := mail.ReadMessage(strings.NewReader(string(raw)))
	if err != nil {
		t.Fatal(err)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(quotedprintable.NewReader(m.Body))
	if err != nil {
		t.Fatal(err)
	}
	return subject, strings.ReplaceAll(string(body), "\r\n", "\n")
}
