package lang

import (
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
	// index maps a word to its row of logp (one float32 per Latin
	// language); one flat slice keeps the model to a few MB.
	index map[string]int32
	logp  []float32
}

// wordAlpha is the additive smoothing of the word counts; a function word
// counts as wordStopCount occurrences.
const (
	wordAlpha     = 0.5
	wordStopCount = 2
)

func trainWords(corpus []byte) (*wordModel, error) {
	nl := len(latinLangs)
	m := &wordModel{index: map[string]int32{}}
	totals := make([]float64, nl)
	// Counts first, in the slice that then holds the log-probabilities.
	add := func(w string, li int, n float32) {
		row, ok := m.index[w]
		if !ok {
			row = int32(len(m.logp) / nl)
			m.index[w] = row
			m.logp = append(m.logp, make([]float32, nl)...)
		}
		m.logp[int(row)*nl+li] += n
		totals[li] += float64(n)
	}
	if err := eachLatinLine(corpus, func(line string, cur int) {
		for _, w := range latinWords(line) {
			add(w, cur, 1)
		}
	}); err != nil {
		return nil, err
	}
	for li, l := range latinLangs {
		for _, w := range strings.Fields(isoStopwords[l]) {
			add(w, li, wordStopCount)
		}
		for _, w := range strings.Fields(chatWords[l]) {
			add(w, li, wordStopCount)
		}
	}
	v := float64(len(m.index))
	for i, c := range m.logp {
		li := i % nl
		m.logp[i] = float32(math.Log((float64(c) + wordAlpha) / (totals[li] + wordAlpha*v)))
	}
	return m, nil
}

// score adds weight × the log-likelihood of text's known words under each
// language to dst; a word no language has seen says nothing and is skipped.
func (m *wordModel) score(text string, weight float64, dst []float64) {
	nl := len(latinLangs)
	for _, w := range latinWords(text) {
		row, ok := m.index[w]
		if !ok {
			continue
		}
		for li := range dst {
			dst[li] += weight * float64(m.logp[int(row)*nl+li])
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
