// Package geo recognises countries and regions named in shopper messages and
// store documents, in every language the assistant supports, so that a
// shipping, duties or returns answer can pick the passage that governs the
// shopper's country.
//
// Country and group names come from CLDR (golang.org/x/text's display
// tables); aliases cover what CLDR leaves out ("USA", "UK", "EE. UU.") and
// the groupings shops use that CLDR has no code for (Middle East, Gulf
// states, "rest of the world").
package geo

import (
	_ "embed"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

// Codes of the groupings that CLDR has no region for.
const (
	MiddleEast  = "ME-REGION"
	Gulf        = "GULF"
	Scandinavia = "SCANDINAVIA"
	Nordics     = "NORDICS"
	Benelux     = "BENELUX"
	Baltics     = "BALTICS"
	Balkans     = "BALKANS"
	// Rest marks "rest of the world", "all other countries": the rule
	// for places no other passage names.
	Rest = "REST"
)

// Kind tells what a mention names.
type Kind int

const (
	Country Kind = iota // an ISO 3166 country ("US")
	Group               // a region containing countries ("EU", "142" Asia)
	Other               // Rest: every place not named elsewhere
)

// Mention is one place named in a text.
type Mention struct {
	Code string
	Kind Kind
	// Aside is set for a place named only inside parentheses: an
	// example ("All other countries (including … the Gulf states)"), not
	// the rule's own destination.
	Aside bool
}

// Languages are the CLDR display languages whose names are recognised: the
// assistant's 16 plus a few common store languages.
var Languages = []string{"en", "es", "fr", "de", "it", "pt", "nl", "tr", "pl", "id", "ar", "ru", "ja", "ko",
	"zh-Hans", "zh-Hant", "sv", "da", "nb", "fi", "cs"}

// groups are the CLDR region groups a shipping policy names.
var groups = []string{"EU", "150", "142", "009", "019", "021", "005", "002", "419", "013", "029", "053", "030", "035", "034", "145", "155", "151", "154", "039"}

// middleEast and gulf list the members of the non-CLDR groups.
var (
	// Turkey is in the Middle East of every common definition (CLDR puts
	// it in Western Asia, which would make an "Asia" rule govern it).
	middleEast = []string{"AE", "SA", "QA", "IL", "BH", "KW", "OM", "JO", "LB", "IQ", "IR", "SY", "YE", "PS", "EG", "TR"}
	gulf       = []string{"AE", "SA", "QA", "BH", "KW", "OM"}
	// euMembers is today's EU: CLDR's containment data still lists GB.
	// The groupings shoppers name for several countries at once; a
	// shop's rules rarely name them, so an answer gives each member's.
	scandinavia = []string{"DK", "NO", "SE"}
	nordics     = []string{"DK", "FI", "IS", "NO", "SE"}
	benelux     = []string{"BE", "NL", "LU"}
	baltics     = []string{"EE", "LV", "LT"}
	balkans     = []string{"AL", "BA", "BG", "GR", "HR", "ME", "MK", "RS", "SI", "XK"}
	euMembers   = []string{"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
		"LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"}
)

// aliases are names CLDR does not give. Upper-case entries of up to four
// letters match only when written in capitals ("US", not "us").
var aliases = map[string][]string{
	"US": {"US", "USA", "U.S.", "U.S.A.", "EE.UU.", "EE UU", "EEUU", "ABD", "VS", "AS", "amerika serikat", "США", "america", "amérique", "amerika", "the states",
		"estados unidos de américa", "アメリカ", "米国", "美國", "美国", "أمريكا", "امريكا", "أميركا", "الولايات المتحدة الأمريكية", "미국", "америка", "stany zjednoczone", "stanów zjednoczonych", "stanach zjednoczonych", "verenigde staten",
		"EUA", "E.U.A.", "vereinigten staaten",
		// states whose names hold another country's (Jersey, Mexico):
		// the longer name is matched first
		"new jersey", "nueva jersey", "nouveau-jersey", "뉴저지", "ニュージャージー", "新泽西", "新澤西",
		"new mexico", "nuevo méxico", "nuevo mexico", "nouveau-mexique", "nuovo messico", "novo méxico", "nieuw-mexico", "neumexiko",
		"nowy meksyk", "нью-мексико", "뉴멕시코", "ニューメキシコ", "新墨西哥",
		// the states shoppers name most, as their languages spell them
		// (the gazetteer has their English names)
		"kalifornien", "californie", "californië", "kalifornia", "kaliforniya", "калифорния", "калифорнию", "калифорнии", "كاليفورنيا",
		"カリフォルニア", "加州", "加利福尼亚", "加利福尼亞", "캘리포니아", "floride", "floryda", "флорида", "флориду", "флориде", "فلوريدا",
		"フロリダ", "佛罗里达", "佛羅里達", "플로리다", "teksas", "техас", "تكساس", "テキサス", "德克萨斯", "德州", "텍사스",
		"hawaï", "hawaje", "гавайи", "هاواي", "ハワイ", "夏威夷", "하와이",
		// the initials shoppers write for the largest cities (the
		// gazetteer drops names under four letters as words)
		"NYC", "N.Y.C.", "NY", "LA", "L.A."},
	"GB": {"UK", "U.K.", "GB", "VK", "vereinigten königreich", "vereinigtes königreich", "great britain", "britain", "england", "scotland", "wales", "northern ireland", "inglaterra", "angleterre",
		"großbritannien", "grossbritannien", "gran bretagna", "gran bretaña", "engeland", "groot-brittannië", "inghilterra", "reino unido",
		"イギリス", "英国", "英國", "بريطانيا", "إنجلترا", "المملكة المتحدة", "영국", "британия", "англия", "великобритания", "wielka brytania", "wielkiej brytanii", "anglia", "ingiltere", "inggris",
		// the nations of the UK, named for the whole by many shoppers
		"英格兰", "英格蘭", "苏格兰", "蘇格蘭", "威尔士", "威爾斯", "イングランド", "スコットランド", "잉글랜드", "스코틀랜드",
		"шотландия", "szkocja", "escocia", "écosse", "scozia", "schottland", "schotland", "escócia", "iskoçya", "skotlandia", "اسكتلندا"},
	// Dubai and Abu Dhabi are the gazetteer's cities: read as the
	// country, they hid the other city of "Dubai ile Londra arasında".
	// The gazetteer drops ドバイ, which the corpus writes inside アドバイス.
	"AE": {"UAE", "emirates", "emiratos", "émirats", "emirate", "emirati", "الإمارات", "ドバイ", "아랍에미리트", "оаэ", "ОАЭ", "bae", "BAE", "阿联酋", "阿聯酋",
		// the short names and initials shoppers type for the Emirates
		"emiraten", "emirados", "emiraty", "emiratach", "emiratów", "EAU", "VAE", "ZEA", "UEA"},
	// South Africa by its initials ("ЮАР", Polish "RPA") and the Korean
	// short name.
	"ZA": {"ЮАР", "юар", "RSA", "RPA", "남아공"},
	"KR": {"south korea", "korea", "corea del sur", "corée du sud", "corée", "südkorea", "corea", "coreia", "zuid-korea", "韩国", "韓國", "한국", "كوريا", "корея", "korea południowa", "kore"},
	"CN": {"china", "chine", "中国", "中國", "中国大陆", "الصين", "китай", "chiny", "çin", "tiongkok", "cina"},
	"HK": {"hong kong", "香港", "홍콩", "гонконг", "هونغ كونغ"},
	"TW": {"taiwan", "台湾", "台灣", "대만"},
	// CLDR's long names ("Macao SAR China", "中國澳門特別行政區").
	"MO": {"macau", "macao", "澳門", "澳门", "マカオ", "마카오", "макао", "ماكاو"},
	"NL": {"holland", "holanda", "hollande", "olanda", "holandia", "hollanda", "голландия", "the netherlands", "niederlanden", "オランダ", "荷兰", "荷蘭"},
	"IT": {"włochy", "włoch", "włoszech"},
	"NZ": {"NZ", "nowej zelandii"},
	"CZ": {"czech republic", "república checa", "tschechien", "czechy"},
	// CLDR's name is "Bosnia & Herzegovina"; shoppers say the first half.
	"BA": {"bosnia", "bosnien", "bosnie", "bosnië", "bósnia", "bośnia", "bośni", "bosna", "босния", "боснию", "ボスニア", "보스니아", "波斯尼亚", "波士尼亞", "البوسنة"},
	"RU": {"russia", "россия", "rusia"},
	"SA": {"saudi arabia", "saudi", "ksa", "KSA", "السعودية", "arabia saudita", "arabie saoudite", "saudi-arabien", "沙特"},
	"AU": {"호주", "澳洲",
		// a state whose name holds Wales
		"new south wales", "nueva gales del sur", "nouvelle-galles du sud", "neusüdwales", "nuovo galles del sud", "nova gales do sul",
		"nieuw-zuid-wales", "nowa południowa walia", "новый южный уэльс", "뉴사우스웨일스", "ニューサウスウェールズ", "新南威尔士", "新南威爾斯", "新南威爾士"},
	"CH": {"suisse", "schweiz", "svizzera", "suiza", "瑞士", "スイス"},
	// Munich is "Monaco (di Baviera)" in Italian: the longer name beats
	// the principality's.
	"DE": {"monaco di baviera", "monaco de baviera", "deutschland", "alemania", "allemagne", "germania", "duitsland", "alemanha", "niemcy", "niemiec", "niemczech", "almanya", "jerman", "ドイツ", "德国", "德國", "독일", "ألمانيا", "германия"},
	"MX": {"méxico", "mexico", "mexiko", "mexique", "messico", "メキシコ", "墨西哥", "멕시코", "المكسيك", "мексика", "meksyk", "meksyku", "meksika", "meksiko"},
	"TR": {"türkiye", "turkey", "turquía", "turquie", "türkei"},
	// CLDR writes عُمان with its vowel mark, which shoppers leave out.
	"OM": {"عمان"},
}

// groupNames are the names of the non-CLDR groups and of Rest, per language.
var groupNames = map[string][]string{
	MiddleEast: {"middle east", "oriente medio", "oriente próximo", "moyen-orient", "moyen orient", "naher osten", "nahen osten", "mittlerer osten",
		"mittleren osten", "medio oriente", "oriente médio", "midden-oosten", "midden oosten", "orta doğu", "ortadoğu", "bliski wschód", "bliskim wschodzie",
		"bliskiego wschodu", "timur tengah", "الشرق الأوسط", "ближний восток", "ближнем востоке", "中東", "中东", "중동", "mellanöstern", "mellemøsten", "lähi-itä"},
	Gulf: {"gulf states", "gulf countries", "estados del golfo", "países del golfo", "pays du golfe", "états du golfe", "golfstaaten", "paesi del golfo",
		"golfstaten", "körfez ülkeleri", "państwa zatoki", "negara teluk", "دول الخليج", "الخليج", "страны залива", "湾岸諸国", "海湾国家", "海灣國家", "걸프"},
	Scandinavia: {"scandinavia", "escandinavia", "scandinavie", "skandinavien", "escandinávia", "scandinavië", "iskandinavya",
		"skandynawia", "skandynawii", "skandynawię", "skandinavia", "إسكندنافيا", "اسكندنافيا", "الدول الإسكندنافية", "الدول الاسكندنافية",
		"скандинавия", "скандинавию", "скандинавии", "スカンジナビア", "斯堪的纳维亚", "斯堪地那維亞", "斯堪的納維亞", "스칸디나비아"},
	Nordics: {"nordics", "nordic countries", "países nórdicos", "pays nordiques", "nordische länder", "nordischen ländern", "nordeuropa",
		"paesi nordici", "noordse landen", "scandinavische landen", "kuzey ülkeleri", "iskandinav ülkeleri", "kraje nordyckie",
		"krajów nordyckich", "krajach nordyckich", "negara nordik", "دول الشمال الأوروبي", "северные страны", "северных стран",
		"北欧", "北歐", "北欧国家", "北歐國家", "북유럽"},
	Benelux: {"benelux", "benelüks", "бенилюкс", "ベネルクス", "比荷卢", "比荷盧", "베네룩스", "البنلوكس", "بنلوكس"},
	Baltics: {"baltics", "baltic states", "baltic countries", "países bálticos", "pays baltes", "baltikum", "baltische staaten",
		"baltischen staaten", "paesi baltici", "baltische staten", "baltık ülkeleri", "kraje bałtyckie", "państwa bałtyckie",
		"krajów bałtyckich", "negara baltik", "دول البلطيق", "прибалтика", "прибалтику", "прибалтике", "страны балтии",
		"バルト三国", "波罗的海国家", "波羅的海國家", "발트 3국", "발트3국", "발트해 국가"},
	Balkans: {"balkans", "balcanes", "balkan", "balcani", "bálcãs", "balcãs", "balkanlar", "balkanlara", "bałkany", "bałkanów",
		"bałkanach", "البلقان", "балканы", "балкан", "балканах", "バルカン", "巴尔干", "巴爾幹", "발칸"},
	Rest: {"rest of the world", "all other countries", "all other destinations", "other countries", "everywhere else", "elsewhere",
		"resto del mundo", "resto de países", "demás países", "resto de los países", "otros países", "los demás países",
		"reste du monde", "tous les autres pays", "autres pays", "ailleurs",
		"rest der welt", "alle anderen länder", "allen anderen ländern", "übrigen länder", "übrigen ländern", "andere länder", "anderen ländern",
		"resto del mondo", "tutti gli altri paesi", "altri paesi",
		"resto do mundo", "todos os outros países", "demais países", "outros países",
		"rest van de wereld", "alle andere landen", "andere landen",
		"dünyanın geri kalanı", "diğer tüm ülkeler", "diğer tüm ülkelere", "diğer tüm ülkelerden", "diğer ülkeler", "diğer ülkelere", "diğer ülkelerden",
		"reszta świata", "reszty świata", "pozostałe kraje", "pozostałych krajów", "wszystkie inne kraje", "inne kraje", "wszystkich innych krajów", "wszystkich innych krajach", "wszystkich pozostałych krajów", "innych krajów",
		"negara lainnya", "semua negara lain", "negara lain", "seluruh dunia lainnya",
		"باقي دول العالم", "بقية دول العالم", "بقية العالم", "باقي العالم", "جميع الدول الأخرى", "الدول الأخرى", "سائر الدول",
		"остальной мир", "остального мира", "все остальные страны", "остальные страны", "другие страны", "остальных стран",
		"その他の国", "その他の地域", "その他の国・地域", "他の国", "その他のすべての国", "その他すべての国", "他のすべての国", "それ以外の国",
		"其他国家", "其他國家", "其他所有国家", "所有其他国家", "其他所有國家", "所有其他國家", "世界其他地区", "世界其他地區", "其他地区", "其他地區",
		"기타 국가", "그 외 국가", "기타 지역", "다른 국가", "그 외 모든 국가", "기타 모든 국가", "그 밖의 모든 국가", "그 밖의 국가",
		"resten av världen", "övriga länder", "resten af verden", "øvrige lande", "resten av verden", "muut maat"},
}

// cjkLangs write without spaces between words: their names are matched as
// substrings.
func cjkScript(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return true
		}
	}
	return false
}

