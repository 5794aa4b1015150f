package actions

import (
	"strconv"
	"strings"
	"unicode"
)

// Shopify's ReturnReason enum values the assistant offers.
const (
	ReasonSizeTooSmall   = "SIZE_TOO_SMALL"
	ReasonSizeTooLarge   = "SIZE_TOO_LARGE"
	ReasonUnwanted       = "UNWANTED"
	ReasonNotAsDescribed = "NOT_AS_DESCRIBED"
	ReasonStyle          = "STYLE"
	ReasonColor          = "COLOR"
	ReasonDefective      = "DEFECTIVE"
	ReasonWrongItem      = "WRONG_ITEM"
	ReasonOther          = "OTHER"
)

// Reasons are offered to the shopper in this order (quick replies).
// DEFECTIVE and WRONG_ITEM are not offered: those go to a person.
var Reasons = []string{ReasonSizeTooSmall, ReasonSizeTooLarge, ReasonUnwanted, ReasonNotAsDescribed, ReasonStyle,
	ReasonColor, ReasonOther}

// NeedsPerson reports whether a reason is handled by a person (photos,
// replacement, carrier claim) rather than by a return request.
func NeedsPerson(reason string) bool { return reason == ReasonDefective || reason == ReasonWrongItem }

// reasonWords are lower-case stems that name a reason, across the
// supported languages; the first reason whose stem occurs wins, so the
// person-handled ones come first.
var reasonWords = []struct {
	reason string
	words  []string
}{
	{ReasonDefective, []string{"damaged", "broken", "defect", "torn", "faulty", "ripped", "beschädigt", "kaputt", "defekt",
		"dañad", "roto", "rota", "defectuos", "endommag", "cassé", "abîm", "défectueu", "danneggiat", "rott", "difettos",
		"danificad", "quebrad", "defeituos", "beschadigd", "kapot", "is stuk", "stukgegaan", "تالف", "مكسور", "معيب", "损坏", "坏了", "破损",
		"損壞", "壞了", "破損", "壊れ", "破損", "不良", "傷", "파손", "고장", "불량", "повреж", "сломан", "брак", "hasarlı",
		"kırık", "bozuk", "uszkodz", "zepsut", "wadliw", "rusak", "cacat", "pecah"}},
	{ReasonWrongItem, []string{"wrong item", "wrong product", "not what i ordered", "falscher artikel", "falsche artikel",
		"falsches produkt", "artículo equivocado", "producto equivocado", "producto incorrecto", "mauvais article",
		"mauvais produit", "articolo sbagliato", "prodotto sbagliato", "artigo errado", "produto errado", "item errado",
		"verkeerd artikel", "verkeerde artikel", "verkeerd product", "منتج خاطئ", "منتج خطأ", "发错", "錯的商品", "發錯",
		"違う商品", "間違った商品", "잘못된 상품", "다른 상품", "не тот товар", "неправильный товар", "yanlış ürün",
		"zły produkt", "niewłaściwy produkt", "barang salah", "produk salah", "salah kirim"}},
	{ReasonSizeTooSmall, []string{"too small", "too tight", "zu klein", "zu eng", "pequeñ", "demasiado ajustad", "trop petit",
		"trop serré", "troppo piccol", "troppo strett", "muito pequen", "apertad", "te klein", "te krap", "صغير", "太小",
		"小さ", "작아", "작습", "маленьк", " мал", "küçük", "dar geldi", "za mał", "terlalu kecil", "kekecilan"}},
	{ReasonSizeTooLarge, []string{"too big", "too large", "too long", "too loose", "zu groß", "zu gross", "zu lang", "zu weit",
		"grande", "demasiado larg", "trop grand", "trop long", "troppo grand", "troppo lung", "muito grand", "te groot",
		"te lang", "كبير", "太大", "太长", "太長", "大き", "커요", "큽니", "велик", "большо", "büyük", "uzun geldi",
		"za duż", "za dług", "terlalu besar", "kebesaran"}},
	{ReasonColor, []string{"colour", "color", "farbe", "couleur", "colore", "cor ", "kleur", "لون", "颜色", "顏色", "色が",
		"색상", "цвет", "renk", "kolor", "warna"}},
	{ReasonNotAsDescribed, []string{"not as described", "different from the picture", "nicht wie beschrieben",
		"no es como", "pas conforme", "non conforme", "diverso dalla", "diferente da", "anders dan", "غير مطابق",
		"与描述不符", "與描述不符", "説明と違", "설명과 다", "не соответств", "açıklamaya uymuyor", "niezgodn",
		"tidak sesuai"}},
	{ReasonStyle, []string{"style", "don't like", "do not like", "gefällt mir nicht", "no me gusta", "ne me plaît pas",
		"non mi piace", "não gostei", "bevalt me niet", "لا يعجبني", "不喜欢", "不喜歡", "好みではな", "마음에 들지",
		"не нравится", "beğenmedim", "nie podoba", "tidak suka"}},
	{ReasonUnwanted, []string{"changed my mind", "don't need", "no longer", "not needed", "brauche ich nicht", "brauche es nicht", "brauche sie nicht", "brauche ihn nicht",
		"brauche das nicht", "nicht mehr brauche", "nicht mehr nötig", "anders überlegt",
		"ya no", "cambiado de opinión", "changé d'avis", "plus besoin", "cambiato idea", "mudei de ideia", "não preciso",
		"niet meer nodig", "بعد الآن", "不需要", "不要了", "不要", "いらな", "必要な", "필요 없", "не нужн", "передумал",
		"vazgeçtim", "ihtiyacım yok", "nie potrzebuję", "rozmyśl", "tidak perlu", "berubah pikiran",
		// a mind changed, said as such
		"cambié de opinión", "не нужен", "doch nicht mehr", "toch niet meer", "気が変わ", "마음이 바뀌", "改变主意", "改變主意", "غيرت رأيي"}},
}

