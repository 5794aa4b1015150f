package assistant

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"shopassist/assistant/actions"
	"shopassist/assistant/entities"
	"shopassist/assistant/glossary"
	"shopassist/assistant/intent"
	"shopassist/assistant/lang"
	"shopassist/db"
	"shopassist/knowledge"
)

// recommendLimit is how many product cards a recommendation shows.
const recommendLimit = 3

// filters turns the message's entities into index filters.
func (t *turn) filters() knowledge.Filters {
	var f knowledge.Filters
	ents := t.u.Ents
	if p := ents.Price; p != nil && (p.Currency == "" || strings.EqualFold(p.Currency, t.shop.Currency)) {
		if p.Min > 0 {
			v := p.Min
			f.MinPrice = &v
		}
		if p.Max > 0 {
			v := p.Max
			f.MaxPrice = &v
		}
	}
	if len(ents.Colors) > 0 || len(ents.Sizes) > 0 {
		f.Options = map[string][]string{}
		for _, c := range ents.Colors {
			f.Options["color"] = append(f.Options["color"], strings.ToLower(c))
		}
		for _, s := range ents.Sizes {
			f.Options["size"] = append(f.Options["size"], strings.ToLower(strings.TrimPrefix(s, "EU ")))
		}
	}
	return f
}

// recommend suggests in-stock products matching the shopper's words and
// filters; a logged-in customer with no words gets suggestions seeded by
// past purchases.
func (t *turn) recommend() {
	if asksFit(t.text) || t.namedProductQuestion() {
		t.productQuestion()
		return
	}
	query := t.u.productQuery(t.text)
	if len(t.u.Ents.ProductWords) == 0 {
		query = ""
	}
	f := t.filters()
	// The category in any language ("Rucksack", "背包", "sac à dos") is a
	// constraint, not just a ranking word: the catalog's own product types
	// decide which products are backpacks.
	words := kindWords(glossary.Terms(t.text), t.u.Ents.ProductWords)
	if pt, err := t.e.index.ProductType(t.ctx, t.shop.Domain, words, t.reply.Language); err != nil {
		t.logErr("product type", err)
	} else {
		f.ProductType = pt
	}
	if cat := t.categoryWord(); cat != "" && f.ProductType != "" && !strings.Contains(strings.ToLower(f.ProductType), cat) {
		f.ProductType = t.categoryType(f.ProductType, cat)
	}
	gift := asksGiftIdea(t.text)
	if asksChosenGift(t.text) {
		// "wil hem zelf laten kiezen": the gift card, whatever other
		// kind the words read.
		gift = false
		if pt, err := t.e.index.ProductType(t.ctx, t.shop.Domain, []string{"gift card"}, "en"); err != nil {
			t.logErr("gift card type", err)
		} else if pt != "" {
			f.ProductType, query = pt, ""
		}
	}
	if gift {
		// "idée cadeau moins de 20 €": the products the shop tags as
		// gifts, in the budget; "cadeau" would read the gift cards' type,
		// and the other words ("randonneur") name no product. Cleared
		// before the required words, which keep a use the shopper names
		// ("iets voor bij het koken") only when no type was read.
		f.ProductType, query = "", ""
	}
	f.Words = t.needsOfKind(f.ProductType, t.requiredWords(f.ProductType))
	f.ProductType = t.typeOfWords(f.ProductType, f.Words)
	if gift {
		f.Words = append(f.Words, "gift")
	}
	f.ExcludeIDs = append(f.ExcludeIDs, t.state.Shown...)
	if t.req.ProductID != 0 && asksCompanion(t.text) {
		// "something for my legs to go with it": the product on
		// screen is what the others go with, not one of them.
		f.ExcludeIDs = append(f.ExcludeIDs, t.req.ProductID)
	}
	req := knowledge.RecommendRequest{Query: query, Lang: t.reply.Language, Filters: f, Limit: recommendLimit}
	cheap := asksCheap(t.text)
	if cheap {
		// "the cheapest sleeping bag": every product of the category,
		// ranked by price (the words would keep only those translated
		// into the shopper's language).
		req.Limit = 20
		if f.ProductType != "" {
			req.Query = ""
		}
	}
	party := partySize(t.text)
	if party > 0 {
		// "a tent for 4": every product of the category, then those
		// that take the party (forParty); the words would keep only the
		// products translated into the shopper's language.
		req.Limit = max(req.Limit, 20)
		if f.ProductType != "" {
			req.Query = ""
		}
	}
	if query == "" && t.req.CustomerID != 0 {
		req.SeedProductIDs = t.purchasedProducts()
	}
	req = t.withoutKids(t.withSeason(req))
	f = req.Filters
	hits := t.findProducts(req)
	if len(hits) == 0 && len(t.state.Shown) > 0 {
		// Everything matching was shown already: show it again rather
		// than nothing.
		req.Filters.ExcludeIDs = nil
		hits = t.findProducts(req)
	}
	if len(hits) == 0 {
		// "een hoofdlamp of lantaarn" under €45: the first kind decided
		// the search and none of it is in the budget; another kind asked
		// for with it may be.
		hits = t.otherKinds(req, nil)
	}
	if f.ProductType != "" {
		hits = ofAskedKind(hits, glossary.Terms(t.text))
	}
	hits = namedSiblings(t.text, hits)
	relaxed := ""
	if over := t.overBudgetOfKind(req, hits, party); len(over) > 0 {
		// What the budget leaves is of another kind or too small: the
		// asked kind at the nearest price answers.
		hits, relaxed = over, "price"
	}
	if len(hits) == 0 {
		// Nothing meets every constraint: drop them one at a time, the
		// least essential first, and say which one the nearest products
		// miss.
		for _, step := range []string{"price", "options", "words", "type"} {
			alt := req
			switch step {
			case "price":
				if f.MinPrice == nil && f.MaxPrice == nil {
					continue
				}
				alt.Filters.MinPrice, alt.Filters.MaxPrice = nil, nil
				alt.Limit = 10
			case "options":
				if len(f.Options) == 0 {
					continue
				}
				alt.Filters.Options = nil
			case "words":
				if len(f.Words) == 0 {
					continue
				}
				alt.Filters.Words = nil
			case "type":
				if f.ProductType == "" {
					continue
				}
				alt.Filters.ProductType = ""
			}
			if hits = t.findProducts(alt); len(hits) > 0 {
				relaxed = step
				break
			}
		}
	}
	if len(hits) == 0 || relaxed != "" {
		// Nothing met every constraint: a demand signal either way.
		t.stats.noMatch = true
		t.signal(db.SignalNoMatch, 0, 0, t.constraintLabel(f))
	}
	if len(hits) == 0 {
		t.failed = true
		t.say(t.t("recommend_no_matches", nil))
		return
	}
	if party > 0 {
		hits = forParty(hits, party)
		if !cheap {
			// The cheap path sorts by price and cuts below.
			hits = hits[:min(len(hits), recommendLimit)]
		}
	}
	if relaxed == "" && party == 0 && !cheap && !gift {
		hits = t.withOtherKinds(req, hits)
	}
	if cheap && relaxed != "price" {
		byPrice(hits)
		hits = hits[:min(len(hits), recommendLimit)]
		if asksCheapest(t.text) {
			hits = cheapestOnly(hits)
		}
	}
	if p := t.u.Ents.Price; p != nil && p.Currency != "" && !strings.EqualFold(p.Currency, t.shop.Currency) {
		// A budget in another currency: there are no exchange rates, so
		// the budget is not applied (filters) and the reply says why.
		t.say(t.t("recommend_other_currency", map[string]any{"Currency": t.shop.Currency}))
	}
	switch relaxed {
	case "":
		t.say(t.t("recommend_intro", nil))
		if desc := t.describeFilters(f); desc != "" {
			t.say(t.t("recommend_filters", map[string]any{"Filters": desc}))
		}
	case "price":
		// Say that nothing is in the budget, then only the products
		// nearest to it, each with its price: the reason it is shown.
		nearestPrice(hits, f)
		hits = nearestOnly(hits, f)
		hits = hits[:min(len(hits), recommendLimit)]
		t.say(t.t("recommend_none_budget", map[string]any{"Budget": t.budgetText(f)}))
		t.say(t.t("recommend_closest", map[string]any{"Reason": hits[0].Title + " — " + formatMoney(hits[0].Price, t.currency(hits[0]))}))
	default:
		if (relaxed == "words" || relaxed == "type") && t.kindNotCarried(f) {
			// "windbreaker under 100" when no wind jacket is on sale: the
			// kind is missing, not the budget; products of the same type
			// ("words" dropped: other jackets) are near alternatives,
			// products of any type ("type" dropped) are not.
			t.say(t.t("recommend_kind_not_carried", nil))
			if relaxed == "type" {
				return
			}
		} else {
			t.say(t.t("recommend_none_exact", nil))
		}
		h := hits[0]
		reason := h.Title
		if h.VariantTitle != "" && h.VariantTitle != "Default Title" {
			reason += " (" + h.VariantTitle + ")"
		}
		t.say(t.t("recommend_closest", map[string]any{"Reason": reason + " — " + formatMoney(h.Price, t.currency(h))}))
	}
	for _, h := range hits {
		facts, picked := t.quantityVariant(&h)
		card := t.productCard(h)
		t.pickers(&card, facts)
		t.reply.Cards = append(t.reply.Cards, card)
		t.signal(db.SignalRecommended, h.ProductID, 0, "")
		line := t.withLatinLine(h)
		if (len(f.Options) > 0 || picked) && card.VariantTitle != "" {
			// The asked colour or size: say which variant the card adds.
			line += " (" + card.VariantTitle + ")"
		}
		t.say("• " + line + " — " + formatMoney(h.Price, t.currency(h)))
		if when := t.availabilityNote(h); when != "" {
			t.say(when)
		}
		t.state.RememberShown(h.ProductID)
	}
}

// withOtherKinds adds to hits the best product of each other kind the
// message asks for with a conjunction (glossary.Joined) when no product
// shown is of it ("eine Stirnlampe und
// einen Kompass": the compass decided the type, the headlamp is
// searched by its English term), in the same budget and options. The
// first kind keeps the other cards.
func (t *turn) withOtherKinds(req knowledge.RecommendRequest, hits []knowledge.Hit) []knowledge.Hit {
	if len(hits) == 0 {
		return hits
	}
	extra := t.otherKinds(req, hits)
	if len(extra) == 0 {
		return hits
	}
	keep := max(1, recommendLimit-len(extra))
	return append(hits[:min(len(hits), keep)], extra...)
}

// otherKinds is the best product, in req's budget and options, of each
// kind the message joins with a conjunction (glossary.Joined) that no
// product of hits is of; none when the message joins no kinds.
func (t *turn) otherKinds(req knowledge.RecommendRequest, hits []knowledge.Hit) []knowledge.Hit {
	terms := glossary.Joined(t.text)
	if len(terms) < 2 {
		return nil
	}
	var extra []knowledge.Hit
	for _, term := range terms {
		if slices.ContainsFunc(append(slices.Clone(hits), extra...), func(h knowledge.Hit) bool { return len(keptOfKind([]knowledge.Hit{h}, []string{term})) > 0 }) {
			continue
		}
		alt := req
		alt.Query, alt.Lang, alt.DisplayLang = term, "en", t.reply.Language
		alt.Filters.ProductType, alt.Filters.Words = "", nil
		alt.Filters.ExcludeIDs = slices.Clone(req.Filters.ExcludeIDs)
		for _, h := range hits {
			alt.Filters.ExcludeIDs = append(alt.Filters.ExcludeIDs, h.ProductID)
		}
		found, err := t.e.index.Recommend(t.ctx, t.shop.Domain, alt)
		if err != nil {
			t.logErr("other kind", err)
			return extra
		}
		// Only a product whose own title names the kind: the search
		// words also match descriptions.
		found = slices.DeleteFunc(found, func(h knowledge.Hit) bool {
			return !slices.ContainsFunc(glossary.Terms(h.Title), func(o string) bool { return termHead(o) == termHead(term) })
		})
		if len(found) > 0 {
			extra = append(extra, found[0])
		}
	}
	return extra
}

// whenCues ask when a product would come ("Wanneer zou het er zijn?",
// "when would it arrive?").
var whenCues = []string{"when would", "when will", "when can i", "when could i", "when does it", "how long until", "how soon",
	"wanneer", "wann", "quand", "cuándo", "cuando llega", "quando", "ne zaman", "kiedy", "когда", "kapan", "متى", "いつ",
	"什么时候", "什麼時候", "何时", "何時", "多久", "언제"}

// availabilityNote is, when the shopper asks when products would come,
// the recommended product's own pre-order or restock passage in the
// reply language ("Pre-order: wordt binnen 3–4 weken verzonden"), or "".
func (t *turn) availabilityNote(h knowledge.Hit) string {
	low := strings.ToLower(t.text)
	if !slices.ContainsFunc(whenCues, func(c string) bool { return containsWordStart(low, c) }) {
		return ""
	}
	facts, err := t.e.index.ProductFacts(t.ctx, t.shop.Domain, h.ProductID, "in stock", t.reply.Language)
	if err != nil {
		t.logErr("availability note", err)
		return ""
	}
	if facts == nil || !facts.Matched || len(facts.Details) == 0 || facts.Lang != t.reply.Language {
		return ""
	}
	return facts.Details[0]
}

// waterproofCues ask for waterproof products in the supported languages;
// "water" alone does not (water bottles, water filters).
var waterproofCues = []string{"waterproof", "rainproof", "wasserdicht", "regendicht", "impermeable", "imperméable", "impermeabile",
	"impermeável", "impermeáve", "à prova d'água", "à prova de água", "waterdicht", "waterdichte", "su geçirmez", "wodoodporn",
	"nieprzemakaln", "tahan air", "anti air", "kedap air", "antipioggia", "مقاوم للماء", "مقاومة للماء", "مقاوم للمطر", "مقاومة للمطر", "ضد الماء", "водонепрониц", "непромока", "防水", "방수"}

// sunCues ask for sun protection; the catalog tags such products
// "sun-protection" (the UPF hoodie, the sun cap).
var sunCues = []string{"sun protection", "sun-protection", "upf", "protezione solare", "protection solaire", "anti-uv", "anti uv", "protección solar",
	"sonnenschutz", "uv-schutz", "proteção solar", "protecção solar", "zonbescherming", "uv-bescherming", "güneş koruma", "ochrona przeciwsłoneczn",
	"ochrona uv", "perlindungan matahari", "pelindung matahari", "защита от солнца", "солнцезащит", "حماية من الشمس", "واقي من الشمس",
	"防晒", "防曬", "日焼け", "紫外線", "uvカット", "자외선", "햇빛 차단",
	// A UV filter in the fabric: "bluza z filtrem UV", "camiseta con filtro UV".
	"uv filter", "uv-filter", "filtrem uv", "filtr uv", "filtro uv", "filtre uv", "uv-filtre", "uv filtresi", "фильтром uv", "защитой от uv",
	"uv-schutz", "uv-bescherming", "proteção uv", "protección uv", "protezione uv", "protection uv", "uv protection",
	// Said as a verb: "pra proteger do sol", "to protect from the sun".
	"protect from the sun", "protects from the sun", "proteger do sol", "proteger del sol", "protegerme del sol", "protéger du soleil",
	"proteggere dal sole", "proteggermi dal sole", "vor der sonne schütz", "beschermen tegen de zon", "güneşten koru",
	"blocks the sun", "block the sun", "blocking the sun", "sun-blocking", "keeps the sun off", "bloquea el sol", "bloque le soleil",
	"blocca il sole", "bloqueia o sol", "houdt de zon tegen", "hält die sonne ab", "güneşi engelle", "blokuje słońce", "menghalangi matahari",
	"chronić przed słońcem", "chroni przed słońcem", "melindungi dari matahari", "защищать от солнца", "защиты от солнца"}

