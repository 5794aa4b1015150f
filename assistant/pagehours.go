package assistant

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"shopassist/knowledge"
)

// A page the shop has not translated often states when and where the shop
// can be reached ("our showroom is at Havenstraat 12, Utrecht, open
// Thursday to Saturday 10:00–18:00"; "Monday to Friday 09:00–17:00 CET").
// Those facts are names, days and times: they can be said in the shopper's
// language without translating the prose around them, as sayRules does for
// an untranslated policy. Merchants write such pages in English far more
// often than in any other language, and the patterns below read English.

// weekdayNames are the weekdays, Sunday first, as each language writes
// them standing alone in a sentence (Unicode CLDR v46, gregorian,
// format-wide; Unicode License v3).
var weekdayNames = map[string][7]string{
	"en":      {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
	"de":      {"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"},
	"es":      {"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"},
	"fr":      {"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
	"it":      {"domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"},
	"pt":      {"domingo", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado"},
	"nl":      {"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"},
	"pl":      {"niedziela", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota"},
	"ru":      {"воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"},
	"tr":      {"Pazar", "Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi"},
	"ar":      {"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"},
	"ja":      {"日曜日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"},
	"ko":      {"일요일", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일"},
	"zh-Hans": {"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"},
	"zh-Hant": {"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"},
	"id":      {"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"},
}

// englishDays maps an English weekday, full or abbreviated, to its
// time.Weekday number.
var englishDays = map[string]int{"sunday": 0, "sun": 0, "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2,
	"wednesday": 3, "wed": 3, "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6}

const dayPattern = `(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues|tue|wed|thurs|thur|thu|fri|sat)`

// daySpanRE finds "Monday to Friday", "Thu–Sat", "Monday through Friday".
var daySpanRE = regexp.MustCompile(`(?i)\b` + dayPattern + `\.?\s*(?:to|through|till|until|-|–|—)\s*` + dayPattern + `\b`)

// dayListRE finds a list of single days: "Monday, Wednesday and Friday".
var dayListRE = regexp.MustCompile(`(?i)\b` + dayPattern + `\b(?:\s*(?:,|and|&)\s*` + dayPattern + `\b)*`)

var dayRE = regexp.MustCompile(`(?i)\b` + dayPattern + `\b`)

// timeSpanRE finds "10:00–18:00", "9am-5pm", "9 to 17.30", with an optional
// time zone written after it ("CET").
var timeSpanRE = regexp.MustCompile(`(?i)\b(\d{1,2})(?:[:.](\d{2}))?(?:\s*(am|pm|a\.m\.|p\.m\.))?\s*(?:to|till|until|-|–|—)\s*(\d{1,2})(?:[:.](\d{2}))?(?:\s*(am|pm|a\.m\.|p\.m\.))?(?:\s+(CET|CEST|GMT|BST|UTC|EST|EDT|CST|CDT|PST|PDT|AEST|AEDT|JST|KST))?`)

// addressRE finds the street address a sentence gives after "at":
// "is at Havenstraat 12, Utrecht", "at 5 Market Street, Leeds".
var addressRE = regexp.MustCompile(`\bat ((?:\d+[A-Za-z]?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*(?:\s+\d+[A-Za-z]?)?(?:,\s*(?:\d{4}\s?[A-Z]{2}\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)?)`)

// replyWithinRE finds how soon a team answers: "answers within one
// business day", "within 2 working days".
var replyWithinRE = regexp.MustCompile(`(?i)within (one|two|three|four|five|\d+) (?:business|working) days?`)

// serviceWords mark a sentence about the customer service team rather
// than a place to visit.
var serviceWords = []string{"customer service", "support", "our team", "service team", "answer", "reply", "replies", "respond", "email", "e-mail", "phone"}

// pageHours are the reachability facts of one sentence of a page.
type pageHours struct {
	address     string // street address, "" when the sentence gives none
	days        []int  // weekdays, in the page's order
	dayRange    bool   // days[0]–days[1] is a span
	from, to    string // 24-hour "HH:MM"
	zone        string
	service     bool // the sentence is about the customer service team
	replyWithin int  // business days the team takes to answer, 0 when unsaid
}

// readPageHours reads the opening days and hours, with an address or the
// customer service's answer time, from the English sentences of text.
func readPageHours(text string) []pageHours {
	var out []pageHours
	for _, s := range sentencesOf(text) {
		h, ok := readHoursSentence(s)
		if ok {
			out = append(out, h)
		}
	}
	return out
}

// sentencesOf cuts text at line breaks and at a full stop followed by a
// space and a capital: times ("17.30") and abbreviations stay whole.
func sentencesOf(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		start := 0
		for _, i := range sentenceEndRE.FindAllStringIndex(line, -1) {
			if abbreviationEnd(line[start : i[0]+1]) {
				continue // "8 p.m. EST", "St. Mary"
			}
			out = append(out, line[start:i[0]+1])
			_, n := utf8.DecodeLastRuneInString(line[:i[1]])
			start = i[1] - n // the capital that begins the next sentence
		}
		if start < len(line) {
			out = append(out, line[start:])
		}
	}
	return out
}

var sentenceEndRE = regexp.MustCompile(`[.!?]\s+\p{Lu}`)

// abbreviationEnd reports whether s ends in an abbreviation's full stop
// rather than a sentence's.
func abbreviationEnd(s string) bool {
	low := strings.ToLower(s)
	for _, a := range []string{"a.m.", "p.m.", "e.g.", "i.e.", " st.", " no.", " mr.", " mrs.", " dr."} {
		if strings.HasSuffix(low, a) {
			return true
		}
	}
	return false
}

func readHoursSentence(s string) (pageHours, bool) {
	var h pageHours
	if m := daySpanRE.FindStringSubmatch(s); m != nil {
		h.days, h.dayRange = []int{englishDays[strings.ToLower(m[1])], englishDays[strings.ToLower(m[2])]}, true
	} else if m := dayListRE.FindString(s); m != "" {
		for _, d := range dayRE.FindAllString(m, -1) {
			h.days = append(h.days, englishDays[strings.ToLower(d)])
		}
	}
	t := timeSpanRE.FindStringSubmatch(s)
	if len(h.days) == 0 || t == nil {
		return h, false
	}
	if t[2] == "" && t[3] == "" && t[5] == "" && t[6] == "" {
		// "2-4" with no minutes and no am/pm is a count of days, not
		// the hours of a day.
		return h, false
	}
	var ok1, ok2 bool
	h.from, ok1 = clock24(t[1], t[2], t[3])
	h.to, ok2 = clock24(t[4], t[5], t[6])
	if !ok1 || !ok2 {
		return h, false
	}
	h.zone = t[7]
	if m := addressRE.FindStringSubmatch(s); m != nil && strings.ContainsAny(m[1], "0123456789") {
		h.address = strings.TrimRight(m[1], ",. ")
	}
	low := strings.ToLower(s)
	h.service = h.address == "" && containsAny(low, serviceWords)
	if m := replyWithinRE.FindStringSubmatch(s); m != nil {
		h.replyWithin = countWord(m[1])
	}
	return h, true
}

// clock24 writes an hour, minutes and an am/pm marker as "HH:MM".
func clock24(hour, minute, marker string) (string, bool) {
	hh, err := strconv.Atoi(hour)
	if err != nil {
		return "", false
	}
	mm := 0
	if minute != "" {
		if mm, err = strconv.Atoi(minute); err != nil {
			return "", false
		}
	}
	switch strings.ToLower(strings.ReplaceAll(marker, ".", "")) {
	case "pm":
		if hh < 12 {
			hh += 12
		}
	case "am":
		if hh == 12 {
			hh = 0
		}
	}
	if hh > 24 || mm > 59 {
		return "", false
	}
	return fmt.Sprintf("%02d:%02d", hh, mm), true
}

// countWord reads a small English number word or digits.
func countWord(w string) int {
	if n, err := strconv.Atoi(w); err == nil {
		return n
	}
	return map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}[strings.ToLower(w)]
}

// daysIn writes the days in lang: a span with a dash ("jueves–sábado"),
// a list with commas.
func (h pageHours) daysIn(lang string) string {
	names, ok := weekdayNames[lang]
	if !ok {
		names = weekdayNames["en"]
	}
	parts := make([]string, len(h.days))
	for i, d := range h.days {
		parts[i] = names[d]
	}
	if h.dayRange {
		return strings.Join(parts, "–")
	}
	return strings.Join(parts, ", ")
}

func (h pageHours) hours() string {
	s := h.from + "–" + h.to
	if h.zone != "" {
		s += " " + h.zone
	}
	return s
}

// sayPageHours states, in the shopper's language, the address, days and
// hours an untranslated passage gives, with where they come from. It
// reports whether the passage gave any.
func (t *turn) sayPageHours(p knowledge.PassageAnswer) bool {
	found := readPageHours(p.Text)
	if len(found) == 0 {
		return false
	}
	t.say(t.t("page_original_facts", map[string]any{"Original": languageName(p.Locale, t.reply.Language)}))
	for _, h := range found {
		data := map[string]any{"Address": h.address, "Days": h.daysIn(t.reply.Language), "Hours": h.hours()}
		switch {
		case h.address != "":
			t.say(t.t("visit_at", data))
		case h.service:
			t.say(t.t("service_hours", data))
		default:
			t.say(t.t("open_hours", data))
		}
		if h.replyWithin > 0 {
			t.say(t.e.catalog.TN(t.reply.Language, "service_reply_within", h.replyWithin, nil))
		}
	}
	if p.URL != "" {
		t.say(t.t("doc_source_link", map[string]any{"URL": p.URL}))
	}
	return true
}

// visitWords ask whether the shop has a place to walk into, where it is
// and when it opens. Found inside words, so each is specific: Dutch
// "winkel" alone is also the "winkelwagen" (basket), German "laden" also
// charging a lamp.
var visitWords = []string{"physical store", "physical shop", "brick and mortar", "brick-and-mortar", "showroom", "walk into", "walk in",
	"visit you", "visit your shop", "visit your store", "stop by", "drop by", "come by", "in person", "where are you located",
	"where is your shop", "where is your store", "actual shop", "actual store", "real shop", "real store", "opening hours", "opening times",
	"ladengeschäft", "einen laden", "euren laden", "ihren laden", "eigenen laden", "geschäft vor ort", "vorbeikommen", "vorbeischauen", "öffnungszeiten", "filiale",
	"tienda física", "tienda fisica", "local físico", "local fisico", "visitaros", "visitarlos", "pasarme por", "pasar por vuestra", "en persona", "horario de apertura",
	"magasin physique", "boutique physique", "vous rendre visite", "passer vous voir", "en personne", "horaires d'ouverture", "horaires d’ouverture",
	"negozio fisico", "venire a trovarvi", "passare da voi", "di persona", "orari di apertura", "un negozio", "vostro negozio",
	"loja física", "loja fisica", "visitar vocês", "visitá-los", "pessoalmente", "horário de funcionamento", "horario de funcionamento",
	"fysieke winkel", "een winkel", "jullie winkel", "winkel in", "langskomen", "langs komen", "openingstijden", "openingsuren",
	"sklep stacjonarny", "sklep fizyczny", "odwiedzić was", "osobiście", "godziny otwarcia",
	"физический магазин", "офлайн-магазин", "офлайн магазин", "шоурум", "магазин в", "приехать к вам", "зайти к вам", "лично", "часы работы", "режим работы",
	"fiziki mağaza", "fiziksel mağaza", "mağazanız", "mağazanıza", "şahsen", "açılış saatleri",
	"متجر فعلي", "محل فعلي", "معرض", "زيارتكم", "مواعيد الفتح",
	"実店舗", "店舗", "ショールーム", "営業日",
	"오프라인 매장", "매장", "쇼룸", "영업시간", "영업 시간",
	"线下门店", "线下店", "实体店", "门店", "展厅", "营业时间", "到店",
	"實體店", "門市", "線下店", "展示間", "營業時間",
	"toko fisik", "toko offline", "datang langsung", "jam buka"}

// serviceAskWords name the customer service team; serviceTimeWords ask
// when it works or answers. A message needs one of each.
var serviceAskWords = []string{"customer service", "customer support", "support team", "your team", "kundenservice", "kundendienst", "support",
	"atención al cliente", "servicio al cliente", "service client", "service clients", "servizio clienti", "assistenza clienti", "atendimento",
	"klantenservice", "obsługa klienta", "biuro obsługi", "служба поддержки", "поддержк", "müşteri hizmetleri", "destek ekibi",
	"خدمة العملاء", "カスタマーサービス", "カスタマーサポート", "サポート", "고객센터", "고객 센터", "상담", "客服", "客户服务", "客戶服務",
	"layanan pelanggan", "cs kalian", "customer service kalian"}

var serviceTimeWords = []string{"hours", "until when", "what time", "which days", "what days", "when are", "when is", "how fast", "how quickly",
	"uhr", "wann", "wie schnell", "horario", "a qué hora", "hasta qué hora", "qué días", "cuándo", "heures", "quand", "quels jours",
	"orari", "a che ora", "fino a che ora", "quando", "horário", "que horas", "até que horas", "tot hoe laat", "hoe laat", "wanneer", "welke dagen",
	"godzin", "kiedy", "do której", "час", "когда", "до скольки", "saat", "ne zaman", "hangi gün", "ساعات", "متى", "時間", "何時", "何曜日",
	"시간", "언제", "몇 시", "时间", "几点", "時間", "幾點", "jam berapa", "jam", "kapan", "hari apa"}

// countedBusinessDays are business days counted ("何営業日かかりますか",
// "3営業日以内"): how long a delivery or refund takes, not the days the
// shop opens, which visitWords' bare 営業日 asks.
var countedBusinessDays = regexp.MustCompile(`(?:何|[0-9０-９]+)\s*営業日`)

// asksVisit reports whether a lower-cased message asks for a place to
// visit or its opening days.
func asksVisit(low string) bool {
	return containsAny(countedBusinessDays.ReplaceAllString(low, " "), visitWords)
}

// asksServiceHours reports whether a lower-cased message asks when the
// customer service works or how soon it answers.
func asksServiceHours(low string) bool {
	return containsAny(low, serviceAskWords) && containsAny(low, serviceTimeWords)
}

// visitFactRE and serviceFactRE find a page sentence that gives a
// place's days, or the service team's.
var (
	visitFactRE   = regexp.MustCompile(`(?is)\b(?:visit|showroom|store|shop|workshop|boutique)\b.*\b` + dayPattern + `\b`)
	serviceFactRE = regexp.MustCompile(`(?is)\b(?:customer service|support|service team|our team)\b.*\b` + dayPattern + `\b`)
)
