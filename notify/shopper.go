package notify

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/riverqueue/river"

	"shopassist/db"
)

// ShopperAway is how long an agent reply may stay unseen by the widget
// before it is emailed: a shopper still on the site gets it live instead.
const ShopperAway = 5 * time.Minute

// ShopperReplyArgs asks for a shopper to be emailed an agent reply they
// have not seen in the widget. Scheduled ShopperAway after the reply.
type ShopperReplyArgs struct {
	ShopID         int64  `json:"shop_id"`
	ConversationID string `json:"conversation_id"`
	MessageID      int64  `json:"message_id"`
}

// Kind names the job.
func (ShopperReplyArgs) Kind() string { return "shopper_reply_notify" }

// ShopperLinkFunc builds the storefront URL that reopens a conversation.
type ShopperLinkFunc func(shop *db.Shop, conversationID string) string

// ShopperReplyWorker emails agent replies to a shopper who left, in the
// conversation's language, with a link back to the conversation.
type ShopperReplyWorker struct {
	river.WorkerDefaults[ShopperReplyArgs]
	Store  *db.Store
	Mailer Mailer
	Link   ShopperLinkFunc
	Log    *slog.Logger
	// Threads, when set, makes the email answerable: Reply-To the shop's
	// support mailbox read by the email channel and a recorded
	// Message-ID, so the shopper's answer continues this conversation.
	Threads ShopperThreads
}

// ShopperThreads is the email channel as the shopper reply email uses it.
type ShopperThreads interface {
	// ReplyAddress is the shop's connected support address ("" when the
	// shop has no email channel).
	ReplyAddress(ctx context.Context, shopID int64) (string, error)
	// Sent records the Message-ID of the mail sent to the shopper for
	// the conversation.
	Sent(ctx context.Context, shopID int64, conversationID, to, subject, body, messageID string) error
}

// Work sends the email unless the widget already showed the reply, the
// shopper left no email, or another job emailed it; a send error is
// returned so River retries (the claim is released first).
func (w *ShopperReplyWorker) Work(ctx context.Context, job *river.Job[ShopperReplyArgs]) error {
	a := job.Args
	shop, err := w.Store.GetShopByID(ctx, a.ShopID)
	if err != nil {
		return loadErr("shopper reply notify", err)
	}
	conv, err := w.Store.GetConversation(ctx, shop.ID, a.ConversationID)
	if err != nil {
		return loadErr("shopper reply notify", err)
	}
	log := w.logger()
	if conv.Channel != "" && conv.Channel != db.ChannelWeb {
		// The reply went out on the shopper's own channel (package channels).
		return nil
	}
	if conv.CustomerEmail == "" {
		log.DebugContext(ctx, "agent reply not emailed: no shopper email", "conversation", conv.ID)
		return nil
	}
	read, err := w.Store.ShopperRead(ctx, shop.ID, conv.ID)
	if err != nil {
		return fmt.Errorf("shopper reply notify: %w", err)
	}
	if read.ReadID >= a.MessageID || read.EmailedID >= a.MessageID {
		return nil // seen in the widget, or emailed with an earlier reply's job
	}
	msgs, err := w.Store.ListMessages(ctx, conv.ID, max(read.ReadID, read.EmailedID), 0)
	if err != nil {
		return fmt.Errorf("shopper reply notify: %w", err)
	}
	var replies []db.Message
	for _, m := range msgs {
		if m.Role == db.RoleAgent {
			replies = append(replies, m)
		}
	}
	if len(replies) == 0 {
		return nil
	}
	last := replies[len(replies)-1].ID
	claimed, err := w.Store.MarkShopperEmailed(ctx, shop.ID, conv.ID, last)
	if err != nil {
		return fmt.Errorf("shopper reply notify: %w", err)
	}
	if !claimed {
		return nil
	}
	subject, body := composeShopper(shop, conv.Language, replies, w.Link(shop, conv.ID))
	opts, err := w.threadOptions(ctx, shop.ID)
	if err == nil {
		err = w.send(ctx, conv.CustomerEmail, subject, body, opts)
	}
	if err == nil && opts.MessageID != "" {
		// Sent: a failure to record only loses the threading of a reply.
		if rerr := w.Threads.Sent(ctx, shop.ID, conv.ID, conv.CustomerEmail, subject, body, opts.MessageID); rerr != nil {
			log.WarnContext(ctx, "record shopper reply email for threading", "conversation", conv.ID, "err", rerr)
		}
	}
	if err != nil {
		// Give the claim back so the retry sends it; a failure to do so
		// is reported with the send error.
		_, uerr := w.Store.MarkShopperEmailedBack(ctx, shop.ID, conv.ID, last, read.EmailedID)
		return errors.Join(fmt.Errorf("shopper reply notify conversation %s: %w", conv.ID, err), uerr)
	}
	log.InfoContext(ctx, "agent reply emailed to shopper", "shop", shop.Domain, "conversation", conv.ID, "replies", len(replies))
	return nil
}

