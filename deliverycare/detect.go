// Package deliverycare finds shipments at risk (carrier delays, failed or
// attempted deliveries, parcels waiting at a pickup point, customs holds,
// passed estimates, no news for days) and tells the shopper once per risk
// event, in their language, by email and in the widget.
//
// The detector is pure: webhook processors feed it carrier events, the
// periodic sweep feeds it the clock. Each finding is stored as one
// shipment_risks row keyed by (fulfillment, kind, event), which is what
// makes every notice go out once.
package deliverycare

import (
	"strings"
	"time"
)

// Risk kinds.
const (
	KindDelayed        = "delayed"
	KindFailure        = "failure"
	KindAttempted      = "attempted_delivery"
	KindReadyForPickup = "ready_for_pickup"
	// KindException covers the carrier statuses Shopify added after the
	// classic set that also need the shopper: buyer action required,
	// returning to sender.
	KindException = "exception"
	KindCustoms   = "customs"
	KindLate      = "late"
	KindStalled   = "stalled"
)

// Kinds lists every risk kind, in the order the admin filters them.
var Kinds = []string{KindDelayed, KindLate, KindStalled, KindCustoms, KindFailure, KindAttempted, KindReadyForPickup, KindException}

// statusKinds maps Shopify's fulfillment event statuses (FulfillmentEventStatus,
// lower-cased as webhooks send them) to risk kinds.
var statusKinds = map[string]string{
	"delayed":                    KindDelayed,
	"failure":                    KindFailure,
	"attempted_delivery":         KindAttempted,
	"ready_for_pickup":           KindReadyForPickup,
	"ready_for_recipient_pickup": KindReadyForPickup,
	"buyer_action_required":      KindException,
	"returning_to_sender":        KindException,
	"exception":                  KindException,
}

// customsWords are how carriers name a customs hold in the languages of
// the markets the app serves; carriers write the event message in their
// own language, not the shopper's.
var customsWords = []string{"customs", "zoll", "douane", "aduana", "dogana", "alfândega", "alfandega",
	"gümrük", "gumruk", "cło", "celn", "bea cukai", "таможн", "税関", "세관", "海关", "海關", "جمارك", "الجمارك"}

// Finding is one risk the detector saw.
type Finding struct {
	Kind string
	// Key identifies the occurrence (see db.ShipmentRisk.EventKey).
	Key      string
	Estimate *time.Time
}

// EventKind is the risk a carrier event shows: its status, or a customs
// hold named in its message; "" when the event is good news.
func EventKind(status, message string) string {
	status = strings.ToLower(strings.TrimSpace(status))
	if k, ok := statusKinds[status]; ok {
		return k
	}
	if status == "delivered" || status == "picked_up" {
		return ""
	}
	msg := strings.ToLower(message)
	for _, w := range customsWords {
		if strings.Contains(msg, w) {
			return KindCustoms
		}
	}
	return ""
}

// FromEvent is the finding of one carrier event. Its key is the event's
// calendar day (UTC): a fulfillments/update carrying the same status on
// the same day is the same occurrence, so it does not notify twice, while a
// delay reported again on a later day is news.
func FromEvent(status, message string, happened time.Time, estimate *time.Time) (Finding, bool) {
	k := EventKind(status, message)
	if k == "" {
		return Finding{}, false
	}
	return Finding{Kind: k, Key: happened.UTC().Format(time.DateOnly), Estimate: estimate}, true
}

// Shipment is what the time-based checks read of a fulfillment.
type Shipment struct {
	Status    string // carrier status (shipment_status)
	Delivered bool
	Estimate  *time.Time
	// LastActivity is the last carrier event, else when it shipped.
	LastActivity *time.Time
}

// Late reports whether the estimate's day (in loc, the shop's time zone) has
// passed without delivery.
func Late(s Shipment, now time.Time, loc *time.Location) bool {
	if s.Delivered || s.Estimate == nil {
		return false
	}
	return DayOf(now, loc).After(DayOf(*s.Estimate, loc))
}

// EstimateToday reports whether the estimate falls on today in loc.
func EstimateToday(est *time.Time, now time.Time, loc *time.Location) bool {
	return est != nil && DayOf(*est, loc).Equal(DayOf(now, loc))
}

// DayOf is t's calendar day in loc, as midnight UTC of that date (so days
// compare and subtract without time-zone arithmetic).
func DayOf(t time.Time, loc *time.Location) time.Time {
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// BusinessDaysBetween counts Monday-to-Friday days after from's day up to
// and including to's day (in loc): Friday → Monday is one business day.
func BusinessDaysBetween(from, to time.Time, loc *time.Location) int {
	a, b := DayOf(from, loc), DayOf(to, loc)
	n := 0
	for d := a.AddDate(0, 0, 1); !d.After(b); d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n++
		}
	}
	return n
}

// TimeFindings are the clock-driven risks of a shipment: a passed estimate
// (keyed by the estimate's day, so a new estimate that passes again is a
// new occurrence) and no carrier news for stallDays business days (keyed by
// the last activity, so a fresh event resets it).
func TimeFindings(s Shipment, now time.Time, loc *time.Location, stallDays int) []Finding {
	if s.Delivered || s.Status == "delivered" {
		return nil
	}
	var out []Finding
	if Late(s, now, loc) {
		out = append(out, Finding{Kind: KindLate, Key: DayOf(*s.Estimate, loc).Format(time.DateOnly), Estimate: s.Estimate})
	}
	if s.LastActivity != nil && stallDays > 0 && BusinessDaysBetween(*s.LastActivity, now, loc) >= stallDays {
		out = append(out, Finding{Kind: KindStalled, Key: s.LastActivity.UTC().Format(time.RFC3339)})
	}
	return out
}

// Condition is what the order-status answer must say about a shipment
// now: a carrier risk status, else late when the estimate passed, else "".
func Condition(s Shipment, now time.Time, loc *time.Location) string {
	if s.Delivered || s.Status == "delivered" {
		return ""
	}
	if k, ok := statusKinds[strings.ToLower(s.Status)]; ok {
		return k
	}
	if Late(s, now, loc) {
		return KindLate
	}
	return ""
}

// Location resolves a shop's IANA time zone, UTC when unknown.
func Location(tz string) *time.Location {
	if tz == "" {
		return time.UTC
	}
	loc, err := time.LoadLocation(tz)
	if err != nil {
		return time.UTC
	}
	return loc
}
