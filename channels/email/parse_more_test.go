package email

import (
	"strings"
	"testing"
	"time"

	"shopassist/assistant"
	"shopassist/channels"
)

// crlf turns a readable message written with \n into the wire form.
func crlf(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

// TestParseRealMIME pins what the assistant and the agent read from the
// encodings shoppers' mail programs actually send: quoted-printable and
// base64 bodies, legacy charsets, RFC 2047 headers, HTML-only mail and
// multipart/alternative replies whose HTML marks the quoted history.
func TestParseRealMIME(t *testing.T) {
	tests := []struct {
		name        string
		raw         string
		from        string
		fromName    string
		replyTo     string
		to          []string
		subject     string
		newText     string
		text        string // exact full text; "" skips
		attachments []Attachment
	}{
		{
			name: "quoted-printable utf-8 with soft breaks",
			raw: `From: =?UTF-8?Q?Andr=C3=A9_M=C3=BCller?= <Andre@Example.DE>
To: Support <support@shop.example>
Subject: =?UTF-8?Q?R=C3=BCcksendung_Bestellung_#1042?=
Message-ID: <qp-1@example.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hallo, kann ich die Gr=C3=B6=C3=9Fe M gegen L tauschen? Die Jacke ist zu kl=
ein.
`,
			from: "andre@example.de", fromName: "André Müller", replyTo: "andre@example.de",
			to: []string{"support@shop.example"}, subject: "Rücksendung Bestellung #1042",
			newText: "Hallo, kann ich die Größe M gegen L tauschen? Die Jacke ist zu klein.",
			text:    "Hallo, kann ich die Größe M gegen L tauschen? Die Jacke ist zu klein.",
		},
		{
			name: "iso-8859-1 body and B-encoded subject",
			raw: "From: Zoé <zoe@example.fr>\nTo: support@shop.example\n" +
				"Subject: =?ISO-8859-1?B?T/kgZXN0IG1hIGNvbW1hbmRlID8=?=\n" +
				"Message-ID: <latin1@example.fr>\nMIME-Version: 1.0\n" +
				"Content-Type: text/plain; charset=ISO-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n" +
				"Bonjour, o=F9 est ma commande ? Merci d'avance =E0 vous.\n",
			from: "zoe@example.fr", fromName: "Zoé", replyTo: "zoe@example.fr",
			to: []string{"support@shop.example"}, subject: "Où est ma commande ?",
			newText: "Bonjour, où est ma commande ? Merci d'avance à vous.",
		},
		{
			name: "base64 shift_jis",
			raw: "From: yuki@example.jp\nTo: support@shop.example\nSubject: =?UTF-8?B?6YWN6YCB?=\n" +
				"Message-ID: <sjis@example.jp>\nMIME-Version: 1.0\n" +
				"Content-Type: text/plain; charset=Shift_JIS\nContent-Transfer-Encoding: base64\n\n" +
				"lHqRl4LNgqKCwoLFgreCqYFI\n",
			from: "yuki@example.jp", replyTo: "yuki@example.jp", to: []string{"support@shop.example"},
			subject: "配送", newText: "配送はいつですか？",
		},
		{
			name: "reply-to wins over from for replies",
			raw: `From: Noreply Form <forms@shopfront.example>
Reply-To: "Maria Rossi" <Maria.Rossi@Example.IT>
To: support@shop.example, Sales <SALES@shop.example>
Subject: Domanda
Message-ID: <rt-1@example.it>
Content-Type: text/plain; charset=utf-8

Spedite in Svizzera?
`,
			from: "forms@shopfront.example", fromName: "Noreply Form", replyTo: "maria.rossi@example.it",
			to: []string{"support@shop.example", "sales@shop.example"}, subject: "Domanda",
			newText: "Spedite in Svizzera?",
		},
		{
			name: "html only, quoted history dropped from New but kept in Text",
			raw: `From: pat@example.com
To: support@shop.example
Subject: Re: Your order
Message-ID: <html-1@example.com>
In-Reply-To: <bot-3@shop.example>
Content-Type: text/html; charset=utf-8

<html><body><p>Can you ship it <b>tomorrow</b>?</p><div class="gmail_quote"><div class="gmail_attr">On Tue, Support wrote:</div><blockquote>Your order is packed.</blockquote></div></body></html>
`,
			from: "pat@example.com", replyTo: "pat@example.com", to: []string{"support@shop.example"},
			subject: "Re: Your order", newText: "Can you ship it tomorrow?",
		},
		{
			name: "multipart/alternative: html structure marks the quote the text part hides",
			raw: `From: sam@example.com
To: support@shop.example
Subject: Re: Return
Message-ID: <alt-1@example.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

Please refund to my card.

Support team said earlier that returns take 5 days
Your return is approved.

--b1
Content-Type: text/html; charset=utf-8

<div>Please refund to my card.</div><blockquote type="cite">Support team said earlier that returns take 5 days<br>Your return is approved.</blockquote>
--b1--
`,
			from: "sam@example.com", replyTo: "sam@example.com", to: []string{"support@shop.example"},
			subject: "Re: Return", newText: "Please refund to my card.",
			text: "Please refund to my card.\n\nSupport team said earlier that returns take 5 days\nYour return is approved.",
		},
		{
			name: "mixed: text body, inline image with name, pdf attachment",
			raw: `From: lee@example.kr
To: support@shop.example
Subject: =?UTF-8?B?7JiB7IiY7KadIOyyqOu2gA==?=
Message-ID: <mix-1@example.kr>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="m1"

--m1
Content-Type: text/plain; charset=utf-8

영수증을 첨부합니다.
--m1
Content-Type: image/png; name="damage.png"
Content-Disposition: inline
Content-Transfer-Encoding: base64

iVBORw0KGgo=
--m1
Content-Type: application/pdf
Content-Disposition: attachment; filename="receipt.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--m1--
`,
			from: "lee@example.kr", replyTo: "lee@example.kr", to: []string{"support@shop.example"},
			subject: "영수증 첨부", newText: "영수증을 첨부합니다.",
			attachments: []Attachment{
				{Name: "damage.png", ContentType: "image/png", Size: 8},
				{Name: "receipt.pdf", ContentType: "application/pdf", Size: 9},
			},
		},
		{
			name: "text attachment is an attachment, not the body",
			raw: `From: kim@example.com
To: support@shop.example
Subject: Log
Message-ID: <txt-att@example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="m2"

--m2
Content-Type: text/plain; charset=utf-8

See the attached list of items.
--m2
Content-Type: text/plain; charset=utf-8
Content-Disposition: attachment; filename="items.txt"

SKU-1
SKU-2
--m2--
`,
			from: "kim@example.com", replyTo: "kim@example.com", to: []string{"support@shop.example"},
			subject: "Log", newText: "See the attached list of items.", text: "See the attached list of items.",
			attachments: []Attachment{{Name: "items.txt", ContentType: "text/plain", Size: 12}},
		},
		{
			name: "encoded line breaks in subject and name stay on one line",
			raw: "From: =?UTF-8?Q?Eve=09Smith=0A?= <eve@example.com>\n" +
				"To: support@shop.example\nSubject: =?UTF-8?Q?Hi=0AThere?=\nMessage-ID: <inj@example.com>\n" +
				"Content-Type: text/plain\n\nhello\n",
			from: "eve@example.com", fromName: "Eve\tSmith", replyTo: "eve@example.com",
			to: []string{"support@shop.example"}, subject: "Hi There", newText: "hello",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(strings.NewReader(crlf(tt.raw)))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if m.From.Address != tt.from || m.From.Name != tt.fromName {
				t.Errorf("From = %+v, want %q <%s>", m.From, tt.fromName, tt.from)
			}
			if m.ReplyTo.Address != tt.replyTo {
				t.Errorf("ReplyTo = %q, want %q", m.ReplyTo.Address, tt.replyTo)
			}
			if strings.Join(m.To, ",") != strings.Join(tt.to, ",") {
				t.Errorf("To = %q, want %q", m.To, tt.to)
			}
			if m.Subject != tt.subject {
				t.Errorf("Subject = %q, want %q", m.Subject, tt.subject)
			}
			if m.New != tt.newText {
				t.Errorf("New = %q, want %q", m.New, tt.newText)
			}
			if tt.text != "" && m.Text != tt.text {
				t.Errorf("Text = %q, want %q", m.Text, tt.text)
			}
			if m.Automatic != "" {
				t.Errorf("Automatic = %q for a person's mail", m.Automatic)
			}
			if len(m.Attachments) != len(tt.attachments) {
				t.Fatalf("Attachments = %+v, want %+v", m.Attachments, tt.attachments)
			}
			for i, a := range tt.attachments {
				if m.Attachments[i] != a {
					t.Errorf("Attachment %d = %+v, want %+v", i, m.Attachments[i], a)
				}
			}
		})
	}
}