// kidsCues ask for children's products.
var kidsCues = []string{"kid", "child", "children", "niño", "niña", "infantil", "enfant", "kinder", "bambin", "criança",
	"kinderen", "çocuk", "dziec", "dziecię", "anak", "أطفال", "طفل", "дет", "ребён", "ребен", "子供", "キッズ", "儿童", "孩子", "兒童",
	"아이", "어린이", "아동"}

// childWords name the shopper's child ("mijn dochter", "kızım").
var childWords = []string{"daughter", "my son", "our son", "dochter", "zoon", "tochter", "sohn", "fils", "hija", "hijo", "figlia", "figlio",
	"filha", "filho", "kızım", "kızıma", "oğlum", "oğluma", "córka", "córki", "synek", "putri", "putra", "дочь", "дочери",
	"дочке", "сын", "сына", "сыну", "息子", "女儿", "儿子", "女兒", "兒子", "딸", "아들", "ابنتي", "ابني", "ولدي", "بنتي", "طفلي", "طفلتي"}

// turnsAgeRE is a birthday said with its verb ("he turns 9", "wird 10",
// "cumple 8 años", "исполнилось 7").
var turnsAgeRE = regexp.MustCompile(`(?:\bturn(?:s|ed|ing)?|\bwird|\bwordt|\bcumple|\bcompie|\bcompleta|\bkończy|исполнилось|исполняется)\s+(\d{1,2})\b`)

// childAgeRE is an age said as an age ("a 10 year old", "8 yaşında",
// "6歳の", "8살짜리"), not a duration ("cassée après 3 ans").
var childAgeRE = regexp.MustCompile(`(?:^|[^\d])(\d{1,2})\s*-?\s*(?:years? old|year-old|yo\b|jährig|jarige|yaşında|yaşına|-?летн|歳の|歳にな|岁的|岁了|歲的|歲了|살짜리|살 아이|살이 돼|살이 된)`)

// childNamed reports whether the message says the product is for a child:
// the shopper's son or daughter, or an age under 15.
func childNamed(low string) bool {
	for _, w := range childWords {
		if spacedWord(w) && !strings.Contains(w, " ") && containsWord(low, w) || (!spacedWord(w) || strings.Contains(w, " ")) && strings.Contains(low, w) {
			return true
		}
	}
	for _, m := range append(childAgeRE.FindAllStringSubmatch(low, -1), turnsAgeRE.FindAllStringSubmatch(low, -1)...) {
		if n, err := strconv.Atoi(m[1]); err == nil && n < 15 {
			return true
		}
	}
	return false
}

// seasonCues name the season a product is for; the catalog tags products
// "winter" and "summer" ("a jacket for hiking in winter", "veste chaude pour
// l'hiver", "冬天穿的外套"). Word starts, so inflections count (zimowa,
// kışlık, зимн-); the French summer is written with its article because
// "été" alone is also "been".
var seasonCues = map[string][]string{
	"winter": {"winter", "invierno", "invernal", "hiver", "hivern", "inverno", "invernal", "zim", "kış", "зим", "musim dingin",
		"شتاء", "الشتاء", "شتوي", "冬", "겨울"},
	"summer": {"summer", "verano", "veranieg", "l'été", "d'été", "en été", "sommer", "estate", "estiv", "verão", "zomer", "latem", "letni",
		"yazın", "yazlık", "летн", "летом", "musim panas", "صيف", "الصيف", "صيفي", "夏", "여름",
		// Hot nights and days: "hace calor", "il fait chaud", "es ist heiß".
		"hace calor", "hará calor", "mucho calor", "il fait chaud", "il fera chaud", "fa caldo", "farà caldo", "faz calor", "fará calor",
		"es ist heiß", "wenn es heiß", "hitze", "it's hot", "it gets hot", "hot nights", "hot weather", "het is warm", "als het warm is",
		"hittegolf", "sıcak havada", "hava sıcak", "upał", "жара", "жарко", "cuaca panas", "暑い", "天热", "天熱", "炎热", "炎熱", "더운 날", "더울 때", "حر الصيف"},
}

// season is the season the message asks products for ("winter",
// "summer"), or "".
func (t *turn) season() string {
	low := strings.ToLower(t.text)
	for _, tag := range []string{"winter", "summer"} {
		if slices.ContainsFunc(seasonCues[tag], func(c string) bool { return containsWordStart(low, c) }) {
			return tag
		}
	}
	return ""
}

// withSeason makes the asked season a constraint: products tagged for it
// when the category has some ("a jacket for winter": the down jacket and
// the parka, not the rain shell), else every product but those tagged for
// the other season (a winter sleeping bag is never the +10 °C summer bag,
// and the three-season bag is no "nothing matches").
func (t *turn) withSeason(req knowledge.RecommendRequest) knowledge.RecommendRequest {
	season := t.season()
	if season == "" {
		return req
	}
	tagged := req
	tagged.Filters.Words = append(slices.Clone(req.Filters.Words), season)
	if len(t.findProducts(tagged)) > 0 {
		return tagged
	}
	other := "summer"
	if season == "summer" {
		other = "winter"
	}
	opposite := req
	opposite.Filters.Words = append(slices.Clone(req.Filters.Words), other)
	opposite.Limit = 50
	for _, h := range t.findProducts(opposite) {
		req.Filters.ExcludeIDs = append(slices.Clone(req.Filters.ExcludeIDs), h.ProductID)
	}
	return req
}

// withoutKids leaves children's products out unless the shopper asks for
// them: "a rain jacket for hiking" is not the kids' one.
func (t *turn) withoutKids(req knowledge.RecommendRequest) knowledge.RecommendRequest {
	if slices.Contains(req.Filters.Words, "kids") {
		return req
	}
	kids := req
	kids.Filters.Words = append(slices.Clone(req.Filters.Words), "kids")
	kids.Limit = 50
	for _, h := range t.findProducts(kids) {
		req.Filters.ExcludeIDs = append(slices.Clone(req.Filters.ExcludeIDs), h.ProductID)
	}
	return req
}