func isCJKRune(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

type name struct {
	code string
	kind Kind
	// words is the normalised name split into words (nil for CJK names).
	words []string
	// upper names match only tokens written in capitals.
	upper bool
	// also are the other countries with a place of this name, for
	// LocateFor's preferences (Valencia: VE, also ES).
	also []string
	// infl says how the name's words inflect in the languages it comes
	// from (every word of it, not only the last: "Zjednoczonych Emiratów
	// Arabskich", "Vereinigten Arabischen Emiraten").
	infl inflection
	// accented is the lower-cased name of a short one-word name whose
	// accent folding drops ("Omã" → "oma"): it matches only as written,
	// since its folded form is another language's word (German "Oma").
	accented string
	// written are the spellings, as lower-cased words, of a city named
	// by an ordinary word (wordCities): a word written with an accent no
	// spelling has is the other word (Italian "farò" is no Faro), but
	// each spelling the gazetteer lists is the city's (Spanish "Seúl"
	// as well as "Seul").
	written [][]string
}

// shortAccented is the lower-cased one-word name s when folding its accents
// leaves three letters or fewer, else "".
func shortAccented(s string, words []string) string {
	low := strings.ToLower(s)
	if len(words) != 1 || utf8.RuneCountInString(words[0]) > 3 || words[0] == low {
		return ""
	}
	return low
}

// inflection is a set of ways a name's words change in a sentence.
type inflection uint8

const (
	// inflCase: the ending is replaced (Polish and Russian
	// cases: Kanada → Kanadzie, Polska → Polsce, Czechy → Czech).
	inflCase inflection = 1 << iota
	// inflCaseLong: inflCase for a gazetteer name, whose stem must keep
	// four letters (Lyon → Lyonie, Kraków → Krakowa; "bare" is no Bari).
	inflCaseLong
	// inflExact: a gazetteer name whose last word is not read with a
	// changed last letter (stemMatch): "şarjı" is no Sarjo (Sharjah).
	inflExact
	// inflAdded: a Polish case ending added to a gazetteer name of six
	// letters or more (Kraków → Krakowie, Gdańsk → Gdańska; "manusia"
	// is no Manus, "reszta" no Reszt).
	inflAdded
	// inflPolishA: a gazetteer name in -a with a Polish ending in place
	// of its -a (Warszawa → Warszawy, Warszawie).
	inflPolishA
	// inflSuffix: an ending is added to the whole word (German dative and
	// genitive -n, -en, -s; Turkish case suffixes written without the
	// apostrophe: Almanyaya), of up to two letters ("Japanese" is no place).
	inflSuffix
)

// inflections are the supported languages whose names are matched
// inflected. Finnish and Czech are left out: their names (Japani) would
// take English derivations (Japanese) for places.
var inflections = map[string]inflection{"pl": inflCase, "ru": inflCase, "de": inflSuffix, "tr": inflSuffix}

// notPlaces are CLDR names that are also common words of their language:
// Russian "того" ("of that") is Togo only in a list of countries.
// Czech "Keňa" (Kenya) folds to Indonesian "kena" ("kena bea cukai": to
// be charged duties).
var notPlaces = map[string]bool{"того": true, "kena": true}

// currencyWords are the currency's name as a message's word: "100 euro" is
// an amount, never Europa with its last letters dropped (the Polish and
// Russian genitive plural reads "Europa" so), in any language.
var currencyWords = map[string]bool{"euro": true, "евро": true}

// Matcher finds places in text. Build it once with New; it is immutable and
// safe for concurrent use.
type Matcher struct {
	nameIndex
	// cjkByFirst lists, by first rune, the positions in cjk of the names
	// starting with it, so Find looks for only the names a text can hold
	// instead of searching it for each of ~1,500 names.
	cjkByFirst map[rune][]int
	// localOnce loads local and localCJK on the first Locate: the table
	// is large and most matchers (documents, addresses) never need it.
	localOnce sync.Once
	// local are the cities, regions and nationality words of the
	// gazetteer (places.tsv), each standing for its country: only
	// shopper messages are read for them (Locate), never documents,
	// where "Utrecht" is where the warehouse is, not a destination.
	local nameIndex
	// wordCities are the gazetteer's cities named by an ordinary word
	// ("Porto", "Nice"): read only by LocateResidence.
	wordCities nameIndex
	// towns are the gazetteer's places under 100,000 inhabitants
	// ("Lugano", "Lörrach"), read only where the message marks a place
	// (markedAt).
	towns nameIndex
	// regionNames are the gazetteer's one-word region names, folded,
	// and their countries: a demonym made of one names its country
	// (nationality).
	regionNames map[string]string
	// localCJK indexes the gazetteer's CJK names by first rune, longest
	// first.
	localCJK map[rune][]cjkName
	// languageNames are the names of the assistant's languages in each
	// of them, folded: "Japanese", "français" and "italiano" name a
	// language, not a nationality.
	languageNames map[string]bool
	// display names per language tag and code.
	displays map[string]display.Namer
	members  map[string][]string
	// sizes counts the countries of each group: the smaller of two groups
	// containing a country is the more specific rule for it (the Middle
	// East before Asia).
	sizes map[string]int
}

// nameIndex is a set of names matched by words.
type nameIndex struct {
	// prefer are the countries chosen first among a name's countries
	// (set on the per-call copy LocateFor makes).
	prefer []string
	// shared: a name written alike for places of several countries is
	// one entry with its other countries in also (the gazetteer).
	shared bool
	// byFirst indexes word names by their first word.
	byFirst map[string][]name
	// cjk names are matched as substrings, longest first.
	cjk []cjkName
	// byStem indexes the first words of inflecting names by stemKey.
	byStem map[string][]string
}

// pick is the country a name stands for: a preferred one among its
// countries, else its first.
func (m *nameIndex) pick(code string, also []string) string {
	for _, p := range m.prefer {
		if p == code || slices.Contains(also, p) {
			return p
		}
	}
	return code
}

func newNameIndex() nameIndex {
	return nameIndex{byFirst: map[string][]name{}, byStem: map[string][]string{}}
}

type cjkName struct {
	text string
	code string
	kind Kind
	also []string
}

// New builds the matcher from CLDR and the alias tables.
func New() *Matcher {
	m := &Matcher{nameIndex: newNameIndex(), displays: map[string]display.Namer{},
		members: map[string][]string{MiddleEast: middleEast, Gulf: gulf, "EU": euMembers, Scandinavia: scandinavia,
			Nordics: nordics, Benelux: benelux, Baltics: baltics, Balkans: balkans}, sizes: map[string]int{}}
	var countries []language.Region
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() || r.String() != string([]rune{a, b}) || r.Canonicalize() != r {
				continue
			}
			countries = append(countries, r)
		}
	}
	for code, mem := range m.members {
		m.sizes[code] = len(mem)
	}
	for _, g := range groups {
		if _, ok := m.members[g]; ok {
			continue
		}
		gr := language.MustParseRegion(g)
		for _, c := range countries {
			if gr.Contains(c) && gr != c {
				m.sizes[g]++
			}
		}
	}
	m.sizes[Rest] = len(countries)
	for _, l := range Languages {
		tag := language.MustParse(l)
		n := display.Regions(tag)
		m.displays[l] = n
		infl := inflections[l]
		for _, r := range countries {
			m.addInfl(n.Name(r), r.String(), Country, infl)
		}
		for _, g := range groups {
			m.addInfl(n.Name(language.MustParseRegion(g)), g, Group, infl)
		}
	}
	for code, names := range aliases {
		for _, s := range names {
			m.add(s, code, Country)
		}
	}
	for code, names := range groupNames {
		kind := Group
		if code == Rest {
			kind = Other
		}
		for _, s := range names {
			m.add(s, code, kind)
		}
	}
	m.add("EU", "EU", Group)
	m.add("UE", "EU", Group)
	m.add("ЕС", "EU", Group)
	m.add("AB", "EU", Group) // Avrupa Birliği
	sort.Slice(m.cjk, func(i, j int) bool { return len(m.cjk[i].text) > len(m.cjk[j].text) })
	m.cjkByFirst = map[rune][]int{}
	for i, n := range m.cjk {
		r, _ := utf8.DecodeRuneInString(n.text)
		m.cjkByFirst[r] = append(m.cjkByFirst[r], i)
	}
	return m
}

