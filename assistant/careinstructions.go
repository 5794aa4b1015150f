package assistant

import (
	"slices"
	"strings"

	"shopassist/assistant/glossary"
	"shopassist/assistant/intent"
	"shopassist/knowledge"
)

// careTerm is one thing a care question names (a treatment such as
// washing, or a material), with the English word the care page of a shop
// uses for it and the stems shoppers write in the supported languages.
// Care pages are often written once, in the shop's primary language: the
// English words find the paragraph ("Down: wash at 30 °C…") whatever the
// language of the question.
type careTerm struct {
	en    string
	stems []string
}

// careActions are the treatments a care question asks about. Not "dry"
// alone (a dry bag, or a jacket that keeps one dry, is no care question),
// nor "store" ("guardar", "ranger" also hold an order or tidy a room).
// Matched at the start of a word (anywhere in scripts without spaces).
var careActions = []careTerm{
	{"wash", []string{
		"wash", "laundry", "detergent", "fabric softener", // en
		"waschen", "wasche ", "wäscht", "waschmaschine", "waschmittel", "weichspüler", "gewaschen", // de
		"lavar", "se lava", "lavo ", "lavado", "lavadora", "detergente", "suavizante", // es, pt
		"laver", "lave ", "lavez", "lavage", "lave-linge", "machine à laver", "lessive", "adoucissant", // fr
		"lavare", "si lava", "lavaggio", "lavatrice", "lavarl", "detersivo", "ammorbidente", // it
		"lava-se", "lavagem", "máquina de lavar", "amaciante", "sabão", // pt
		"wassen", "wast ", "was ik mijn", "was ik de", "was je een", "wasmachine", "wasmiddel", "wasverzachter", "gewassen", // nl
		"prać", "pranie", "pralk", "piorę", "wyprać", "uprać", "proszek do prania", // pl
		"стирать", "стирк", "постирать", "стираю", "стиральн", "стирается", // ru
		"yıka", "çamaşır makine", "deterjan", "yumuşatıcı", // tr
		"غسل", "أغسل", "اغسل", "يغسل", "الغسيل", "غسالة", "منظف", // ar
		"洗い", "洗う", "洗え", "洗濯", "洗って", "洗わ", "洗剤", "柔軟剤", // ja
		"세탁", "빨래", "빨아", "빨면", "세제", "섬유유연제", // ko
		"怎么洗", "如何洗", "能洗", "可以洗", "机洗", "手洗", "清洗", "洗涤", "水洗", "洗衣", "柔顺剂", // zh-Hans
		"怎麼洗", "機洗", "洗滌", "柔順劑", // zh-Hant
		"cuci", "mencuci", "dicuci", "mesin cuci", "deterjen", "pelembut", // id
	}},
	{"tumble dry", []string{
		"tumble dry", "tumble-dry", "dryer", "drier", "trockner", "secadora", "sèche-linge", "seche-linge", "asciugatrice", "máquina de secar",
		"droger", "droogtrommel", "suszark", "сушилк", "сушильн", "kurutma makine", "مجفف", "نشافة", "乾燥機", "건조기", "烘干", "干衣机", "烘乾", "乾衣機",
		"pengering"}},
	{"clean", []string{
		"clean", "reinigen", "sauber machen", "limpiar", "limpio", "nettoyer", "nettoyage", "pulire", "pulisco", "pulizia", "limpar", "limpeza",
		"schoonmaken", "reinig", "czyścić", "czyszcz", "wyczyścić", "чистить", "почистить", "чистк", "temizle", "تنظيف", "أنظف", "お手入れ", "手入れ",
		"세척", "손질", "清洁", "清潔", "bersihkan", "membersihkan"}},
	{"wax", []string{
		"wax", "einwachs", "wachsen die", "lederpflege", "encerar", "encero", "cirer", "cirage", "cerare", "invetten", "insmeren", "woskow", "пропит",
		"воском", "cilala", "cila ", "شمع", "ワックス", "왁스", "打蜡", "上蜡", "打蠟", "上蠟", "lilin", "semir"}},
	{"re-proof", []string{
		"re-proof", "reproof", "imprägnier", "impermeabiliz", "réimperméabilis", "reimpermeabilizz", "impregneren", "impregn", "пропитк",
		"撥水加工", "발수", "防泼水", "防潑水"}},
	{"iron", []string{"ironing", "iron it", "bügeln", "planchar", "repasser", "stirare", "passar a ferro", "strijken", "prasowa", "гладить", "ütüle",
		"アイロン", "다림질", "熨", "setrika"}},
	{"care", []string{"care for", "look after", "pflege", "pflegen", "cuidar", "entretenir", "entretien", "curare", "manutenzione", "onderhoud",
		"onderhouden", "pielęgn", "ухаживать", "уход за", "bakım", "العناية", "ケア", "관리 방법", "관리법", "관리하", "保养", "护理", "保養", "護理",
		"merawat", "perawatan"}},
}

