package inbox

import (
	"strings"
	"testing"

	"shopassist/assistant/lang"
)

func TestStartersCoverEveryLanguage(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range Starters {
		if seen[s.Key] {
			t.Errorf("duplicate starter %s", s.Key)
		}
		seen[s.Key] = true
		for _, l := range lang.Supported {
			if strings.TrimSpace(s.Texts[l]) == "" {
				t.Errorf("starter %s has no %s text", s.Key, l)
			}
		}
		if len(s.Texts) != len(lang.Supported) {
			t.Errorf("starter %s has %d texts, want %d", s.Key, len(s.Texts), len(lang.Supported))
		}
		// A copy-paste of the English text into another language slot is
		// the likely mistake in a hand-written table.
		for _, l := range lang.Supported[1:] {
			if s.Texts[l] == s.Texts["en"] {
				t.Errorf("starter %s: %s text is the English one", s.Key, l)
			}
		}
	}
	if len(Starters) < 6 {
		t.Errorf("%d starters, want at least 6", len(Starters))
	}
}

func TestCanonical(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"ar", "ar"}, {"pt-BR", "pt"}, {"zh-TW", "zh-Hant"}, {"zh-Hant-HK", "zh-Hant"}, {"zh", "zh-Hans"},
		{"zh-CN", "zh-Hans"}, {"zh_hans", "zh-Hans"}, {"en-GB", "en"}, {"sv", "sv"},
	} {
		if got := Canonical(tc.in); got != tc.want {
			t.Errorf("Canonical(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPick(t *testing.T) {
	texts := map[string]string{"en": "Hello", "de": "Hallo", "zh-Hant": "你好"}
	for _, tc := range []struct {
		shopper, merchant, text, lang string
		own, ok                       bool
	}{
		{"de", "en", "Hallo", "de", true, true},
		{"de-AT", "en", "Hallo", "de", true, true},
		{"zh-TW", "en", "你好", "zh-Hant", true, true},
		{"fr", "en", "Hello", "en", false, true},
		{"fr", "it", "", "", false, false},
		{"", "en", "Hello", "en", false, true},
	} {
		text, lang, own, ok := Pick(texts, tc.shopper, tc.merchant)
		if text != tc.text || lang != tc.lang || own != tc.own || ok != tc.ok {
			t.Errorf("Pick(%s,%s) = %q %q %v %v, want %q %q %v %v", tc.shopper, tc.merchant, text, lang, own, ok,
				tc.text, tc.lang, tc.own, tc.ok)
		}
	}
}

func TestCatalogFind(t *testing.T) {
	c := Catalog([]Reply{{ID: 7, Title: "Mine", Texts: map[string]string{"en": "x"}}})
	if r, ok := Find(c, "own:7"); !ok || r.Title != "Mine" {
		t.Errorf("own reply not found: %+v", r)
	}
	if r, ok := Find(c, "starter:delay_apology"); !ok || r.Texts["ar"] == "" {
		t.Errorf("starter not found: %+v", r)
	}
	if _, ok := Find(c, "starter:nope"); ok {
		t.Error("unknown ref found")
	}
	// The merchant's edit of a starter replaces it in place, under the
	// same ref; an edit of a starter no longer shipped is just theirs.
	edited := Catalog([]Reply{{ID: 9, Key: "delay_apology", Title: "Sorry!", Texts: map[string]string{"ar": "آسفون جدًا"}},
		{ID: 10, Key: "retired", Title: "Old", Texts: map[string]string{"en": "y"}}})
	if len(edited) != len(Starters)+1 {
		t.Fatalf("%d replies, want the starters plus one", len(edited))
	}
	r, ok := Find(edited, "starter:delay_apology")
	if !ok || r.Texts["ar"] != "آسفون جدًا" || !r.Edited() {
		t.Errorf("edited starter = %+v", r)
	}
	if r, ok := Find(edited, "own:10"); !ok || r.Edited() {
		t.Errorf("edit of a retired starter = %+v %v", r, ok)
	}
	n := 0
	for _, r := range edited {
		if r.Key == "delay_apology" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("delay_apology listed %d times", n)
	}
}

func TestSummarize(t *testing.T) {
	s := Summarize(SummaryInput{VerifiedOrder: "#1042", Turns: []Turn{
		{Role: "shopper", Text: "Hallo"},
		{Role: "bot", Text: "Hallo! Wie kann ich helfen?"},
		{Role: "shopper", Text: "Wo ist meine Bestellung 1042?", Translated: "Where is my order 1042?"},
		{Role: "bot", Text: "Sie ist unterwegs.", Translated: "It is on its way."},
		{Role: "shopper", Text: "??"},
	}})
	if s.Asked != "Where is my order 1042?" || !s.AskedTranslated {
		t.Errorf("asked %q %v", s.Asked, s.AskedTranslated)
	}
	if s.BotSaid != "It is on its way." || !s.BotSaidTranslated {
		t.Errorf("bot said %q", s.BotSaid)
	}
	if s.VerifiedOrder != "#1042" {
		t.Errorf("verified order %q", s.VerifiedOrder)
	}
}
