package channels

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"shopassist/assistant"
	"shopassist/db"
)

// Answerer is the assistant engine as the router uses it; *assistant.Engine
// implements it.
type Answerer interface {
	Reply(ctx context.Context, r assistant.Request) (*assistant.Reply, error)
}

// Options configure a Router.
type Options struct {
	Logger *slog.Logger
	// Now is the clock (tests); default time.Now.
	Now func() time.Time
	// StaleClaim is how long an unanswered inbound claim blocks retries
	// before another attempt takes it over (default 2 minutes: far above
	// one turn, far below a provider's retry schedule).
	StaleClaim time.Duration
}

// Router receives inbound channel messages and sends replies. Safe for
// concurrent use; it keeps no conversation state in memory.
type Router struct {
	store  *db.Store
	engine Answerer
	opts   Options

	mu      sync.RWMutex
	senders map[Channel]Sender
}

// NewRouter builds a router answering with engine.
func NewRouter(store *db.Store, engine Answerer, opts Options) *Router {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.StaleClaim <= 0 {
		opts.StaleClaim = 2 * time.Minute
	}
	return &Router{store: store, engine: engine, opts: opts, senders: map[Channel]Sender{}}
}

// Register installs the sender of a channel (replacing any earlier one).
func (r *Router) Register(c Channel, s Sender) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.senders[c] = s
}

func (r *Router) sender(c Channel) (Sender, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	s, ok := r.senders[c]
	if !ok {
		return nil, fmt.Errorf("channel %s: no sender registered", c)
	}
	return s, nil
}

// Receive answers one inbound message: exactly once per provider message id
// (a retry of an answered message does nothing; one being answered
// elsewhere returns db.ErrConflict so a job retries later). The reply goes
// out through the channel's sender; a send failure is recorded on the
// message and the account's health and returned, the turn stays stored.
func (r *Router) Receive(ctx context.Context, in Inbound) error {
	if in.Shop == nil || in.Account == nil {
		return fmt.Errorf("receive %s message: no shop or account", in.Channel)
	}
	if !in.Channel.Valid() || in.Channel == Web {
		return fmt.Errorf("receive message: unknown channel %q", in.Channel)
	}
	in.From = strings.TrimSpace(in.From)
	if in.From == "" || in.ProviderMessageID == "" {
		return fmt.Errorf("receive %s message: sender or message id missing", in.Channel)
	}
	sender, err := r.sender(in.Channel)
	if err != nil {
		return err
	}
	text := strings.TrimSpace(in.Text)
	if text == "" {
		text = attachmentsText(in.Attachments)
	}
	if text == "" {
		// Reactions, stickers without caption, unsupported types: nothing
		// to answer, and not worth a turn.
		return nil
	}
	claim := &db.ChannelMessage{ShopID: in.Shop.ID, Channel: string(in.Channel), ChannelAccountID: in.Account.ID,
		ProviderMessageID: in.ProviderMessageID}
	ok, err := r.store.ClaimInbound(ctx, claim, r.opts.StaleClaim)
	if err != nil || !ok {
		return err
	}
	reply, conv, err := r.answer(ctx, in, text)
	if err != nil {
		if rerr := r.store.ReleaseInbound(ctx, claim.ID); rerr != nil {
			err = errors.Join(err, rerr)
		}
		return fmt.Errorf("answer %s message: %w", in.Channel, err)
	}
	botID, _ := strconv.ParseInt(reply.MessageID, 10, 64)
	if err := r.store.FinishInbound(ctx, claim.ID, conv.ID, 0); err != nil {
		// The turn is stored; a retry would answer twice. Log and go on
		// sending: the claim's staleness guards only crashed attempts.
		r.opts.Logger.ErrorContext(ctx, "finish inbound channel message", "channel", in.Channel, "conversation", conv.ID, "err", err)
	}
	if err := r.store.RecordChannelHealth(ctx, in.Account.ID, r.opts.Now(), ""); err != nil {
		r.opts.Logger.WarnContext(ctx, "record channel health", "channel", in.Channel, "err", err)
	}
	out := Outbound{Text: reply.Text, QuickReplies: reply.QuickReplies, Cards: reply.Cards, InReplyTo: in.ProviderMessageID}
	if strings.TrimSpace(out.Text) == "" && len(out.Cards) == 0 {
		return nil
	}
	_, err = r.send(ctx, sender, in.Account, conv, out, botID)
	return err
}

// answer finds or creates the conversation and runs the engine on it.
func (r *Router) answer(ctx context.Context, in Inbound, text string) (*assistant.Reply, *db.Conversation, error) {
	conv, err := r.conversation(ctx, in)
	if err != nil {
		return nil, nil, err
	}
	reply, err := r.engine.Reply(ctx, assistant.Request{Shop: in.Shop, ChannelConversationID: conv.ID, Message: text})
	if err != nil {
		return nil, nil, err
	}
	// Re-read: the turn changed language, status, handoff.
	fresh, err := r.store.GetConversation(ctx, in.Shop.ID, conv.ID)
	if err != nil {
		return nil, nil, err
	}
	return reply, fresh, nil
}

