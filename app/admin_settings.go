package app

import (
	"context"
	"net/http"
	"net/mail"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // business-hours time zones must load on hosts without zoneinfo

	"github.com/labstack/echo/v4"

	"shopassist/assistant/actions"
	"shopassist/db"
	"shopassist/views"
)

var (
	hexColor  = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)
	hoursSpan = regexp.MustCompile(`^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$`)
	weekdays  = []views.DayHours{{Key: "mon", Label: "Monday"}, {Key: "tue", Label: "Tuesday"}, {Key: "wed", Label: "Wednesday"},
		{Key: "thu", Label: "Thursday"}, {Key: "fri", Label: "Friday"}, {Key: "sat", Label: "Saturday"}, {Key: "sun", Label: "Sunday"}}
)

// Text limits keep the widget layout intact.
const (
	maxGreeting = 300
	maxLauncher = 40
	maxOffline  = 300
)

// supportedLanguages are the languages the assistant can answer in.
func supportedLanguages() []string { return db.DefaultSettings().Languages }

func languageOptions(ctx context.Context, codes []string) []views.Option {
	out := make([]views.Option, len(codes))
	for i, c := range codes {
		out[i] = views.Option{Value: c, Label: views.LanguageName(ctx, c)}
	}
	return out
}

// settingsForm turns stored settings into the form's strings.
func settingsForm(ctx context.Context, st db.Settings, primary string) views.SettingsForm {
	f := views.SettingsForm{
		AccentColor: st.Widget.AccentColor, TextColor: st.Widget.TextColor, Position: st.Widget.Position,
		Languages: st.Languages, AllLanguages: languageOptions(ctx, supportedLanguages()),
		HoursEnabled: st.BusinessHours.Enabled, Timezone: st.BusinessHours.Timezone,
		ReturnWindow: strconv.Itoa(st.Returns.WindowDays), AllowReturns: st.Returns.AllowReturnRequests,
		HandoffOnRequest: st.Handoff.OnRequest, HandoffOnFrustration: st.Handoff.OnFrustration,
		AfterFailed: strconv.Itoa(st.Handoff.AfterFailed), ExpectedReplyHours: strconv.Itoa(st.Handoff.ExpectedReplyHours),
		NotifyEmail:   st.Handoff.NotifyEmail,
		RetentionDays: strconv.Itoa(st.RetentionDays), Care: careForm(st.DeliveryCare), Errors: views.Errors{},
		CancelEnabled: st.Actions.CancelEnabled, CancelWindow: strconv.Itoa(windowOrDefault(st.Actions.CancelWindowMinutes)),
		AddressEnabled: st.Actions.AddressEnabled, AddressWindow: strconv.Itoa(windowOrDefault(st.Actions.AddressWindowMinutes)),
		ReturnFee:     st.Actions.ReturnShippingFee,
		CostPerTicket: strconv.FormatFloat(st.Analytics.TicketCost(), 'f', 2, 64),
	}
	for _, d := range weekdays {
		d.Hours = st.BusinessHours.Days[d.Key]
		f.Days = append(f.Days, d)
	}
	f.Texts = langTexts(ctx, f.Languages, primary, func(code string) views.LangText {
		return views.LangText{Greeting: st.Widget.Greeting[code], Launcher: st.Widget.LauncherLabel[code],
			Offline: st.BusinessHours.OfflineMessage[code]}
	})
	return f
}

// langTexts lists the per-language text blocks: the offered languages, the
// store's primary language first.
func langTexts(ctx context.Context, langs []string, primary string, get func(code string) views.LangText) []views.LangText {
	codes := slices.Clone(langs)
	if i := slices.Index(codes, primary); i > 0 {
		codes = append([]string{primary}, slices.Delete(codes, i, i+1)...)
	}
	out := make([]views.LangText, 0, len(codes))
	for _, code := range codes {
		t := get(code)
		t.Code, t.Name = code, views.LanguageName(ctx, code)
		out = append(out, t)
	}
	return out
}

// settingsInput is a submitted settings form being parsed: each section's
// parser reads its fields from form and records an error per invalid field
// in errs (shared with the returned form).
type settingsInput struct {
	form    url.Values
	errs    views.Errors
	primary string // the store's primary language, listed first
}

