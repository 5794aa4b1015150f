package db

import (
	"slices"

	"shopassist/assistant/lang"
)

// Settings is the merchant's configuration of the assistant, stored as JSON
// on the shop row so new options need no migration.
type Settings struct {
	Widget        WidgetSettings        `json:"widget"`
	Languages     []string              `json:"languages"`
	BusinessHours BusinessHoursSettings `json:"business_hours"`
	Returns       ReturnSettings        `json:"returns"`
	Handoff       HandoffSettings       `json:"handoff"`
	// RetentionDays deletes conversations older than this; 0 keeps them.
	RetentionDays int `json:"retention_days"`
	// Actions are the order changes the assistant may make itself; each is
	// off until the merchant switches it on.
	Actions ActionSettings `json:"actions"`
	// DeliveryCare configures proactive notices about late shipments.
	DeliveryCare DeliveryCareSettings `json:"delivery_care"`
	// Analytics holds the figures the analytics page estimates with.
	Analytics AnalyticsSettings `json:"analytics"`
}

// DefaultCostPerTicket is what one conversation handled by a person costs
// when the merchant has not said: support benchmarks for e-commerce put an
// email/chat ticket at about 5–8 in USD or EUR (agent time plus tooling),
// so 6 is a middle figure. The page says it is an estimate.
const DefaultCostPerTicket = 6.0

// AnalyticsSettings configure the analytics page's estimates.
type AnalyticsSettings struct {
	// CostPerTicket is the merchant's cost of one conversation handled by
	// a person, in the shop currency; 0 means DefaultCostPerTicket.
	CostPerTicket float64 `json:"cost_per_ticket"`
}

// TicketCost returns the configured cost per human ticket or the default.
func (a AnalyticsSettings) TicketCost() float64 {
	if a.CostPerTicket > 0 {
		return a.CostPerTicket
	}
	return DefaultCostPerTicket
}

// WidgetSettings controls how the storefront widget looks.
type WidgetSettings struct {
	AccentColor   string            `json:"accent_color"`
	TextColor     string            `json:"text_color"`
	Position      string            `json:"position"`
	LauncherLabel map[string]string `json:"launcher_label"`
	Greeting      map[string]string `json:"greeting"`
}

// BusinessHoursSettings say when humans answer handoffs.
type BusinessHoursSettings struct {
	Enabled  bool   `json:"enabled"`
	Timezone string `json:"timezone"`
	// Days maps "mon".."sun" to "09:00-17:00" ranges; missing days are closed.
	Days           map[string]string `json:"days"`
	OfflineMessage map[string]string `json:"offline_message"`
}

// ReturnSettings configure the returns skill.
type ReturnSettings struct {
	WindowDays          int  `json:"window_days"`
	AllowReturnRequests bool `json:"allow_return_requests"`
}

// HandoffSettings decide when the bot hands over to a human.
type HandoffSettings struct {
	OnRequest     bool   `json:"on_request"`
	OnFrustration bool   `json:"on_frustration"`
	AfterFailed   int    `json:"after_failed"`
	NotifyEmail   string `json:"notify_email"`
	// ExpectedReplyHours is what the shopper is told on a handoff ("the
	// team usually replies within about N hours"); 0 uses the measured
	// median of past first agent replies (db.Store.MedianAgentReply).
	ExpectedReplyHours int `json:"expected_reply_hours,omitempty"`
}

// ActionSettings bound the guarded order actions (cancel, address change,
// return or exchange). A zero value allows none of them.
type ActionSettings struct {
	// CancelEnabled lets a verified shopper cancel an unfulfilled order
	// within CancelWindowMinutes of placing it (refund to the original
	// payment, items restocked).
	CancelEnabled       bool `json:"cancel_enabled"`
	CancelWindowMinutes int  `json:"cancel_window_minutes"`
	// AddressEnabled lets a verified shopper change the shipping address of
	// an unfulfilled order within AddressWindowMinutes of placing it.
	AddressEnabled       bool `json:"address_enabled"`
	AddressWindowMinutes int  `json:"address_window_minutes"`
	// ReturnShippingFee is what a return costs the shopper, in the shop's
	// currency as a decimal string ("" or "0" means free), as the return
	// policy states it; it is shown in the return preview.
	ReturnShippingFee string `json:"return_shipping_fee"`
}

// DeliveryCareSettings configure the shipment-risk detector and the
// shopper's delivery notices (issue 15). The zero value is what a shop
// saved before the section existed gets: notices on (they are
// transactional), the default stall threshold, compensation off.
type DeliveryCareSettings struct {
	// NoticesOff stops shopper emails about at-risk shipments (risks are
	// still detected and listed in the admin).
	NoticesOff bool `json:"notices_off"`
	// StallBusinessDays flags a shipment with no carrier event for this
	// many business days (Monday to Friday); 0 means DefaultStallDays.
	StallBusinessDays int `json:"stall_business_days"`
	// DigestEmail receives the daily digest of at-risk shipments; empty
	// falls back to the handoff notification address, then the shop's.
	DigestEmail string `json:"digest_email"`
	// Compensation offers a discount code when a shipment is late.
	Compensation CompensationSettings `json:"compensation"`
}

// DefaultStallDays is the stall threshold when the merchant set none.
const DefaultStallDays = 5

// StallDays is the effective stall threshold.
func (d DeliveryCareSettings) StallDays() int {
	if d.StallBusinessDays <= 0 {
		return DefaultStallDays
	}
	return d.StallBusinessDays
}

// CompensationSettings: late by more than LateDays → a single-use code of
// Percent off, capped at MaxAmount in the shop currency, once per order.
type CompensationSettings struct {
	Enabled   bool    `json:"enabled"`
	LateDays  int     `json:"late_days"`
	Percent   float64 `json:"percent"`
	MaxAmount float64 `json:"max_amount"`
}

// DefaultSettings are applied at install.
func DefaultSettings() Settings {
	return Settings{
		Widget: WidgetSettings{
			AccentColor:   "#008060",
			TextColor:     "#ffffff",
			Position:      "bottom-right",
			LauncherLabel: map[string]string{},
			Greeting:      map[string]string{},
		},
		Languages: slices.Clone(lang.Supported),
		BusinessHours: BusinessHoursSettings{
			Timezone: "UTC",
			Days: map[string]string{
				"mon": "09:00-17:00", "tue": "09:00-17:00", "wed": "09:00-17:00", "thu": "09:00-17:00", "fri": "09:00-17:00",
			},
			OfflineMessage: map[string]string{},
		},
		Returns:       ReturnSettings{WindowDays: 30, AllowReturnRequests: false},
		Handoff:       HandoffSettings{OnRequest: true, OnFrustration: true, AfterFailed: 2},
		RetentionDays: 365,
	}
}
