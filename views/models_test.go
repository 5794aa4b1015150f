package views

import (
	"bytes"
	"context"
	"net/url"
	"slices"
	"strings"
	"testing"

	"shopassist/views/adminlocale"
)

func TestPageURL(t *testing.T) {
	tests := []struct {
		name, linkQuery, path, want string
	}{
		{"outside the embedded admin the path is kept", "", "/app/settings?tab=1", "/app/settings?tab=1"},
		{"adds shop and host", "shop=demo.myshopify.com&host=YWRtaW4", "/app/conversations",
			"/app/conversations?host=YWRtaW4&shop=demo.myshopify.com"},
		{"keeps the path's own query", "shop=demo.myshopify.com", "/app/analytics?days=30",
			"/app/analytics?days=30&shop=demo.myshopify.com"},
		{"the path's value wins over the link query's", "shop=demo.myshopify.com", "/app/x?shop=other.myshopify.com",
			"/app/x?shop=other.myshopify.com"},
		{"an unparsable path comes back as is", "shop=a", "/app/%zz", "/app/%zz"},
		{"special characters are escaped", "shop=a&host=b+c/d=", "/app", "/app?host=b+c%2Fd%3D&shop=a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (Page{LinkQuery: tt.linkQuery}).URL(tt.path); got != tt.want {
				t.Errorf("URL(%q) = %q, want %q", tt.path, got, tt.want)
			}
		})
	}
}

func TestPageHiddenQuery(t *testing.T) {
	tests := []struct {
		linkQuery string
		want      []Option
	}{
		{"", nil},
		{"shop=demo.myshopify.com&host=YWRtaW4&embedded=1",
			[]Option{{"embedded", "1"}, {"host", "YWRtaW4"}, {"shop", "demo.myshopify.com"}}},
		{"a=2&a=1", []Option{{"a", "2"}, {"a", "1"}}}, // repeated names keep their order
	}
	for _, tt := range tests {
		if got := (Page{LinkQuery: tt.linkQuery}).HiddenQuery(); !slices.Equal(got, tt.want) {
			t.Errorf("HiddenQuery(%q) = %v, want %v", tt.linkQuery, got, tt.want)
		}
	}
}

func TestSyncPercent(t *testing.T) {
	tests := []struct {
		done, total, want int
	}{
		{0, 0, 0}, {5, 0, 0}, {3, -1, 0}, {0, 200, 0}, {1, 3, 33}, {199, 200, 99}, {200, 200, 100},
		{250, 200, 100}, // a count racing the total never shows more than 100
		{-5, 200, 0},
	}
	for _, tt := range tests {
		if got := (SyncView{Done: tt.done, Total: tt.total}).Percent(); got != tt.want {
			t.Errorf("Percent(%d/%d) = %d, want %d", tt.done, tt.total, got, tt.want)
		}
	}
}

func TestSettingsOffers(t *testing.T) {
	f := SettingsForm{Languages: []string{"en", "es", "zh-Hant"}}
	for code, want := range map[string]bool{"en": true, "zh-Hant": true, "zh-Hans": false, "EN": false, "": false} {
		if got := f.Offers(code); got != want {
			t.Errorf("Offers(%q) = %v, want %v", code, got, want)
		}
	}
	if (SettingsForm{}).Offers("en") {
		t.Error("an empty selection offers en")
	}
}

func TestErrorsAny(t *testing.T) {
	if (Errors{}).Any() || Errors(nil).Any() {
		t.Error("no errors reported as some")
	}
	if !(Errors{"email": "required"}).Any() {
		t.Error("an error not reported")
	}
}

func TestExportURL(t *testing.T) {
	tests := []struct {
		name string
		d    AnalyticsData
		want url.Values
	}{
		{"preset range", AnalyticsData{Days: 30}, url.Values{"export": {"intents"}, "days": {"30"}}},
		{"custom range", AnalyticsData{From: "2026-11-01", To: "2026-11-30"},
			url.Values{"export": {"intents"}, "from": {"2026-11-01"}, "to": {"2026-11-30"}}},
		{"channel filter kept", AnalyticsData{Days: 7, Channel: "whatsapp"},
			url.Values{"export": {"intents"}, "days": {"7"}, "channel": {"whatsapp"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := exportURL(tt.d, "intents")
			path, query, _ := strings.Cut(got, "?")
			if path != "/app/analytics" {
				t.Fatalf("path %q", path)
			}
			q, err := url.ParseQuery(query)
			if err != nil {
				t.Fatal(err)
			}
			if q.Encode() != tt.want.Encode() {
				t.Errorf("query %q, want %q", q.Encode(), tt.want.Encode())
			}
		})
	}
}

func TestLabelsInAdminLanguage(t *testing.T) {
	en := adminlocale.WithLang(context.Background(), "en")
	de := adminlocale.WithLang(context.Background(), "de")
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"language in English with its own name", LanguageName(en, "es"), "Spanish (español)"},
		{"language in German", LanguageName(de, "es"), "Spanisch (español)"},
		{"English in English has no repeat", LanguageName(en, "en"), "English"},
		{"unparsable code comes back", LanguageName(en, "not a code!"), "not a code!"},
		{"unknown intent keeps its name", IntentLabel(en, "no_such_intent"), "no_such_intent"},
		{"no intent", IntentLabel(en, ""), "—"},
		{"brand channel keeps its name", ChannelLabel(de, "whatsapp"), "WhatsApp"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	if LanguageName(en, "") == "" {
		t.Error("an empty code has no label")
	}
	for _, in := range Intents() {
		if l := IntentLabel(de, in); l == "" || l == in {
			t.Errorf("intent %q has no German label (%q)", in, l)
		}
	}
}

// The error page shows the handler's message as text: whatever a client
// put in it cannot become markup.
func TestErrorPageEscapes(t *testing.T) {
	var b bytes.Buffer
	err := ErrorPage(404, "Not Found", `no product "<script>alert(1)</script>"`).Render(context.Background(), &b)
	if err != nil {
		t.Fatal(err)
	}
	html := b.String()
	if strings.Contains(html, "<script>") {
		t.Fatalf("message rendered as markup: %s", html)
	}
	for _, want := range []string{"<title>404 Not Found</title>", "&lt;script&gt;alert(1)&lt;/script&gt;"} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %q: %s", want, html)
		}
	}
}
