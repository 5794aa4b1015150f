// Package mailmsg renders the app's outgoing mail (notifications to
// merchants and shoppers, email-channel replies) as RFC 5322 messages with
// emersion/go-message, so header encoding, folding and transfer encoding
// come from one well-kept library instead of two hand-written builders.
package mailmsg

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	netmail "net/mail"
	"strings"
	"time"

	gomail "github.com/emersion/go-message/mail"
)

// maxReferences bounds the References header of a long thread: the root and
// the most recent ids are what threading clients use (RFC 5322 §3.6.4 allows
// trimming the middle).
const maxReferences = 12

// Message is one outgoing mail. Text is required; with HTML set the message
// is multipart/alternative (text first, as clients pick the last part they
// can show).
type Message struct {
	From    netmail.Address
	To      netmail.Address
	ReplyTo string // optional address where answers go
	Subject string
	Date    time.Time // zero is now
	// MessageID is the id without brackets; empty generates one at the
	// sender's domain.
	MessageID string
	// InReplyTo and References thread a reply (ids without brackets, root
	// first).
	InReplyTo  string
	References []string
	Lang       string // Content-Language, optional
	// Automatic marks mail written by a robot (RFC 3834 Auto-Submitted:
	// auto-replied) so other robots do not answer it.
	Automatic bool
	Text      string
	HTML      string
}

// NewMessageID returns a fresh Message-ID (without brackets) at domain.
func NewMessageID(domain string) string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	if domain == "" {
		domain = "localhost"
	}
	return hex.EncodeToString(b[:]) + "@" + domain
}

// DomainOf is the lower-cased domain part of an address.
func DomainOf(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		return strings.ToLower(addr[i+1:])
	}
	return ""
}

// ThreadReferences returns the References of a reply to a mail with the
// given References and Message-ID: its references plus its own id, trimmed
// to the root and the latest ids.
func ThreadReferences(parentRefs []string, parentID string) []string {
	refs := append([]string(nil), parentRefs...)
	if parentID != "" && (len(refs) == 0 || refs[len(refs)-1] != parentID) {
		refs = append(refs, parentID)
	}
	if len(refs) > maxReferences {
		refs = append(refs[:1:1], refs[len(refs)-maxReferences+1:]...)
	}
	return refs
}

// Render returns the message bytes (CRLF line endings, UTF-8, quoted-
// printable text parts) and the Message-ID used. A header value with a line
// break is refused: it would let one header smuggle in another.
func (m Message) Render() (msg []byte, messageID string, err error) {
	if m.From.Address == "" || m.To.Address == "" {
		return nil, "", errors.New("mail: message needs From and To")
	}
	for _, v := range append([]string{m.Subject, m.MessageID, m.InReplyTo, m.ReplyTo, m.From.Name, m.To.Name, m.Lang}, m.References...) {
		if strings.ContainsAny(v, "\r\n") {
			return nil, "", errors.New("mail: header value contains a line break")
		}
	}
	messageID = m.MessageID
	if messageID == "" {
		messageID = NewMessageID(DomainOf(m.From.Address))
	}
	date := m.Date
	if date.IsZero() {
		date = time.Now()
	}
	var h gomail.Header
	h.SetAddressList("From", []*gomail.Address{(*gomail.Address)(&m.From)})
	h.SetAddressList("To", []*gomail.Address{(*gomail.Address)(&m.To)})
	if m.ReplyTo != "" {
		h.Set("Reply-To", m.ReplyTo)
	}
	h.SetSubject(m.Subject)
	h.SetDate(date)
	h.SetMessageID(messageID)
	if m.InReplyTo != "" {
		h.SetMsgIDList("In-Reply-To", []string{m.InReplyTo})
	}
	if len(m.References) > 0 {
		h.SetMsgIDList("References", m.References)
	}
	if m.Lang != "" {
		h.Set("Content-Language", m.Lang)
	}
	if m.Automatic {
		h.Set("Auto-Submitted", "auto-replied")
		// Ask Exchange not to send its own auto-replies back.
		h.Set("X-Auto-Response-Suppress", "All")
	}
	h.Set("MIME-Version", "1.0")

	var b bytes.Buffer
	if m.HTML == "" {
		h.SetContentType("text/plain", map[string]string{"charset": "UTF-8"})
		w, err := gomail.CreateSingleInlineWriter(&b, h)
		if err != nil {
			return nil, "", fmt.Errorf("mail: write header: %w", err)
		}
		if err := writeBody(w, m.Text); err != nil {
			return nil, "", err
		}
		return b.Bytes(), messageID, nil
	}
	iw, err := gomail.CreateInlineWriter(&b, h)
	if err != nil {
		return nil, "", fmt.Errorf("mail: write header: %w", err)
	}
	for _, part := range []struct{ ct, body string }{{"text/plain", m.Text}, {"text/html", m.HTML}} {
		var ph gomail.InlineHeader
		ph.SetContentType(part.ct, map[string]string{"charset": "UTF-8"})
		pw, err := iw.CreatePart(ph)
		if err != nil {
			return nil, "", fmt.Errorf("mail: create %s part: %w", part.ct, err)
		}
		if err := writeBody(pw, part.body); err != nil {
			return nil, "", err
		}
	}
	if err := iw.Close(); err != nil {
		return nil, "", fmt.Errorf("mail: close: %w", err)
	}
	return b.Bytes(), messageID, nil
}

// writeBody writes text with CRLF line endings (what SMTP carries) and
// closes the part, which flushes its transfer encoding.
func writeBody(w io.WriteCloser, text string) error {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\n", "\r\n")
	if _, err := io.WriteString(w, text); err != nil {
		return fmt.Errorf("mail: encode body: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("mail: encode body: %w", err)
	}
	return nil
}
