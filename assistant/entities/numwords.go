package entities

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// numKind is how a number word combines with the ones before it.
type numKind int

const (
	// numAdd adds its value ("cincuenta", "fünfzig", "오", "五").
	numAdd numKind = iota
	// numTimes multiplies the number said just before it, or one, and
	// closes that group ("ciento", "hundert", "十", "백", "puluh").
	numTimes
	// numBig multiplies everything said before it ("mil", "tausend", "万").
	numBig
	// numJoin only links two number words ("y", "und", "en", "و").
	numJoin
)

// numWord is one number word or part of a compound number word.
type numWord struct {
	v    float64
	kind numKind
}

// numWords are the cardinal numbers up to the thousands, as shoppers spell
// out a budget ("ciento cincuenta pavos", "honderdzeventig euro", "오십
// 유로", "sixty euros"). Compounds written as one word (German, Dutch,
// Italian, Korean, Chinese, Japanese) are read as their parts: "hundert" +
// "fünf" + "und" + "zwanzig". Words that only make sense whole ("quatre-vingt",
// "doscientos") carry their value.
var numWords = func() map[string]numWord {
	m := map[string]numWord{}
	add := func(kind numKind, v float64, words ...string) {
		for _, w := range words {
			m[w] = numWord{v: v, kind: kind}
		}
	}
	// en es fr it pt de nl pl ru tr id ar, then the Sino numerals of ko,
	// ja and zh.
	add(numAdd, 1, "one", "un", "uno", "una", "une", "um", "uma", "ein", "eins", "eine", "een", "één", "jeden", "jedna", "один", "одна", "bir", "satu", "واحد")
	add(numAdd, 2, "two", "dos", "deux", "due", "dois", "duas", "zwei", "twee", "dwa", "dwie", "два", "две", "iki", "dua", "اثنين", "اثنان")
	add(numAdd, 3, "three", "tres", "trois", "tre", "tré", "três", "drei", "drie", "trzy", "три", "üç", "tiga", "ثلاث", "ثلاثة")
	add(numAdd, 4, "four", "cuatro", "quatre", "quattro", "quatro", "vier", "cztery", "четыре", "dört", "empat", "أربع", "اربع", "أربعة", "اربعة")
	add(numAdd, 5, "five", "cinco", "cinq", "cinque", "fünf", "vijf", "pięć", "пять", "beş", "lima", "خمس", "خمسة")
	add(numAdd, 6, "six", "seis", "sei", "sechs", "zes", "sześć", "шесть", "altı", "enam", "ست", "ستة")
	add(numAdd, 7, "seven", "siete", "sept", "sette", "sete", "sieben", "zeven", "siedem", "семь", "yedi", "tujuh", "سبع", "سبعة")
	add(numAdd, 8, "eight", "ocho", "huit", "otto", "oito", "acht", "osiem", "восемь", "sekiz", "delapan", "ثمان", "ثماني", "ثمانية")
	add(numAdd, 9, "nine", "nueve", "neuf", "nove", "neun", "negen", "dziewięć", "девять", "dokuz", "sembilan", "تسع", "تسعة")
	add(numAdd, 10, "ten", "diez", "dix", "dieci", "dez", "zehn", "tien", "dziesięć", "десять", "on", "عشر", "عشرة",
		// Indonesian teens: "lima belas" is five and ten.
		"belas")
	add(numAdd, 11, "eleven", "once", "onze", "undici", "elf", "jedenaście", "одиннадцать", "sebelas")
	add(numAdd, 12, "twelve", "doce", "douze", "dodici", "doze", "zwölf", "twaalf", "dwanaście", "двенадцать")
	add(numAdd, 13, "thirteen", "trece", "treize", "tredici", "treze", "dreizehn", "dertien")
	add(numAdd, 14, "fourteen", "catorce", "quatorze", "quattordici", "catorze", "vierzehn", "veertien")
	add(numAdd, 15, "fifteen", "quince", "quinze", "quindici", "fünfzehn", "vijftien", "piętnaście", "пятнадцать")
	add(numAdd, 16, "sixteen", "dieciséis", "dieciseis", "seize", "sedici", "dezesseis", "sechzehn", "zestien")
	add(numAdd, 17, "seventeen", "diecisiete", "diciassette", "dezessete", "siebzehn", "zeventien")
	add(numAdd, 18, "eighteen", "dieciocho", "diciotto", "dezoito", "achtzehn", "achttien")
	add(numAdd, 19, "nineteen", "diecinueve", "diciannove", "dezenove", "neunzehn", "negentien")
	add(numAdd, 20, "twenty", "veinte", "veinti", "vingt", "venti", "vent", "vinte", "zwanzig", "twintig", "dwadzieścia", "двадцать", "yirmi", "عشرين", "عشرون")
	add(numAdd, 30, "thirty", "treinta", "trente", "trenta", "trent", "trinta", "dreißig", "dreissig", "dertig", "trzydzieści", "тридцать", "otuz", "ثلاثين", "ثلاثون")
	add(numAdd, 40, "forty", "cuarenta", "quarante", "quaranta", "quarant", "quarenta", "vierzig", "veertig", "czterdzieści", "сорок", "kırk", "أربعين", "اربعين", "أربعون")
	add(numAdd, 50, "fifty", "cincuenta", "cinquante", "cinquanta", "cinquant", "cinquenta", "fünfzig", "vijftig", "pięćdziesiąt", "пятьдесят", "elli", "خمسين", "خمسون")
	add(numAdd, 60, "sixty", "sesenta", "soixante", "sessanta", "sessant", "sessenta", "sechzig", "zestig", "sześćdziesiąt", "шестьдесят", "altmış", "ستين", "ستون")
	add(numAdd, 70, "seventy", "setenta", "soixante-dix", "settanta", "settant", "siebzig", "zeventig", "siedemdziesiąt", "семьдесят", "yetmiş", "سبعين", "سبعون")
	add(numAdd, 80, "eighty", "ochenta", "quatre-vingt", "quatre-vingts", "ottanta", "ottant", "oitenta", "achtzig", "tachtig", "osiemdziesiąt", "восемьдесят", "seksen", "ثمانين", "ثمانون")
	add(numAdd, 90, "ninety", "noventa", "quatre-vingt-dix", "novanta", "novant", "neunzig", "negentig", "dziewięćdziesiąt", "девяносто", "doksan", "تسعين", "تسعون")
	add(numAdd, 100, "sto", "stu", "сто", "ста")
	add(numAdd, 200, "doscientos", "doscientas", "duzentos", "duzentas", "dwieście", "двести", "مئتين", "مائتين", "ميتين")
	add(numAdd, 300, "trescientos", "trezentos", "trzysta", "триста")
	add(numAdd, 400, "cuatrocientos", "quatrocentos", "czterysta", "четыреста")
	add(numAdd, 500, "quinientos", "quinhentos", "pięćset", "пятьсот")
	add(numTimes, 100, "hundred", "cien", "ciento", "cent", "cents", "cento", "cem", "hundert", "honderd", "yüz", "ratus", "seratus", "مئة", "مائة", "مية")
	add(numTimes, 10, "puluh", "sepuluh")
	add(numBig, 1000, "thousand", "mil", "mille", "mila", "tausend", "duizend", "tysiąc", "тысяча", "тысячи", "тысяч", "bin", "ribu", "seribu", "ألف", "الف")
	add(numJoin, 0, "and", "y", "et", "e", "und", "en", "ën", "و")
	for i, r := range []rune("一二三四五六七八九") {
		add(numAdd, float64(i+1), string(r))
	}
	for i, r := range []rune("일이삼사오육칠팔구") {
		add(numAdd, float64(i+1), string(r))
	}
	add(numAdd, 2, "两", "兩")
	add(numTimes, 10, "十", "십")
	add(numTimes, 100, "百", "백")
	add(numTimes, 1000, "千", "천")
	add(numBig, 10000, "万", "萬", "만")
	return m
}()