// TestParseInvalidBytesAndNUL: a body with bytes that are not UTF-8 and NUL
// characters must still reach the assistant as valid text.
func TestParseInvalidBytesAndNUL(t *testing.T) {
	raw := crlf("From: a@example.com\nSubject: x\nContent-Type: text/plain; charset=utf-8\n\nsize\x00 M \xff\xfe please\n")
	m, err := Parse(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if want := "size M \uFFFD please"; m.New != want || m.Text != want {
		t.Errorf("New = %q, Text = %q, want %q", m.New, m.Text, want)
	}
}

// TestThreadRoot: the thread root is the first References id, else the
// first In-Reply-To, else the mail's own id, so every reply of a thread
// lands in one conversation however the mail program fills the headers.
func TestThreadRoot(t *testing.T) {
	tests := []struct {
		name      string
		headers   string
		thread    string
		reference string // Referenced(), space separated
	}{
		{"first mail", "Message-ID: <m1@x>\n", "m1@x", ""},
		{"in-reply-to only (some mobile clients)", "Message-ID: <m2@x>\nIn-Reply-To: <bot-1@shop>\n", "bot-1@shop", "bot-1@shop"},
		{"references chain", "Message-ID: <m3@x>\nIn-Reply-To: <bot-2@shop>\nReferences: <m1@x> <bot-1@shop> <m2@x> <bot-2@shop>\n",
			"m1@x", "bot-2@shop m2@x bot-1@shop m1@x"},
		{"in-reply-to not last of references", "Message-ID: <m4@x>\nIn-Reply-To: <other@x>\nReferences: <root@x> <bot@shop>\n",
			"root@x", "other@x bot@shop root@x"},
		{"no ids at all", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := crlf("From: a@example.com\nSubject: s\n" + tt.headers + "Content-Type: text/plain\n\nhi\n")
			m, err := Parse(strings.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			if got := m.Thread(); got != tt.thread {
				t.Errorf("Thread = %q, want %q", got, tt.thread)
			}
			if got := strings.Join(m.Referenced(), " "); got != tt.reference {
				t.Errorf("Referenced = %q, want %q", got, tt.reference)
			}
		})
	}
}

// TestSyntheticIDStable: a mail without Message-ID gets an id that is the
// same on re-delivery (so it is not answered twice) and differs for a
// different mail.
func TestSyntheticIDStable(t *testing.T) {
	at := time.Date(2026, 3, 1, 10, 0, 0, 0, time.FixedZone("CET", 3600))
	a := &Message{From: Address{Address: "a@example.com"}, Date: at, Subject: "Hi", Text: "where is my order"}
	b := *a
	b.Date = at.UTC() // same instant, other zone
	c := *a
	c.Text = "where is my refund"
	if syntheticID(a) != syntheticID(&b) {
		t.Errorf("same mail, different ids: %q vs %q", syntheticID(a), syntheticID(&b))
	}
	if syntheticID(a) == syntheticID(&c) {
		t.Errorf("different mails share id %q", syntheticID(a))
	}
	if !strings.HasSuffix(syntheticID(a), "@no-message-id.invalid") || len(syntheticID(a)) != 32+len("@no-message-id.invalid") {
		t.Errorf("syntheticID = %q", syntheticID(a))
	}
}

// TestForwardAddressRoundTrip: a forwarding address names its shop and
// account, and any changed part (another shop's id, a guessed MAC, another
// domain) is refused so nobody can inject mail into another shop.
func TestForwardAddressRoundTrip(t *testing.T) {
	s := &Service{InboundDomain: "in.app.example", AddressKey: []byte("k1")}
	addr := s.ForwardAddress(12, 34)
	if !strings.HasPrefix(addr, "e12.34.") || !strings.HasSuffix(addr, "@in.app.example") {
		t.Fatalf("ForwardAddress = %q", addr)
	}
	shop, acct, ok := s.parseForwardAddress("  " + strings.ToUpper(addr) + " ")
	if !ok || shop != 12 || acct != 34 {
		t.Fatalf("parse(own address) = %d, %d, %v", shop, acct, ok)
	}
	local, _, _ := strings.Cut(addr, "@")
	mac := local[strings.LastIndex(local, ".")+1:]
	other := &Service{InboundDomain: "in.app.example", AddressKey: []byte("k2")}
	bad := []struct{ name, addr string }{
		{"other shop, same mac", "e13.34." + mac + "@in.app.example"},
		{"other account, same mac", "e12.35." + mac + "@in.app.example"},
		{"other domain", local + "@in.other.example"},
		{"signed with another key", other.ForwardAddress(12, 34)},
		{"no mac", "e12.34@in.app.example"},
		{"not ours", "support@in.app.example"},
		{"no at", local},
		{"non-numeric ids with valid mac", "ex.y." + s.addressMAC("ex.y") + "@in.app.example"},
	}
	for _, tt := range bad {
		if shop, acct, ok := s.parseForwardAddress(tt.addr); ok {
			t.Errorf("%s: parse(%q) = %d, %d, accepted", tt.name, tt.addr, shop, acct)
		}
	}
	if got := (&Service{}).ForwardAddress(1, 2); got != "" {
		t.Errorf("ForwardAddress without inbound domain = %q, want empty", got)
	}
}

// TestRenderText: a reply by email lists product and order cards with
// their links and turns quick replies into choices the shopper can type,
// in the conversation's language.
func TestRenderText(t *testing.T) {
	tests := []struct {
		name string
		out  channels.Outbound
		lang string
		want string
	}{
		{"text only", channels.Outbound{Text: "  Your order ships today.  "}, "en",
			"Your order ships today.\n\nReply to this email to continue the conversation."},
		{"cards and choices in German", channels.Outbound{
			Text: "Hier sind zwei Jacken:",
			Cards: []assistant.Card{
				{Type: "product", Title: "Regenjacke", Price: "89,00 €", URL: "https://shop.example/p/1"},
				{Type: "order", OrderName: "#1042", Status: "Versandt"},
			},
			QuickReplies: []string{"Größe M", "Größe L"},
		}, "de",
			"Hier sind zwei Jacken:\n\n• Regenjacke — 89,00 €\n  https://shop.example/p/1\n• #1042 — Versandt" +
				"\n\nSie können mit einer dieser Optionen antworten:\n• Größe M\n• Größe L" +
				"\n\nAntworten Sie auf diese E-Mail, um das Gespräch fortzusetzen."},
		{"regional tag falls back to base language", channels.Outbound{Text: "Oui."}, "fr-CA",
			"Oui.\n\nRépondez à cet e-mail pour poursuivre la conversation."},
		{"unknown language in English", channels.Outbound{Text: "Ok."}, "xx",
			"Ok.\n\nReply to this email to continue the conversation."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := RenderText(tt.out, tt.lang); got != tt.want {
				t.Errorf("RenderText =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// TestUnflow: format=flowed text (RFC 3676) is joined back into paragraphs,
// quote depth kept, space-stuffing and DelSp honoured.
func TestUnflow(t *testing.T) {
	tests := []struct {
		name, in string
		delSp    bool
		want     string
	}{
		{"soft breaks join", "Hello, my parcel to Vienna has not \nmoved for ten days, can you \ncheck it?\n\nThanks", false,
			"Hello, my parcel to Vienna has not moved for ten days, can you check it?\n\nThanks"},
		{"hard break stays", "Line one\nLine two", false, "Line one\nLine two"},
		{"quote depth kept", "Yes please\n> On Monday you \n> wrote:\n>> older \n>> text", false,
			"Yes please\n> On Monday you wrote:\n>> older text"},
		{"depth change ends paragraph", "> quoted soft \nnew text", false, "> quoted soft \nnew text"},
		{"space stuffing removed", " From here\n >not a quote", false, "From here\n>not a quote"},
		{"signature separator", "Bye\n-- \nAnna", false, "Bye\n-- \nAnna"},
		{"delsp for unspaced scripts", "注文した商品が \n届きません", true, "注文した商品が届きません"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unflow(tt.in, tt.delSp); got != tt.want {
				t.Errorf("unflow(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestParseFlowed: a Thunderbird-style format=flowed mail reaches the
// assistant as one paragraph.
func TestParseFlowed(t *testing.T) {
	raw := crlf("From: Anna <anna@example.org>\nTo: shop@example.com\nSubject: parcel\nMessage-ID: <f1@example.org>\n" +
		"Content-Type: text/plain; charset=utf-8; format=flowed; delsp=no\n\n" +
		"Where is my order 1034? It was supposed to arrive \nlast week.\n")
	m, err := Parse(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Where is my order 1034? It was supposed to arrive last week."; m.New != want || m.Text != want {
		t.Errorf("text %q / new %q, want %q", m.Text, m.New, want)
	}
}
