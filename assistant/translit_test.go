package assistant

import "testing"

// A Latin product name and its spelling in Arabic or Cyrillic letters
// share one consonant skeleton; other words do not.
func TestTransliteratedName(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"ما مدى دفء باركا تندرا؟", "tundra", true},
		{"كم تتحمل كرسي هيلتوب؟", "hilltop", true},
		{"هل حذاء غرانيت مقاوم للماء؟", "granite", true},
		{"كم وزن خيمة سولستيس؟", "solstice", true},
		{"ما هي مادة هودي سميت؟", "summit", true},
		{"حقيبة ريدجلاين", "ridgeline", true},
		{"حذاء سويتشباك للجري", "switchback", true},
		{"Насколько тёплая парка Тундра?", "tundra", true},
		{"Сколько весит стул Хилтоп?", "hilltop", true},
		{"Ботинки Гранит непромокаемые?", "granite", true},
		{"Куртка Фьорд в наличии?", "fjord", true},
		// Not the name: other words, or a skeleton too short to tell.
		{"ما مدى دفء باركا تندرا؟", "granite", false},
		{"Сколько весит стул Хилтоп?", "tundra", false},
		{"هل سترة أورورا مقاومة للماء؟", "aurora", false},
		{"Is the Tundra warm?", "tundra", false}, // Latin is matched as is, elsewhere
	} {
		if got := transliteratedIn(tc.text, tc.name); got != tc.want {
			t.Errorf("transliteratedIn(%q, %q) = %v, want %v (skeleton %q)", tc.text, tc.name, got, tc.want, skeleton(tc.name))
		}
	}
}