// conversation finds the shopper's open conversation on the channel (and
// thread), or creates one linked to the shopper their address proves.
func (r *Router) conversation(ctx context.Context, in Inbound) (*db.Conversation, error) {
	conv, err := r.store.FindChannelConversation(ctx, in.Shop.ID, string(in.Channel), in.From, in.Thread)
	if err == nil {
		return conv, nil
	}
	if !errors.Is(err, db.ErrNotFound) {
		return nil, err
	}
	// No token: a channel conversation can never be opened from the
	// widget (no token hashes to the empty string); CreateConversation
	// gives it a random id.
	conv = &db.Conversation{ShopID: in.Shop.ID, Status: db.ConversationOpen, Channel: string(in.Channel),
		ChannelAddress: in.From, ChannelThread: in.Thread, State: db.NewJSON(db.ConversationState{})}
	email, phone := provenContact(in.Channel, in.From)
	if _, err := r.store.LinkChannelShopper(ctx, conv, email, phone); err != nil {
		return nil, err
	}
	if err := r.store.CreateConversation(ctx, conv); err != nil {
		return nil, err
	}
	return conv, nil
}

// provenContact is the contact a channel address stands for: the sender of
// an email and the WhatsApp number (wa_id is the phone's digits with the
// country code, verified by WhatsApp at registration). Messenger and
// Instagram ids are page-scoped and prove nothing.
func provenContact(c Channel, from string) (email, phone string) {
	switch c {
	case Email:
		return strings.ToLower(from), ""
	case WhatsApp:
		return "", "+" + strings.TrimPrefix(from, "+")
	}
	return "", ""
}

// send delivers out and records it (status sent or failed) and the
// account's health.
func (r *Router) send(ctx context.Context, s Sender, acct *db.ChannelAccount, conv *db.Conversation, out Outbound, messageID int64) (string, error) {
	providerID, sendErr := s.Send(ctx, acct, conv, out)
	rec := &db.ChannelMessage{ShopID: conv.ShopID, Channel: conv.Channel, ChannelAccountID: acct.ID,
		ConversationID: conv.ID, MessageID: messageID, ProviderMessageID: providerID, Status: db.ChannelSent}
	errText := ""
	if sendErr != nil {
		rec.Status, rec.Error, rec.ProviderMessageID = db.ChannelFailed, sendErr.Error(), ""
		errText = sendErr.Error()
	}
	if err := r.store.RecordOutbound(ctx, rec); err != nil {
		r.opts.Logger.ErrorContext(ctx, "record outbound channel message", "channel", conv.Channel, "conversation", conv.ID, "err", err)
	}
	if errText != "" {
		if err := r.store.RecordChannelHealth(ctx, acct.ID, r.opts.Now(), errText); err != nil {
			r.opts.Logger.WarnContext(ctx, "record channel health", "channel", conv.Channel, "err", err)
		}
		return "", fmt.Errorf("%w: %s: %w", ErrSend, conv.Channel, sendErr)
	}
	return providerID, nil
}

// DeliverAgentReply sends an agent's reply on the conversation's channel
// and stores it as the agent message (the inbox's send path for every
// non-web conversation). Outside the channel's window it is sent as the
// account's approved agent-reply template on WhatsApp, with the
// HUMAN_AGENT tag on Messenger and Instagram (up to 7 days after the
// shopper's last message), or refused with a *WindowError before the
// provider is called. Nothing is stored when the send fails.
func (r *Router) DeliverAgentReply(ctx context.Context, conv *db.Conversation, text, language string) (*db.Message, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, fmt.Errorf("agent reply: empty text")
	}
	acct, s, out, err := r.prepare(ctx, conv, text, true, func(w Windowed, acct *db.ChannelAccount) *Template {
		return w.AgentTemplate(acct, conv, text)
	})
	if err != nil {
		return nil, err
	}
	providerID, err := s.Send(ctx, acct, conv, out)
	if err != nil {
		if herr := r.store.RecordChannelHealth(ctx, acct.ID, r.opts.Now(), err.Error()); herr != nil {
			r.opts.Logger.WarnContext(ctx, "record channel health", "channel", conv.Channel, "err", herr)
		}
		return nil, fmt.Errorf("%w: %s: %w", ErrSend, conv.Channel, err)
	}
	m, err := r.store.AddAgentReply(ctx, conv.ShopID, conv.ID, text, language, r.opts.Now())
	if err != nil {
		return nil, fmt.Errorf("store delivered agent reply: %w", err)
	}
	rec := &db.ChannelMessage{ShopID: conv.ShopID, Channel: conv.Channel, ChannelAccountID: acct.ID,
		ConversationID: conv.ID, MessageID: m.ID, ProviderMessageID: providerID, Status: db.ChannelSent}
	if err := r.store.RecordOutbound(ctx, rec); err != nil {
		r.opts.Logger.ErrorContext(ctx, "record outbound channel message", "channel", conv.Channel, "conversation", conv.ID, "err", err)
	}
	return m, nil
}

