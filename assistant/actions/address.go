package actions

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/nyaruka/phonenumbers"

	"shopassist/knowledge/geo"
)

// Address is a shipping address in the shape of Shopify's
// MailingAddressInput.
type Address struct {
	FirstName    string `json:"firstName,omitempty"`
	LastName     string `json:"lastName,omitempty"`
	Company      string `json:"company,omitempty"`
	Address1     string `json:"address1"`
	Address2     string `json:"address2,omitempty"`
	City         string `json:"city"`
	ProvinceCode string `json:"provinceCode,omitempty"`
	Zip          string `json:"zip,omitempty"`
	CountryCode  string `json:"countryCode"`
	Phone        string `json:"phone,omitempty"`
}

// Problem is one thing wrong with a parsed address; each has a message
// key ("address_problem_<problem>").
type Problem string

// Address problems.
const (
	MissingStreet   Problem = "street"
	MissingCity     Problem = "city"
	MissingZip      Problem = "zip_missing"
	BadZip          Problem = "zip"
	MissingProvince Problem = "province"
	BadPhone        Problem = "phone"
	MissingCountry  Problem = "country"
	// OtherCountry: the new address is in another country than the order
	// ships to; duties and shipping rates differ, so a person decides.
	OtherCountry Problem = "other_country"
)

// zipShapes are the postal-code shapes of common destination countries
// (Universal Postal Union formats); countries missing here are accepted
// with any code, countries in noZip use none.
var zipShapes = map[string]*regexp.Regexp{
	"US": regexp.MustCompile(`^\d{5}(-\d{4})?$`),
	"CA": regexp.MustCompile(`^[A-Z]\d[A-Z] ?\d[A-Z]\d$`),
	"GB": regexp.MustCompile(`^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$`),
	"DE": regexp.MustCompile(`^\d{5}$`),
	"FR": regexp.MustCompile(`^\d{5}$`),
	"ES": regexp.MustCompile(`^\d{5}$`),
	"IT": regexp.MustCompile(`^\d{5}$`),
	"NL": regexp.MustCompile(`^\d{4} ?[A-Z]{2}$`),
	"BE": regexp.MustCompile(`^\d{4}$`),
	"AT": regexp.MustCompile(`^\d{4}$`),
	"CH": regexp.MustCompile(`^\d{4}$`),
	"PT": regexp.MustCompile(`^\d{4}-\d{3}$`),
	"PL": regexp.MustCompile(`^\d{2}-\d{3}$`),
	"SE": regexp.MustCompile(`^\d{3} ?\d{2}$`),
	"DK": regexp.MustCompile(`^\d{4}$`),
	"AU": regexp.MustCompile(`^\d{4}$`),
	"JP": regexp.MustCompile(`^\d{3}-?\d{4}$`),
	"KR": regexp.MustCompile(`^\d{5}$`),
	"CN": regexp.MustCompile(`^\d{6}$`),
	"TW": regexp.MustCompile(`^\d{3}(\d{2,3})?$`),
	"TR": regexp.MustCompile(`^\d{5}$`),
	"RU": regexp.MustCompile(`^\d{6}$`),
	"ID": regexp.MustCompile(`^\d{5}$`),
	"BR": regexp.MustCompile(`^\d{5}-?\d{3}$`),
	"MX": regexp.MustCompile(`^\d{5}$`),
	"SA": regexp.MustCompile(`^\d{5}(-\d{4})?$`),
	"IL": regexp.MustCompile(`^\d{7}$`),
}

// noZip lists countries without postal codes in Shopify's checkout.
var noZip = map[string]bool{"AE": true, "HK": true, "QA": true}

// provinces lists the province codes of countries whose addresses require
// one (Shopify's checkout asks for a state, province or territory).
var provinces = map[string][]string{
	"US": strings.Fields("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR"),
	"CA": strings.Fields("AB BC MB NB NL NS NT NU ON PE QC SK YT"),
	"AU": strings.Fields("ACT NSW NT QLD SA TAS VIC WA"),
}

