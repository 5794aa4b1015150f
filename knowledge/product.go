package knowledge

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"shopassist/knowledge/geo"
)

// ProductFacts is what the shop's data says about one product, in the
// shopper's language where the shop translated it and in the original
// language otherwise (never a third one).
type ProductFacts struct {
	ProductID   int64
	Title       string
	URL         string
	ImageURL    string
	Currency    string
	Lang        string // language of Title and Details
	ProductType string
	Tags        []string
	// OriginalTitle and OriginalType are in the shop's primary language,
	// whatever language Title and ProductType are shown in.
	OriginalTitle, OriginalType string
	// Details are the description passages (paragraphs, list items) that
	// share terms with the question, best first; the first paragraph when
	// none does.
	Details []string
	// Matched is set when Details were chosen because they share terms
	// with the question.
	Matched bool
	// MatchedTags are the product's tags the question names.
	MatchedTags []string
	Options     []Option // values in Lang where translated
	Variants    []VariantFact
}

// VariantFact is one variant with its option values in the display
// language.
type VariantFact struct {
	ID             int64
	Title          string
	Options        map[string]string // original option name → value in Lang
	Original       map[string]string // original option name → original value
	Price          float64
	CompareAtPrice float64
	Available      bool
	// Inventory is the stock count; an available variant without stock
	// sells on (pre-order, back order, or stock not tracked).
	Inventory int
	// Grams is the shipping weight (0: unknown).
	Grams int
}

// ProductFacts returns a product's facts for a question, or nil when the
// product is not active in the index. An empty question gives the options
// and variants without description passages.
func (m *Manager) ProductFacts(ctx context.Context, shop string, id int64, question, lang string) (*ProductFacts, error) {
	var out *ProductFacts
	err := m.withShop(ctx, shop, func(s *shopIndex) error {
		var err error
		out, err = s.productFacts(id, question, langKey(lang))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("product facts of %s: %w", shop, err)
	}
	return out, nil
}

func (s *shopIndex) productFacts(id int64, question, lang string) (*ProductFacts, error) {
	e, ok := s.entries[id]
	if !ok {
		return nil, nil
	}
	p, err := s.product(e)
	if err != nil {
		return nil, err
	}
	f := &ProductFacts{ProductID: p.ID, Title: p.Title, URL: p.URL, ImageURL: p.ImageURL, Currency: s.currency,
		Lang: s.primary, ProductType: p.ProductType, Tags: p.Tags, OriginalTitle: p.Title, OriginalType: p.ProductType}
	desc := p.Description
	tr, translated := Translation{}, false
	if lang != s.primary {
		var in string
		if tr, in, translated = translationIn(p, lang); translated && tr.Title != "" {
			f.Title, f.Lang = tr.Title, in
			if tr.Description != "" {
				desc = tr.Description
			}
			if tr.ProductType != "" {
				f.ProductType = tr.ProductType
			}
		} else {
			translated = false
		}
	}
	value := func(v string) string {
		if translated {
			if t, ok := tr.OptionValues[v]; ok {
				return t
			}
		}
		return v
	}
	for _, o := range p.Options {
		vals := make([]string, len(o.Values))
		for i, v := range o.Values {
			vals[i] = value(v)
		}
		f.Options = append(f.Options, Option{Name: o.Name, Values: vals})
	}
	for _, v := range p.Variants {
		vf := VariantFact{ID: v.ID, Title: v.Title, Price: v.Price, CompareAtPrice: v.CompareAtPrice, Available: v.Available,
			Inventory: v.Inventory, Grams: v.Grams, Options: map[string]string{}, Original: v.Options}
		if translated {
			vf.Title = variantTitle(p, v, lang)
		}
		for name, val := range v.Options {
			vf.Options[name] = value(val)
		}
		f.Variants = append(f.Variants, vf)
	}
	if question == "" {
		// Options and variants only (a product card's pickers): no
		// question to rank the description for.
		return f, nil
	}
	// Description passages ranked by the question's terms, analyzed in the
	// language of the text shown.
	dl := f.Lang
	want := map[string]bool{}
	for _, t := range analyzeWith(s.pm, dl, question) {
		want[t] = true
	}
	for _, t := range analyzeWith(s.pm, dl, f.Title) {
		delete(want, t) // the product's name is not the question
	}
	lowerQ := strings.ToLower(question)
	for _, tag := range p.Tags {
		w := strings.ToLower(strings.ReplaceAll(tag, "-", " "))
		if len(w) >= 3 && strings.Contains(lowerQ, w) {
			f.MatchedTags = append(f.MatchedTags, tag)
		}
	}
	// Each asked attribute's own terms too: "is it rechargeable and how
	// long does the battery last?" asks two facts, and the two passages
	// richest in the question's words may both state the runtime.
	var asked []map[string]bool
	rest := lowerQ
	for _, a := range attributeWords {
		for _, cue := range a.cues {
			if containsWordStart(rest, cue) {
				rest = strings.ReplaceAll(rest, cue, " ")
				own := map[string]bool{}
				for _, x := range a.expand {
					for _, t := range analyzeWith(s.pm, dl, x) {
						want[t] = true
						own[t] = true
					}
				}
				asked = append(asked, own)
				break
			}
		}
	}
	type scored struct {
		text  string
		terms []string
		n     int
	}
	var ranked []scored
	for _, para := range SplitPassages(desc) {
		terms := distinct(withUnitWords(analyzeWith(s.pm, dl, para)))
		ranked = append(ranked, scored{para, terms, countWanted(terms, want)})
	}
	bestN := 0
	for _, r := range ranked {
		bestN = max(bestN, r.n)
	}
	if bestN > 0 {
		f.Matched = true
		for n := bestN; n > 0 && len(f.Details) < 2; n-- {
			for _, r := range ranked {
				if r.n == n && len(f.Details) < 2 {
					f.Details = append(f.Details, strings.TrimPrefix(r.text, "- "))
				}
			}
		}
		for _, own := range asked {
			// The passage that best states each asked attribute, when
			// the two above do not.
			best, bestOwn := "", 0
			for _, r := range ranked {
				if n := countWanted(r.terms, own); n > bestOwn {
					best, bestOwn = strings.TrimPrefix(r.text, "- "), n
				}
			}
			if best != "" && !slices.Contains(f.Details, best) && len(f.Details) < maxDetails {
				f.Details = append(f.Details, best)
			}
		}
	} else if len(ranked) > 0 {
		f.Details = []string{ranked[0].text}
	}
	if AsksOrigin(question) {
		for _, r := range ranked {
			if namesCountry(r.text) {
				f.Details = originFirst(f.Details, strings.TrimPrefix(r.text, "- "))
				f.Matched = true
				break
			}
		}
	}
	return f, nil
}

// withUnitWords adds the word a number is written against ("60시간" →
// "시간", "400루멘" → "루멘"): analyzers that split on spaces only keep the
// two together, so a passage stating hours or lumens would share no term
// with a question asking them.
func withUnitWords(terms []string) []string {
	for _, t := range terms {
		i := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != ',' })
		if i > 0 && utf8.RuneCountInString(t[i:]) >= 2 && unicode.IsLetter([]rune(t[i:])[0]) {
			terms = append(terms, t[i:])
		}
	}
	return terms
}

