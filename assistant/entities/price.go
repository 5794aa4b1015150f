package entities

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// moneyRe finds an amount with an optional currency before and after it and
// an optional multiplier ("200 ribu", "5万", "5k"). The amount may group its
// thousands with a comma, full stop, space or apostrophe ("1,200",
// "1.299,50", "15 000", "1'200"; NFKC has made no-break spaces plain).
// Slang for money ("80 pavos", "100 balles", "50 Mäuse", "20 paus") marks
// an amount in the local currency, which it does not name.
var moneyRe = regexp.MustCompile(`(r\$|us\$|\$|€|£|¥|₽|₺|rp\.?|usd|eur)?\s?(\d{1,3}(?:[.,' ’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s?(k|mil|ribu|rb|万|만)?\s?` +
	`(` + currencyAfter + `)?`)

// currencyAfter are the currency names and money slang written after an
// amount, as a regexp alternation (moneyRe, and spelled amounts).
const currencyAfter = `€|\$|£|欧元|歐元|欧|歐|ユーロ|유로|евро|avro|美元|美金|ドル|달러|доллар[а-я]*|英镑|英鎊|ポンド|파운드|¥|円|元|块|₽|₺|원|zł|zl|tl|usd|eur|euros?|dollars?|d[óo]lares|dolar|dollari|pesos?|reais|reales|yen|yuan|rubles?|рубл[а-я]*|руб\.?|lira|pavos|pelas|balles|euronen|mäuse|öcken|ocken|piek|paus|z[łl]otych|rupiah|rp|реал|جنيه|دولار|يورو|ريال|درهم`

// Bound words by language. "before" words precede the amount ("under 50"),
// "after" words follow it ("5000円以下", "500 TL altı").
var (
	maxBefore = []string{
		// Negated minimums first: "pas plus de 130" is a ceiling, though
		// "plus de" alone is a floor.
		"not more than", "not over", "pas plus de",
		// Not exceeding: "que no pase de 80", "sans dépasser 100".
		"no pase de", "no pasen de", "no pasar de", "sin pasar de", "sin pasarse de", "no supere", "no supere los", "no superar", "no superior a",
		"sans dépasser", "ne dépasse pas", "ne dépassant pas", "nicht teurer als", "che non superi", "senza superare",
		"non superiore a", "que não passe de", "não passe de", "sem passar de", "não ultrapasse", "niet duurder dan", "mag niet meer dan",
		"hoogstens", "не дороже чем", "nie przekraczając", "tidak melebihi", "pas plus que", "pas au-delà de", "no más de", "no mas de", "nicht mehr als",
		"nicht über", "non più di", "non oltre", "não mais de", "não mais que", "niet meer dan", "nie więcej niż", "nie drożej niż",
		"не больше", "не выше", "tidak lebih dari", "tak lebih dari", "لا يزيد عن", "لا تزيد عن", "لا يتجاوز",
		// A budget is a ceiling: "budget 100", "budget de 300 €", "予算1万円".
		"budget", "budget of", "my budget is", "budget de", "budget di", "budget von", "budget van", "presupuesto de", "presupuesto",
		"orçamento de", "orçamento", "бюджет", "budżet", "bütçem", "bütçe", "anggaran", "ميزانية", "ميزانيتي", "予算", "预算", "預算", "예산",
		"under", "below", "less than", "cheaper than", "max", "maximum", "up to", "no more than", "at most", "within",
		"menos de", "hasta", "por debajo de", "máximo", "maximo", "inferior a",
		"moins de", "jusqu'à", "jusqu'a", "maximum", "au plus", "en dessous de", "inférieur à",
		"unter", "bis", "höchstens", "weniger als", "maximal", "bis zu",
		"sotto i", "sotto", "meno di", "fino a", "massimo", "entro",
		"até", "ate", "abaixo de", "no máximo",
		"onder", "tot", "minder dan", "maximaal", "hooguit",
		"до", "дешевле", "не дороже", "меньше", "не более",
		"poniżej", "do", "maks", "maksymalnie", "mniej niż",
		"di bawah", "maksimal", "kurang dari", "dibawah",
		"أقل من", "تحت", "حتى", "بحد أقصى",
	}
	maxAfter  = []string{"以下", "以内", "以內", "未満", "以下の", "까지", "이하", "altı", "altında", "max", "maximum", "oder weniger", "or less"}
	minBefore = []string{
		"over", "above", "more than", "at least", "from", "min", "minimum", "starting at",
		"más de", "mas de", "desde", "mínimo", "minimo", "por encima de",
		"plus de", "à partir de", "a partir de", "au moins", "minimum", "dès", "au-delà de",
		"über", "mehr als", "ab", "mindestens",
		"oltre", "più di", "almeno", "sopra", "sopra i", "oltre i", "a partire da", "a partire dai",
		"mais de", "acima de", "pelo menos",
		"boven", "meer dan", "vanaf", "minstens",
		"от", "дороже", "больше", "не менее", "свыше",
		"powyżej", "od", "ponad", "co najmniej",
		"di atas", "lebih dari", "minimal", "diatas",
		"أكثر من", "فوق", "على الأقل",
		"满", "滿", "超过", "超過",
	}
	minAfter = []string{"以上", "이상", "넘으면", "넘는", "넘게", "초과", "üzeri", "üzerinde", "üstü", "üstünde", "起", "or more", "oder mehr", "ou plus", "o más", "o più", "ou mais", "of meer", "и больше"}
	// Words between two amounts that make them a range.
	rangeJoin = []string{"and", "to", "y", "a", "et", "à", "und", "bis", "e", "en", "tot", "до", "i", "do", "dan", "sampai", "hingga", "ile", "و", "إلى", "الى", "到", "至", "~", "-", "–", "에서", "から", "和"}
	rangeLead = []string{"between", "entre", "zwischen", "tra", "fra", "tussen", "между", "pomiędzy", "między", "antara", "بين", "من", "от", "od", "從", "从", "介于", "在"}
)

