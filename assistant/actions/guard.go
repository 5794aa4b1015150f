// Package actions holds the rules of the assistant's guarded order actions
// (cancel, shipping-address change, return or exchange): the guards that
// decide whether an action is allowed, the parsing and validation of a new
// address, the choice of order lines and return reasons from a message, and
// the shopper-facing texts in the 16 supported languages. It does no I/O:
// the engine (package assistant) runs the conversation and calls the Admin
// API through its OrderActions.
package actions

import (
	"strings"
	"time"

	"shopassist/db"
)

// Refusal says why an action is not allowed; "" means allowed.
type Refusal string

// Refusals, each with its own explanation to the shopper.
const (
	Allowed Refusal = ""
	// Disabled: the merchant has not switched the action on.
	Disabled Refusal = "disabled"
	// AlreadyCancelled: the order is cancelled.
	AlreadyCancelled Refusal = "cancelled"
	// Fulfilled: part or all of the order has shipped.
	Fulfilled Refusal = "fulfilled"
	// WindowPassed: the order is older than the merchant's window.
	WindowPassed Refusal = "window"
	// PaymentState: the payment is pending, partly refunded or voided,
	// which Shopify cannot cancel and refund cleanly.
	PaymentState Refusal = "payment"
)

// DefaultWindow applies when the merchant switched an action on without
// setting its window.
const DefaultWindow = 2 * time.Hour

func window(minutes int) time.Duration {
	if minutes <= 0 {
		return DefaultWindow
	}
	return time.Duration(minutes) * time.Minute
}

// placedAt is when the order was placed; false when unknown.
func placedAt(o *db.Order) (time.Time, bool) {
	switch {
	case o.ShopifyCreatedAt != nil:
		return *o.ShopifyCreatedAt, true
	case o.ProcessedAt != nil:
		return *o.ProcessedAt, true
	}
	return time.Time{}, false
}

// Deadline is when the action's window closes for o.
func Deadline(o *db.Order, minutes int) (time.Time, bool) {
	p, ok := placedAt(o)
	if !ok {
		return time.Time{}, false
	}
	return p.Add(window(minutes)), true
}

// unfulfilled reports whether nothing of the order has shipped.
func unfulfilled(o *db.Order) bool {
	if len(o.Fulfillments) > 0 {
		return false
	}
	switch strings.ToLower(o.FulfillmentStatus) {
	case "", "unfulfilled", "null":
	default:
		return false
	}
	for _, l := range o.LineItems {
		if l.FulfillmentStatus != "" && !strings.EqualFold(l.FulfillmentStatus, "unfulfilled") {
			return false
		}
	}
	return true
}

// withinWindow reports whether now is inside the action's window.
func withinWindow(o *db.Order, minutes int, now time.Time) bool {
	d, ok := Deadline(o, minutes)
	return ok && !now.After(d)
}

// CheckCancel decides whether the assistant may cancel o. o needs its
// line items and fulfillments loaded.
func CheckCancel(o *db.Order, s db.ActionSettings, now time.Time) Refusal {
	switch {
	case !s.CancelEnabled:
		return Disabled
	case o.CancelledAt != nil:
		return AlreadyCancelled
	case !unfulfilled(o):
		return Fulfilled
	case !withinWindow(o, s.CancelWindowMinutes, now):
		return WindowPassed
	}
	// Paid or only authorized: orderCancel refunds or releases in full.
	// Anything else (pending, partially paid or refunded, voided) needs a
	// person who can see the payment.
	switch strings.ToLower(o.FinancialStatus) {
	case "paid", "authorized":
		return Allowed
	}
	return PaymentState
}

// CheckAddressChange decides whether the assistant may change o's
// shipping address.
func CheckAddressChange(o *db.Order, s db.ActionSettings, now time.Time) Refusal {
	switch {
	case !s.AddressEnabled:
		return Disabled
	case o.CancelledAt != nil:
		return AlreadyCancelled
	case !unfulfilled(o):
		return Fulfilled
	case !withinWindow(o, s.AddressWindowMinutes, now):
		return WindowPassed
	}
	return Allowed
}

// UserError is one refusal of an Admin API mutation (Shopify's userErrors
// entries: field path, code when the type has one, message).
type UserError struct {
	Field   []string
	Code    string
	Message string
}

// UserErrors is a mutation's refusal: Shopify changed nothing.
type UserErrors []UserError

func (u UserErrors) Error() string {
	msgs := make([]string, len(u))
	for i, e := range u {
		msgs[i] = strings.Join(e.Field, ".") + ": " + e.Message
		if e.Code != "" {
			msgs[i] += " (" + e.Code + ")"
		}
	}
	return "rejected: " + strings.Join(msgs, "; ")
}

// RemoteOrder is an order as Shopify has it now, read back after a change.
type RemoteOrder struct {
	CancelledAt       *time.Time
	FinancialStatus   string
	FulfillmentStatus string
	ShippingAddress   *Address
	Returns           []RemoteReturn
}

// RemoteReturn is one return of a RemoteOrder.
type RemoteReturn struct{ ID, Name, Status string }