// originFirst puts the passage that names a country ("Printed … in
// Portugal", "Yeni Zelanda'dan … merino") first among the details, for a
// question asking where the product is made or comes from: its words
// ("waar", "nereden") share no term with that passage.
func originFirst(details []string, passage string) []string {
	out := []string{passage}
	for _, d := range details {
		if d != passage && len(out) < maxDetails {
			out = append(out, d)
		}
	}
	return out
}

// fabricPlaces are countries whose names are also garment and fabric
// words: a "jersey" or "guernsey" is no origin.
var fabricPlaces = []string{"JE", "GG"}

// FabricPlace reports whether a country's name is also a garment or fabric
// word ("jersey"), so a passage naming it states no origin.
func FabricPlace(code string) bool { return slices.Contains(fabricPlaces, code) }

// namesCountry reports whether a passage names a country, in any language.
func namesCountry(text string) bool {
	for _, m := range places().Find(text) {
		if m.Kind == geo.Country && !m.Aside && !FabricPlace(m.Code) {
			return true
		}
	}
	return false
}

// originCues ask where a product is made or comes from. They only rank a
// description's passages (a question on a product's data is routed by its
// name): "where" alone would also ask where an order is.
var originCues = []string{"where is it made", "where are they made", "made in", "where is it from", "where does", "come from",
	"comes from", "origin", "produced", "manufactured", "hergestellt", "herkunft", "woher", "fabriqué", "fabriquée", "d'où", "provenance",
	"origine", "de dónde", "dónde se fabrica", "fabricad", "origen", "dove è prodott", "dove viene", "da dove", "provenienza", "dove lo fanno", "dove la fanno", "dove li fanno", "dove le fanno",
	"dove è fatt", "dove sono fatt", "dove vengono", "dónde lo hacen", "dónde los hacen", "où est-il fait", "où sont-ils fait", "wo wird",
	"wo werden",
	"prodotto in", "fabbricat", "de onde", "onde é feit", "origem", "produzid", "waar wordt", "waar komt", "gemaakt in",
	"herkomst", "nereden", "nerede üretil", "nerede yapıl", "menşe", "üretim yeri", "skąd", "gdzie produkowan", "gdzie szyt",
	"pochodzeni", "dari mana", "buatan mana", "dibuat di mana", "откуда", "где производ", "где сделан", "где шьют", "происхожден",
	"どこ製", "どこで作", "どこ産", "産地", "原産", "产地", "產地", "哪里产", "哪裡產", "哪里生产", "哪裡生產", "哪里做", "哪裡做",
	// Knitted or woven where ("где его вяжут?", "wo wird er gestrickt?").
	"вяжут", "связан", "knitted in", "where is it knit", "where are they knit", "gestrickt", "tricoté", "tricotés", "tejido en",
	"dónde se teje", "lavorato a maglia", "tricotad", "gebreid", "örül", "dzian", "robiony na drutach", "dirajut", "編まれ", "編んで", "编织", "編織",
	"뜨개", "뜨는", "حياكت", "تحاك",
	"원산지", "어디서", "어디에서", "어디산", "생산지", "나라산", "어느 나라", "どこの国", "どの国", "どこで編", "どこで縫",
	"どこで製", "どこで生産", "哪个国家", "哪個國家", "哪国", "哪國", "which country", "welches land", "welchem land", "quel pays", "qué país", "que país",
	"quale paese", "welk land", "hangi ülke", "jakiego kraju", "negara mana", "какой стран", "من أين", "أين تصنع", "أين يصنع", "بلد المنشأ", "صنع في"}

// AsksOrigin reports whether the question asks where a product is made or
// where its material comes from.
func AsksOrigin(question string) bool {
	low := strings.ToLower(question)
	if containsWordStart(low, "where") && containsWordStart(low, "made") {
		return true // "where are the socks made?"
	}
	for _, cue := range originCues {
		if containsWordStart(low, cue) {
			return true
		}
	}
	return false
}

// maxDetails bounds the description passages one answer quotes: the two
// richest in the question's words, then one more per other asked attribute.
const maxDetails = 4

// AsksAttribute reports whether the question asks one of the product
// attributes descriptions state (material, warmth, waterproofing, weight,
// care): with a product's name it is a question for that product's data,
// whatever topic the intent classifier guessed ("Solstice帐篷多重？" reads
// as a payment problem to a classifier that sees 重).
func AsksAttribute(question string) bool {
	low := strings.ToLower(question)
	for _, a := range attributeWords {
		if !a.routes {
			continue
		}
		for _, cue := range a.cues {
			if containsWordStart(low, cue) {
				return true
			}
		}
	}
	return false
}

// AsksStock reports whether the question asks whether a product can be
// had ("in stock?", "disponíveis?", "有货吗"): the cues of the stock entry
// of attributeWords, so one list serves ranking and routing.
func AsksStock(question string) bool {
	low := strings.ToLower(question)
	for _, cue := range stockAttribute.cues {
		if containsWordStart(low, cue) {
			return true
		}
	}
	return false
}