// cjkIn returns the positions in cjk, in cjk's order (longest first), of
// the names that occur in text. Find consumes names in that order; a name
// absent from text is absent from what remains of it too: a consumed name
// becomes a run of at least three spaces (one CJK rune is three bytes),
// and a CJK name has single spaces between its words only (a test holds
// this), so none can match into such a run.
func (m *Matcher) cjkIn(text string) []int {
	var in []int
	for at, r := range text {
		for _, i := range m.cjkByFirst[r] {
			if strings.HasPrefix(text[at:], m.cjk[i].text) && !slices.Contains(in, i) {
				in = append(in, i)
			}
		}
	}
	slices.Sort(in)
	return in
}

func (m *nameIndex) add(s, code string, kind Kind) { m.addInfl(s, code, kind, 0) }

func (m *nameIndex) addInfl(s, code string, kind Kind, infl inflection) {
	s = strings.TrimSpace(s)
	if s == "" || s == code && kind == Country && len(s) == 2 && !isAlias(s, code) {
		return // CLDR has no name in this language
	}
	if notPlaces[strings.ToLower(s)] || notPlaces[fold(s)] {
		return
	}
	if cjkScript(s) {
		m.cjk = append(m.cjk, cjkName{text: s, code: code, kind: kind})
		return
	}
	upper := utf8.RuneCountInString(s) <= 6 && s == strings.ToUpper(s)
	words := tokens(s)
	if len(words) == 0 {
		return
	}
	for i, n := range m.byFirst[words[0]] {
		if n.code == code && n.upper == upper && equalWords(n.words, words) {
			m.byFirst[words[0]][i].infl |= infl
			return
		}
		if m.shared && n.upper == upper && equalWords(n.words, words) {
			// The gazetteer's "València" and "Valencia" are one name
			// of several countries.
			if !slices.Contains(n.also, code) {
				m.byFirst[words[0]][i].also = append(n.also, code)
			}
			return
		}
	}
	m.byFirst[words[0]] = append(m.byFirst[words[0]], name{code: code, kind: kind, words: words, upper: upper, infl: infl,
		accented: shortAccented(s, words)})
	if infl&^inflExact != 0 && !upper {
		if k := stemKey(words[0]); k != "" && !slices.Contains(m.byStem[k], words[0]) {
			m.byStem[k] = append(m.byStem[k], words[0])
		}
	}
}

