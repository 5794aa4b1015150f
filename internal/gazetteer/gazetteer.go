// Package gazetteer builds the table of places below the country level that
// knowledge/geo recognises in shopper messages: cities, first-level
// subdivisions (states, provinces, Länder) and nationality words, each with
// the country whose shipping, duties and returns rules govern it ("shipping
// to Lyon" → FR, "I'm Canadian" → CA).
//
// Two stages, so the table can be checked without the raw downloads:
//
//  1. Extract (gengeo with the raw files) keeps what the table can use from
//     the public sources and writes source.tsv beside this file:
//     - GeoNames cities15000 (geonames.org, CC BY 4.0; the 2012-06 dump
//     committed in github.com/CliveEvans/lucene-spike): cities of at least
//     MinPopulation inhabitants, and towns of MinTownPopulation (the
//     whole file), their name and alternate names in the scripts of the
//     assistant's languages;
//     - Debian iso-codes 4.15 (iso_3166-2.json, LGPL-2.1+): the local
//     names of first-level subdivisions;
//     - mledoze/countries (countries.json, ODbL 1.0): English and French
//     demonyms.
//     Beside it, exonyms.tsv (written for this project) adds the names of
//     large cities that dump lacks in the assistant's languages (Madri,
//     ニューヨーク, Amsterdã, Seul), and regions.tsv (written for this
//     project too) the islands and regions shoppers name that the sources
//     miss or list in one local spelling (Sylt, Mallorca, Südtirol, 沖縄,
//     제주도, Sicily) and word-named towns (Faro).
//  2. Build turns source.tsv into knowledge/geo/places.tsv, leaving out
//     names that are common words of the assistant's languages (the shopper
//     corpus and the stop-word lists in assistant/lang): "Natal" is
//     Christmas before it is a Brazilian city. A Chinese name gets its
//     spelling in the other script too, converted with OpenCC's dictionaries
//     (github.com/longbridgeapp/opencc, Apache-2.0): GeoNames lists most
//     names in one script. TestTableFresh fails when places.tsv is not what
//     Build makes today.
package gazetteer

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"

	"shopassist/assistant/entities"
	"shopassist/knowledge/geo"
)

// MinPopulation is the smallest city read wherever a message names it:
// large enough that a shopper naming it expects it to be known, small
// enough that its names are rarely another word.
const MinPopulation = 100_000

// MinTownPopulation is the smallest town kept (all of cities15000): towns
// below MinPopulation (Lugano, Faro, Lörrach) are read only where the
// message marks a place ("vivo a Lugano", "in Lörrach"), as their names are
// more often someone's word or surname than big cities' are.
const MinTownPopulation = 15_000

// minPopulationShortCJK is the smallest city whose two-character CJK name
// is kept: two characters are often an ordinary word too (开封 "opened" is
// also Kaifeng).
const minPopulationShortCJK = 1_000_000

// Kinds of place in the table.
const (
	KindCity    = "city"
	KindRegion  = "region"
	KindDemonym = "demonym"
	// KindWordCity is a city whose name is an ordinary word too
	// ("Porto" is Portuguese for "port", "Nice" English): knowledge/geo
	// reads it only where the message says the shopper lives or ships
	// there ("moro no Porto"). regions.tsv may declare a place so
	// (Madeira is also "wood"): its Latin names are then read that way.
	KindWordCity = "wordcity"
	// KindTown is a city under MinPopulation: knowledge/geo reads it
	// only after a place preposition ("a Bellinzona", "em Faro").
	KindTown = "town"
)

// Place is one place of the source: its country, its population (0 when
// unknown), its kind and every name it goes by.
type Place struct {
	Country    string
	Population int
	Kind       string
	Names      []string
}