// attribute maps the cues of one asked attribute ("what material?", "how
// warm?") to the words a description states it with. routes is set when the
// cue alone makes a message about a named or viewed product a question for
// its data; stock, care and contents only rank passages, since "is shipping
// included?" on a product page still asks the shipping policy.
type attribute struct {
	cues, expand []string
	routes       bool
}

// attributeWords are every attribute product questions ask, for ranking a
// description's passages and (those that route) for routing.
var attributeWords = []attribute{
	fabricWeightAttribute,
	{routes: true, cues: []string{"material", "made of", "made from", "fabric", "composition", "de quoi sont", "de quoi est", "fait de",
		"fait en", "faite de", "faite en", "faites de", "faites en", "hecho de", "hechos de", "hecha de", "hechas de", "está hecho", "está hecha", "están hechos", "están hechas", "esta hecho", "esta hecha", "composición",
		"gemacht aus", "besteht aus", "bestehen aus", "fatto di", "fatti di", "fatta di", "fatte di", "composizione", "feito de",
		"feitos de", "feita de", "feitas de", "composição", "gemaakt van", "gemaakt uit", "neyden", "nelerden", "z czego", "skład",
		"terbuat dari", "из чего", "состав", "何でできて", "什么做的", "什麼做的", "成分", "무엇으로", "성분", "مصنوع", "مصنوعة", "materiaal", "stoff", "stof", "tela", "tissu", "tessuto", "tecido", "kumaş", "materiał", "bahan", "خامة", "مادة", "материал", "ткан", "素材", "材質", "材质", "材料", "面料", "소재",
		"料子", "布料", "원단", "생지", "生地",
		// "What kind of leather?", "any synthetic in it?", "what
		// percentage?": the material, asked by its name or its share.
		"leather", "leder", "cuir", "cuero", "couro", "deri ", "derisi", "skór", "кож", "가죽", "皮革", "レザー", "جلد",
		"synthetic", "sintétic", "sintetic", "synthéti", "synthetisch", "sentetik", "syntetycz", "sintetis", "синтет", "化纤", "化纖", "化繊", "합성",
		// "What is it filled with?", "which stainless?": the filling or
		// the metal, asked by its own word.
		"filled", "filling", "rempli", "rembourr", "gefüllt", "füllung", "relleno", "rellena", "imbottit", "riempit", "recheio",
		"recheado", "enchimento", "gevuld", "vulling", "dolgu", "wypełn", "isian", "наполнител", "набит", "中綿", "填充", "充填",
		"충전재", "حشو", "stainless", "inox", "edelstahl", "acero", "aço", "roestvrij", "rvs", "paslanmaz", "nierdzew", "нержав",
		"ステンレス", "不锈钢", "不鏽鋼", "스테인리스", "ستانلس", "ستانليس", "فولاذ",
		"percentage", "porcentaje", "pourcentage", "prozent", "percentuale", "porcentagem", "percentage", "yüzde", "procent", "persentase",
		"процент", "百分比", "含量", "割合", "混率", "퍼센트", "혼용률", "نسبة"},
		expand: []string{"nylon", "polyester", "merino", "wool", "down", "cotton", "linen", "leather", "recycled", "fleece", "synthetic", "ripstop", "organic", "fabric", "hemp",
			// The same materials as translated descriptions name them.
			"poliéster", "poliester", "полиэстер", "폴리에스터", "聚酯", "nailon", "naylon", "nilon", "нейлон", "나일론", "尼龍", "尼龙",
			"merinos", "мериноса", "메리노", "美麗諾", "美利奴", "lana", "laine", "wolle", "wol", "yün", "wełna", "шерсть", "울", "羊毛",
			"algodón", "coton", "baumwolle", "katoen", "pamuk", "bawełna", "katun", "хлопок", "코튼", "棉", "plumón", "duvet", "daune",
			"dons", "puch", "пух", "다운", "羽絨", "羽绒", "cuir", "leder", "leer", "deri", "skóra", "kulit", "кожа", "가죽", "皮革",
			"reciclado", "recyclé", "recycelt", "gerecycled", "dönüştürülmüş", "recyklingu", "daur", "переработанного", "재활용", "再生",
			"stainless", "steel", "18/8", "الفولاذ", "فولاذ", "ナイロン", "リップストップ", "ポリエステル", "ウール", "ダウン", "コットン",
			"リネン", "レザー", "filled", "fill",
			// Bio-based plastics (frames, buckles), named for their plant.
			"bio-based", "biobased", "biosourcé", "biosourcée", "biobasiert", "castor", "ricin", "rizinus", "ricino", "mamona",
			"wonderolie", "hint yağı", "rycyn", "jarak", "касторов", "ひまし", "蓖麻", "피마자", "الخروع"}},
	pocketAttribute,
	packAttribute,
	// "How much drop? A rock plate?": a shoe's sole and its build.
	{routes: true, cues: []string{"drop", "sprengung", "rock plate", "steinschutz", "lugs", "stollen", "outsole", "sole", "sohle",
		"suela", "semelle", "suola", "zool", "taban", "podeszw", "подошв", "ソール", "鞋底", "밑창", "نعل", "placa", "plaque",
		"piastra", "plaat", "plaka", "płytk", "pelat", "пластин", "プレート", "板", "플레이트", "صفيحة",
		// The drop and the lugs as shoppers of other scripts write them
		// ("러그 깊이랑 드롭", "ドロップは何ミリ", "前后落差").
		"드롭", "러그", "ドロップ", "ラグの深さ", "落差", "跟差", "дроп", "перепад", "грунтозацеп", "протектор", "dropu", "bieżnik"},
		expand: []string{"drop", "mm", "plate", "lugs", "sole", "outsole", "vibram", "sprengung", "steinschutzplatte", "stollen"}},
	adjustAttribute,
	{routes: true, cues: []string{"warm", "cold", "temperature", "temperatur", "температур", "insulat", "chaud", "froid", "cálid", "calient", "abrig", "frío", "caldo", "quente", "frio", "sıcak", "ciepł", "hangat", "دافئ", "دفء", "الدفء", "تدفئ", "тепл", "暖か", "保温", "保暖", "暖和", "따뜻",
		// "Down to how many degrees?": the rating, asked in degrees.
		"degrees", "graden", "degrés", "grados", "gradi", "graus", "derece", "stopni", "derajat", "градус", "何度", "几度", "幾度",
		"몇 도", "درجة"},
		expand: []string{"°C", "fill", "insulated", "warm", "warmest", "down", "comfort", "winter"}},
	{routes: true, cues: []string{"waterproof", "water", "rain", "wasserdicht", "regen", "impermeable", "imperméable", "pluie", "lluvia", "impermeabile", "à prova d", "chuva", "waterdicht", "su geçirmez", "wodoodporn", "wodoszczeln", "szczelnoś", "tahan air", "مقاوم للماء", "водонепрониц", "непромока", "防水", "雨", "방수",
		// Written without the accent: "a prova d'água".
		"a prova d", "prova d'água", "prova de água",
		// Rain and leaking, in the languages the words above lack: "비오는날
		// 물 안새요?" (no leak on rainy days?).
		"pioggia", "yağmur", "deszcz", "hujan", "дожд", "مطر", "비오", "비 오", "비 올", "비가 오", "빗물", "물 새", "물이 새", "물 안새", "물 안 새",
		"leak", "undicht", "lekt", "lekken", "fuite", "gotea", "goteras", "perde acqua", "vaza", "sızdır", "przecieka", "bocor",
		"протека", "漏れ", "漏水", "渗水", "滲水", "يسرب"},
		expand: []string{"waterproof", "rain", "mm", "seam", "water", "repellent", "shell", "membrane", "splash", "ipx4", "ipx5", "ipx6", "ipx7", "ipx8",
			"waterdicht", "geçirmez", "wodoodporne", "tahan", "непромокаемые", "непромокаемая", "방수", "防水", "impermeável", "impermeáveis",
			"impermeable", "imperméable", "wasserdicht", "wasserdichte", "мм", "毫米", "membraan", "membran", "membrana", "мембраной", "멤브레인",
			// Water-repellent, as translated descriptions say it.
			"déperlant", "déperlante", "wasserabweisend", "wasserabweisende", "repelente", "idrorepellente", "waterafstotend",
			"waterafstotende", "itici", "водоотталкивающ", "撥水", "防泼水", "防潑水", "발수", "طارد"}},
	weightAttribute,
	// "How much UV do the lenses block?": the UV rating.
	{routes: true, cues: []string{"uv", "ultraviolet", "ultravioleta", "ultraviolett", "ultravioletto", "ultravioleta", "ultraviyole",
		"ультрафиолет", "紫外線", "紫外线", "자외선", "الأشعة فوق البنفسجية",
		// "Which lens category?": the filter category beside the UV rating.
		"lens category", "category", "categoría", "catégorie", "kategorie", "categoria", "categorie", "kategori", "kategoria",
		"категори", "カテゴリー", "カテゴリ", "类别", "類別", "几类", "幾類", "카테고리", "فئة"},
		expand: []string{"uv400", "uv", "protection", "category", "lenses"}},
	// "What's the inseam?": the leg length of trousers.
	{routes: true, cues: []string{"inseam", "inside leg", "leg length", "schrittlänge", "innenbeinlänge", "beinlänge", "entrepierna",
		"largo de pierna", "entrejambe", "longueur de jambe", "lunghezza interna", "cavallo", "entreperna", "comprimento da perna",
		"binnenbeenlengte", "beenlengte", "iç bacak", "paça boyu", "długość nogawki", "wewnętrzna długość", "panjang kaki", "inseam",
		"длина по внутреннему шву", "длина брючин", "股下", "内长", "內長", "裤长", "褲長", "인심", "안쪽 길이", "기장", "طول الساق"},
		expand: []string{"inseam", "cm", "leg", "length"}},
	// "How many breaths to inflate it? Is there a pump?"
	{routes: true, cues: []string{"inflate", "pump", "aufblasen", "aufpumpen", "pumpe", "gonfl", "pompe", "hinchar", "inflar", "bomba",
		"gonfiare", "pompa", "encher", "opblazen", "oppompen", "şişir", "pompa", "nadmuch", "pompk", "pompa", "надув", "насос",
		"膨らま", "ポンプ", "充气", "充氣", "打气", "打氣", "바람", "펌프", "نفخ", "منفاخ"},
		expand: []string{"inflates", "breaths", "pump", "sack", "valve"}},
	// "How much weight does it hold?": the load the description states.
	{routes: true, cues: []string{"hold", "carry", "max load", "maximum load", "load capacity", "tragen", "trägt", "belastbar", "soporta", "aguanta",
		"supporte", "charge max", "regge", "portata", "suporta", "aguenta", "draagt", "dragen", "draagvermogen", "taşır", "taşıma",
		"udźwig", "wytrzyma", "menahan", "beban", "تتحمل", "يتحمل", "الحمولة", "تحمل", "يحمل", "كم كيلو", "выдерж", "нагрузк", "耐荷重", "承重", "承受", "하중", "견디",
		// The load carried on the back, asked with the verb for carrying
		// a pack ("Ile kilogramów można w nim nosić?", "combien de kilos
		// peut-on porter ?", "몇 킬로까지 멜 수 있나요?").
		"porter", "portare", "portano", "llevar", "cargar", "nosić", "unieść", "uniesie", "dźwigać", "нести", "носить", "унести",
		"taşın", "membawa", "背負える", "能背", "背多", "멜 수", "지고 다"},
		expand: []string{"kg", "holds", "hold", "load", "carries"}},
	// "How long does the battery last?": the runtime, stated in hours.
	{routes: true, cues: []string{"battery", "batteri", "batería", "bateria", "batarya", "baterai", "akku", "аккумулятор", "батаре",
		"バッテリー", "電池", "电池", "배터리", "بطارية", "runtime", "run time", "autonomi", "laufzeit", "leuchtdauer", "brenndauer",
		"gaat mee", "pil ömrü", "czas pracy", "daya tahan", "续航", "續航", "持ち時間", "사용 시간", "يدوم",
		// "How many hours does it last?"
		"how many hours", "wie viele stunden", "cuántas horas", "combien d'heures", "quante ore", "quantas horas", "hoeveel uur",
		"kaç saat", "ile godzin", "berapa jam", "сколько часов", "何時間", "几个小时", "幾個小時", "多少小时", "多少小時", "몇 시간", "كم ساعة"},
		expand: []string{"hours", "hour", "runtime", "battery", "lowest", "horas", "heures", "stunden", "uur", "ore", "saat",
			"godzin", "jam", "часов", "時間", "小时", "小時", "시간", "ساعة",
			// "60 saate kadar": the Turkish analyzer keeps the case ending.
			"saate", "saatte"}},
	// "Is it rechargeable? How does it charge?": USB or the sun.
	{routes: true, cues: []string{"recharg", "charging", "how does it charge", "aufladen", "aufgeladen", "lädt", "wiederaufladbar",
		"recargable", "recarga", "se carga", "cargar", "se recharge", "ricaric", "carica", "recarregáv", "carregar", "carrega",
		"oplaadbaar", "opladen", "laadt", "şarj", "ładowa", "naładowa", "ładuje", "isi ulang", "mengisi daya", "di-charge", "заряж",
		"зарядк", "充電", "充电", "충전", "قابل للشحن", "قابلة للشحن", "إعادة الشحن", "شاحن",
		// Said in chat ("ngecasnya pake apa?") or as the cable it takes.
		"ngecas", "ngecharge", "dicas", "charge it", "charger", "cable", "kabel", "cabo", "cavo", "câble", "cable de carga",
		"кабел", "ケーブル", "充电线", "充電線", "数据线", "數據線", "케이블", "كابل"},
		expand: []string{"usb", "usb-c", "solar", "charges", "charge", "rechargeable", "recarga", "carga", "lädt", "aufladen",
			"recharge", "ricarica", "carrega", "laadt", "şarj", "ładuje", "mengisi", "заряжается", "充電", "充电", "충전", "شحن",
			"solaire", "sonne", "sol", "sole", "zon", "güneş", "słońce", "matahari", "солнце", "太陽", "太阳", "태양", "شمس"}},
	// "Can I charge my phone with it?": whether it doubles as a power bank.
	{routes: true, cues: []string{"power bank", "powerbank", "charge my phone", "charge a phone", "charge your phone", "charge phones",
		"handy laden", "handy aufladen", "telefon laden", "smartphone laden", "recharger mon téléphone", "recharger un téléphone",
		"recharger le téléphone", "charger mon téléphone", "batterie externe", "cargar el móvil", "cargar mi móvil", "cargar el celular",
		"cargar mi celular", "batería externa", "caricare il telefono", "caricare il cellulare", "ricaricare il telefono", "caricare lo smartphone",
		"carregar o celular", "carregar meu celular", "carregar o telemóvel", "carregador portátil", "telefoon opladen", "mijn telefoon opladen",
		"telefonu şarj", "telefon şarj", "naładować telefon", "ładować telefon", "ładowania telefonu", "ngecas hp", "isi daya hp",
		"mengisi daya ponsel", "зарядить телефон", "заряжать телефон", "пауэрбанк", "повербанк", "スマホを充電", "スマホの充電",
		"モバイルバッテリー", "手机充电", "給手機充電", "给手机充电", "手機充電", "充电宝", "充電寶", "行動電源", "移动电源", "폰 충전",
		"휴대폰 충전", "핸드폰 충전", "보조배터리", "شحن الهاتف", "شحن هاتفي", "شحن جوالي", "باور بانك"},
		expand: []string{"power", "bank", "phone", "usb", "powerbank", "batería", "batterie", "akku", "telefone", "telefoon", "ponsel",
			"телефон", "スマホ", "手机", "手機", "휴대폰", "هاتف"}},
	// "How bright?": the lumens.
	{routes: true, cues: []string{"lumen", "bright", "how much light", "hell ist", "helligkeit", "brillo", "luminosit", "luminosidad",
		"brilho", "helderheid", "parlaklı", "jasnoś", "terang", "яркост", "люмен", "明る", "ルーメン", "亮度", "流明", "밝기", "루멘",
		"سطوع", "لومن"},
		expand: []string{"lumen", "lumens", "lúmenes", "lúmens", "lumina", "люмен", "люменов", "ルーメン", "流明", "루멘", "لومن"}},
	// "How big is the pad?": measurements in centimetres.
	{routes: true, cues: []string{"dimension", "how big", "how large", "how thick", "measure", "wie groß", "wie gross", "wie dick",
		"abmessung", "maße", "masse", "medidas", "grosor", "qué tan grande", "épais", "quelle taille fait", "misure", "spessore",
		"quanto è grande", "espessura", "tamanho tem", "afmeting", "hoe groot", "hoe dik", "boyut", "kalınlı", "wymiar", "grub",
		"jak duż", "tebal", "seberapa besar", "габарит", "толщин", "какого размера", "大きさ", "寸法", "厚さ", "多大", "多厚",
		"크기", "두께", "أبعاد", "سمك", "حجم"},
		expand: []string{"cm", "mm", "thick", "dick", "épais", "épaisseur", "grueso", "spessa", "espessura", "dik", "grubość", "tebal",
			"толщиной", "厚", "두께", "سميك"}},
	// "How many litres?": the capacity, in millilitres or litres.
	{routes: true, cues: []string{"capacity", "volume", "volumen", "litre", "liter", "litro", "litri", "litr", "литр", "リットル", "公升", "리터", "لتر", "ml ", "fassungsvermögen", "capacidad", "capacité",
		"capacità", "capacidade", "inhoud", "hacim", "hacm", "kapasite", "pojemn", "kapasitas", "объём", "объем", "ёмкост", "емкост",
		"容量", "容積", "容积", "毫升", "용량", "سعة",
		// How much water goes in, asked as a verb.
		"how much water", "cabe", "caben", "cuánta agua", "wie viel wasser", "combien d'eau", "quanta acqua", "quanta água",
		"hoeveel water", "ne kadar su", "ile wody", "berapa banyak air", "сколько воды", "どのくらい入", "能装多少", "能裝多少",
		"装多少", "裝多少", "얼마나 들어", "كم يتسع"},
		expand: []string{"ml", "liter", "litre", "litres", "liters", "litros", "litri", "capacity", "мл", "л", "公升", "升", "리터", "لتر"}},
	// "How many people is it for?": the number of people a tent, kit or
	// stove serves, stated as "two-person" or "one to four people".
	{routes: true, cues: []string{"how many people", "how many persons", "wie viele personen", "für wie viele", "cuántas personas",
		"para cuántos", "combien de personnes", "pour combien", "quante persone", "per quanti", "quantas pessoas", "para quantos",
		"hoeveel personen", "hoeveel mensen", "met hoeveel", "voor hoeveel", "kaç kişi", "ile osób", "dla ilu", "berapa orang", "сколько человек", "на скольких",
		"何人", "几个人", "幾個人", "几人", "幾人", "몇 명", "몇 인", "몇명", "كم شخص", "لكم شخص"},
		expand: []string{"people", "person", "persons"}},
	// "How much space does it save?": what compression or packing saves.
	{routes: true, cues: []string{"how much space", "how much room", "save space", "saves space", "wie viel platz", "platz spar",
		"cuánto espacio", "ahorra espacio", "ahorrar espacio", "combien de place", "gain de place", "quanto spazio", "risparmia spazio",
		"quanto espaço", "economiza espaço", "hoeveel ruimte", "ruimte bespar", "ne kadar yer", "yer kazandır", "ile miejsca",
		"oszczędza miejsce", "berapa banyak ruang", "hemat ruang", "сколько места", "экономит место", "экономия места",
		"省多少空间", "省多少空間", "节省空间", "節省空間", "省空间", "省空間", "スペースを節約", "省スペース", "공간 절약", "공간을 절약", "توفير المساحة", "كم مساحة"},
		expand: []string{"space", "third", "compression"}},
	// "What's in the box?", "does it come with…": what the product comes
	// with. Ranking only: "is shipping included?" asks the policy.
	{cues: []string{"in the box", "included", "include", "come with", "comes with", "inklusive", "enthalten", "dabei", "mitgeliefert",
		"incluye", "incluido", "incluida", "viene con", "trae", "inclus", "fourni", "livré avec", "incluso", "inclusa", "compreso",
		"incluí", "inclui", "vem com", "inbegrepen", "meegeleverd", "dahil", "birlikte", "w zestawie", "zawiera", "termasuk",
		"входит", "в комплекте", "комплектац", "付属", "付い", "附带", "附帶", "包含", "포함", "يشمل", "تأتي مع",
		// The accessory's coming with it asked as a verb, or as having to
		// buy it apart ("vêm com estojo?", "有送袋子嗎", "harus beli sendiri?").
		"vêm com", "vienen con", "vengono con", "kommt mit", "kommen mit", "livrés avec", "livrée avec", "geleverd met", "ile geliyor",
		"ile birlikte", "w komplecie", "sudah ada", "идёт с", "идет с", "идут с", "有送", "附送", "赠送", "贈送", "같이 와", "딸려",
		"함께 제공", "krijg ik er", "zit erbij", "zit er een", "erbij", "il y a un", "y a-t-il", "separately", "por separado", "séparément", "separat", "separatamente", "separadamente", "apart kopen", "ayrıca",
		"osobno", "beli sendiri", "terpisah", "отдельно", "別売", "单独购买", "單獨購買", "별도", "منفصل"},
		expand: []string{"included", "includes", "include", "inklusive", "mitgeliefert", "enthalten", "incluye", "incluido", "incluida",
			"inclus", "incluse", "incluso", "inclusa", "incluído", "incluída", "inbegrepen", "meegeleverd", "dahil", "zestawie",
			"termasuk", "комплекте", "входит", "付属", "附", "포함", "مرفق",
			// Built in, as translated descriptions say it ("Penutup hujan
			// terintegrasi", "レインカバー内蔵").
			"integrated", "built-in", "terintegrasi", "内蔵", "內建", "内置", "intégré", "integriert", "integrado", "integrato",
			"geïntegreerd", "entegre", "zintegrowany", "встроенный", "내장", "مدمج"}},
	stockAttribute,
	backCarryAttribute,
	veganAttribute,
	waterUseAttribute,
	setupAttribute,
	{cues: []string{"wash", "clean", "care", "waschen", "lavar", "laver", "lavare", "wassen", "yıka", "prać", "cuci", "غسل", "стира", "洗", "세탁",
		// The machine named instead of the verb ("in de wasmachine?").
		"wasmachine", "waschmaschine", "lavatrice", "lavadora", "machine à laver", "máquina de lavar", "pralk", "çamaşır makine",
		"mesin cuci", "машинк", "غسالة",
		// "Dishwasher-safe?" asks how to clean a bottle or a pot.
		"dishwasher", "spülmaschine", "geschirrspüler", "lave-vaisselle", "lavavajillas", "lavastoviglie", "lava-louça", "lava louça",
		"vaatwasser", "bulaşık makine", "zmywark", "mesin cuci piring", "посудомо", "食洗機", "洗碗机", "洗碗機", "식기세척기", "غسالة الصحون"},
		expand: []string{"wash", "washable", "°C", "machine", "dry", "handwäsche", "mano", "mão", "handwas", "elde",
			"ręcznie", "tangan", "вручную", "手洗い", "手洗", "손세척", "باليد",
			// Washing by hand as translated descriptions say it ("met de
			// hand wassen", "lavage à la main", "ручная мойка").
			"hand", "wassen", "main", "lavage", "ручная", "мойка"}},
}