// longestNumWord is the length in bytes of the longest entry of numWords.
var longestNumWord = func() int {
	n := 0
	for w := range numWords {
		n = max(n, len(w))
	}
	return n
}()

// splitNumber splits a word into number words ("honderdzeventig" →
// honderd, zeventig), longest first with backtracking; hyphens between
// parts are skipped ("vingt-cinq"). ok is false when some part is no
// number word.
func splitNumber(w string) ([]numWord, bool) {
	w = strings.TrimLeft(w, "-")
	if w == "" {
		return nil, true
	}
	for n := min(len(w), longestNumWord); n > 0; n-- {
		nw, known := numWords[w[:n]]
		if !known {
			continue
		}
		if rest, ok := splitNumber(w[n:]); ok {
			return append([]numWord{nw}, rest...), true
		}
	}
	return nil, false
}

// numberValue is the value of number words in the order said: groups of
// units and tens are multiplied by the hundred or ten word after them
// ("cinq cents", "五十", "lima puluh"), a thousand word multiplies all
// before it.
func numberValue(parts []numWord) float64 {
	var total, group, pending float64
	for _, p := range parts {
		switch p.kind {
		case numAdd:
			pending += p.v
		case numTimes:
			group += max(pending, 1) * p.v
			pending = 0
		case numBig:
			total += max(group+pending, 1) * p.v
			group, pending = 0, 0
		}
	}
	return total + group + pending
}