// ExtractCities reads a GeoNames cities file (tab-separated, the
// geoname table's columns) and keeps cities of at least MinPopulation, and
// towns of at least MinTownPopulation, with the names the table can use.
func ExtractCities(r io.Reader) ([]Place, error) {
	var out []Place
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 15 {
			continue
		}
		pop, err := strconv.Atoi(f[14])
		if err != nil || pop < MinTownPopulation || f[6] != "P" {
			continue
		}
		names := []string{f[1], f[2]}
		names = append(names, strings.Split(f[3], ",")...)
		kind := KindCity
		if pop < MinPopulation {
			kind = KindTown
		}
		if p := usable(names); len(p) > 0 {
			out = append(out, Place{Country: f[8], Population: pop, Kind: kind, Names: p})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read cities: %w", err)
	}
	return out, nil
}

// regionTypes are the iso-codes subdivision types a shopper names as
// "where I live": states, provinces, Länder, regions (not districts,
// municipalities or parishes).
var regionTypes = map[string]bool{"State": true, "Province": true, "Region": true, "Land": true, "Prefecture": true,
	"Autonomous community": true, "Canton": true, "Emirate": true, "Voivodship": true, "Republic": true,
	"Autonomous region": true, "Metropolitan region": true, "Territory": true, "Autonomous province": true,
	"Nation": true, "Country": true, "Federal district": true, "Metropolitan department": true}

// ExtractRegions reads iso-codes' iso_3166-2.json and keeps the
// first-level subdivisions of regionTypes. Names with alternatives are
// written "Catalunya [Cataluña]" or "Bruxelles-Capitale, Région de;
// Brussels Hoofdstedelijk Gewest".
func ExtractRegions(r io.Reader) ([]Place, error) {
	var doc struct {
		Subdivisions []struct {
			Code, Name, Type, Parent string
		} `json:"3166-2"`
	}
	if err := json.NewDecoder(r).Decode(&doc); err != nil {
		return nil, fmt.Errorf("read iso_3166-2: %w", err)
	}
	var out []Place
	for _, s := range doc.Subdivisions {
		if s.Parent != "" || !regionTypes[s.Type] || len(s.Code) < 4 {
			continue
		}
		var names []string
		for _, part := range strings.FieldsFunc(s.Name, func(r rune) bool { return r == '[' || r == ']' || r == ';' }) {
			part = strings.TrimSpace(part)
			if a, b, ok := strings.Cut(part, ", "); ok && !strings.Contains(b, " ") {
				// "Bruxelles-Capitale, Région de" is "Région de
				// Bruxelles-Capitale": the name is the first part.
				part = a
			}
			names = append(names, part)
		}
		if p := usable(names); len(p) > 0 {
			out = append(out, Place{Country: s.Code[:2], Kind: KindRegion, Names: p})
		}
	}
	return out, nil
}

// ExtractDemonyms reads mledoze/countries' countries.json and keeps each
// country's English and French demonyms (masculine and feminine).
func ExtractDemonyms(r io.Reader) ([]Place, error) {
	var doc []struct {
		CCA2     string                       `json:"cca2"`
		Demonyms map[string]map[string]string `json:"demonyms"`
	}
	if err := json.NewDecoder(r).Decode(&doc); err != nil {
		return nil, fmt.Errorf("read countries.json: %w", err)
	}
	var out []Place
	for _, c := range doc {
		var names []string
		for _, l := range []string{"eng", "fra"} {
			for _, g := range []string{"m", "f"} {
				if d := c.Demonyms[l][g]; d != "" && !slices.Contains(names, d) {
					names = append(names, d)
				}
			}
		}
		if p := usable(names); len(p) > 0 {
			out = append(out, Place{Country: c.CCA2, Kind: KindDemonym, Names: p})
		}
	}
	return out, nil
}

