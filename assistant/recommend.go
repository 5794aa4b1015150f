package assistant

import (
	"slices"
	"strconv"
	"strings"

	"shopassist/assistant/glossary"
	"shopassist/db"
	"shopassist/knowledge"
)

// cheapCues ask for the least expensive products: the answer is sorted by
// price, not by relevance ("What's your cheapest sleeping bag?").
var cheapCues = []string{"cheap", "inexpensive", "affordable", "budget", "lowest price", "least expensive",
	"barat", "económic", "economic", "asequible", "pas cher", "moins cher", "bon marché", "abordable",
	"günstig", "billig", "preiswert", "poco costos", "meno car", "conveniente", "em conta", "mais em conta",
	"goedkoop", "goedkope", "goedkoopst", "voordelig", "ucuz", "uygun fiyat", "tani", "najtańsz", "niedrog", "murah", "termurah",
	"رخيص", "أرخص", "ارخص", "дешев", "дешёв", "недорог", "бюджетн", "安い", "安価", "最安", "便宜", "实惠", "實惠", "平价", "平價",
	"저렴", "싼", "싸게", "가성비"}

// asksCheap reports whether the message asks for the cheapest products.
func asksCheap(text string) bool {
	low := strings.ToLower(text)
	return slices.ContainsFunc(cheapCues, func(c string) bool { return containsWordStart(low, c) }) || asksCheapest(text)
}

// cheapestCues ask for the single least expensive product of a kind
// ("the cheapest sleeping bag", "le moins cher", "最便宜的"), not a list
// sorted by price: every other card would break the constraint.
var cheapestCues = []string{"cheapest", "least expensive", "lowest price", "lowest-priced", "most affordable",
	"más barat", "mas barat", "más económic", "mas economic", "le moins cher", "la moins chère", "les moins chers", "les moins chères",
	"am billigsten", "am günstigsten", "billigste", "günstigste", "preiswerteste",
	"più economic", "meno car", "mais barat", "mais em conta", "mais económic", "mais econômic",
	"goedkoopst", "najtańsz", "en ucuz", "en uygun fiyat", "самый дешёв", "самый дешев", "самая дешёв", "самая дешев",
	"самое дешёв", "самое дешев", "самые дешёв", "самые дешев", "дешевле всего", "самый недорог", "самая недорог",
	"termurah", "paling murah", "أرخص", "ارخص", "一番安", "最も安", "最安", "最便宜", "最实惠", "最實惠", "最低价", "最低價",
	"가장 싼", "제일 싼", "가장 저렴", "제일 저렴"}

// asksCheapest reports whether the message asks for the single cheapest
// product.
func asksCheapest(text string) bool {
	low := strings.ToLower(text)
	return slices.ContainsFunc(cheapestCues, func(c string) bool { return containsWordStart(low, c) })
}

// cheapestOnly keeps, of products ordered cheapest first, those at the
// lowest price.
func cheapestOnly(hits []knowledge.Hit) []knowledge.Hit {
	if len(hits) == 0 {
		return hits
	}
	n := 1
	for n < len(hits) && hits[n].Price <= hits[0].Price {
		n++
	}
	return hits[:n]
}

// byPrice orders products cheapest first (stable: relevance breaks ties).
func byPrice(hits []knowledge.Hit) {
	slices.SortStableFunc(hits, func(a, b knowledge.Hit) int {
		switch {
		case a.Price < b.Price:
			return -1
		case a.Price > b.Price:
			return 1
		}
		return 0
	})
}

// nearestOnly keeps, of products ordered nearest the shopper's price range
// first, those about as near as the nearest: a €239 pack is no alternative
// to "under €100" when a €119 one exists.
func nearestOnly(hits []knowledge.Hit, f knowledge.Filters) []knowledge.Hit {
	if len(hits) < 2 {
		return hits
	}
	dist := func(p float64) float64 {
		switch {
		case f.MaxPrice != nil && p > *f.MaxPrice:
			return p - *f.MaxPrice
		case f.MinPrice != nil && p < *f.MinPrice:
			return *f.MinPrice - p
		}
		return 0
	}
	limit := dist(hits[0].Price)*1.5 + 5
	out := hits[:1]
	for _, h := range hits[1:] {
		if dist(h.Price) <= limit {
			out = append(out, h)
		}
	}
	return out
}

