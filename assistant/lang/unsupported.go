package lang

import (
	"bufio"
	"bytes"
	"slices"
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// Languages outside Supported are recognised so that the shopper is told,
// in their language, that the reply comes in the store's language, instead
// of being answered in a third language (Vietnamese read as Indonesian,
// Danish as Dutch). Three sources, from most to least certain:
//  1. a script none of the supported languages uses (Thai, Hebrew, Greek,
//     Devanagari, …), named by whatlanggo (84 languages, MIT licence,
//     ~300 trigrams per language, +0.4 MB);
//  2. letters only some unsupported languages use (Vietnamese ơ ư ạ…,
//     Danish/Norwegian æ ø, Czech ř ě ů, Ukrainian і ї є ґ, Persian پ چ ژ گ);
//  3. plain Latin text of at least three words that the supported model
//     finds unfamiliar and that has function words of an unsupported
//     language (Danish "hvor er min", Swahili "langu wapi").

// distinctive letters of unsupported Latin- and Cyrillic/Arabic-script
// languages, and the candidates whatlanggo chooses among when they occur.
var distinctive = []struct {
	letters    string
	candidates []whatlanggo.Lang
}{
	{"ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ", []whatlanggo.Lang{whatlanggo.Vie}},
	{"æø", []whatlanggo.Lang{whatlanggo.Dan, whatlanggo.Nob}},
	{"řěů", []whatlanggo.Lang{whatlanggo.Ces}},
	{"ășțş", []whatlanggo.Lang{whatlanggo.Ron}},
	{"őű", []whatlanggo.Lang{whatlanggo.Hun}},
	{"ə", []whatlanggo.Lang{whatlanggo.Azj}},
	{"ėįų", []whatlanggo.Lang{whatlanggo.Lit}},
	{"āēīūķļņģ", []whatlanggo.Lang{whatlanggo.Lav}},
	{"іїєґ", []whatlanggo.Lang{whatlanggo.Ukr}},
	{"ў", []whatlanggo.Lang{whatlanggo.Bel}},
	{"јљњћђџ", []whatlanggo.Lang{whatlanggo.Srp, whatlanggo.Mkd}},
	{"پچژگکی", []whatlanggo.Lang{whatlanggo.Pes, whatlanggo.Urd}},
	{"ٹڈڑںے", []whatlanggo.Lang{whatlanggo.Urd}},
}

// unsupportedByScript names the language of a message written mostly in a
// script no supported language uses, or "".
func unsupportedByScript(text string, s scriptCounts) string {
	other := 0
	for _, r := range text {
		if unicode.IsLetter(r) && !unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Arabic, unicode.Han,
			unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			other++
		}
	}
	if other == 0 || other < s.letters() {
		return ""
	}
	return iso1(whatlanggo.Detect(text).Lang)
}

// unsupportedByLetters names an unsupported language from its distinctive
// letters, or "". Supported languages share none of them except Turkish ş
// and Romanian ș, told apart by whatlanggo among both.
func unsupportedByLetters(text string) string {
	lower := strings.ToLower(text)
	for _, d := range distinctive {
		if !strings.ContainsAny(lower, d.letters) {
			continue
		}
		if d.letters == "ășțş" && !strings.ContainsAny(lower, "ășț") {
			continue // ş alone is Turkish
		}
		wl := map[whatlanggo.Lang]bool{}
		for _, c := range d.candidates {
			wl[c] = true
		}
		return iso1(whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: wl}).Lang)
	}
	return ""
}

