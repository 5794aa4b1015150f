package email

import (
	"fmt"
	"html"
	"net/mail"
	"strings"
	"time"

	"shopassist/assistant/replies"
	"shopassist/internal/mailmsg"
)

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

// Build renders the reply as an RFC 5322 multipart/alternative message
// (text and HTML, UTF-8, quoted-printable) and returns it with its new
// Message-ID.
func (r Reply) Build() (msg []byte, messageID string, err error) {
	htmlBody := r.HTML
	if htmlBody == "" {
		htmlBody = TextToHTML(r.Text, r.Lang)
	}
	msg, messageID, err = mailmsg.Message{
		From: r.From, To: r.To, ReplyTo: r.ReplyTo, Subject: r.Subject, Date: r.Date,
		InReplyTo: r.InReplyTo, References: r.References, Lang: r.Lang,
		Automatic: r.Automatic, Text: r.Text, HTML: htmlBody,
	}.Render()
	if err != nil {
		return nil, "", fmt.Errorf("email: %w", err)
	}
	return msg, messageID, nil
}

// TextToHTML renders plain text as a minimal HTML document: paragraphs,
// line breaks, escaped text, right-to-left for Arabic.
func TextToHTML(text, language string) string {
	var b strings.Builder
	dir := "ltr"
	if replies.Dir(language) == "rtl" {
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
