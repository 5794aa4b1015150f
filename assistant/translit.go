package assistant

import (
	"slices"
	"strings"
	"unicode"

	"shopassist/assistant/glossary"
	"shopassist/knowledge"
)

// Shoppers writing Arabic or Cyrillic often spell a product's Latin name in
// their own script ("كرسي هيلتوب", "парка Тундра") when the shop has no
// translation. Matching by consonant skeleton finds the name without a
// transliteration table per language: vowels (which Arabic mostly does not
// write) are dropped and letters that the scripts do not tell apart fold
// into one class (p/b, v/f, z/s, q/k; "ch" and "sh" are s).

// skeletonClass maps a letter of any of the three scripts to its class; 0
// drops it (vowels, semivowels, signs).
var skeletonClass = map[rune]rune{
	// Latin
	'b': 'b', 'p': 'b', 'c': 'k', 'd': 'd', 'f': 'f', 'v': 'f', 'g': 'g', 'h': 'h', 'k': 'k', 'q': 'k',
	'l': 'l', 'm': 'm', 'n': 'n', 'r': 'r', 's': 's', 'z': 's', 't': 't', 'x': 'k',
	// Arabic
	'ب': 'b', 'پ': 'b', 'ت': 't', 'ث': 's', 'ج': 'g', 'ح': 'h', 'خ': 'h', 'د': 'd', 'ذ': 'd', 'ر': 'r', 'ز': 's',
	'س': 's', 'ش': 's', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'd', 'غ': 'g', 'ف': 'f', 'ڤ': 'f', 'ق': 'k', 'ك': 'k',
	'گ': 'g', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h',
	// Cyrillic
	'б': 'b', 'п': 'b', 'в': 'f', 'ф': 'f', 'г': 'g', 'д': 'd', 'ж': 's', 'з': 's', 'с': 's', 'ц': 's', 'ч': 's',
	'ш': 's', 'щ': 's', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'р': 'r', 'т': 't', 'х': 'h',
}

// skeleton is the consonant skeleton of one word (lower case), doubled
// classes collapsed: "Hilltop" and "هيلتوب" are both "hltb".
func skeleton(word string) string {
	w := []rune(strings.ToLower(word))
	var b strings.Builder
	var last rune
	for i := 0; i < len(w); i++ {
		r := w[i]
		var next rune
		if i+1 < len(w) {
			next = w[i+1]
		}
		var c rune
		switch {
		case (r == 'c' || r == 's') && next == 'h':
			c, i = 's', i+1 // "switchback", "shell": one sound
		case r == 'c' && (next == 'e' || next == 'i' || next == 'y'):
			c = 's' // "Solstice"
		case r == 'c' && next == 'k':
			c, i = 'k', i+1
		case r == 't' && next == 'h':
			c, i = 't', i+1
		case r == 'p' && next == 'h':
			c, i = 'f', i+1 // "Graphite" is "графит"
		default:
			c = skeletonClass[r]
		}
		if c == 0 || c == last {
			continue
		}
		b.WriteRune(c)
		last = c
	}
	return b.String()
}

// hasTransliterable reports whether text has Arabic, Cyrillic, katakana
// or hangul letters.
func hasTransliterable(text string) bool {
	for _, r := range text {
		if unicode.In(r, unicode.Arabic, unicode.Cyrillic) || syllabic(r) {
			return true
		}
	}
	return false
}

// transliteratedIn reports whether text has a word in Arabic or Cyrillic
// script whose skeleton is name's, or spells name in katakana or hangul.
// Short skeletons (under three consonants) are too common to tell a name;
// a word that names a service topic is a word, not a name.
func transliteratedIn(text, name string) bool {
	if syllabicIn(text, name) {
		return true
	}
	want := skeleton(name)
	if len(want) < 3 {
		return false
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		rs := []rune(w)
		if len(rs) < 4 || !unicode.In(rs[0], unicode.Arabic, unicode.Cyrillic) {
			continue
		}
		if skeleton(w) == want && !knowledge.ServiceWord(w) {
			return true
		}
	}
	return false
}

