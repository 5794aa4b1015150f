// Package notify tells merchants about conversations that need a human:
// a Mailer (SMTP or log) and the River job that emails a handoff.
package notify

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/mail"
	"net/smtp"
	"net/url"
	"strings"
	"time"

	"shopassist/internal/mailmsg"
)

// Mailer sends one plain-text email.
type Mailer interface {
	Send(ctx context.Context, to, subject, body string) error
}

// SMTPMailer sends mail through an SMTP relay with net/smtp.
type SMTPMailer struct {
	addr     string // host:port
	host     string
	implicit bool // smtps: TLS from the first byte
	user     string
	pass     string
	from     mail.Address
	now      func() time.Time
	tls      *tls.Config // nil: verify against host
}

// NewSMTP parses smtp://user:pass@host:port?from=addr (STARTTLS when the
// server offers it, default port 587) or smtps://… (implicit TLS, default
// port 465).
func NewSMTP(rawURL string) (*SMTPMailer, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("parse SMTP URL: %w", err)
	}
	m := &SMTPMailer{now: time.Now}
	var port string
	switch u.Scheme {
	case "smtp":
		port = "587"
	case "smtps":
		port, m.implicit = "465", true
	default:
		return nil, fmt.Errorf("SMTP URL scheme %q: want smtp or smtps", u.Scheme)
	}
	m.host = u.Hostname()
	if m.host == "" {
		return nil, errors.New("SMTP URL has no host")
	}
	if p := u.Port(); p != "" {
		port = p
	}
	m.addr = net.JoinHostPort(m.host, port)
	if u.User != nil {
		m.user = u.User.Username()
		m.pass, _ = u.User.Password()
	}
	from := u.Query().Get("from")
	if from == "" {
		return nil, errors.New("SMTP URL needs ?from=address")
	}
	a, err := mail.ParseAddress(from)
	if err != nil {
		return nil, fmt.Errorf("SMTP URL from %q: %w", from, err)
	}
	m.from = *a
	return m, nil
}

// MailOptions set the threading headers of a plain-text mail.
type MailOptions struct {
	// MessageID (without brackets) replaces the random one, so a reply
	// to the mail can be recognised.
	MessageID string
	// ReplyTo directs answers (e.g. to the shop's support mailbox that
	// the email channel reads).
	ReplyTo string
}

// OptionsMailer sends a plain-text mail with MailOptions.
type OptionsMailer interface {
	SendOptions(ctx context.Context, to, subject, body string, o MailOptions) error
}

// Send delivers one message; ctx bounds the whole SMTP exchange.
func (m *SMTPMailer) Send(ctx context.Context, to, subject, body string) error {
	return m.SendOptions(ctx, to, subject, body, MailOptions{})
}

// SendOptions is Send with a chosen Message-ID and Reply-To.
func (m *SMTPMailer) SendOptions(ctx context.Context, to, subject, body string, o MailOptions) error {
	rcpt, err := mail.ParseAddress(to)
	if err != nil {
		return fmt.Errorf("recipient %q: %w", to, err)
	}
	msg, err := m.message(rcpt, subject, body, o)
	if err != nil {
		return err
	}
	if err := m.deliver(ctx, m.from.Address, rcpt.Address, msg); err != nil {
		return fmt.Errorf("smtp send to %s via %s: %w", rcpt.Address, m.addr, err)
	}
	return nil
}

// RawSender delivers a message the caller rendered itself (the email
// channel's threaded replies) with the given envelope sender.
type RawSender interface {
	SendRaw(ctx context.Context, envelopeFrom, to string, msg []byte) error
	// From is the relay's own sender address (SMTP URL ?from=).
	From() mail.Address
}

// From is the sender address configured in the SMTP URL.
func (m *SMTPMailer) From() mail.Address { return m.from }

// SendRaw delivers msg as is; envelopeFrom empty means the relay's own
// address. ctx bounds the whole SMTP exchange.
func (m *SMTPMailer) SendRaw(ctx context.Context, envelopeFrom, to string, msg []byte) error {
	if envelopeFrom == "" {
		envelopeFrom = m.from.Address
	}
	if strings.ContainsAny(envelopeFrom+to, "\r\n<>") {
		return errors.New("smtp: envelope address contains a line break or bracket")
	}
	if err := m.deliver(ctx, envelopeFrom, to, msg); err != nil {
		return fmt.Errorf("smtp send via %s: %w", m.addr, err)
	}
	return nil
}

