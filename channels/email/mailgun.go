package email

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/mail"
	"net/textproto"
	"strconv"
	"strings"
	"time"
)

// Mailgun's inbound routes POST the received mail to a URL, either parsed
// (form fields body-plain, stripped-text, message-headers, attachment-N…)
// or, when the URL ends in "mime", as body-mime. Both are signed:
// signature = hex(HMAC-SHA256(webhook signing key, timestamp + token)).

// MailgunMaxAge bounds how old a signed timestamp may be: a captured
// request cannot be replayed later.
const MailgunMaxAge = 15 * time.Minute

// Signature errors.
var (
	ErrSignatureMissing = errors.New("email: webhook signature missing")
	ErrSignatureInvalid = errors.New("email: webhook signature invalid")
	ErrSignatureStale   = errors.New("email: webhook timestamp too old")
)

// VerifyMailgun checks a Mailgun webhook signature in constant time and
// that its timestamp is recent.
func VerifyMailgun(signingKey, timestamp, token, signature string, now time.Time) error {
	if timestamp == "" || token == "" || signature == "" {
		return ErrSignatureMissing
	}
	mac := hmac.New(sha256.New, []byte(signingKey))
	mac.Write([]byte(timestamp + token))
	want := mac.Sum(nil)
	got, err := hex.DecodeString(signature)
	if err != nil || !hmac.Equal(got, want) {
		return ErrSignatureInvalid
	}
	ts, err := strconv.ParseInt(timestamp, 10, 64)
	if err != nil {
		return ErrSignatureInvalid
	}
	if d := now.Sub(time.Unix(ts, 0)); d > MailgunMaxAge || d < -MailgunMaxAge {
		return ErrSignatureStale
	}
	return nil
}

// SignMailgun returns the signature Mailgun sends for timestamp and token
// (used by tests and the demo's sender).
func SignMailgun(signingKey, timestamp, token string) string {
	mac := hmac.New(sha256.New, []byte(signingKey))
	mac.Write([]byte(timestamp + token))
	return hex.EncodeToString(mac.Sum(nil))
}

// MailgunPost is one inbound POST: the route recipient and the mail.
type MailgunPost struct {
	Recipient string
	Message   *Message
}

// ParseMailgun verifies and reads one Mailgun inbound POST (form or
// multipart, parsed or raw MIME).
func ParseMailgun(r *http.Request, signingKey string, now time.Time) (*MailgunPost, error) {
	r.Body = http.MaxBytesReader(nil, r.Body, MaxMessageBytes+1<<20)
	ct := r.Header.Get("Content-Type")
	var err error
	if strings.HasPrefix(ct, "multipart/form-data") {
		err = r.ParseMultipartForm(1 << 20)
	} else {
		err = r.ParseForm()
	}
	if err != nil {
		return nil, fmt.Errorf("email: read webhook form: %w", err)
	}
	if err := VerifyMailgun(signingKey, r.PostFormValue("timestamp"), r.PostFormValue("token"), r.PostFormValue("signature"), now); err != nil {
		return nil, err
	}
	post := &MailgunPost{Recipient: strings.ToLower(strings.TrimSpace(r.PostFormValue("recipient")))}
	if raw := r.PostFormValue("body-mime"); raw != "" {
		m, err := Parse(strings.NewReader(raw))
		if err != nil {
			return nil, err
		}
		post.Message = m
		return post, nil
	}
	m, err := mailgunParsed(r)
	if err != nil {
		return nil, err
	}
	post.Message = m
	return post, nil
}

// mailgunParsed builds a Message from the parsed-route fields.
func mailgunParsed(r *http.Request) (*Message, error) {
	h := textproto.MIMEHeader{}
	if mh := r.PostFormValue("message-headers"); mh != "" {
		var pairs [][]string
		if err := json.Unmarshal([]byte(mh), &pairs); err != nil {
			return nil, fmt.Errorf("email: message-headers: %w", err)
		}
		for _, p := range pairs {
			if len(p) == 2 {
				h.Add(p[0], p[1])
			}
		}
	}
	// The top-level fields win over the header dump when both exist.
	for _, f := range []struct{ field, header string }{
		{"from", "From"}, {"subject", "Subject"}, {"Message-Id", "Message-Id"},
		{"In-Reply-To", "In-Reply-To"}, {"References", "References"},
	} {
		if v := r.PostFormValue(f.field); v != "" {
			h.Set(f.header, v)
		}
	}
	m := &Message{}
	m.MessageID = firstID(h.Get("Message-Id"))
	m.InReplyTo = msgIDs(h.Get("In-Reply-To"))
	m.References = msgIDs(h.Get("References"))
	m.Subject = cleanLine(decodeWord(h.Get("Subject")))
	if d, err := mail.ParseDate(h.Get("Date")); err == nil {
		m.Date = d
	}
	if a, err := mail.ParseAddress(decodeWord(h.Get("From"))); err == nil {
		m.From = Address{Name: cleanLine(a.Name), Address: strings.ToLower(a.Address)}
	} else if s := r.PostFormValue("sender"); s != "" {
		m.From = Address{Address: strings.ToLower(strings.TrimSpace(s))}
	}
	m.ReplyTo = m.From
	if a, err := mail.ParseAddress(decodeWord(h.Get("Reply-To"))); err == nil && a.Address != "" {
		m.ReplyTo = Address{Name: cleanLine(a.Name), Address: strings.ToLower(a.Address)}
	}
	if l, err := mail.ParseAddressList(decodeWord(h.Get("To"))); err == nil {
		for _, a := range l {
			m.To = append(m.To, strings.ToLower(a.Address))
		}
	}
	m.Automatic = Automatic(h.Get, m.From.Address)
	plain := normalizeText(r.PostFormValue("body-plain"))
	html := r.PostFormValue("body-html")
	m.setBody(plain, html)
	if st := normalizeText(r.PostFormValue("stripped-text")); st != "" {
		// Mailgun's own separation of the reply, then ours for the
		// signatures and languages it does not know.
		if s := StripQuoted(st); s != "" {
			m.New = s
		}
	}
	n, _ := strconv.Atoi(r.PostFormValue("attachment-count"))
	if r.MultipartForm != nil {
		for i := 1; i <= n && i <= 100; i++ {
			for _, fh := range r.MultipartForm.File["attachment-"+strconv.Itoa(i)] {
				m.Attachments = append(m.Attachments, attachmentOf(fh))
			}
		}
	}
	return m, nil
}

func attachmentOf(fh *multipart.FileHeader) Attachment {
	return Attachment{Name: cleanLine(fh.Filename), ContentType: fh.Header.Get("Content-Type"), Size: fh.Size}
}

func normalizeText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\x00", "")
	return strings.ReplaceAll(s, "\r\n", "\n")
}

// msgIDs reads a list of <id> tokens (References, In-Reply-To), tolerating
// the missing brackets some clients produce.
func msgIDs(v string) []string {
	var out []string
	for {
		i := strings.IndexByte(v, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(v[i:], '>')
		if j < 0 {
			break
		}
		if id := strings.TrimSpace(v[i+1 : i+j]); id != "" && !strings.ContainsAny(id, " \t\r\n") {
			out = append(out, id)
		}
		v = v[i+j+1:]
	}
	if len(out) == 0 {
		for _, f := range strings.Fields(v) {
			if strings.Contains(f, "@") {
				out = append(out, strings.Trim(f, "<>,"))
			}
		}
	}
	return out
}

func firstID(v string) string {
	if ids := msgIDs(v); len(ids) > 0 {
		return ids[0]
	}
	return ""
}