// Japanese and Korean shoppers write a Latin name as it sounds, in
// katakana or hangul syllables ("オーロラ", "솔스티스" for Aurora and
// Solstice). Each syllable is a consonant and a vowel, so the name's
// consonants come out with vowels the Latin name does not write, l and r
// are one sound, f and p are one letter in hangul, and an r after a vowel
// is not pronounced ("Harbor" is "ハーバー"). The consonant skeleton (with
// those folds and a leading vowel kept) compares a syllabic spelling with
// the Latin name.

// kanaRows maps katakana to their consonant class; vowels, small kana,
// the long-vowel mark and the small tsu (a doubled consonant) are 'V' or
// dropped.
var kanaRows = func() map[rune]rune {
	m := map[rune]rune{}
	rows := []struct {
		class rune
		kana  string
	}{
		{'V', "アイウエオァィゥェォャュョー"},
		{'k', "カキクケコ"}, {'g', "ガギグゲゴ"}, {'s', "サシスセソザズゼゾチ"}, {'j', "ジヂ"},
		{'t', "タテトツ"}, {'d', "ダデドヅ"}, {'n', "ナニヌネノン"}, {'h', "ハヒヘホ"}, {'f', "フヴ"},
		{'b', "バビブベボパピプペポ"}, {'m', "マミムメモ"}, {'r', "ラリルレロ"}, {'y', "ヤユヨワヲ"},
	}
	for _, r := range rows {
		for _, k := range r.kana {
			m[k] = r.class
		}
	}
	return m
}()

// kanaVowel is the vowel a katakana syllable ends in; the long-vowel mark
// and the small ya/yu/yo are resolved by syllableSounds.
var kanaVowel = func() map[rune]rune {
	m := map[rune]rune{}
	for v, kana := range map[rune]string{
		'a': "アァカガサザタダナハバパマヤャラワ",
		'i': "イィキギシジチヂニヒビピミリ",
		'u': "ウゥクグスズツヅヌフブプムユュルヴ",
		'e': "エェケゲセゼテデネヘベペメレ",
		'o': "オォコゴソゾトドノホボポモヨョロヲ",
	} {
		for _, k := range kana {
			m[k] = v
		}
	}
	return m
}()

// hangulVowel is the vowel of each hangul medial (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ
// ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ) as a loanword spells an English vowel:
// ㅐ is the a of "Granite" (그래닛); ㅓ (ə here) is the u of "Summit" (서밋)
// and the er of "Ember" (엠버).
var hangulVowel = []rune("aeaeəeəeoaeeouoeiu-ii")

// Hangul syllables decompose into an initial consonant, a vowel and an
// optional final consonant (Unicode's arithmetic order).
var (
	hangulInitial = []rune("gkndtrmbbssVjjsktbh") // ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ
	// A final ㅅ or ㅆ is said t, and loanwords write a final t with it
	// ("Summit" is 서밋, "Granite" 그래닛).
	hangulFinal = []rune(" ggsnnndrrrrrrrrmbbttnjsktbh")
)

// hangulEu is the vowel ㅡ, which Korean writes after a consonant that has
// no vowel of its own ("Tundra" is 툰드라): no vowel of the name.
const hangulEu = 18

// syllabic reports whether r is katakana or a hangul syllable.
func syllabic(r rune) bool {
	return r >= 0x30A0 && r <= 0x30FF || r >= 0xAC00 && r <= 0xD7A3
}

