package knowledge

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/mapping"

	"shopassist/knowledge/geo"
)

// places is the country and region recogniser. It is immutable once built
// (13 ms of CLDR tables), so every index and the assistant share one.
var places = sync.OnceValue(func() *geo.Matcher {
	m := geo.New()
	// The gazetteer loads here, with the documents' first analysis,
	// rather than on the first shopper message that names no country.
	m.Warm()
	return m
})

// Places returns the shared country and region recogniser.
func Places() *geo.Matcher { return places() }

// passage is one paragraph, list item or heading-led block of a document,
// analyzed when the documents are indexed so answers cost no analysis.
type passage struct {
	text   string
	terms  []string // distinct analyzed terms
	sents  []sentence
	places []geo.Mention
	topics topicSet
	// lead are the topics of the passage's label ("Return shipping
	// costs:") or first sentence: what the passage is about.
	lead topicSet
	// perPlace is set when the passage states a rule per destination: its
	// label is a place ("United States: …") or several of its sentences
	// name different places.
	perPlace bool
}

// perPlace reports whether a passage states rules per destination.
func isPerPlace(text string, sents []sentence) bool {
	pl := places()
	if i := labelEnd(text, ":："); i > 0 && utf8.RuneCountInString(text[:i]) <= maxLabelRunes*2 && len(pl.Find(text[:i])) > 0 {
		return true
	}
	n := 0
	for _, s := range sents {
		if len(s.places) > 0 {
			n++
		}
	}
	return n >= 2
}

// labelEnd is the index of the first of seps in text that can end a label:
// a colon between digits is a time of day ("before 14:00 CET"), and text
// past a CJK sentence's end is no label ("我们从荷兰乌得勒支的仓库向全球发货。
// 工作日中欧时间 14:00" names the warehouse's country in passing, it
// does not state that country's rule). It is -1 when there is none.
func labelEnd(text, seps string) int {
	for i, r := range text {
		switch {
		case strings.ContainsRune("。！？", r):
			// A full-width sentence end comes before any label
			// separator (a Latin full stop may be an abbreviation's:
			// "EE. UU.:").
			return -1
		case strings.ContainsRune(seps, r):
			if r == ':' && isDigitByte(text, i-1) && isDigitByte(text, i+1) {
				continue
			}
			return i
		}
	}
	return -1
}

func isDigitByte(s string, i int) bool {
	return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9'
}

// maxLabelRunes bounds the "Label:" that opens a passage.
const maxLabelRunes = 48

// leadText is a passage's label before a colon, or its first sentence.
func leadText(text string, sents []string) string {
	if i := labelEnd(text, ":：\n"); i > 0 && utf8.RuneCountInString(text[:i]) <= maxLabelRunes {
		return text[:i]
	}
	if len(sents) > 0 {
		return sents[0]
	}
	return text
}

// sentence is one sentence of a passage with its analyzed terms and the
// places it names.
type sentence struct {
	text   string
	terms  []string // distinct
	places []geo.Mention
}

// maxHeadingRunes bounds a line taken as a heading of the next one.
const maxHeadingRunes = 60

// SplitPassages splits a plain-text body into passages: paragraphs
// (separated by line breaks, which is what the HTML-to-text conversion
// leaves of <p>, <li> and headings), list items, and a short heading line
// joined to the paragraph it introduces. Translations of a body with the
// same structure split into the same number of passages, which is how
// they are aligned with the original.
func SplitPassages(body string) []string {
	var out []string
	heading := ""
	for _, line := range strings.Split(body, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if isHeading(line) {
			if heading != "" {
				out = append(out, heading)
			}
			heading = line
			continue
		}
		if heading != "" {
			line = heading + "\n" + line
			heading = ""
		}
		out = append(out, line)
	}
	if heading != "" {
		out = append(out, heading)
	}
	return out
}

// isHeading reports whether a line reads as a title: short, not a list
// item, and without sentence-ending punctuation.
func isHeading(line string) bool {
	if utf8.RuneCountInString(line) > maxHeadingRunes || isListItem(line) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', '!', '?', '。', '！', '？', '؟', ')', '"', '»', '”':
		return false
	}
	// A line with a sentence inside it ("Questions? Ask us") is prose.
	return !strings.ContainsAny(line, ".!?。；;") || strings.HasSuffix(line, ":")
}

func isListItem(line string) bool {
	if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") || strings.HasPrefix(line, "• ") {
		return true
	}
	i := 0
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && i < len(line) && (line[i] == '.' || line[i] == ')')
}

// abbreviations end with a dot that does not end the sentence (lowercase,
// without the dot).
var abbreviations = map[string]bool{
	"e.g": true, "i.e": true, "etc": true, "approx": true, "incl": true, "excl": true, "no": true, "nr": true, "st": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "vs": true, "min": true, "max": true, "ca": true, "z.b": true,
	"u.a": true, "bzw": true, "usw": true, "ggf": true, "inkl": true, "zzgl": true, "p.ex": true, "env": true, "cf": true,
	"ex": true, "p": true, "pp": true, "ed": true, "vol": true, "fig": true, "dept": true, "co": true, "inc": true, "ltd": true,
	"art": true, "abs": true, "tel": true, "str": true, "av": true, "avda": true, "sr": true, "sra": true, "núm": true,
	"pág": true, "aprox": true, "d.h": true, "s.a": true, "b.v": true, "n.v": true, "gmbh": true, "jr": true, "mt": true,
	// Polish, Dutch, Italian, Portuguese, Turkish, Indonesian, Russian
	"m.in": true, "np": true, "tj": true, "tzn": true, "itd": true, "itp": true, "ul": true, "o.a": true, "bijv": true,
	"d.w.z": true, "m.b.t": true, "ecc": true, "vb": true, "örn": true, "dll": true, "dsb": true, "mis": true,
	"т.е": true, "т.д": true, "т.п": true, "напр": true, "т.к": true, "в т.ч": true, "г": true,
}