// requiredWords are title or tag words a recommendation must carry: an
// asked attribute the catalog marks with a tag ("veste imperméable" wants
// waterproof jackets, not the insulated vest), kids' products, and a
// category the catalog has no product type for ("hiking boots" are
// Footwear: the boots say so in their title and tags).
func (t *turn) requiredWords(productType string) []string {
	out := t.attributeWords()
	low := strings.ToLower(t.text)
	if slices.ContainsFunc(climbingCues, func(c string) bool { return containsWordStart(low, c) }) {
		out = append(out, "climbing")
	}
	if productType == "" && len(glossary.Terms(t.text)) == 0 && slices.ContainsFunc(cookingCues, func(c string) bool { return containsWordStart(low, c) }) {
		out = append(out, "cooking")
	}
	for _, n := range materialNeeds {
		if slices.ContainsFunc(n.cues, func(c string) bool { return containsWordStart(low, c) }) {
			out = append(out, n.word)
		}
	}
	if terms := glossary.Terms(t.text); len(terms) > 0 {
		// The most specific category named, when the catalog has no
		// product type for it or a broader one ("hiking boots" are
		// Footwear, like sandals): the products' titles and tags say it.
		f := strings.Fields(terms[0])
		head := f[len(f)-1]
		if productType == "" || !strings.Contains(strings.ToLower(productType), head) {
			out = append(out, head)
		}
	}
	for _, term := range glossary.Terms(t.text) {
		// A kind narrower than its type ("down jacket" among Jackets,
		// "swim shorts" among Shorts): its products carry its mark.
		if m := glossary.Mark(term); m != "" && !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	return out
}

// needsOfKind drops from a recommendation's required words the needs
// (taggedNeeds: a day out, several days, solar) that no product of the
// asked kind carries: "日帰り登山用の救急セット" wants the first aid kit,
// which no daypack tag marks. The other words stay.
func (t *turn) needsOfKind(productType string, words []string) []string {
	if !slices.ContainsFunc(taggedNeeds, func(n materialNeed) bool { return slices.Contains(words, n.word) }) ||
		len(words) < 2 && productType == "" {
		return words
	}
	probe := knowledge.RecommendRequest{Lang: t.reply.Language, Limit: 1, Filters: knowledge.Filters{ProductType: productType, Words: words}}
	if len(t.findProducts(probe)) > 0 {
		return words
	}
	for _, n := range taggedNeeds {
		if !slices.Contains(words, n.word) {
			continue
		}
		probe.Filters.Words = slices.DeleteFunc(slices.Clone(words), func(w string) bool { return w == n.word })
		if len(t.findProducts(probe)) > 0 {
			return probe.Filters.Words
		}
	}
	return words
}

// typeOfWords checks the product type guessed from the kind word against
// the required words: "防晒连帽衫" reads the type of the merino hoodie
// (Fleece), but the sun hoodie the words ask for is filed under T-Shirts.
// When no product of the type carries every required word and some
// product elsewhere does, the words alone decide.
func (t *turn) typeOfWords(productType string, words []string) string {
	if productType == "" || len(words) < 2 {
		return productType
	}
	return t.typeCarrying(productType, words)
}

// categoryType checks the product type guessed from the shopper's words
// against the category the glossary read: "cadeira de camping" reads the
// type Camp Kitchen from "camping", but the chair the shopper named is Camp
// Furniture. When no product of the type carries the category word
// (cat, the glossary's head word) and some product elsewhere does, the
// guess is wrong and the category word alone decides.
func (t *turn) categoryType(productType, cat string) string {
	if productType == "" || cat == "" {
		return productType
	}
	return t.typeCarrying(productType, []string{cat})
}

// typeCarrying is productType when a product of it carries every word,
// "" when none does but a product of another type does (the guessed type
// is wrong and the words alone decide), and productType when no product
// carries them at all.
func (t *turn) typeCarrying(productType string, words []string) string {
	probe := knowledge.RecommendRequest{Lang: t.reply.Language, Limit: 1, Filters: knowledge.Filters{ProductType: productType, Words: words}}
	if len(t.findProducts(probe)) > 0 {
		return productType
	}
	probe.Filters.ProductType = ""
	if len(t.findProducts(probe)) > 0 {
		return ""
	}
	return productType
}

// kindNotCarried reports whether the kind of product the message names
// has no product on sale at all, whatever the budget or options: its
// product type with the words that mark the kind within the type ("wind"
// of wind jackets) finds nothing.
func (t *turn) kindNotCarried(f knowledge.Filters) bool {
	var marks []string
	for _, term := range glossary.Terms(t.text) {
		if m := glossary.Mark(term); m != "" {
			marks = append(marks, m)
		}
	}
	if f.ProductType == "" && len(marks) == 0 {
		return false
	}
	probe := knowledge.RecommendRequest{Lang: t.reply.Language, Limit: 1, Filters: knowledge.Filters{ProductType: f.ProductType, Words: marks}}
	return len(t.findProducts(probe)) == 0
}

// categoryWord is the head word of the most specific category the
// glossary reads in the message ("chair" of "camp chair"), or "".
func (t *turn) categoryWord() string {
	terms := glossary.Terms(t.text)
	if len(terms) == 0 {
		return ""
	}
	f := strings.Fields(terms[0])
	return f[len(f)-1]
}

// attributeWords are the asked attributes the catalog marks with a tag:
// waterproof, kids, sun protection.
func (t *turn) attributeWords() []string {
	low := strings.ToLower(t.text)
	var out []string
	if terms := glossary.Terms(t.text); slices.Contains(terms, "rain jacket") || slices.Contains(terms, "rain pants") || slices.ContainsFunc(waterproofCues, func(c string) bool { return strings.Contains(low, c) }) {
		out = append(out, "waterproof")
	}
	if slices.ContainsFunc(kidsCues, func(c string) bool { return containsWordStart(low, c) }) || childNamed(low) {
		out = append(out, "kids")
	}
	if slices.ContainsFunc(sunCues, func(c string) bool { return containsWordStart(low, c) }) {
		out = append(out, "sun", "protection")
		// "protección solar" is sun protection, not a solar lamp.
		for _, c := range sunCues {
			low = strings.ReplaceAll(low, c, " ")
		}
	}
	for _, n := range taggedNeeds {
		if slices.ContainsFunc(n.cues, func(c string) bool { return containsWordStart(low, c) }) ||
			n.word == "multi" && manyDays(low) {
			out = append(out, n.word)
		}
	}
	return out
}

// tripDaysRE is a number of days ("a 3 day trek", "van 5 dagen", "3泊").
var tripDaysRE = regexp.MustCompile(`(?:^|[^\d])(\d{1,2})\s*-?\s*(?:days?|dagen|jours|días|dias|giorni|tage|tagen|günlük|gün|dni|dniow|hari|дн|日間|泊|天|일)`)

// manyDays reports whether the message names a trip of two days or more.
func manyDays(low string) bool {
	for _, m := range tripDaysRE.FindAllStringSubmatch(low, -1) {
		if n, err := strconv.Atoi(m[1]); err == nil && n >= 2 {
			return true
		}
	}
	return false
}

// taggedNeeds are what a product is for that the catalog says in a title or
// tag word: a day out (the daypack, not the 55-litre trekking pack), several
// days (tagged "multi-day"), charged by the sun (tagged "solar").
var taggedNeeds = []materialNeed{
	{"daypack", []string{"day hike", "day hiking", "day trip", "day-trip", "daypack", "day pack", "one-day", "one day",
		"de un día", "de un dia", "de una jornada", "d'une journée", "pour la journée", "à la journée", "tagestour", "tageswanderung",
		"tagesausflug", "tagesrucksack", "eintägig", "di un giorno", "giornalier", "in giornata", "de um dia", "bate-volta",
		"bate e volta", "dagtocht", "dagwandeling", "dagrugzak", "eendaags", "günübirlik", "bir günlük", "jednodniow",
		"całodniow", "pendakian sehari", "perjalanan sehari", "satu hari", "однодневн", "на один день", "日帰り", "一日", "当天往返", "一日游",
		"一日遊", "當天來回", "당일", "하루", "ليوم واحد", "رحلة يوم", "يوم واحد"}},
	{"multi", []string{"multi-day", "multiday", "multi day", "several days", "few days", "mehrtägig", "mehrere tage",
		"varios días", "varios dias", "plusieurs jours", "più giorni", "vari giorni", "vários dias", "varios días", "alguns dias",
		"meerdaags", "meerdere dagen", "çok günlük", "birkaç gün", "kilkudniow", "wielodniow", "beberapa hari", "многоднев",
		"несколько дней", "数日", "連泊", "多日", "几天", "幾天", "여러 날", "며칠", "عدة أيام", "لعدة أيام",
		// A week away: "bir haftalık trekking", "une semaine de rando"
		// (not "泊" alone: "テント泊" is a night in a tent, one or more).
		"a week", "one week", "week-long", "weeklong", "una semana", "une semaine", "eine woche", "einwöchig", "una settimana",
		"uma semana", "een week", "weekje", "bir hafta", "haftalık", "tydzień", "tygodniow", "неделю", "недельн", "seminggu",
		"satu minggu", "一週間", "1週間", "一周", "一週", "일주일", "أسبوع"}},
	{"solar", []string{"solar", "solaire", "recharge au soleil", "sun-powered", "sun powered", "charges in the sun",
		"charge in the sun", "charged by the sun", "sonnenenergie", "in der sonne lädt", "carga con el sol", "carga al sol",
		"carica al sole", "carrega no sol", "carrega com o sol", "zonne-energie", "op zonne", "zonnepaneel", "güneş enerj",
		"güneşle şarj", "energią słoneczną", "solarn", "tenaga surya", "solarnya", "солнечной энерги", "солнечной батаре",
		"от солнца", "ソーラー", "太陽光", "太阳能", "太陽能", "태양광", "태양열", "الطاقة الشمسية",
		// Charged in the sun, said as a clause: "dat je in de zon kan opladen".
		"in de zon kan opladen", "in de zon opladen", "in de zon oplaadt", "in de zon laadt", "met zonlicht", "ricarica al sole",
		"ricaricare al sole", "recarrega no sol", "recarrega com o sol", "recarga con el sol", "recarga al sol", "se recharge au soleil",
		"in der sonne laden", "mit sonnenlicht", "güneşte şarj", "заряжается от солнца", "太陽で充電", "太阳充电", "太陽充電",
		"햇빛으로 충전", "햇빛 충전"}},
}

// climbingCues ask for climbing products (tagged "climbing": the climbing
// shorts, not the swim shorts that share their type).
var climbingCues = []string{"climbing", "escalada", "escalar", "escalade", "klettern", "kletter", "arrampicata", "arrampicare",
	"klimmen", "klimbroek", "tırmanış", "wspinaczk", "wspinani", "panjat tebing", "memanjat", "скалолаз", "лазани", "クライミング",
	"ボルダリング", "攀岩", "클라이밍", "암벽", "تسلق",
	// Bouldering is climbing: "je fais du bloc", "bouldern".
	"bouldering", "boulder", "bouldern", "du bloc", "de bloc", "grimpe", "búlder", "boulderen", "bulder", "боулдеринг", "抱石", "볼더링"}

// cookingCues ask for something to cook with (tagged "cooking": the stove,
// the pot set and the spork), when the shopper names no kind of it.
var cookingCues = []string{"to cook", "for cooking", "cocinar", "cuisiner", "pour la cuisine", "zum kochen", "kochen", "cucinare",
	"per cucinare", "cozinhar", "koken", "om te koken", "yemek pişir", "yemek yapmak", "gotowani", "gotować", "memasak", "masak",
	"готовить", "готовки", "料理用", "料理する", "做饭", "做飯", "煮饭", "煮飯", "요리", "취사", "للطبخ", "طبخ"}

// materialNeed is one material or need (taggedNeeds): the word its
// products carry and the shopper's words for it.
type materialNeed struct {
	word string
	cues []string
}

// materialNeeds are materials the catalog names in a title or tag: "keten
// gömlek" wants the linen shirt, not every shirt; "legginsy z merynosa" the
// merino leggings, not the running tights. They narrow a recommendation
// only (requiredWords): unlike taggedNeeds they do not make "what are the
// merino socks made of?" a request for products. Wool is left out: the
// merino products do not say "wool", and "wool socks" wants them.
var materialNeeds = []materialNeed{
	{"linen", []string{"linen", "leinen", "en lin", "de lin", "lino", "linho", "linnen", "keten", "lnian", "lniany", "льнян", "лён",
		"كتان", "リネン", "麻の", "亚麻", "亞麻", "린넨", "리넨"}},
	{"flannel", []string{"flannel", "flanell", "flanelle", "franela", "flanella", "flanela", "flanel", "фланел", "فانيلا", "فلانيل",
		"フランネル", "法兰绒", "法蘭絨", "플란넬"}},
	{"merino", []string{"merino", "mérino", "merinos", "merynos", "меринос", "ميرينو", "メリノ", "美利奴", "美麗諾", "메리노"}},
	// Down fill: "śpiwór puchowy" wants the down bag, not the synthetic
	// one. English "down" alone is left out ("down the trail"), and so
	// are the words for feathers ("plumas", "ريش"), also said of what
	// the shopper does not want or of a product's fill.
	{"down", []string{"down-filled", "down filled", "down sleeping", "down bag", "down quilt", "daunen", "en duvet", "de duvet",
		"de plumón", "plumífero", "piumino", "in piuma", "donzen", "donsjas", "donsjack", "met dons", "van dons", "kaz tüyü",
		"puchow", "puchem", "пухов", "на пуху", "bulu angsa", "ダウン", "羽绒", "羽絨", "다운"}},
	{"titanium", []string{"titanium", "titan", "titane", "titanio", "titânio", "titaan", "титан", "تيتانيوم", "チタン", "钛", "鈦", "티타늄"}},
}

// asksForProducts reports whether a message the classifier placed as a
// store question, a product question or nothing names a product category
// with a constraint (colour, size, budget, waterproof, kids) and no
// product's name: a request for products.
func (t *turn) asksForProducts(in string) bool {
	wish := false
	switch in {
	case intent.FAQ, intent.Unclear, intent.OutOfScope, intent.ProductQuestion, intent.Stock:
	case intent.ShippingInfo:
		// "Macie śpiwór poniżej 250 euro? Jeśli nie, ile kosztuje
		// najtańszy?": a budget for a category, with no place, asks what
		// the products cost, not the delivery; a country or a delivery,
		// duties or returns word keeps the shipping route. (A region is
		// not asked: the matcher reads the currency "euro" as a Polish
		// form of Europe.)
		if _, named := t.destination(); t.u.Ents.Price == nil || named || knowledge.AsksServiceRule(t.text) {
			return false
		}
	default:
		// "queria uma barraca ultraleve pra 2" read as feedback, "想买个
		// 净水器" as an order question: a wish to buy a kind of product,
		// with no order or contact given, asks for products.
		// Returns, cancellations and changes keep their route: "queria
		// uma troca da jaqueta" wants an exchange.
		// "Quero uma camisa de flanela" read as a return: a wish to buy
		// with no return, refund or exchange word is no return either.
		wish = (in == intent.Feedback || in == intent.OrderStatus ||
			in == intent.ReturnRequest && !knowledge.AsksServiceRule(t.text) && !knowledge.AsksRefund(t.text) && !actions.WantsExchange(t.text)) &&
			t.u.Ents.OrderNumber == "" && t.u.contact() == "" && wantsToBuy(t.text)
		if !wish {
			return false
		}
	}
	// A wish to buy names the product it wants ("Ik wil een titanium
	// lepel": the Titanium Spork) and still asks for products.
	if t.req.ProductID != 0 && deictic(t.text) || !wish && t.line() != "" || len(glossary.Terms(t.text)) == 0 || t.asksService() {
		return false
	}
	if t.cartShippingCost() {
		// "dia mau beli jaket 90 euro, kena ongkir?": the product's
		// price is the order's value, and the shipping is asked.
		return false
	}
	if wish {
		return true
	}
	e := t.u.Ents
	if (in == intent.Unclear || in == intent.OutOfScope || in == intent.FAQ) && e.OrderNumber == "" && len(conceptsIn(t.text)) == 0 &&
		!knowledge.AsksServiceRule(t.text) {
		// "Recommend a lightweight tent", "macie kijki trekkingowe?": a
		// category the classifier could not place or read as a store
		// question, with no store subject or delivery or returns question,
		// is a request for products of that category.
		return true
	}
	return len(e.Colors) > 0 || len(e.Sizes) > 0 || e.Price != nil || len(t.attributeWords()) > 0 || t.season() != "" || asksCheap(t.text) ||
		partySize(t.text) > 0 || t.materialWanted() ||
		t.asksCategoryOnly() || t.asksKindNoAspect(in)
}

// asksKindNoAspect reports whether a message read as a product question
// names a kind but no product and asks none of a product's aspects (an
// attribute, options, price, fit, stock): "여행용 파우치 있나요? 짐
// 정리용으로요" says what the kind is for, and asks for the products.
func (t *turn) asksKindNoAspect(in string) bool {
	return in == intent.ProductQuestion && t.req.ProductID == 0 && (asksKindCarried(t.text) || kindForPurpose(t.text)) && !knowledge.AsksAttribute(t.text) &&
		!asksOptions(t.text) && !asksPrice(t.text) && !asksWasPrice(t.text) && !asksFit(t.text) && !knowledge.AsksStock(t.text)
}

// haveCues ask whether the shop has something ("hebben jullie", "var mı",
// "있나요"); with sellCues, whether it carries a kind at all.
var haveCues = []string{"do you have", "have you got", "do you guys have", "habt ihr", "haben sie", "gibt es bei euch", "avez-vous", "vous avez",
	"tenéis", "tienen", "tienes", "avete", "hai ", "vocês têm", "voces tem", "vocês tem", "tem ", "têm ", "hebben jullie", "heeft u", "heb je",
	"var mı", "varmı", "bulunuyor mu", "macie", "czy jest", "у вас есть", "у вас бывают", "есть ли", "ada ", "apakah ada", "punya",
	"ありますか", "あります？", "置いて", "有没有", "有沒有", "有吗", "有嗎", "있나요", "있어요", "있을까요", "있습니까", "파는",
	"هل لديكم", "عندكم", "هل يوجد", "هل عندكم"}

// existCues ask whether there is something ("gibt es eine", "is there a"):
// a kind of product when one follows, a service otherwise ("gibt es eine
// Preisgarantie?").
var existCues = []string{"is there a", "are there any", "gibt es ein", "gibt es kein", "gibt's ein", "y a-t-il un", "y a-t-il des",
	"est-ce qu'il y a un", "hay algún", "hay alguna", "hay un", "c'è un", "ci sono", "existe um", "existe uma", "há um", "há uma",
	"is er een", "zijn er", "bestaat er een"}

// asksKindAfterCue reports whether the message asks whether the shop has,
// sells or there is a kind it names right after the cue ("Gibt es eine
// Reisehängematte?", "habt ihr Zelte?"), as opposed to a service asked
// about a kind ("Gibt es einen Rabatt auf Zelte?", "do you have a
// discount on tents?").
func asksKindAfterCue(text string) bool {
	low := strings.ToLower(text) + " "
	for _, cues := range [][]string{existCues, haveCues, sellCues} {
		for _, c := range cues {
			i := indexWordStart(low, c)
			if i < 0 {
				continue
			}
			// The two words after the cue's word ("eine" of "ein"): an
			// adjective and the kind, not a service and what it is on.
			after := low[i+len(c):]
			if j := strings.IndexFunc(after, unicode.IsSpace); j >= 0 {
				after = after[j:]
			}
			rest := strings.Fields(after)
			if len(rest) > 2 {
				rest = rest[:2]
			}
			if len(glossary.Terms(strings.Join(rest, " "))) > 0 {
				return true
			}
		}
	}
	return false
}

// asksKindCarried reports whether a sentence of the message asks whether
// the shop has or sells a kind it names: "認証はありますか" after a question
// about a T-shirt asks whether there is a certificate, not T-shirts.
func asksKindCarried(text string) bool {
	for _, s := range strings.FieldsFunc(text, isSentenceEnd) {
		low := strings.ToLower(s) + " "
		if (asksSells(s) || slices.ContainsFunc(haveCues, func(c string) bool { return containsWordStart(low, c) })) && len(glossary.Terms(s)) > 0 {
			return true
		}
	}
	return false
}

// purposeCues say, right after a kind's words, what it is for: "korte
// broek om te wandelen", "Zelt zum Campen", "saco para acampar".
var purposeCues = []string{"for", "om te", "om mee te", "voor", "zum", "zur", "für", "para", "pra", "pour", "per", "dla", "do", "для",
	"untuk", "buat"}

// kindForPurpose reports whether the message opens with a kind's words
// and what the kind is for ("korte broek om te wandelen"): a shopper
// naming what they need, not asking about a product.
func kindForPurpose(text string) bool {
	low := strings.TrimSpace(strings.ToLower(text))
	for _, stem := range glossary.Stems(text) {
		at := strings.Index(low, stem)
		if at < 0 || strings.TrimSpace(low[:at]) != "" && len(strings.Fields(low[:at])) > 1 {
			continue // the kind is not what the message opens with (an article may come first)
		}
		// The rest of the kind's word ("broek" of "korte broek", "Zelte").
		rest := strings.TrimLeftFunc(low[at+len(stem):], unicode.IsLetter)
		rest = strings.TrimLeft(rest, " ,")
		if slices.ContainsFunc(purposeCues, func(c string) bool { return strings.HasPrefix(rest, c+" ") }) {
			return true
		}
	}
	return false
}

// isSentenceEnd is the punctuation that ends a sentence in the supported
// scripts.
func isSentenceEnd(r rune) bool { return strings.ContainsRune(".?!。？！؟", r) }

// materialWanted reports whether the message names a material of
// materialNeeds with a category and asks about no attribute: "메리노 레깅스
// 있어요?" wants merino leggings; "what are the merino socks made of?" asks
// the socks' data.
func (t *turn) materialWanted() bool {
	if knowledge.AsksAttribute(t.text) {
		return false
	}
	low := strings.ToLower(t.text)
	return slices.ContainsFunc(materialNeeds, func(n materialNeed) bool {
		return slices.ContainsFunc(n.cues, func(c string) bool { return containsWordStart(low, c) })
	})
}

// buyCues say the shopper wants to buy or is looking for something.
var buyCues = []string{"want to buy", "like to buy", "looking for", "i need a", "queria um", "queria uma", "quero um ", "quero uma ", "quero uns ", "quero umas ", "quero comprar", "preciso de um", "preciso de uma", "procuro", "quiero comprar", "quisiera", "busco", "necesito un", "necesito una", "quiero un ", "quiero una ", "quiero unos ", "quiero unas ", "je voudrais un", "je voudrais acheter", "je cherche",
	"j'ai besoin d'un", "ich suche", "ich brauche", "ich möchte ein", "ich will ein", "ich hätte gern", "möchte kaufen", "cerco", "vorrei un",
	"vorrei comprare", "mi serve", "ik zoek", "ik wil graag een", "ik wil een ", "arıyorum", "almak istiyorum", "ihtiyacım var", "ihtiyacımız var",
	"lazım", "szukam", "potrzebuję", "chcę kupić", "chciałbym", "chciałabym", "saya cari", "mau beli", "ingin membeli",
	"butuh", "ищу", "хочу купить", "нужен", "нужна", "нужны", "想买", "想買", "我要买", "我要買", "欲しい", "探して",
	"買いたい", "사고 싶", "사려고", "사려구", "살려고", "구매하려", "찾고 있", "필요해", "أريد شراء", "أبحث عن", "أحتاج إلى"}

// sellCues ask whether the shop sells or carries something ("verkopen
// jullie", "satıyor musunuz", "هل تبيعون"). Chinese only with the shop as
// subject or "有…卖": "卖完" is sold out.
var sellCues = []string{"do you sell", "do you carry", "do you stock", "you guys sell", "verkauft ihr", "verkaufen sie", "führt ihr",
	"vendez-vous", "vous vendez", "tu vends", "venden ", "vendéis", "vendes ", "vendete", "vendono", "vendi ", "vendem", "vende ",
	"verkopen jullie", "verkoopt u", "verkoop je", "verkopen jullie", "satıyor musunuz", "satıyor mu", "satıyorsunuz", "satışı var",
	"sprzedajecie", "sprzedają", "macie w sprzedaży", "продаёте", "продаете", "продаются", "продаётся", "продается", "в продаже",
	"menjual", "jual ", "jualan", "売って", "販売して", "扱って", "팔아", "파나요", "파세요", "파시나요", "판매하", "你们卖", "你們賣",
	"你们有卖", "你們有賣", "有没有卖", "有沒有賣", "有卖", "有賣", "تبيعون", "تبيع", "هل لديكم للبيع"}

// asksSells reports whether the message asks whether the shop sells
// something.
func asksSells(text string) bool {
	low := strings.ToLower(text) + " "
	return slices.ContainsFunc(sellCues, func(c string) bool { return containsWordStart(low, c) })
}

// wantsToBuy reports whether the message says the shopper wants to buy or
// is looking for something.
func wantsToBuy(text string) bool {
	low := strings.ToLower(text)
	return slices.ContainsFunc(buyCues, func(c string) bool { return containsWordStart(low, c) })
}

// containsWordStart reports whether cue starts a word of low (scripts
// without spaces: anywhere).
func containsWordStart(low, cue string) bool { return indexWordStart(low, cue) >= 0 }

// indexWordStart is the byte offset of the first place cue starts a word
// of low (scripts without spaces: anywhere), or -1. A Latin word written
// straight after a script without spaces starts there ("可以用apple pay嗎").
func indexWordStart(low, cue string) int {
	for i := 0; ; {
		j := strings.Index(low[i:], cue)
		if j < 0 {
			return -1
		}
		j += i
		r, _ := utf8.DecodeLastRuneInString(low[:j])
		first, _ := utf8.DecodeRuneInString(cue)
		if j == 0 || !unicode.IsLetter(r) || unspaced(r) || first > unicode.MaxLatin1 && !unicode.Is(unicode.Latin, first) && !unicode.Is(unicode.Cyrillic, first) {
			return j
		}
		i = j + len(cue)
	}
}

// findProducts runs a recommendation in the shopper's language, then in
// the shop's other catalog languages (related languages and the original
// often match: "mochila" in Portuguese and Spanish), then with the
// glossary's English product words; titles always show in the shopper's
// language or the original.
func (t *turn) findProducts(req knowledge.RecommendRequest) []knowledge.Hit {
	if req.Query != "" && !t.anyPasses(req.Filters) {
		return nil
	}
	hits, err := t.e.index.Recommend(t.ctx, t.shop.Domain, req)
	if err != nil {
		t.logErr("recommend products", err)
	}
	if req.Query == "" {
		return hits
	}
	for _, loc := range t.shopLocales() {
		if len(hits) > 0 {
			return hits
		}
		alt := req
		alt.Lang, alt.DisplayLang = loc, t.reply.Language
		hits, _ = t.e.index.Recommend(t.ctx, t.shop.Domain, alt)
	}
	if terms := glossary.Terms(t.text); len(hits) == 0 && len(terms) > 0 {
		alt := req
		alt.Query, alt.Lang, alt.DisplayLang = strings.Join(terms, " "), "en", t.reply.Language
		hits, _ = t.e.index.Recommend(t.ctx, t.shop.Domain, alt)
	}
	if len(hits) == 0 && (req.Filters.ProductType != "" || len(req.Filters.Words) > 0) {
		// The type or the required words alone decide: the shopper's
		// other words ("ligera", "maniche lunghe") may match nothing in
		// any language.
		alt := req
		alt.Query = ""
		hits, _ = t.e.index.Recommend(t.ctx, t.shop.Domain, alt)
	}
	return hits
}

// anyPasses reports whether some in-stock product passes f's price, option
// and word filters. Every search findProducts runs keeps only such products,
// whatever its query, language or product type; when there is none, the up
// to ten text searches (one per shop language, the glossary's English terms,
// the filters alone) all find nothing. The kids' and season exclusions ask
// for such empty sets on most recommendations. An error answers true: the
// searches then run and report it.
func (t *turn) anyPasses(f knowledge.Filters) bool {
	if len(f.Words) == 0 && len(f.Options) == 0 && f.MinPrice == nil && f.MaxPrice == nil {
		return true
	}
	probe := knowledge.RecommendRequest{Limit: 1,
		Filters: knowledge.Filters{MinPrice: f.MinPrice, MaxPrice: f.MaxPrice, Options: f.Options, Words: f.Words}}
	hits, err := t.e.index.Recommend(t.ctx, t.shop.Domain, probe)
	return err != nil || len(hits) > 0
}

// nearestPrice orders products by how far their price is outside the
// shopper's range, nearest first.
func nearestPrice(hits []knowledge.Hit, f knowledge.Filters) {
	dist := func(p float64) float64 {
		switch {
		case f.MaxPrice != nil && p > *f.MaxPrice:
			return p - *f.MaxPrice
		case f.MinPrice != nil && p < *f.MinPrice:
			return *f.MinPrice - p
		}
		return 0
	}
	slices.SortStableFunc(hits, func(a, b knowledge.Hit) int {
		da, db := dist(a.Price), dist(b.Price)
		switch {
		case da < db:
			return -1
		case da > db:
			return 1
		}
		return 0
	})
}

// productQuestion answers a question about a product from its data: the
// description passages that carry the asked attribute, the availability
// of the asked size or colour, the option values, and, for fit questions,
// the size guide. On a product page "this" is the viewed product.
func (t *turn) productQuestion() {
	if t.oneLine == "" && (t.req.ProductID == 0 || !deictic(t.text)) {
		if ls := t.lines(2); len(ls) > 1 {
			// "Ember or Nightjar, which is warmer?": each named product
			// answers from its own data, so the two can be compared.
			for _, l := range ls {
				t.oneLine = l
				t.productAnswer()
			}
			t.oneLine = ""
			return
		}
	}
	t.productAnswer()
}

// productAnswer answers productQuestion for the one product the message
// (or t.oneLine) names, else the viewed or best-matching one.
func (t *turn) productAnswer() {
	t.inProduct = true
	defer func() { t.inProduct = false }()
	f := t.filters()
	f.Options = nil // "in XXL?" asks about availability; it does not filter the product
	hits, err := t.e.index.Search(t.ctx, t.shop.Domain, t.u.productQuery(t.text), t.reply.Language, f, 1)
	if err != nil {
		t.logErr("search products", err)
	}
	if terms := glossary.Terms(t.text); len(hits) == 0 && len(terms) > 0 {
		hits, _ = t.e.index.SearchAs(t.ctx, t.shop.Domain, strings.Join(terms, " "), "en", t.reply.Language, f, 1)
	} else if heads := kindHeads(terms); len(terms) > 0 && (!handleHasAny(hits[0].Handle, heads) ||
		slices.Contains(t.attributeWords(), "kids") && !handleHasAny(hits[0].Handle, []string{"kids"})) {
		// "Merino sokken": "merino" alone finds the merino hoodie; the
		// product kind the shopper named (socks) decides, when a product
		// of that kind shares the rest of the words.
		kind, _ := t.e.index.SearchAs(t.ctx, t.shop.Domain, strings.Join(terms, " ")+" "+t.text, "en", t.reply.Language, f, 1)
		if len(kind) > 0 && handleHasAny(kind[0].Handle, heads) && sharesNameWord(t.text, kind[0].Handle, terms) {
			hits = kind
		} else if only, ok := t.onlyOfKind(terms); ok && t.line() == "" {
			// "美麗諾襪子": the name is in another script, but the shop
			// has one product of the kind named.
			hits = []knowledge.Hit{only}
		}
	}
	rawLine := t.line()
	line := t.lineOffPage(rawLine)
	if w := line; w != "" && (len(hits) == 0 || !strings.HasPrefix(hits[0].Handle, strings.ToLower(w)+"-") ||
		len(sharingTitles(t.names, w, t.text)) > 0 || t.otherKindOfLine(w, hits[0])) {
		// "Jak ciepła jest kurtka Tundra?": the named line decides, not
		// the words it shares with another product's description. The
		// line's titles with the shopper's kind words: "Polar" alone
		// ranks the Polarized sunglasses with the Polar mittens. The
		// handle, not the title shown, says which line a hit is: the
		// Polish title of the Harbor fleece starts with "Polar".
		q := w
		for _, title := range lineTitles(t.names, w, t.text) {
			q += " " + title
		}
		if terms := t.kindTermsOfLine(w); len(terms) > 0 {
			q += " " + strings.Join(terms, " ")
		}
		if named, err := t.e.index.SearchAs(t.ctx, t.shop.Domain, q, t.shop.PrimaryLocale, t.reply.Language, f, 1); err == nil && len(named) > 0 {
			hits = named
		}
	}
	id := int64(0)
	named := false
	if len(hits) > 0 {
		id = hits[0].ProductID
		// The line name read from the message names the hit too when its
		// title is shown in another script ("قميص Trailhead").
		named = namesProduct(t.text, hits[0].Title) || line != "" && strings.HasPrefix(hits[0].Handle, strings.ToLower(line)+"-")
		if rawLine != "" && line == "" {
			named = false // the word is the viewed product's colour ("Glacier Blue")
		}
	}
	if v := t.req.ProductID; v != 0 && (id == 0 || deictic(t.text) || !named) {
		id = v // "is this waterproof?" on a product page
	} else if id != 0 && (!named && !t.onlyOfNamedKind(hits[0]) || rawLine == "" && len(conceptsIn(t.text)) > 0) &&
		t.answerFromDocs("", "", minOtherScore) {
		// "How long is the warranty?" names no product: a policy or FAQ
		// that clearly covers it answers better than a loose match. A
		// store subject ("the gaiters are sold out in my size, when are
		// they back?": restocks) with no line's name is the FAQ's, even
		// when the kind names the shop's one product of it.
		return
	}
	if id == 0 {
		t.docAnswer("", "")
		return
	}
	facts, err := t.e.index.ProductFacts(t.ctx, t.shop.Domain, id, t.text, t.reply.Language)
	if err != nil {
		t.logErr("product facts", err)
	}
	if facts == nil {
		t.docAnswer("", "")
		return
	}
	t.say(t.t("product_answer_intro", map[string]any{"Product": facts.Title}))
	t.signal(db.SignalAsked, id, 0, "")
	variant, asked := t.askedVariant(facts)
	byHeight, byLimits := false, false
	if variant == nil && asked == "" || t.weighsValues(facts) {
		// "Meu namorado tem 1,72 m, qual versão?", "185 cm: Regular or
		// Long?": the length the description's rule gives that height.
		if v, limits := t.heightVariant(facts); v != nil {
			variant, byHeight, byLimits = v, true, limits
			t.say(t.t("product_height_pick", map[string]any{"Height": statedHeightCm(t.text), "Variant": v.Title}))
		}
	}
	switch {
	case byHeight:
	case asked != "" && variant == nil:
		t.signal(db.SignalNoMatch, 0, 0, "option="+strings.ToLower(asked)+" product="+strconv.FormatInt(id, 10))
		t.say(t.t("product_variant_missing", map[string]any{"Wanted": asked}))
		t.sayOptions(facts)
	case variant != nil && t.colourLeftOpen(facts):
		// "Which colours of the Aurora shell are available in XL?": the
		// size in every colour, not the first colour that has it.
		t.sayAcrossSize(facts, variant)
	case variant != nil && t.comparesColours(facts, variant):
		// "In 42, which colours?", "black 46, else brown?": every colour
		// of the size named, in stock and sold out.
		t.sayAcrossColours(facts, variant, colourOption(facts))
	case variant != nil && len(t.askedSizes()) == 0 && asksOptions(t.text) && hasOption(facts, "size"):
		// "Which sizes of the Trailhead tee are left in sage?": the sizes
		// of the colour named, in stock and sold out, not the first
		// variant of that colour.
		t.saySizesOfVariant(facts, variant)
	case variant != nil && variant.Available:
		t.say(t.t("product_variant_in_stock", map[string]any{"Variant": variant.Title}))
	case variant != nil:
		t.signal(db.SignalOutOfStock, id, variant.ID, "") // named from the catalog, in one language
		t.say(t.t("product_variant_sold_out", map[string]any{"Variant": variant.Title}))
		if !t.sayInStock(facts) {
			t.saySizesLike(facts, variant)
		}
		if err := t.offerBackInStock(variant); err != nil {
			t.logErr("back-in-stock subscription", err)
		}
	case asksOptions(t.text):
		t.sayOptions(facts)
		t.sayOptionPassage(facts)
	case t.reply.Intent == intent.Stock || knowledge.AsksStock(t.text):
		// "Les mitaines Polar sont-elles en stock ?" may reach here
		// under another topic: the availability is what it asks.
		t.sayStock(facts)
	}
	if variant != nil && (!byHeight || byLimits) && givesHeight(t.text) {
		// "I'm 1.80, is the Regular enough?": the passage saying what
		// each length fits, beside the variant named or picked.
		t.sayOptionPassage(facts)
	}
	tags := tagsBeyondTitle(facts)
	switch {
	case t.dataAnswers(facts):
		// The weight or price below answers; an untranslated description
		// with no language-neutral fact would add only a foreign text.
	case facts.Matched:
		t.sayDetails(facts)
	case len(tags) > 0 && t.reply.Language == facts.Lang && facts.Lang == t.primaryLang():
		// Tags are in the shop's language: said only in it.
		t.say(t.t("product_tagged", map[string]any{"Product": facts.Title, "Tags": strings.Join(tags, ", ")}))
	case variant == nil && asked == "" && !asksOptions(t.text) && len(facts.Details) > 0:
		first := *facts
		first.Details = facts.Details[:1]
		t.sayDetails(&first)
	}
	if knowledge.AsksWeight(t.text) {
		t.sayWeight(facts, variant)
	}
	if asksPrice(t.text) {
		t.sayPrices(facts)
	}
	if between := len(t.askedSizes()) > 1; asksFit(t.text) || between || t.givesMeasure(facts) {
		// "I'm between M and L": two sizes named ask which to take.
		if variant == nil && asked == "" {
			t.sayUsualSize(facts)
		}
		if between {
			t.sayBetweenPick(facts)
		}
		t.sizeAdvice(facts, between)
	}
	card := knowledge.Hit{ProductID: facts.ProductID, Title: facts.Title, URL: facts.URL, ImageURL: facts.ImageURL,
		Currency: facts.Currency}
	pick := variant
	if pick == nil {
		for i := range facts.Variants {
			if pick == nil || facts.Variants[i].Available && !pick.Available {
				pick = &facts.Variants[i]
			}
		}
	}
	if pick != nil {
		card.VariantID, card.VariantTitle, card.Price, card.CompareAtPrice, card.Available =
			pick.ID, pick.Title, pick.Price, pick.CompareAtPrice, pick.Available
		line := facts.Title
		if pick.Title != "" && pick.Title != "Default Title" {
			line += " (" + pick.Title + ")"
		}
		t.say(line + " — " + formatMoney(pick.Price, t.currency(card)))
		if pick.CompareAtPrice > pick.Price {
			// "Is the Fjord on sale?": the price it was, from the
			// variant's compare-at price.
			t.say(t.t("product_on_sale", map[string]any{"Price": formatMoney(pick.Price, t.currency(card)),
				"Was": formatMoney(pick.CompareAtPrice, t.currency(card))}))
		}
	}
	c := t.productCard(card)
	t.pickers(&c, facts)
	t.reply.Cards = append(t.reply.Cards, c)
	t.state.RememberShown(facts.ProductID)
}

// sayDetails says the description passages that carry the asked fact. A
// description in another language than the reply's gives its measurements
// and attribute terms in the shopper's language, marked as from the
// original; only when it states none of them is the original quoted.
func (t *turn) sayDetails(f *knowledge.ProductFacts) {
	if !t.sameLanguage(f.Lang) {
		facts := originalFacts(f.Details, t.reply.Language)
		if knowledge.AsksOrigin(t.text) {
			// "Made where?": the countries the original names, in the
			// shopper's language.
			facts = append(originPlaces(f.Details, t.reply.Language), facts...)
		}
		if len(facts) == 0 && knowledge.AsksAttribute(t.text) {
			// "How many litres is the Voyager?": the description states
			// no measure, the title does ("Voyager 60L Travel Duffel"),
			// which beats quoting prose in another language.
			facts = measuresOf(f.OriginalTitle)
		}
		if len(facts) > 0 {
			t.say(t.t("product_original_facts", map[string]any{"Original": languageName(f.Lang, t.reply.Language),
				"Facts": strings.Join(facts, ", ")}))
			return
		}
	}
	t.sayUntranslated(f)
	for _, d := range f.Details {
		t.say(d)
	}
}

// dataAnswers reports whether the question asks the weight or the price,
// which the variants state in any language, and the description is in
// another language than the reply and states none of its facts in a
// language-neutral form (measurements, attribute terms): quoting it would
// show the shopper a foreign text next to the answer.
func (t *turn) dataAnswers(f *knowledge.ProductFacts) bool {
	if !knowledge.AsksWeight(t.text) && !asksPrice(t.text) || t.sameLanguage(f.Lang) {
		return false
	}
	return len(originalFacts(f.Details, t.reply.Language)) == 0
}

// sayWeight says the product's shipping weight from its variants (the
// asked one, else the one weight they share, else their range): most
// descriptions state no weight, and "how heavy is it?" has one answer.
func (t *turn) sayWeight(f *knowledge.ProductFacts, asked *knowledge.VariantFact) {
	lo, hi := 0, 0
	for _, v := range f.Variants {
		if v.Grams <= 0 || asked != nil && v.ID != asked.ID {
			continue
		}
		if lo == 0 || v.Grams < lo {
			lo = v.Grams
		}
		hi = max(hi, v.Grams)
	}
	if lo == 0 {
		return
	}
	w := strconv.Itoa(lo) + " g"
	if hi > lo {
		w = strconv.Itoa(lo) + "–" + strconv.Itoa(hi) + " g"
	}
	t.say(t.t("product_weight", map[string]any{"Weight": w}))
}

// priceCues ask what a product costs.
var priceCues = []string{"price", "cost", "preis", "kostet", "kosten", "prix", "coût", "coûte", "precio", "cuesta", "costaba",
	"prezzo", "costa ", "costa?", "costava", "preço", "custa", "custava", "prijs", "kost ", "kost?", "fiyat", "kaç para", "cena",
	"kosztuje", "harga", "цена", "стоит", "стоимост", "値段", "価格", "いくら", "价格", "價格", "多少钱", "多少錢", "价钱", "價錢", "原价", "原價", "定价", "定價", "售价", "售價",
	"가격", "얼마", "سعر", "بكم", "ثمن"}

func asksPrice(text string) bool {
	low := strings.ToLower(text) + " "
	return slices.ContainsFunc(priceCues, func(c string) bool { return containsWordStart(low, c) })
}

// wasPriceCues ask a price before a sale or now: "¿cuánto costaba antes?",
// "normal fiyatı neydi, şimdi kaç?" ask the product's compare-at price,
// which no shipping rule has.
var wasPriceCues = []string{"before", "used to", "originally", "original price", "regular price", "normal price", "now",
	"vorher", "früher", "ursprünglich", "jetzt", "avant", "maintenant", "d'origine", "antes", "ahora", "original",
	"prima ", "ora ", "adesso", "originale", "agora", "eerst", "vroeger", "oorspronkelijk", "normale prijs", "nu ",
	"önce", "şimdi", "normal fiyat", "wcześniej", "teraz", "regularn", "sebelumnya", "sekarang", "harga normal", "раньше",
	"сейчас", "обычн", "元の値段", "定価", "以前", "今は", "原价", "原價", "现在", "現在", "원래", "정가", "지금", "قبل", "الآن", "الأصلي"}

// asksWasPrice reports whether text asks a product's price before or
// after a reduction.
func asksWasPrice(text string) bool {
	if !asksPrice(text) {
		return false
	}
	low := strings.ToLower(text) + " "
	return slices.ContainsFunc(wasPriceCues, func(c string) bool { return containsWordStart(low, c) })
}

// sayPrices says the price of each value of an option that sets the price
// ("Regular: €329.00; Long: €349.00"): the card shows one variant's price,
// and "how much is the long one?" or "what's the difference?" asks the
// others.
func (t *turn) sayPrices(f *knowledge.ProductFacts) {
	cur := f.Currency
	if cur == "" {
		cur = t.shop.Currency
	}
	for _, o := range f.Options {
		price := map[string]float64{} // shown value → price
		var order []string
		uniform := true
		for _, v := range f.Variants {
			val := v.Options[o.Name]
			if p, ok := price[val]; ok {
				uniform = uniform && p == v.Price
				continue
			}
			price[val] = v.Price
			order = append(order, val)
		}
		if !uniform || len(order) < 2 {
			continue
		}
		differ := false
		for _, val := range order[1:] {
			differ = differ || price[val] != price[order[0]]
		}
		if !differ {
			continue
		}
		parts := make([]string, len(order))
		for i, val := range order {
			parts[i] = val + ": " + formatMoney(price[val], cur)
		}
		t.say(strings.Join(parts, "; "))
	}
}

// sameLanguage reports whether text in the index's language key in is in
// the reply language.
func (t *turn) sameLanguage(in string) bool {
	if in == "zht" { // the index's key for Traditional Chinese
		in = "zh-Hant"
	}
	l, ok := lang.Normalize(in)
	return ok && l == t.reply.Language
}

// sayStock answers "is it in stock?" for a product when the shopper named
// no variant: sold out everywhere, orderable without stock (pre-order,
// back order), in stock, or which sizes (or variants) are in and out.
func (t *turn) sayStock(f *knowledge.ProductFacts) {
	avail, stocked := 0, 0
	for _, v := range f.Variants {
		if v.Available {
			avail++
			if v.Inventory > 0 {
				stocked++
			}
		}
	}
	data := map[string]any{"Product": f.Title}
	switch {
	case len(f.Variants) == 0:
	case avail == 0:
		t.say(t.t("product_all_sold_out", data))
		t.say(t.t("stock_notify_offer", map[string]any{"Variant": f.Title}))
	case stocked == 0:
		t.say(t.t("product_orderable", data))
	case avail == len(f.Variants):
		t.say(t.t("product_all_in_stock", data))
	case hasOption(f, "size") && t.sayInStock(f):
	default:
		// Every size has some variant in stock (or there are no sizes):
		// the sold-out variants by name ("Forest / XL"), and the others
		// only when few enough to read.
		var in, out []string
		for _, v := range f.Variants {
			if v.Available {
				in = append(in, v.Title)
			} else {
				out = append(out, v.Title)
			}
		}
		if len(in) <= 4 {
			t.say(t.t("product_in_stock", map[string]any{"Values": strings.Join(in, ", ")}))
		}
		t.say(t.t("product_sold_out", map[string]any{"Values": strings.Join(out, ", ")}))
	}
}

// sayUntranslated marks a description the shop has not translated into
// the reply language as the original, in the shopper's language.
func (t *turn) sayUntranslated(f *knowledge.ProductFacts) {
	if t.sameLanguage(f.Lang) {
		return
	}
	in := f.Lang
	if in == "zht" {
		in = "zh-Hant"
	}
	t.say(t.t("product_untranslated", map[string]any{"Product": f.Title,
		"Language": languageName(t.reply.Language, t.reply.Language), "Original": languageName(in, t.reply.Language)}))
}

// namedProductQuestion reports whether the message asks about one named
// product's size or colour ("the Aurora shell in XXL?") rather than for
// suggestions.
func (t *turn) namedProductQuestion() bool {
	if len(t.u.Ents.Sizes) == 0 && len(t.u.Ents.Colors) == 0 {
		return false
	}
	if t.u.Ents.Price != nil {
		return false
	}
	return t.line() != ""
}

// deicticWords point at the product on screen ("is this waterproof?").
var deicticWords = []string{"this", "it", "este", "esta", "esto", "ese", "esa", "dieses", "diese", "dieser", "das", "ce", "cette",
	"cet", "questo", "questa", "este", "esta", "isso", "deze", "dit", "bu", "ten", "ta", "to", "ini", "это", "этот", "эта",
	"هذا", "هذه"}

// deicticCJK are the same words in scripts without spaces.
var deicticCJK = []string{"これ", "この", "这", "這", "이거", "이 "}

func deictic(text string) bool {
	low := strings.ToLower(text)
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if slices.Contains(deicticWords, w) {
			return true
		}
	}
	for _, w := range deicticCJK {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// lineOffPage returns the line name read from the message, or "" when the
// shopper is on a product page whose option values, original or
// translated, have that word ("Is XS still available in Glacier Blue?",
// "en bleu glacier ?" on the Aurora shell is no question about the Glacier
// sunglasses).
func (t *turn) lineOffPage(line string) string {
	if line == "" || t.req.ProductID == 0 {
		return line
	}
	f, err := t.e.index.ProductFacts(t.ctx, t.shop.Domain, t.req.ProductID, "", t.reply.Language)
	if err != nil {
		t.logErr("viewed product", err)
		return line
	}
	if f == nil {
		return line
	}
	low := " " + strings.ToLower(t.text) + " "
	for _, o := range f.Options {
		for _, v := range f.Variants {
			// The value as the shop wrote it or as translated ("bleu
			// glacier" for Glacier Blue).
			for _, val := range []string{v.Original[o.Name], v.Options[o.Name]} {
				if val != "" && wordIn(" "+strings.ToLower(val)+" ", line) && wordIn(low, val) {
					return ""
				}
			}
		}
	}
	return line
}

// onlyOfKind returns the shop's one product whose handle has one of the
// kind terms ("socks"), and false when it has none or several: a kind the
// shop sells once names that product.
func (t *turn) onlyOfKind(terms []string) (knowledge.Hit, bool) {
	if len(terms) == 0 {
		return knowledge.Hit{}, false
	}
	f := t.filters()
	f.Options = nil
	q := strings.Join(terms, " ")
	if slices.Contains(t.attributeWords(), "kids") {
		q += " kids"
	}
	hits, err := t.e.index.SearchAs(t.ctx, t.shop.Domain, q, "en", t.reply.Language, f, 4)
	if err != nil {
		t.logErr("search product kind", err)
		return knowledge.Hit{}, false
	}
	// Asked for children, the handle says so too ("puddle-kids-rain-
	// jacket" is the one kids' rain jacket).
	heads := kindHeads(terms)
	kids := slices.Contains(t.attributeWords(), "kids")
	var only []knowledge.Hit
	for _, h := range hits {
		if handleHasAny(h.Handle, heads) && (!kids || handleHasAny(h.Handle, []string{"kids"})) {
			only = append(only, h)
		}
	}
	if len(only) != 1 {
		return knowledge.Hit{}, false
	}
	return only[0], true
}

// kindHeads are the kind terms with the last word of each of several
// words: a kind of several words ("rain jacket", "cook pot") is its last
// word in a handle ("titanium-cook-pot-set").
// sameStem reports whether the shopper's word w (five letters or more) is
// the handle's word h or the same word with another ending in a Romance
// language ("titanio", "titânio" for "titanium"): all of w but its last
// letter begins h.
func sameStem(h, w string) bool {
	if strings.HasPrefix(h, w) {
		return true
	}
	r := []rune(w)
	return strings.HasPrefix(h, string(r[:len(r)-1]))
}

func kindHeads(terms []string) []string {
	heads := slices.Clone(terms)
	for _, term := range terms {
		if f := strings.Fields(term); len(f) > 1 {
			heads = append(heads, f[len(f)-1])
		}
	}
	return heads
}

// onlyOfNamedKind reports whether h is the shop's one product of the kind
// the message names ("메리노 양말": the socks), which names it as surely as
// its title would.
func (t *turn) onlyOfNamedKind(h knowledge.Hit) bool {
	only, ok := t.onlyOfKind(glossary.Terms(t.text))
	return ok && only.ProductID == h.ProductID
}

// handleHasAny reports whether the product handle has one of the English
// kind terms as a word ("merino-hiking-socks" has "socks").
func handleHasAny(handle string, terms []string) bool {
	words := strings.Split(strings.ToLower(handle), "-")
	for _, term := range terms {
		if slices.Contains(words, term) {
			return true
		}
	}
	return false
}

// sharesNameWord reports whether a word of the message other than the kind
// terms (four letters or more) is a word of the handle: the product of the
// named kind must also carry the rest of what the shopper named, or a
// name written in another script ("オーロラ ジャケット") would give way to
// any jacket. A word of five letters or more that starts a handle word
// counts too: languages shorten the material a product is named for
// ("Titan-Topfset" is the titanium cook set). A material named in another
// script ("チタンのクッカー") counts as its English word.
func sharesNameWord(text, handle string, terms []string) bool {
	words := strings.Split(strings.ToLower(handle), "-")
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !latinAlnum(r) }) {
		if len(w) < 4 || slices.Contains(terms, w) {
			continue
		}
		if slices.ContainsFunc(words, func(h string) bool { return h == w || len(w) >= 5 && sameStem(h, w) }) {
			return true
		}
	}
	return namesHandleWordInScript(text, words)
}

