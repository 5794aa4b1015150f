package app

import (
	"context"
	"net/url"
	"reflect"
	"slices"
	"sort"
	"testing"

	"shopassist/db"
	"shopassist/views"
)

// sectionCase is one submitted section: the form fields, the error keys it
// must produce (none for a valid one) and a check of what it stored.
type sectionCase struct {
	name  string
	form  url.Values
	errs  []string
	check func(t *testing.T, st db.Settings, f views.SettingsForm)
}

func runSection(t *testing.T, parse settingsSection, cases []sectionCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := settingsInput{form: tc.form, errs: views.Errors{}, primary: "en"}
			st := db.DefaultSettings()
			var f views.SettingsForm
			parse(context.Background(), in, &st, &f)
			var got []string
			for k := range in.errs {
				got = append(got, k)
			}
			sort.Strings(got)
			want := slices.Clone(tc.errs)
			sort.Strings(want)
			if !slices.Equal(got, want) {
				t.Fatalf("errors %v (%v), want %v", got, in.errs, want)
			}
			if tc.check != nil {
				tc.check(t, st, f)
			}
		})
	}
}

func TestParseWidget(t *testing.T) {
	runSection(t, parseWidget, []sectionCase{
		{"valid, lower-cased", url.Values{"accent_color": {"#00AA11"}, "text_color": {"#ffffff"}, "position": {"bottom-left"}}, nil,
			func(t *testing.T, st db.Settings, f views.SettingsForm) {
				if st.Widget.AccentColor != "#00aa11" || st.Widget.Position != "bottom-left" || f.AccentColor != "#00AA11" {
					t.Errorf("widget = %+v, form %q", st.Widget, f.AccentColor)
				}
			}},
		{"bad colors and corner", url.Values{"accent_color": {"red"}, "text_color": {"#fff"}, "position": {"top"}},
			[]string{"accent_color", "text_color", "position"}, nil},
	})
}

func TestParseLanguages(t *testing.T) {
	runSection(t, parseLanguages, []sectionCase{
		{"order kept, repeats dropped", url.Values{"languages": {"fr", "en", "fr"}}, nil,
			func(t *testing.T, st db.Settings, _ views.SettingsForm) {
				if !slices.Equal(st.Languages, []string{"fr", "en"}) {
					t.Errorf("languages = %v", st.Languages)
				}
			}},
		{"unknown", url.Values{"languages": {"en", "xx"}}, []string{"languages"}, nil},
		{"none", url.Values{}, []string{"languages"}, nil},
	})
}

func TestParseTexts(t *testing.T) {
	long := string(make([]rune, maxLauncher+1))
	runSection(t, func(ctx context.Context, in settingsInput, st *db.Settings, f *views.SettingsForm) {
		f.Languages = []string{"de", "en"}
		parseTexts(ctx, in, st, f)
	}, []sectionCase{
		{"per language, primary first, switched-off kept", url.Values{"greeting.en": {" Hi "}, "greeting.de": {"Hallo"},
			"launcher.de": {"Chat"}, "greeting.fr": {"Bonjour"}, "greeting.xx": {"?"}}, nil,
			func(t *testing.T, st db.Settings, f views.SettingsForm) {
				want := map[string]string{"en": "Hi", "de": "Hallo", "fr": "Bonjour"}
				if !reflect.DeepEqual(st.Widget.Greeting, want) || st.Widget.LauncherLabel["de"] != "Chat" {
					t.Errorf("greeting %v launcher %v", st.Widget.Greeting, st.Widget.LauncherLabel)
				}
				if len(f.Texts) != 2 || f.Texts[0].Code != "en" || f.Texts[1].Code != "de" {
					t.Errorf("texts = %+v", f.Texts)
				}
			}},
		{"too long", url.Values{"launcher.en": {long}}, []string{"launcher.en"}, nil},
	})
}

func TestParseHours(t *testing.T) {
	runSection(t, parseHours, []sectionCase{
		{"open days", url.Values{"hours_enabled": {"on"}, "timezone": {"Europe/Madrid"}, "hours.mon": {"09:00 - 17:00"}}, nil,
			func(t *testing.T, st db.Settings, f views.SettingsForm) {
				if !st.BusinessHours.Enabled || st.BusinessHours.Days["mon"] != "09:00-17:00" || len(st.BusinessHours.Days) != 1 || len(f.Days) != 7 {
					t.Errorf("hours = %+v", st.BusinessHours)
				}
			}},
		{"blank zone is UTC", url.Values{}, nil, func(t *testing.T, st db.Settings, _ views.SettingsForm) {
			if st.BusinessHours.Timezone != "UTC" {
				t.Errorf("timezone = %q", st.BusinessHours.Timezone)
			}
		}},
		{"bad zone", url.Values{"timezone": {"Local"}}, []string{"timezone"}, nil},
		{"bad spans", url.Values{"hours.tue": {"9-5"}, "hours.wed": {"18:00-09:00"}}, []string{"hours.tue", "hours.wed"}, nil},
		{"on without a day", url.Values{"hours_enabled": {"on"}}, []string{"hours.mon"}, nil},
	})
}

