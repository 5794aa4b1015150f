package facteval

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"shopassist/assistant"
	"shopassist/demo"
)

// Problem kinds, counted separately in the report so a reader sees what
// kind of mistake dominates without seeing the items.
const (
	KindMissing  = "missing fact"
	KindWrong    = "wrong fact"
	KindLanguage = "reply language"
	KindEnglish  = "English words"
)

// Problem is one reason an answer is not right.
type Problem struct {
	Kind   string
	Detail string
}

func (p Problem) String() string { return p.Kind + ": " + p.Detail }

// englishStopwords betray an English sentence in a reply that should be in
// another language. Words that are also ordinary words of a supported
// language are exempted for that language below.
var englishStopwords = map[string]bool{
	"the": true, "and": true, "is": true, "are": true, "your": true, "you": true, "we": true, "to": true,
	"for": true, "with": true, "days": true, "day": true, "shipping": true, "order": true, "orders": true,
	"returns": true, "return": true, "within": true, "free": true, "our": true, "business": true,
	"delivery": true, "items": true, "please": true, "refund": true, "of": true, "from": true,
	"customs": true, "duties": true, "available": true, "stock": true, "price": true, "size": true,
	"sizes": true, "which": true, "this": true, "that": true, "it": true, "have": true, "has": true,
}

// stopwordExceptions are English stopwords that are also words of another
// language ("is" and "we" in Dutch, "to" in Polish, ...).
var stopwordExceptions = map[string][]string{
	"nl": {"is", "we", "of", "have", "stock"},
	"pl": {"to", "we"}, // "we Francji": the preposition before some consonants
	"it": {"stock"},
	"de": {"stock"},
	"fr": {"stock"},
	"es": {"stock"},
	"pt": {"stock", "for"},  // "se for possível": the future subjunctive of ser/ir
	"tr": {"stock", "size"}, // "size e-posta göndeririz": "to you"
	"id": {"stock"},
}

// Grader checks replies; its name list is built once from the demo data.
type Grader struct {
	// names are lower-cased product titles (every locale), vendors,
	// option values, carriers and labels the policies quote in English:
	// names are allowed in any language.
	names []string
	// handles finds a card's product by Shopify id or by any of its
	// titles.
	byID    map[int64]string
	byTitle map[string]string
}

// NewGrader builds a grader over the demo store's names.
func NewGrader() *Grader {
	set := map[string]bool{}
	add := func(s string) {
		if s = strings.ToLower(strings.TrimSpace(s)); s != "" {
			set[s] = true
		}
	}
	tr := demo.Translations()
	for _, p := range demo.Products() {
		add(p.Title)
		add(p.Vendor)
		add(p.ProductType)
		for _, o := range p.Options {
			for _, v := range o.Values {
				add(v)
			}
		}
		for _, t := range tr[p.Id] {
			add(t.Title)
		}
	}
	g := &Grader{byID: map[int64]string{}, byTitle: map[string]string{}}
	for _, p := range demo.Products() {
		g.byID[int64(p.Id)] = p.Handle
		g.byTitle[strings.ToLower(p.Title)] = p.Handle
		for _, t := range tr[p.Id] {
			g.byTitle[strings.ToLower(t.Title)] = p.Handle
		}
	}
	info := demo.StoreInfo()
	add(info.Name)
	for _, s := range []string{
		// Carriers and payment brands, as the policies spell them.
		"DHL Express", "DHL Parcel", "La Poste - Colissimo", "Japan Post", "SF Express", "PostNL", "UPS",
		"Aramex", "Correos", "American Express", "Apple Pay", "Google Pay", "Shop Pay", "PayPal",
		// Labels the translated policies quote in English.
		"Returned goods", "Final sale", "Climate Neutral", "GORE-TEX", "Vibram Megagrip", "USB-C",
		"Northwind Outfitters B.V.",
	} {
		add(s)
	}
	for s := range set {
		g.names = append(g.names, s)
	}
	// Longest first, so "merino hiking socks" goes before "merino".
	sort.Slice(g.names, func(i, j int) bool {
		if len(g.names[i]) != len(g.names[j]) {
			return len(g.names[i]) > len(g.names[j])
		}
		return g.names[i] < g.names[j]
	})
	return g
}

// Grade lists what is wrong with a reply to an item; none means right.
// Facts are looked for in the reply text and in the titles and prices of
// its cards (a recommendation may name products only on cards); the
// language checks read the text only.
func (g *Grader) Grade(it Item, r *assistant.Reply) []Problem {
	var ps []Problem
	shown := r.Text
	for _, c := range r.Cards {
		shown += "\n" + c.Title + " " + c.Price
	}
	text := normalize(shown)
	for _, alts := range it.Must {
		if !anyContains(text, alts) {
			ps = append(ps, Problem{KindMissing, strings.Join(alts, " | ")})
		}
	}
	for _, bad := range it.MustNot {
		if matches(text, bad) {
			ps = append(ps, Problem{KindWrong, bad})
		}
	}
	if len(it.OnlyProducts) > 0 {
		ok := map[string]bool{}
		for _, h := range it.OnlyProducts {
			ok[h] = true
		}
		for _, c := range r.Cards {
			if c.Type != "product" {
				continue
			}
			if h := g.handleOf(c); !ok[h] {
				ps = append(ps, Problem{KindWrong, "product " + c.Title})
			}
		}
	}
	if got := baseLang(r.Language); got != baseLang(it.Lang) {
		ps = append(ps, Problem{KindLanguage, fmt.Sprintf("%s, want %s", r.Language, it.Lang)})
	} else if wrong := otherChineseScript(it.Lang, r.Text); wrong != "" {
		ps = append(ps, Problem{KindLanguage, wrong})
	}
	if baseLang(it.Lang) != "en" {
		if words := g.EnglishWords(it.Lang, r.Text); len(words) > 0 {
			ps = append(ps, Problem{KindEnglish, strings.Join(words, " ")})
		}
	}
	return ps
}