// SplitSentences splits text into sentences. A Latin full stop, question or
// exclamation mark ends a sentence only before white space and a word that
// may start one, and never after an abbreviation or a single capital
// ("B.V.", "U.S."), so "€19.95", "b2b@example.com", "e.g. Japan" and
// "EE. UU." stay whole. CJK and Arabic sentence marks always end one, and so
// does a line break.
func SplitSentences(text string) []string {
	var out []string
	rs := []rune(text)
	start := 0
	emit := func(end int) {
		if s := strings.TrimSpace(string(rs[start:end])); s != "" {
			out = append(out, s)
		}
		start = end
	}
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; r {
		case '。', '！', '？', '؟', '\n':
			emit(i + 1)
		case '.', '!', '?':
			j := i + 1
			for j < len(rs) && (rs[j] == '.' || rs[j] == '!' || rs[j] == '?' || rs[j] == '"' || rs[j] == '\'' || rs[j] == ')' || rs[j] == '”' || rs[j] == '»') {
				j++
			}
			if j < len(rs) && !unicode.IsSpace(rs[j]) {
				continue // "19.95", "example.com", "…?!"
			}
			k := j
			for k < len(rs) && unicode.IsSpace(rs[k]) && rs[k] != '\n' {
				k++
			}
			if r == '.' && abbreviationBefore(rs, i) && !(initialismBefore(rs, i) && sentenceStart(rs, k)) {
				continue
			}
			if k < len(rs) && unicode.IsLower(rs[k]) {
				continue // "approx. five", a lowercase word goes on
			}
			emit(j)
			i = j - 1
		}
	}
	emit(len(rs))
	return out
}

// abbreviationBefore reports whether the word ending at the dot at i is a
// known abbreviation or a one- or two-capital initialism.
func abbreviationBefore(rs []rune, i int) bool {
	j := i
	for j > 0 && !unicode.IsSpace(rs[j-1]) && rs[j-1] != '(' {
		j--
	}
	word := string(rs[j:i])
	if word == "" {
		return false
	}
	if abbreviations[strings.ToLower(strings.TrimSuffix(word, "."))] {
		return true
	}
	if utf8.RuneCountInString(word) == 1 && unicode.IsLetter([]rune(word)[0]) {
		// A spaced abbreviation's letter ("u. a. Israel", "z. B. Japan"):
		// no sentence ends in a one-letter word.
		return true
	}
	n := 0
	for _, r := range word {
		if r == '.' {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n > 0 && n <= 2
}

// initialismBefore reports a dotless capital pair such as "UK" before i.
func initialismBefore(rs []rune, i int) bool {
	return i >= 2 && unicode.IsUpper(rs[i-1]) && unicode.IsUpper(rs[i-2]) && (i == 2 || unicode.IsSpace(rs[i-3]))
}

// sentenceStart reports a word at k that starts a sentence after a dotless
// initialism: one written "Done" (not "UU" of "EE. UU.") or a number, since
// "99,90 TL. 1.000 TL üzeri" and "to the UK. 5 days" are two sentences.
func sentenceStart(rs []rune, k int) bool {
	if k < len(rs) && unicode.IsDigit(rs[k]) {
		return true
	}
	return k+1 < len(rs) && unicode.IsUpper(rs[k]) && unicode.IsLower(rs[k+1])
}

// docPassages splits and analyzes a document body.
func docPassages(m *mapping.IndexMappingImpl, lang, body string) []passage {
	texts := SplitPassages(body)
	out := make([]passage, len(texts))
	pl := places()
	for i, t := range texts {
		p := &out[i]
		p.text = t
		p.places = pl.Find(t)
		p.topics = topicsOf(t)
		sents := SplitSentences(t)
		label := leadText(t, sents)
		p.lead = topicsOf(label)
		if label != t && strings.HasPrefix(t[len(label):], ":") {
			p.lead |= topicsOf(label + ":") // "Addresses:" is a label word
		}
		if p.lead == 0 && len(sents) > 0 && len(pl.Find(label)) > 0 {
			// The label is a place ("Rest of the world:"): its rule says
			// what the passage is about. Another label ("What we
			// collect:") is what it is about, whatever its first
			// sentence mentions ("payment confirmation").
			p.lead = topicsOf(sents[0])
		}
		seen := map[string]bool{}
		for _, st := range sents {
			s := sentence{text: st, places: pl.Find(st)}
			sseen := map[string]bool{}
			for _, term := range analyzeWith(m, lang, st) {
				if !sseen[term] {
					sseen[term] = true
					s.terms = append(s.terms, term)
				}
				if !seen[term] {
					seen[term] = true
					p.terms = append(p.terms, term)
				}
			}
			p.sents = append(p.sents, s)
		}
		p.perPlace = isPerPlace(t, p.sents)
	}
	return out
}