// namesProduct reports whether the message names the product (a word of
// its title of four letters or more, or its Arabic or Cyrillic spelling),
// as opposed to "this jacket".
func namesProduct(text, title string) bool {
	low := strings.ToLower(text)
	translit := hasTransliterable(text)
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if len([]rune(w)) >= 4 && (strings.Contains(low, w) || translit && transliteratedIn(text, w)) {
			return true
		}
		if len([]rune(w)) >= 5 && len(glossary.Terms(w)) == 0 && len(glossary.Terms(text)) > 0 && misspeltIn(low, w) {
			return true // "auroa rain shell"
		}
	}
	return false
}

// tagsBeyondTitle are the matched tags the title does not already say
// ("down" for the Fjord Down Jacket tells nothing).
func tagsBeyondTitle(f *knowledge.ProductFacts) []string {
	title := strings.ToLower(f.Title)
	var out []string
	for _, tag := range f.MatchedTags {
		if !strings.Contains(title, strings.ToLower(tag)) {
			out = append(out, tag)
		}
	}
	return out
}

// weighsValues reports whether the message names two or more values of
// one option ("Regular or Long?"): it asks which to pick, so the first
// one named is no variant asked for.
func (t *turn) weighsValues(f *knowledge.ProductFacts) bool {
	low := " " + strings.ToLower(t.text) + " "
	for _, o := range f.Options {
		named := map[string]bool{}
		for _, v := range f.Variants {
			orig := v.Original[o.Name]
			if orig != "" && (wordIn(low, orig) || wordIn(low, v.Options[o.Name]) || spelledIn(t.text, orig) || unspacedIn(t.text, v.Options[o.Name])) {
				named[orig] = true
			}
		}
		if len(named) >= 2 {
			return true
		}
	}
	return false
}

