package app_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"shopassist/views/adminlocale"
)

// TestBrowserAdminLocales opens two of the pages translated last, analytics
// (figures, dates, chart labels, tables) and knowledge (sync, policies, FAQ,
// test box), in each admin language, saves a screenshot of each, and checks
// that the page speaks the language: the section titles come from that
// language's catalog and no text overflows sideways (German and French run
// longest).
func TestBrowserAdminLocales(t *testing.T) {
	b := newAdminBrowser(t)
	b.do("laptop", chromedp.EmulateViewport(1280, 900))
	pages := []struct{ name, path, heading string }{
		{"analytics", "/app/analytics?days=90", "an.per_day"},
		{"knowledge", "/app/knowledge", "kn.faq"},
	}
	for _, lang := range adminlocale.Languages() {
		for _, p := range pages {
			sep := "?"
			if strings.Contains(p.path, "?") {
				sep = "&"
			}
			b.open(p.path + sep + "locale=" + lang)
			if got := b.eval(`document.documentElement.lang`); got != lang {
				t.Errorf("%s: lang %q, want %s", p.path, got, lang)
			}
			want := adminlocale.Text(lang, p.heading)
			if got := b.eval(`[...document.querySelectorAll('main h2, main s-heading')].map(h => h.textContent.trim()).join('|')`); !strings.Contains("|"+got+"|", "|"+want+"|") {
				t.Errorf("%s in %s: headings %q lack %q", p.name, lang, got, want)
			}
			if over := b.eval(`String(document.documentElement.scrollWidth - window.innerWidth)`); over != "0" && !strings.HasPrefix(over, "-") {
				t.Errorf("%s in %s overflows by %spx", p.name, lang, over)
			}
			b.shot("locale-" + lang + "-" + p.name)
		}
	}
}