func (m *SMTPMailer) deliver(ctx context.Context, from, rcpt string, msg []byte) error {
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, time.Minute)
		defer cancel()
	}
	tlsConf := m.tls
	if tlsConf == nil {
		tlsConf = &tls.Config{ServerName: m.host, MinVersion: tls.VersionTLS12}
	}
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", m.addr)
	if err != nil {
		return err
	}
	// net/smtp has no context support: the deadline stops a stalled server,
	// closing the connection stops a cancelled job.
	dl, _ := ctx.Deadline()
	_ = conn.SetDeadline(dl)
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	if m.implicit {
		conn = tls.Client(conn, tlsConf)
	}
	c, err := smtp.NewClient(conn, m.host)
	if err != nil {
		conn.Close()
		return err
	}
	defer c.Close()
	secure := m.implicit
	if !secure {
		if ok, _ := c.Extension("STARTTLS"); ok {
			if err := c.StartTLS(tlsConf); err != nil {
				return fmt.Errorf("starttls: %w", err)
			}
			secure = true
		}
	}
	if m.user != "" {
		// Never send the password in clear text except to a local relay.
		if !secure && !isLocalhost(m.host) {
			return errors.New("refusing PLAIN auth without TLS")
		}
		if err := c.Auth(smtp.PlainAuth("", m.user, m.pass, m.host)); err != nil {
			return fmt.Errorf("auth: %w", err)
		}
	}
	if err := c.Mail(from); err != nil {
		return fmt.Errorf("mail from: %w", err)
	}
	if err := c.Rcpt(rcpt); err != nil {
		return fmt.Errorf("rcpt to: %w", err)
	}
	w, err := c.Data()
	if err != nil {
		return fmt.Errorf("data: %w", err)
	}
	if _, err := w.Write(msg); err != nil {
		return fmt.Errorf("write data: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("end data: %w", err)
	}
	return c.Quit()
}

func isLocalhost(h string) bool {
	if h == "localhost" {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

// message renders an RFC 5322 message with a quoted-printable UTF-8 body.
func (m *SMTPMailer) message(to *mail.Address, subject, body string, o MailOptions) ([]byte, error) {
	msg, _, err := mailmsg.Message{
		From: m.from, To: *to, ReplyTo: o.ReplyTo, Subject: subject, Date: m.now(),
		MessageID: o.MessageID, Text: body,
	}.Render()
	if err != nil {
		return nil, fmt.Errorf("notify: %w", err)
	}
	return msg, nil
}

// LogMailer logs mail instead of sending it (no SMTP_URL, demo mode).
type LogMailer struct {
	Log *slog.Logger
	// Sender is the From of raw mail (the email channel); zero is
	// "assistant@localhost".
	Sender mail.Address
}

// SendOptions logs like Send.
func (l LogMailer) SendOptions(ctx context.Context, to, subject, body string, _ MailOptions) error {
	return l.Send(ctx, to, subject, body)
}

// From is the configured sender address.
func (l LogMailer) From() mail.Address {
	if l.Sender.Address == "" {
		return mail.Address{Address: "assistant@localhost"}
	}
	return l.Sender
}

// SendRaw logs the size only: the message is personal.
func (l LogMailer) SendRaw(ctx context.Context, _, _ string, msg []byte) error {
	log := l.Log
	if log == nil {
		log = slog.Default()
	}
	log.InfoContext(ctx, "raw email (SMTP_URL not set, not sent)", "bytes", len(msg))
	return nil
}

// Send logs the recipient and subject at info level, never the body: a
// handoff email quotes the shopper's messages, name, email and phone, and
// personal data must not reach the logs.
func (l LogMailer) Send(ctx context.Context, to, subject, body string) error {
	log := l.Log
	if log == nil {
		log = slog.Default()
	}
	log.InfoContext(ctx, "email (SMTP_URL not set, not sent)", "to", to, "subject", subject, "body_bytes", len(body))
	return nil
}