// usable keeps the names written in a script of the assistant's languages
// (Latin, Cyrillic, Arabic, Han, kana, Hangul) as a name is written: GeoNames
// also lists airport codes (LYS) and lower-case romanisations of other
// scripts ("li ang", "lywn"), which are no one's spelling.
func usable(names []string) []string {
	var out []string
	for _, n := range names {
		n = strings.TrimSpace(norm.NFC.String(n))
		if n == "" || slices.Contains(out, n) || strings.ContainsAny(n, "0123456789/()=・") {
			continue
		}
		first, _ := utf8.DecodeRuneInString(n)
		switch script(n) {
		case "latin", "cyrillic":
			if !unicode.IsUpper(first) || n == strings.ToUpper(n) {
				continue
			}
		case "arabic":
		case "cjk":
			if onlyHiragana(n) {
				// おおさかし is the reading of 大阪市, not how it is written.
				continue
			}
			// 大阪市, 上海市, 오사카 시: shoppers leave out the word "city".
			for _, suf := range []string{"広域市", "廣域市", "特別市", "市", " 광역시", "광역시", " 특별시", "특별시", " 시", "시"} {
				if stem, ok := strings.CutSuffix(n, suf); ok && utf8.RuneCountInString(stem) >= 2 {
					if !slices.Contains(out, stem) {
						out = append(out, stem)
					}
					break
				}
			}
		default:
			continue
		}
		out = append(out, n)
	}
	return out
}

func onlyHiragana(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Hiragana, r) {
			return false
		}
	}
	return true
}

// script is the one script a name is written in, or "" for a mix or
// another script.
func script(s string) string {
	got := ""
	for _, r := range s {
		var sc string
		switch {
		case !unicode.IsLetter(r):
			continue
		case unicode.Is(unicode.Latin, r):
			sc = "latin"
		case unicode.Is(unicode.Cyrillic, r):
			sc = "cyrillic"
		case unicode.Is(unicode.Arabic, r):
			sc = "arabic"
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			sc = "cjk"
		default:
			return ""
		}
		if got != "" && got != sc {
			return ""
		}
		got = sc
	}
	return got
}

// WriteSource writes places as source.tsv: country, population, kind and
// the names joined by "|", one place a line, largest first.
func WriteSource(w io.Writer, places []Place) error {
	sort.SliceStable(places, func(i, j int) bool {
		if places[i].Population != places[j].Population {
			return places[i].Population > places[j].Population
		}
		if places[i].Country != places[j].Country {
			return places[i].Country < places[j].Country
		}
		return places[i].Names[0] < places[j].Names[0]
	})
	bw := bufio.NewWriter(w)
	for _, p := range places {
		fmt.Fprintf(bw, "%s\t%d\t%s\t%s\n", p.Country, p.Population, p.Kind, strings.Join(p.Names, "|"))
	}
	return bw.Flush()
}

// ReadSource parses source.tsv.
func ReadSource(b []byte) ([]Place, error) {
	var out []Place
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue // exonyms.tsv says what it is in comments
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("source line %d: %d fields", i+1, len(f))
		}
		pop, err := strconv.Atoi(f[1])
		if err != nil {
			return nil, fmt.Errorf("source line %d: %w", i+1, err)
		}
		out = append(out, Place{Country: f[0], Population: pop, Kind: f[2], Names: strings.Split(f[3], "|")})
	}
	return out, nil
}

// Common is what counts as an ordinary word of the assistant's languages.
type Common struct {
	// words are lower-case words of the Latin, Cyrillic and Arabic
	// scripts used as words: a stop word, or a word the shopper corpus
	// writes in lower case at least as often as capitalised ("sale",
	// "van", "natal"; not "Lyon", which shoppers capitalise).
	words map[string]bool
	// strict are the stop words, generic region words, colours and
	// language names: a name of several words is kept unless every word
	// is one ("São Paulo", whose "Paulo" the corpus writes after "São").
	strict map[string]bool
	// cjk is the CJK text shoppers write, for names used there as words.
	cjk []string
	// han gives a Chinese name's spellings in the other script (GeoNames
	// lists 米蘭 but not 米兰, 多伦多 but not 多倫多; shoppers write the
	// script of their own storefront); nil leaves names as listed.
	han func(string) []string
}