// "A zipped chest pocket?", "somewhere safe for a passport?": the pockets
// a description names.
var pocketAttribute = attribute{routes: true, cues: []string{"pocket", "bolsillo", "poche", "tasche", "taschen", "tasca", "taschino",
	"bolso", "bolsos", "zak ", "zakken", "cep ", "cebi", "kieszeń", "kieszen", "kieszon", "saku", "карман", "جيب", "ポケット", "口袋",
	"주머니", "포켓", "stash", "passport", "pasaporte", "passeport", "reisepass", "passaporto", "passaporte", "paspoort", "pasaport",
	"paszport", "paspor", "паспорт", "パスポート", "护照", "護照", "여권", "جواز"},
	expand: []string{"pocket", "pockets", "hidden", "zip", "zipped", "chest", "passport", "bolsillo", "bolsillos", "poche", "poches",
		"tasche", "brusttasche", "tasca", "bolso", "bolsos", "zak", "borstzak", "cep", "cebi", "kieszeń", "kieszeni", "saku",
		"карман", "кармана", "ポケット", "口袋", "주머니", "جيب"}}

// "Can I carry it on my back?": the straps a bag is carried with. Ranking
// only: "a big travel bag I can carry on my back?" asks for products.
var backCarryAttribute = attribute{cues: []string{"on my back", "on your back", "on the back", "as a backpack",
	"like a backpack", "straps", "auf dem rücken", "als rucksack", "wie ein rucksack", "träger", "sur le dos", "comme un sac à dos",
	"bretelles", "en la espalda", "a la espalda", "como mochila", "como una mochila", "tirantes", "in spalla", "sulle spalle",
	"come zaino", "come uno zaino", "spallacci", "nas costas", "como uma mochila", "alças", "op mijn rug", "op je rug", "op de rug",
	"als rugzak", "draagriemen", "sırtımda", "sırtta", "sırt çantası gibi", "askı", "na plecach", "jak plecak", "szelki",
	"di punggung", "seperti ransel", "tali bahu", "на спине", "как рюкзак", "лямк", "背負", "リュックのよう", "ショルダーストラップ",
	"背着", "背著", "双肩", "雙肩", "背带", "背帶", "등에 메", "메고", "백팩처럼", "어깨끈", "على الظهر", "على ظهري", "كحقيبة ظهر", "أحزمة"},
	expand: []string{"straps", "strap", "backpack", "shoulder", "rucksackträger", "bretelles", "tirantes", "spallacci", "alças",
		"draagriemen", "askı", "askıları", "szelki", "tali", "лямки", "ストラップ", "背带", "背帶", "스트랩", "어깨끈", "أحزمة"}}

