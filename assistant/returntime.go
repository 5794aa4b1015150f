package assistant

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The time a shopper tells has passed since their goods came ("3 weeks
// ago", "il y a 12 jours", "2 weken geleden", "10 gündür", "من 40 يوم",
// "第25天", "2週間前", "3주 전"), read to say whether a return is still
// within the policy's window. An amount of time counts only next to a word
// that makes it past time: "Do I have 14 days?" tells nothing elapsed.

// timeUnits are the words for a day, a week and a month in the supported
// languages, with their length in days. Longer spellings come first so
// that a reader sees each language's forms together (elapsedRE orders
// them longest first).
var timeUnits = []struct {
	days  int
	words []string
}{
	{30, []string{"months", "month", "meses", "mes", "mois", "monaten", "monate", "monat", "mesi", "mese", "maanden", "maand",
		"miesięcy", "miesiące", "miesiąc", "месяцев", "месяца", "месяц", "bulan", "أشهر", "شهور", "شهر", "ヶ月", "か月", "カ月",
		"个月", "個月", "개월", "달", "ay"}},
	{7, []string{"weeks", "week", "semanas", "semana", "semaines", "semaine", "wochen", "woche", "settimane", "settimana", "weken",
		"tygodnie", "tygodni", "tydzień", "tydzien", "недели", "недель", "неделю", "неделя", "hafta", "minggu", "أسابيع", "أسبوع",
		"اسبوع", "週間", "週", "周", "星期", "礼拜", "禮拜", "주"}},
	{1, []string{"days", "day", "días", "dias", "día", "dia", "jours", "jour", "tagen", "tage", "tag", "giorni", "giorno", "dagen",
		"dag", "dni", "dzień", "dzien", "дней", "дня", "день", "дн", "gün", "hari", "أيام", "ايام", "يوما", "يوم", "日", "天", "일"}},
}

// pastBefore are the words before an amount of time that make it past
// ("hace 2 semanas", "vor 3 Wochen", "من 40 يوم", "第25天"); pastAfter the
// words after it ("3 weeks ago", "2 weken geleden", "10 gündür", "2週間前").
var (
	pastBefore = []string{"hace", "faz", "há", "il y a", "vor", "seit", "since", "desde", "depuis", "sejak", "od", "من", "منذ",
		"قبل", "第"}
	pastAfter = []string{"ago", "back", "geleden", "fa", "temu", "назад", "önce", "dür", "dir", "dır", "dur", "tür", "tir", "tır",
		"tur", "lalu", "yang lalu", "前", "전", "了", "以前", "之前"}
	// approxWords sit between an amount of time and its past word
	// ("2週間ほど前", "三天左右前") or before it ("about 3 weeks ago").
	approxWords = []string{"ほど", "くらい", "ぐらい", "左右", "多", "정도", "تقريباً", "تقريبا", "ish"}
)

// elapsedRE finds an amount of time: a number and a unit word.
var elapsedRE = func() *regexp.Regexp {
	var alts []string
	for _, u := range timeUnits {
		for _, w := range u.words {
			alts = append(alts, regexp.QuoteMeta(w))
		}
	}
	// Longest first: the alternation takes the first that matches, and
	// "mes" must not stop short of "mesi".
	slices.SortStableFunc(alts, func(a, b string) int { return len(b) - len(a) })
	return regexp.MustCompile(`(\d{1,3})\s*(` + strings.Join(alts, "|") + `)`)
}()

// lastWeek says "a week ago" without a digit, in the supported languages.
var lastWeek = []string{"last week", "a week ago", "la semana pasada", "hace una semana", "la semaine dernière", "il y a une semaine",
	"letzte woche", "letzten woche", "vorige woche", "vor einer woche", "la settimana scorsa", "una settimana fa", "vorige week",
	"afgelopen week", "een week geleden", "semana passada", "faz uma semana", "há uma semana", "w zeszłym tygodniu",
	"w ubiegłym tygodniu", "tydzień temu", "на прошлой неделе", "неделю назад", "geçen hafta", "bir hafta önce", "minggu lalu",
	"seminggu yang lalu", "seminggu lalu", "minggu kemarin", "sudah seminggu", "udah seminggu", "seminggu lebih", "lebih dari seminggu", "الأسبوع الماضي", "الاسبوع الماضي", "قبل أسبوع", "先週", "一週間前",
	"上周", "上週", "上个星期", "上個星期", "上礼拜", "上禮拜", "一周前", "一週前", "지난주", "지난 주", "일주일 전"}

// elapsedDays is the number of days the message says have passed ("about
// 3 weeks ago" is 21), and whether it says one.
func elapsedDays(text string) (int, bool) {
	low := strings.ToLower(text)
	for _, m := range elapsedRE.FindAllStringSubmatchIndex(low, -1) {
		n, err := strconv.Atoi(low[m[2]:m[3]])
		if err != nil || !pastAround(low[:m[0]], low[m[1]:]) {
			continue
		}
		unit := low[m[4]:m[5]]
		for _, u := range timeUnits {
			if slices.Contains(u.words, unit) {
				return n * u.days, true
			}
		}
	}
	if slices.ContainsFunc(lastWeek, func(w string) bool { return strings.Contains(low, w) }) {
		return 7, true
	}
	return 0, false
}

// pastAround reports whether the words right before or after an amount of
// time make it time gone by.
func pastAround(before, after string) bool {
	before = strings.TrimSpace(before)
	for _, w := range approxWords {
		before = strings.TrimSpace(strings.TrimSuffix(before, w))
	}
	for _, w := range []string{"about", "around", "almost", "nearly", "over", "more than", "environ", "presque", "plus de", "etwa",
		"fast", "über", "mehr als", "casi", "unos", "más de", "quasi", "circa", "più di", "ongeveer", "bijna", "ruim", "meer dan",
		"quase", "uns", "mais de", "prawie", "około", "ponad", "почти", "около", "больше", "более", "yaklaşık", "neredeyse", "sekitar",
		"hampir", "lebih dari", "حوالي", "أكثر من", "اكثر من"} {
		before = strings.TrimSpace(strings.TrimSuffix(before, w))
	}
	if slices.ContainsFunc(pastBefore, func(w string) bool { return hasWordSuffix(before, w) }) {
		return true
	}
	after = strings.TrimSpace(after)
	for _, w := range approxWords {
		after = strings.TrimSpace(strings.TrimPrefix(after, w))
	}
	return slices.ContainsFunc(pastAfter, func(w string) bool { return hasWordPrefix(after, w) })
}

// hasWordSuffix reports whether s ends with the word w (whole, unless w is
// written without spaces, as in Chinese).
func hasWordSuffix(s, w string) bool {
	if !strings.HasSuffix(s, w) {
		return false
	}
	rest := s[:len(s)-len(w)]
	r, _ := utf8.DecodeLastRuneInString(rest)
	return rest == "" || !isLetter(r) || !isLetter(firstRune(w))
}

// hasWordPrefix reports whether s starts with the word w; a Turkish
// suffix ("gündür") follows its unit directly and counts as the start.
func hasWordPrefix(s, w string) bool {
	if !strings.HasPrefix(s, w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[len(w):])
	return len(s) == len(w) || !isLetter(r) || !isLetter(firstRune(w))
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isLetter reports whether r belongs to a script written with spaces
// between words: CJK and Hangul words run together, so a neighbouring
// character of theirs is no word boundary to respect.
func isLetter(r rune) bool {
	switch {
	case r >= 0x3040 && r <= 0x9FFF, r >= 0xAC00 && r <= 0xD7AF, r >= 0xF900 && r <= 0xFAFF:
		return false
	}
	return unicode.IsLetter(r)
}

// stillWords ask whether something is still possible ("todavía estoy a
// tiempo", "noch zurückgeben", "too late"); notYet are the phrases where
// the same words say something has not happened yet ("noch nicht",
// "nog niet gebruikt"), set aside first.
var (
	stillWords = []string{"still", "too late", "in time", "todavía", "todavia", "aún", "aun ", "a tiempo", "demasiado tarde",
		"encore", "trop tard", "à temps", "noch", "zu spät", "ancora", "in tempo", "troppo tardi", "nog ", "te laat", "op tijd",
		"ainda", "dá tempo", "da tempo", "tarde demais", "jeszcze", "za późno", "zdążę", "ещё", "еще", "не поздно", "поздно",
		"hâlâ", "hala", "geç mi", "geç kaldım", "masih", "terlambat", "لسه", "لسا", "لا يزال", "لازال", "ما زال", "مازال",
		"まだ", "間に合", "遅い", "还能", "還能", "还可以", "還可以", "还来得及", "還來得及", "来得及", "來得及", "아직", "늦었", "늦지"}
	notYet = []string{"still not", "still haven't", "still hasn't", "still no ", "todavía no", "todavia no", "aún no", "pas encore",
		"noch nicht", "noch kein", "ancora non", "non ancora", "nog niet", "nog geen", "ainda não", "ainda nao", "jeszcze nie",
		"ещё не", "еще не", "belum", "لسه ما", "لم يصل بعد", "まだ届", "还没", "還沒", "아직 안", "아직 못",
		// still without it ("dalej nie mam", "hâlâ gelmedi", "immer noch nicht")
		"dalej nie", "nadal nie", "wciąż nie", "hâlâ gelmedi", "hala gelmedi", "hâlâ yok", "hala yok", "immer noch nicht", "immer noch kein",
		"toujours pas", "sigue sin", "continua sem", "continuo sem", "ancora niente", "nog steeds niet", "nog steeds geen", "до сих пор не"}
)

// asksStillPossible reports whether the message asks whether something is
// still possible, not that something has not happened yet.
func asksStillPossible(text string) bool {
	low := strings.ToLower(text) + " "
	for _, w := range notYet {
		low = strings.ReplaceAll(low, w, " ")
	}
	return slices.ContainsFunc(stillWords, func(w string) bool { return strings.Contains(low, w) })
}
