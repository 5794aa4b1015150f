package notify

import (
	"context"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/internal/smtpsink"
)

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
		sink, url := smtpsink.Start(t)
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
		mails := sink.Mails()
		if len(mails) != 1 || len(mails[0].To) != 1 || mails[0].To[0] != "ana@kunde.example" {
			t.Fatalf("captured %+v, want one mail to the shopper", mails)
		}
		subject, body := smtpsink.Decode(t, mails[0].Data)
		if !strings.Contains(subject, "hat auf Ihre Frage geantwortet") {
			t.Errorf("subject %q is not German", subject)
		}
		for _, want := range []string{"hat Ihnen im Chat geantwortet", "> Ihr Paket ist unterwegs und kommt am Freitag.",
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
		if n := len(sink.Mails()); n != 1 {
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
	sink, url := smtpsink.Start(t)
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
	mails := sink.Mails()
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
	if mails := sink.Mails(); len(mails) != 2 || strings.Contains(string(mails[1].Data), "Reply-To") || len(threads.sent) != 1 {
		t.Errorf("mail without email channel: %d mails, recorded %v", len(mails), threads.sent)
	}
}