// askedVariant finds the variant the shopper asks about: sizes from the
// entities, other option values (colours) named in the message in either
// language. It returns the wanted values as written when no variant has
// them all.
func (t *turn) askedVariant(f *knowledge.ProductFacts) (*knowledge.VariantFact, string) {
	low := " " + strings.ToLower(t.text) + " "
	want := map[string]string{} // option name → original value
	var wanted []string
	var numbers []string // bare numbers of the message ("42", "28")
	for _, m := range bareNumberRE.FindAllStringSubmatch(t.text, -1) {
		numbers = append(numbers, m[1])
	}
	for _, o := range f.Options {
		isSize := optionKind(o.Name) == "size"
		for _, v := range f.Variants {
			orig := v.Original[o.Name]
			if orig == "" || want[o.Name] != "" {
				continue
			}
			shown := v.Options[o.Name]
			switch {
			case isSize && slices.ContainsFunc(t.askedSizes(), func(s string) bool {
				return strings.EqualFold(strings.TrimPrefix(s, "EU "), orig)
			}):
				want[o.Name] = orig
			case isSize && slices.Contains(numbers, orig):
				// "Granite marrom 42", "grafit 28": a number the product
				// has as a size is that size, without a word for size.
				want[o.Name] = orig
			case !isSize && (wordIn(low, orig) || wordIn(low, shown) || quantityIn(t.text, orig) || spelledIn(t.text, orig)):
				want[o.Name] = orig
			}
		}
	}
	t.colorByConcept(f, want)
	for _, s := range t.askedSizes() {
		// A size the product has is not missing, even when the shopper
		// names two ("between M and L") and only one picks the variant.
		found := false
		for _, o := range f.Options {
			if optionKind(o.Name) != "size" {
				continue
			}
			for _, v := range f.Variants {
				if strings.EqualFold(v.Original[o.Name], strings.TrimPrefix(s, "EU ")) {
					found = true
				}
			}
		}
		if !found && hasOption(f, "size") {
			wanted = append(wanted, s)
		}
	}
	if len(wanted) > 0 {
		return nil, strings.Join(wanted, ", ")
	}
	if len(want) == 0 {
		return nil, ""
	}
	var best *knowledge.VariantFact
	for i := range f.Variants {
		v := &f.Variants[i]
		ok := true
		for name, val := range want {
			if !strings.EqualFold(v.Original[name], val) {
				ok = false
			}
		}
		if ok && (best == nil || v.Available && !best.Available) {
			best = v
		}
	}
	return best, ""
}