// Notify sends a proactive message (e.g. the delivery-care notice) on the
// conversation's channel: text inside the customer-service window; outside
// it the template that template returns for the account on WhatsApp (nil
// refuses with a *WindowError; see meta.DeliveryCareTemplate), and nothing
// on Messenger and Instagram (their human-agent tag is for people, not
// notices). Channels without a window always get text. It stores nothing
// in the transcript; the channel row records the send.
func (r *Router) Notify(ctx context.Context, conv *db.Conversation, text string, template func(*db.ChannelAccount) *Template) (string, error) {
	acct, s, out, err := r.prepare(ctx, conv, text, false, func(_ Windowed, a *db.ChannelAccount) *Template {
		if template == nil {
			return nil
		}
		return template(a)
	})
	if err != nil {
		return "", err
	}
	return r.send(ctx, s, acct, conv, out, 0)
}

// prepare picks the account and sender of conv and applies the channel's
// window: agent says a person wrote text (DeliverAgentReply), which alone
// may use a human-agent window.
func (r *Router) prepare(ctx context.Context, conv *db.Conversation, text string, agent bool,
	template func(Windowed, *db.ChannelAccount) *Template) (*db.ChannelAccount, Sender, Outbound, error) {
	c := Channel(conv.Channel)
	if c == "" || c == Web {
		return nil, nil, Outbound{}, ErrNotChannel
	}
	s, err := r.sender(c)
	if err != nil {
		return nil, nil, Outbound{}, err
	}
	acct, last, err := r.accountOf(ctx, conv)
	if err != nil {
		return nil, nil, Outbound{}, err
	}
	var lastAt time.Time
	if last != nil {
		lastAt = last.CreatedAt
	}
	// since is how long ago the shopper last wrote; never writing counts
	// as outside every window.
	since := r.opts.Now().Sub(lastAt)
	if last == nil {
		since = time.Duration(1<<63 - 1)
	}
	out := Outbound{Text: text}
	switch w := s.(type) {
	case Windowed:
		if since > w.Window() {
			t := template(w, acct)
			if t == nil {
				return nil, nil, Outbound{}, &WindowError{Channel: c, LastInbound: lastAt, Limit: w.Window(), NeedsTemplate: true}
			}
			out = Outbound{Template: t}
		}
	case HumanAgentWindowed:
		switch {
		case since <= w.Window():
		case agent && since <= w.HumanAgentWindow():
			out.HumanAgent = true
		case agent:
			return nil, nil, Outbound{}, &WindowError{Channel: c, LastInbound: lastAt, Limit: w.HumanAgentWindow()}
		default:
			return nil, nil, Outbound{}, &WindowError{Channel: c, LastInbound: lastAt, Limit: w.Window()}
		}
	}
	return acct, s, out, nil
}

// accountOf is the account the shopper last wrote to (else the shop's
// first enabled one on the channel) and that last inbound message.
func (r *Router) accountOf(ctx context.Context, conv *db.Conversation) (*db.ChannelAccount, *db.ChannelMessage, error) {
	last, err := r.store.LastInbound(ctx, conv.ShopID, conv.ID)
	if err != nil && !errors.Is(err, db.ErrNotFound) {
		return nil, nil, err
	}
	if err != nil {
		last = nil
	}
	if last != nil && last.ChannelAccountID != 0 {
		acct, err := r.store.GetChannelAccount(ctx, conv.ShopID, last.ChannelAccountID)
		if err == nil && acct.Enabled {
			return acct, last, nil
		}
		if err != nil && !errors.Is(err, db.ErrNotFound) {
			return nil, nil, err
		}
	}
	accts, err := r.store.ChannelAccounts(ctx, conv.ShopID)
	if err != nil {
		return nil, nil, err
	}
	for i := range accts {
		if accts[i].Channel == conv.Channel && accts[i].Enabled {
			return &accts[i], last, nil
		}
	}
	return nil, nil, ErrNoAccount
}

// attachmentsText stands for a message that is only files, so the turn
// and the transcript show what arrived.
func attachmentsText(atts []Attachment) string {
	if len(atts) == 0 {
		return ""
	}
	names := make([]string, 0, len(atts))
	for _, a := range atts {
		n := a.Name
		if n == "" {
			n = a.ContentType
		}
		if n == "" {
			n = "file"
		}
		names = append(names, n)
	}
	return "[" + strings.Join(names, ", ") + "]"
}