// setAlso records the other countries of a name added with addInfl.
func (m *nameIndex) setAlso(s, code string, also []string) {
	words := tokens(s)
	if len(words) == 0 {
		return
	}
	for i, n := range m.byFirst[words[0]] {
		if n.code == code && equalWords(n.words, words) {
			for _, a := range also {
				if !slices.Contains(m.byFirst[words[0]][i].also, a) {
					m.byFirst[words[0]][i].also = append(m.byFirst[words[0]][i].also, a)
				}
			}
		}
	}
}

// setWritten records the lower-cased words of a name added with addInfl as
// one of its spellings.
func (m *nameIndex) setWritten(s string) {
	words := tokens(s)
	if len(words) == 0 {
		return
	}
	var low []string
	for _, t := range scan(s) {
		low = append(low, t.low)
	}
	for i, n := range m.byFirst[words[0]] {
		if equalWords(n.words, words) && len(low) == len(words) &&
			!slices.ContainsFunc(n.written, func(w []string) bool { return slices.Equal(w, low) }) {
			m.byFirst[words[0]][i].written = append(n.written, low)
		}
	}
}

// stemKey is the index key of a word for inflected look-up: its first
// three runes ("" for shorter words, which are matched as written).
func stemKey(w string) string {
	r := []rune(w)
	if len(r) < 4 {
		return ""
	}
	return string(r[:3])
}

// caseEndings are the Polish and Russian case endings a name's word takes
// in place of its last letters ("" for genitive plurals: Czechy → Czech,
// Chiny → Chin), folded as tokens are (ów → ow, ą → a).
var caseEndings = []string{"", "a", "y", "i", "e", "u", "o", "ie", "ii", "ji", "ja", "ach", "ech", "ich", "ych", "om", "ow",
	"ej", "iej", "zie", "cie", "ce", "dze", "ze",
	"а", "у", "ю", "е", "и", "ы", "ой", "ей", "ии", "ию", "ия", "ом", "ем", "ах", "ях", "ам", "ям", "ью", "ую"}

// suffixEndings are German and Turkish endings added to a whole name
// (Emiraten, Deutschlands; Almanyaya, Japonyada).
var suffixEndings = []string{"n", "en", "s", "es", "a", "e", "ya", "ye", "da", "de", "ta", "te", "dan", "den", "tan", "ten"}

// addedEndings are the Polish case endings a Latin gazetteer name takes
// without losing a letter (Krakowie, Gdańska, Wrocławia, Madrytu).
var addedEndings = []string{"a", "u", "ie", "ia", "iu", "em", "owi"}

// polishAEndings replace a Polish feminine name's -a (Warszawy, Warszawie,
// Warszawę, Warszawą), folded as tokens are.
var polishAEndings = []string{"y", "i", "ie", "e", "ą", "a"}

// inflectedMatch reports whether tok is an inflected form of a name's word
// in the ways the name inflects: a case ending in place of at most the
// word's last two letters (Kanada → Kanadzie, Arabia → Arabii, Германия →
// Германию), or an ending added to the whole word (Emirate → Emiraten,
// Almanya → Almanyaya). Endings are the languages' own, so "sudah"
// (Indonesian "already") is no form of Sudan and "Japanese" none of Japan.
func inflectedMatch(tok, word string, infl inflection) bool {
	if infl&inflSuffix != 0 {
		if rest, ok := strings.CutPrefix(tok, word); ok && slices.Contains(suffixEndings, rest) {
			return true
		}
	}
	if infl&inflAdded != 0 && utf8.RuneCountInString(word) >= 6 {
		if rest, ok := strings.CutPrefix(tok, word); ok && slices.Contains(addedEndings, rest) {
			return true
		}
	}
	if infl&inflPolishA != 0 {
		if stem, ok := strings.CutSuffix(word, "a"); ok {
			if rest, ok := strings.CutPrefix(tok, stem); ok && slices.Contains(polishAEndings, rest) {
				return true
			}
		}
	}
	if infl&(inflCase|inflCaseLong) == 0 {
		return false
	}
	wn := utf8.RuneCountInString(word)
	for _, e := range caseEndings {
		if e == "" && infl&inflCase == 0 {
			// A gazetteer name cut short is another word ("that" is
			// no Thaton, "suis" no Suisse).
			continue
		}
		stem, ok := strings.CutSuffix(tok, e)
		if !ok || !strings.HasPrefix(word, stem) {
			continue
		}
		// A stem of four letters at least ("dana" is no Dania), or three
		// of a four-letter word (Unia → Unii).
		n := utf8.RuneCountInString(stem)
		if infl&inflCaseLong != 0 && (n >= 4 || n == 3 && wn == 4) && wn-n <= 1 {
			// A gazetteer name changes its last letter at most
			// (Москва → Москве, Казань → Казани): "карту" is no
			// Картум, "месте" no Местре.
			return true
		}
		if infl&inflCase != 0 && (n >= 4 || n == 3 && wn == 4) && wn-n <= 2 {
			return true
		}
	}
	return false
}