// placePrepositions are the words after which a capitalised word of the
// corpus is a place ("à Lyon", "nach München", "hi from Madrid").
// (knowledge/geo reads them too, to read a town only after them).
var placePrepositions = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range geo.PlacePrepositions {
		out[fold(w)] = true
	}
	return out
}()

// displayLangs are the assistant's languages (knowledge/geo.Languages'
// first sixteen).
var displayLangs = []string{"en", "es", "fr", "de", "it", "pt", "nl", "tr", "pl", "id", "ar", "ru", "ja", "ko", "zh-Hans", "zh-Hant"}

// generic are words that name a kind of region, not one place: iso-codes
// calls regions "Centre", "Central", "Nord".
var generic = strings.Fields(`north south east west northern southern eastern western central centre center capital
	nord sud est ouest norte sur este oeste centro capitale islands island coast littoral mountain interior
	natal graca`) // Natal: Christmas in Portuguese, written capitalised like the Brazilian city; "de graça" (free of charge) is no Graca (Graz)

var stopLine = regexp.MustCompile(`^\s*"[a-z]{2}": "(.*)",\s*$`)

// NewCommon reads the shopper corpus (assistant/lang/testdata/corpus.txt)
// and the stop-word lists (assistant/lang/stopwords.go).
func NewCommon(corpus, stopwords []byte) *Common {
	c := &Common{words: map[string]bool{}, strict: map[string]bool{}}
	lower, capital, placed := map[string]int{}, map[string]int{}, map[string]int{}
	for _, line := range strings.Split(string(corpus), "\n") {
		if strings.HasPrefix(line, "@@") {
			continue
		}
		prev := ""
		for _, w := range strings.FieldsFunc(line, notLetter) {
			f := fold(w)
			if script(w) == "arabic" {
				// "للباب" is "to the door": the word is الباب.
				for _, cf := range arabicForms(f) {
					lower[cf]++
				}
			}
			switch {
			case placePrepositions[prev] && script(w) == "arabic":
				placed[f]++
			case script(w) == "arabic":
				// No capitals to tell a name: a word used where
				// no place goes is one.
				capital[f]++
			case strings.ToLower(w) == w:
				lower[f]++
			case placePrepositions[prev]:
				placed[f]++
			case prev != "":
				// A line's first word is capitalised whatever it is.
				capital[f]++
			}
			prev = f
		}
		if strings.IndexFunc(line, isCJK) >= 0 {
			c.cjk = append(c.cjk, line)
		}
	}
	for w, n := range lower {
		if n >= capital[w]+placed[w] {
			c.words[w] = true
		}
	}
	for w, n := range capital {
		if n >= 2*(placed[w]+1) || n > placed[w] && script(w) == "arabic" {
			// Capitalised mostly where no place goes: a German noun
			// ("den Namen" is no Namen, Namur) or a product line
			// ("the Aurora jacket"). Once is not enough: Turkish
			// marks a place with a suffix ("yarın İstanbul'da").
			c.words[w] = true
		}
	}
	for _, line := range strings.Split(string(stopwords), "\n") {
		if m := stopLine.FindStringSubmatch(line); m != nil {
			for _, w := range strings.Fields(m[1]) {
				c.words[fold(w)] = true
				c.strict[fold(w)] = true
			}
		}
	}
	for _, w := range generic {
		c.words[w] = true
		c.strict[w] = true
	}
	// Language names: "do you speak French?", "spreek je Engels?" name
	// a language, not France or Engels.
	for _, dl := range displayLangs {
		namer := display.Languages(language.MustParse(dl))
		for _, l := range displayLangs {
			for _, w := range words(namer.Name(language.MustParse(l))) {
				c.words[w] = true
				c.strict[w] = true
			}
		}
	}
	return c
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) }

func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// words splits text into lower-case words of letters, Latin accents
// removed as knowledge/geo reads them ("Salé" is "sale").
func words(s string) []string {
	return strings.FieldsFunc(fold(s), notLetter)
}

