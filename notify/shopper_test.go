package notify

import (
	"context"
	"io"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/riverqueue/river"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// smtpSink is a real SMTP server (emersion/go-smtp) on loopback that keeps
// every message it accepts.
type smtpSink struct {
	mu   sync.Mutex
	msgs []sinkMail
}

type sinkMail struct {
	From string
	To   []string
	Data []byte
}

func (s *smtpSink) NewSession(*smtp.Conn) (smtp.Session, error) { return &sinkSession{sink: s}, nil }

type sinkSession struct {
	sink *smtpSink
	cur  sinkMail
}

func (x *sinkSession) Mail(from string, _ *smtp.MailOptions) error { x.cur.From = from; return nil }
func (x *sinkSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	x.cur.To = append(x.cur.To, to)
	return nil
}
func (x *sinkSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	x.cur.Data = b
	x.sink.mu.Lock()
	x.sink.msgs = append(x.sink.msgs, x.cur)
	x.sink.mu.Unlock()
	x.cur = sinkMail{}
	return nil
}
func (x *sinkSession) Reset()        { x.cur = sinkMail{} }
func (x *sinkSession) Logout() error { return nil }

func (s *smtpSink) mails() []sinkMail {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]sinkMail(nil), s.msgs...)
}

// startSink runs the server and returns an SMTP URL for NewSMTP.
func startSink(t *testing.T) (*smtpSink, string) {
	t.Helper()
	sink := &smtpSink{}
	srv := smtp.NewServer(sink)
	srv.Domain = "localhost"
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { defer close(done); _ = srv.Serve(ln) }()
	t.Cleanup(func() { srv.Close(); <-done })
	return sink, "smtp://" + ln.Addr().String() + "?from=" + "shop@store.example"
}

// decode returns the subject and plain-text body of a captured message.
func decode(t *testing.T, raw []byte) (string, string) {
	t.Helper()
	m, err := mail.ReadMessage(strings.NewReader(string(raw)))
	if err != nil {
		t.Fatal(err)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(quotedprintable.NewReader(m.Body))
	if err != nil {
		t.Fatal(err)
	}
	return subject, strings.ReplaceAll(string(body), "\r\n", "\n")
}

func shopperLinkFor(shop *db.Shop, id string) string {
	return "https://" + shop.Domain + "/?shopassist_chat=" + id
}

// TestShopperReplyEmail: an agent reply the shopper's widget never showed
// reaches the shopper by email through a real SMTP server, in the
// conversation's language, with the reply and a link back; a reply seen
// in the widget is not emailed, and no reply is emailed twice.
func TestShopperReplyEmail(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		sink, url := startSink(t)
		mailer, err := NewSMTP(url)
		if err != nil {
			t.Fatal(err)
		}
		shop := seedShop(t, store, "laden.myshopify.com", "owner@laden.example", true)
		id := "laden.myshopify.com-0"
		conv, err := store.GetConversation(ctx, shop.ID, id)
		if err != nil {
			t.Fatal(err)
		}
		conv.Language = "de"
		conv.CustomerEmail = "ana@kunde.example"
		if err := store.SaveConversation(ctx, conv); err != nil {
			t.Fatal(err)
		}
		w := &ShopperReplyWorker{Store: store, Mailer: mailer, Link: shopperLinkFor}
		reply, err := store.AddAgentReply(ctx, shop.ID, id, "Ihr Paket ist unterwegs und kommt am Freitag.", "de", time.Now())
		if err != nil {
			t.Fatal(err)
		}
		job := &river.Job[ShopperReplyArgs]{Args: ShopperReplyArgs{ShopID: shop.ID, ConversationID: id, MessageID: reply.ID}}
		if err := w.Work(ctx, job); err != nil {
			t.Fatal(err)
		}
		mails := sink.mails()
		if len(mails) != 1 || len(mails[0].To) != 1 || mails[0].To[0] != "ana@kunde.example" {
			t.Fatalf("captured %+v, want one mail to the shopper", mails)
		}
		subject, body := decode(t, mails[0].Data)
		if !strings.Contains(subject, "hat auf deine Frage geantwortet") {
			t.Errorf("subject %q is not German", subject)
		}
		for _, want := range []string{"hat dir im Chat geantwortet", "> Ihr Paket ist unterwegs und kommt am Freitag.",
			"Zum Gespräch:", "https://laden.myshopify.com/?shopassist_chat=" + id} {
			if !strings.Contains(body, want) {
				t.Errorf("body lacks %q:\n%s", want, body)
			}
		}
		// The same job again (a retry) sends nothing more.
		if err := w.Work(ctx, job); err != nil {
			t.Fatal(err)
		}
		// A reply the widget showed (the long poll handed it over) is not emailed.
		seen, err := store.AddAgentReply(ctx, shop.ID, id, "Noch etwas?", "de", time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if err := store.MarkShopperRead(ctx, id, seen.ID, time.Now()); err != nil {
			t.Fatal(err)
		}
		if err := w.Work(ctx, &river.Job[ShopperReplyArgs]{Args: ShopperReplyArgs{ShopID: shop.ID, ConversationID: id, MessageID: seen.ID}}); err != nil {
			t.Fatal(err)
		}
		if n := len(sink.mails()); n != 1 {
			t.Fatalf("%d mails after a retry and a seen reply, want 1", n)
		}
	})
}