// "Can I cross a river in them?", "do they go in the water?": what a
// description says of wading and wet use ("Suitable for river crossings",
// "quick-drying"). Not the waterproof entry: a sandal made for rivers is
// not waterproof, and "water" there asks about rain.
// Not "river" alone: it starts the name of the Riverbed sandals.
var waterUseAttribute = attribute{routes: true, cues: []string{"a river", "the river", "rivers", "river crossing", "stream", "wade",
	"wading", "in the water", "into the water", "into water",
	"rivière", "riviere", "ruisseau", "à gué", "passer à gué", "dans l'eau", "fluss", "flüss", "bach ", "furt", "durchwat", "ins wasser",
	"im wasser", "río", "ríos", "arroyo", "vadear", "en el agua", "al agua", "fiume", "fiumi", "torrente", "guad", "in acqua",
	"nell'acqua", "um rio", "o rio", "rios", "riacho", "na água", "rivier", "beek", "doorwad", "het water", "nehir", "dereden",
	"dereye", "derede", "dereyi", "suya gir", "rzek", "strumie", "w bród", "w wodzie", "do wody", "sungai", "di air", "реку", "реки",
	"реке", "ручей", "вброд", "в воде", "в воду", "川を", "川で", "川に", "渡渉", "水に入", "水の中", "过河", "過河", "涉水", "河里",
	"河裡", "河流", "溪", "강을", "강 건너", "개울", "계곡", "물에", "물 속", "نهر", "النهر", "في الماء"},
	expand: []string{"river", "crossings", "crossing", "wet", "water", "quick-drying", "drying", "rivière", "traversées", "fluss",
		"flussquerungen", "ríos", "vadear", "guadi", "fiume", "rivier", "nehir", "rzeka", "sungai", "реки", "川", "河", "강", "نهر"}}

