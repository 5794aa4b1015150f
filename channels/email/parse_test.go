package email

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func parseFile(t *testing.T, name string) *Message {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := Parse(f)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return m
}

func TestParseFixtures(t *testing.T) {
	tests := []struct {
		file        string
		from        string
		subject     string
		messageID   string
		thread      string
		newText     string
		textHas     string // the full text keeps the history for the agent
		automatic   bool
		attachments []Attachment
	}{
		{
			file: "gmail_reply.eml", from: "ana.garcia@example.com", subject: "Re: ¿Dónde está mi pedido?",
			messageID: "CAF2=reply-2@mail.gmail.com", thread: "CAF1=first@mail.gmail.com",
			newText: "Hola, ¿cuándo llega mi pedido #1001?", textHas: "Gracias por escribirnos.",
		},
		{
			file: "outlook_reply.eml", from: "john@example.org", subject: "RE: Return",
			messageID: "AM0PR01MB1234@outlook.example", thread: "bot-7@shop.example",
			newText: "Can I return the blue jacket I bought last week?\n\nThanks,\nJohn", textHas: "Hello, how can we help?",
		},
		{
			file: "iphone_de.eml", from: "lena@example.de", subject: "Lieferung nach Österreich",
			messageID: "A1B2C3@example.de", thread: "A1B2C3@example.de",
			newText: "Hallo, liefert ihr auch nach Österreich?", textHas: "Von meinem iPhone gesendet",
		},
		{
			file: "autoreply.eml", from: "ana@example.com", subject: "Automatic reply: Your order",
			messageID: "oof-1@example.com", thread: "oof-1@example.com",
			newText: "I am out of the office until Monday.", automatic: true,
		},
		{
			file: "bounce.eml", from: "mailer-daemon@mx.example.com", subject: "Undelivered Mail Returned to Sender",
			messageID: "bounce-1@mx.example.com", thread: "bounce-1@mx.example.com",
			newText: "This is the mail system. Your message could not be delivered.", automatic: true,
			attachments: []Attachment{{Name: "", ContentType: "message/delivery-status", Size: 108}},
		},
		{
			file: "attachment.eml", from: "kenji@example.jp", subject: "商品が届いていません",
			messageID: "jp-1@example.jp", thread: "jp-1@example.jp",
			newText:     "注文した商品がまだ届いていません。",
			attachments: []Attachment{{Name: "photo.jpg", ContentType: "image/jpeg", Size: 60}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			m := parseFile(t, tt.file)
			if m.From.Address != tt.from {
				t.Errorf("From = %q, want %q", m.From.Address, tt.from)
			}
			if m.Subject != tt.subject {
				t.Errorf("Subject = %q, want %q", m.Subject, tt.subject)
			}
			if m.MessageID != tt.messageID {
				t.Errorf("MessageID = %q, want %q", m.MessageID, tt.messageID)
			}
			if got := m.Thread(); got != tt.thread {
				t.Errorf("Thread = %q, want %q", got, tt.thread)
			}
			if m.New != tt.newText {
				t.Errorf("New = %q, want %q", m.New, tt.newText)
			}
			if tt.textHas != "" && !strings.Contains(m.Text, tt.textHas) {
				t.Errorf("Text lost the history %q: %q", tt.textHas, m.Text)
			}
			if (m.Automatic != "") != tt.automatic {
				t.Errorf("Automatic = %q, want automatic %v", m.Automatic, tt.automatic)
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

func TestReferencedNearestFirst(t *testing.T) {
	m := parseFile(t, "gmail_reply.eml")
	got := strings.Join(m.Referenced(), " ")
	if want := "bot-1@shop.example CAF1=first@mail.gmail.com"; got != want {
		t.Errorf("Referenced = %q, want %q", got, want)
	}
}

func TestParseTooLarge(t *testing.T) {
	big := "From: a@b.example\r\nSubject: x\r\nContent-Type: text/plain\r\n\r\n" + strings.Repeat("x", MaxMessageBytes+10)
	if _, err := Parse(strings.NewReader(big)); err != ErrTooLarge {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
}