// careMaterials are the materials a care page gives its own paragraph;
// the product kinds (down jacket, boots, tent) come from the glossary.
var careMaterials = []careTerm{
	{"down", []string{"down ", "daunen", "plumas", "plumón", "duvet", "piuma", "penas", "dons", "puch", "пух", "kaz tüyü", "ريش", "ダウン", "다운", "羽绒", "羽絨", "bulu angsa"}},
	{"merino wool", []string{"merino", "mérinos", "merynos", "мерино", "メリノ", "메리노", "美利奴", "美麗諾", "ميرينو", "wool", "wolle", "lana", "laine", "lã", "wol", "wełn", "шерст", "yün", "صوف", "ウール", "울", "羊毛"}},
	{"cotton linen", []string{"cotton", "linen", "baumwoll", "leinen", "algodón", "lino", "coton", "cotone", "algodão", "linho", "katoen", "linnen",
		"bawełn", "хлопок", "хлопк", "лён", "льня", "pamuk", "keten", "قطن", "كتان", "コットン", "綿", "리넨", "면 ", "棉", "亚麻", "亞麻", "katun"}},
	{"leather footwear", []string{"leather", "leder", "cuero", "piel", "cuir", "pelle", "couro", "leer", "skór", "кож", "deri", "جلد", "レザー", "革", "가죽",
		"皮革", "真皮", "kulit"}},
}

// careWords returns the English words of the care terms text names.
func careWords(text string, terms []careTerm) []string {
	low := strings.ToLower(text) + " "
	var out []string
	for _, c := range terms {
		if slices.ContainsFunc(c.stems, func(s string) bool { return containsWordStart(low, s) }) {
			out = append(out, c.en)
		}
	}
	return out
}

// asksCare reports whether the message asks how to look after an item:
// wash, dry, wax, re-proof or iron it.
func asksCare(text string) bool {
	return len(careWords(text, careActions)) > 0
}

// asksCareOfKind reports whether the message asks how to look after a
// kind of item or a material rather than one product: no product's own
// name, no product page. A translated title may start with a kind word
// ("Piumino Fjord 800"), so the kind alone does not name that product.
func (t *turn) asksCareOfKind() bool {
	return t.req.ProductID == 0 && asksCare(t.text) && lineName(t.text, t.shop.Name, t.names) == ""
}

// careKinds are the words a care page files product kinds under: rain
// shells are "waterproof jackets", boots and shoes "footwear".
var careKinds = map[string]string{"rain jacket": "waterproof jackets", "rain pants": "waterproof trousers", "down jacket": "down",
	"hiking boots": "footwear boots", "running shoes": "footwear", "sandals": "footwear", "slippers": "down", "tent": "tents",
	"sleeping bag": "sleeping bags", "t-shirt": "cotton", "shirt": "cotton linen", "socks": "merino", "boxer briefs": "merino",
	"beanie": "merino wool", "sweater": "wool"}

// careSubject is, in English, what the care question is about: the
// material and the product kind named ("Come si lava un piumino?" →
// "down"), in the words a care page files them under.
func careSubject(text string) []string {
	words := careWords(text, careMaterials)
	for _, term := range glossary.Terms(text) {
		if w := careKinds[term]; w != "" {
			words = append(words, w)
		}
	}
	return strings.Fields(strings.Join(words, " "))
}

// careAnswer answers a care question from the shop's pages: the paragraph
// for the item's material or kind, in the shopper's language where the
// page is translated, the original marked as such where it is not. It
// reports whether a page answered.
func (t *turn) careAnswer() bool {
	subject := careSubject(t.text)
	// The treatment and the subject in English find the care page; the
	// shopper's other words ("without ruining it") would only dilute them.
	query := strings.Join(append(careWords(t.text, careActions), subject...), " ")
	hits, err := t.e.index.AnswerPassages(t.ctx, t.shop.Domain, knowledge.PassageQuery{Text: query,
		Lang: t.reply.Language, Kinds: []string{"page"}, Limit: 8})
	if err != nil {
		t.logErr("care instructions", err)
		return false
	}
	if len(hits) == 0 || hits[0].Score < minDocScore {
		return false
	}
	best := hits[0]
	if len(subject) > 0 {
		all, err := t.e.index.DocPassages(t.ctx, t.shop.Domain, best.DocID, t.reply.Language)
		if err != nil {
			t.logErr("care instructions", err)
		}
		best = carePassage(best, all, subject)
	}
	t.reply.Intent = intent.FAQ
	t.reply.Sources = append(t.reply.Sources, Source{Kind: best.Kind, Title: best.Title, URL: best.URL})
	if text, ok := t.llmAnswer([]knowledge.PassageAnswer{best}); ok {
		t.say(text)
		return true
	}
	if !t.sayCare(best) {
		t.quote(best)
	}
	return true
}

// carePassage picks, of the care page's passages, the one that names the
// most of the subject's words: every paragraph says "wash", and words such
// as "down" are too common for the index to weigh, so the paragraph
// written for the material ("Down: wash at 30 °C…") is found by its
// words. The passage the index ranked first wins ties.
func carePassage(first knowledge.PassageAnswer, all []knowledge.PassageAnswer, subject []string) knowledge.PassageAnswer {
	names := func(p knowledge.PassageAnswer) int {
		low := " " + strings.ToLower(p.Original) + " "
		n := 0
		for _, w := range subject {
			if wordIn(low, w) {
				n++
			}
		}
		return n
	}
	best, most := first, names(first)
	for _, p := range all {
		if n := names(p); n > most {
			best, most = p, n
		}
	}
	return best
}
