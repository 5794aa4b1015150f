package demo

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// lineCounts returns the number of lines of each blank-line separated
// paragraph. The assistant aligns a translation with the original passage by
// passage by position, so a translation must keep the original's paragraphs,
// and within each paragraph its headings and list items (one per line).
func lineCounts(body string) []int {
	var out []int
	for _, p := range strings.Split(strings.TrimSpace(body), "\n\n") {
		out = append(out, len(strings.Split(strings.TrimSpace(p), "\n")))
	}
	return out
}

var digitRun = regexp.MustCompile(`\d+`)

// missingNumbers returns the digit runs of en that tr lacks: prices, days,
// percentages and sizes must survive translation. "€4.95" and "4,95 €" both
// yield 4 and 95.
func missingNumbers(en, tr string) []string {
	have := map[string]bool{}
	for _, n := range digitRun.FindAllString(tr, -1) {
		have[n] = true
	}
	var out []string
	for _, n := range digitRun.FindAllString(en, -1) {
		if !have[n] && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

func paragraphsOf(s string) []string { return strings.Split(strings.TrimSpace(s), "\n\n") }

// checkStructure compares a translated body with its English original.
// Numbers are checked for the locales added in i18n_*.go; the older
// translations write some figures in words or local units (1万円).
func checkStructure(t *testing.T, where, locale, en, tr string) {
	t.Helper()
	if !slices.Equal(lineCounts(tr), lineCounts(en)) {
		t.Errorf("%s/%s: paragraph/line structure %v, English has %v", where, locale, lineCounts(tr), lineCounts(en))
		return
	}
	if !slices.Contains(moreLocales(), locale) {
		return
	}
	enP, trP := paragraphsOf(en), paragraphsOf(tr)
	for i := range enP {
		if miss := missingNumbers(enP[i], trP[i]); len(miss) > 0 {
			t.Errorf("%s/%s paragraph %d: lacks the numbers %v of the English", where, locale, i+1, miss)
		}
	}
}

func TestTranslationStructure(t *testing.T) {
	for _, p := range Policies() {
		for locale, tx := range p.Translations {
			checkStructure(t, p.Type, locale, p.Body, tx.Body)
		}
	}
	for _, p := range Pages() {
		for locale, tx := range p.Translations {
			checkStructure(t, p.Handle, locale, p.Body, tx.Body)
		}
	}
	for _, f := range FAQs() {
		for locale, a := range f.Answers {
			checkStructure(t, "faq "+f.ID, locale, f.Answers["en"], a)
		}
	}
}

// TestMoreLocalesComplete checks that every added locale is published and
// translates everything that has a translation at all: both translated
// policies, every translated page and every FAQ entry.
func TestMoreLocalesComplete(t *testing.T) {
	published := StoreInfo().Locales
	docs := moreLocaleDocs()
	if len(docs) != len(moreLocales()) {
		t.Errorf("%d locale tables for %d locales", len(docs), len(moreLocales()))
	}
	for _, locale := range moreLocales() {
		if !slices.Contains(published, locale) {
			t.Errorf("%s: not published", locale)
		}
		if _, ok := docs[locale]; !ok {
			t.Errorf("%s: no translations", locale)
		}
		for _, p := range Policies() {
			if _, ok := p.Translations[locale]; len(p.Translations) > 0 && !ok {
				t.Errorf("%s policy lacks %s", p.Type, locale)
			}
		}
		for _, p := range Pages() {
			if _, ok := p.Translations[locale]; len(p.Translations) > 0 && !ok {
				t.Errorf("%s page lacks %s", p.Handle, locale)
			}
		}
		for _, f := range FAQs() {
			if f.Answers[locale] == "" || len(f.Questions[locale]) < 2 {
				t.Errorf("FAQ %s lacks %s", f.ID, locale)
			}
		}
	}
	// Every translated entry names a real page or FAQ entry.
	handles, ids := map[string]bool{}, map[string]bool{}
	for _, p := range Pages() {
		handles[p.Handle] = true
	}
	for _, f := range FAQs() {
		ids[f.ID] = true
	}
	for locale, d := range docs {
		if d.shipping.Title == "" || d.refund.Title == "" {
			t.Errorf("%s: policy without title", locale)
		}
		for h, p := range d.pages {
			if !handles[h] || p.Title == "" {
				t.Errorf("%s: bad page translation %q", locale, h)
			}
		}
		for id := range d.faqs {
			if !ids[id] {
				t.Errorf("%s: translation of unknown FAQ %q", locale, id)
			}
		}
	}
}