// syllableSounds is the sound classes of a katakana or hangul word: a
// consonant class per consonant, its vowel letter (a, e, i, o, u) per vowel.
func syllableSounds(word []rune) []rune {
	var out []rune
	lastVowel := func() rune {
		if n := len(out); n > 0 && isVowel(out[n-1]) {
			return out[n-1]
		}
		return 0
	}
	for i, r := range word {
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			n := int(r - 0xAC00)
			if c := hangulInitial[n/(21*28)]; c != 'V' {
				out = append(out, c)
			}
			if v := (n / 28) % 21; v != hangulEu {
				out = append(out, hangulVowel[v])
			}
			if f := hangulFinal[n%28]; f != ' ' {
				out = append(out, f)
			}
		case r == 'ン' && i+1 < len(word) && (kanaRows[word[i+1]] == 'b' || kanaRows[word[i+1]] == 'm'):
			out = append(out, 'm') // "エンバー": n before b is m
		case r == 'ン':
			out = append(out, 'n')
		case r == 'ー' && lastVowel() != 0:
			out = append(out, lastVowel()) // a long vowel
		case strings.ContainsRune("ャュョァィゥェォ", r) && lastVowel() != 0:
			out[len(out)-1] = kanaVowel[r] // キャ is kya, ティ ti
		default:
			c, ok := kanaRows[r]
			if !ok {
				continue
			}
			if c != 'V' {
				out = append(out, c)
			}
			if v := kanaVowel[r]; v != 0 {
				out = append(out, v) // the syllable's vowel
			} else if c == 'V' {
				out = append(out, 'a')
			}
		}
	}
	return out
}

// isVowel reports whether a sound of syllableSounds or latinSounds is a
// vowel.
func isVowel(r rune) bool { return strings.ContainsRune("aeiouə", r) }

// latinSounds is the same for a Latin name, with the post-vocalic r
// dropped or kept.
func latinSounds(name string, dropR bool) []rune {
	w := []rune(strings.ToLower(name))
	vowel := func(r rune) bool { return strings.ContainsRune("aeiouy", r) }
	// English leaves r unsaid after a vowel, which is how "Harbor" reaches
	// Japanese (ハーバー); other languages say it ("Carbon" is カーボン, not
	// クーポン): dropped only in names ending in a vowel and r.
	dropR = dropR && len(w) > 2 && w[len(w)-1] == 'r' && vowel(w[len(w)-2])
	var out []rune
	for i := 0; i < len(w); i++ {
		r := w[i]
		var next rune
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch {
		case r == 'y' || r == 'w' || r == 'j':
			out = append(out, 'y')
		case vowel(r):
			out = append(out, r)
		case r == 'r' && dropR && i > 0 && vowel(w[i-1]) && !vowel(next):
			// "Harbor": not pronounced, so not written.
		case (r == 'c' || r == 's') && next == 'h':
			out, i = append(out, 's'), i+1
		case r == 'c' && (next == 'e' || next == 'i' || next == 'y'):
			out = append(out, 's')
		case r == 'c' && next == 'k':
			out, i = append(out, 'k'), i+1
		case r == 't' && next == 'h':
			out, i = append(out, 't'), i+1
		case r == 'g' && next == 'h':
			i++ // "Highroute": silent
		case r == 'p' && next == 'h':
			out, i = append(out, 'f'), i+1
		default:
			if c := skeletonClass[r]; c != 0 {
				out = append(out, c)
			}
		}
	}
	return out
}

// foldSound is the one folding of sounds both keys and vowel slots use: l
// and r fold, and f and b for hangul (which has no f); semivowels and j
// drop (ok false).
func foldSound(r rune, hangul bool) (rune, bool) {
	switch {
	case r == 'l':
		return 'r', true
	case r == 'f' && hangul:
		return 'b', true
	case r == 'y', r == 'j':
		return r, false
	}
	return r, true
}

// soundKeys folds sound classes into the two keys: consonants only, and
// consonants with vowels. l and r fold, and f and b for hangul (which has
// no f); semivowels and j drop; repeats collapse.
func soundKeys(s []rune, hangul bool) (consonants, withVowels string) {
	var c, v []rune
	for _, r := range s {
		r, ok := foldSound(r, hangul)
		if !ok {
			continue
		}
		if isVowel(r) {
			r = 'V'
		}
		if len(v) == 0 || v[len(v)-1] != r {
			v = append(v, r)
		}
		if r != 'V' && (len(c) == 0 || c[len(c)-1] != r) || r == 'V' && len(c) == 0 {
			c = append(c, r) // a leading vowel is kept: イギリス is no "Glacier"
		}
	}
	return string(c), string(v)
}

