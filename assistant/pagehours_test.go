package assistant

import (
	"reflect"
	"testing"
)

// TestReadPageHours: the days, hours, address and answer time an English
// page states, and what is none of them (a count of delivery days).
func TestReadPageHours(t *testing.T) {
	for _, c := range []struct {
		text string
		want []pageHours
	}{
		{"Visit us: our workshop and showroom is at Havenstraat 12, Utrecht, open Thursday to Saturday 10:00–18:00.",
			[]pageHours{{address: "Havenstraat 12, Utrecht", days: []int{4, 6}, dayRange: true, from: "10:00", to: "18:00"}}},
		{"Email: support@northwind-outfitters.example. Our customer service team answers within one business day, Monday to Friday 09:00–17:00 CET.",
			[]pageHours{{days: []int{1, 5}, dayRange: true, from: "09:00", to: "17:00", zone: "CET", service: true, replyWithin: 1}}},
		{"Our store at 5 Market Street, Leeds is open Mon, Wed and Fri 9am-5:30pm.",
			[]pageHours{{address: "5 Market Street, Leeds", days: []int{1, 3, 5}, from: "09:00", to: "17:30"}}},
		{"Phone support: Monday through Saturday, 8 a.m. to 8 p.m. EST.",
			[]pageHours{{days: []int{1, 6}, dayRange: true, from: "08:00", to: "20:00", zone: "EST", service: true}}},
		// Delivery in days, not hours of a day.
		{"Orders placed Monday to Friday arrive in 2-4 business days.", nil},
		{"We ship worldwide.", nil},
	} {
		if got := readPageHours(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q:\n got %+v\nwant %+v", c.text, got, c.want)
		}
	}
}

// TestPageHoursIn: days in the shopper's language, a span with a dash.
func TestPageHoursIn(t *testing.T) {
	h := pageHours{days: []int{4, 6}, dayRange: true}
	for lang, want := range map[string]string{"es": "jueves–sábado", "de": "Donnerstag–Samstag", "zh-Hans": "星期四–星期六", "xx": "Thursday–Saturday"} {
		if got := h.daysIn(lang); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	if got := (pageHours{days: []int{1, 3, 5}}).daysIn("fr"); got != "lundi, mercredi, vendredi" {
		t.Errorf("list: %q", got)
	}
}