var currencyCodes = map[string]string{
	"$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "dólares": "USD", "dolares": "USD", "dollari": "USD", "دولار": "USD",
	"€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "يورو": "EUR",
	"欧元": "EUR", "歐元": "EUR", "欧": "EUR", "歐": "EUR", "ユーロ": "EUR", "유로": "EUR", "евро": "EUR", "avro": "EUR",
	"美元": "USD", "美金": "USD", "ドル": "USD", "달러": "USD", "dolar": "USD",
	"英镑": "GBP", "英鎊": "GBP", "ポンド": "GBP", "파운드": "GBP",
	"£": "GBP", "¥": "JPY", "円": "JPY", "yen": "JPY",
	"元": "CNY", "块": "CNY", "yuan": "CNY",
	"₽": "RUB", "руб": "RUB", "руб.": "RUB", "ruble": "RUB", "rubles": "RUB",
	"₺": "TRY", "tl": "TRY", "lira": "TRY",
	"zł": "PLN", "zl": "PLN", "złotych": "PLN", "zlotych": "PLN",
	"rp": "IDR", "rp.": "IDR", "rupiah": "IDR",
	"r$": "BRL", "reais": "BRL", "real": "BRL", "реал": "BRL",
	"원": "KRW", "peso": "MXN", "pesos": "MXN",
	"ريال": "SAR", "درهم": "AED", "جنيه": "EGP",
}

// currencyCode is the ISO 4217 code of a currency word written with an
// amount, or "" for money slang ("pavos", "balles": the local currency).
func currencyCode(cur string) string {
	switch {
	case currencyCodes[cur] != "":
		return currencyCodes[cur]
	case strings.HasPrefix(cur, "доллар"):
		return "USD"
	case strings.HasPrefix(cur, "рубл"):
		return "RUB"
	}
	return ""
}

type amount struct {
	value float64
	// mult is the multiplier word's factor ("200 ribu" → 1000), 1 without.
	mult        float64
	currency    string
	from, to    int // byte offsets in the lower-cased text
	hasCurrency bool
}

