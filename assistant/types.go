package assistant

import (
	"errors"
	"time"

	"shopassist/db"
	"shopassist/limits"
)

// ErrConversationNotFound is returned for an unknown conversation id, a
// wrong token, another shop's conversation or another customer's: callers
// cannot tell these apart, so an id alone never exposes a chat.
var ErrConversationNotFound = errors.New("conversation not found")

// UnavailableError is returned when a message could not be answered
// because a dependency (the database) failed. Nothing of the turn was
// stored; Message tells the shopper so in Language and asks them to retry.
type UnavailableError struct {
	Language string
	Message  string
	Err      error
}

func (e *UnavailableError) Error() string {
	return "assistant temporarily unavailable: " + e.Err.Error()
}

func (e *UnavailableError) Unwrap() error { return e.Err }

// ErrEmptyMessage is returned for a blank shopper message.
var ErrEmptyMessage = errors.New("empty message")

// MaxMessageRunes caps a message the engine reads, from any channel;
// longer input is truncated (limits.EngineMessage says why).
const MaxMessageRunes = limits.EngineMessage

// Request is one shopper message as the app proxy hands it over.
type Request struct {
	Shop              *db.Shop
	ConversationID    string
	ConversationToken string
	Message           string
	// Locale is the storefront locale (request.locale.iso_code).
	Locale string
	// Country is the storefront's country (localization.country.iso_code,
	// the market the shopper browses), used when a shipping or duties
	// question names none. Empty when unknown.
	Country string
	// ProductID is the product the shopper is viewing (0 off product
	// pages), for "is this waterproof?".
	ProductID       int64
	BrowserLanguage string
	// TimeZone is the shopper's IANA time zone as the browser reports it
	// (empty when unknown): business hours are told in the shopper's time.
	TimeZone string
	// CustomerID is the signed-in customer: logged_in_customer_id from the
	// app proxy or the sub of a customer-account extension's session token;
	// 0 if anonymous.
	CustomerID int64
	// PageOrder is the order number the shopper has open on the surface the
	// message comes from (a customer-account order-status page), 0
	// elsewhere: the order a question means when it names none. It proves
	// nothing; ownership is checked as for a typed number.
	PageOrder int64
	// ClientIP, when set, scopes the order-verification attempt limit to
	// the shopper's address across conversations.
	ClientIP string
	// Directive, when set, states the intent and entities instead of
	// leaving them to the NLU (outside agents' typed tool calls).
	Directive *Directive
	// ChannelConversationID names a conversation owned by a messaging
	// channel (email, WhatsApp, Messenger, Instagram): the channel router
	// found or created it from the provider's authenticated webhook, so it
	// is loaded without a token. Only package channels sets it; the app
	// proxy never does. It proves nothing about orders: the identity rules
	// are the same as in the widget.
	ChannelConversationID string
}

// Card is a product or order card rendered by the widget; one definition,
// stored as is in the messages table.
type Card = db.Card

// Shipment is one parcel of an order card.
type Shipment = db.CardShipment

// Source is a policy, page or FAQ entry an answer came from.
type Source = db.Source

// Reply is the assistant's answer to one message.
type Reply struct {
	ConversationID string `json:"conversation_id"`
	// ConversationToken is set only when the conversation was created by
	// this call; the widget must present it on every later call.
	ConversationToken string   `json:"conversation_token,omitempty"`
	MessageID         string   `json:"message_id"`
	Text              string   `json:"reply"`
	Language          string   `json:"language"`
	Intent            string   `json:"intent"`
	Cards             []Card   `json:"cards"`
	QuickReplies      []string `json:"quick_replies"`
	Handoff           bool     `json:"handoff"`
	// ShopperLanguage is set when the shopper wrote in a language the
	// assistant does not support (ISO 639-1) or the merchant does not offer
	// (Settings → Languages): the reply is in Language, the store's, and
	// its first line says so in ShopperLanguage.
	ShopperLanguage string `json:"shopper_language,omitempty"`
	// AskRating asks the widget to show the end-of-chat rating: the shopper
	// said thanks or goodbye, or left feedback.
	AskRating bool `json:"ask_rating,omitempty"`
	// Offline is true when a handoff happened outside business hours.
	Offline bool     `json:"offline,omitempty"`
	Sources []Source `json:"sources,omitempty"`
}

// HistoryMessage is one stored turn as the widget shows it.
type HistoryMessage struct {
	ID        string    `json:"id"`
	Role      string    `json:"role"`
	Text      string    `json:"text"`
	Language  string    `json:"language,omitempty"`
	Intent    string    `json:"intent,omitempty"`
	Cards     []Card    `json:"cards,omitempty"`
	Sources   []Source  `json:"sources,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

// History is a conversation's transcript, including merchant (agent) replies.
type History struct {
	ConversationID string           `json:"conversation_id"`
	Language       string           `json:"language"`
	Status         string           `json:"status"`
	Handoff        bool             `json:"handoff"`
	Messages       []HistoryMessage `json:"messages"`
}

// Analysis is the admin's "test the assistant" view of one message.
type Analysis struct {
	Language           string   `json:"language"`
	LanguageConfidence float64  `json:"language_confidence"`
	Intent             string   `json:"intent"`
	Confidence         float64  `json:"confidence"`
	Frustrated         bool     `json:"frustrated"`
	OrderNumber        string   `json:"order_number,omitempty"`
	Colors             []string `json:"colors,omitempty"`
	Sizes              []string `json:"sizes,omitempty"`
	ProductWords       []string `json:"product_words,omitempty"`
	Sources            []Source `json:"sources,omitempty"`
	Reply              string   `json:"reply"`
	Cards              []Card   `json:"cards,omitempty"`
}
