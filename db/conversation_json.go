package db

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// ConversationState is the dialogue state stored with a conversation (the
// conversations.state column). The assistant's dialogue package works on
// it as dialogue.State (same fields, with the transitions as methods);
// readers outside the assistant (notifications, the inbox) use the fields
// directly instead of type-switching over a decoded map.
type ConversationState struct {
	// Task is the order task in progress (order_status, return_request,
	// cancel_order) while a slot is awaited.
	Task string `json:"task,omitempty"`
	// Awaiting is the slot the last bot message asked for.
	Awaiting string `json:"awaiting,omitempty"`
	// Candidate is the order number given but not yet verified.
	Candidate int64 `json:"candidate,omitempty"`
	// Contact is an email or phone the shopper gave before the order number.
	Contact string `json:"contact,omitempty"`
	// Verified lists order numbers the shopper proved to own.
	Verified []int64 `json:"verified,omitempty"`
	// Current is the verified order follow-ups refer to.
	Current int64 `json:"current,omitempty"`
	// Failures counts failed verifications in this conversation.
	Failures int `json:"failures,omitempty"`
	// LockedUntil stops verifications after too many failures.
	LockedUntil *time.Time `json:"locked_until,omitempty"`
	// ContactAsks counts how often the bot asked again for a handoff
	// contact it could not read.
	ContactAsks int `json:"contact_asks,omitempty"`
	// Shown lists products already recommended, so "more" shows new ones.
	Shown []int64 `json:"shown,omitempty"`
	// Pending is the order action (cancel, address change, return,
	// exchange) the bot is collecting details for or has previewed and
	// awaits an explicit confirmation of.
	Pending *PendingAction `json:"pending,omitempty"`
}

// PendingAction is an order action in progress on a verified order.
type PendingAction struct {
	Kind  string `json:"kind"`
	Order int64  `json:"order"`
	// Step is what the bot asked for last: "address", "items", "reason"
	// or "confirm".
	Step string `json:"step"`
	// Detail is the action's content so far (address, lines, reason),
	// encoded by the engine.
	Detail json.RawMessage `json:"detail,omitempty"`
	// Tries counts unusable answers to the current step.
	Tries int `json:"tries,omitempty"`
	// Nonce identifies one preview: its confirmation is claimed once.
	Nonce string `json:"nonce,omitempty"`
}

// UnmarshalJSON decodes a stored state leniently: a field of the wrong
// type (a row written by an older version) is left at its zero value and
// the rest is kept, so a conversation never becomes unreadable because of
// old state. Malformed JSON is still an error.
func (s *ConversationState) UnmarshalJSON(b []byte) error {
	type plain ConversationState
	return lenient(b, (*plain)(s))
}

// Card is a product or order card shown with a bot message (the
// messages.cards column and the widget API).
type Card struct {
	Type string `json:"type"` // "product" or "order"

	ProductID      int64  `json:"product_id,omitempty"`
	VariantID      int64  `json:"variant_id,omitempty"`
	Title          string `json:"title,omitempty"`
	Price          string `json:"price,omitempty"`
	CompareAtPrice string `json:"compare_at_price,omitempty"`
	Currency       string `json:"currency,omitempty"`
	ImageURL       string `json:"image_url,omitempty"`
	URL            string `json:"url,omitempty"`
	Available      *bool  `json:"available,omitempty"`
	// VariantTitle names the variant VariantID adds ("Black / M").
	VariantTitle string `json:"variant_title,omitempty"`
	// Options and Variants let the shopper pick another size or colour
	// on the card before adding it to the cart; absent for a product
	// with one variant.
	Options  []CardOption  `json:"options,omitempty"`
	Variants []CardVariant `json:"variants,omitempty"`

	OrderName  string         `json:"order_name,omitempty"`
	Status     string         `json:"status,omitempty"`
	StatusText string         `json:"status_text,omitempty"`
	Shipments  []CardShipment `json:"shipments,omitempty"`
}

// UnmarshalJSON decodes a stored card leniently (see ConversationState).
func (c *Card) UnmarshalJSON(b []byte) error {
	type plain Card
	return lenient(b, (*plain)(c))
}

// CardOption is one option of a product card (its name and values in the
// reply language where the shop translated them).
type CardOption struct {
	Name   string   `json:"name"`
	Values []string `json:"values"`
}

// CardVariant is one variant a product card can add: its value for each of
// the card's options, in their order.
type CardVariant struct {
	ID        int64    `json:"id"`
	Title     string   `json:"title"`
	Options   []string `json:"options"`
	Price     string   `json:"price"`
	Available bool     `json:"available"`
}

// CardShipment is one parcel of an order card.
type CardShipment struct {
	Carrier           string `json:"carrier,omitempty"`
	TrackingNumber    string `json:"tracking_number,omitempty"`
	TrackingURL       string `json:"tracking_url,omitempty"`
	StatusText        string `json:"status_text"`
	EstimatedDelivery string `json:"estimated_delivery,omitempty"`
}

// Source is a knowledge passage or page an answer was drawn from (the
// messages.sources column).
type Source struct {
	Kind  string `json:"kind"`
	Title string `json:"title"`
	URL   string `json:"url,omitempty"`
}

// UnmarshalJSON decodes a stored source leniently (see ConversationState).
func (s *Source) UnmarshalJSON(b []byte) error {
	type plain Source
	return lenient(b, (*plain)(s))
}

// lenient decodes b into v, dropping type mismatches: encoding/json has
// decoded every other field when it reports one. Integral numbers written
// as floats (1034.0, from other writers) are normalised and decoded again
// first, so an order id is not lost over its spelling.
func lenient(b []byte, v any) error {
	err := json.Unmarshal(b, v)
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		if err != nil {
			return fmt.Errorf("decode stored json: %w", err)
		}
		return nil
	}
	var generic any
	if json.Unmarshal(b, &generic) == nil {
		if normal, err := json.Marshal(generic); err == nil {
			_ = json.Unmarshal(normal, v) // still-mismatched fields stay zero, as documented
		}
	}
	return nil
}