// "How long does it take to set up?": how a tent, hammock or chair is set
// up and in how long ("Sets up in two minutes").
var setupAttribute = attribute{routes: true, cues: []string{"set up", "setup", "set it up", "pitch", "assemble", "put up", "aufbau",
	"aufzubauen", "aufgebaut", "aufhäng", "montar", "armar", "monter", "montage", "installer", "montare", "montaggio", "allestire",
	// The verb in the third person ("Si monta in fretta?", "¿se monta rápido?").
	"si monta", "se monta", "monta in", "monta rápid", "monta rapid", "monta fácil", "monta facil",
	"opzetten", "opbouwen", "ophangen", "op te hangen", "op te zetten", "kurmak", "kurulum", "kurulur", "kurması", "rozłoż",
	"rozstaw", "montaż", "mendirikan", "memasang", "установ", "собрать", "собира", "сборк", "повесить", "設営", "組み立て",
	"セットアップ", "張る", "搭建", "搭起", "好搭", "安装", "安裝", "설치", "조립", "치는", "تركيب", "نصب"},
	expand: []string{"sets", "set", "pitch", "pitches", "setup", "minutes", "seconds", "minutos", "minutes", "minuten", "minuti",
		"dakika", "minut", "menit", "минут", "分", "분", "دقائق", "monta", "montaje", "aufbau", "montage", "montaggio"}}

