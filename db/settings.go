package db

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
		Languages: []string{"en", "es", "fr", "de", "it", "pt", "nl", "ar", "zh-Hans", "zh-Hant", "ja", "ko", "ru", "tr", "pl", "id"},
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
