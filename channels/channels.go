// Package channels carries shopper conversations over messaging channels
// other than the storefront widget (email, WhatsApp, Messenger, Instagram).
// Every channel hands inbound messages to one Router, which dedupes provider
// retries, finds or creates the conversation of the shopper's address, runs
// the same assistant engine as the widget (same language handling, identity
// rules, actions and handoff) and sends the reply back through the
// channel's Sender. Agent replies from the inbox go out the same way
// (DeliverAgentReply). Protocol details live in the sub-packages
// (channels/meta, channels/email).
package channels

import (
	"context"
	"errors"
	"fmt"
	"time"

	"shopassist/assistant"
	"shopassist/db"
)

// Channel names where a conversation happens; stored in
// conversations.channel and channel_accounts.channel.
type Channel string

// The supported channels.
const (
	Web       Channel = db.ChannelWeb
	Email     Channel = "email"
	WhatsApp  Channel = "whatsapp"
	Messenger Channel = "messenger"
	Instagram Channel = "instagram"
)

// All lists the channels in display order.
var All = []Channel{Web, Email, WhatsApp, Messenger, Instagram}

// Valid reports whether c is a known channel.
func (c Channel) Valid() bool {
	for _, k := range All {
		if c == k {
			return true
		}
	}
	return false
}

// Label is the channel's name for the admin.
func (c Channel) Label() string {
	switch c {
	case Web:
		return "Website chat"
	case Email:
		return "Email"
	case WhatsApp:
		return "WhatsApp"
	case Messenger:
		return "Messenger"
	case Instagram:
		return "Instagram"
	}
	return string(c)
}

// Attachment is a file the shopper sent; agents see it listed.
type Attachment struct {
	Name        string
	ContentType string
	Size        int64
	// URL or provider media id to fetch it with the account's credentials.
	URL string
}

// Inbound is one shopper message received on a channel, already
// authenticated by the channel (signature, mailbox login).
type Inbound struct {
	Shop    *db.Shop
	Account *db.ChannelAccount
	Channel Channel
	// From is the shopper's address on the channel (email address, wa_id,
	// PSID, IGSID); Name the display name the provider gives, if any.
	From string
	Name string
	Text string
	// ProviderMessageID dedupes retries (WhatsApp wamid, Messenger mid,
	// email Message-ID).
	ProviderMessageID string
	// Thread is the email thread root Message-ID (empty elsewhere).
	Thread      string
	Attachments []Attachment
	ReceivedAt  time.Time
}

// Template is a provider-approved message template (WhatsApp), the only
// kind of message allowed outside the customer-service window.
type Template struct {
	Name     string
	Language string
	// Params fill the body's {{1}}, {{2}}, ... in order.
	Params []string
}

// Outbound is one message to send to the shopper. Senders fit it to their
// channel's limits (length, number of buttons).
type Outbound struct {
	Text         string
	QuickReplies []string
	Cards        []assistant.Card
	Template     *Template
	// InReplyTo is the provider id of the shopper message being answered
	// (email threading); may be empty.
	InReplyTo string
	// HumanAgent marks a person's reply sent after the channel's window
	// closed, within its human-agent window (Messenger and Instagram send
	// it with the HUMAN_AGENT tag). Only DeliverAgentReply sets it: the
	// assistant's own answers never carry it.
	HumanAgent bool
}

// Sender delivers messages on one channel.
type Sender interface {
	// Send delivers out to the shopper of conv from acct and returns the
	// provider's message id.
	Send(ctx context.Context, acct *db.ChannelAccount, conv *db.Conversation, out Outbound) (providerID string, err error)
}

// Windowed is implemented by senders of channels that allow free-form
// messages only for a while after the shopper's last message (WhatsApp's
// 24-hour customer-service window).
type Windowed interface {
	// Window is how long after the shopper's last message free-form
	// messages are allowed.
	Window() time.Duration
	// AgentTemplate is the approved template carrying an agent reply
	// outside the window, nil when the account has none configured.
	AgentTemplate(acct *db.ChannelAccount, conv *db.Conversation, text string) *Template
}

// HumanAgentWindowed is implemented by senders of channels with a window
// (Window) after which a person, never the assistant, may still answer for
// a while longer by marking the message (Outbound.HumanAgent): Messenger
// and Instagram's HUMAN_AGENT tag, 7 days. Such channels have no templates:
// past HumanAgentWindow nothing may be sent until the shopper writes again.
type HumanAgentWindowed interface {
	Window() time.Duration
	HumanAgentWindow() time.Duration
}

// WindowError is a send refused before calling the provider because the
// shopper last wrote too long ago; errors.Is(err, ErrOutsideWindow) holds.
type WindowError struct {
	Channel Channel
	// LastInbound is when the shopper last wrote (zero: never on this
	// conversation).
	LastInbound time.Time
	// Limit is how long after LastInbound the refused message was allowed.
	Limit time.Duration
	// NeedsTemplate: an approved template would carry it (WhatsApp), but
	// none is configured.
	NeedsTemplate bool
}

func (e *WindowError) Error() string {
	return fmt.Sprintf("%s: %v (allowed for %s after the shopper's last message)", e.Channel, ErrOutsideWindow, e.Limit)
}

// Is makes a WindowError match ErrOutsideWindow.
func (e *WindowError) Is(target error) bool { return target == ErrOutsideWindow }

// Errors of DeliverAgentReply and Notify.
var (
	// ErrOutsideWindow: the shopper wrote too long ago for a free-form
	// message and no approved template is configured.
	ErrOutsideWindow = errors.New("outside the channel's customer-service window")
	// ErrNoAccount: the shop has no enabled account on the channel.
	ErrNoAccount = errors.New("no connected account on this channel")
	// ErrNotChannel: the conversation is a website chat.
	ErrNotChannel = errors.New("not a channel conversation")
	// ErrSend wraps a provider's refusal or an unreachable provider.
	ErrSend = errors.New("channel send failed")
)
