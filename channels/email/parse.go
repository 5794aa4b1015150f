// Package email is the email channel: it parses inbound mail (IMAP mailbox
// or a provider's inbound-parse webhook), threads it by Message-ID,
// In-Reply-To and References, strips quoted history and signatures before
// the assistant reads it, refuses to answer automatic mail, and composes
// threaded replies sent over SMTP from the merchant's address.
package email

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"
	"time"
	"unicode/utf8"

	_ "github.com/emersion/go-message/charset" // decode ISO-8859-*, Windows-125x, Shift_JIS, GB18030… bodies
	"github.com/emersion/go-message/mail"
)

// MaxMessageBytes caps one inbound message: larger mail is refused rather
// than read into memory (attachments included).
const MaxMessageBytes = 25 << 20

// maxTextBytes caps the body text kept per message.
const maxTextBytes = 64 << 10

// Attachment is what the agent sees of an attached file: never its content.
type Attachment struct {
	Name        string `json:"name"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
}

// Message is one inbound email, reduced to what the channel needs.
type Message struct {
	// MessageID is the Message-ID without angle brackets; empty when the
	// sender set none.
	MessageID  string
	InReplyTo  []string
	References []string
	From       Address
	// ReplyTo is where the shopper asked replies to go (Reply-To), else From.
	ReplyTo Address
	To      []string
	Subject string
	Date    time.Time
	// Text is the whole body as plain text (HTML converted when the mail
	// has no text part): what the agent reads.
	Text string
	// New is Text without quoted history and signature: what the
	// assistant understands.
	New         string
	Attachments []Attachment
	// Automatic names why the mail must not be answered (auto-reply,
	// bounce, list mail…); empty for a person's mail.
	Automatic string
}

// Address is a parsed mailbox.
type Address struct {
	Name    string
	Address string // lower-cased
}

// ErrTooLarge is returned for a message over MaxMessageBytes.
var ErrTooLarge = errors.New("email: message too large")

// Parse reads one RFC 5322 message (MIME, any common charset).
func Parse(r io.Reader) (*Message, error) {
	lr := &io.LimitedReader{R: r, N: MaxMessageBytes + 1}
	mr, err := mail.CreateReader(lr)
	if err != nil && !isUnknownCharset(err) {
		return nil, fmt.Errorf("email: parse header: %w", err)
	}
	h := mr.Header
	m := &Message{}
	m.MessageID, _ = h.MessageID()
	m.InReplyTo, _ = h.MsgIDList("In-Reply-To")
	m.References, _ = h.MsgIDList("References")
	m.Subject, _ = h.Subject()
	m.Subject = cleanLine(m.Subject)
	m.Date, _ = h.Date()
	if from, err := h.AddressList("From"); err == nil && len(from) > 0 {
		m.From = Address{Name: cleanLine(from[0].Name), Address: strings.ToLower(from[0].Address)}
	}
	m.ReplyTo = m.From
	if rt, err := h.AddressList("Reply-To"); err == nil && len(rt) > 0 && rt[0].Address != "" {
		m.ReplyTo = Address{Name: cleanLine(rt[0].Name), Address: strings.ToLower(rt[0].Address)}
	}
	if to, err := h.AddressList("To"); err == nil {
		for _, a := range to {
			m.To = append(m.To, strings.ToLower(a.Address))
		}
	}
	m.Automatic = Automatic(headerGetter(h.Header.Get), m.From.Address)

	var plain, html string
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			if lr.N <= 0 {
				return nil, ErrTooLarge
			}
			if isUnknownCharset(err) && p != nil {
				// go-message still hands the raw part out; keep going.
			} else {
				return nil, fmt.Errorf("email: read part: %w", err)
			}
		}
		switch ph := p.Header.(type) {
		case *mail.InlineHeader:
			ct, _, _ := ph.ContentType()
			disp, _, _ := ph.ContentDisposition()
			if disp == "" || disp == "inline" {
				if ct == "text/plain" && plain == "" {
					plain = readText(p.Body)
					if _, params, _ := ph.ContentType(); strings.EqualFold(params["format"], "flowed") {
						plain = unflow(plain, strings.EqualFold(params["delsp"], "yes"))
					}
					continue
				}
				if ct == "text/html" && html == "" {
					html = readText(p.Body)
					continue
				}
			}
			if ct == "text/plain" || ct == "text/html" {
				if disp != "attachment" {
					continue // a further alternative or inline body part
				}
			}
			n, _ := io.Copy(io.Discard, p.Body)
			name := ""
			if _, params, err := ph.ContentDisposition(); err == nil {
				name = params["filename"]
			}
			if name == "" {
				if _, params, err := ph.ContentType(); err == nil {
					name = params["name"]
				}
			}
			m.Attachments = append(m.Attachments, Attachment{Name: cleanLine(name), ContentType: ct, Size: n})
		case *mail.AttachmentHeader:
			name, _ := ph.Filename()
			ct, _, _ := ph.ContentType()
			n, _ := io.Copy(io.Discard, p.Body)
			m.Attachments = append(m.Attachments, Attachment{Name: cleanLine(name), ContentType: ct, Size: n})
		}
	}
	if lr.N <= 0 {
		return nil, ErrTooLarge
	}
	m.setBody(plain, html)
	return m, nil
}

// setBody fills Text and New from the text and HTML bodies: the text part
// wins, HTML is converted when it is all there is. Quotes are stripped from
// the HTML structure (Gmail, Outlook, Apple Mail, Thunderbird, Yahoo) when
// there is HTML, then from the text conventions.
func (m *Message) setBody(plain, html string) {
	switch {
	case plain != "":
		m.Text = plain
		if html != "" {
			// HTML marks quotes structurally: prefer it when the
			// text part is only a rendering of the same mail.
			if s := StripQuoted(HTMLText(html, true)); s != "" {
				m.New = s
				break
			}
		}
		m.New = StripQuoted(plain)
	case html != "":
		m.Text = HTMLText(html, false)
		m.New = StripQuoted(HTMLText(html, true))
	}
	if m.New == "" {
		m.New = StripQuoted(m.Text)
	}
	m.Text = strings.TrimSpace(m.Text)
}

// Thread is the root Message-ID of the mail's thread: the first of
// References, else In-Reply-To, else the mail's own id.
func (m *Message) Thread() string {
	if len(m.References) > 0 {
		return m.References[0]
	}
	if len(m.InReplyTo) > 0 {
		return m.InReplyTo[0]
	}
	return m.MessageID
}

// Referenced lists every Message-ID this mail answers, nearest first: the
// candidates for finding the conversation it belongs to.
func (m *Message) Referenced() []string {
	var out []string
	seen := map[string]bool{}
	add := func(id string) {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	for _, id := range m.InReplyTo {
		add(id)
	}
	for i := len(m.References) - 1; i >= 0; i-- {
		add(m.References[i])
	}
	return out
}

func readText(r io.Reader) string {
	var b bytes.Buffer
	_, _ = io.Copy(&b, io.LimitReader(r, maxTextBytes))
	_, _ = io.Copy(io.Discard, r)
	s := b.String()
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.ReplaceAll(s, "\x00", "")
	return strings.ReplaceAll(s, "\r\n", "\n")
}

// cleanLine keeps a header-derived string on one valid UTF-8 line.
func cleanLine(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r == '\r' || r == '\n' || r == 0 {
			return ' '
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

func isUnknownCharset(err error) bool {
	return err != nil && strings.Contains(err.Error(), "unknown charset")
}

// headerGetter reads one header field by name.
type headerGetter func(key string) string

// decodeWord decodes RFC 2047 words in a header value (best effort).
func decodeWord(s string) string {
	d, err := new(mime.WordDecoder).DecodeHeader(s)
	if err != nil {
		return s
	}
	return d
}

// unflow undoes RFC 3676 format=flowed (Thunderbird, Apple Mail and most
// phone clients send it): a line ending in a space goes on in the next line
// of the same quote depth, so the shopper's paragraph reaches the inbox and
// the assistant as one line instead of being cut wherever the client
// wrapped it. Quote depth (leading '>') is kept per paragraph, the
// space-stuffing after it removed, and with DelSp=yes the soft-break space
// itself is dropped (used for languages written without spaces).
func unflow(s string, delSp bool) string {
	var out []string
	var para strings.Builder
	depth, open := 0, false
	flush := func() {
		prefix := ""
		if depth > 0 {
			prefix = strings.Repeat(">", depth) + " "
		}
		out = append(out, prefix+para.String())
		para.Reset()
		open = false
	}
	for _, line := range strings.Split(s, "\n") {
		d := 0
		for d < len(line) && line[d] == '>' {
			d++
		}
		body := strings.TrimPrefix(line[d:], " ")
		if open && d != depth {
			flush() // a quote depth change ends a paragraph (RFC 3676 4.5)
		}
		depth = d
		// "-- " is the signature separator, never a soft break.
		soft := strings.HasSuffix(body, " ") && body != "-- "
		if soft && delSp {
			body = body[:len(body)-1]
		}
		para.WriteString(body)
		open = true
		if !soft {
			flush()
		}
	}
	if open {
		flush()
	}
	return strings.Join(out, "\n")
}