// "Any leather in it? I'm vegan": whether the materials are vegan.
var veganAttribute = attribute{routes: true, cues: []string{"vegan", "végan", "vegano", "vegana", "veganist", "wegańsk", "weganin",
	"weganka", "веган", "ヴィーガン", "ビーガン", "纯素", "純素", "素食", "비건", "نباتي", "tierisch", "hayvansal",
	"zwierzęc", "hewani", "животного", "動物性", "动物性", "동물성", "حيواني", "piel", "pelle", "pele"},
	expand: []string{"vegan", "leather", "vegane", "veganos", "veganas", "végan", "vegani", "veganistisch", "wegańskie", "веганск",
		"ヴィーガン", "纯素", "純素", "비건", "نباتية"}}

// "How small does it pack?": what a product packs or folds into.
var packAttribute = attribute{routes: true, cues: []string{"pack down", "packs down", "packed size", "pack size", "how small", "fold",
	"compress", "packmaß", "packmass", "klein zusammen", "zusammenpack", "zusammenfalt", "verstau", "plier", "se plie", "replier",
	"compresser", "qué tan pequeñ", "plegad", "plegar", "doblar", "compact", "piegar", "ripiegar", "quanto piccol", "dobrar",
	"dobrad", "quão pequen", "opvouw", "opgevouw", "opbergen", "hoe klein", "katla", "ne kadar küçük", "złoż", "składa", "jak mał",
	"lipat", "seberapa kecil", "складыва", "сложить", "компактн", "насколько мал", "たため", "畳", "コンパクト", "収納", "折叠",
	"折疊", "收纳", "收納", "怎麼收", "怎么收", "접어", "접히", "수납", "طي", "يطوى", "تطوى"},
	expand: []string{"packs", "pack", "packable", "stows", "size", "pocket", "bottle", "fist", "cup", "compression", "packen",
		"guarda", "range", "lipat", "ripone", "bergen", "katlanır", "mieści", "складывается", "収納", "收進", "收纳", "접어", "تطوى",
		"brusttasche", "bolsillo", "poche", "tasca", "bolso", "borstzak", "cebine", "kieszeni", "saku", "карман", "ポケット", "口袋",
		"주머니", "جيب", "壓縮袋", "压缩袋", "kompresi"}}