func TestParseReturnsHandoffRetention(t *testing.T) {
	runSection(t, parseReturns, []sectionCase{
		{"valid", url.Values{"return_window": {"30"}, "allow_returns": {"on"}}, nil, func(t *testing.T, st db.Settings, _ views.SettingsForm) {
			if st.Returns != (db.ReturnSettings{WindowDays: 30, AllowReturnRequests: true}) {
				t.Errorf("returns = %+v", st.Returns)
			}
		}},
		{"out of range", url.Values{"return_window": {"400"}}, []string{"return_window"}, nil},
	})
	runSection(t, parseHandoff, []sectionCase{
		{"blank reply hours measure", url.Values{"after_failed": {"2"}, "notify_email": {"help@shop.example"}}, nil,
			func(t *testing.T, st db.Settings, _ views.SettingsForm) {
				if st.Handoff.AfterFailed != 2 || st.Handoff.ExpectedReplyHours != 0 || st.Handoff.NotifyEmail != "help@shop.example" || st.Handoff.OnRequest {
					t.Errorf("handoff = %+v", st.Handoff)
				}
			}},
		{"bad values", url.Values{"after_failed": {"11"}, "expected_reply_hours": {"200"}, "notify_email": {"Ana <a@b.example>"}},
			[]string{"after_failed", "expected_reply_hours", "notify_email"}, nil},
	})
	runSection(t, parseRetention, []sectionCase{
		{"keep", url.Values{"retention_days": {"0"}}, nil, nil},
		{"blank", url.Values{}, []string{"retention_days"}, nil},
	})
}

func TestParseActionsAndAnalytics(t *testing.T) {
	runSection(t, parseActions, []sectionCase{
		{"on with windows and fee", url.Values{"cancel_enabled": {"on"}, "cancel_window": {"60"}, "return_fee": {"4,5"}}, nil,
			func(t *testing.T, st db.Settings, _ views.SettingsForm) {
				a := st.Actions
				if !a.CancelEnabled || a.CancelWindowMinutes != 60 || a.AddressEnabled || a.AddressWindowMinutes != 0 || a.ReturnShippingFee != "4.50" {
					t.Errorf("actions = %+v", a)
				}
			}},
		{"bad window and fee", url.Values{"address_window": {"1"}, "return_fee": {"-1"}}, []string{"address_window", "return_fee"}, nil},
	})
	runSection(t, parseAnalytics, []sectionCase{
		{"default", url.Values{}, nil, func(t *testing.T, st db.Settings, _ views.SettingsForm) {
			if st.Analytics.CostPerTicket != 0 {
				t.Errorf("cost = %v", st.Analytics.CostPerTicket)
			}
		}},
		{"comma decimal", url.Values{"cost_per_ticket": {"6,5"}}, nil, func(t *testing.T, st db.Settings, _ views.SettingsForm) {
			if st.Analytics.CostPerTicket != 6.5 {
				t.Errorf("cost = %v", st.Analytics.CostPerTicket)
			}
		}},
		{"zero", url.Values{"cost_per_ticket": {"0"}}, []string{"cost_per_ticket"}, nil},
	})
}

// The whole form round-trips: the stored settings shown as a form and
// submitted again parse to the same settings without errors, and parsing
// never writes into the settings it started from.
func TestParseSettingsRoundTrip(t *testing.T) {
	cur := db.DefaultSettings()
	cur.Widget.Greeting = map[string]string{"en": "Hello"}
	cur.BusinessHours.Days = map[string]string{"mon": "09:00-17:00"}
	f := settingsForm(context.Background(), cur, "en")
	form := url.Values{"accent_color": {f.AccentColor}, "text_color": {f.TextColor}, "position": {f.Position},
		"languages": f.Languages, "timezone": {f.Timezone}, "return_window": {f.ReturnWindow}, "after_failed": {f.AfterFailed},
		"expected_reply_hours": {f.ExpectedReplyHours}, "retention_days": {f.RetentionDays}, "greeting.en": {"Hello"}}
	if f.HandoffOnRequest {
		form.Set("handoff_request", "on")
	}
	if f.HandoffOnFrustration {
		form.Set("handoff_frustration", "on")
	}
	if f.AllowReturns {
		form.Set("allow_returns", "on")
	}
	for _, d := range f.Days {
		form.Set("hours."+d.Key, d.Hours)
	}
	before := cur.Clone()
	st, got := parseSettings(context.Background(), form, cur, "en")
	if got.Errors.Any() {
		t.Fatalf("errors: %v", got.Errors)
	}
	if !reflect.DeepEqual(cur, before) {
		t.Error("parseSettings changed the settings it started from")
	}
	if !reflect.DeepEqual(st.Widget, cur.Widget) || !slices.Equal(st.Languages, cur.Languages) ||
		!reflect.DeepEqual(st.BusinessHours.Days, cur.BusinessHours.Days) || st.Returns != cur.Returns {
		t.Errorf("round trip changed settings:\n%+v\n%+v", st, cur)
	}
}