// hanNumeral reports whether r is written without spaces between words
// (Chinese, Japanese): a number's characters may follow other words
// directly ("预算五十欧元").
func hanNumeral(r rune) bool { return unicode.Is(unicode.Han, r) }

// spelledNumberBefore reads the number spelled out at the end of s ("no
// pasen de ciento cincuenta"): its value and the byte offset where it
// starts, or ok false.
func spelledNumberBefore(s string) (v float64, start int, ok bool) {
	var parts []numWord
	start = len(s)
	for rest := strings.TrimRight(s, " "); rest != ""; {
		from := strings.LastIndexByte(rest, ' ') + 1
		p, whole := splitNumber(rest[from:])
		if !whole {
			if i, tail := hanTail(rest[from:]); tail != nil {
				parts, start = append(tail, parts...), from+i
			}
			break
		}
		parts, start = append(p, parts...), from
		rest = strings.TrimRight(rest[:from], " ")
	}
	if !slices.ContainsFunc(parts, func(p numWord) bool { return p.kind != numJoin }) {
		return 0, 0, false
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:start]); r >= '0' && r <= '9' {
		// "5万円": digits with a multiplier, which moneyRe reads.
		return 0, 0, false
	}
	return numberValue(parts), start, true
}

// hanTail is the number that ends a Chinese or Japanese word ("预算五十"):
// where it starts and its parts, or nil.
func hanTail(word string) (int, []numWord) {
	for i, r := range word {
		if i == 0 || !hanNumeral(r) {
			continue
		}
		if parts, ok := splitNumber(word[i:]); ok {
			return i, parts
		}
	}
	return 0, nil
}

// spelledCurrencyRe is a currency name or money slang; the longest one
// wins ("euros", not "eur").
var spelledCurrencyRe = func() *regexp.Regexp {
	re := regexp.MustCompile(currencyAfter)
	re.Longest()
	return re
}()

// spelledAmounts are the amounts of str spelled out in words before a
// currency word ("cent trente balles", "sixty euros", "오십 유로"). A
// number word with no currency after it is no amount ("a tent for two").
func spelledAmounts(str string) []amount {
	var out []amount
	for _, loc := range spelledCurrencyRe.FindAllStringIndex(str, -1) {
		cur := str[loc[0]:loc[1]]
		if loc[1] < len(str) && isLatinOrCyrillicTail(cur) && isLatinOrCyrillicHead(str[loc[1]:]) && !turkishCaseEnding(str[loc[1]:]) ||
			loc[0] > 0 && isLatinOrCyrillicHead(cur) && isLatinOrCyrillicTail(str[:loc[0]]) {
			continue // part of a longer word ("neuro", "europa")
		}
		v, start, ok := spelledNumberBefore(str[:loc[0]])
		if !ok || v <= 0 {
			continue
		}
		out = append(out, amount{value: v, mult: 1, currency: currencyCode(strings.TrimSpace(cur)), from: start, to: loc[1], hasCurrency: true})
	}
	return out
}

// turkishCaseEndings are the case endings Turkish writes on a currency
// word: "yüz euroya kadar" (up to a hundred euros), "elli eurodan az".
var turkishCaseEndings = []string{"ya", "ye", "yu", "yü", "dan", "den", "luk", "lik", "lık", "lük"}

// turkishCaseEnding reports whether the word that tail starts is only a
// Turkish case ending.
func turkishCaseEnding(tail string) bool {
	end := strings.IndexFunc(tail, func(r rune) bool { return !isWordRune(r) })
	if end < 0 {
		end = len(tail)
	}
	return slices.Contains(turkishCaseEndings, tail[:end])
}

// withSpelled adds the spelled amounts that no amount in digits covers,
// in the order of the text.
func withSpelled(amounts, spelled []amount) []amount {
	for _, s := range spelled {
		if !slices.ContainsFunc(amounts, func(a amount) bool { return a.from < s.to && s.from < a.to }) {
			amounts = append(amounts, s)
		}
	}
	slices.SortStableFunc(amounts, func(a, b amount) int { return a.from - b.from })
	return amounts
}