// unsupportedByTrigrams decides plain Latin text of three words or more
// that the supported languages' model finds unfamiliar — most of its
// character 4-grams never occur in the best-scoring supported language of
// the corpus (≥ 60 %) — and that contains at least two function words of one
// unsupported language. (whatlanggo alone, even restricted to the languages
// with a note, named a wrong unsupported language for 0.4 % of supported
// messages: too short for its 300-trigram profiles.)
//
// Shorter text (h12, issue #12: "kiitos paljon", "asante sana", "salamat
// po") is decided before the short-message fallback to the priors, on
// stronger evidence: two words need two function words no supported
// language uses (exclusiveWords), or one with a text the supported model
// hardly knows (≥ 75 % unseen 4-grams) and whatlanggo, choosing between
// that language and the supported ones, agreeing; a single word must be
// a hand-listed word of one unsupported language that no supported one
// uses, of five letters or more, whatlanggo agreeing ("kiitos", "asante").
func (d *Detector) unsupportedByTrigrams(text string, s scriptCounts) string {
	if s.latinWords < 1 || s.latin < s.letters() {
		return ""
	}
	code, votes, excl, hand := d.functionWordVote(text)
	if code == "" {
		return ""
	}
	u := d.model.unfamiliar(text)
	switch {
	case s.latinWords == 1:
		if hand < 1 || s.latin < 5 || !d.whatlangAgrees(text, code) {
			return ""
		}
	case s.latinWords == 2 && excl == 0:
		return ""
	case votes == 1 || s.latinWords == 2 && votes == 2 && excl == 1:
		if u < unfamiliarAlone || !d.whatlangAgrees(text, code) {
			return ""
		}
	case s.latinWords == 2:
		if u < unfamiliarShare {
			return ""
		}
	case u < unfamiliarShare && (votes < 3 || u < unfamiliarShare-0.15):
		// Three function words outweigh a text the supported model half
		// knows (Danish shares many 4-grams with Dutch and German).
		return ""
	}
	if code == "da" || code == "nb" {
		// The two share most function words; whatlanggo's profiles tell
		// them apart better than a tie-break would.
		wl := map[whatlanggo.Lang]bool{whatlanggo.Dan: true, whatlanggo.Nob: true}
		if c := iso1(whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: wl}).Lang); c != "" {
			return c
		}
	}
	return code
}

// functionWords are frequent short words of unsupported Latin-script
// languages. whatlanggo's profiles come from long texts and often miss on a
// chat line; two or more of these words decide among the unsupported
// languages (nb/da/sv differ in hva/hvad/vad, ikke/inte, jeg/jag).
var functionWords = map[string][]string{
	"da": {"og", "jeg", "ikke", "det", "hvor", "hvad", "hvornår", "min", "mit", "mine", "har", "på", "til", "kan", "vil", "er", "også", "tak"},
	"nb": {"og", "jeg", "ikke", "det", "hvor", "hva", "når", "min", "mitt", "mine", "har", "på", "til", "kan", "vil", "er", "også", "takk"},
	"sv": {"och", "jag", "inte", "det", "var", "vad", "när", "min", "mitt", "mina", "har", "på", "till", "kan", "vill", "är", "också", "tack"},
	"fi": {"ja", "on", "ei", "se", "minun", "missä", "mitä", "milloin", "kanssa", "olen", "voin", "kiitos", "tilaus", "tilaukseni"},
	"sw": {"na", "ya", "wa", "kwa", "ni", "la", "za", "langu", "yangu", "wapi", "nini", "lini", "hii", "sana", "tafadhali", "asante", "nime", "bado"},
	"tl": {"ang", "ng", "mga", "sa", "ko", "ako", "ba", "po", "hindi", "ito", "nasaan", "kailan", "na", "salamat", "akin"},
	"hu": {"a", "az", "és", "nem", "hol", "van", "egy", "meg", "mikor", "hogy", "köszönöm", "rendelésem"},
	"ro": {"și", "este", "nu", "unde", "mea", "meu", "am", "la", "cu", "când", "vă", "mulțumesc"},
	"cs": {"je", "se", "na", "že", "kde", "moje", "jsem", "kdy", "děkuji", "objednávka", "není"},
	"hr": {"je", "i", "u", "na", "gdje", "moja", "sam", "kada", "hvala", "narudžba", "nije"},
	"sl": {"je", "in", "v", "na", "kje", "moja", "sem", "kdaj", "hvala", "naročilo", "ni"},
	"vi": {"tôi", "của", "không", "là", "và", "đâu", "khi", "nào", "cảm", "ơn", "đơn", "hàng"},
	"et": {"ja", "on", "ei", "kus", "minu", "millal", "aitäh", "tellimus", "see", "olen"},
	"lt": {"ir", "yra", "ne", "kur", "mano", "kada", "ačiū", "užsakymas"},
	"lv": {"un", "ir", "ne", "kur", "mans", "mana", "kad", "paldies", "pasūtījums"},
	// Catalan shares most shop words with Spanish ("pedido", "talla"); its
	// function words tell it apart (h12).
	"ca": {"el", "la", "meu", "meva", "és", "amb", "què", "perquè", "però", "també", "vull", "gràcies", "quan", "si us plau", "molt", "aquest", "aquesta"},
	"sk": {"je", "sa", "na", "že", "kde", "moja", "som", "kedy", "ďakujem", "objednávka", "nie", "ešte"},
}