func (g *Grader) handleOf(c assistant.Card) string {
	if h, ok := g.byID[c.ProductID]; ok {
		return h
	}
	return g.byTitle[strings.ToLower(strings.TrimSpace(c.Title))]
}

// Characters written differently in Simplified and Traditional Chinese
// (pairs at the same index). Reply language codes cannot tell the two
// apart when a zh-Hant shopper is served the zh-CN translation.
const (
	simplifiedOnly  = "们运货费个为时单间关税从务购买卖欧韩国过还号码没让说请问进邮际区应该达业东会来对开门见长样钱话这动价优库选择帐备装条无与处实点边现经线给红绿蓝颜轻质签确输递计订详览账"
	traditionalOnly = "們運貨費個為時單間關稅從務購買賣歐韓國過還號碼沒讓說請問進郵際區應該達業東會來對開門見長樣錢話這動價優庫選擇帳備裝條無與處實點邊現經線給紅綠藍顏輕質簽確輸遞計訂詳覽賬"
)

// otherChineseScript describes a Chinese reply written in the other
// script (two or more distinct characters of it), or returns "".
func otherChineseScript(lang, text string) string {
	var other, name string
	switch baseLang(lang) {
	case "zh-Hans":
		other, name = traditionalOnly, "Traditional"
	case "zh-Hant":
		other, name = simplifiedOnly, "Simplified"
	default:
		return ""
	}
	seen := map[rune]bool{}
	for _, r := range text {
		if strings.ContainsRune(other, r) {
			seen[r] = true
		}
	}
	if len(seen) < 2 {
		return ""
	}
	return name + " Chinese characters in the reply"
}

func anyContains(text string, alts []string) bool {
	for _, a := range alts {
		if matches(text, a) {
			return true
		}
	}
	return false
}

// matches looks for one spelling of a fact in normalised text. A trailing
// "*" makes the fact a word prefix, for inflected languages ("agotad*"
// covers agotado, agotada, agotados).
func matches(text, fact string) bool {
	if p, ok := strings.CutSuffix(fact, "*"); ok {
		return containsPrefix(text, normalize(p))
	}
	f := normalize(fact)
	return contains(text, f) || len(f) > 3 && allDigits(f) && contains(spaceGrouped(text), f)
}

// EnglishWords returns the English stopwords found in text outside names,
// e-mail addresses and URLs.
func (g *Grader) EnglishWords(lang, text string) []string {
	low := strings.ToLower(text)
	masked := []byte(low)
	// Blank out every name occurrence that stands as whole words.
	for _, n := range g.names {
		if len(n) < 3 || !strings.Contains(low, n) {
			continue
		}
		first, _ := utf8.DecodeRuneInString(n)
		last, _ := utf8.DecodeLastRuneInString(n)
		for off := 0; ; {
			i := strings.Index(low[off:], n)
			if i < 0 {
				break
			}
			start, end := off+i, off+i+len(n)
			if boundaryBefore(low[:start], first) && boundaryAfter(low[end:], last) {
				for k := start; k < end; k++ {
					masked[k] = ' '
				}
			}
			off = end
		}
	}
	except := map[string]bool{}
	for _, w := range stopwordExceptions[baseLang(lang)] {
		except[w] = true
	}
	var found []string
	seen := map[string]bool{}
	for _, tok := range strings.Fields(string(masked)) {
		if strings.Contains(tok, "@") || strings.Contains(tok, "://") || strings.HasPrefix(tok, "www.") {
			continue
		}
		for _, w := range strings.FieldsFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
			w = strings.Trim(w, "'-")
			if strings.Contains(w, "-") {
				// A hyphenated loan compound the shop's own
				// translation uses ("pre-order" in Indonesian,
				// "mulesing-free" in Chinese) is no English sentence.
				continue
			}
			if englishStopwords[w] && !except[w] && !seen[w] {
				seen[w] = true
				found = append(found, w)
			}
		}
	}
	return found
}

// baseLang maps storefront-style tags onto the engine's language codes.
func baseLang(l string) string {
	switch strings.ToLower(l) {
	case "zh-cn", "zh-hans", "zh", "zh-sg":
		return "zh-Hans"
	case "zh-tw", "zh-hant", "zh-hk":
		return "zh-Hant"
	}
	return l
}