func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// koreanParticles may follow a place name in Korean ("서울에", "부산까지").
var koreanParticles = []string{"에", "의", "로", "으", "까", "은", "는", "이", "가", "도", "행", "에서", "까지", "으로"}

// usedAsWord reports whether the corpus writes a CJK name as part of
// another word: a katakana name inside a longer katakana word (リマインド),
// a Hangul name followed by a syllable that is no particle (지난번), a
// Chinese-character name made a verb (開封した, 開封済み).
func (c *Common) usedAsWord(n string) bool {
	first, _ := utf8.DecodeRuneInString(n)
	for _, line := range c.cjk {
		for i := 0; ; {
			j := strings.Index(line[i:], n)
			if j < 0 {
				break
			}
			at := i + j
			before, _ := utf8.DecodeLastRuneInString(line[:at])
			after := line[at+len(n):]
			next, _ := utf8.DecodeRuneInString(after)
			switch {
			case unicode.Is(unicode.Katakana, first):
				if unicode.Is(unicode.Katakana, before) || unicode.Is(unicode.Katakana, next) || next == 'ー' || before == 'ー' {
					return true
				}
			case unicode.Is(unicode.Hangul, first):
				if unicode.Is(unicode.Hangul, next) && !slices.ContainsFunc(koreanParticles, func(p string) bool { return strings.HasPrefix(after, p) }) {
					return true
				}
			case unicode.Is(unicode.Han, first):
				if strings.HasPrefix(after, "し") || strings.HasPrefix(after, "済") || strings.HasPrefix(after, "さ") ||
					strings.HasPrefix(after, "す") || strings.HasPrefix(after, "过") || strings.HasPrefix(after, "過") {
					return true
				}
			}
			i = at + len(n)
		}
	}
	return false
}

// arabicClitics are written onto the next word (و "and", ب "in", ل "to",
// ك "as", ف "so"), as knowledge/geo strips them.
var arabicClitics = []string{"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب"}

func arabicForms(w string) []string {
	var out []string
	for _, p := range arabicClitics {
		if t, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(t) >= 3 {
			out = append(out, t)
			if strings.HasPrefix(t, "ل") {
				out = append(out, "ا"+t)
			}
		}
	}
	return out
}

// cyrillicEndings are the Russian case endings knowledge/geo reads in place
// of a gazetteer name's last letter or added to it.
var cyrillicEndings = []string{"а", "у", "ю", "е", "и", "ы", "ой", "ей", "ии", "ию", "ия", "ом", "ем", "ах", "ях", "ам", "ям", "ью", "ую"}

// inflected reports whether a Cyrillic name, as knowledge/geo reads it
// inflected, is a common word ("Собрал" would read "собрали").
func (c *Common) inflected(w string) bool {
	r := []rune(w)
	if len(r) < 4 || !unicode.Is(unicode.Cyrillic, r[0]) {
		return false
	}
	for _, e := range cyrillicEndings {
		if c.words[w+e] || c.words[string(r[:len(r)-1])+e] {
			return true
		}
	}
	return false
}

// namesColour reports whether a place's name reads as a colour. An Arabic
// name of several words is one only when each word is ("الدار البيضاء",
// Casablanca, is "the white house": its colour word, read with or without
// the article, does not make the phrase a colour).
func namesColour(n string) bool {
	colour := func(s string) bool {
		return len(entities.Extract(s, "").Colors) > 0 || len(entities.Extract(strings.TrimPrefix(s, "ال"), "ar").Colors) > 0
	}
	if ws := strings.Fields(n); script(n) == "arabic" && len(ws) > 1 {
		return !slices.ContainsFunc(ws, func(w string) bool { return !colour(w) })
	}
	return colour(n)
}