// kindWords are the words that decide a recommendation's product type, in
// order: the kinds asked for, their heads ("rain pants" names no type, its
// head "pants" does; the head of "sleeping bag" comes after "sleeping
// bag", which is no bag), then the message's other product words. The
// heads come before the other words: "een overbroek over mn
// wandelschoenen" wants pants, though the shoes' word names a type too.
func kindWords(terms, productWords []string) []string {
	words := slices.Clone(terms)
	for _, term := range terms {
		if f := strings.Fields(term); len(f) > 1 {
			words = append(words, f[len(f)-1])
		}
	}
	return append(words, productWords...)
}

// budgetText says the shopper's price range ("under €100.00") in the reply
// language, or "" without one.
func (t *turn) budgetText(f knowledge.Filters) string {
	cur := t.shop.Currency
	switch {
	case f.MinPrice != nil && f.MaxPrice != nil:
		return t.t("recommend_price_between", map[string]any{"Min": formatMoney(*f.MinPrice, cur), "Max": formatMoney(*f.MaxPrice, cur)})
	case f.MaxPrice != nil:
		return t.t("recommend_price_under", map[string]any{"Price": formatMoney(*f.MaxPrice, cur)})
	case f.MinPrice != nil:
		return t.t("recommend_price_over", map[string]any{"Price": formatMoney(*f.MinPrice, cur)})
	}
	return ""
}

// asksCategoryOnly reports whether the message is a bare request for a
// product category ("Do you have tents?", "¿Tenéis mochilas?"): every
// content word it has belongs to the category's name in the glossary, so
// it asks for products, not for a policy or care page that mentions them.
func (t *turn) asksCategoryOnly() bool {
	if len(glossary.Terms(t.text)) == 0 || t.u.Ents.OrderNumber != "" {
		return false
	}
	for _, w := range t.u.Ents.ProductWords {
		if len(glossary.Terms(w)) == 0 && !isCategoryPart(w, t.text) {
			return false
		}
	}
	return true
}

// isCategoryPart reports whether word belongs to a multi-word category the
// message names ("sac" and "dos" of "sac à dos", "sleeping" of "sleeping
// bag").
func isCategoryPart(word, text string) bool {
	return slices.ContainsFunc(glossary.Stems(text), func(stem string) bool { return strings.Contains(stem, word) })
}