// zipToken finds a postal code of country cc inside a part; a country with
// no known shape takes a run of digits (3–10, dashes allowed).
func zipToken(part, cc string) (string, bool) {
	up := strings.ToUpper(part)
	if re := zipShapes[cc]; re != nil {
		inner := regexp.MustCompile(strings.TrimSuffix(strings.TrimPrefix(re.String(), "^"), "$"))
		for _, loc := range inner.FindAllStringIndex(up, -1) {
			if boundary(up, loc[0], loc[1]) {
				return up[loc[0]:loc[1]], true
			}
		}
		return "", false
	}
	loc := anyZip.FindStringIndex(up)
	if loc == nil {
		return "", false
	}
	return up[loc[0]:loc[1]], true
}

var anyZip = regexp.MustCompile(`\b\d[\d-]{2,9}\b`)

// boundary reports whether [i,j) of s is not glued to letters or digits.
func boundary(s string, i, j int) bool {
	if i > 0 {
		r := rune(s[i-1])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(s) {
		r := rune(s[j])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// ParseAddress reads a new shipping address from a chat message: parts
// separated by commas or line breaks ("Hauptstraße 5, 10115 Berlin,
// Deutschland"; "12 Oak St, Apt 3, Springfield, IL 62704, USA"). A country
// named in any supported language sets the country, else fallback (the
// order's shipping country) applies. The result is validated: problems list
// what is missing or malformed.
func ParseAddress(text, fallbackCountry string, m *geo.Matcher) (Address, []Problem) {
	var a Address
	parts := splitParts(text)
	// Country: a part that is only a country name.
	rest := parts[:0:0]
	for _, p := range parts {
		if cc := countryOnly(p, m); cc != "" && a.CountryCode == "" {
			a.CountryCode = cc
			continue
		}
		rest = append(rest, p)
	}
	if a.CountryCode == "" {
		a.CountryCode = strings.ToUpper(fallbackCountry)
	}
	// Phone: a part that parses as a valid number of the country.
	parts, rest = rest, nil
	for _, p := range parts {
		if a.Phone == "" && looksLikePhone(p) {
			a.Phone = p
			continue
		}
		rest = append(rest, p)
	}
	// Zip, with the city (and state) in the same part: "10115 Berlin",
	// "Springfield, IL 62704", "London SW1A 1AA".
	zipAt := -1
	for i := len(rest) - 1; i >= 0 && zipAt < 0; i-- {
		if z, ok := zipToken(rest[i], a.CountryCode); ok && !isStreet(rest[i], z) {
			a.Zip, zipAt = z, i
		}
	}
	if zipAt >= 0 {
		left := strings.TrimSpace(strings.Replace(strings.ToUpper(rest[zipAt]), a.Zip, "", 1))
		orig := strings.TrimSpace(cutFold(rest[zipAt], a.Zip))
		if left != "" {
			a.City, a.ProvinceCode = splitProvince(orig, a.CountryCode)
		}
		rest = append(rest[:zipAt:zipAt], rest[zipAt+1:]...)
		if a.City == "" && len(rest) > 1 {
			// "Springfield, IL 62704": the city is the part before.
			last := rest[len(rest)-1]
			if !hasDigit(last) {
				a.City = last
				rest = rest[:len(rest)-1]
			}
		} else if a.ProvinceCode == "" && len(rest) > 1 {
			if pc := provinceCode(rest[len(rest)-1], a.CountryCode); pc != "" {
				a.ProvinceCode = pc
				rest = rest[:len(rest)-1]
			}
		}
	} else if len(rest) > 1 {
		a.City, a.ProvinceCode = splitProvince(rest[len(rest)-1], a.CountryCode)
		rest = rest[:len(rest)-1]
	}
	if a.ProvinceCode == "" && a.City != "" && len(rest) > 1 && provinceCode(a.City, a.CountryCode) != "" {
		// "…, Springfield, IL 62704" read "IL" as the city.
		a.ProvinceCode = provinceCode(a.City, a.CountryCode)
		a.City = rest[len(rest)-1]
		rest = rest[:len(rest)-1]
	}
	if len(rest) > 0 {
		a.Address1 = rest[0]
	}
	if len(rest) > 1 {
		a.Address2 = strings.Join(rest[1:], ", ")
	}
	return a, Validate(a)
}

// Validate lists what is wrong with an address.
func Validate(a Address) []Problem {
	var ps []Problem
	if len(a.CountryCode) != 2 {
		ps = append(ps, MissingCountry)
	}
	if !hasDigit(a.Address1) || !hasLetter(a.Address1) {
		// A street line carries a house number and a street name in every
		// market the store ships to.
		ps = append(ps, MissingStreet)
	}
	if strings.TrimSpace(a.City) == "" {
		ps = append(ps, MissingCity)
	}
	switch {
	case noZip[a.CountryCode]:
	case a.Zip == "":
		ps = append(ps, MissingZip)
	case zipShapes[a.CountryCode] != nil && !zipShapes[a.CountryCode].MatchString(strings.ToUpper(a.Zip)):
		ps = append(ps, BadZip)
	}
	if list := provinces[a.CountryCode]; list != nil && !contains(list, a.ProvinceCode) {
		ps = append(ps, MissingProvince)
	}
	if a.Phone != "" {
		n, err := phonenumbers.Parse(a.Phone, a.CountryCode)
		if err != nil || !phonenumbers.IsValidNumber(n) {
			ps = append(ps, BadPhone)
		}
	}
	return ps
}

// NormalizePhone formats a valid phone in E.164, as Shopify stores it.
func NormalizePhone(phone, country string) string {
	n, err := phonenumbers.Parse(phone, country)
	if err != nil || !phonenumbers.IsValidNumber(n) {
		return phone
	}
	return phonenumbers.Format(n, phonenumbers.E164)
}

func splitParts(text string) []string {
	f := func(r rune) bool { return r == ',' || r == '\n' || r == ';' || r == '，' || r == '、' || r == '،' }
	var out []string
	for _, p := range strings.FieldsFunc(text, f) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// countryOnly returns the country a part names when the part is nothing
// but that name ("USA", "Deutschland", "日本").
func countryOnly(p string, m *geo.Matcher) string {
	if hasDigit(p) || len([]rune(p)) > 40 {
		return ""
	}
	ms := m.Find(p)
	if len(ms) != 1 || ms[0].Kind != geo.Country {
		return ""
	}
	return ms[0].Code
}

var phoneChars = regexp.MustCompile(`^\+?[\d\s().-]{2,20}$`)

func looksLikePhone(p string) bool {
	p = strings.TrimSpace(p)
	for _, prefix := range []string{"tel:", "tel.", "phone:", "tel"} {
		if strings.HasPrefix(strings.ToLower(p), prefix) {
			p = strings.TrimSpace(p[len(prefix):])
		}
	}
	// "+49 12" is a (bad) phone, not a second street line: an
	// international prefix says what the shopper meant.
	return phoneChars.MatchString(p) && (digits(p) >= 7 || strings.HasPrefix(p, "+"))
}

// isStreet reports whether the zip candidate is really a house number
// ("Hauptstraße 5" is not a zip part: a zip part has no other digits and
// a street part's number follows or precedes a longer name).
func isStreet(part, zip string) bool {
	rest := strings.Replace(strings.ToUpper(part), zip, "", 1)
	return hasDigit(rest)
}

func splitProvince(s, cc string) (city, province string) {
	fields := strings.Fields(s)
	if len(fields) > 1 {
		if pc := provinceCode(fields[len(fields)-1], cc); pc != "" {
			return strings.Join(fields[:len(fields)-1], " "), pc
		}
	}
	return strings.TrimSpace(s), ""
}

func provinceCode(s, cc string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	if contains(provinces[cc], s) {
		return s
	}
	return ""
}

func cutFold(s, sub string) string {
	i := strings.Index(strings.ToUpper(s), strings.ToUpper(sub))
	if i < 0 {
		return s
	}
	return s[:i] + s[i+len(sub):]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func hasDigit(s string) bool { return digits(s) > 0 }

func digits(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