// keep reports whether a place's name can stand for it in a message.
func (c *Common) keep(p Place, n string) bool {
	if namesColour(n) {
		// "Orange" is a colour before it is a Californian city, and
		// البيضاء ("the white one") before it is Al Bayda.
		return false
	}
	if script(n) == "cjk" {
		rn := utf8.RuneCountInString(n)
		if rn < 2 || rn == 2 && p.Population < minPopulationShortCJK && p.Kind == KindCity {
			return false
		}
		return !c.usedAsWord(n)
	}
	ws := words(n)
	if len(ws) == 0 {
		return false
	}
	if rn := utf8.RuneCountInString(strings.Join(ws, "")); rn < 4 && !(rn == 3 && script(n) == "arabic" && p.Population >= 1_000_000) {
		// Three letters are an abbreviation or a word more often than
		// a city (Ufa, Hue, Ica), but for Arabic names of the largest
		// cities (جدة).
		return false
	}
	common := c.words
	if len(ws) > 1 && p.Kind != KindTown {
		// A town's words are read after a preposition, where "à la
		// porte" is the door, not La Porte (Texas): they count as
		// words whatever their number.
		common = c.strict
	}
	for _, w := range ws {
		if !common[w] && !c.inflected(w) && utf8.RuneCountInString(w) > 2 {
			return true
		}
	}
	// Every word is an ordinary word: "Natal", "Split", "Sale", "Van".
	return false
}

// wordCity reports whether a city's name, dropped as an ordinary word,
// still names it after a residence or shipping marker: one Latin word of
// four letters or more that is no colour ("Porto", "Nice", "Natal").
func (c *Common) wordCity(p Place, n string) bool {
	if p.Kind != KindCity || script(n) != "latin" || strings.ContainsAny(n, " -'") || utf8.RuneCountInString(n) < 4 {
		return false
	}
	return len(entities.Extract(n, "").Colors) == 0
}

// Build writes the table: one name a line, "name<TAB>countries<TAB>kind",
// sorted by name. A name that several places share goes to the first
// listed in the source (the largest city; a region or demonym before a
// smaller city of the same name); the countries of up to three other
// cities of that name follow, comma-separated (not of towns: a town never
// outweighs a city, "Valencia" stays Venezuela's or Spain's). A town whose
// name is an ordinary word is left out: after a preposition it is still
// more often the word.
func Build(source []byte, c *Common) ([]byte, error) {
	places, err := ReadSource(source)
	if err != nil {
		return nil, err
	}
	// Regions and demonyms first: "Bayern" names the Land, and a region
	// named like a country's larger city keeps its own country anyway.
	// Of cities sharing a name, the larger first: exonyms.tsv comes after
	// GeoNames, but its 奥克兰 is Auckland's before Oakland's.
	sort.SliceStable(places, func(i, j int) bool {
		ri, rj := rank(places[i].Kind), rank(places[j].Kind)
		if ri != rj {
			return ri < rj
		}
		return ri == rank(KindCity) && places[i].Population > places[j].Population
	})
	owner := map[string]Place{}
	// also are the other countries with a city of the same name
	// (Valencia: VE, then ES): the shopper's storefront or language
	// decides between them.
	also := map[string][]string{}
	var names []string
	for _, p := range places {
		for _, n := range p.Names {
			forms := []string{n}
			if script(n) == "arabic" && !strings.HasPrefix(n, "ال") {
				// Arabic writes most cities with the article too
				// (دوحة, الدوحة).
				forms = append(forms, "ال"+n)
			}
			if c.han != nil && onlyHan(n) {
				forms = append(forms, c.han(n)...)
			}
			for _, f := range forms {
				if p.Kind == KindTown && script(f) == "cjk" {
					// CJK names are matched inside running text,
					// where no preposition marks a town.
					continue
				}
				if o, seen := owner[f]; seen {
					if p.Kind == KindCity && p.Country != o.Country && !slices.Contains(also[f], p.Country) && len(also[f]) < 3 {
						also[f] = append(also[f], p.Country)
					}
					continue
				}
				if p.Kind == KindWordCity {
					// regions.tsv declares the name an ordinary word
					// too (Madeira, "wood"), whatever the corpus says.
					if script(f) == "latin" && len(entities.Extract(f, "").Colors) == 0 {
						owner[f] = p
						names = append(names, f)
					}
					continue
				}
				if !c.keep(p, f) {
					if p.Kind == KindTown || !c.wordCity(p, f) {
						continue
					}
					p := p
					p.Kind = KindWordCity
					owner[f] = p
					names = append(names, f)
					continue
				}
				owner[f] = p
				names = append(names, f)
			}
		}
	}
	sort.Strings(names)
	var b bytes.Buffer
	fmt.Fprintln(&b, "# Code generated by go run ./internal/gazetteer/gengeo; DO NOT EDIT.")
	fmt.Fprintln(&b, "# Sources: GeoNames cities15000 (CC BY 4.0), Debian iso-codes iso_3166-2 (LGPL-2.1+),")
	fmt.Fprintln(&b, "# mledoze/countries demonyms (ODbL 1.0), Chinese scripts by OpenCC (Apache-2.0); see internal/gazetteer.")
	for _, n := range names {
		fmt.Fprintf(&b, "%s\t%s\t%s\n", n, strings.Join(append([]string{owner[n].Country}, also[n]...), ","), owner[n].Kind)
	}
	return b.Bytes(), nil
}