func (in settingsInput) get(k string) string { return strings.TrimSpace(in.form.Get(k)) }
func (in settingsInput) on(k string) bool    { return in.form.Get(k) != "" }

// settingsSection parses one section of the settings form into st (the
// stored settings) and f (the form as typed, shown again on errors).
type settingsSection func(ctx context.Context, in settingsInput, st *db.Settings, f *views.SettingsForm)

// settingsSections are the form's sections in page order. Languages come
// before the texts, which are per offered language.
var settingsSections = []settingsSection{
	parseWidget, parseLanguages, parseTexts, parseHours, parseReturns, parseHandoff, parseRetention,
	parseActions, parseCareSection, parseAnalytics,
}

// parseSettings validates a submitted settings form. It starts from the
// current settings so fields the form does not carry are kept, and returns
// the form (as typed) with an error per invalid field.
func parseSettings(ctx context.Context, form url.Values, cur db.Settings, primary string) (db.Settings, views.SettingsForm) {
	in := settingsInput{form: form, errs: views.Errors{}, primary: primary}
	st := cur.Clone()
	f := views.SettingsForm{AllLanguages: languageOptions(ctx, supportedLanguages()), Errors: in.errs}
	for _, parse := range settingsSections {
		parse(ctx, in, &st, &f)
	}
	return st, f
}

// parseWidget reads the widget's colors and corner.
func parseWidget(ctx context.Context, in settingsInput, st *db.Settings, f *views.SettingsForm) {
	f.AccentColor, f.TextColor, f.Position = in.get("accent_color"), in.get("text_color"), in.get("position")
	if !hexColor.MatchString(f.AccentColor) {
		in.errs["accent_color"] = tr(ctx, "settings.err_color", "#008060")
	}
	if !hexColor.MatchString(f.TextColor) {
		in.errs["text_color"] = tr(ctx, "settings.err_color", "#ffffff")
	}
	if f.Position != "bottom-right" && f.Position != "bottom-left" {
		in.errs["position"] = tr(ctx, "settings.err_position")
	}
	st.Widget.AccentColor, st.Widget.TextColor, st.Widget.Position = strings.ToLower(f.AccentColor), strings.ToLower(f.TextColor), f.Position
}

// parseLanguages reads the languages the assistant offers, in form order
// without repeats.
func parseLanguages(ctx context.Context, in settingsInput, st *db.Settings, f *views.SettingsForm) {
	supported := supportedLanguages()
	for _, l := range in.form["languages"] {
		if !slices.Contains(supported, l) {
			in.errs["languages"] = tr(ctx, "settings.err_language", l)
			continue
		}
		if !slices.Contains(f.Languages, l) {
			f.Languages = append(f.Languages, l)
		}
	}
	if len(in.form["languages"]) == 0 {
		in.errs["languages"] = tr(ctx, "settings.err_languages")
	}
	st.Languages = f.Languages
}

// parseTexts reads the greeting, launcher label and offline message per
// language. Texts of every language the form carried are kept, also for
// languages just switched off, so switching one back on restores them.
func parseTexts(ctx context.Context, in settingsInput, st *db.Settings, f *views.SettingsForm) {
	supported := supportedLanguages()
	greeting, launcher, offline := map[string]string{}, map[string]string{}, map[string]string{}
	textField := func(dst map[string]string, prefix, code string, limit int) {
		v := in.get(prefix + code)
		if n := len([]rune(v)); n > limit {
			in.errs[prefix+code] = tr(ctx, "settings.err_too_long", limit, n)
		}
		if v != "" {
			dst[code] = v
		}
	}
	textCodes := slices.Clone(f.Languages)
	for k := range in.form {
		if code, ok := strings.CutPrefix(k, "greeting."); ok && slices.Contains(supported, code) && !slices.Contains(textCodes, code) {
			textCodes = append(textCodes, code)
		}
	}
	for _, code := range textCodes {
		textField(greeting, "greeting.", code, maxGreeting)
		textField(launcher, "launcher.", code, maxLauncher)
		textField(offline, "offline.", code, maxOffline)
	}
	st.Widget.Greeting, st.Widget.LauncherLabel, st.BusinessHours.OfflineMessage = greeting, launcher, offline
	f.Texts = langTexts(ctx, f.Languages, in.primary, func(code string) views.LangText {
		return views.LangText{Greeting: in.get("greeting." + code), Launcher: in.get("launcher." + code), Offline: in.get("offline." + code)}
	})
}