// bareNumberRE is a number standing alone, also before a comma or full
// stop that ends a clause ("en la 46, ¿quedan?"), not inside 1.5 or 1,500.
var bareNumberRE = regexp.MustCompile(`(?:^|[^\d.,])(\d{1,3})(?:[^\d.,]|[.,](?:[^\d]|$)|$)`)

// quantityRE is an option value that is an amount and its unit ("1 L",
// "500 ml", "22L").
var quantityRE = regexp.MustCompile(`^(\d+(?:[.,]\d+)?)\s?([A-Za-z]+)$`)

// unitWords are the words of the supported languages for a unit the shops
// write in Latin letters, beyond those starting with its first letter
// ("litro", "liter"): "1リットル", "1 литр", "1升", "1리터".
var unitWords = map[string][]string{
	"l":  {"литр", "リットル", "升", "公升", "리터", "لتر"},
	"ml": {"мл", "миллилитр", "ミリリットル", "毫升", "밀리리터", "مل"},
}

// unitStems start the unit written out in Latin letters ("litre", "litro",
// "mililitros"): after a number word only these count ("a light" is no
// litre).
var unitStems = map[string][]string{"l": {"lit"}, "ml": {"millil", "mililit"}}

// oneWords say "one" before a unit: "на литр", "a litre", "un litro".
var oneWords = []string{"a", "one", "un", "une", "uno", "una", "um", "uma", "ein", "einen", "eine", "einem", "einer", "één", "een", "bir", "jeden",
	"satu", "на", "один", "одна"}

// quantityIn reports whether text names the amount of an option value such
// as "1 L" or "500 ml" with the unit written out or abbreviated ("da 1
// litro", "1l", "500ml", "1リットル", "на литр"): the number, then a word
// starting with the unit's first letter or one of its unitWords.
func quantityIn(text, value string) bool {
	m := quantityRE.FindStringSubmatch(strings.TrimSpace(value))
	if m == nil {
		return false
	}
	low := strings.ToLower(text)
	unit := strings.ToLower(m[2])
	for i := 0; ; {
		j := strings.Index(low[i:], m[1])
		if j < 0 {
			break
		}
		j += i
		i = j + len(m[1])
		if before, _ := utf8.DecodeLastRuneInString(low[:j]); j > 0 && (unicode.IsDigit(before) || before == '.' || before == ',') {
			continue
		}
		if unitAt(strings.TrimLeft(low[i:], " -"), unit, true) {
			return true
		}
	}
	if convertedQuantityIn(low, m[1], unit) {
		return true
	}
	if m[1] != "1" {
		return false
	}
	for _, w := range oneWords {
		for k := indexWordStart(low, w+" "); k >= 0; {
			if unitAt(low[k+len(w)+1:], unit, false) {
				return true
			}
			next := indexWordStart(low[k+1:], w+" ")
			if next < 0 {
				break
			}
			k += 1 + next
		}
	}
	return false
}

// unitSizes are the units of one kind the shops write, each by its size
// in the smallest: a shopper may ask in the other ("0,75 l" for 750 ml,
// "1500 ml" for 1.5 L, "0,5 kg" for 500 g).
var unitSizes = map[string]struct {
	kind string
	size float64
}{"l": {"volume", 1000}, "ml": {"volume", 1}, "kg": {"mass", 1000}, "g": {"mass", 1}}

// measureNumberRE is a number as shoppers write a measure, with a decimal
// comma or point ("0,75", "1.5").
var measureNumberRE = regexp.MustCompile(`\d+(?:[.,]\d+)?`)

// convertedQuantityIn reports whether low names the amount of value
// (number and unit of an option value) in another unit of its kind:
// "0,75 Liter" names 750 ml.
func convertedQuantityIn(low, number, unit string) bool {
	want, ok := unitSizes[unit]
	amount, err := strconv.ParseFloat(strings.ReplaceAll(number, ",", "."), 64)
	if !ok || err != nil {
		return false
	}
	for _, loc := range measureNumberRE.FindAllStringIndex(low, -1) {
		if before, _ := utf8.DecodeLastRuneInString(low[:loc[0]]); loc[0] > 0 && (before == '.' || before == ',') {
			continue
		}
		n, err := strconv.ParseFloat(strings.ReplaceAll(low[loc[0]:loc[1]], ",", "."), 64)
		if err != nil {
			continue
		}
		rest := strings.TrimLeft(low[loc[1]:], " -")
		for other, u := range unitSizes {
			if other != unit && u.kind == want.kind && unitAt(rest, other, true) &&
				math.Abs(n*u.size-amount*want.size) < 1e-6*amount*want.size {
				return true
			}
		}
	}
	return false
}

