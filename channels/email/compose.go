package email

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"html"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strings"
	"time"

	"shopassist/assistant/lang"
)

// maxReferences bounds the References header of a long thread: the root
// and the most recent ids are what threading clients use (RFC 5322 §3.6.4
// allows trimming the middle).
const maxReferences = 12

// Reply is one outgoing mail in a thread.
type Reply struct {
	From    mail.Address
	To      mail.Address
	ReplyTo string // optional: where answers go when From is the app's relay
	Subject string
	// InReplyTo is the Message-ID answered (without brackets); References
	// the thread's ids, root first.
	InReplyTo  string
	References []string
	Text       string
	HTML       string // optional; rendered from Text when empty
	Lang       string // Content-Language
	// Automatic marks a reply written by the assistant (RFC 3834
	// Auto-Submitted: auto-replied) so other robots do not answer it;
	// an agent's reply is a person's mail and is not marked.
	Automatic bool
	Date      time.Time
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

// DomainOf is the domain part of an address.
func DomainOf(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		return strings.ToLower(addr[i+1:])
	}
	return ""
}

// ReplySubject prefixes "Re: " once: clients already translate the
// prefix on display, and a localized one ("AW:", "Réf :") breaks the
// subject-based threading of some of them.
func ReplySubject(subject string) string {
	s := strings.TrimSpace(subject)
	for {
		l := strings.ToLower(s)
		trimmed := false
		for _, p := range []string{"re:", "re :", "aw:", "sv:", "antw:", "rv:", "r:", "réf :", "ref:", "odp:", "ynt:", "回复:", "回复：", "答复：", "回覆：", "ответ:"} {
			if strings.HasPrefix(l, p) {
				s = strings.TrimSpace(s[len(p):])
				trimmed = true
				break
			}
		}
		if !trimmed {
			break
		}
	}
	if s == "" {
		return "Re:"
	}
	return "Re: " + s
}

// ThreadReferences returns the References of a reply to a mail with the
// given References and Message-ID: its references plus its own id,
// trimmed to the root and the latest ids.
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

// Build renders the reply as an RFC 5322 multipart/alternative message
// (text and HTML, UTF-8, quoted-printable) and returns it with its new
// Message-ID.
func (r Reply) Build() (msg []byte, messageID string, err error) {
	if r.From.Address == "" || r.To.Address == "" {
		return nil, "", errors.New("email: reply needs From and To")
	}
	for _, v := range append([]string{r.Subject, r.InReplyTo, r.ReplyTo, r.From.Name, r.To.Name, r.Lang}, r.References...) {
		if strings.ContainsAny(v, "\r\n") {
			return nil, "", errors.New("email: header value contains a line break")
		}
	}
	messageID = NewMessageID(DomainOf(r.From.Address))
	date := r.Date
	if date.IsZero() {
		date = time.Now()
	}
	var b bytes.Buffer
	hdr := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, v) }
	hdr("From", r.From.String())
	hdr("To", r.To.String())
	if r.ReplyTo != "" {
		hdr("Reply-To", r.ReplyTo)
	}
	hdr("Subject", mime.QEncoding.Encode("UTF-8", r.Subject))
	hdr("Date", date.Format(time.RFC1123Z))
	hdr("Message-ID", "<"+messageID+">")
	if r.InReplyTo != "" {
		hdr("In-Reply-To", "<"+r.InReplyTo+">")
	}
	if len(r.References) > 0 {
		ids := make([]string, len(r.References))
		for i, id := range r.References {
			ids[i] = "<" + id + ">"
		}
		// Folded so no line exceeds the 998-octet limit.
		hdr("References", strings.Join(ids, "\r\n "))
	}
	if r.Lang != "" {
		hdr("Content-Language", r.Lang)
	}
	if r.Automatic {
		hdr("Auto-Submitted", "auto-replied")
		// Ask Exchange not to send its own auto-replies back.
		hdr("X-Auto-Response-Suppress", "All")
	}
	hdr("MIME-Version", "1.0")
	mw := multipart.NewWriter(&b)
	hdr("Content-Type", `multipart/alternative; boundary="`+mw.Boundary()+`"`)
	b.WriteString("\r\n")
	htmlBody := r.HTML
	if htmlBody == "" {
		htmlBody = TextToHTML(r.Text, r.Lang)
	}
	for _, part := range []struct{ ct, body string }{
		{"text/plain; charset=UTF-8", r.Text},
		{"text/html; charset=UTF-8", htmlBody},
	} {
		w, err := mw.CreatePart(textproto.MIMEHeader{
			"Content-Type":              {part.ct},
			"Content-Transfer-Encoding": {"quoted-printable"},
		})
		if err != nil {
			return nil, "", fmt.Errorf("email: build part: %w", err)
		}
		qp := quotedprintable.NewWriter(w)
		body := strings.ReplaceAll(strings.ReplaceAll(part.body, "\r\n", "\n"), "\n", "\r\n")
		if _, err := qp.Write([]byte(body)); err != nil {
			return nil, "", fmt.Errorf("email: encode body: %w", err)
		}
		if err := qp.Close(); err != nil {
			return nil, "", fmt.Errorf("email: encode body: %w", err)
		}
	}
	if err := mw.Close(); err != nil {
		return nil, "", fmt.Errorf("email: build: %w", err)
	}
	return b.Bytes(), messageID, nil
}

// TextToHTML renders plain text as a minimal HTML document: paragraphs,
// line breaks, escaped text, right-to-left for Arabic.
func TextToHTML(text, language string) string {
	var b strings.Builder
	dir := "ltr"
	if lang.IsRTL(language) {
		dir = "rtl"
	}
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="%s" dir="%s"><head><meta charset="utf-8"></head><body>`, html.EscapeString(language), dir)
	for _, para := range strings.Split(strings.TrimSpace(text), "\n\n") {
		if strings.TrimSpace(para) == "" {
			continue
		}
		lines := strings.Split(para, "\n")
		for i, l := range lines {
			lines[i] = linkify(html.EscapeString(l))
		}
		b.WriteString("<p>" + strings.Join(lines, "<br>") + "</p>")
	}
	b.WriteString("</body></html>")
	return b.String()
}

// linkify turns escaped http(s) URLs into links.
func linkify(escaped string) string {
	words := strings.Split(escaped, " ")
	for i, w := range words {
		if strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "http://") {
			words[i] = `<a href="` + w + `">` + w + `</a>`
		}
	}
	return strings.Join(words, " ")
}