func isAlias(s, code string) bool {
	for _, a := range aliases[code] {
		if a == s {
			return true
		}
	}
	return false
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// token is one word of a text with how it was written.
type token struct {
	norm string
	// low is the word lower-cased with its accents (name.accented).
	low   string
	upper bool
	// aside: the word is inside parentheses.
	aside bool
	// apos: the word follows an apostrophe ("Lugano'da", "l'Aquila").
	apos bool
}

// tokens splits normalised text into words: letters and digits, with
// Latin accents folded and dots inside abbreviations dropped ("U.S." → "us").
func tokens(s string) []string {
	ts := scan(s)
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.norm
	}
	return out
}

func scan(s string) []token {
	var out []token
	var cur []rune
	upper := true
	depth := 0
	apos := false
	flush := func() {
		if len(cur) > 0 {
			out = append(out, token{norm: fold(string(cur)), low: strings.ToLower(string(cur)), upper: upper, aside: depth > 0, apos: apos})
		}
		cur, upper, apos = cur[:0], true, false
	}
	for _, r := range s {
		switch {
		case r == '\'' || r == '’':
			flush()
			apos = true
		case r == '(' || r == '（':
			flush()
			depth++
		case r == ')' || r == '）':
			flush()
			depth = max(0, depth-1)
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			if len(cur) > 0 && isCJKRune(cur[len(cur)-1]) != isCJKRune(r) {
				flush() // "EU加盟国": Latin next to CJK is another word
			}
			if unicode.IsLower(r) {
				upper = false
			}
			cur = append(cur, r)
		case r == '.' && upper && len(cur) > 0 && len(cur) <= 3:
			// "U.S.", "EE.UU.": an abbreviation's dots are dropped.
		default:
			flush()
		}
	}
	flush()
	return out
}

// fold lowercases and removes accents from Latin letters ("Österreich" →
// "osterreich"), keeping other scripts as they are.
func fold(s string) string {
	s = strings.ToLower(s)
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	var prevLatin bool
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) && prevLatin {
			continue
		}
		prevLatin = r < 0x250
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// inflectable is how many final runes a word may differ by and still name a
// country: case endings ("Германию", "Japonya'ya" split off, "Niemczech").
func stemMatch(tok, word string) bool {
	if tok == word {
		return true
	}
	if isASCII(word) && isASCII(tok) {
		// Latin-script case forms are inflectedMatch's, with the
		// languages' endings: a changed last letter alone is often
		// another word ("sudah" is no Sudan).
		return false
	}
	wn := utf8.RuneCountInString(word)
	if wn < 5 {
		return false
	}
	wr, tr := []rune(word), []rune(tok)
	if len(tr) < wn-1 || len(tr) > wn+2 {
		return false
	}
	stem := wr[:wn-1]
	for i, r := range stem {
		if tr[i] != r {
			return false
		}
	}
	// English-style derivations are not places ("Japanese", "Germans").
	return !(isASCII(word) && len(tr) > wn)
}

// arabicPrefixes are clitics written onto the next word (و "and", ب "in",
// ل "to", ك "as", ف "so").
var arabicPrefixes = []string{"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب"}

// Find returns the places a text names, in order of first appearance and
// without repeats.
func (m *Matcher) Find(text string) []Mention {
	text = m.withoutGlosses(text)
	var ms mentions
	addM := ms.add
	if cjkScript(text) {
		// Names are tried longest first, but mentioned in the text's
		// order, as words are: "我是在美国读书的中国留学生" names the
		// United States first.
		type at struct {
			pos int
			n   cjkName
		}
		var found []at
		rest := text
		for _, c := range m.cjkIn(text) {
			n := m.cjk[c]
			first := -1
			for from := 0; ; {
				j := strings.Index(rest[from:], n.text)
				if j < 0 {
					break
				}
				i := from + j
				from = i + len(n.text)
				if inKatakanaWord(rest, i) {
					continue
				}
				if first < 0 {
					first = i
				}
				// A longer name consumed ("アメリカ合衆国" before
				// "アメリカ"), its bytes kept so positions hold.
				rest = rest[:i] + strings.Repeat(" ", len(n.text)) + rest[from:]
			}
			if first >= 0 {
				found = append(found, at{first, n})
			}
		}
		sort.SliceStable(found, func(a, b int) bool { return found[a].pos < found[b].pos })
		for _, f := range found {
			addM(f.n.code, f.n.kind, insideParens(rest[:f.pos]))
		}
	}
	m.findWords(scan(text), addM)
	return ms.list
}

// findWords finds the index's names in the tokens, longest first.
func (m *nameIndex) findWords(ts []token, addM func(code string, kind Kind, aside bool)) {
	for i := 0; i < len(ts); i++ {
		if best, n := m.matchAt(ts, i); n > 0 {
			addM(m.pick(best.code, best.also), best.kind, ts[i].aside)
			i += n - 1
		}
	}
}

// matchAt is the longest of the index's names starting at token i, and
// its length in words (0 for none).
func (m *nameIndex) matchAt(ts []token, i int) (name, int) {
	best, bestLen := name{}, 0
	for _, f := range forms(ts[i].norm) {
		for _, cand := range m.candidates(f) {
			if len(cand.words) > len(ts)-i || len(cand.words) < bestLen ||
				len(cand.words) == bestLen && !(cand.kind == Country && best.kind != Country) {
				// Longest name first; of two names of one length a
				// country's alias ("America", "Amerika") beats a
				// continent's CLDR name: shoppers name countries.
				continue
			}
			ok := true
			for j, w := range cand.words {
				t := ts[i+j]
				tn := t.norm
				if j == 0 {
					tn = f
				}
				if cand.upper && !t.upper || cand.accented != "" && t.low != cand.accented ||
					cand.written != nil && t.low != t.norm && !spelledAs(cand.written, j, t.low) {
					ok = false
					break
				}
				last := j == len(cand.words)-1
				if tn != w && !(last && !cand.upper && cand.infl&inflExact == 0 && stemMatch(tn, w)) && !(!cand.upper && inflectedMatch(tn, w, cand.infl)) {
					ok = false
					break
				}
			}
			if ok {
				best, bestLen = cand, len(cand.words)
			}
		}
	}
	return best, bestLen
}

// spelledAs reports whether one of a name's spellings writes its word j
// as low.
func spelledAs(spellings [][]string, j int, low string) bool {
	return slices.ContainsFunc(spellings, func(w []string) bool { return w[j] == low })
}

// glossRE is an initialism with its expansion in parentheses: "DDP
// (delivered duty paid)", Korean "DDP(관세 포함 인도)".
var glossRE = regexp.MustCompile(`\b([A-Z]{2,5})\s?[(（]([^()（）]*)[)）]`)