// parseHours reads the business hours: a time zone and an opening span per
// weekday; switched on, at least one day must be open.
func parseHours(ctx context.Context, in settingsInput, st *db.Settings, f *views.SettingsForm) {
	f.HoursEnabled, f.Timezone = in.on("hours_enabled"), in.get("timezone")
	st.BusinessHours.Enabled = f.HoursEnabled
	if f.Timezone == "" {
		f.Timezone = "UTC"
	}
	if _, err := time.LoadLocation(f.Timezone); err != nil || strings.EqualFold(f.Timezone, "local") {
		in.errs["timezone"] = tr(ctx, "settings.err_timezone")
	}
	st.BusinessHours.Timezone = f.Timezone
	days := map[string]string{}
	for _, d := range weekdays {
		d.Hours = strings.ReplaceAll(in.get("hours."+d.Key), " ", "")
		f.Days = append(f.Days, d)
		if d.Hours == "" {
			continue
		}
		m := hoursSpan.FindStringSubmatch(d.Hours)
		if m == nil {
			in.errs["hours."+d.Key] = tr(ctx, "settings.err_hours_format")
			continue
		}
		if m[1]+m[2] >= m[3]+m[4] {
			in.errs["hours."+d.Key] = tr(ctx, "settings.err_hours_order")
			continue
		}
		days[d.Key] = d.Hours
	}
	if f.HoursEnabled && len(days) == 0 && !errsHavePrefix(in.errs, "hours.") {
		in.errs["hours.mon"] = tr(ctx, "settings.err_hours_none")
	}
	st.BusinessHours.Days = days
}

// parseReturns reads the return window and whether the assistant takes
// return requests.
func parseReturns(ctx context.Context, in settingsInput, st *db.Settings, f *views.SettingsForm) {
	f.ReturnWindow, f.AllowReturns = in.get("return_window"), in.on("allow_returns")
	st.Returns.WindowDays = intField(in.errs, "return_window", f.ReturnWindow, 0, 365, tr(ctx, "settings.err_days_range", 0, 365))
	st.Returns.AllowReturnRequests = f.AllowReturns
}

// parseHandoff reads when the assistant hands over to a person and whom
// it tells.
func parseHandoff(ctx context.Context, in settingsInput, st *db.Settings, f *views.SettingsForm) {
	f.HandoffOnRequest, f.HandoffOnFrustration = in.on("handoff_request"), in.on("handoff_frustration")
	f.AfterFailed, f.ExpectedReplyHours, f.NotifyEmail = in.get("after_failed"), in.get("expected_reply_hours"), in.get("notify_email")
	st.Handoff.OnRequest, st.Handoff.OnFrustration = f.HandoffOnRequest, f.HandoffOnFrustration
	st.Handoff.AfterFailed = intField(in.errs, "after_failed", f.AfterFailed, 0, 10, tr(ctx, "settings.err_number_range", 0, 10))
	// Blank means "measure it", like 0.
	st.Handoff.ExpectedReplyHours = intField(in.errs, "expected_reply_hours", firstNonEmpty(f.ExpectedReplyHours, "0"), 0, 168,
		tr(ctx, "settings.err_reply_hours"))
	if f.NotifyEmail != "" {
		if a, err := mail.ParseAddress(f.NotifyEmail); err != nil || a.Address != f.NotifyEmail || !strings.Contains(a.Address, ".") {
			in.errs["notify_email"] = tr(ctx, "settings.err_email")
		}
	}
	st.Handoff.NotifyEmail = f.NotifyEmail
}

// parseRetention reads how long conversations are kept.
func parseRetention(ctx context.Context, in settingsInput, st *db.Settings, f *views.SettingsForm) {
	f.RetentionDays = in.get("retention_days")
	st.RetentionDays = intField(in.errs, "retention_days", f.RetentionDays, 0, 3650, tr(ctx, "settings.err_retention"))
}