// syllabicIn reports whether text has a katakana or hangul word that
// spells name: the whole word, or in katakana a name run on into a kind
// word ("ハーバーフリース"), in hangul a name and a one-syllable particle
// ("툰드라의"). The name needs three consonants (four in hangul, whose
// native words are syllables too: 일본 sounds like "Alpine" in three), and
// the same leading vowel or none: names of fewer consonants ("Aurora",
// "Polar") differ from common words (ブルー) only in vowels, which this
// does not compare.
func syllabicIn(text, name string) bool {
	var want [2][2]string // [hangul][dropR]
	for h, hangul := range []bool{false, true} {
		for i, dropR := range []bool{false, true} {
			want[h][i], _ = soundKeys(latinSounds(name, dropR), hangul)
		}
	}
	for _, word := range strings.FieldsFunc(text, func(r rune) bool { return !syllabic(r) }) {
		rs := []rune(word)
		h, minC := 0, 3
		if rs[0] >= 0xAC00 {
			h, minC = 1, 4
		}
		for n := 2; n <= len(rs); n++ {
			whole := n == len(rs) || h == 1 && n == len(rs)-1 || h == 0 && startsKind(string(rs[n:]))
			if !whole {
				continue
			}
			sounds := syllableSounds(rs[:n])
			c, _ := soundKeys(sounds, h == 1)
			for i, w := range want[h] {
				nc := len(strings.TrimPrefix(w, "V"))
				if nc >= minC && c == w || nc >= minC-1 && nc >= 2 && nc < minC && vowelsFit(sounds, latinSounds(name, i == 1), h == 1) ||
					h == 1 && nc == minC-2 && saysAgain(latinSounds(name, i == 1)) && vowelsFit(sounds, latinSounds(name, i == 1), true) {
					return true
				}
			}
		}
	}
	return false
}

// saysAgain reports whether the name says a consonant again after a vowel
// ("Canyon" is k-n-n, 캐니언), which the keys of soundKeys collapse: such
// a name is as telling as one of one consonant more once its vowels fit.
// Only the same letter counts, not l and r folded into one ("Polar" and
// 보라를 differ).
func saysAgain(sounds []rune) bool {
	var last rune
	vowelSince := false
	for _, r := range sounds {
		switch {
		case isVowel(r):
			vowelSince = true
		case r == 'y' || r == 'j':
		default:
			if r == last && vowelSince {
				return true
			}
			last, vowelSince = r, false
		}
	}
	return false
}

// A name of one consonant fewer than syllabicIn needs ("Ember" エンバー,
// "Nightjar" ナイトジャー, "Highroute" 하이루트; in hangul, whose native words
// and particles give two-consonant names too many lookalikes, 부가(세) and
// 파리(에) for Voyager and Polar, three) sounds like common words by
// consonants alone (ネット, ナイト), so its vowels must fit too: the
// syllabic word has the name's consonants in order, a vowel where the name
// has one, and there a vowel the name's letters are said with in loanwords
// ("u" of "Summit" is サミット's a and 서밋's ㅓ); vowels the name does not
// write (ト of ナイト) are free, and a final silent e need not be written.

// vowelFits maps a Latin vowel letter to the vowels loanwords write it with.
var vowelFits = map[rune]string{'a': "ae", 'e': "eiaə", 'i': "ia", 'o': "oauə", 'u': "uaoə"}

// vowelSlots splits sounds into consonants and the vowels after each
// (slot 0 is the vowels before the first consonant), with soundKeys' folds.
func vowelSlots(sounds []rune, hangul bool) (cons []rune, slots [][]rune) {
	slots = [][]rune{nil}
	for _, r := range sounds {
		r, ok := foldSound(r, hangul)
		if !ok {
			continue
		}
		last := len(slots) - 1
		switch {
		case isVowel(r):
			slots[last] = append(slots[last], r)
		case len(cons) > 0 && cons[len(cons)-1] == r && len(slots[last]) == 0:
			// a doubled consonant ("Summit") is one
		default:
			cons = append(cons, r)
			slots = append(slots, nil)
		}
	}
	return cons, slots
}