// withoutGlosses blanks the expansions of initialisms that name no place:
// they spell out a term, and a word of it may be a place's name elsewhere
// (Korean 인도 is India and "handing over", as in "관세 포함 인도"). The
// expansion of a place's initials ("UAE (Dubai)") stays. Byte positions
// are kept.
func (m *Matcher) withoutGlosses(text string) string {
	text = withoutBrands(text)
	locs := glossRE.FindAllStringSubmatchIndex(text, -1)
	if locs == nil {
		return text
	}
	b := []byte(text)
	for _, loc := range locs {
		if len(m.Find(text[loc[2]:loc[3]])) > 0 {
			continue
		}
		for i := loc[4]; i < loc[5]; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// brandNames are names of brands, lower-cased, that hold a country's or
// region's name but name no place: "美國運通卡" is an American Express
// card, not the United States.
var brandNames = []string{"美國運通", "美国运通", "アメリカン・エキスプレス", "アメリカンエキスプレス", "アメリカン エキスプレス",
	"아메리칸 익스프레스", "아메리칸익스프레스", "американ экспресс", "американ экспрес", "أمريكان إكسبريس", "امريكان اكسبريس"}

// withoutBrands blanks the brand names in text, keeping byte positions.
func withoutBrands(text string) string {
	low := strings.ToLower(text)
	if len(low) != len(text) {
		return text
	}
	b := []byte(nil)
	for _, n := range brandNames {
		for from := 0; ; {
			i := strings.Index(low[from:], n)
			if i < 0 {
				break
			}
			if b == nil {
				b = []byte(text)
			}
			for j := from + i; j < from+i+len(n); j++ {
				b[j] = ' '
			}
			from += i + len(n)
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// insideParens reports whether the text before a position leaves a
// parenthesis open.
func insideParens(before string) bool {
	depth := 0
	for _, r := range before {
		switch r {
		case '(', '（':
			depth++
		case ')', '）':
			depth = max(0, depth-1)
		}
	}
	return depth > 0
}

// forms are the ways a token may start a name: itself and, for Arabic, the
// word without a clitic prefix ("لليابان" → "اليابان").
func forms(tok string) []string {
	out := []string{tok}
	r := []rune(tok)
	if len(r) > 3 && r[0] >= 0x600 && r[0] <= 0x6ff {
		for _, p := range arabicPrefixes {
			if t, ok := strings.CutPrefix(tok, p); ok {
				out = append(out, t)
				if strings.HasPrefix(t, "ل") { // لل = ل + ال
					out = append(out, "ا"+t)
				}
			}
		}
	}
	return out
}

// candidates are the names whose first word the token can be: itself and,
// for longer words, the names sharing its stem (case endings).
func (m *nameIndex) candidates(tok string) []name {
	if currencyWords[tok] {
		return nil
	}
	out := m.byFirst[tok]
	r := []rune(tok)
	if len(r) >= 5 {
		for _, cut := range []int{1, 2} {
			if len(r)-cut < 4 {
				continue
			}
			stem := string(r[:len(r)-cut])
			out = append(out, m.byFirst[stem]...)
			for _, end := range []string{"a", "o", "e", "я", "а", "ия", "ь"} {
				out = append(out, m.byFirst[stem+end]...)
			}
		}
	}
	if k := stemKey(tok); k != "" {
		for _, w := range m.byStem[k] {
			if w != tok {
				for _, n := range m.byFirst[w] {
					if inflectedMatch(tok, w, n.infl) {
						out = append(out, n)
					}
				}
			}
		}
	}
	return out
}

// Contains reports whether the group (a CLDR group code, MiddleEast, Gulf or
// Rest) includes the country. Rest includes every country.
func (m *Matcher) Contains(group, country string) bool {
	if group == Rest {
		return true
	}
	if mem, ok := m.members[group]; ok {
		for _, c := range mem {
			if c == country {
				return true
			}
		}
		return false
	}
	g, err := language.ParseRegion(group)
	if err != nil {
		return false
	}
	c, err := language.ParseRegion(country)
	if err != nil {
		return false
	}
	return g.Contains(c) && g != c
}

// Members are the countries of one of the groupings CLDR has no region for
// (MiddleEast, Gulf, EU, Scandinavia, …), or nil for another code.
func (m *Matcher) Members(group string) []string { return slices.Clone(m.members[group]) }

// Size is the number of countries in a group (every country for Rest, 0
// for an unknown code).
func (m *Matcher) Size(group string) int { return m.sizes[group] }

// Name is the country's or group's display name in the language (BCP-47;
// English when the language is unknown), or "" when there is none.
func (m *Matcher) Name(code, lang string) string {
	if short := shortNames[code][displayLang(lang)]; short != "" {
		return short
	}
	n := m.displays[displayLang(lang)]
	if n == nil {
		n = m.displays["en"]
	}
	r, err := language.ParseRegion(code)
	if err != nil {
		return ""
	}
	return n.Name(r)
}

// shortNames are the names shoppers use where CLDR's display name is the
// long form ("Hong Kong SAR China", "中國香港特別行政區"): a rule introduced
// "For Hong Kong SAR China:" reads like a form.
var shortNames = map[string]map[string]string{
	"HK": {"en": "Hong Kong", "de": "Hongkong", "nl": "Hongkong", "pl": "Hongkong", "fr": "Hong Kong", "es": "Hong Kong",
		"it": "Hong Kong", "pt": "Hong Kong", "tr": "Hong Kong", "id": "Hong Kong", "ru": "Гонконг", "ar": "هونغ كونغ",
		"ja": "香港", "ko": "홍콩", "zh-Hans": "香港", "zh-Hant": "香港"},
	"MO": {"en": "Macao", "de": "Macau", "nl": "Macau", "pl": "Makau", "fr": "Macao", "es": "Macao", "it": "Macao",
		"pt": "Macau", "tr": "Makao", "id": "Makau", "ru": "Макао", "ar": "ماكاو", "ja": "マカオ", "ko": "마카오",
		"zh-Hans": "澳门", "zh-Hant": "澳門"},
}

// displayLang maps a locale to the display table used for it.
func displayLang(lang string) string {
	l := strings.ToLower(strings.ReplaceAll(lang, "_", "-"))
	base, rest, _ := strings.Cut(l, "-")
	switch {
	case base == "zh" && (strings.Contains(rest, "hant") || strings.HasPrefix(rest, "tw") || strings.HasPrefix(rest, "hk") ||
		strings.HasPrefix(rest, "mo")):
		// Traditional script, as assistant/lang.Normalize reads the tag.
		return "zh-Hant"
	case base == "zh":
		return "zh-Hans"
	case l == "no" || l == "nn":
		return "nb"
	}
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	return l
}

// PlacePrepositions are the words, folded, after which a word is a place
// ("à Lyon", "nach Lörrach", "hi from Madrid", "moro em Faro", Portuguese
// "nos Açores" with the article: em + os). The
// gazetteer's generator reads them too, to tell a city's name from a word.
var PlacePrepositions = strings.Fields(`to in from at near into nach aus in bei von um a à au en de des desde para em no na nos nas aos naar uit bij
	do w we z ze ke di dari от из в во под إلى في من`)

// placePrepositions are PlacePrepositions folded, as tokens are.
var placePrepositions = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range PlacePrepositions {
		out[fold(w)] = true
	}
	return out
}()

// markedAt reports whether the n words at token i are marked as a place:
// a place preposition precedes them ("a Bellinzona"), or a case suffix
// follows after an apostrophe, as Turkish writes it ("Lugano'da").
func markedAt(ts []token, i, n int) bool {
	return i > 0 && placePrepositions[ts[i-1].norm] || i+n < len(ts) && ts[i+n].apos
}

// accentedAt reports whether one of the n words at token i is written with
// an accent: a city named by an ordinary word ("seul", alone), written
// as a language spells the city ("a Seúl"), is the city after a place
// preposition, as a town is.
func accentedAt(ts []token, i, n int) bool {
	for _, t := range ts[i : i+n] {
		if t.low != t.norm {
			return true
		}
	}
	return false
}

// turkishCaseSuffixes are the case suffixes, folded, Turkish writes after an
// apostrophe on a proper name ("Seul'e", "Nice'ten", "Porto'daki"): dative,
// locative, ablative, genitive, accusative, instrumental and the -ki
// adjective. English clitics ('s, 't, 'll) are none of them.
var turkishCaseSuffixes = func() map[string]bool {
	out := map[string]bool{}
	for _, s := range strings.Fields(`a e ya ye da de ta te dan den tan ten daki deki taki teki
		nın nin nun nün ın in un ün ı i u ü yı yi yu yü na ne la le yla yle`) {
		out[fold(s)] = true
	}
	return out
}()

// turkishMarkedAt reports whether the n words at token i take a Turkish
// case suffix after an apostrophe: a proper name, even one that is also
// an ordinary word elsewhere (French "seul", Italian "faro").
func turkishMarkedAt(ts []token, i, n int) bool {
	return i+n < len(ts) && ts[i+n].apos && turkishCaseSuffixes[ts[i+n].norm]
}

// placesTable is the gazetteer: "name<TAB>country<TAB>kind" lines, made by
// go run ./internal/gazetteer/gengeo from GeoNames (cities of 100,000
// inhabitants and more, and towns of 15,000 read after a preposition), iso-codes (states, provinces, Länder) and
// mledoze/countries (demonyms); see internal/gazetteer for sources and
// licences.
//
//go:embed places.tsv
var placesTable string

// loadLocal indexes the gazetteer.
func (m *Matcher) loadLocal() {
	m.local = newNameIndex()
	m.local.shared = true
	m.wordCities = newNameIndex()
	m.wordCities.shared = true
	m.towns = newNameIndex()
	m.towns.shared = true
	m.regionNames = map[string]string{}
	m.localCJK = map[rune][]cjkName{}
	for line := range strings.SplitSeq(placesTable, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		n, codes := f[0], strings.Split(f[1], ",")
		code, also := codes[0], codes[1:]
		if len(f) > 2 && f[2] == "wordcity" {
			// Matched as written: an ordinary word takes no endings.
			m.wordCities.addInfl(n, code, Country, inflExact)
			m.wordCities.setWritten(n)
			if len(also) > 0 {
				m.wordCities.setAlso(n, code, also)
			}
			continue
		}
		if len(f) > 2 && f[2] == "region" && !strings.ContainsAny(n, " -'") && !cjkScript(n) {
			m.regionNames[fold(n)] = code
		}
		if len(f) > 2 && f[2] == "town" {
			// Matched as written: a town is read only where the
			// message marks a place, and its name takes no endings.
			m.towns.addInfl(n, code, Country, inflExact)
			continue
		}
		if cjkScript(n) {
			r, _ := utf8.DecodeRuneInString(n)
			m.localCJK[r] = append(m.localCJK[r], cjkName{text: n, code: code, kind: Country, also: also})
			continue
		}
		// Russian names are inflected in the sentence (в Мюнхене).
		// Latin ones are matched as GeoNames spells them (it lists
		// Polish and other exonyms): endings in place of or added to
		// a name's last letters would make "hallo" Halle, "viene"
		// Viena, "gerade" Gera and "igualan" Iguala.
		infl := inflExact
		if unicode.Is(unicode.Cyrillic, []rune(n)[0]) {
			infl |= inflCaseLong
		} else if unicode.Is(unicode.Latin, []rune(n)[0]) {
			infl |= inflAdded
			if utf8.RuneCountInString(n) >= 7 && strings.HasSuffix(n, "a") && !strings.Contains(n, " ") {
				// A long name in -a also takes Polish endings in place
				// of it (Warszawa → Warszawy, Warszawie).
				infl |= inflPolishA
			}
		}
		m.local.addInfl(n, code, Country, infl)
		if len(also) > 0 {
			m.local.setAlso(n, code, also)
		}
	}
	m.languageNames = map[string]bool{}
	for _, dl := range Languages[:16] {
		namer := display.Languages(language.MustParse(dl))
		for _, l := range Languages[:16] {
			for _, w := range tokens(namer.Name(language.MustParse(l))) {
				m.languageNames[w] = true
			}
		}
	}
	for r, ns := range m.localCJK {
		sort.SliceStable(ns, func(i, j int) bool { return len(ns[i].text) > len(ns[j].text) })
		m.localCJK[r] = ns
	}
}

// Warm loads the gazetteer Locate reads, so that no shopper's message
// waits for it.
func (m *Matcher) Warm() { m.localOnce.Do(m.loadLocal) }

// Locate returns the countries of the cities, regions and nationalities a
// shopper's message names ("shipping to Lyon", "I'm Canadian", "寄到上海"),
// in order of first appearance and without repeats. Countries named as
// such are Find's: Locate is for a message that names none.
func (m *Matcher) Locate(text string) []Mention { return m.LocateFor(text) }

// LocateFor is Locate choosing, for a name several places share, the
// country among prefer (the storefront's, the language's) when one is:
// "Valencia" is Spain's for a Spanish shopper, Venezuela's otherwise.
func (m *Matcher) LocateFor(text string, prefer ...string) []Mention {
	m.localOnce.Do(m.loadLocal)
	text = m.withoutGlosses(text)
	var ms mentions
	addM := ms.add
	// others are the other countries of a shared name whose pick no
	// preference made (neighbours may decide it).
	others := map[string][]string{}
	addShared := func(code string, also []string, kind Kind, aside bool) {
		picked := (&nameIndex{prefer: prefer}).pick(code, also)
		if len(also) > 0 && !slices.Contains(prefer, picked) {
			others[picked] = append([]string{code}, also...)
		}
		addM(picked, kind, aside)
	}
	if cjkScript(text) {
		m.locateCJK(text, addShared)
	}
	ts := scan(text)
	local, towns, words := m.local, m.towns, m.wordCities
	local.prefer, towns.prefer, words.prefer = prefer, prefer, prefer
	for i := 0; i < len(ts); i++ {
		if local.divisionBefore(ts, i) {
			continue
		}
		best, n := local.matchAt(ts, i)
		if n == 0 {
			if best, n = towns.matchAt(ts, i); n > 0 && !markedAt(ts, i, n) {
				n = 0
			}
		}
		if n == 0 {
			if best, n = words.matchAt(ts, i); n > 0 && !turkishMarkedAt(ts, i, n) && !(accentedAt(ts, i, n) && markedAt(ts, i, n)) {
				n = 0
			}
		}
		if n > 0 {
			addShared(best.code, best.also, best.kind, ts[i].aside)
			i += n - 1
		}
	}
	if len(ms.list) == 0 {
		m.nationality(ts, addM)
	}
	return neighbours(ms.list, others)
}

// subregions are the UN M.49 subregions (CLDR codes): two places in one are
// neighbours.
var subregions = []string{"053", "054", "057", "061", "021", "013", "005", "029", "039", "151", "154", "155", "143", "145", "030",
	"034", "035", "015", "011", "014", "017", "018"}

// sameSubregion reports whether two countries share a subregion.
func sameSubregion(a, b string) bool {
	ra, errA := language.ParseRegion(a)
	rb, errB := language.ParseRegion(b)
	if errA != nil || errB != nil {
		return false
	}
	for _, g := range subregions {
		if sr := language.MustParseRegion(g); sr.Contains(ra) && sr.Contains(rb) {
			return true
		}
	}
	return false
}

// neighbours gives a name several countries' places share the country near
// the other places the message names when its first pick is near none:
// "寄到悉尼和奥克兰" is Sydney and Auckland, not Oakland.
func neighbours(list []Mention, others map[string][]string) []Mention {
	if len(others) == 0 || len(list) < 2 {
		return list
	}
	near := func(code string, self int) bool {
		for j, o := range list {
			if j != self && o.Kind == Country && sameSubregion(code, o.Code) {
				return true
			}
		}
		return false
	}
	for i, mt := range list {
		alts, ok := others[mt.Code]
		if !ok || near(mt.Code, i) {
			continue
		}
		for _, a := range alts {
			if a != mt.Code && near(a, i) && !slices.ContainsFunc(list, func(o Mention) bool { return o.Code == a }) {
				list[i].Code = a
				break
			}
		}
	}
	return list
}

// divisionWords are the words, folded, for a country's division that name
// a place of their own too: "Canton"/"Kanton" is Guangzhou, but "Canton
// Ticino", "Kanton Zürich", "canton de Vaud" are Swiss cantons.
var divisionWords = map[string]bool{"canton": true, "kanton": true, "cantone": true, "cantons": true, "kantons": true, "cantoni": true,
	"kantone": true, "kantonu": true, "kantonie": true, "кантон": true, "кантоне": true}

// divisionLinks are the words, folded, that may join a division word to
// the division's name ("canton de Vaud", "cantone di Berna", "canton of
// Bern").
var divisionLinks = map[string]bool{"de": true, "du": true, "di": true, "del": true, "of": true, "do": true, "da": true}

// divisionBefore reports whether token i is a division word followed by
// a place's name: the word is then no place of its own.
func (m *nameIndex) divisionBefore(ts []token, i int) bool {
	if !divisionWords[ts[i].norm] {
		return false
	}
	j := i + 1
	if j < len(ts) && divisionLinks[ts[j].norm] {
		j++
	}
	if j >= len(ts) {
		return false
	}
	_, n := m.matchAt(ts, j)
	return n > 0
}

// LocateResidence is LocateFor reading also the cities named by an ordinary
// word ("Porto", "Nice"), for the words where a message says the shopper
// lives or ships to ("moro no Porto"): only there are they places.
func (m *Matcher) LocateResidence(text string, prefer ...string) []Mention {
	if ms := m.LocateFor(text, prefer...); len(ms) > 0 {
		return ms
	}
	var ms mentions
	words := m.wordCities
	words.prefer = prefer
	words.findWords(scan(text), ms.add)
	return ms.list
}

// mentions collects places in order of first appearance, each once.
type mentions struct {
	list []Mention
	seen map[string]bool
}

func (ms *mentions) add(code string, kind Kind, aside bool) {
	if ms.seen[code] {
		return
	}
	if ms.seen == nil {
		ms.seen = map[string]bool{}
	}
	ms.seen[code] = true
	ms.list = append(ms.list, Mention{Code: code, Kind: kind, Aside: aside})
}

// demonymEndings are the endings that make a nationality word of a
// country's name in the assistant's languages: Österreich-er, Kanad-ier,
// Brasil-eiro, Canad-iense, Mexic-ano, Kanada-lı, Канад-ец, كند-ي. The
// name may have lost its last vowel (Kanada → Kanadier).
var demonymEndings = []string{"erinnen", "ierin", "erin", "ier", "er", "ienne", "ien", "ian", "ians", "aise", "ais", "oise", "ois",
	"iense", "ense", "eses", "ese", "esa", "es", "eiro", "eira", "eño", "eña", "ano", "ana", "anos", "anas", "ani", "ino", "ina",
	"ol", "ola", "o", "lı", "li", "lu", "lü", "ец", "ка", "цы", "ي", "ية",
	// Dutch and German adjectives: Belg-ische klant, Luxemburg-se klant,
	// österreich-ischer Kunde, Japan-se klant
	"ische", "ischen", "ischer", "isches", "ischem", "isch", "se"}

// nameEndings are the last letters a country's name may have lost before
// a demonym ending (Belg-ië, Belg-ien, Zwitser-land).
var nameEndings = []string{"", "a", "e", "o", "ia", "ya", "ie", "ien", "land", "а", "я", "ия", "ا"}

// nationality finds a word made of a country's name and a demonym ending
// ("als Österreicher", "sou brasileiro", "я канадец"), for a message that
// names no place otherwise, else one made of a region's ("je suis
// québécois" is of Québec, Canada's). Language names are not
// nationalities ("do you speak Japanese?"), and the name's stem keeps four
// letters.
func (m *Matcher) nationality(ts []token, addM func(string, Kind, bool)) {
	for _, t := range ts {
		if m.languageNames[t.norm] || utf8.RuneCountInString(t.norm) < 6 {
			continue
		}
		for _, n := range demonymNames(t.norm) {
			// A country's name only: of the many cities' names,
			// "parler" would be of Parla, "cuscino" of Cusco.
			for _, c := range m.byFirst[n] {
				if c.kind == Country && len(c.words) == 1 && !c.upper {
					addM(c.code, Country, t.aside)
					return
				}
			}
		}
	}
	for _, t := range ts {
		if m.languageNames[t.norm] || utf8.RuneCountInString(t.norm) < 6 {
			continue
		}
		for _, n := range demonymNames(t.norm) {
			if code, ok := m.regionNames[n]; ok {
				addM(code, Country, t.aside)
				return
			}
		}
	}
}

// demonymNames are the place names a word may be the demonym of: the word
// without a demonym ending, with or without a lost last letter.
func demonymNames(w string) []string {
	var out []string
	for _, e := range demonymEndings {
		stem, ok := strings.CutSuffix(w, e)
		if !ok || utf8.RuneCountInString(stem) < 4 {
			continue
		}
		stems := []string{stem}
		if rest, ok := strings.CutPrefix(stem, "ال"); ok {
			stems = append(stems, rest)
		} else if stem[0] >= 0xd8 && stem[0] <= 0xdb {
			// إماراتي is of الإمارات.
			stems = append(stems, "ال"+stem)
		}
		for _, st := range stems {
			for _, ne := range nameEndings {
				out = append(out, st+ne)
			}
		}
	}
	return out
}

// locateCJK finds the gazetteer's CJK names in text, longest first at each
// position. A katakana name must not be part of a longer katakana word
// (リマ in リマインド, カリ in メルカリ), nor a Hangul name follow another
// syllable.
func (m *Matcher) locateCJK(text string, addM func(code string, also []string, kind Kind, aside bool)) {
	prev := rune(-1)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		matched := 0
		for _, n := range m.localCJK[r] {
			if !strings.HasPrefix(text[i:], n.text) {
				continue
			}
			next, _ := utf8.DecodeRuneInString(text[i+len(n.text):])
			if katakana(r) && (katakana(prev) || katakana(next)) || hangul(r) && hangul(prev) {
				continue
			}
			addM(n.code, n.also, n.kind, insideParens(text[:i]))
			matched = len(n.text)
			break
		}
		if matched > 0 {
			prev, _ = utf8.DecodeLastRuneInString(text[:i+matched])
			i += matched
			continue
		}
		prev = r
		i += size
	}
}

// inKatakanaWord reports whether the katakana name at i ends a longer
// katakana word: インド in リマインド, ドバイ in アドバイス. A word the
// name begins is still the place's (カナダドル, スイスフラン).
func inKatakanaWord(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return katakana(r) && katakana(prev)
}

func katakana(r rune) bool { return unicode.Is(unicode.Katakana, r) || r == 'ー' }

func hangul(r rune) bool { return unicode.Is(unicode.Hangul, r) }