// unitAt reports whether rest starts with the unit: one of its unitWords,
// or a word starting with its first letter after a digit ("l", "litro"),
// with one of its unitStems after a number word ("litre").
func unitAt(rest, unit string, abbreviated bool) bool {
	for _, w := range unitWords[unit] {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	word := strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(word) == 0 || !strings.HasPrefix(rest, word[0]) {
		return false
	}
	if abbreviated {
		return strings.HasPrefix(word[0], unit[:1])
	}
	return slices.ContainsFunc(unitStems[unit], func(st string) bool { return strings.HasPrefix(word[0], st) })
}

// colorByConcept picks the colour option value whose colour the shopper
// named in other words than the shop's ("铁锈色" for 铁锈红, "rdzawym" for
// Rdzawy, "ruggine" for Rust in a shop without Italian): a value matches
// when the colours read from it (original or translated) include one read
// from the message. It fills want only for colour options the message did
// not name word for word, and only with an unambiguous value.
func (t *turn) colorByConcept(f *knowledge.ProductFacts, want map[string]string) {
	if len(t.u.Ents.Colors) == 0 {
		return
	}
	for _, o := range f.Options {
		if optionKind(o.Name) != "color" || want[o.Name] != "" {
			continue
		}
		match := ""
		for _, v := range f.Variants {
			orig := v.Original[o.Name]
			if orig == "" || orig == match {
				continue
			}
			if !t.colourOfValueNamed(orig, v.Options[o.Name]) {
				continue // neither read as the colour nor a shade of it ("verde": Forest)
			}
			if match != "" {
				match = "" // two values of that colour: the message does not pick one
				break
			}
			match = orig
		}
		if match != "" {
			want[o.Name] = match
		}
	}
}

// colourOfValueNamed reports whether the message names the colour of an
// option value (original, and shown in the shopper's language) in any
// words: read as that colour ("铁锈色" for 铁锈红) or a basic colour the
// value is a shade of ("verde": Forest).
func (t *turn) colourOfValueNamed(orig, shown string) bool {
	cols := entities.Extract(orig, "en").Colors
	if shown != orig {
		cols = append(cols, entities.Extract(shown, t.u.Lang).Colors...)
	}
	return slices.ContainsFunc(cols, func(c string) bool { return slices.Contains(t.u.Ents.Colors, c) }) ||
		slices.ContainsFunc(t.u.Ents.Colors, func(c string) bool { return knowledge.ColorMatches(orig, c) })
}

// askedSizes are the size entities written as sizes in the message ("XL",
// "size m", "42"), not letters of other words ("sizes" is not S).
func (t *turn) askedSizes() []string {
	toks := sizeTokens(t.text)
	named := entities.SizeNamesIn(t.text) // "in a small"
	var out []string
	for _, s := range t.u.Ents.Sizes {
		if slices.Contains(named, s) {
			out = append(out, s)
			continue
		}
		bare := strings.TrimPrefix(s, "EU ")
		for i, tok := range toks {
			if i+1 < len(toks) && measureRE.MatchString(tok+" "+strings.ToLower(toks[i+1])) {
				continue // "my waist is 86 cm": a measurement, not size 86
			}
			if tok == bare || strings.EqualFold(tok, bare) && i > 0 && optionKind(toks[i-1]) == "size" ||
				strings.EqualFold(tok, bare) && len(bare) > 1 {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// sizeTokens splits a message into words, also where Latin letters or
// digits meet a script written without spaces ("M码", "42サイズ").
func sizeTokens(text string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush()
			continue
		}
		if len(cur) > 0 && unspaced(cur[len(cur)-1]) != unspaced(r) {
			flush()
		}
		cur = append(cur, r)
	}
	flush()
	return out
}

// unspacedIn reports whether a value written in a script without spaces
// ("롱", "加長") occurs in the text: such words have no spaces to bound
// them, and are short.
func unspacedIn(text, value string) bool {
	for _, r := range value {
		if !unspaced(r) {
			return false
		}
	}
	return value != "" && strings.Contains(text, value)
}

// unspaced reports whether r belongs to a script written without spaces.
func unspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

func hasOption(f *knowledge.ProductFacts, kind string) bool {
	for _, o := range f.Options {
		if optionKind(o.Name) == kind {
			return true
		}
	}
	return false
}

// wordIn reports whether a value of three letters or more occurs in the
// padded lowercase message as a word.
func wordIn(paddedLow, value string) bool {
	v := strings.ToLower(strings.TrimSpace(value))
	if len([]rune(v)) < 3 {
		return false
	}
	i := strings.Index(paddedLow, v)
	if i < 0 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(paddedLow[:i])
	after, _ := utf8.DecodeRuneInString(paddedLow[i+len(v):])
	// Arabic writes the article on the word: "الأسود" is "أسود".
	article := strings.HasSuffix(paddedLow[:i], "ال") && unicode.Is(unicode.Arabic, []rune(v)[0])
	return (!unicode.IsLetter(before) || article) && !unicode.IsLetter(after)
}

// optionKind classifies an option name in the shop's languages.
func optionKind(name string) string {
	switch strings.ToLower(name) {
	case "size", "größe", "grösse", "talla", "taille", "taglia", "tamanho", "maat", "beden", "rozmiar", "ukuran", "サイズ", "尺码", "尺碼", "码", "碼", "사이즈", "размер", "размера", "المقاس", "مقاس", "shoe size":
		return "size"
	case "color", "colour", "farbe", "couleur", "colore", "cor", "kleur", "renk", "kolor", "warna", "カラー", "色", "颜色", "顏色", "색상", "цвет", "اللون":
		return "color"
	}
	return ""
}

// sayOptions lists the product's option values, sizes and colours under
// localized labels, and which sizes are in stock.
func (t *turn) sayOptions(f *knowledge.ProductFacts) {
	for _, o := range f.Options {
		if len(o.Values) < 2 {
			continue
		}
		label := o.Name
		switch optionKind(o.Name) {
		case "size":
			label = t.t("option_size", nil)
		case "color":
			label = t.t("option_color", nil)
		}
		t.say(label + ": " + strings.Join(o.Values, ", "))
	}
	t.sayInStock(f)
}

// sayInStock lists the values of the product's size option that some
// available variant has, and those none has; false when it said nothing
// (no size option, or every size is in stock in some variant).
func (t *turn) sayInStock(f *knowledge.ProductFacts) bool {
	var opt *knowledge.Option
	for i := range f.Options {
		if optionKind(f.Options[i].Name) == "size" {
			opt = &f.Options[i]
		}
	}
	if opt == nil {
		return false
	}
	avail := map[string]bool{}
	for _, v := range f.Variants {
		if v.Available {
			avail[v.Options[opt.Name]] = true
		}
	}
	var in, out []string
	for _, val := range opt.Values {
		if avail[val] {
			in = append(in, val)
		} else {
			out = append(out, val)
		}
	}
	if len(out) == 0 {
		return false
	}
	if len(in) > 0 {
		t.say(t.t("product_in_stock", map[string]any{"Values": strings.Join(in, ", ")}))
	}
	t.say(t.t("product_sold_out", map[string]any{"Values": strings.Join(out, ", ")}))
	return true
}

// saySizesLike names the sizes in stock in the sold-out variant's other
// options (its colour): "Graphite / 28 is sold out" then "30, 32, 34, 36
// in stock" answers "없으면 30은요?" (if not, the 30?), when every size is
// in stock in some colour and sayInStock has nothing to say.
func (t *turn) saySizesLike(f *knowledge.ProductFacts, sold *knowledge.VariantFact) {
	var sizeOpt string
	for _, o := range f.Options {
		if optionKind(o.Name) == "size" {
			sizeOpt = o.Name
		}
	}
	if sizeOpt == "" {
		return
	}
	var in []string
	for _, v := range f.Variants {
		same := v.Available
		for name, val := range sold.Original {
			if name != sizeOpt && v.Original[name] != val {
				same = false
			}
		}
		if same && !slices.Contains(in, v.Options[sizeOpt]) {
			in = append(in, v.Options[sizeOpt])
		}
	}
	if len(in) > 0 {
		t.say(t.t("product_in_stock", map[string]any{"Values": strings.Join(in, ", ")}))
	}
}

// saySizesOfVariant says which sizes of the picked variant's other
// options (its colour) are in stock and which are sold out.
func (t *turn) saySizesOfVariant(f *knowledge.ProductFacts, picked *knowledge.VariantFact) {
	var sizeOpt string
	for _, o := range f.Options {
		if optionKind(o.Name) == "size" {
			sizeOpt = o.Name
		}
	}
	var in, out []string
	for _, v := range f.Variants {
		same := true
		for name, val := range picked.Original {
			if name != sizeOpt && v.Original[name] != val {
				same = false
			}
		}
		switch {
		case !same:
		case v.Available:
			in = append(in, v.Options[sizeOpt])
		default:
			out = append(out, v.Options[sizeOpt])
		}
	}
	if len(in) > 0 {
		t.say(t.t("product_in_stock", map[string]any{"Values": strings.Join(in, ", ")}))
	}
	if len(out) > 0 {
		t.say(t.t("product_sold_out", map[string]any{"Values": strings.Join(out, ", ")}))
	}
}

// sayOptionPassage says the description passage that explains the
// product's named option values ("Regular fits up to 183 cm, Long up to
// 198 cm") after the values themselves: "which lengths?" from a tall
// shopper wants the measure each stands for. Colours and letter sizes
// explain nothing, and a passage already said is not repeated.
func (t *turn) sayOptionPassage(f *knowledge.ProductFacts) {
	var words []string
	for _, o := range f.Options {
		if optionKind(o.Name) == "color" {
			continue
		}
		for _, v := range o.Values {
			if len([]rune(v)) >= 4 {
				words = append(words, v)
			}
		}
	}
	if len(words) < 2 {
		return
	}
	more, err := t.e.index.ProductFacts(t.ctx, t.shop.Domain, f.ProductID, strings.Join(words, " "), t.reply.Language)
	if err != nil {
		t.logErr("option passage", err)
		return
	}
	if more == nil || !more.Matched || len(more.Details) == 0 || slices.Contains(f.Details, more.Details[0]) {
		return
	}
	first := *more
	first.Details = more.Details[:1]
	t.sayDetails(&first)
}

// optionCues are words asking which sizes or colours a product comes in.
var optionCues = []string{"size", "sizes", "尺寸", "length", "longueur", "länge", "longitud", "lunghezza", "lunghezze", "comprimento",
	"lengte", "uzunluk", "długoś", "panjang", "длин", "長さ", "长度", "長度", "길이", "colour", "colours", "color", "colors", "talla", "tallas", "color", "colores",
	"taille", "tailles", "couleur", "größe", "größen", "farbe", "farben", "taglia", "taglie", "colori", "tamanho", "tamanhos",
	"cores", "maat", "maten", "kleur", "beden", "renk", "rozmiar",
	// Shoe sizes are numbers in several languages.
	"pointure", "numero", "número", "numeração", "numerações", "numara", "nomor",
	// Turkish "boy" is a length (of a sleeping bag) as well as a height.
	"hangi boy", "boyları",
	// "Do they go up to a 46?", "from what age to what age?": the
	// largest size, or the ages kids' sizes run through.
	"go up to", "goes up to", "gibt es bis", "gehen bis", "llegan hasta", "hay hasta", "vont jusqu", "arrivano fino", "vão até",
	"tem até", "gaan tot", "kadar var", "kadar çık", "do rozmiaru", "sampai ukuran", "до какого размера", "到几号", "到幾號",
	"最大几号", "最大幾號", "사이즈까지", "what age", "which ages", "qué edad", "quel âge", "welches alter", "che età", "que idade",
	"welke leeftijd", "kaç yaş", "jaki wiek", "usia berapa", "какой возраст", "何歳", "几岁", "幾歲", "몇 살", "أي عمر",
	// Sizes and colours in the other languages.
	"kolor", "ukuran", "warna", "サイズ", "色", "尺码", "尺碼",
	"颜色", "顏色", "사이즈", "색상", "размер", "цвет", "مقاس", "لون", "ألوان"}

// heightCues give the shopper's height, which asks which length fits
// ("身高190，Ember选常规还是加长？").
var heightCues = []string{"身高", "身長", " 키가", " 키 ", "boyum", "my height", "i'm tall", "körpergröße", "je mesure", " mido ",
	"mi altura", "sono alto", "sono alta", "tenho 1", "minha altura", "ik ben 1", "mój wzrost", "tinggi saya", "мой рост", " рост ",
	"ich bin 1", "je fais 1", "mido 1", "tinggiku", "rostem", "ростом"}

func asksOptions(text string) bool {
	return givesHeight(text) || containsAny(" "+strings.ToLower(text)+" ", optionCues)
}

// givesHeight reports whether the shopper gives their height.
func givesHeight(text string) bool {
	return containsAny(" "+strings.ToLower(text)+" ", heightCues) || statedHeightCm(text) > 0
}

// fitCues are words asking for size advice rather than availability.
var fitCues = []string{"what size should", "what size do i", "which size should", "which size do i", "size should", "usually", "normally", "fit", "true to size", "size guide",
	"what size ", "which size ", "size up", "size down", "runs small", "runs large",
	"qual taglia", "quale taglia", "welke maat moet", "hangi bedeni", "hangi beden", "jaki rozmiar", "ukuran apa", "какой размер выбрать",
	"qué talla", "que talla", "talla debo", "normalmente", "quelle taille", "taille dois", "d'habitude", "welche größe",
	"normalerweise", "passform", "che taglia", "di solito", "que tamanho", "qual tamanho", "welke maat", "meestal",
	"hangi beden", "jaki rozmiar", "ukuran berapa", "どのサイズ", "普段", "什么尺码", "哪个尺码", "平时", "어떤 사이즈",
	"какой размер", "обычно", "أي مقاس", "عادة",
	// The size one usually wears, in the other languages ("평소 240
	// 신어요", "我平常穿37"), and which size or number to take.
	"habituellement", "gewöhnlich", "generalmente", "geralmente", "costumo", "doorgaans", "genelde", "genellikle", "normalde",
	"zwykle", "zazwyczaj", "biasanya", "平常", "平時", "いつも", "평소", "보통", "몇 사이즈", "몇으로", "사이즈 추천",
	"哪个尺寸", "哪個尺寸", "哪個尺碼", "什麼尺碼", "几码", "幾碼", "买多大", "買多大", "穿多大", "选多大", "選多大",
	"何センチ", "何サイズ", "幾號", "几号", "幾碼", "穿幾", "穿几", "哪个码", "哪個碼", "什么码", "什麼碼",
	// "Which one fits me?", the sizes offered left unnamed.
	"hangisi olur", "hangisi uyar", "hangisini almalıyım", "which one fits", "welke past", "lequel me va", "laquelle me va",
	"cuál me va", "cuál me queda", "quale mi va", "qual me serve", "który będzie pasował", "która będzie pasowała",
	"какой подойдёт", "какой подойдет", "どれが合", "哪个适合我", "哪個適合我", "어느 게 맞", "أيهما يناسبني", "mana yang cocok"}

func asksFit(text string) bool {
	low := strings.ToLower(text)
	for _, c := range fitCues {
		if strings.Contains(low, c) {
			return true
		}
	}
	return false
}

// sizeAdvice quotes the size-guide passage for the product's kind
// (footwear, tops, trousers, read from its type and title): the shopper's
// words ("I'm usually a 43") would rank any passage that says "size". A
// shopper between two sizes gets the guide's rule for that: their own words
// ("between M and L in the Aurora jacket") rank the chest table higher.
// A size the guide gives that the product is not made in is said so, with
// the sizes it comes in ("29.5 cm → EU 46": the sandals stop at 45).
func (t *turn) sizeAdvice(f *knowledge.ProductFacts, between bool) {
	query := t.text
	if between {
		query += " " + betweenQuery
	}
	part := partOf(f)
	if !between && part >= 0 {
		query = strings.Join(bodyParts[part].expand, " ")
	}
	madeIn := func(size string) bool { return madeInSize(f, size) }
	if size, _ := t.sayGuidePassage(query, part, madeIn); size != "" && !madeInSize(f, size) {
		t.say(t.t("product_variant_missing", map[string]any{"Wanted": size}))
		t.sayOptions(f)
	}
}

// partOf is the index in bodyParts of the part that sizes the product
// (read from its type and title), -1 for none.
func partOf(f *knowledge.ProductFacts) int {
	if forKids(f) {
		return kidsPart // "Puddle Kids' Rain Jacket": by age, not chest
	}
	kind := strings.ToLower(f.OriginalType + " " + f.OriginalTitle + " " + f.ProductType + " " + f.Title)
	return slices.IndexFunc(bodyParts, func(p bodyPart) bool { return p.named(kind) })
}

// givesMeasure reports whether the shopper gives a body measurement or
// foot length for a product sold in sizes ("Tour de poitrine 110 cm, pour
// la doudoune Fjord ?"): without a word for "which size", it asks the
// size that fits.
func (t *turn) givesMeasure(f *knowledge.ProductFacts) bool {
	return hasOption(f, "size") && len(bodyMeasures(strings.ToLower(t.text), partOf(f))) > 0
}

// sayBetweenPick applies the size guide's rule for a shopper between two
// sizes to the product ("S / M → M"): the larger for an outer layer, the
// smaller for a base layer. Other products (fleeces, shoes) get the rule
// alone, quoted by sizeAdvice.
func (t *turn) sayBetweenPick(f *knowledge.ProductFacts) {
	kind := strings.ToLower(f.OriginalType + " " + strings.Join(f.Tags, " "))
	larger := strings.Contains(kind, "jacket") || strings.Contains(kind, "coat") || strings.Contains(kind, "outerwear")
	smaller := strings.Contains(kind, "base layer") || strings.Contains(kind, "base-layer")
	if larger == smaller {
		return
	}
	for _, o := range f.Options {
		if optionKind(o.Name) != "size" {
			continue
		}
		var order []string // the product's sizes, smallest first
		for _, v := range f.Variants {
			if s := v.Original[o.Name]; s != "" && !slices.Contains(order, s) {
				order = append(order, s)
			}
		}
		var at []int
		for _, s := range t.askedSizes() {
			i := slices.IndexFunc(order, func(o string) bool { return strings.EqualFold(o, strings.TrimPrefix(s, "EU ")) })
			if i >= 0 && !slices.Contains(at, i) {
				at = append(at, i)
			}
		}
		if len(at) != 2 {
			return
		}
		lo, hi := min(at[0], at[1]), max(at[0], at[1])
		pick := order[lo]
		if larger {
			pick = order[hi]
		}
		t.say(order[lo] + " / " + order[hi] + " → " + pick)
		return
	}
}

// usualNumberRE is a size written as a bare number ("usually a 42",
// "ich trage 42", "平时穿42码").
var usualNumberRE = regexp.MustCompile(`(?:^|[^\d.,])(\d{1,2})(?:[^\d.,]|$)`)

// sayUsualSize answers "I'm usually a 42" for the product: whether its
// size 42 is in stock, per colour. Only one size named: "between M and L"
// is the size guide's to settle.
func (t *turn) sayUsualSize(f *knowledge.ProductFacts) {
	var sizeOpt string
	for _, o := range f.Options {
		if optionKind(o.Name) == "size" {
			sizeOpt = o.Name
		}
	}
	if sizeOpt == "" {
		return
	}
	var named []string
	for _, m := range usualNumberRE.FindAllStringSubmatch(t.text, -1) {
		named = append(named, m[1])
	}
	for _, s := range t.askedSizes() {
		named = append(named, strings.TrimPrefix(s, "EU "))
	}
	size := ""
	for _, v := range f.Variants {
		orig := v.Original[sizeOpt]
		if orig != "" && orig != size && slices.ContainsFunc(named, func(n string) bool { return strings.EqualFold(n, orig) }) {
			if size != "" {
				return
			}
			size = orig
		}
	}
	if size == "" {
		return
	}
	t.sayVariantsOfSize(f, sizeOpt, size)
}

// colourLeftOpen reports whether the product comes in several colours and
// the message names none of them.
func (t *turn) colourLeftOpen(f *knowledge.ProductFacts) bool {
	if len(t.u.Ents.Colors) > 0 {
		return false
	}
	low := " " + strings.ToLower(t.text) + " "
	for _, o := range f.Options {
		if optionKind(o.Name) != "color" || len(o.Values) < 2 {
			continue
		}
		for _, v := range f.Variants {
			if wordIn(low, v.Original[o.Name]) || wordIn(low, v.Options[o.Name]) || spelledIn(t.text, v.Original[o.Name]) {
				return false
			}
		}
		return true
	}
	return false
}

// sayAcrossSize says, for the size of the picked variant, which variants
// (colours) have it in stock and which are sold out.
func (t *turn) sayAcrossSize(f *knowledge.ProductFacts, picked *knowledge.VariantFact) {
	for _, o := range f.Options {
		if optionKind(o.Name) == "size" && picked.Original[o.Name] != "" {
			t.sayVariantsOfSize(f, o.Name, picked.Original[o.Name])
			return
		}
	}
	if opt := colourOption(f); opt != "" {
		// "1 L": a capacity, not a size, picks the variant.
		t.sayAcrossColours(f, picked, opt)
		return
	}
	key := "product_variant_sold_out"
	if picked.Available {
		key = "product_variant_in_stock"
	}
	t.say(t.t(key, map[string]any{"Variant": picked.Title}))
}

// sayVariantsOfSize says which variants of one size (original value) are
// in stock and which are sold out.
func (t *turn) sayVariantsOfSize(f *knowledge.ProductFacts, sizeOpt, size string) {
	var in, out []string
	for _, v := range f.Variants {
		if v.Original[sizeOpt] != size {
			continue
		}
		if v.Available {
			in = append(in, v.Title)
		} else {
			out = append(out, v.Title)
		}
	}
	for _, v := range in {
		t.say(t.t("product_variant_in_stock", map[string]any{"Variant": v}))
	}
	for _, v := range out {
		t.say(t.t("product_variant_sold_out", map[string]any{"Variant": v}))
	}
}

// shopLocales are the shop's catalog locales other than the reply language,
// primary first, at most three.
func (t *turn) shopLocales() []string {
	var out []string
	for _, l := range append([]string{t.shop.PrimaryLocale}, t.shop.Locales.V...) {
		if l != "" && l != t.reply.Language && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out[:min(len(out), 3)]
}

func (t *turn) currency(h knowledge.Hit) string {
	if h.Currency != "" {
		return h.Currency
	}
	return t.shop.Currency
}

func (t *turn) productCard(h knowledge.Hit) Card {
	avail := h.Available
	c := Card{Type: "product", ProductID: h.ProductID, VariantID: h.VariantID, Title: h.Title,
		Price: strconv.FormatFloat(h.Price, 'f', 2, 64), Currency: t.currency(h), ImageURL: h.ImageURL, URL: h.URL,
		Available: &avail}
	if h.CompareAtPrice > h.Price {
		c.CompareAtPrice = strconv.FormatFloat(h.CompareAtPrice, 'f', 2, 64)
	}
	return c
}

func (t *turn) describeFilters(f knowledge.Filters) string {
	var parts []string
	cur := t.shop.Currency
	switch {
	case f.MinPrice != nil && f.MaxPrice != nil:
		parts = append(parts, t.t("recommend_price_between", map[string]any{"Min": formatMoney(*f.MinPrice, cur),
			"Max": formatMoney(*f.MaxPrice, cur)}))
	case f.MaxPrice != nil:
		parts = append(parts, t.t("recommend_price_under", map[string]any{"Price": formatMoney(*f.MaxPrice, cur)}))
	case f.MinPrice != nil:
		parts = append(parts, t.t("recommend_price_over", map[string]any{"Price": formatMoney(*f.MinPrice, cur)}))
	}
	for _, c := range t.u.Ents.Colors {
		parts = append(parts, colorName(c, t.reply.Language))
	}
	parts = append(parts, t.u.Ents.Sizes...)
	return strings.Join(parts, ", ")
}

// purchasedProducts returns the products the logged-in customer bought.
func (t *turn) purchasedProducts() []int64 {
	orders, err := t.e.store.ListCustomerOrders(t.ctx, t.shop.ID, t.req.CustomerID, "", 5)
	if err != nil {
		t.logErr("list customer orders", err)
		return nil
	}
	return productIDs(orders)
}

func productIDs(orders []db.Order) []int64 {
	seen := map[int64]bool{}
	var out []int64
	for _, o := range orders {
		for _, l := range o.LineItems {
			if l.ProductID != 0 && !seen[l.ProductID] {
				seen[l.ProductID] = true
				out = append(out, l.ProductID)
			}
		}
	}
	return out
}

var currencySymbols = map[string]string{"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CNY": "¥"}

// formatMoney renders an amount with its currency ("€49.00", "49.00 CHF").
func formatMoney(v float64, currency string) string {
	amount := strconv.FormatFloat(v, 'f', 2, 64)
	if sym, ok := currencySymbols[strings.ToUpper(currency)]; ok {
		return sym + amount
	}
	if currency == "" {
		return amount
	}
	return amount + " " + currency
}

// asksNamedProduct reports whether the message names one catalog product by
// its line name ("Lumen", "Airloft", "Solstice": the first word of the
// title) and asks no budget, so the product's own data should answer. A
// word other titles use further in ("trail", "merino") or the shop's own
// name is a category or brand, not a product's name.
func (t *turn) asksNamedProduct() bool {
	if t.u.Ents.Price != nil || t.u.Ents.OrderNumber != "" {
		return false
	}
	return t.line() != ""
}

// startsLine reports whether title is of the product line named w (its
// first word).
func startsLine(title, w string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(title), " ")
	return w != "" && strings.EqualFold(first, w)
}

// line is the product line the message names (see lineName), or the line
// whose translated title starts with a word of the message in another
// script ("オーロラのジャケット").
func (t *turn) line() string {
	if t.oneLine != "" {
		return t.oneLine
	}
	if w := lineName(t.text, t.shop.Name, t.names); w != "" {
		return w
	}
	low := strings.ToLower(t.text)
	best, line := "", ""
	for alias, l := range t.aliases {
		// The longest alias found, so that map order does not decide.
		if containsWordStart(low, alias) && !wordIn(" "+strings.ToLower(t.shop.Name)+" ", l) &&
			(len(alias) > len(best) || len(alias) == len(best) && alias < best) {
			best, line = alias, l
		}
	}
	return line
}

// lines are up to max distinct product lines the message names: Latin
// names (lineNames), then translated aliases ("エンバー", "ナイトジャー"),
// an alias inside a longer found one not counted.
func (t *turn) lines(max int) []string {
	found := lineNames(t.text, t.shop.Name, t.names, max+1)
	if len(found) > 1 {
		// "forro polar Harbor": a name that is also a kind word in some
		// language ("Polar") is the kind beside another named line.
		found = slices.DeleteFunc(found, func(w string) bool { return len(glossary.Terms(w)) > 0 })
	}
	if len(found) >= max {
		return found[:max]
	}
	low := strings.ToLower(t.text)
	var hit []string
	for alias := range t.aliases {
		if containsWordStart(low, alias) {
			hit = append(hit, alias)
		}
	}
	slices.Sort(hit) // map order must not decide
	for _, a := range hit {
		l := t.aliases[a]
		inLonger := slices.ContainsFunc(hit, func(b string) bool { return len(b) > len(a) && strings.Contains(b, a) })
		if inLonger || slices.Contains(found, l) || wordIn(" "+strings.ToLower(t.shop.Name)+" ", l) {
			continue
		}
		if found = append(found, l); len(found) == max {
			break
		}
	}
	return found
}

// lineName is the product line name text carries, or "": the first word
// of one of the shop's (original) titles, at least four letters, not part
// of the shop's name, not a category word in any language, and first
// wherever another title has it ("trail" and "merino" are not names).
// Latin names stay names inside other scripts ("Solstice帐篷"), and are
// found spelled in Arabic or Cyrillic letters ("هيلتوب", "Тундра").
func lineName(text, shopName string, titles []string) string {
	if ws := lineNames(text, shopName, titles, 1); len(ws) > 0 {
		return ws[0]
	}
	return ""
}

// lineNames is lineName for up to max lines: "Ember or Nightjar?" names
// two. The misspelt fallback is only tried when no line is spelt right.
func lineNames(text, shopName string, titles []string, max int) []string {
	low := strings.ToLower(text)
	var found []string
	shop := " " + strings.ToLower(shopName) + " "
	var notFirst map[string]bool
	translit := hasTransliterable(text)
	latinNamed := false  // some name is written in Latin letters
	var sounded []string // names found only by how a word sounds
	for _, title := range titles {
		w, _, _ := strings.Cut(strings.TrimSpace(title), " ")
		// Cheapest test first: most titles' names are not in the message.
		latin := len([]rune(w)) >= 4 && latinWordIn(low, w)
		if len([]rune(w)) < 4 || !latin && !(translit && transliteratedIn(text, w)) {
			continue
		}
		if notFirst == nil {
			notFirst = map[string]bool{}
			for _, title := range titles {
				for i, x := range strings.Fields(title) {
					if i > 0 {
						notFirst[x] = true
					}
				}
			}
		}
		if notFirst[w] || wordIn(shop, w) || slices.Contains(found, w) || slices.Contains(sounded, w) || categoryWord(w, title) ||
			inKindPhrase(text, w) {
			continue
		}
		if !latin {
			sounded = append(sounded, w)
			continue
		}
		latinNamed = true
		if found = append(found, w); len(found) == max {
			return found
		}
	}
	if !latinNamed {
		// A shopper who writes one name in Latin letters writes them all
		// so: "Trailhead 티셔츠 … 프린트는" has a loanword ("print") that
		// sounds like Flint, not a second product.
		found = sounded[:min(len(sounded), max)]
	}
	if len(found) > 0 {
		return found
	}
	if w := compoundLine(low, shopName, titles); w != "" {
		// Before the kinds test: the glossary finds no kind glued
		// behind another word ("Expeditionsfäustlinge").
		return []string{w}
	}
	if len(glossary.Terms(text)) == 0 {
		return nil
	}
	if w := shortLineOfKind(low, text, titles); w != "" {
		return []string{w}
	}
	// "the auroa rain shell": a name misspelt by one letter, next to a
	// product kind (without one, "submit" would be the Summit hoodie),
	// not another kind than its title names ("hamac de voyage" is a
	// travel hammock, not the Voyager duffel).
	kinds := glossary.Terms(text)
	for _, title := range titles {
		w, _, _ := strings.Cut(strings.TrimSpace(title), " ")
		if len([]rune(w)) >= 5 && misspeltIn(low, w) && !lineOfOtherKind(titles, w, kinds) && lineName(w, shopName, titles) == w {
			return []string{w}
		}
	}
	return nil
}

// lineTitles are the titles of the line named w, only those sharing
// another word with the message when some do: "Canyon Zip-Off" asks the
// convertible trousers, not the line's other trousers.
func lineTitles(titles []string, w, text string) []string {
	if sharing := sharingTitles(titles, w, text); len(sharing) > 0 {
		return sharing
	}
	var all []string
	for _, title := range titles {
		if startsLine(title, w) {
			all = append(all, title)
		}
	}
	return all
}

// sharingTitles are the titles of the line named w that share another
// word with the message, one the line's other titles lack ("zip-off", not
// "pants"), when not all of them do; nil otherwise.
func sharingTitles(titles []string, w, text string) []string {
	var line []string
	for _, title := range titles {
		if startsLine(title, w) {
			line = append(line, title)
		}
	}
	if len(line) < 2 {
		return nil
	}
	low := strings.ToLower(text)
	var sharing []string
	for _, title := range line {
		for _, x := range strings.Fields(title)[1:] {
			inAll := !slices.ContainsFunc(line, func(o string) bool { return !slices.Contains(strings.Fields(o), x) })
			if !inAll && modelWordIn(low, x) {
				sharing = append(sharing, title)
				break
			}
		}
	}
	if len(sharing) == len(line) {
		return nil
	}
	return sharing
}

// shortLineOfKind is a line name of three letters ("Hut") the message
// names next to a kind word of its title ("les chaussons Hut"): so short a
// word is too often a word of some language ("hut" is a German hat) to name
// the line alone. Written in katakana or hangul ("ハット ダウンブーティー"),
// it is the same sound as the hat (ハット) and needs the kind as much.
func shortLineOfKind(low, text string, titles []string) string {
	kinds := glossary.Terms(text)
	translit := hasTransliterable(text)
	for _, title := range titles {
		w, rest, _ := strings.Cut(strings.TrimSpace(title), " ")
		if len([]rune(w)) != 3 || !latinWordIn(low, w) && !(translit && syllabicIn(text, w)) {
			continue
		}
		if sharesKind(rest, kinds) {
			return w
		}
	}
	return ""
}

// compoundLine is the line a German or Dutch compound names by gluing a
// word of one title to that title's kind ("Expeditionsfäustlinge",
// "Polar-Fäustlinge" for Polar Expedition Mittens): written as one word,
// the line's words are found by neither latinWordIn nor the glossary
// alone. Only a word that picks a single line counts ("Trailschuhe" glues
// a word several lines share), and the line must pass lineName's tests.
func compoundLine(low, shopName string, titles []string) string {
	line := ""
	for _, tok := range strings.FieldsFunc(low, func(r rune) bool { return r != '-' && !latinAlnum(r) }) {
		tok = strings.ReplaceAll(tok, "-", "")
		if len(glossary.Terms(tok)) > 0 {
			continue // a kind of its own ("Windjacke"), named by no line
		}
		for _, title := range titles {
			w, _, _ := strings.Cut(strings.TrimSpace(title), " ")
			if startsLine(title, line) || !gluedToKind(tok, title) || lineName(w, shopName, titles) != w {
				continue // a translated title may start with its kind
			}
			if line != "" {
				return "" // two lines
			}
			line = w
		}
	}
	return line
}

// gluedToKind reports whether tok is a word of title (four letters or
// more) followed, after an optional linking s, by a kind word of title.
func gluedToKind(tok, title string) bool {
	for _, x := range strings.Fields(strings.ToLower(title)) {
		rest, ok := strings.CutPrefix(tok, x)
		if !ok || len([]rune(x)) < 4 || len([]rune(rest)) < 3 {
			continue
		}
		kinds := glossary.Terms(rest)
		if s, linked := strings.CutPrefix(rest, "s"); linked && len(kinds) == 0 {
			kinds = glossary.Terms(s)
		}
		if sharesKind(title, kinds) {
			return true
		}
	}
	return false
}

// sharesKind reports whether title names one of the product kinds.
func sharesKind(title string, kinds []string) bool {
	return slices.ContainsFunc(glossary.Terms(title), func(k string) bool { return slices.Contains(kinds, k) })
}

// lineOfOtherKind reports whether the titles of line w name product
// kinds, none of them one of kinds ("Voyager 60L Travel Duffel" beside
// "hamac"). titles holds each title's leading words too ("voyager").
func lineOfOtherKind(titles []string, w string, kinds []string) bool {
	var own []string
	for _, title := range titles {
		if startsLine(title, w) {
			own = append(own, glossary.Terms(title)...)
		}
	}
	return len(own) > 0 && !slices.ContainsFunc(own, func(k string) bool { return slices.Contains(kinds, k) })
}

// misspeltIn reports whether a Latin word of low, not a catalog kind word,
// is name (five letters or more) with one letter left out, added, changed
// or two swapped, the first letter kept.
func misspeltIn(low, name string) bool {
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !latinAlnum(r) }) {
		// The glossary last: it scans every category stem, oneEdit two words.
		if w != name && len(w) >= 4 && w[0] == name[0] && oneEdit(w, name) && len(glossary.Terms(w)) == 0 {
			return true
		}
	}
	return false
}

// oneEdit reports whether a and b differ by one insertion, deletion,
// substitution or swap of neighbouring letters.
func oneEdit(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y)-len(x) > 1 {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	if len(x) == len(y) {
		if i == len(x) {
			return false
		}
		if string(x[i+1:]) == string(y[i+1:]) {
			return true // one changed
		}
		return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && string(x[i+2:]) == string(y[i+2:])
	}
	return string(x[i:]) == string(y[i+1:]) // one added
}

// inKindPhrase reports whether w is a word of a several-word kind the
// message names ("forro polar" is fleece): there it is the kind, not the
// line it also names ("Polar Expedition Mittens").
func inKindPhrase(text, w string) bool {
	return slices.ContainsFunc(glossary.Stems(text), func(stem string) bool {
		return strings.Contains(stem, " ") && wordIn(" "+stem+" ", w)
	})
}

// categoryWord reports whether w, the first word of title, is a category
// word rather than a name: it names a kind in some language, and the rest
// of the title names that kind too or no kind at all ("Fleece Hoodie").
// "Polar" is fleece in Turkish and Spanish, yet the first word of "Polar
// Expedition Mittens", whose other words say gloves, is a name.
func categoryWord(w, title string) bool {
	kinds := glossary.Terms(w)
	if len(kinds) == 0 {
		return false
	}
	_, rest, _ := strings.Cut(strings.TrimSpace(title), " ")
	own := glossary.Terms(rest)
	if len(own) == 0 {
		return true
	}
	for _, k := range kinds {
		if slices.Contains(own, k) {
			return true
		}
	}
	return false
}

// primaryLang is the shop's primary language as replies name languages.
func (t *turn) primaryLang() string {
	if l, ok := lang.Normalize(t.shop.PrimaryLocale); ok {
		return l
	}
	return "en"
}

// latinWordIn reports whether w occurs in low not glued to other Latin
// letters or digits.
func latinWordIn(low, w string) bool {
	for i := 0; ; {
		j := strings.Index(low[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(low[:j])
		after, _ := utf8.DecodeRuneInString(low[j+len(w):])
		if !latinAlnum(before) && !latinAlnum(after) {
			return true
		}
		i = j + len(w)
	}
}

func latinAlnum(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) || unicode.Is(unicode.Latin, r)
}

// offerBackInStock records a back-in-stock subscription when the shopper
// wrote an email address with the question about a sold-out variant (an
// explicit request: "tell me when the XL is back, me@example.com"), and
// otherwise says how to ask for one. The email is sent once, in the
// language of this reply (package backinstock).
func (t *turn) offerBackInStock(v *knowledge.VariantFact) error {
	data := map[string]any{"Variant": v.Title}
	email := t.u.Ents.Email
	if email == "" || t.dry {
		t.say(t.t("stock_notify_offer", data))
		return nil
	}
	err := t.e.store.SubscribeBackInStock(t.ctx, &db.StockSubscription{ShopID: t.shop.ID, VariantID: v.ID, Email: email,
		Language: t.reply.Language, ConversationID: t.conv.ID})
	if err != nil {
		return err
	}
	data["Email"] = email
	t.say(t.t("stock_notify_saved", data))
	return nil
}

// namedSiblings drops the products of a line the shopper did not name when
// they named a sibling: "a merino base layer top" names the Top of the
// Alpine Merino 200 Base Layer line, not its Leggings, which the
// product type and every other word share. Siblings are products whose
// handles differ only in their last word; the shopper names one by that
// word.
func namedSiblings(text string, hits []knowledge.Hit) []knowledge.Hit {
	low := " " + strings.ToLower(text) + " "
	stem := func(h knowledge.Hit) (string, string) {
		i := strings.LastIndex(h.Handle, "-")
		if i < 0 {
			return "", ""
		}
		return h.Handle[:i], h.Handle[i+1:]
	}
	named := map[string]bool{} // line stems with a sibling named
	for _, h := range hits {
		if line, last := stem(h); line != "" && len(last) >= 3 && latinWordIn(low, last) {
			named[line] = true
		}
	}
	if len(named) == 0 {
		return hits
	}
	return slices.DeleteFunc(slices.Clone(hits), func(h knowledge.Hit) bool {
		line, last := stem(h)
		return named[line] && !latinWordIn(low, last)
	})
}

// withLatinLine is a hit's title as a reply line says it: a title
// translated into a script without Latin letters ("سترة أورورا 2.5L
// المقاومة للمطر") carries the line name in Latin letters after it
// ("(Aurora)"), the name printed on the product and its label, which the
// shopper can then match.
func (t *turn) withLatinLine(h knowledge.Hit) string {
	if latinLetters(h.Title) >= 3 {
		return h.Title // in Latin letters, or naming the line already
	}
	f, err := t.e.index.ProductFacts(t.ctx, t.shop.Domain, h.ProductID, "", t.reply.Language)
	if err != nil {
		t.logErr("original title", err)
	}
	if f == nil {
		return h.Title
	}
	w, _, _ := strings.Cut(strings.TrimSpace(f.OriginalTitle), " ")
	if len([]rune(w)) < 4 || !strings.EqualFold(lineName(w, "", t.names), w) {
		return h.Title // no line name: "Merino", a kind word
	}
	return h.Title + " (" + w + ")"
}

// latinLetters is how many Latin letters w has.
func latinLetters(w string) int {
	n := 0
	for _, r := range w {
		if unicode.In(r, unicode.Latin) {
			n++
		}
	}
	return n
}
