package mailmsg

import (
	"bytes"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	netmail "net/mail"
	"strings"
	"testing"
	"time"
)

func TestThreadReferences(t *testing.T) {
	if got := strings.Join(ThreadReferences([]string{"a@x", "b@x"}, "c@x"), " "); got != "a@x b@x c@x" {
		t.Errorf("got %q", got)
	}
	if got := strings.Join(ThreadReferences(nil, "a@x"), " "); got != "a@x" {
		t.Errorf("got %q", got)
	}
	if got := strings.Join(ThreadReferences([]string{"a@x"}, "a@x"), " "); got != "a@x" {
		t.Errorf("parent id already last: got %q", got)
	}
	var long []string
	for i := 0; i < 30; i++ {
		long = append(long, string(rune('a'+i%26))+"@x")
	}
	got := ThreadReferences(long, "last@x")
	if len(got) != maxReferences || got[0] != "a@x" || got[len(got)-1] != "last@x" {
		t.Errorf("trimmed references = %v", got)
	}
}

func TestRender(t *testing.T) {
	date := time.Date(2026, 12, 5, 9, 30, 0, 0, time.UTC)
	from := netmail.Address{Name: "Nordwind Support", Address: "help@shop.example"}
	to := netmail.Address{Name: "Zoë Müller", Address: "zoe@example.de"}
	for _, tc := range []struct {
		name      string
		msg       Message
		wantType  string
		wantParts []string // bodies in order, decoded
		headers   map[string]string
	}{
		{
			name: "plain text notification",
			msg: Message{From: from, To: to, Subject: "Ihre Bestellung #1001 – Rückfrage", Date: date,
				MessageID: "abc@shop.example", ReplyTo: "reply+1@shop.example", Text: "Grüße\nZeile zwei — €19.95"},
			wantType:  "text/plain",
			wantParts: []string{"Grüße\r\nZeile zwei — €19.95"},
			headers: map[string]string{"Message-Id": "<abc@shop.example>", "Reply-To": "reply+1@shop.example",
				"Mime-Version": "1.0"},
		},
		{
			name: "threaded automatic reply with html",
			msg: Message{From: from, To: to, Subject: "Re: 注文", Date: date, InReplyTo: "p@x",
				References: []string{"r@x", "p@x"}, Lang: "ja", Automatic: true, Text: "こんにちは", HTML: "<p>こんにちは</p>"},
			wantType:  "multipart/alternative",
			wantParts: []string{"こんにちは", "<p>こんにちは</p>"},
			headers: map[string]string{"In-Reply-To": "<p@x>", "References": "<r@x> <p@x>",
				"Content-Language": "ja", "Auto-Submitted": "auto-replied"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			raw, id, err := tc.msg.Render()
			if err != nil {
				t.Fatal(err)
			}
			if tc.msg.MessageID == "" && !strings.HasSuffix(id, "@shop.example") {
				t.Errorf("generated id %q is not at the sender's domain", id)
			}
			if bytes.Contains(bytes.ReplaceAll(raw, []byte("\r\n"), nil), []byte("\n")) {
				t.Error("bare LF in message")
			}
			m, err := netmail.ReadMessage(bytes.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			dec := new(mime.WordDecoder)
			subj, err := dec.DecodeHeader(m.Header.Get("Subject"))
			if err != nil || subj != tc.msg.Subject {
				t.Errorf("subject %q (%v), want %q", subj, err, tc.msg.Subject)
			}
			if got, _ := m.Header.AddressList("To"); len(got) != 1 || got[0].Name != to.Name || got[0].Address != to.Address {
				t.Errorf("To = %v", got)
			}
			if d, err := m.Header.Date(); err != nil || !d.Equal(date) {
				t.Errorf("Date = %v (%v)", d, err)
			}
			for k, want := range tc.headers {
				if got := m.Header.Get(k); got != want {
					t.Errorf("%s = %q, want %q", k, got, want)
				}
			}
			mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
			if err != nil || mt != tc.wantType {
				t.Fatalf("Content-Type %q (%v), want %s", m.Header.Get("Content-Type"), err, tc.wantType)
			}
			var bodies []string
			if mt == "text/plain" {
				bodies = append(bodies, decodeQP(t, m.Header.Get("Content-Transfer-Encoding"), m.Body))
			} else {
				mr := multipart.NewReader(m.Body, params["boundary"])
				for {
					p, err := mr.NextPart()
					if err == io.EOF {
						break
					}
					if err != nil {
						t.Fatal(err)
					}
					// multipart.Reader decodes quoted-printable itself.
					b, _ := io.ReadAll(p)
					bodies = append(bodies, string(b))
				}
			}
			if strings.Join(bodies, "|") != strings.Join(tc.wantParts, "|") {
				t.Errorf("bodies %q, want %q", bodies, tc.wantParts)
			}
		})
	}
}

func decodeQP(t *testing.T, cte string, r io.Reader) string {
	t.Helper()
	if cte != "quoted-printable" {
		t.Fatalf("Content-Transfer-Encoding %q", cte)
	}
	b, err := io.ReadAll(quotedprintable.NewReader(r))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestRenderRefusesHeaderInjection(t *testing.T) {
	base := Message{From: netmail.Address{Address: "a@x"}, To: netmail.Address{Address: "b@y"}, Text: "hi"}
	for _, m := range []Message{
		{From: base.From, To: base.To, Text: "hi", Subject: "hi\r\nBcc: victim@z"},
		{From: base.From, To: base.To, Text: "hi", ReplyTo: "x@y\nBcc: v@z"},
		{From: base.From, To: base.To, Text: "hi", References: []string{"a@x>\r\nBcc: v@z"}},
		{From: base.From, Text: "no recipient"},
	} {
		if _, _, err := m.Render(); err == nil {
			t.Errorf("%+v rendered", m)
		}
	}
}