// ReasonFrom reads a return reason from a message, "" when none is named.
func ReasonFrom(text string) string {
	low := " " + strings.ToLower(text) + " "
	for _, rw := range reasonWords {
		for _, w := range rw.words {
			if strings.Contains(low, w) {
				return rw.reason
			}
		}
	}
	return ""
}

// Line is an order line the shopper can return.
type Line struct {
	LineItemID int64  `json:"line_item_id"`
	Title      string `json:"title"`
	Variant    string `json:"variant,omitempty"`
	// Quantity is what can still go back.
	Quantity int    `json:"quantity"`
	Price    string `json:"price,omitempty"`
}

// Label is how a line is named to the shopper and on its quick reply.
func (l Line) Label() string {
	s := l.Title
	if l.Variant != "" && !strings.EqualFold(l.Variant, "Default Title") {
		s += " (" + l.Variant + ")"
	}
	return s
}

// Item is an order line and quantity picked for a return or exchange.
type Item struct {
	Line
	// Count is how many of the line go back (1..Quantity).
	Count int `json:"count"`
}

// PickLines finds the order lines a message names: a quick reply carrying
// a line's label, or a title word (4+ letters, any form starting with it:
// "shirts" names "Linen Shirt"). A small number written before the title
// ("2 socks") sets the count; otherwise the whole remaining quantity goes.
func PickLines(text string, lines []Line) []Item {
	low := strings.ToLower(text)
	for _, l := range lines {
		if strings.Contains(low, strings.ToLower(l.Label())) {
			return []Item{{Line: l, Count: countBefore(low, strings.ToLower(l.Title), l.Quantity)}}
		}
	}
	words := tokens(low)
	var out []Item
	for _, l := range lines {
		for _, tw := range tokens(strings.ToLower(l.Title)) {
			if len([]rune(tw)) < 4 {
				continue
			}
			if i := wordIndex(words, tw); i >= 0 {
				n := l.Quantity
				if i > 0 {
					if k, err := strconv.Atoi(words[i-1]); err == nil && k >= 1 && k <= l.Quantity {
						n = k
					}
				}
				out = append(out, Item{Line: l, Count: n})
				break
			}
		}
	}
	return out
}

func countBefore(low, title string, max int) int {
	i := strings.Index(low, title)
	if i <= 0 {
		return max
	}
	ws := tokens(low[:i])
	if len(ws) == 0 {
		return max
	}
	if k, err := strconv.Atoi(ws[len(ws)-1]); err == nil && k >= 1 && k <= max {
		return k
	}
	return max
}

// wordIndex finds the first message word that is w or an inflection of it
// (starts with w and is at most 3 letters longer).
func wordIndex(words []string, w string) int {
	for i, x := range words {
		if x == w || (strings.HasPrefix(x, w) && len([]rune(x))-len([]rune(w)) <= 3) {
			return i
		}
	}
	return -1
}

func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// NamedMissing returns the first of words that names a product in the
// shop's catalog (catalogWords, lower-case title words) but no line of the
// order: "return the dress from order 1019" when 1019 has no dress.
func NamedMissing(words []string, lines []Line, catalogWords map[string]bool) string {
	for _, w := range words {
		w = strings.ToLower(w)
		if len([]rune(w)) < 4 || !catalogWords[w] {
			continue
		}
		found := false
		for _, l := range lines {
			if wordIndex(tokens(strings.ToLower(l.Title)), w) >= 0 || strings.Contains(strings.ToLower(l.Title), w) {
				found = true
				break
			}
		}
		if !found {
			return w
		}
	}
	return ""
}

// SizeWanted reads the size an exchange asks for ("for size M", "in L",
// "taille 40"), "" when none: sizes the entity extractor found are passed in.
func SizeWanted(sizes []string) string {
	if len(sizes) == 0 {
		return ""
	}
	return sizes[len(sizes)-1]
}