// parseActions reads the "Actions on orders" section. A form without it
// (older clients) switches nothing on.
func parseActions(ctx context.Context, in settingsInput, st *db.Settings, f *views.SettingsForm) {
	f.CancelEnabled, f.CancelWindow = in.on("cancel_enabled"), in.get("cancel_window")
	f.AddressEnabled, f.AddressWindow = in.on("address_enabled"), in.get("address_window")
	f.ReturnFee = in.get("return_fee")
	a := &st.Actions
	a.CancelEnabled, a.AddressEnabled = f.CancelEnabled, f.AddressEnabled
	window := func(name, v string) int {
		if v == "" {
			return 0
		}
		return intField(in.errs, name, v, 5, 30*24*60, tr(ctx, "settings.err_minutes_range", 5, 43200))
	}
	a.CancelWindowMinutes = window("cancel_window", f.CancelWindow)
	a.AddressWindowMinutes = window("address_window", f.AddressWindow)
	a.ReturnShippingFee = ""
	if f.ReturnFee != "" {
		v, err := strconv.ParseFloat(strings.ReplaceAll(f.ReturnFee, ",", "."), 64)
		if err != nil || v < 0 || v > 1000 {
			in.errs["return_fee"] = tr(ctx, "settings.err_return_fee")
		} else {
			a.ReturnShippingFee = strconv.FormatFloat(v, 'f', 2, 64)
		}
	}
}

// parseCareSection reads the Delivery care section (parseCare).
func parseCareSection(ctx context.Context, in settingsInput, st *db.Settings, f *views.SettingsForm) {
	st.DeliveryCare, f.Care = parseCare(ctx, in.form, in.errs, st.DeliveryCare)
}

// parseAnalytics reads the cost of a ticket handled by a person; empty
// means the default.
func parseAnalytics(ctx context.Context, in settingsInput, st *db.Settings, f *views.SettingsForm) {
	f.CostPerTicket = in.get("cost_per_ticket")
	st.Analytics.CostPerTicket = 0
	if f.CostPerTicket != "" {
		v, err := strconv.ParseFloat(strings.ReplaceAll(f.CostPerTicket, ",", "."), 64)
		if err != nil || v <= 0 || v > 10000 {
			in.errs["cost_per_ticket"] = tr(ctx, "settings.err_cost")
		} else {
			st.Analytics.CostPerTicket = v
		}
	}
}

// windowOrDefault shows the window that applies when none was set.
func windowOrDefault(minutes int) int {
	if minutes <= 0 {
		return int(actions.DefaultWindow / time.Minute)
	}
	return minutes
}

func errsHavePrefix(errs views.Errors, prefix string) bool {
	for k := range errs {
		if strings.HasPrefix(k, prefix) {
			return true
		}
	}
	return false
}

func intField(errs views.Errors, name, v string, lo, hi int, msg string) int {
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		errs[name] = msg
		return 0
	}
	return n
}

func (p *adminPages) settings(c echo.Context) error {
	shop := ShopFrom(c)
	f := settingsForm(c.Request().Context(), shop.Settings.V, shop.PrimaryLocale)
	f.Saved = c.QueryParam("saved") == "1"
	return render(c, http.StatusOK, views.Settings(p.page(c, tr(c.Request().Context(), "nav.settings"), "settings"), f))
}

func (p *adminPages) saveSettings(c echo.Context) error {
	shop := ShopFrom(c)
	form, err := c.FormParams()
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, tr(c.Request().Context(), "err.unreadable_form")).SetInternal(err)
	}
	st, f := parseSettings(c.Request().Context(), form, shop.Settings.V, shop.PrimaryLocale)
	if f.Errors.Any() {
		return render(c, http.StatusUnprocessableEntity, views.Settings(p.page(c, tr(c.Request().Context(), "nav.settings"), "settings"), f))
	}
	if err := p.store.SaveSettings(c.Request().Context(), shop.ID, st); err != nil {
		return err
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/settings?saved=1"))
}