// threadOptions returns the Reply-To and Message-ID that let the shopper
// answer by email (zero without an email channel).
func (w *ShopperReplyWorker) threadOptions(ctx context.Context, shopID int64) (MailOptions, error) {
	if w.Threads == nil {
		return MailOptions{}, nil
	}
	if _, ok := w.Mailer.(OptionsMailer); !ok {
		return MailOptions{}, nil
	}
	addr, err := w.Threads.ReplyAddress(ctx, shopID)
	if err != nil || addr == "" {
		return MailOptions{}, err
	}
	var id [16]byte
	_, _ = rand.Read(id[:])
	domain := "localhost"
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		domain = addr[i+1:]
	}
	return MailOptions{MessageID: hex.EncodeToString(id[:]) + "@" + domain, ReplyTo: addr}, nil
}

func (w *ShopperReplyWorker) send(ctx context.Context, to, subject, body string, o MailOptions) error {
	if om, ok := w.Mailer.(OptionsMailer); ok && o != (MailOptions{}) {
		return om.SendOptions(ctx, to, subject, body, o)
	}
	return w.Mailer.Send(ctx, to, subject, body)
}

func (w *ShopperReplyWorker) logger() *slog.Logger {
	if w.Log != nil {
		return w.Log
	}
	return slog.Default()
}

// composeShopper writes the shopper's email in lang (English when the
// language has no text).
func composeShopper(shop *db.Shop, lang string, replies []db.Message, link string) (subject, body string) {
	s, ok := shopperTexts[lang]
	if !ok {
		s = shopperTexts["en"]
	}
	name := shop.Name
	if name == "" {
		name = shop.Domain
	}
	subject = strings.ReplaceAll(s.Subject, "{shop}", name)
	var b strings.Builder
	b.WriteString(strings.ReplaceAll(s.Intro, "{shop}", name))
	b.WriteString("\n\n")
	for _, m := range replies {
		for _, l := range strings.Split(strings.TrimSpace(m.Text), "\n") {
			b.WriteString("> " + l + "\n")
		}
		b.WriteString("\n")
	}
	b.WriteString(s.Link + "\n" + link + "\n")
	return subject, b.String()
}

// shopperText is the fixed wording of the shopper's email in one language.
type shopperText struct{ Subject, Intro, Link string }

// shopperTexts cover every language the assistant answers in.
var shopperTexts = map[string]shopperText{
	"en":      {"{shop} replied to your question", "Our team at {shop} replied to you in the chat:", "Continue the conversation:"},
	"es":      {"{shop} ha respondido a tu consulta", "Nuestro equipo de {shop} te ha respondido en el chat:", "Continúa la conversación:"},
	"fr":      {"{shop} a répondu à votre question", "Notre équipe {shop} vous a répondu dans le chat :", "Reprendre la conversation :"},
	"de":      {"{shop} hat auf Ihre Frage geantwortet", "Unser Team von {shop} hat Ihnen im Chat geantwortet:", "Zum Gespräch:"},
	"it":      {"{shop} ha risposto alla tua domanda", "Il team di {shop} ti ha risposto in chat:", "Continua la conversazione:"},
	"pt":      {"{shop} respondeu à sua pergunta", "Nossa equipe da {shop} respondeu no chat:", "Continue a conversa:"},
	"nl":      {"{shop} heeft je vraag beantwoord", "Ons team van {shop} heeft je in de chat geantwoord:", "Ga verder met het gesprek:"},
	"pl":      {"{shop} odpowiedział na Twoje pytanie", "Zespół {shop} odpowiedział Ci na czacie:", "Kontynuuj rozmowę:"},
	"tr":      {"{shop} sorunuzu yanıtladı", "{shop} ekibi sohbette size yanıt verdi:", "Sohbete devam edin:"},
	"ru":      {"{shop} ответил на ваш вопрос", "Команда {shop} ответила вам в чате:", "Продолжить разговор:"},
	"ar":      {"ردّ {shop} على سؤالك", "ردّ عليك فريق {shop} في المحادثة:", "تابع المحادثة:"},
	"ja":      {"{shop}からご質問への返信があります", "{shop}のスタッフがチャットで返信しました：", "会話を続ける："},
	"ko":      {"{shop}에서 문의에 답변했습니다", "{shop} 상담원이 채팅으로 답변했습니다:", "대화 계속하기:"},
	"zh-Hans": {"{shop} 已回复您的问题", "{shop} 的客服在聊天中回复了您：", "继续对话："},
	"zh-Hant": {"{shop} 已回覆您的問題", "{shop} 的客服在聊天中回覆了您：", "繼續對話："},
	"id":      {"{shop} telah membalas pertanyaan Anda", "Tim {shop} membalas Anda di chat:", "Lanjutkan percakapan:"},
}
