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

// parseSettings validates a submitted settings form. It starts from the
// current settings so fields the form does not carry are kept, and returns
// the form (as typed) with an error per invalid field.
func parseSettings(ctx context.Context, form url.Values, cur db.Settings, primary string) (db.Settings, views.SettingsForm) {
	st := cur
	errs := views.Errors{}
	get := func(k string) string { return strings.TrimSpace(form.Get(k)) }
	on := func(k string) bool { return form.Get(k) != "" }

	f := views.SettingsForm{AccentColor: get("accent_color"), TextColor: get("text_color"), Position: get("position"),
		AllLanguages: languageOptions(ctx, supportedLanguages()), HoursEnabled: on("hours_enabled"), Timezone: get("timezone"),
		ReturnWindow: get("return_window"), AllowReturns: on("allow_returns"), HandoffOnRequest: on("handoff_request"),
		HandoffOnFrustration: on("handoff_frustration"), AfterFailed: get("after_failed"), ExpectedReplyHours: get("expected_reply_hours"),
		NotifyEmail:   get("notify_email"),
		RetentionDays: get("retention_days"), Errors: errs,
		CancelEnabled: on("cancel_enabled"), CancelWindow: get("cancel_window"), AddressEnabled: on("address_enabled"),
		AddressWindow: get("address_window"), ReturnFee: get("return_fee"), CostPerTicket: get("cost_per_ticket")}

	if !hexColor.MatchString(f.AccentColor) {
		errs["accent_color"] = tr(ctx, "settings.err_color", "#008060")
	}
	if !hexColor.MatchString(f.TextColor) {
		errs["text_color"] = tr(ctx, "settings.err_color", "#ffffff")
	}
	if f.Position != "bottom-right" && f.Position != "bottom-left" {
		errs["position"] = tr(ctx, "settings.err_position")
	}
	st.Widget.AccentColor, st.Widget.TextColor, st.Widget.Position = strings.ToLower(f.AccentColor), strings.ToLower(f.TextColor), f.Position

	supported := supportedLanguages()
	for _, l := range form["languages"] {
		if !slices.Contains(supported, l) {
			errs["languages"] = tr(ctx, "settings.err_language", l)
			continue
		}
		if !slices.Contains(f.Languages, l) {
			f.Languages = append(f.Languages, l)
		}
	}
	if len(form["languages"]) == 0 {
		errs["languages"] = tr(ctx, "settings.err_languages")
	}
	st.Languages = f.Languages

	// Texts of every language the form carried are kept, also for languages
	// just switched off, so switching one back on restores them.
	greeting, launcher, offline := map[string]string{}, map[string]string{}, map[string]string{}
	textField := func(dst map[string]string, prefix, code string, limit int) string {
		v := get(prefix + code)
		if n := len([]rune(v)); n > limit {
			errs[prefix+code] = tr(ctx, "settings.err_too_long", limit, n)
		}
		if v != "" {
			dst[code] = v
		}
		return v
	}
	textCodes := slices.Clone(f.Languages)
	for k := range form {
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
	f.Texts = langTexts(ctx, f.Languages, primary, func(code string) views.LangText {
		return views.LangText{Greeting: get("greeting." + code), Launcher: get("launcher." + code), Offline: get("offline." + code)}
	})

	st.BusinessHours.Enabled = f.HoursEnabled
	if f.Timezone == "" {
		f.Timezone = "UTC"
	}
	if _, err := time.LoadLocation(f.Timezone); err != nil || strings.EqualFold(f.Timezone, "local") {
		errs["timezone"] = tr(ctx, "settings.err_timezone")
	}
	st.BusinessHours.Timezone = f.Timezone
	days := map[string]string{}
	open := 0
	for _, d := range weekdays {
		d.Hours = strings.ReplaceAll(get("hours."+d.Key), " ", "")
		f.Days = append(f.Days, d)
		if d.Hours == "" {
			continue
		}
		m := hoursSpan.FindStringSubmatch(d.Hours)
		if m == nil {
			errs["hours."+d.Key] = tr(ctx, "settings.err_hours_format")
			continue
		}
		if m[1]+m[2] >= m[3]+m[4] {
			errs["hours."+d.Key] = tr(ctx, "settings.err_hours_order")
			continue
		}
		days[d.Key] = d.Hours
		open++
	}
	if f.HoursEnabled && open == 0 && !errsHavePrefix(errs, "hours.") {
		errs["hours.mon"] = tr(ctx, "settings.err_hours_none")
	}
	st.BusinessHours.Days = days

	st.Returns.WindowDays = intField(errs, "return_window", f.ReturnWindow, 0, 365, tr(ctx, "settings.err_days_range", 0, 365))
	st.Returns.AllowReturnRequests = f.AllowReturns
	st.Handoff.OnRequest, st.Handoff.OnFrustration = f.HandoffOnRequest, f.HandoffOnFrustration
	st.Handoff.AfterFailed = intField(errs, "after_failed", f.AfterFailed, 0, 10, tr(ctx, "settings.err_number_range", 0, 10))
	// Blank means "measure it", like 0.
	st.Handoff.ExpectedReplyHours = intField(errs, "expected_reply_hours", firstNonEmpty(f.ExpectedReplyHours, "0"), 0, 168,
		"Enter a number of hours from 0 (measure it) to 168.")
	if f.NotifyEmail != "" {
		if a, err := mail.ParseAddress(f.NotifyEmail); err != nil || a.Address != f.NotifyEmail || !strings.Contains(a.Address, ".") {
			errs["notify_email"] = tr(ctx, "settings.err_email")
		}
	}
	st.Handoff.NotifyEmail = f.NotifyEmail
	st.RetentionDays = intField(errs, "retention_days", f.RetentionDays, 0, 3650, tr(ctx, "settings.err_retention"))
	parseActions(ctx, &st.Actions, f, errs)
	st.DeliveryCare, f.Care = parseCare(ctx, form, errs, st.DeliveryCare)
	st.Analytics.CostPerTicket = 0
	if f.CostPerTicket != "" {
		v, err := strconv.ParseFloat(strings.ReplaceAll(f.CostPerTicket, ",", "."), 64)
		if err != nil || v <= 0 || v > 10000 {
			errs["cost_per_ticket"] = tr(ctx, "settings.err_cost")
		} else {
			st.Analytics.CostPerTicket = v
		}
	}
	return st, f
}

// parseActions reads the "Actions on orders" section. A form without it
// (older clients) switches nothing on.
func parseActions(ctx context.Context, a *db.ActionSettings, f views.SettingsForm, errs views.Errors) {
	a.CancelEnabled, a.AddressEnabled = f.CancelEnabled, f.AddressEnabled
	window := func(name, v string) int {
		if v == "" {
			return 0
		}
		return intField(errs, name, v, 5, 30*24*60, tr(ctx, "settings.err_minutes_range", 5, 43200))
	}
	a.CancelWindowMinutes = window("cancel_window", f.CancelWindow)
	a.AddressWindowMinutes = window("address_window", f.AddressWindow)
	a.ReturnShippingFee = ""
	if f.ReturnFee != "" {
		v, err := strconv.ParseFloat(strings.ReplaceAll(f.ReturnFee, ",", "."), 64)
		if err != nil || v < 0 || v > 1000 {
			errs["return_fee"] = tr(ctx, "settings.err_return_fee")
		} else {
			a.ReturnShippingFee = strconv.FormatFloat(v, 'f', 2, 64)
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
		return echo.NewHTTPError(http.StatusBadRequest, "Unreadable form.").SetInternal(err)
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
