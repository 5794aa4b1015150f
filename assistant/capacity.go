package assistant

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"shopassist/knowledge"
)

// partyNumbers are the number words a shopper writes for how many people
// a product is for ("a tent for four", "nous sommes quatre", "zu viert",
// "نحن أربعة"), in the supported languages that spell them out; digits are
// read everywhere.
var partyNumbers = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
	"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "zu zweit": 2, "zu dritt": 3, "zu viert": 4, "zu fünft": 5, "zu sechst": 6,
	"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
	"due": 2, "tre": 3, "quattro": 4, "sei": 6,
	"dois": 2, "duas": 2, "três": 3, "quatro": 4,
	"twee": 2, "drie": 3, "vijf": 5, "zes": 6,
	"iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6,
	"dwie": 2, "dwoje": 2, "dwóch": 2, "trzy": 3, "troje": 3, "cztery": 4, "czworo": 4, "pięć": 5,
	// Genitive, as "dla ... osób" wants it: "namiot dla czterech osób".
	"trzech": 3, "czterech": 4, "pięciu": 5,
	"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
	"двое": 2, "двоих": 2, "трое": 3, "троих": 3, "четверо": 4, "четверых": 4, "пятеро": 5,
	// Genitive, as "для ... человек" wants it.
	"двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4, "пяти": 5,
	"اثنان": 2, "اثنين": 2, "شخصين": 2, "ثلاثة": 3, "أربعة": 4, "اربعة": 4, "خمسة": 5, "ستة": 6,
	"两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
	"둘": 2, "두": 2, "셋": 3, "세": 3, "넷": 4, "네": 4, "다섯": 5,
}

// partyCues introduce or follow how many people a product is for: "for 4",
// "pour 2 personnes", "pra 2", "nous sommes 4", "4人用", "4인용", "4 kişilik".
var partyCues = regexp.MustCompile(`(?i)\b(?:for up to|for|pour|para|pra|per|für|voor|dla|untuk|на)\s+(\S+?)\s*(?:$|[?.!,;]|\s(?:people|persons?|personnes?|pessoas?|personas?|persone|personen|kişi|osob[ya]?|orang|человек|adults|adultes))` +
	`|(\S+?)\s*(?:people|persons?|personnes|pessoas|personas|persone|personen|kişilik|kişi|osoby|osób|orang|человек|-person|人用|人|인용|명)` +
	`|(zu (?:zweit|dritt|viert|fünft|sechst))` +
	// How many it sleeps or seats: "sleeps four", "tente 4 places",
	// "4-osobowy", "четырёхместная" is not read, "4-местная" is.
	`|(?:sleeps|sleeping|accommodates|fits)\s+(\S+)` +
	`|(\S+?)\s*-?(?:places|plazas|posti|lugares|persoons|osobow|местн|schlafplätze|schlafplätzen|slaapplaatsen)` +
	`|(?:we are|we're|nous sommes|on est|somos|siamo|wir sind|we zijn|jesteśmy|kami|нас|نحن)\s+(\S+(?:\s+\S+)?)`)

// partySize is how many people the shopper says a product is for, or 0:
// a count ("for 4", "zu viert"), else the people named ("me, my wife and 2
// kids": the shopper and those who come along).
func partySize(text string) int {
	low := strings.ToLower(text)
	for _, m := range partyCues.FindAllStringSubmatch(low, -1) {
		for _, g := range m[1:] {
			if n := partyNumber(g); n > 0 {
				return n
			}
		}
	}
	return companions(low)
}

// partnerWords name one person who comes along: a spouse or partner.
var partnerWords = []string{"wife", "husband", "partner", "girlfriend", "boyfriend", "frau", "mann", "freundin", "femme",
	"mari", "copine", "copain", "conjoint", "esposa", "esposo", "mujer", "marido", "novia", "novio", "pareja", "moglie",
	"marito", "fidanzata", "fidanzato", "compagna", "compagno", "namorada", "namorado", "vrouw", "vriendin", "vriend",
	"karım", "eşim", "kocam", "sevgilim", "żona", "żoną", "mąż", "mężem", "istri", "suami", "pacar", "жена", "женой",
	"муж", "мужем", "妻", "夫", "彼女", "彼氏", "老婆", "老公", "妻子", "丈夫", "太太", "女朋友", "男朋友",
	"아내", "남편", "여자친구", "남자친구", "زوجتي", "زوجي"}