// fakeThreads stands for the email channel: a support address and the
// recorded Message-IDs.
type fakeThreads struct {
	addr string
	sent []string // conversation|to|messageID
}

func (f *fakeThreads) ReplyAddress(context.Context, int64) (string, error) { return f.addr, nil }

func (f *fakeThreads) Sent(_ context.Context, _ int64, conv, to, _, _, id string) error {
	f.sent = append(f.sent, conv+"|"+to+"|"+id)
	return nil
}

// TestShopperReplyEmailAnswerable: with the shop's email channel, the
// shopper's email can be answered: Reply-To the support mailbox and a
// Message-ID recorded for the conversation, so the answer threads back.
func TestShopperReplyEmailAnswerable(t *testing.T) {
	ctx := context.Background()
	store := dbtest.Open(t)
	sink, url := startSink(t)
	mailer, err := NewSMTP(url)
	if err != nil {
		t.Fatal(err)
	}
	shop := seedShop(t, store, "laden.myshopify.com", "owner@laden.example", true)
	id := "laden.myshopify.com-0"
	conv, err := store.GetConversation(ctx, shop.ID, id)
	if err != nil {
		t.Fatal(err)
	}
	conv.CustomerEmail = "ana@kunde.example"
	if err := store.SaveConversation(ctx, conv); err != nil {
		t.Fatal(err)
	}
	threads := &fakeThreads{addr: "hilfe@laden.example"}
	w := &ShopperReplyWorker{Store: store, Mailer: mailer, Link: shopperLinkFor, Threads: threads}
	reply, err := store.AddAgentReply(ctx, shop.ID, id, "Ihr Paket ist unterwegs.", "de", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Work(ctx, &river.Job[ShopperReplyArgs]{Args: ShopperReplyArgs{ShopID: shop.ID, ConversationID: id, MessageID: reply.ID}}); err != nil {
		t.Fatal(err)
	}
	mails := sink.mails()
	if len(mails) != 1 {
		t.Fatalf("%d mails", len(mails))
	}
	m, err := mail.ReadMessage(strings.NewReader(string(mails[0].Data)))
	if err != nil {
		t.Fatal(err)
	}
	msgID := strings.Trim(m.Header.Get("Message-ID"), "<>")
	if m.Header.Get("Reply-To") != "hilfe@laden.example" || !strings.HasSuffix(msgID, "@laden.example") {
		t.Errorf("Reply-To %q Message-ID %q", m.Header.Get("Reply-To"), msgID)
	}
	if len(threads.sent) != 1 || threads.sent[0] != id+"|ana@kunde.example|"+msgID {
		t.Errorf("recorded %v, want the conversation, shopper and Message-ID", threads.sent)
	}
	// Without an email channel the mail is as before.
	threads.addr = ""
	reply2, err := store.AddAgentReply(ctx, shop.ID, id, "Noch etwas?", "de", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Work(ctx, &river.Job[ShopperReplyArgs]{Args: ShopperReplyArgs{ShopID: shop.ID, ConversationID: id, MessageID: reply2.ID}}); err != nil {
		t.Fatal(err)
	}
	if mails := sink.mails(); len(mails) != 2 || strings.Contains(string(mails[1].Data), "Reply-To") || len(threads.sent) != 1 {
		t.Errorf("mail without email channel: %d mails, recorded %v", len(mails), threads.sent)
	}
}