// takePrice reads a budget: "under 50€", "menos de 50 euros", "5000円以下",
// "between 20 and 40", "over 100$". A bare number only counts as a price
// next to a bound word or a currency.
func (s *scan) takePrice() *PriceRange {
	str := s.text()
	var amounts []amount
	for _, m := range moneyRe.FindAllStringSubmatchIndex(str, -1) {
		// Skip digits glued to letters ("iphone15", "ps5") and numbers that
		// are part of a longer one.
		if m[4] > 0 && isDigitOrLetterASCII(str[m[4]-1]) && m[2] < 0 {
			continue
		}
		// Digit groups followed by more digits are no amount ("44 7700
		// 900123" is a phone's blocks).
		if m[5] < len(str) && str[m[5]] >= '0' && str[m[5]] <= '9' {
			continue
		}
		// "höchstens 2,5 kg", "0,75 Liter": a number with a unit of
		// measure is a measure, never money (the "k" of "kg" is no
		// thousand).
		if m[2] < 0 && unitRe.MatchString(str[m[5]:]) {
			continue
		}
		v, ok := parseAmount(str[m[4]:m[5]])
		if !ok {
			continue
		}
		a := amount{value: v, mult: 1, from: m[0], to: m[1]}
		if m[6] >= 0 {
			switch str[m[6]:m[7]] {
			case "k", "mil", "ribu", "rb":
				a.mult = 1000
			case "万", "만":
				a.mult = 10000
			}
			a.value *= a.mult
		}
		for _, g := range [][2]int{{m[2], m[3]}, {m[8], m[9]}} {
			if g[0] >= 0 {
				a.currency = currencyCode(strings.TrimSpace(str[g[0]:g[1]]))
				a.hasCurrency = true
			}
		}
		if m[6] >= 0 && str[m[6]:m[7]] == "만" && a.currency == "" {
			a.currency = "KRW"
		}
		// Keep the span tight when the amount ended on a space.
		a.to = m[1]
		amounts = append(amounts, a)
	}
	amounts = withSpelled(amounts, spelledAmounts(str))
	var p PriceRange
	found := false
	for i, a := range amounts {
		before := strings.TrimSpace(str[:a.from])
		after := strings.TrimSpace(str[a.to:])
		switch {
		case i+1 < len(amounts) && isRange(str, a, amounts[i+1]):
			b := amounts[i+1]
			// "antara 100 dan 200 ribu", "entre 5 y 10 mil": the multiplier
			// said once covers both ends, unless the first end is already
			// larger without it.
			if a.mult == 1 && b.mult > 1 && a.value*b.mult <= b.value {
				a.value *= b.mult
			}
			p.Min, p.Max = a.value, b.value
			p.Currency = firstNonEmpty(a.currency, b.currency)
			s.blankBytes(str, rangeStart(str, a), b.to)
			found = true
		case hasSuffixWord(before, maxBefore) || hasPrefixWord(after, maxAfter):
			p.Max = a.value
			p.Currency = firstNonEmpty(p.Currency, a.currency)
			s.blankBytes(str, boundStart(before, maxBefore), boundEnd(str, a, maxAfter))
			found = true
		case hasSuffixWord(before, minBefore) && refusesToSpend(str, a):
			// "meer dan honderd euro wil ik er niet aan uitgeven": more
			// than the amount is what the shopper will not pay.
			p.Max = a.value
			p.Currency = firstNonEmpty(p.Currency, a.currency)
			s.blankBytes(str, boundStart(before, minBefore), a.to)
			found = true
		case hasSuffixWord(before, minBefore) || hasPrefixWord(after, minAfter):
			p.Min = a.value
			p.Currency = firstNonEmpty(p.Currency, a.currency)
			s.blankBytes(str, boundStart(before, minBefore), boundEnd(str, a, minAfter))
			found = true
		case a.hasCurrency && !found:
			// "a 30€ gift": a single priced amount is read as the ceiling.
			p.Max = a.value
			p.Currency = a.currency
			s.blankBytes(str, a.from, a.to)
			found = true
		default:
			continue
		}
		if p.Min > 0 && p.Max > 0 {
			break
		}
	}
	if !found {
		return nil
	}
	if p.Min > 0 && p.Max > 0 && p.Min > p.Max {
		p.Min, p.Max = p.Max, p.Min
	}
	return &p
}

// refusals are the words of a shopper who will not pay or spend, said in
// the sentence of an amount with "more than" ("I don't want to spend more
// than 100", "meer dan 100 euro wil ik niet uitgeven", "nicht mehr als …
// ausgeben" is caught earlier by its own bound word).
var refusals = []string{"don't want to spend", "do not want to spend", "won't spend", "will not spend", "don't want to pay",
	"can't spend", "cannot spend", "niet aan uitgeven", "niet uitgeven", "niet aan besteden", "niet besteden", "niet betalen",
	"nicht ausgeben", "nicht zahlen", "nicht bezahlen", "ne veux pas dépenser", "veux pas dépenser", "ne veux pas payer", "veux pas payer",
	"no quiero gastar", "no quiero pagar", "no puedo gastar", "non voglio spendere", "non voglio pagare", "non posso spendere",
	"não quero gastar", "não quero pagar", "não posso gastar", "nie chcę wydać", "nie chcę wydawać", "nie chcę płacić", "nie chcę zapłacić",
	"не хочу тратить", "не хочу платить", "не готов тратить", "harcamak istemiyorum", "ödemek istemiyorum", "harcamam",
	"tidak mau menghabiskan", "tidak mau bayar", "tidak ingin menghabiskan", "gak mau bayar", "لا أريد أن أدفع", "لا أريد إنفاق", "لا أريد أن أنفق",
	"不想花", "不想付", "不要花", "払いたくない", "使いたくない", "出したくない", "쓰고 싶지 않", "쓰기 싫", "내고 싶지 않"}