// vowelsFit reports whether the syllabic sounds spell the Latin name's
// sounds, vowels compared.
func vowelsFit(syllabic, latin []rune, hangul bool) bool {
	sc, ss := vowelSlots(syllabic, hangul)
	lc, ls := vowelSlots(latin, hangul)
	if string(sc) != string(lc) || (len(ss[0]) == 0) != (len(ls[0]) == 0) {
		return false
	}
	for i, want := range ls {
		if len(want) == 0 {
			continue // a vowel the name does not write
		}
		if len(ss[i]) == 0 {
			if i == len(ls)-1 && string(want) == "e" {
				continue // silent e ("Highroute" is 하이루트)
			}
			return false
		}
		if !slices.ContainsFunc(want, func(v rune) bool { return strings.ContainsAny(string(ss[i]), vowelFits[v]) }) {
			return false
		}
	}
	return true
}

// startsKind reports whether a katakana word's rest begins with a kind word
// ("フリース" of "ハーバーフリース"): a kind later in it ("グバッグ" of
// "スリングバッグ" cut after スリン) leaves the name a fragment, not a word.
func startsKind(rest string) bool {
	low := strings.ToLower(rest)
	return slices.ContainsFunc(glossary.Stems(rest), func(stem string) bool { return strings.HasPrefix(low, stem) })
}

// spellingKey folds the spellings languages give one Latin word ("Graphite",
// "grafit", "grafite"; "Terracotta", "terracota", "Terrakotta"): ph is f, kh is k, c
// before a, o or u and ck are k, y is i, a doubled letter is one, and a
// final e is dropped.
func spellingKey(word string) string {
	w := []rune(strings.ToLower(word))
	var out []rune
	for i := 0; i < len(w); i++ {
		r := w[i]
		var next rune
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch {
		case r == 'p' && next == 'h':
			r, i = 'f', i+1
		case r == 'k' && next == 'h':
			i++ // "Khaki" is "kaki" in Dutch, French and German
		case r == 'c' && next == 'k':
			r, i = 'k', i+1
		case r == 'c' && (next == 'a' || next == 'o' || next == 'u'):
			r = 'k'
		case r == 'y':
			r = 'i'
		}
		if len(out) > 0 && out[len(out)-1] == r {
			continue
		}
		out = append(out, r)
	}
	if n := len(out); n > 4 && out[n-1] == 'e' {
		out = out[:n-1]
	}
	return string(out)
}

// spelledIn reports whether text spells value (an option value such as a
// colour, "Graphite") in another language's way: every word of the value
// of four letters or more is a word of text with the same spelling key
// ("grafit", "terracota"), or is written in Arabic, Cyrillic, katakana or
// hangul letters ("графит", "그래파이트", "テラコッタ").
func spelledIn(text, value string) bool {
	words := strings.Fields(value)
	if len(words) == 0 {
		return false
	}
	var keys map[string]bool
	translit := hasTransliterable(text)
	for _, vw := range words {
		if len([]rune(vw)) < 4 {
			continue
		}
		if keys == nil {
			keys = map[string]bool{}
			for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !latinAlnum(r) }) {
				if len([]rune(w)) >= 4 {
					keys[spellingKey(w)] = true
				}
			}
		}
		if !keys[spellingKey(vw)] && !inflectedKey(keys, spellingKey(vw)) && !(translit && transliteratedIn(text, vw)) {
			return false
		}
	}
	return keys != nil
}

// inflectedKey reports whether a key of keys is key with an ending of up
// to three letters ("grafitowe" is "grafit" declined), for keys of five
// letters or more.
func inflectedKey(keys map[string]bool, key string) bool {
	if len(key) < 5 {
		return false
	}
	for k := range keys {
		if strings.HasPrefix(k, key) && len(k)-len(key) <= 3 {
			return true
		}
	}
	return false
}