// "Can I set the declination?": what a product lets the shopper adjust.
var adjustAttribute = attribute{routes: true, cues: []string{"adjust", "verstell", "einstell", "ajust", "régl", "regol", "regul",
	"instell", "verstel", "ayarla", "atur", "регулир", "настро", "調節", "调节", "調整", "调整", "조절", "تعديل", "ضبط"},
	expand: []string{"adjustable", "adjustment", "adjust", "verstellbar", "einstellbar", "ajustable", "réglable", "regolabile",
		"ajustável", "verstelbaar", "instelbaar", "ayarlanabilir", "regulowan", "diatur", "регулируем", "調節", "可调", "可調", "조절",
		"قابل للتعديل"}}

// "What's the fabric weight?": grams per square metre. First, so that
// "fabric weight" and "面料克重" ask this, not the material or the
// product's weight (a matched cue is not read again).
var fabricWeightAttribute = attribute{routes: true, cues: []string{"fabric weight", "gsm", "g/m", "grammage", "gramatura", "grammatura", "grammatur", "flächengewicht",
	"stoffgewicht", "gramaje", "stofgewicht", "gramaj", "kumaş ağırlığı", "gramasi", "плотность ткани", "плотность", "目付",
	"生地の重さ", "面料克重", "布料克重", "克重", "원단 무게", "평량", "وزن القماش"},
	expand: []string{"m²", "m2", "gsm", "g/m²", "克/平方米", "平方米", "г/м²"}}

// "How heavy?": the weight the description states; the variants' shipping
// weight answers too (AsksWeight).
var weightAttribute = attribute{routes: true, cues: []string{"weigh", "heavy", "light", "gewicht", "schwer", "wiegt", "wiegen", "peso", "pesa",
	"pesan", "poids", "pèse", "lourd", "pesante", "weegt", "wegen", "zwaar", "ağırlık", "ne kadar ağır", "ağır mı", "kaç kilo", "kaç gram", "kaç kg", "waga",
	"waży", "ważą", "berat", "وزن", "يزن", "вес", "весит", "重さ", "何グラム", "重量", "多重", "多少克", "多少公斤", "几公斤",
	"幾公斤", "무게", "몇 그램", "重多少", "有多重", "多少重"},
	expand: []string{"g", "grams", "lightweight", "light", "featherweight", "weight", "packable"}}

// AsksWeight reports whether the question asks how much a product weighs
// ("how heavy", "cuánto pesa", "몇 그램"), not its fabric's weight per
// square metre, nor whether it is light ("light" also names lamps).
func AsksWeight(question string) bool {
	low := strings.ToLower(question)
	for _, cue := range fabricWeightAttribute.cues {
		low = strings.ReplaceAll(low, cue, " ")
	}
	for _, cue := range weightAttribute.cues {
		if cue != "light" && containsWordStart(low, cue) {
			return true
		}
	}
	for _, cue := range lighterCues {
		if containsWordStart(low, cue) {
			return true
		}
	}
	return false
}

// lighterCues compare weights ("which is lighter, the Solstice or the
// Basecamp?"): "light" alone is excluded above ("a light jacket" is a
// kind), but its comparative asks the weights.
var lighterCues = []string{"lighter", "heavier", "leichter", "schwerer", "plus léger", "plus légère", "plus lourd", "más liger",
	"más livian", "más pesad", "più legger", "più pesant", "lichter", "zwaarder", "mais leve", "mais pesad", "lżejsz", "cięższ",
	"daha hafif", "daha ağır", "lebih ringan", "lebih berat", "أخف", "أثقل", "легче", "тяжелее", "軽いのは", "軽い方", "重いのは",
	"重い方", "更轻", "更輕", "更重", "哪个轻", "哪個輕", "더 가벼", "더 무거"}

// "In stock?": the description's pre-order or restock passage, in the
// words the translated descriptions use for it.
var stockAttribute = attribute{cues: []string{"in stock", "available", "availability", "stock", "disponib", "disponív", "disponiv", "verfügbar", "lieferbar", "auf lager", "vorrätig",
	"op voorraad", "leverbaar", "beschikbaar", "estoque", "stokta", "stok", "dostępn", "tersedia", "ada stok", "متوفر", "المخزون",
	"в наличии", "наличи", "在庫", "有货", "有貨", "库存", "庫存", "现货", "現貨", "재고",
	// "¿quedan?", "still there?": what is left.
	"queda", "reste", "rimast", "ainda tem", "nog leverbaar", "masih ada", "есть ли", "есть?",
	// "Sind die noch zu haben?", "noch erhältlich?": can still be had.
	"zu haben", "erhältlich", "noch da", "nog te krijgen", "nog verkrijgbaar", "verkrijgbaar", "still be had", "can i still get"},
	expand: []string{"pre-order", "preorder", "ships", "restocked", "launching", "coming",
		"vorbestellung", "reserva", "précommande", "pré-venda", "pra-pesan", "ön sipariş", "przedsprzedaż", "предзаказ",
		"예약", "预售", "預購", "予約", "طلب مسبق"}}
