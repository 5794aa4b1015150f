package notify

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/riverqueue/river"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"shopassist/db"
)

// recentMessages is how many of the latest turns the email quotes.
const recentMessages = 6

// HandoffArgs asks for the merchant to be emailed about a handed-off
// conversation. Unique by args: one conversation is notified once.
type HandoffArgs struct {
	ShopID         int64  `json:"shop_id"`
	ConversationID string `json:"conversation_id"`
	// FollowUp marks the batched email about shopper messages written
	// while the conversation waits for the team (see FollowUpOpts).
	FollowUp bool `json:"follow_up,omitempty"`
}

// FollowUpBatch is the longest a shopper's follow-up waits for its email;
// all follow-ups of one conversation within one window share one email.
const FollowUpBatch = 3 * time.Minute

// FollowUpOpts schedules a follow-up email at the end of the current
// window, unique per conversation and window, so a shopper writing five
// messages in a row sends the merchant one email, not five.
func FollowUpOpts(now time.Time) *river.InsertOpts {
	at := now.Truncate(FollowUpBatch).Add(FollowUpBatch)
	return &river.InsertOpts{ScheduledAt: at, UniqueOpts: river.UniqueOpts{ByArgs: true, ByPeriod: FollowUpBatch}}
}

// Kind names the job.
func (HandoffArgs) Kind() string { return "handoff_notify" }

// InsertOpts makes the job unique by its args even when callers forget.
func (HandoffArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// loadErr maps an error loading a notification job's shop or conversation:
// one that no longer exists (uninstall, retention, the shopper's deletion)
// leaves nothing to tell, so the job ends for good; anything else is returned
// for River to retry.
func loadErr(job string, err error) error {
	if errors.Is(err, db.ErrNotFound) {
		return river.JobCancel(err)
	}
	return fmt.Errorf("%s: %w", job, err)
}

// LinkFunc builds the admin URL of a conversation of shop.
type LinkFunc func(shop *db.Shop, conversationID string) string

// HandoffWorker emails the shop's NotifyEmail about one handoff.
type HandoffWorker struct {
	river.WorkerDefaults[HandoffArgs]
	Store  *db.Store
	Mailer Mailer
	Link   LinkFunc
	Log    *slog.Logger
}

// Work loads the conversation and sends the email; a send error is
// returned so River retries it.
func (w *HandoffWorker) Work(ctx context.Context, job *river.Job[HandoffArgs]) error {
	args := job.Args
	shop, err := w.Store.GetShopByID(ctx, args.ShopID)
	if err != nil {
		return loadErr("handoff notify", err)
	}
	to := strings.TrimSpace(shop.Settings.V.Handoff.NotifyEmail)
	if to == "" {
		w.logger().DebugContext(ctx, "handoff not emailed: no notify email", "shop", shop.Domain)
		return nil
	}
	// Scoped by shop: an id from another shop is not found.
	conv, err := w.Store.GetConversation(ctx, shop.ID, args.ConversationID)
	if err != nil {
		return loadErr("handoff notify", err)
	}
	if !conv.Handoff || conv.Status == db.ConversationResolved {
		return nil
	}
	msgs, err := w.Store.ListMessages(ctx, conv.ID, 0, 0)
	if err != nil {
		return fmt.Errorf("handoff notify: %w", err)
	}
	notified, err := w.Store.MerchantNotified(ctx, shop.ID, conv.ID)
	if err != nil {
		return fmt.Errorf("handoff notify: %w", err)
	}
	if args.FollowUp && !shopperWroteAfter(msgs, notified) {
		return nil // covered by the handoff email or an earlier follow-up
	}
	last := int64(0)
	if len(msgs) > 0 {
		last = msgs[len(msgs)-1].ID
	}
	if len(msgs) > recentMessages {
		msgs = msgs[len(msgs)-recentMessages:]
	}
	subject, body := compose(conv, msgs, w.Link(shop, conv.ID))
	if args.FollowUp {
		subject = "Follow-up: " + subject
	}
	if err := w.Mailer.Send(ctx, to, subject, body); err != nil {
		return fmt.Errorf("handoff notify conversation %s: %w", conv.ID, err)
	}
	if err := w.Store.MarkMerchantNotified(ctx, shop.ID, conv.ID, last); err != nil {
		return fmt.Errorf("handoff notify: %w", err)
	}
	w.logger().InfoContext(ctx, "handoff emailed", "shop", shop.Domain, "conversation", conv.ID)
	return nil
}

func (w *HandoffWorker) logger() *slog.Logger {
	if w.Log != nil {
		return w.Log
	}
	return slog.Default()
}

// shopperWroteAfter reports whether a shopper message is newer than id.
func shopperWroteAfter(msgs []db.Message, id int64) bool {
	for _, m := range msgs {
		if m.Role == db.RoleShopper && m.ID > id {
			return true
		}
	}
	return false
}

// compose writes the email. It only uses this conversation's row and
// messages, so no other shopper's data can leak into it.
func compose(conv *db.Conversation, msgs []db.Message, link string) (subject, body string) {
	lang := languageName(conv.Language)
	order := currentOrder(conv)
	subject = "Shopper needs help"
	if lang != "" {
		subject += " (" + lang + ")"
	}
	if order != "" {
		subject += " — order " + order
	}
	var b strings.Builder
	b.WriteString("A shopper asked for a human in the assistant.\n\n")
	line := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%s: %s\n", k, v)
		}
	}
	line("Reason", conv.HandoffReason)
	line("Language", lang)
	line("Order", order)
	line("Shopper email", conv.CustomerEmail)
	line("Shopper phone", conv.CustomerPhone)
	if s := strings.TrimSpace(conv.HandoffSummary); s != "" {
		fmt.Fprintf(&b, "\nSummary:\n%s\n", s)
	}
	if len(msgs) > 0 {
		b.WriteString("\nLast messages:\n")
		for _, m := range msgs {
			who := map[string]string{db.RoleShopper: "Shopper", db.RoleBot: "Assistant", db.RoleAgent: "Agent"}[m.Role]
			if who == "" {
				who = m.Role
			}
			fmt.Fprintf(&b, "  %s: %s\n", who, strings.ReplaceAll(strings.TrimSpace(m.Text), "\n", "\n    "))
		}
	}
	fmt.Fprintf(&b, "\nReply in the admin: %s\n", link)
	return subject, b.String()
}

// languageName turns "fr" into "French"; unknown codes stay as they are.
func languageName(code string) string {
	if code == "" {
		return ""
	}
	tag, err := language.Parse(code)
	if err != nil {
		return code
	}
	if n := display.English.Tags().Name(tag); n != "" {
		return n
	}
	return code
}

// currentOrder reads the order the shopper proved to own (the dialogue
// state's "current"), formatted "#1001"; empty when none.
func currentOrder(conv *db.Conversation) string {
	n := conv.State.V.Current
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf("#%d", n)
}
