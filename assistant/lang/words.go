package lang

import (
	"bufio"
	"bytes"
	"math"
	"strings"
	"unicode"
)

// wordModel is a unigram model of whole words per Latin-script language,
// from the corpus and the languages' function words (isoStopwords). The
// character n-gram model stops at 5-grams, so a whole short word ("evet",
// "sim", "iya") is evidence it never sees on its own; on a one- to
// three-word message that evidence is most of what there is.
type wordModel struct {
	logp   map[string][]float32
	unseen []float32
}

// wordAlpha is the additive smoothing of the word counts; a function word
// counts as wordStopCount occurrences.
const (
	wordAlpha     = 0.5
	wordStopCount = 2
)

func trainWords(corpus []byte) *wordModel {
	col := make(map[string]int, len(latinLangs))
	for i, l := range latinLangs {
		col[l] = i
	}
	counts := map[string][]float64{}
	totals := make([]float64, len(latinLangs))
	add := func(w string, li int, n float64) {
		row := counts[w]
		if row == nil {
			row = make([]float64, len(latinLangs))
			counts[w] = row
		}
		row[li] += n
		totals[li] += n
	}
	cur := -1
	sc := bufio.NewScanner(bytes.NewReader(corpus))
	for sc.Scan() {
		line := sc.Text()
		if name, ok := strings.CutPrefix(line, "@@"); ok {
			c, latin := col[name]
			cur = -1
			if latin {
				cur = c
			}
			continue
		}
		if cur < 0 {
			continue
		}
		for _, w := range latinWords(line) {
			add(w, cur, 1)
		}
	}
	for li, l := range latinLangs {
		for _, w := range strings.Fields(isoStopwords[l]) {
			add(w, li, wordStopCount)
		}
		for _, w := range strings.Fields(chatWords[l]) {
			add(w, li, wordStopCount)
		}
	}
	v := float64(len(counts))
	m := &wordModel{logp: make(map[string][]float32, len(counts)), unseen: make([]float32, len(latinLangs))}
	for li := range latinLangs {
		m.unseen[li] = float32(math.Log(wordAlpha / (totals[li] + wordAlpha*v)))
	}
	for w, row := range counts {
		lp := make([]float32, len(latinLangs))
		for li, c := range row {
			lp[li] = float32(math.Log((c + wordAlpha) / (totals[li] + wordAlpha*v)))
		}
		m.logp[w] = lp
	}
	return m
}

// score adds weight × the log-likelihood of text's known words under each
// language to dst; a word no language has seen says nothing and is skipped.
func (m *wordModel) score(text string, weight float64, dst []float64) {
	for _, w := range latinWords(text) {
		lp, ok := m.logp[w]
		if !ok {
			continue
		}
		for li := range dst {
			dst[li] += weight * float64(lp[li])
		}
	}
}

// latinWords lower-cases text and returns its runs of Latin letters
// (apostrophes split words: "d'accord" → "d", "accord").
func latinWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.Is(unicode.Latin, r) })
}

// chatWords are the words a chat line is often made of alone — yes, no,
// okay, thanks, hello, bye, please, price, order, where — in each
// Latin-script language, from dictionaries (stopwords-iso has few of
// them). A word several languages share ("ja", "no", "prima") counts for
// each of them and so decides nothing.
var chatWords = map[string]string{
	"en": "yes yeah yep no nope okay ok thanks thank hi hello hey bye please price order where",
	"es": "sí si vale no okey gracias hola buenas adiós chao porfa precio pedido dónde donde",
	"fr": "oui ouais non accord merci bonjour salut coucou revoir svp prix commande où",
	"de": "ja jep nein okay danke hallo moin servus tschüss bitte preis bestellung wo",
	"it": "sì si no okay grazie ciao salve buongiorno arrivederci prego prezzo ordine dove",
	"pt": "sim não nao beleza obrigado obrigada valeu olá oi tchau preço pedido onde cadê",
	"nl": "ja nee oké prima bedankt dank hoi hallo doei alsjeblieft prijs bestelling waar",
	"tr": "evet hayır tamam teşekkürler sağol merhaba selam görüşürüz lütfen fiyat sipariş nerede",
	"pl": "tak nie okej dzięki dziękuję cześć dzień witam pa proszę cena zamówienie gdzie",
	"id": "iya ya tidak nggak gak oke makasih terima halo hai dadah tolong harga pesanan mana",
}