func rank(kind string) int {
	switch kind {
	case KindDemonym:
		return 0
	case KindRegion, KindWordCity:
		// A place regions.tsv declares word-named outranks a town of
		// that name, which would be read after any preposition ("de
		// madeira" is "of wood", not the Brazilian town).
		return 1
	}
	return 2
}

// Paths from the repository root.
const (
	SourcePath    = "internal/gazetteer/source.tsv"
	ExonymsPath   = "internal/gazetteer/exonyms.tsv"
	RegionsPath   = "internal/gazetteer/regions.tsv"
	TablePath     = "knowledge/geo/places.tsv"
	corpusPath    = "assistant/lang/testdata/corpus.txt"
	stopwordsPath = "assistant/lang/stopwords.go"
)

// Generate builds the table from the files of the repository at root.
func Generate(root string) ([]byte, error) {
	read := func(p string) ([]byte, error) {
		b, err := os.ReadFile(filepath.Join(root, p))
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		return b, nil
	}
	src, err := read(SourcePath)
	if err != nil {
		return nil, err
	}
	// The exonyms and the islands and regions come after GeoNames: a
	// name both list keeps its GeoNames place (but a region outranks a
	// city in Build).
	for _, p := range []string{ExonymsPath, RegionsPath} {
		more, err := read(p)
		if err != nil {
			return nil, err
		}
		src = append(append(bytes.TrimSpace(src), '\n'), more...)
	}
	corpus, err := read(corpusPath)
	if err != nil {
		return nil, err
	}
	stop, err := read(stopwordsPath)
	if err != nil {
		return nil, err
	}
	c := NewCommon(corpus, stop)
	if c.han, err = hanScripts(); err != nil {
		return nil, err
	}
	return Build(src, c)
}

// hanScripts converts a Chinese name to its Traditional (as written in
// Taiwan and in general) and Simplified spellings with OpenCC's
// dictionaries, returning those that differ from the name.
func hanScripts() (func(string) []string, error) {
	var convs []*opencc.OpenCC
	for _, name := range []string{"s2t", "s2tw", "t2s"} {
		cc, err := opencc.New(name)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: opencc %s: %w", name, err)
		}
		convs = append(convs, cc)
	}
	return func(n string) []string {
		var out []string
		for _, cc := range convs {
			v, err := cc.Convert(n)
			if err == nil && v != n && onlyHan(v) && !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
		return out
	}, nil
}

// onlyHan reports whether s is written in Chinese characters alone: a
// Japanese name with kana is not converted between Chinese scripts.
func onlyHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}