// companionsRE is a number of children or friends ("2 kids", "deux
// enfants", "两个孩子", "아이 둘" is not read), the number first.
var companionsRE = regexp.MustCompile(`(\S+?)\s*(?:个|個|人の|名の)?\s*(?:kids|children|child|enfants|kinder|niños|hijos|bambini|figli|filhos|crianças|kinderen|çocuk|dzieci|dzieckiem|anak|детьми|детей|ребенка|ребёнка|子供|子ども|孩子|小孩|아이|أطفال|friends|amis|freunde|amigos|amici|vrienden|arkadaş|przyjaciół|przyjaciółmi|teman|друзей|друзьями|友達|朋友|친구)`)

// companions counts the people a message names as coming along, plus the
// shopper; 0 when it names none.
func companions(low string) int {
	n := 0
	for _, w := range partnerWords {
		if spacedWord(w) && containsWord(low, w) || !spacedWord(w) && strings.Contains(low, w) {
			n++
			break
		}
	}
	for _, m := range companionsRE.FindAllStringSubmatch(low, -1) {
		if c := partyNumber(m[1]); c > 0 {
			n += c
		}
	}
	if n == 0 && slices.ContainsFunc(familyWords, func(w string) bool { return containsWordStart(low, w) }) {
		// "a tent for the family": at least three, so the family tent.
		return 3
	}
	if n == 0 {
		return 0
	}
	return n + 1
}

// familyWords say the product is for a family.
var familyWords = []string{"family", "familie", "famille", "familia", "famiglia", "família", "gezin", "aile", "rodzin",
	"keluarga", "семья", "семьи", "семьёй", "семьей", "семейн", "家族", "家庭", "全家", "一家", "가족", "عائل", "العائل", "أسرة", "الأسرة"}

// containsWord reports whether w occurs in low as a whole word.
func containsWord(low, w string) bool {
	for _, f := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if f == w {
			return true
		}
	}
	return false
}

// partyNumber reads a count from the words a cue caught: digits, or a
// number word at their start ("quatre personnes", "4").
func partyNumber(s string) int {
	s = strings.Trim(s, " ?.!,;")
	if s == "" {
		return 0
	}
	if n, err := strconv.Atoi(s); err == nil && n > 0 && n < 20 {
		return n
	}
	if n, ok := partyNumbers[s]; ok {
		return n
	}
	if f := strings.Fields(s); len(f) > 1 {
		return partyNumber(f[0])
	}
	for w, n := range partyNumbers {
		// CJK and Korean counts are glued to the counter ("四人", "4인용").
		if !spacedWord(w) && strings.HasSuffix(s, w) {
			return n
		}
	}
	if r := []rune(s); len(r) > 1 {
		// Digits glued to a CJK counter: "4人".
		if n, err := strconv.Atoi(strings.TrimRightFunc(s, func(r rune) bool { return r < '0' || r > '9' })); err == nil && n > 0 && n < 20 {
			return n
		}
	}
	return 0
}

// spacedWord is false for words of scripts written without spaces.
func spacedWord(w string) bool {
	for _, r := range w {
		if r >= 0x2E80 {
			return false
		}
	}
	return true
}

// handleCapacity reads the people a product sleeps or seats from its
// handle, which keeps the original title's words in every language
// ("basecamp-4p-family-tent", "trail-2-person-tent"), or 0.
var handleCapacity = regexp.MustCompile(`(?:^|-)(\d{1,2})(?:p|-person|-persons|-people)(?:-|$)`)

func capacityOf(h knowledge.Hit) int {
	m := handleCapacity.FindStringSubmatch(h.Handle)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// forParty keeps, when the shopper says how many people a product is for
// and the products say how many they take, those that fit the party and
// are not twice its size ("a tent for 2" is not the 4-person family tent,
// "we are four" not the 2-person one), smallest first. Products that give
// no capacity are kept only when none gives one; all are kept when none
// takes the party.
func forParty(hits []knowledge.Hit, party int) []knowledge.Hit {
	if out := fitParty(hits, party); len(out) > 0 {
		return out
	}
	return hits
}

// fitParty is forParty without its last fallback: none when the products
// say how many they take and none takes the party.
func fitParty(hits []knowledge.Hit, party int) []knowledge.Hit {
	if party == 0 || !slices.ContainsFunc(hits, func(h knowledge.Hit) bool { return capacityOf(h) > 0 }) {
		return hits
	}
	var out []knowledge.Hit
	for _, h := range hits {
		if c := capacityOf(h); c >= party && c <= party+1 || c >= party && party == 1 {
			out = append(out, h)
		}
	}
	if len(out) == 0 {
		// Nothing fits exactly: the larger ones, smallest first, still
		// take the party.
		for _, h := range hits {
			if capacityOf(h) >= party {
				out = append(out, h)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b knowledge.Hit) int { return capacityOf(a) - capacityOf(b) })
	return out
}