// colorNames are the basic colours (the entity extractor's canonical
// English) as replies name them in each supported language.
var colorNames = map[string]map[string]string{
	"de":      {"red": "rot", "blue": "blau", "navy": "marineblau", "green": "grün", "black": "schwarz", "white": "weiß", "yellow": "gelb", "pink": "rosa", "purple": "lila", "orange": "orange", "grey": "grau", "brown": "braun", "beige": "beige"},
	"es":      {"red": "rojo", "blue": "azul", "navy": "azul marino", "green": "verde", "black": "negro", "white": "blanco", "yellow": "amarillo", "pink": "rosa", "purple": "morado", "orange": "naranja", "grey": "gris", "brown": "marrón", "beige": "beis"},
	"fr":      {"red": "rouge", "blue": "bleu", "navy": "bleu marine", "green": "vert", "black": "noir", "white": "blanc", "yellow": "jaune", "pink": "rose", "purple": "violet", "orange": "orange", "grey": "gris", "brown": "marron", "beige": "beige"},
	"it":      {"red": "rosso", "blue": "blu", "navy": "blu navy", "green": "verde", "black": "nero", "white": "bianco", "yellow": "giallo", "pink": "rosa", "purple": "viola", "orange": "arancione", "grey": "grigio", "brown": "marrone", "beige": "beige"},
	"pt":      {"red": "vermelho", "blue": "azul", "navy": "azul-marinho", "green": "verde", "black": "preto", "white": "branco", "yellow": "amarelo", "pink": "rosa", "purple": "roxo", "orange": "laranja", "grey": "cinza", "brown": "marrom", "beige": "bege"},
	"nl":      {"red": "rood", "blue": "blauw", "navy": "marineblauw", "green": "groen", "black": "zwart", "white": "wit", "yellow": "geel", "pink": "roze", "purple": "paars", "orange": "oranje", "grey": "grijs", "brown": "bruin", "beige": "beige"},
	"pl":      {"red": "czerwony", "blue": "niebieski", "navy": "granatowy", "green": "zielony", "black": "czarny", "white": "biały", "yellow": "żółty", "pink": "różowy", "purple": "fioletowy", "orange": "pomarańczowy", "grey": "szary", "brown": "brązowy", "beige": "beżowy"},
	"ru":      {"red": "красный", "blue": "синий", "navy": "тёмно-синий", "green": "зелёный", "black": "чёрный", "white": "белый", "yellow": "жёлтый", "pink": "розовый", "purple": "фиолетовый", "orange": "оранжевый", "grey": "серый", "brown": "коричневый", "beige": "бежевый"},
	"tr":      {"red": "kırmızı", "blue": "mavi", "navy": "lacivert", "green": "yeşil", "black": "siyah", "white": "beyaz", "yellow": "sarı", "pink": "pembe", "purple": "mor", "orange": "turuncu", "grey": "gri", "brown": "kahverengi", "beige": "bej"},
	"ar":      {"red": "أحمر", "blue": "أزرق", "navy": "كحلي", "green": "أخضر", "black": "أسود", "white": "أبيض", "yellow": "أصفر", "pink": "وردي", "purple": "بنفسجي", "orange": "برتقالي", "grey": "رمادي", "brown": "بني", "beige": "بيج"},
	"ja":      {"red": "赤", "blue": "青", "navy": "ネイビー", "green": "緑", "black": "黒", "white": "白", "yellow": "黄色", "pink": "ピンク", "purple": "紫", "orange": "オレンジ", "grey": "グレー", "brown": "茶色", "beige": "ベージュ"},
	"ko":      {"red": "빨간색", "blue": "파란색", "navy": "네이비", "green": "초록색", "black": "검정색", "white": "흰색", "yellow": "노란색", "pink": "분홍색", "purple": "보라색", "orange": "주황색", "grey": "회색", "brown": "갈색", "beige": "베이지"},
	"zh-Hans": {"red": "红色", "blue": "蓝色", "navy": "藏青色", "green": "绿色", "black": "黑色", "white": "白色", "yellow": "黄色", "pink": "粉色", "purple": "紫色", "orange": "橙色", "grey": "灰色", "brown": "棕色", "beige": "米色"},
	"zh-Hant": {"red": "紅色", "blue": "藍色", "navy": "藏青色", "green": "綠色", "black": "黑色", "white": "白色", "yellow": "黃色", "pink": "粉紅色", "purple": "紫色", "orange": "橙色", "grey": "灰色", "brown": "棕色", "beige": "米色"},
	"id":      {"red": "merah", "blue": "biru", "navy": "biru dongker", "green": "hijau", "black": "hitam", "white": "putih", "yellow": "kuning", "pink": "merah muda", "purple": "ungu", "orange": "oranye", "grey": "abu-abu", "brown": "cokelat", "beige": "krem"},
}

// colorName is a basic colour in the reply language (English, or the
// canonical word itself, where no name is known).
func colorName(canon, lang string) string {
	if n := colorNames[lang][canon]; n != "" {
		return n
	}
	return canon
}

// pickers lets the shopper choose the size and colour on a product card
// before adding it to the cart: the product's options and variants, in the
// reply language where the shop translated them, and the name of the
// variant the card adds now. f may be nil (it is then read from the index).
func (t *turn) pickers(c *Card, f *knowledge.ProductFacts) {
	if f == nil {
		var err error
		if f, err = t.e.index.ProductFacts(t.ctx, t.shop.Domain, c.ProductID, "", t.reply.Language); err != nil {
			t.logErr("product card variants", err)
			return
		}
		if f == nil {
			return
		}
	}
	for _, v := range f.Variants {
		if v.ID == c.VariantID && v.Title != "" && v.Title != "Default Title" {
			c.VariantTitle = v.Title
		}
	}
	if len(f.Variants) < 2 {
		return
	}
	for _, o := range f.Options {
		name := o.Name
		switch optionKind(o.Name) {
		case "size":
			name = t.t("option_size", nil)
		case "color":
			name = t.t("option_color", nil)
		}
		c.Options = append(c.Options, db.CardOption{Name: name, Values: o.Values})
	}
	for _, v := range f.Variants {
		cv := db.CardVariant{ID: v.ID, Title: v.Title, Price: strconv.FormatFloat(v.Price, 'f', 2, 64), Available: v.Available}
		for _, o := range f.Options {
			cv.Options = append(cv.Options, v.Options[o.Name])
		}
		c.Variants = append(c.Variants, cv)
	}
}

