package email

import (
	"bytes"
	"errors"
	"mime/multipart"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

const testSigningKey = "key-3ax6xnjp29jd6fds4gc373sgvjxteol0"

func TestVerifyMailgun(t *testing.T) {
	now := time.Unix(1717495200, 0)
	ts := strconv.FormatInt(now.Unix(), 10)
	token := strings.Repeat("a1", 25)
	good := SignMailgun(testSigningKey, ts, token)
	tests := []struct {
		name                string
		ts, token, sig, key string
		at                  time.Time
		want                error
	}{
		{"valid", ts, token, good, testSigningKey, now, nil},
		{"missing signature", ts, token, "", testSigningKey, now, ErrSignatureMissing},
		{"missing token", ts, "", good, testSigningKey, now, ErrSignatureMissing},
		{"wrong key", ts, token, good, "other-key", now, ErrSignatureInvalid},
		{"tampered token", ts, token + "x", good, testSigningKey, now, ErrSignatureInvalid},
		{"not hex", ts, token, "zz", testSigningKey, now, ErrSignatureInvalid},
		{"stale", ts, token, good, testSigningKey, now.Add(MailgunMaxAge + time.Second), ErrSignatureStale},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := VerifyMailgun(tt.key, tt.ts, tt.token, tt.sig, tt.at); !errors.Is(err, tt.want) {
				t.Errorf("VerifyMailgun() = %v, want %v", err, tt.want)
			}
		})
	}
}

func signedForm(now time.Time) url.Values {
	ts := strconv.FormatInt(now.Unix(), 10)
	token := strings.Repeat("b2", 25)
	return url.Values{"timestamp": {ts}, "token": {token}, "signature": {SignMailgun(testSigningKey, ts, token)}}
}

func TestParseMailgunParsedForm(t *testing.T) {
	now := time.Now()
	f := signedForm(now)
	f.Set("recipient", "A12-abc@inbound.example")
	f.Set("sender", "bounce@mail.example.fr")
	f.Set("from", "Claire Dubois <Claire@Example.fr>")
	f.Set("subject", "Re: Retour")
	f.Set("body-plain", "Je voudrais retourner la robe.\r\n\r\nEnvoyé de mon iPhone\r\n\r\nLe lun. 3 juin 2024 à 09:00, Boutique <s@shop.example> a écrit :\r\n> Bonjour")
	f.Set("stripped-text", "Je voudrais retourner la robe.\r\n\r\nEnvoyé de mon iPhone")
	f.Set("message-headers", `[["Received","by mx"],["From","Claire Dubois <Claire@Example.fr>"],["Message-Id","<fr-2@example.fr>"],["In-Reply-To","<bot-1@shop.example>"],["References","<fr-1@example.fr> <bot-1@shop.example>"],["Subject","Re: Retour"]]`)
	req := httptest.NewRequest("POST", "/channels/email/mailgun", strings.NewReader(f.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	post, err := ParseMailgun(req, testSigningKey, now)
	if err != nil {
		t.Fatal(err)
	}
	m := post.Message
	if post.Recipient != "a12-abc@inbound.example" || m.From.Address != "claire@example.fr" || m.From.Name != "Claire Dubois" {
		t.Errorf("recipient %q from %+v", post.Recipient, m.From)
	}
	if m.MessageID != "fr-2@example.fr" || m.Thread() != "fr-1@example.fr" || strings.Join(m.InReplyTo, ",") != "bot-1@shop.example" {
		t.Errorf("threading: id %q thread %q in-reply-to %v", m.MessageID, m.Thread(), m.InReplyTo)
	}
	if m.New != "Je voudrais retourner la robe." {
		t.Errorf("New = %q", m.New)
	}
	if !strings.Contains(m.Text, "> Bonjour") {
		t.Errorf("Text lost history: %q", m.Text)
	}
	if m.Automatic != "" {
		t.Errorf("Automatic = %q", m.Automatic)
	}
}

func TestParseMailgunAutoReplyHeaders(t *testing.T) {
	now := time.Now()
	f := signedForm(now)
	f.Set("from", "Ana <ana@example.com>")
	f.Set("body-plain", "Out of office")
	f.Set("message-headers", `[["Auto-Submitted","auto-replied"],["Message-Id","<oof@example.com>"]]`)
	req := httptest.NewRequest("POST", "/", strings.NewReader(f.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	post, err := ParseMailgun(req, testSigningKey, now)
	if err != nil {
		t.Fatal(err)
	}
	if post.Message.Automatic == "" {
		t.Error("auto-reply not detected from message-headers")
	}
}

func TestParseMailgunMultipartAttachmentsAndMIME(t *testing.T) {
	now := time.Now()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	for k, v := range signedForm(now) {
		_ = w.WriteField(k, v[0])
	}
	_ = w.WriteField("recipient", "a1-x@inbound.example")
	_ = w.WriteField("from", "Kenji <kenji@example.jp>")
	_ = w.WriteField("body-plain", "写真を添付します")
	_ = w.WriteField("attachment-count", "2")
	for i, name := range []string{"photo.jpg", "receipt.pdf"} {
		fw, _ := w.CreateFormFile("attachment-"+strconv.Itoa(i+1), name)
		_, _ = fw.Write(bytes.Repeat([]byte{1}, 100*(i+1)))
	}
	w.Close()
	req := httptest.NewRequest("POST", "/", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	post, err := ParseMailgun(req, testSigningKey, now)
	if err != nil {
		t.Fatal(err)
	}
	got := post.Message.Attachments
	if len(got) != 2 || got[0].Name != "photo.jpg" || got[0].Size != 100 || got[1].Name != "receipt.pdf" || got[1].Size != 200 {
		t.Errorf("attachments = %+v", got)
	}

	// Raw MIME route (URL ending in "mime"): the whole mail in body-mime.
	raw, err := os.ReadFile(filepath.Join("testdata", "gmail_reply.eml"))
	if err != nil {
		t.Fatal(err)
	}
	f := signedForm(now)
	f.Set("recipient", "a1-x@inbound.example")
	f.Set("body-mime", string(raw))
	req = httptest.NewRequest("POST", "/", strings.NewReader(f.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	post, err = ParseMailgun(req, testSigningKey, now)
	if err != nil {
		t.Fatal(err)
	}
	if post.Message.MessageID != "CAF2=reply-2@mail.gmail.com" || post.Message.New != "Hola, ¿cuándo llega mi pedido #1001?" {
		t.Errorf("body-mime message = %+v", post.Message)
	}
}

func TestParseMailgunRejectsUnsigned(t *testing.T) {
	f := url.Values{"from": {"a@b.example"}, "body-plain": {"hi"}}
	req := httptest.NewRequest("POST", "/", strings.NewReader(f.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if _, err := ParseMailgun(req, testSigningKey, time.Now()); !errors.Is(err, ErrSignatureMissing) {
		t.Errorf("err = %v, want ErrSignatureMissing", err)
	}
}
