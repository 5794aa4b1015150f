package app

import (
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

func languageOptions(codes []string) []views.Option {
	out := make([]views.Option, len(codes))
	for i, c := range codes {
		out[i] = views.Option{Value: c, Label: views.LanguageName(c)}
	}
	return out
}

// settingsForm turns stored settings into the form's strings.
func settingsForm(st db.Settings, primary string) views.SettingsForm {
	f := views.SettingsForm{
		AccentColor: st.Widget.AccentColor, TextColor: st.Widget.TextColor, Position: st.Widget.Position,
		Languages: st.Languages, AllLanguages: languageOptions(supportedLanguages()),
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
	f.Texts = langTexts(f.Languages, primary, func(code string) views.LangText {
		return views.LangText{Greeting: st.Widget.Greeting[code], Launcher: st.Widget.LauncherLabel[code],
			Offline: st.BusinessHours.OfflineMessage[code]}
	})
	return f
}

// langTexts lists the per-language text blocks: the offered languages, the
// store's primary language first.
func langTexts(langs []string, primary string, get func(code string) views.LangText) []views.LangText {
	codes := slices.Clone(langs)
	if i := slices.Index(codes, primary); i > 0 {
		codes = append([]string{primary}, slices.Delete(codes, i, i+1)...)
	}
	out := make([]views.LangText, 0, len(codes))
	for _, code := range codes {
		t := get(code)
		t.Code, t.Name = code, views.LanguageName(code)
		out = append(out, t)
	}
	return out
}

// parseSettings validates a submitted settings form. It starts from the
// current settings so fields the form does not carry are kept, and returns
// the form (as typed) with an error per invalid field.
func parseSettings(form url.Values, cur db.Settings, primary string) (db.Settings, views.SettingsForm) {
	st := cur
	errs := views.Errors{}
	get := func(k string) string { return strings.TrimSpace(form.Get(k)) }
	on := func(k string) bool { return form.Get(k) != "" }

	f := views.SettingsForm{AccentColor: get("accent_color"), TextColor: get("text_color"), Position: get("position"),
		AllLanguages: languageOptions(supportedLanguages()), HoursEnabled: on("hours_enabled"), Timezone: get("timezone"),
		ReturnWindow: get("return_window"), AllowReturns: on("allow_returns"), HandoffOnRequest: on("handoff_request"),
		HandoffOnFrustration: on("handoff_frustration"), AfterFailed: get("after_failed"), ExpectedReplyHours: get("expected_reply_hours"),
		NotifyEmail:   get("notify_email"),
		RetentionDays: get("retention_days"), Errors: errs,
		CancelEnabled: on("cancel_enabled"), CancelWindow: get("cancel_window"), AddressEnabled: on("address_enabled"),
		AddressWindow: get("address_window"), ReturnFee: get("return_fee"), CostPerTicket: get("cost_per_ticket")}

	if !hexColor.MatchString(f.AccentColor) {
		errs["accent_color"] = "Enter a color like #008060."
	}
	if !hexColor.MatchString(f.TextColor) {
		errs["text_color"] = "Enter a color like #ffffff."
	}
	if f.Position != "bottom-right" && f.Position != "bottom-left" {
		errs["position"] = "Choose bottom right or bottom left."
	}
	st.Widget.AccentColor, st.Widget.TextColor, st.Widget.Position = strings.ToLower(f.AccentColor), strings.ToLower(f.TextColor), f.Position

	supported := supportedLanguages()
	for _, l := range form["languages"] {
		if !slices.Contains(supported, l) {
			errs["languages"] = "Unknown language " + strconv.Quote(l) + "."
			continue
		}
		if !slices.Contains(f.Languages, l) {
			f.Languages = append(f.Languages, l)
		}
	}
	if len(form["languages"]) == 0 {
		errs["languages"] = "Offer at least one language."
	}
	st.Languages = f.Languages

	// Texts of every language the form carried are kept, also for languages
	// just switched off, so switching one back on restores them.
	greeting, launcher, offline := map[string]string{}, map[string]string{}, map[string]string{}
	textField := func(dst map[string]string, prefix, code string, limit int) string {
		v := get(prefix + code)
		if n := len([]rune(v)); n > limit {
			errs[prefix+code] = "Keep it under " + strconv.Itoa(limit) + " characters (now " + strconv.Itoa(n) + ")."
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
	f.Texts = langTexts(f.Languages, primary, func(code string) views.LangText {
		return views.LangText{Greeting: get("greeting." + code), Launcher: get("launcher." + code), Offline: get("offline." + code)}
	})

	st.BusinessHours.Enabled = f.HoursEnabled
	if f.Timezone == "" {
		f.Timezone = "UTC"
	}
	if _, err := time.LoadLocation(f.Timezone); err != nil || strings.EqualFold(f.Timezone, "local") {
		errs["timezone"] = "Unknown time zone; use a name like Europe/Madrid."
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
			errs["hours."+d.Key] = "Use the format 09:00-17:00."
			continue
		}
		if m[1]+m[2] >= m[3]+m[4] {
			errs["hours."+d.Key] = "Closing time must be after opening time."
			continue
		}
		days[d.Key] = d.Hours
		open++
	}
	if f.HoursEnabled && open == 0 && !errsHavePrefix(errs, "hours.") {
		errs["hours.mon"] = "Enter opening hours for at least one day, or switch business hours off."
	}
	st.BusinessHours.Days = days

	st.Returns.WindowDays = intField(errs, "return_window", f.ReturnWindow, 0, 365, "Enter a number of days from 0 to 365.")
	st.Returns.AllowReturnRequests = f.AllowReturns
	st.Handoff.OnRequest, st.Handoff.OnFrustration = f.HandoffOnRequest, f.HandoffOnFrustration
	st.Handoff.AfterFailed = intField(errs, "after_failed", f.AfterFailed, 0, 10, "Enter a number from 0 to 10.")
	// Blank means "measure it", like 0.
	st.Handoff.ExpectedReplyHours = intField(errs, "expected_reply_hours", firstNonEmpty(f.ExpectedReplyHours, "0"), 0, 168,
		"Enter a number of hours from 0 (measure it) to 168.")
	if f.NotifyEmail != "" {
		if a, err := mail.ParseAddress(f.NotifyEmail); err != nil || a.Address != f.NotifyEmail || !strings.Contains(a.Address, ".") {
			errs["notify_email"] = "Enter an email address like support@example.com."
		}
	}
	st.Handoff.NotifyEmail = f.NotifyEmail
	st.RetentionDays = intField(errs, "retention_days", f.RetentionDays, 0, 3650, "Enter a number of days from 0 (keep) to 3650.")
	parseActions(&st.Actions, f, errs)
	st.DeliveryCare, f.Care = parseCare(form, errs, st.DeliveryCare)
	st.Analytics.CostPerTicket = 0
	if f.CostPerTicket != "" {
		v, err := strconv.ParseFloat(strings.ReplaceAll(f.CostPerTicket, ",", "."), 64)
		if err != nil || v <= 0 || v > 10000 {
			errs["cost_per_ticket"] = "Enter an amount like 6.50, or leave it empty for the default."
		} else {
			st.Analytics.CostPerTicket = v
		}
	}
	return st, f
}

// parseActions reads the "Actions on orders" section. A form without it
// (older clients) switches nothing on.
func parseActions(a *db.ActionSettings, f views.SettingsForm, errs views.Errors) {
	a.CancelEnabled, a.AddressEnabled = f.CancelEnabled, f.AddressEnabled
	window := func(name, v string) int {
		if v == "" {
			return 0
		}
		return intField(errs, name, v, 5, 30*24*60, "Enter a number of minutes from 5 to 43200.")
	}
	a.CancelWindowMinutes = window("cancel_window", f.CancelWindow)
	a.AddressWindowMinutes = window("address_window", f.AddressWindow)
	a.ReturnShippingFee = ""
	if f.ReturnFee != "" {
		v, err := strconv.ParseFloat(strings.ReplaceAll(f.ReturnFee, ",", "."), 64)
		if err != nil || v < 0 || v > 1000 {
			errs["return_fee"] = "Enter an amount like 4.95, or leave it empty for free returns."
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
	f := settingsForm(shop.Settings.V, shop.PrimaryLocale)
	f.Saved = c.QueryParam("saved") == "1"
	return render(c, http.StatusOK, views.Settings(p.page(c, tr(c.Request().Context(), "nav.settings"), "settings"), f))
}

func (p *adminPages) saveSettings(c echo.Context) error {
	shop := ShopFrom(c)
	form, err := c.FormParams()
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "Unreadable form.").SetInternal(err)
	}
	st, f := parseSettings(form, shop.Settings.V, shop.PrimaryLocale)
	if f.Errors.Any() {
		return render(c, http.StatusUnprocessableEntity, views.Settings(p.page(c, tr(c.Request().Context(), "nav.settings"), "settings"), f))
	}
	if err := p.store.SaveSettings(c.Request().Context(), shop.ID, st); err != nil {
		return err
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/settings?saved=1"))
}