// functionWordVote returns the unsupported language with the most
// function words in text (see unsupportedByTrigrams for what the caller
// requires), their count, how many of them no supported language uses
// (exclusiveWords), and how many of those are hand-listed.
func (d *Detector) functionWordVote(text string) (string, int, int, int) {
	words := map[string]bool{}
	for _, f := range fieldsFunc(strings.ToLower(text)) {
		words[strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })] = true
	}
	best, bestN, bestExcl, bestHand, tie := "", 0, 0, 0, false
	for code, list := range functionWords {
		n, hand, excl := 0, 0, 0
		for _, w := range list {
			if words[w] {
				n++
				if slices.Contains(d.exclusive[w], code) {
					hand++
				}
			}
		}
		for w := range words {
			if slices.Contains(d.exclusive[w], code) {
				excl++
				if !slices.Contains(list, w) {
					n++
				}
			}
		}
		switch {
		case n > bestN:
			best, bestN, bestExcl, bestHand, tie = code, n, excl, hand, false
		case n == bestN && n > 0:
			tie = true
		}
	}
	if bestN < 1 || (tie && best != "da" && best != "nb") {
		return "", 0, 0, 0
	}
	return best, bestN, bestExcl, bestHand
}

// unfamiliarAlone is the share of unseen 4-grams from which two words with
// a single exclusive function word may be an unsupported language.
const unfamiliarAlone = 0.75

// whatlangAgrees reports whether whatlanggo, choosing between the
// unsupported language code and the supported Latin-script languages,
// picks code.
func (d *Detector) whatlangAgrees(text, code string) bool {
	wl := map[whatlanggo.Lang]bool{}
	for l := range whatlanggo.Langs {
		c := l.Iso6391()
		if c == code || c == "nb" && code == "nb" || slices.Contains(latinLangs, c) {
			wl[l] = true
		}
	}
	return iso1(whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: wl}).Lang) == code
}

// unfamiliarShare is the share of unseen 4-grams from which Latin text is
// taken for an unsupported language (with whatlanggo's agreement).
const unfamiliarShare = 0.60

// unfamiliar returns the share of the text's character 4-grams never seen
// in the corpus of its best-scoring language.
func (m *ngramModel) unfamiliar(text string) float64 {
	scores := make([]float64, len(latinLangs))
	m.score(text, scores)
	best := 0
	for i := range scores {
		if scores[i] > scores[best] {
			best = i
		}
	}
	n, miss := 0, 0
	eachGram(prepare(text), func(g string, k int) {
		if k != maxOrder {
			return
		}
		n++
		row, ok := m.index[g]
		if !ok || m.logp[int(row)*len(latinLangs)+best] == m.unseen[k][best] {
			miss++
		}
	})
	if n == 0 {
		return 0
	}
	return float64(miss) / float64(n)
}

func iso1(l whatlanggo.Lang) string {
	if l < 0 {
		return ""
	}
	code := l.Iso6391()
	if l == whatlanggo.Pes {
		// whatlanggo names Iranian Persian (ISO 639-3 pes) without a
		// 639-1 code; its macrolanguage's is fa. Without it Persian text
		// fell through to Arabic.
		code = "fa"
	}
	if isSupported(code) || code == "zh" {
		return ""
	}
	return code
}

func isSupported(code string) bool {
	_, ok := Normalize(code)
	return ok
}

// exclusiveWords maps each function word of an unsupported Latin-script
// language (stopwords-iso, isoStopwords, plus functionWords) to its
// languages, leaving out every word a supported language uses: one of
// their stopwords or any word of the supported languages' corpus. What
// remains ("jeg", "ikke", "hvornår"; "yangu", "lini"; "meva", "amb") is
// evidence no supported language gives.
func exclusiveWords(corpus []byte) map[string][]string {
	supported := map[string]struct{}{}
	for _, l := range latinLangs {
		for _, w := range strings.Fields(isoStopwords[l]) {
			supported[w] = struct{}{}
		}
	}
	sc := bufio.NewScanner(bytes.NewReader(corpus))
	for sc.Scan() {
		for _, w := range latinWords(sc.Text()) {
			supported[w] = struct{}{}
		}
	}
	out := map[string][]string{}
	add := func(w, code string) {
		if _, ok := supported[w]; ok || slices.Contains(out[w], code) {
			return
		}
		out[w] = append(out[w], code)
	}
	for code, list := range functionWords {
		for _, w := range strings.Fields(isoStopwords[code]) {
			add(w, code)
		}
		for _, w := range list {
			add(w, code)
		}
	}
	return out
}
