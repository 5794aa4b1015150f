package entities

import (
	"regexp"
	"strings"
	"unicode"
)

// orderRe matches a word introducing an order number, in each language. It
// must not follow a letter ("border 1001"). Longer forms come
// first in the alternation so "bestellnummer" wins over "bestell".
var orderRe = regexp.MustCompile(`(?:^|[^a-zà-ÿа-яёçğışłąęóśźż])(?:` + strings.Join([]string{
	`order(?:\s*(?:number|no\.?|nr\.?|num\.?|id))?`,
	`pedido(?:\s*(?:n[úu]mero|n[ºo°]\.?))?`, `n[úu]mero\s+de\s+pedido`,
	`commande(?:\s*(?:n[°o]\.?|num[ée]ro))?`, `num[ée]ro\s+de\s+commande`,
	`bestellnummer`, `bestellung(?:\s*(?:nr\.?|nummer))?`, `auftrag(?:snummer)?`,
	`ordine(?:\s*(?:n\.?|numero))?`, `numero\s+(?:d'|dell')ordine`,
	`encomenda`, `n[úu]mero\s+do\s+pedido`,
	`bestelnummer`, `bestelling(?:\s*(?:nr\.?|nummer))?`,
	`sipari[şs](?:\s*(?:no|numaras[ıi]))?`,
	`zam[óo]wieni[ea](?:\s*(?:nr\.?|numer))?`, `numer\s+zam[óo]wienia`,
	`pesanan(?:\s*(?:no\.?|nomor))?`, `nomor\s+pesanan`,
	`الطلب(?:\s*رقم)?`, `طلب(?:\s*رقم)?`, `رقم\s+الطلب`,
	`заказ[аеу]?(?:\s*(?:номер|№))?`, `номер\s+заказа`,
	`注文番号`, `注文`, `订单号?`, `訂單(?:編號|號碼)?`, `주문\s*번호`, `주문`,
}, "|") + `)\s*(?:[:#№]|n[º°o]\.?)?\s*#?\s*(?:[a-z]{1,4}-)?(\d{3,20})`)

// hashRe matches "#1001", the way Shopify names orders, also with a shop
// prefix ("#NW-1001").
var hashRe = regexp.MustCompile(`#\s?(?:[a-z]{1,4}-?)?(\d{3,20})\b`)

// prefixedRe matches an order name with a shop prefix and a dash, "NW-1001"
// or "SO-000123" (Shopify's order-name prefix and suffix settings).
var prefixedRe = regexp.MustCompile(`(?:^|[^a-z0-9\-])[a-z]{1,4}-(\d{3,20})\b`)

func (s *scan) takeOrderNumber() string {
	str := s.text()
	for _, re := range []*regexp.Regexp{hashRe, orderRe, prefixedRe} {
		if m := re.FindStringSubmatchIndex(str); m != nil {
			a, b := s.runeSpan(str, m[0], m[1])
			s.blank(a, b)
			return str[m[2]:m[3]]
		}
	}
	return ""
}

var bareNumberRe = regexp.MustCompile(`(?:^|[^\d.,])(\d{3,20})(?:$|[^\d.,])`)

// unitRe is a unit of measurement right after a number, abbreviated or
// written out ("0,75 Liter", "2 litros", "1,2 kilo", "500 grammi", "1,5
// л"), or the Korean shoe-size suffix and verb of wearing shoes ("240호",
// "평소 240 신어요": a foot length in millimetres). A letter ends a unit,
// not \b, which knows only ASCII letters: "60 Mäuse" is no metre.
var unitRe = regexp.MustCompile(`^\s?(?:호|신[어는고었을]|cm|mm|m(?:$|[^\pL])|kg|g(?:$|[^\pL])|gr(?:$|[^\pL])|ml|cl(?:$|[^\pL])|dl(?:$|[^\pL])|l(?:$|[^\pL])|lit|kilo|gram|millil|mililit|литр|л(?:$|[^\pL])|кило|грам|リットル|리터|lb|lbs|inch|inches|in(?:$|[^\pL])|zoll|pulgadas|pouces|pollici|polegadas|duim|inç|cali|см|мм|кг|мл|公分|厘米|釐米|センチ|cm|キロ|公斤|克|毫升|센티|킬로|سم|كغ|كجم|لتر|°)`)

// postcodeAt reports whether the number at str[from:to] is the postcode of
// an address the message gives: after the comma that ends the street and
// before a capitalised town ("via Roma 3, 39100 Bolzano", "Dorpsstraat 1,
// 1791 Den Burg"). A shopper's address is not an order to look up.
func (s *scan) postcodeAt(str string, from, to int) bool {
	before := strings.TrimRight(str[:from], " ")
	if !strings.HasSuffix(before, ",") {
		return false
	}
	a, b := s.runeSpan(str, from, to)
	orig := []rune(s.original)
	if b-a < 4 || b-a > 6 || b+1 >= len(orig) || orig[b] != ' ' {
		return false
	}
	return unicode.IsUpper(orig[b+1])
}

// takeBareNumber accepts a lone number ("1001", "it's 1045") as the order
// number once prices, sizes and phones have been taken out.
func (s *scan) takeBareNumber() string {
	str := s.text()
	var m [][]int
	for _, x := range bareNumberRe.FindAllStringSubmatchIndex(str, -1) {
		// "胸圍100公分", "180 cm tall", "100 kg": a measurement, not an
		// order.
		if !unitRe.MatchString(str[x[3]:]) && !s.postcodeAt(str, x[2], x[3]) {
			m = append(m, x)
		}
	}
	if len(m) != 1 {
		return ""
	}
	a, b := s.runeSpan(str, m[0][2], m[0][3])
	s.blank(a, b)
	return str[m[0][2]:m[0][3]]
}