// refusesToSpend reports whether the sentence of amount a says the
// shopper will not spend it.
func refusesToSpend(str string, a amount) bool {
	from := strings.LastIndexAny(str[:a.from], ".!?;\n") + 1
	to := len(str)
	if i := strings.IndexAny(str[a.to:], ".!?;\n"); i >= 0 {
		to = a.to + i
	}
	sentence := str[from:to]
	return slices.ContainsFunc(refusals, func(r string) bool { return strings.Contains(sentence, r) })
}

func isRange(str string, a, b amount) bool {
	between := strings.TrimSpace(str[a.to:b.from])
	for _, j := range rangeJoin {
		if between == j {
			return hasSuffixWord(strings.TrimSpace(str[:a.from]), rangeLead) || j == "-" || j == "–" || j == "~" || j == "到" || j == "至" || j == "から" || j == "에서" || j == "to" || j == "bis" || j == "à" || a.hasCurrency || b.hasCurrency
		}
	}
	return false
}

func rangeStart(str string, a amount) int {
	before := strings.TrimSpace(str[:a.from])
	return boundStart(before, rangeLead)
}

// boundStart returns where the bound word that ends before starts (or the
// end of before when there is none).
func boundStart(before string, words []string) int {
	for _, w := range words {
		if hasWordSuffix(before, w) {
			return len(before) - len(w)
		}
	}
	return len(before)
}

func boundEnd(str string, a amount, words []string) int {
	rest := str[a.to:]
	trimmed := strings.TrimLeft(rest, " ")
	for _, w := range words {
		if strings.HasPrefix(trimmed, w) {
			return a.to + (len(rest) - len(trimmed)) + len(w)
		}
	}
	return a.to
}

// IsFloorAmount reports whether the amount spanning text[from:to] is said
// as a lower bound ("free over 50 euros", "vanaf 50 euro", "50 avro
// üstü", "150유로 넘으면"): a threshold the shopper states, not an amount
// they hold. It reuses the budget reader's floor words so both agree.
func IsFloorAmount(text string, from, to int) bool {
	before, after := aroundAmount(text, from, to)
	return hasSuffixWord(before, minBefore) || hasPrefixWord(after, minAfter)
}

// IsBoundAmount reports whether the amount spanning text[from:to] is said
// as a floor or a ceiling ("under 90 euros", "5000円以下"): a budget or a
// threshold. A plain amount ("my basket is 55 euros", "a 90 euro jacket")
// is a value the shopper holds.
func IsBoundAmount(text string, from, to int) bool {
	before, after := aroundAmount(text, from, to)
	return IsFloorAmount(text, from, to) || hasSuffixWord(before, maxBefore) || hasPrefixWord(after, maxAfter)
}

// aroundAmount are the lower-cased texts before and after an amount.
func aroundAmount(text string, from, to int) (before, after string) {
	return strings.TrimSpace(strings.ToLower(text[:from])), strings.TrimSpace(strings.ToLower(text[to:]))
}

func hasSuffixWord(s string, words []string) bool {
	for _, w := range words {
		if hasWordSuffix(s, w) {
			return true
		}
	}
	return false
}

// hasWordSuffix reports whether s ends with w as a whole word (CJK and
// Arabic words need no separator before them).
func hasWordSuffix(s, w string) bool {
	if !strings.HasSuffix(s, w) {
		return false
	}
	rest := s[:len(s)-len(w)]
	return rest == "" || !isLatinOrCyrillicTail(rest) || !isLatinOrCyrillicHead(w)
}

func hasPrefixWord(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			rest := s[len(w):]
			if rest == "" || !isLatinOrCyrillicHead(rest) || !isLatinOrCyrillicTail(w) {
				return true
			}
		}
	}
	return false
}

func (s *scan) blankBytes(str string, from, to int) {
	if from > to {
		from = to
	}
	a, b := s.runeSpan(str, from, to)
	s.blank(a, b)
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

func isDigitOrLetterASCII(b byte) bool {
	return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z')
}

// parseAmount reads an amount as written: a comma or full stop followed by
// one or two digits at the end is the decimal separator ("9.99", "9,5");
// every other separator groups thousands ("1,200", "1.299,50", "15 000").
func parseAmount(num string) (float64, bool) {
	whole, frac := num, ""
	if i := strings.LastIndexAny(num, ".,"); i >= 0 && len(num)-i-1 <= 2 {
		whole, frac = num[:i], num[i+1:]
	}
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, whole)
	if frac != "" {
		digits += "." + frac
	}
	v, err := strconv.ParseFloat(digits, 64)
	return v, err == nil
}
