package entities

import "strings"

// hearsayWords mark a statement the shopper reports rather than a question
// about their own order: something heard, read, told, believed, or checked
// with a tag question ("klopt dat?", "doğru mu?", "맞아요?"). A floor amount
// in such a message ("I heard it's free over €50") is a threshold they were
// told of; without one ("150유로 넘으면 무료인가요?" — "if I go over €150, is it
// free?") the amount is a condition on the order they would place. Latin and
// Cyrillic entries must start a word; their ends may inflect.
var hearsayWords = []string{
	// en
	"i heard", "heard that", "heard it", "told me", "was told", "i read", "read that", "read it", "i saw", "saw that",
	"says", "said", "i thought", "apparently", "supposedly", "right?", "true?", "is that true", "is that right", "is that correct",
	// de
	"gehört", "gelesen", "gesehen", "hieß es", "hiess es", "gesagt", "sagt", "sagte", "dachte", "angeblich", "stimmt das", "stimmt es",
	"stimmt's", "oder?", "richtig?",
	// fr
	"on m'a dit", "m'a dit", "on dit", "j'ai lu", "j'ai vu", "entendu", "il paraît", "il parait", "je croyais", "je pensais",
	"c'est vrai", "vrai ?", "vrai?", "n'est-ce pas", "apparemment", "exact ?", "exact?",
	// es
	"me dijeron", "dijeron", "me han dicho", "me dijo", "dicen que", "dice que", "leí", "he leído", "escuché", "oí que", "vi que",
	"creía", "pensaba", "es así", "es verdad", "es cierto", "verdad?", "cierto?", "según",
	// it
	"mi hanno detto", "mi ha detto", "sentito", "letto", "ho visto", "avevo visto", "confermate", "confermi", "dicono che", "pensavo", "credevo", "è vero", "vero?",
	"a quanto pare", "pare che", "sembra che", "giusto?",
	// pt
	"li que", "li no", "ouvi", "me disseram", "disseram", "me falaram", "falaram", "dizem que", "diz que", "pensei", "achei", "achava",
	"é verdade", "verdade?", "é isso mesmo", "certo?", "parece que",
	// nl
	"ik las", "las dat", "las ik", "gelezen", "ik hoorde", "hoorde", "gehoord", "gezien", "zei", "zeggen", "zegt", "dacht", "klopt dat",
	"klopt het", "klopt?", "toch?", "blijkbaar", "schijnbaar",
	// pl
	"słyszał", "czytał", "przeczytał", "powiedziano", "powiedział", "mówią", "mówił", "podobno", "myślał", "widział", "czy to prawda",
	"prawda?", "zgadza się",
	// tr
	"duydum", "duymuştum", "okudum", "okumuştum", "gördüm", "görmüştüm", "söylediler", "söyledi", "dediler", "dendi", "diye",
	"sanıyordum", "sanıyorum", "doğru mu", "doğru mudur", "öyle mi",
	// ru
	"слышал", "читал", "прочитал", "сказали", "говорят", "говорил", "думал", "видел", "якобы", "правда?", "это правда", "так ли",
	"верно?",
	// ar
	"سمعت", "قرأت", "قالوا", "قيل لي", "يقولون", "رأيت", "صحيح؟", "هل هذا صحيح", "كنت أظن", "ظننت",
	// ja
	"聞きました", "聞いた", "と聞", "って聞", "読みました", "読んだ", "見ました", "見た", "と書いて", "と思って", "らしい", "本当",
	// ko
	"들었", "라던데", "라고", "다고", "봤는데", "봤어", "읽었", "하던데", "던데", "맞아요", "맞나요", "맞죠", "맞습니까", "사실인가요",
	// zh
	"听说", "聽說", "看到", "據說", "据说", "说是", "說是", "以为", "以為", "是真的", "对吗", "對嗎", "是吗", "是嗎", "没错吧", "沒錯吧",
	// id
	"dengar", "katanya", "saya baca", "baca di", "bilang", "kata orang", "benarkah", "apa benar", "benar?", "betul?", "apa betul",
}

// IsClaimedThreshold reports whether the amount spanning text[from:to] is a
// free-shipping (or other) threshold the shopper reports having heard of —
// a floor amount in a message with a hearsay or belief marker — rather than
// the value of an order they hold or would place. The reply corrects a
// claimed threshold with the real one and must not echo it as an order.
func IsClaimedThreshold(text string, from, to int) bool {
	return IsFloorAmount(text, from, to) && hasHearsay(strings.ToLower(text))
}

// hasHearsay reports whether the lower-cased text carries a hearsay marker.
func hasHearsay(low string) bool {
	for _, w := range hearsayWords {
		if containsWordStart(low, w) {
			return true
		}
	}
	return false
}

// containsWordStart reports whether w occurs in s at the start of a word,
// by hasWordSuffix's rule (CJK, Hangul and Arabic markers are suffixes or
// particles and need no separator).
func containsWordStart(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		end := i + j + len(w)
		if hasWordSuffix(s[:end], w) {
			return true
		}
		i = end
	}
}