// giftCues ask for a present ("idée cadeau", "送朋友礼物"); stores tag the
// products they suggest as gifts "gift".
var giftCues = []string{"gift", "present for", "cadeau", "regalo", "presente", "geschenk", "kado", "hediye", "prezent", "hadiah",
	// Small gifts: "um presentinho", "un regalito", "un pensierino".
	"presentinho", "lembrancinha", "regalito", "regalino", "pensierino", "petit cadeau",
	"подар", "هدية", "هدايا", "礼物", "禮物", "礼品", "禮品", "プレゼント", "ギフト", "贈り物", "선물"}

// cardCues name a card: "gift card", "carte cadeau", "礼品卡" ask for the
// gift card itself.
var cardCues = []string{"card", "carte", "tarjeta", "karte", "carta", "cartão", "cartao", "kaart", "kart", "karta", "kartu",
	"карт", "بطاقة", "卡", "カード", "카드", "voucher", "bon cadeau", "gutschein", "buono", "vale"}

// chooseCues say the receiver of a present is to pick it themselves
// ("wil hem zelf laten kiezen", "想讓他自己挑"): the gift card is the
// present then.
var chooseCues = []string{"choose for himself", "choose for herself", "choose themselves", "pick for himself", "pick for herself",
	"choose himself", "choose herself", "let him choose", "let her choose", "let them choose", "let him pick", "let her pick",
	"zelf laten kiezen", "zelf kiezen", "zelf uitkiezen", "selbst aussuchen", "selbst auswählen", "selbst wählen", "choisir lui-même",
	"choisir elle-même", "choisisse lui-même", "choisisse elle-même", "qu'il choisisse", "qu'elle choisisse", "que él elija", "que ella elija",
	"elija él", "elija ella", "que elija", "scegliere da solo", "scegliere da sola", "scelga lui", "scelga lei", "che scelga",
	"escolher sozinho", "escolher sozinha", "ele escolher", "ela escolher", "que ele escolha", "que ela escolha", "kendisi seçsin",
	"kendi seçsin", "kendisi seçebilsin", "sam wybrał", "sama wybrała", "sam sobie wybrał", "сам выбрал", "сама выбрала", "сам выберет",
	"сама выберет", "memilih sendiri", "pilih sendiri", "自己挑", "自己选", "自己選", "自分で選", "직접 고르", "스스로 고르", "يختار بنفسه",
	"تختار بنفسها"}

// asksChosenGift reports whether the shopper wants a present its receiver
// picks: a gift cue with a choose cue.
func asksChosenGift(text string) bool {
	low := strings.ToLower(text)
	return slices.ContainsFunc(giftCues, func(c string) bool { return containsWordStart(low, c) }) &&
		slices.ContainsFunc(chooseCues, func(c string) bool { return strings.Contains(low, c) })
}

// asksGiftIdea reports whether the shopper asks for a present without
// naming a category or the gift card: the catalog's products tagged as
// gifts, not the gift card the word "cadeau" reads as a product type.
func asksGiftIdea(text string) bool {
	low := strings.ToLower(text)
	return len(glossary.Terms(text)) == 0 && slices.ContainsFunc(giftCues, func(c string) bool { return containsWordStart(low, c) }) &&
		!slices.ContainsFunc(cardCues, func(c string) bool { return containsWordStart(low, c) })
}

// ofAskedKind drops, of the products of the type the shopper asked for,
// those whose own title names another kind: stores file a pillow under
// Sleeping Pads, but "a sleeping mat" does not ask for it. A product
// whose title names no kind, or the asked kind's head ("rain jacket" for
// "jacket"), stays; nothing is dropped when nothing would stay.
func ofAskedKind(hits []knowledge.Hit, asked []string) []knowledge.Hit {
	if kept := keptOfKind(hits, asked); len(kept) > 0 {
		return kept
	}
	return hits
}

// keptOfKind is ofAskedKind without its fallback: none when every product
// names another kind.
func keptOfKind(hits []knowledge.Hit, asked []string) []knowledge.Hit {
	if len(asked) == 0 {
		return hits
	}
	heads := make([]string, 0, len(asked))
	for _, a := range asked {
		heads = append(heads, termHead(a))
	}
	return slices.DeleteFunc(slices.Clone(hits), func(h knowledge.Hit) bool {
		own := glossary.Terms(h.Title)
		return len(own) > 0 && !slices.ContainsFunc(own, func(o string) bool { return slices.Contains(heads, termHead(o)) })
	})
}

// outerLayers are the kinds (glossary heads) worn over the torso that
// stand in for one another when none of the asked one is in the budget.
var outerLayers = map[string]bool{"jacket": true, "vest": true, "parka": true, "shell": true, "fleece": true, "hoodie": true, "poncho": true}

// overBudgetOfKind is, when no product in the shopper's price range is of
// the asked kind or takes the party ("an Isomatte under €100" finds only
// the pillow filed with the mats, "a tent for four under €400" only the
// 2-person tent), the products outside the range that are: the nearest
// price then answers. None when some product in the range fits, or no
// range was given.
func (t *turn) overBudgetOfKind(req knowledge.RecommendRequest, hits []knowledge.Hit, party int) []knowledge.Hit {
	f := req.Filters
	if f.MinPrice == nil && f.MaxPrice == nil || len(hits) == 0 {
		return nil
	}
	terms := glossary.Terms(t.text)
	fits := func(hs []knowledge.Hit) []knowledge.Hit {
		if f.ProductType != "" {
			hs = keptOfKind(hs, terms)
		}
		return fitParty(hs, party)
	}
	outer := func(terms []string) bool {
		return slices.ContainsFunc(terms, func(a string) bool { return outerLayers[termHead(a)] })
	}
	if outer(terms) && slices.ContainsFunc(hits, func(h knowledge.Hit) bool { return outer(glossary.Terms(h.Title)) }) {
		// "a warm jacket under €200": the insulated vest in the budget
		// is worn in its place; a pillow is no sleeping mat.
		return nil
	}
	if len(fits(hits)) > 0 {
		return nil
	}
	alt := req
	alt.Filters.MinPrice, alt.Filters.MaxPrice = nil, nil
	alt.Limit = max(alt.Limit, 20)
	return fits(t.findProducts(alt))
}

// termHead is the last word of a glossary term ("bag" of "sleeping bag").
func termHead(term string) string {
	f := strings.Fields(term)
	if len(f) == 0 {
		return term
	}
	return f[len(f)-1]
}

// quantityVariant points a recommended product at the variant of the
// amount the shopper names ("de 750 ml", "на литр"), keeping the hit's
// other option values (the asked colour) where a variant has them: the
// card and the line then say that variant's price. It returns the facts
// read (nil when the message names no amount) and whether it picked.
func (t *turn) quantityVariant(h *knowledge.Hit) (*knowledge.ProductFacts, bool) {
	if !namesAmount(t.text) {
		return nil, false
	}
	f, err := t.e.index.ProductFacts(t.ctx, t.shop.Domain, h.ProductID, "", t.reply.Language)
	if err != nil {
		t.logErr("product card variants", err)
		return nil, false
	}
	if f == nil {
		return nil, false
	}
	var current *knowledge.VariantFact
	for i := range f.Variants {
		if f.Variants[i].ID == h.VariantID {
			current = &f.Variants[i]
		}
	}
	var best *knowledge.VariantFact
	bestScore := -1
	for i := range f.Variants {
		v := &f.Variants[i]
		amount, same := false, 0
		for _, o := range f.Options {
			switch {
			case quantityIn(t.text, v.Original[o.Name]):
				amount = true
			case current != nil && v.Original[o.Name] == current.Original[o.Name]:
				same++
			}
		}
		score := same * 2
		if v.Available {
			score++
		}
		if amount && score > bestScore {
			best, bestScore = v, score
		}
	}
	if best == nil {
		return f, false
	}
	h.VariantID, h.VariantTitle, h.Price, h.CompareAtPrice, h.Available = best.ID, best.Title, best.Price, best.CompareAtPrice, best.Available
	return f, true
}

// namesAmount reports whether text has a digit or a number word before a
// unit: the cheap test before quantityVariant reads a product's variants.
func namesAmount(text string) bool {
	low := strings.ToLower(text)
	if strings.ContainsAny(low, "0123456789") {
		return true
	}
	for _, ws := range unitWords {
		if slices.ContainsFunc(ws, func(w string) bool { return strings.Contains(low, w) }) {
			return true
		}
	}
	for _, ws := range unitStems {
		if slices.ContainsFunc(ws, func(w string) bool { return strings.Contains(low, w) }) {
			return true
		}
	}
	return false
}
