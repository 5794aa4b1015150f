package assistant

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"shopassist/assistant/actions"
	"shopassist/knowledge"
)

// faqConcept is a subject merchants write FAQ entries about, with the words
// shoppers use for it in the supported languages. The first word of a
// language is how the concept is looked up in an FAQ written in it: a
// paraphrase ("gift voucher", "buono regalo", "Gutschein") finds the entry
// "Do you sell gift cards?" in whichever language the merchant wrote it.
// Word stems match the start of a word (anywhere in scripts written without
// spaces), as in the product glossary.
type faqConcept struct {
	name  string
	words map[string][]string
}

// inRules reports whether delivery, duties and returns questions name the
// concept in passing: "Muss ich in der Schweiz Zoll in Franken zahlen?" asks
// about duties, not which currencies the shop takes.
func (c *faqConcept) inRules() bool { return c.name == "currency" || c.name == "size exchange" }

// aboutService reports whether the concept is a store service that no
// product answers, so that it wins even when the message also names a
// category ("what's your guarantee on jackets?", "gift wrap for boots", "if
// I pre-order the jacket, when am I charged?").
func (c *faqConcept) aboutService() bool {
	switch c.name {
	case "warranty", "gift wrapping", "price match", "student discount", "first order discount", "currency", "size exchange", "payment methods",
		"repair", "fit", "size advice", "pre-order":
		return true
	}
	return false
}

// isRestock reports whether a concept is the restock entry's: a sold-out
// size coming back is the FAQ's, though the message names sizes.
func isRestock(c *faqConcept) bool { return c.name == "restock" }

// isTracking reports whether a concept is the tracking entry's: a parcel
// whose tracking does not move, and when to get in touch about it.
func isTracking(c *faqConcept) bool { return c.name == "tracking number" }

// asksService reports whether the message asks about a store service (a
// repair, a price drop, when sold-out items come back, a gift card of an
// amount) that the FAQ answers, though it names a product, a kind or a
// price: "un buono regalo da 75 euro?" asks which amounts the cards come
// in, it sets no budget, and "¿vendéis vales regalo?" asks how the cards
// work, not for the card among gift ideas; "Bought a fleece 5 days
// ago and now it's cheaper, can I get the difference back?" asks for no
// fleece, "Die Merino-Mütze ist ausverkauft – wann kommt die wieder rein?"
// asks when it is restocked, not what is in stock now.
func (t *turn) asksService() bool {
	low := strings.ToLower(t.text)
	for _, c := range conceptsIn(t.text) {
		if c.name == "price match" && len(t.lines(2)) > 1 {
			// "Which costs less, the Solstice or the Basecamp?" compares
			// two of the shop's products, not the shop with another.
			continue
		}
		if c.name == "repair" && asksFit(t.text) && t.line() != "" {
			// "Which size of the Canyon whose legs zip off?": the zip
			// describes the product whose size is asked, nothing broke.
			continue
		}
		if c.aboutService() && c.name != "payment methods" && c.name != "currency" ||
			c.name == "restock" && (containsAny(low, whenWords) || containsAny(low, oftenWords) || containsAny(low, lastSeasonWords)) ||
			c.name == "gift card" {
			return true
		}
	}
	return false
}

// cardOfAmountRE finds a card named by its amount ("una tarjeta de 50",
// "a €25 card", "eine Karte über 50"): a gift card, though "gift" is not
// said. Two digits at least: "card 1" is no amount.
var cardOfAmountRE = regexp.MustCompile(`(?:\b(?:card|tarjeta|tarjetas|carte|cartes|karte|karten|carta|cartão|cartões|kaart|kaarten|karta|karty|kart|kartu)|карт\p{L}*)\s+(?:de |of |da |di |van |na |на |über |von |)(?:€|eur |euro )?\d{2,}\b|[€$£]\s?\d{2,}\s+(?:gift )?card`)

// lastSeasonWords mark an item of a past season: whether it comes back is
// the restock entry's rule (last-season items are not restocked), though
// the message names the item and its size.
var lastSeasonWords = []string{"last season", "previous season", "letzte saison", "letzten saison", "vorsaison", "temporada pasada",
	"saison dernière", "saison passée", "stagione scorsa", "scorsa stagione", "estação passada", "coleção passada", "temporada passada",
	"vorig seizoen", "vorige collectie", "zeszłego sezonu", "poprzedniego sezonu", "прошлого сезона", "прошлой коллекции", "geçen sezon",
	"eski sezon", "الموسم الماضي", "الموسم السابق", "昨シーズン", "前シーズン", "지난 시즌", "上一季", "musim lalu", "koleksi lama"}

// oftenWords ask how often something happens: "Vullen jullie dat
// regelmatig aan?" asks the shop's restocking rhythm, not today's stock.
var oftenWords = []string{"how often", "regularly", "often", "regelmatig", "vaak", "regelmäßig", "oft ", "a menudo", "con frecuencia",
	"cada cuánto", "souvent", "régulièrement", "spesso", "regolarmente", "ogni quanto", "com frequência", "regularmente", "de quanto em quanto",
	"często", "regularnie", "jak często", "часто", "регулярно", "как часто", "sık sık", "düzenli", "ne sıklıkla", "sering", "rutin", "seberapa sering",
	"كم مرة", "بانتظام", "定期的", "どのくらいの頻度", "よく", "经常", "定期", "經常", "多久一次", "자주", "정기적", "얼마나 자주",
	// "Co ile uzupełniacie towar?": how often, said as "every how much".
	"co ile", "tous les combien", "a cada quanto", "ne kadar sık", "berapa sering", "多久补", "多久補"}

// faqConcepts are the subjects of merchant FAQs that no intent covers (the
// return, shipping and order flows have their own answers): the reason a
// strong FAQ match must win.
var faqConcepts = []faqConcept{
	{"gift card", map[string][]string{
		"en": {"gift card", "gift voucher", "gift certificate", "voucher", "e-gift", "store credit"}, "de": {"geschenkkarte", "gutschein", "geschenkgutschein"},
		"es": {"tarjeta regalo", "tarjetas regalo", "tarjeta de regalo", "vale regalo", "cheque regalo", "cheques regalo", "vales regalo"}, "fr": {"carte cadeau", "cartes cadeaux", "bon d'achat", "chèque cadeau", "bon cadeau", "bons cadeaux"},
		"it": {"buono regalo", "buoni regalo", "carta regalo", "gift card"}, "pt": {"cartão-presente", "cartões-presente", "cartão presente", "vale-presente", "vale presente", "vales-presente", "vales presente"},
		"nl": {"cadeaubon", "cadeaukaart", "waardebon"}, "pl": {"karta podarunkowa", "karty podarunkow", "bon podarunkowy", "voucher", "bon na prezent", "bony na prezent"},
		"ru": {"подарочная карта", "подарочн", "сертификат"}, "tr": {"hediye kartı", "hediye çeki", "hediye kart"},
		"ar": {"بطاقات هدايا", "بطاقة هدية", "بطاقات الهدايا", "قسيمة", "كروت هدية", "كرت هدية", "كروت الهدايا", "بطاقة الهدية"}, "ja": {"ギフトカード", "ギフト券", "商品券"},
		"ko": {"기프트 카드", "기프트카드", "상품권"}, "zh-Hans": {"礼品卡", "礼券", "购物卡"}, "zh-Hant": {"禮品卡", "禮券", "禮物卡"},
		"id": {"kartu hadiah", "voucher hadiah", "gift card"}}},
	{"gift wrapping", map[string][]string{
		"en": {"gift wrap", "hide the price", "not see the price", "no price on", "see what it cost", "gift-wrap", "wrapping", "wrapped", "gift message", "gift note", "note to a present", "wrap it as a present", "show the price", "price off", "without the price",
			// A handwritten card goes with the gift wrap.
			"handwritten", "hand-written"},
		"de": {"geschenkverpackung", "preis nicht sehen", "ohne preis", "was es gekostet hat", "preis nicht drauf", "ohne rechnung", "geschenk verpack", "als geschenk", "grußkarte", "handgeschrieb", "kärtchen"},
		"es": {"envoltorio de regalo", "envolver para regalo", "papel de regalo", "mensaje de regalo", "para regalo", "envuelto", "envolver", "sin precio", "escrita a mano", "escrito a mano", "notita", "tarjetita"}, "fr": {"emballage cadeau", "sans le prix", "sans prix", "pas voir le prix", "paquet cadeau", "paquets cadeaux", "paquet-cadeau", "emballer", "message cadeau", "papier cadeau", "manuscrit", "petit mot"},
		"it": {"confezione regalo", "senza prezzo", "senza il prezzo", "vedere il prezzo", "confezioni regalo", "pacchetto regalo", "pacchetti regalo", "pacco regalo", "incart", "impacchett", "biglietto regalo", "incartare", "scritto a mano", "bigliettino"}, "pt": {"embrulho", "sem preço", "sem o preço", "veja o preço", "embalagem de presente", "embrulhar", "papel de presente", "escrito à mão", "escrita à mão", "bilhetinho", "cartãozinho"},
		"nl": {"cadeauverpakking", "zonder prijs", "prijs niet zien", "prijs niet ziet", "inpakken", "cadeau verpakt", "cadeaukaartje", "handgeschreven"}, "pl": {"pakowanie na prezent", "bez ceny", "widział ceny", "widziała ceny", "opakowanie prezentowe", "zapakować na prezent", "odręczn", "liścik"},
		"ru": {"подарочная упаковка", "упаковать", "упакуйте", "упакуете", "упаковыва", "завернуть", "как подарок", "без цены", "не видел цену", "не увидел цену", "упаковать в подарок", "подарочн упаков", "подарочную упаковку", "упаковк", "от руки", "записк"}, "tr": {"hediye paketi", "hediye olarak paket", "hediye için paket", "fiyatı görmesin", "fiyat görünmesin", "fiyatsız", "hediye paket", "el yazısı", "not kartı"},
		"ar": {"تغليف الهدايا", "بدون سعر", "بدون السعر", "ما يشوف السعر", "لا يظهر السعر", "تغليف هدايا", "تغليف", "رسالة هدية", "بخط اليد"}, "ja": {"ギフトラッピング", "値段が見えない", "価格が見えない", "金額が見えない", "値段を見せ", "金額を見せ", "ラッピング", "ギフト包装", "のし", "包んで", "プレゼント用", "手書き"},
		"ko": {"선물 포장", "가격 안 보이", "가격이 안 보이", "가격이 보이지", "가격 없이", "금액 안 보이", "포장", "손글씨", "손편지"},
		// "能帮忙包一下吗": wrapped, said with the verb alone.
		"zh-Hans": {"礼品包装", "不显示价格", "看不到价格", "不要价格", "包装成礼物", "礼物包装", "包一下", "包起来", "包装一下", "手写"}, "zh-Hant": {"禮品包裝", "不顯示價格", "看不到價格", "不要價格", "禮物包裝", "包一下", "包起來", "包裝一下", "手寫"},
		"id": {"bungkus kado", "kemasan hadiah", "bungkus hadiah", "dibungkus", "bungkus", "sebagai hadiah", "tanpa harga", "nota harga", "tulisan tangan"}}},
	{"repair", map[string][]string{
		"en": {"repair", "mend", "spare part", "replacement part", "zipper", "broken zip", "dodgy zip", "zip broke", "zip is broken", "zip puller", "stuck zip", "zip stuck", "buckle", "fix stuff", "fix things", "get it fixed"}, "de": {"reparatur", "reparier", "reißverschluss", "schnalle", "heil machen", "ersatzteil",
			// "was passiert, wenn was kaputtgeht?": a break to come, not an
			// item that arrived broken.
			"kaputtgeh", "kaputt geh"},
		"es": {"reparar", "reparación", "reparáis", "cremallera", "arregl", "hebilla", "repuesto", "pieza de recambio", "piezas de recambio"},
		"fr": {"réparer", "réparation", "réparez", "fermeture éclair", "boucle cassée", "pièce de rechange", "pièces de rechange", "pièces détachées"},
		"it": {"riparare", "riparazion", "riparate", "cerniera", "aggiust", "fibbia", "ricambi", "pezzo di ricambio", "pezzi di ricambio"},
		"pt": {"consertar", "conserto", "consertam", "reparo", "reparar", "zíper", "fivela", "peça de reposição", "peças de reposição", "peça sobressalente"},
		"nl": {"repareren", "reparatie", "rits", "gespje", "gespen", "de gesp", "een gesp", "reserveonderde", "los onderdeel", "losse onderdelen", "zo'n onderdeel"},
		// Not the bare stem "napraw": "naprawdę" (really) starts with it.
		"pl": {"naprawa", "naprawi", "naprawy", "naprawę", "naprawą", "naprawie", "naprawach", "naprawc", "zamek błyskawiczny", "klamr", "sprzączk", "część zamienn", "części zamienn"},
		"ru": {"ремонт", "почин", "отремонт", "молни", "пряжк", "запчаст", "запасн"}, "tr": {"tamir", "onarım", "onar", "fermuar", "yedek parça", "toka"},
		"ar": {"إصلاح", "تصليح", "سحاب", "السحّاب", "قطع غيار", "قطعة غيار", "إبزيم",
			// "تصلحونه؟", "يصلح": the verb "to fix" with its prefixes.
			"تصلح", "يصلح", "نصلح"}, "ja": {"修理", "修繕", "ファスナー", "バックル", "交換部品", "スペアパーツ", "パーツ"},
		"ko": {"수선", "수리", "지퍼", "버클", "부품"}, "zh-Hans": {"维修", "修理", "拉链", "扣子", "能修", "零件", "备件", "卡扣"},
		"zh-Hant": {"維修", "修理", "拉鍊", "扣子", "能修", "零件", "備件", "卡扣"},
		"id":      {"perbaiki", "memperbaiki", "perbaikan", "servis", "ritsleting", "gesper", "suku cadang"}}},
	{"student discount", map[string][]string{
		"en": {"student"}, "de": {"studierende", "student", "studis"}, "es": {"estudiante", "universitari"}, "fr": {"étudiant"}, "it": {"studente", "studenti"},
		"pt": {"estudante"}, "nl": {"student"}, "pl": {"student", "studenck"}, "ru": {"студент"}, "tr": {"öğrenci"},
		"ar": {"طالب", "طلاب", "الطلاب"}, "ja": {"学生", "学割"}, "ko": {"학생"}, "zh-Hans": {"学生"}, "zh-Hant": {"學生"},
		"id": {"pelajar", "mahasiswa"}}},
	{"first order discount", map[string][]string{
		// Leaving one's e-mail for the shop's news is the newsletter
		// ("lasciandovi la mail per le novità").
		"en": {"first order discount", "first order", "newsletter", "welcome discount", "first purchase", "welcome offer", "sign-up discount", "subscribe",
			"mailing list", "email list"},
		"de": {"newsletter", "erste bestellung", "neukunden", "willkommensrabatt", "willkommens", "abonnier", "e-mail-liste", "mailingliste"},
		"es": {"primer pedido", "newsletter", "boletín", "bienvenida", "primera compra", "suscrib", "lista de correo"},
		"fr": {"newsletter", "première commande", "bienvenue", "premier achat", "abonner", "m'inscrire", "liste de diffusion"},
		"it": {"newsletter", "primo ordine", "benvenuto", "primo acquisto", "iscriv", "mail per le novità", "le vostre novità", "mailing list"},
		"pt": {"newsletter", "primeira compra", "primeiro pedido", "boas-vindas", "inscrever", "lista de e-mails"},
		"nl": {"nieuwsbrief", "eerste bestelling", "welkomstkorting", "welkom", "inschrijven", "abonneren", "mailinglijst"},
		"pl": {"newsletter", "pierwsze zamówienie", "powitaln", "pierwsze zakupy", "zapisać się", "zapiszę się", "subskryb"},
		"ru": {"рассылк", "первый заказ", "первого заказа", "приветствен", "первую покупку", "подпис"},
		"tr": {"bülten", "ilk sipariş", "hoş geldin", "ilk alışveriş", "abone", "e-posta listesi"},
		"ar": {"النشرة", "سجلت إيميلي", "سجلت بريدي", "أسجل إيميلي", "أسجل بريدي", "الطلب الأول", "أول طلب", "ترحيب", "اشتراك", "أشترك", "القائمة البريدية"}, "ja": {"メルマガ", "ニュースレター", "初回", "ウェルカム", "購読"},
		"ko":      {"뉴스레터", "첫 주문", "첫주문", "웰컴", "첫 구매", "첫구매", "신규 가입", "신규가입", "구독"},
		"zh-Hans": {"首单", "电子报", "首购", "新人", "新客", "订阅"}, "zh-Hant": {"電子報", "首購", "首單", "新客", "新人", "訂閱"},
		"id": {"newsletter", "pesanan pertama", "selamat datang", "pembelian pertama", "berlangganan", "langganan"}}},
	{"discount code", map[string][]string{
		"en": {"discount code", "promo code", "coupon", "voucher code", "discount codes", "stack it", "stack codes", "code is invalid", "says it's invalid",
			// A code forgotten at checkout is the same entry.
			"forgot the code", "forgot my code", "forgot to enter", "forgot to apply", "forgot to use", "two codes", "combine codes"},
		"de": {"rabattcode", "gutscheincode", "promocode", "rabatt-code", "code vergessen", "vergessen, den code", "zwei codes"},
		"es": {"código de descuento", "cupón", "cupones", "código promocional", "olvidé el código", "olvidé poner el código", "se me olvidó el código", "olvidé aplicar", "dos códigos"},
		"fr": {"code promo", "code de réduction", "bon de réduction", "coupon", "oublié le code", "oublié d'entrer le code", "oublié de mettre le code", "deux codes", "cumuler"},
		"it": {"codice sconto", "codici sconto", "coupon", "codice promozionale", "dimenticato il codice", "dimenticato di inserire", "due codici", "cumulare"}, "pt": {"cupom de desconto", "cupom", "cupons", "código de desconto", "cupão", "esqueci o cupom", "esqueci de colocar o", "esqueci o código", "esqueci de usar o", "dois cupons"},
		"nl": {"kortingscode", "couponcode", "actiecode", "code vergeten", "twee codes"}, "pl": {"kod rabatowy", "kody rabatowe", "kodów rabatowych", "kupon", "kod promocyjny", "zapomniałem kodu", "zapomniałam kodu", "zapomniałem wpisać", "zapomniałam wpisać", "dwa kody"},
		"ru": {"промокод", "купон", "код скидки", "забыл ввести код", "забыла ввести код", "два кода"},
		"tr": {"indirim kodu", "kupon", "promosyon kodu", "kodu yazma", "kodu girme", "kod girme", "kodu kullanmayı unut", "iki kod"},
		"ar": {"رمز الخصم", "كود الخصم", "كوبون", "قسيمة خصم", "نسيت إدخال", "نسيت الكود"},
		"ja": {"割引コード", "クーポン", "プロモコード", "入れ忘れ", "入力し忘れ", "使い忘れ", "併用"},
		"ko": {"할인 코드", "할인코드", "쿠폰", "프로모션 코드", "프로모션코드", "프로모 코드", "코드를 깜빡", "코드 입력을 깜빡", "중복 사용", "중복 적용"},
		// Two codes stacked ("會員碼跟生日碼可以疊加嗎"): the one-code rule.
		"zh-Hans": {"折扣码", "优惠码", "优惠券", "忘了用", "忘记输入", "忘了输入", "叠加"},
		"zh-Hant": {"折扣碼", "優惠碼", "優惠券", "忘了用", "忘記輸入", "忘了輸入", "疊加"}, "id": {"kode diskon", "kupon", "kode promo", "lupa masukin kode", "lupa pakai kode", "lupa memasukkan kode", "dua kode"}}},
	{"sustainability", map[string][]string{
		// Recycled and organic materials and animal welfare are what the
		// sustainability entry answers ("How much of your catalogue is
		// recycled?", "Is your merino mulesing-free?").
		"en": {"sustainable", "sustainability", "eco-friendly", "eco friendly", "environment", "ethical", "recycled", "cruelty", "animal welfare", "organic", "mulesing",
			// the certifications the entry names, in every script
			"rds", "gots", "climate neutral", "revenue", "profits", "donate", "charity"},
		"de": {"nachhaltig", "umweltfreundlich", "umwelt", "ökologisch", "recycelt", "recycling", "mulesing", "umsatz", "gewinn", "eine spende", "spendet ihr", "spenden sie"},
		"es": {"sostenible", "sostenibilidad", "ecológic", "medio ambiente", "reciclad", "orgánic", "mulesing", "ético", "ética", "éticamente", "ingresos", "donáis", "donan", "donar"},
		"fr": {"durable", "durabilité", "écologique", "environnement", "éthique", "recyclé", "biologique", "mulesing", "chiffre d'affaires", "reversez", "faites des dons"},
		"it": {"sostenibil", "ecologic", "ambiente", "etico", "etica", "etici", "eticamente", "riciclat", "biologic", "mulesing", "fatturato", "ricavi", "donate", "beneficenza"},
		"pt": {"sustentáve", "sustentabilidade", "ecológic", "meio ambiente", "reciclad", "orgânic", "mulesing", "faturamento", "receita", "lucro", "doam", "doação"},
		"nl": {"duurzaam", "duurzaamheid", "milieuvriendelijk", "milieu", "gerecycled", "gerecycleerd", "biologisch", "mulesing", "omzet", "winst", "doneren", "goede doel"},
		"pl": {"zrównoważon", "ekologiczn", "środowisk", "recykling", "organiczn", "mulesing", "przychod", "darowizn", "przekazujecie"},
		"ru": {"экологичн", "устойчив", "экологи", "переработ", "органическ", "мулесинг", "выручк", "прибыл", "пожертв"},
		"tr": {"sürdürülebilir", "çevre dostu", "çevreci", "geri dönüştürül", "geri dönüşüm", "organik", "mulesing", "gelirin", "cironuz", "bağış"},
		"ar": {"مستدام", "مستدامة", "الاستدامة", "صديقة للبيئة", "البيئة", "معاد تدوير", "إعادة التدوير", "عضوي", "الإيرادات", "أرباح", "تبرع"},
		"ja": {"サステナブル", "環境", "エコ", "持続可能", "リサイクル", "オーガニック", "ミュールシング", "売上", "寄付"},
		"ko": {"친환경", "지속 가능", "지속가능", "환경", "재활용", "유기농", "뮬싱", "매출", "수익", "기부"}, "zh-Hans": {"环保", "可持续", "环境", "回收", "有机", "再生材料", "营业额", "收入的", "捐"},
		"zh-Hant": {"環保", "永續", "環境", "回收", "有機", "再生材料", "營業額", "收入的", "捐"},
		"id":      {"ramah lingkungan", "berkelanjutan", "lingkungan", "daur ulang", "organik", "mulesing", "pendapatan", "omzet", "donasi"}}},
	{"price match", map[string][]string{
		"en": {"price match", "another store", "another shop", "other store", "other shop", "another retailer", "other retailers", "competitor", "match it", "match the price", "match their price", "give me the same price", "do the same price", "price drop", "price dropped", "price went down", "price goes down", "cheaper elsewhere", "difference"},
		"de": {"preisgarantie", "anderen shop", "anderen laden", "anderen händler", "woanders", "gleichen preis", "selben preis", "preis angleichen", "preisanpassung", "günstiger gefunden", "preis gesunken", "billiger gefunden", "differenz"}, "es": {"igualar precio", "otra tienda", "otras tiendas", "en otro sitio", "en otra web", "el mismo precio", "igualar el precio", "igualáis el precio", "igualan el precio", "igualar precios", "igualáis precio", "bajó el precio", "baja el precio", "diferencia", "pagué de más", "ahora está más barat", "ahora es más barat", "ahora cuesta menos"},
		"fr": {"alignement de prix", "autre magasin", "autre boutique", "autre site", "ailleurs", "le même prix", "aligner le prix", "vous alignez", "alignez", "prix a baissé", "baisse de prix", "différence"}, "it": {"prezzo è sceso", "altro negozio", "altro sito", "altrove", "prezzo sceso", "calo di prezzo", "differenza", "stesso prezzo", "costa meno", "calate il prezzo", "abbassate il prezzo"},
		"pt": {"cobrir preço", "outra loja", "outro site", "o mesmo preço", "cobrir o preço", "cobrem o preço", "preço caiu", "baixou o preço", "diferença"}, "nl": {"prijs gedaald", "andere winkel", "andere webshop", "elders", "dezelfde prijs", "prijs matchen", "prijs evenaren", "prijsgarantie", "verschil terug", "verschil"},
		"pl": {"cena spadła", "innym sklepie", "gdzie indziej", "taką samą cenę", "tę samą cenę", "wyrównać cenę", "wyrównanie ceny", "gwarancja ceny", "różnic"}, "ru": {"цена снизилась", "в другом магазине", "такую же цену", "ту же цену", "стало дешевле", "подешевел", "разниц"}, "tr": {"fiyat düştü", "başka mağaza", "başka sitede", "aynı fiyat", "ucuzladı", "fiyat farkını", "fiyat farkı", "indirime girdi", "indirime gir", "farkı iade"},
		"ar": {"انخفض السعر", "الفرق", "صار أرخص", "سعره أرخص", "متجر آخر", "محل ثاني", "نفس السعر", "مطابقة السعر", "نزل السعر", "نزل سعره", "فرق السعر"}, "ja": {"値下がり", "他の店", "他のショップ", "他店", "同じ価格", "安くなっ", "値下げ", "差額"}, "ko": {"가격이 내려", "다른 쇼핑몰", "다른 매장", "다른 사이트", "같은 가격", "더 싸게 팔", "싸졌", "가격 인하", "가격인하", "차액"},
		"zh-Hans": {"降价", "别家", "其他店", "便宜了", "同样的价格", "比价", "价格匹配", "差价", "价格保护"}, "zh-Hant": {"價格降", "別家", "其他店", "便宜了", "比價", "價格匹配", "降價", "差價", "價格保護"}, "id": {"harga turun", "toko lain", "lebih murah di", "harga yang sama", "jadi murah", "jadi lebih murah", "selisih harga", "harganya turun", "selisih"}}},
	{"restock", map[string][]string{
		"en": {"restock", "bring it back", "bring them back", "back in stock", "notify me", "notified", "come back", "be back", "coming back", "available again", "in stock again", "more arrive", "get more in"}, "de": {"wieder verfügbar", "wieder ins sortiment", "nachbestellt", "wieder auf lager", "benachrichtig", "wieder lieferbar", "wieder rein", "wieder da",
			// "Wann habt ihr die Jacke wieder in L?": having it again.
			"habt … wieder", "haben sie … wieder", "hast du … wieder", "gibt es … wieder", "gibt's … wieder"},
		"es": {"reponer", "volver a traer", "volveréis a traer", "vais a traer", "reponéis", "vuelva a estar disponible", "volverá a estar disponible", "vuelve a estar disponible", "vuelven a estar disponibles", "avísame",
			// Being told when it is back, asked as a wish.
			"ser avisad", "me aviséis", "me avisen", "cuando vuelva a haber"},
		"fr": {"réapprovision", "remettre en stock", "de nouveau en stock", "réassort", "m'avertir", "revient en stock", "reviennent en stock", "de nouveau disponible",
			"être prévenu", "être averti", "me prévenir"},
		"it": {"torna disponibil", "rifornire", "di nuovo disponibil", "tornerà disponibil", "tornano disponibil", "torna disponibil", "riassortimento", "avvisami",
			"essere avvisat", "mi avvisate"},
		"pt": {"repor", "trazer de volta", "reposição", "voltar ao estoque", "volta ao estoque", "volta a ficar disponível", "avise-me",
			"ser avisad", "me avisem", "me avisar", "quando voltar"},
		"nl": {"weer op voorraad", "weer binnen", "melding", "weer leverbaar", "weer beschikbaar", "terug op voorraad", "terug in de winkel", "weer terug", "terugkomt", "aangevuld",
			// "Vullen jullie dat aan?": the separable verb, its parts apart.
			"aanvullen", "vullen … aan", "vult … aan", "bijvullen"}, "pl": {"ponownie dostępn", "uzupełni", "powiadom", "znowu będzie", "znów będzie", "znowu dostępn", "wróci do sprzedaży"}, "ru": {"снова в наличии", "завезёте", "завезете", "пополн", "уведоми"},
		"tr": {"tekrar stok", "tekrar getir", "yeniden stok", "tekrar stoğa", "yeniden stoğa", "stoğa gel", "stoğa gir", "stoklara gir", "haber ver", "stokta olmayan", "tükenen", "stoğu biten"}, "ar": {"سيتوفر", "إعادة التخزين", "متوفرا مرة أخرى", "مجددا", "مجدداً", "أبلغني"},
		"ja": {"再入荷", "入荷"}, "ko": {"재입고", "다시 들여", "다시 입고", "다시입고", "입고되", "다시 들어오", "다시 들어와"}, "zh-Hans": {"补货", "还会再进", "到货通知", "再到货", "再到", "重新到货", "再进货", "重新上架", "再上架"},
		"zh-Hant": {"補貨", "上一季", "還會再進", "到貨通知", "再到貨", "再到", "重新到貨", "再進貨", "重新上架", "再上架"}, "id": {"restock", "didatangkan lagi", "stok lagi", "tersedia lagi"}}},
	{"pre-order", map[string][]string{
		"en": {"pre-order", "preorder", "pre order"}, "de": {"vorbestell"}, "es": {"reserva", "preventa", "pre-pedido", "reservo", "reservar", "reservé"}, "fr": {"précommande", "pré-commande"},
		"it": {"preordin", "pre-ordin", "prenotazione"}, "pt": {"pré-venda", "pré-encomenda", "encomenda antecipada"}, "nl": {"pre-order", "voorbestel"},
		"pl": {"przedsprzedaż", "zamówienie przedpremierowe"}, "ru": {"предзаказ"}, "tr": {"ön sipariş"}, "ar": {"الطلب المسبق", "طلب مسبق"},
		"ja": {"予約"}, "ko": {"예약 주문", "예약주문", "사전 주문", "사전주문", "예약"}, "zh-Hans": {"预售", "预订", "预购"}, "zh-Hant": {"預購", "預售", "預訂"}, "id": {"pre-order", "pra-pesan", "preorder"}}},
	{"currency", map[string][]string{
		"en": {"currency", "currencies", "dollars", "pounds", "local currency", "swiss francs", "yen", "yuan", "dirhams", "riyals"},
		"de": {"währung", "dollar", "franken", "pfund"}, "es": {"moneda", "divisa", "dólares", "libras", "francos", "yenes", "pesos"},
		"fr": {"devise", "monnaie", "dollars", "francs", "livres sterling"}, "it": {"valuta", "valute", "dollari", "franchi", "sterline", "yen"},
		"pt": {"moeda", "dólares", "dólar", "reais", "libras", "francos"}, "nl": {"valuta", "munteenheid", "dollars", "ponden", "franken"},
		"pl": {"walut", "dolar", "złot", "funt", "frank"}, "ru": {"валют", "доллар", "рубл", "фунт", "франк"}, "tr": {"para birimi", "dolar", "lira", "sterlin", "frank"},
		"ar": {"العملات", "عملة", "العملة", "بعملتي", "دولار", "درهم", "ريال", "جنيه"}, "ja": {"通貨", "ドル", "円で", "ポンド", "フラン", "人民元"},
		"ko": {"통화", "달러", "원화", "파운드", "엔화", "위안"}, "zh-Hans": {"货币", "币种", "美元", "人民币", "英镑", "日元", "港币", "法郎"},
		"zh-Hant": {"貨幣", "幣別", "美元", "台幣", "港幣", "英鎊", "日圓", "法郎"}, "id": {"mata uang", "dolar", "rupiah", "poundsterling", "ringgit"}}},
	{"payment methods", map[string][]string{
		"en": {"payment methods", "pay cash", "pay in cash", "pay with cash", "cash at the door", "by card only", "only by card", "klarna", "paypal", "apple pay", "google pay", "shop pay", "visa card", "mastercard", "amex", "american express", "credit card",
			"cash on delivery", "bank transfer", "instalments", "installments", "pay later", "payment options", "pay by card",
			// wallets and local schemes by name, in every script: whether one is
			// taken is answered by the list of the methods that are
			"alipay", "wechat pay", "samsung pay", "twint", "sofort", "venmo", "afterpay", "line pay", "kakaopay", "kakao pay", "naver pay", "paypay", "what can i pay with"},
		"de": {"zahlungsarten", "bar bezahlen", "bar zahlen", "barzahlung", "in bar", "bar an der tür", "nur mit karte", "klarna", "paypal", "rechnung", "raten", "nachnahme", "überweisung", "kreditkarte", "zahlungsmethoden", "zahlungsmöglichkeit"},
		"es": {"métodos de pago", "en efectivo", "pago en efectivo", "solo con tarjeta", "klarna", "paypal", "contra reembolso", "transferencia", "a plazos", "tarjeta de crédito", "formas de pago", "bizum"},
		"fr": {"moyens de paiement", "en espèces", "en liquide", "payer à la livraison", "seulement par carte", "klarna", "paypal", "paiement à la livraison", "virement", "en plusieurs fois", "carte bancaire", "carte de crédit", "payer avec quoi", "comment payer", "comment je peux payer", "comment puis-je payer"},
		"it": {"metodi di pagamento", "in contanti", "pagare alla consegna", "solo con carta", "klarna", "paypal", "contrassegno", "bonifico", "a rate", "carta di credito", "satispay"},
		"pt": {"formas de pagamento", "em dinheiro", "em espécie", "só cartão", "só com cartão", "klarna", "paypal", "pagamento na entrega", "transferência", "parcelado", "parcelar", "parcelas", "cartão de crédito", "boleto", "pix", "mb way", "multibanco"},
		"nl": {"betaalmethoden", "contant", "alleen met kaart", "alleen met pin", "klarna", "paypal", "onder rembours", "per rembours", "met ideal", "via ideal", "ideal betalen", "waarmee kan ik betalen", "rembourszending", "overschrijving", "achteraf betalen", "termijnen", "creditcard", "betaalmogelijkheden", "bancontact"},
		"pl": {"formy płatności", "gotówk", "tylko kartą", "klarna", "paypal", "za pobraniem", "przelew", "raty", "karta kredytowa", "blik", "metody płatności"},
		"ru": {"способы оплаты", "наличн", "только картой", "klarna", "paypal", "частями", "наложенн", "при получении", "перевод", "рассрочк", "кредитн", "пейпал", "кларна", "американ экспресс", "амекс"},
		"tr": {"ödeme yöntemleri", "nakit", "kapıda öde", "sadece kart", "klarna", "paypal", "kapıda ödeme", "havale", "taksit", "kredi kartı", "ödeme yöntem", "ödeme seçenek"},
		"ar": {"طرق الدفع", "أمريكان إكسبريس", "نقدا", "نقداً", "كاش", "بالبطاقة فقط", "klarna", "paypal", "تقسيط", "بالتقسيط", "الدفع عند الاستلام", "تحويل بنكي", "أقساط", "بطاقة ائتمان", "باي بال", "بايبال", "كلارنا", "أبل باي", "ابل باي", "آبل باي", "جوجل باي", "كيف أدفع", "كيف ادفع", "بماذا أدفع", "بإيش أدفع"},
		"ja": {"支払い方法", "現金", "カードだけ", "カードのみ", "klarna", "paypal", "代金引換", "代引き", "銀行振込", "分割", "後払い", "クレジットカード", "ペイパル", "クラーナ", "アップルペイ", "アメックス", "アメリカン・エキスプレス", "アメリカンエキスプレス", "振込", "振り込み", "ペイペイ", "楽天ペイ", "コンビニ払い", "コンビニ決済", "何で払え", "何で支払"},
		"ko": {"결제 수단", "현금", "카드만", "결제수단", "결제방법", "지불 방법", "지불방법", "klarna", "paypal", "착불", "계좌이체", "할부", "신용카드", "결제 방법", "페이팔", "클라르나", "애플페이", "구글페이", "아멕스", "아메리칸 익스프레스", "아메리칸익스프레스", "후불",
			// paying into the shop's bank account ("무통장입금", a deposit
			// without a bankbook), said as the bank says it
			"무통장", "계좌 이체", "계좌로 입금", "송금",
			// wallets by name, and "what can I pay with?"
			"카카오페이", "네이버페이", "삼성페이", "토스페이", "페이코", "뭐로 결제", "무엇으로 결제", "어떤 걸로 결제", "어떤 결제", "결제는 … 뭐로", "결제는 … 어떻게"},
		"zh-Hans": {"付款方式", "现金", "只能刷卡", "klarna", "paypal", "货到付款", "银行转账", "分期", "信用卡", "支付宝", "微信支付", "支付方式", "贝宝", "美国运通", "汇款", "转账"},
		"zh-Hant": {"付款方式", "現金", "只能刷卡", "klarna", "paypal", "貨到付款", "銀行轉帳", "分期", "信用卡", "貝寶", "美國運通", "支付方式", "匯款", "轉帳"},
		"id":      {"metode pembayaran", "tunai", "bayar cash", "cuma kartu", "hanya kartu", "klarna", "paypal", "bayar di tempat", "transfer bank", "cicilan", "kartu kredit", "gopay", "transferan", "bayar transfer"}}},
	{"tracking number", map[string][]string{
		// A parcel that does not move in the tracking is the same entry:
		// when to get in touch.
		"en": {"tracking number", "sitting at", "same depot", "same place", "same location", "same spot", "no update", "not updated", "hasn't updated", "stuck at", "tracking link", "tracking info", "tracking code", "no movement", "not moving", "hasn't moved", "stuck in transit",
			// How long before the parcel's first scan appears is the
			// same entry's (up to 24 hours), not an order's status.
			"first scan", "tracking shows", "tracking to show", "tracking appears", "tracking to appear", "tracking show up", "tracking to update", "tracking updates",
			// tracking that shows nothing yet: how long before it does
			"tracking shows nothing", "tracking doesn't show", "tracking isn't showing", "tracking says nothing", "tracking does nothing",
			// how tracking is done, asked in general: the entry's own question
			// ("How do I track my order?"), in every language below
			"how … track"}, "de": {"sendungsnummer", "erste scan", "ersten scan", "tracking anzeigt", "tracking erscheint", "tracking … anzeigt", "tracking … erscheint", "am selben ort", "am gleichen ort", "im gleichen depot", "im selben depot", "keine aktualisierung", "tut sich nichts", "steht seit", "hängt seit", "trackingnummer", "sendungsverfolgung", "tracking-link", "bewegt sich nicht", "keine bewegung", "hängt fest",
			// "bewegt sich seit Tagen nicht": the duration stands between.
			"bewegt sich … nicht", "rührt sich … nicht", "tracking zeigt … nichts", "tracking zeigt … nix", "tracking tut … nichts"},
		"es": {"número de seguimiento", "primer escaneo", "seguimiento aparezca", "seguimiento muestre", "en el mismo sitio", "en el mismo lugar", "no se actualiza", "parado", "código de seguimiento", "enlace de seguimiento", "no se mueve", "sin movimiento", "sin moverse", "atascado", "seguimiento no muestra nada", "seguimiento no dice nada", "cómo … rastre", "cómo … seguimiento"},
		"fr": {"numéro de suivi", "premier scan", "suivi s'affiche", "suivi apparaisse", "suivi apparaît", "au même endroit", "même dépôt", "pas de mise à jour", "n'avance pas", "n'avance plus", "coincé", "lien de suivi", "suivi de colis", "ne bouge", "pas bougé", "ne change pas", "ne change plus", "pas changé", "pas été mis à jour", "pas mis à jour", "aucun mouvement", "bloqué", "suivi n'affiche rien", "comment … suivre", "suivi ne montre rien", "suivi n'indique rien"},
		"it": {"numero di tracciamento", "prima scansione", "tracciamento compaia", "tracking compaia", "nello stesso posto", "stesso deposito", "non avanza", "codice di tracciamento", "link di tracciamento", "numero di tracking", "è fermo", "fermo da", "non si muove", "bloccato", "non si aggiorna"},
		"pt": {"código de rastreio", "no mesmo lugar", "mesmo local", "não atualiza", "não avança", "parado", "código de rastreamento", "rastreio", "rastreamento", "não se mexe", "sem movimento", "parado há", "como … rastre", "como acompanho"},
		"nl": {"trackingnummer", "eerste scan", "tracking zichtbaar", "tracking verschijnt", "op dezelfde plek", "hetzelfde depot", "geen update", "niet geüpdatet", "track & trace", "track and trace", "trackinglink", "beweegt niet", "staat stil", "staat … stil", "beweegt … niet", "zit … vast", "tracking doet … niks", "tracking doet … niets", "tracking toont … niks", "tracking toont … niets", "tracking zegt … niks", "hoe … volgen"},
		"pl": {"numer przesyłki", "pierwszy skan", "śledzenie pokaże", "śledzenie się pojawi", "w tym samym miejscu", "brak aktualizacji", "nie aktualizuje", "numer śledzenia", "numer do śledzenia", "nie rusza", "nie ruszy", "nie zmieni", "utknęł", "stoi w miejscu", "stoi od", "jak … śledzi"},
		"ru": {"трек-номер", "первое сканирование", "отслеживание появится", "трек появится", "появится трек", "трек начнёт", "трек начнет", "на одном месте", "в одном месте", "не обновляется", "стоит на месте", "трек номер", "номер отслеживания", "не движется", "не двигается", "застрял",
			// "трек" alone is the tracking number in speech; as a word
			// start it would be trekking ("трекинговые палки").
			"мой трек", "найти трек", "трек не ", "нет трека", "трека нет", "по треку", "треком", "как … отсле"},
		"tr": {"takip numarası", "ilk tarama", "takip bilgisi görün", "takipte görün", "aynı yerde", "hareket yok", "güncellenmiyor", "yerinde sayıyor", "takip numarasi", "kargo takip", "hareket etmiyor", "ilerlemiyor", "nasıl takip"},
		"ar": {"رقم التتبع", "أول مسح", "يظهر التتبع", "التتبع يظهر", "نفس المكان", "ما تحرك", "ما يتحرك", "لا يتحرك", "بدون تحديث", "رابط التتبع", "رقم تتبع", "لم يتحرك", "متوقف", "كيف … تتبع", "لم يتغير", "ما تغير", "ما يتغير", "لا يتغير", "لم يتحدث", "ما تحدث", "لم يتم تحديث"}, "ja": {"追跡番号", "追跡が表示", "追跡情報が表示", "追跡情報が反映", "追跡に反映", "同じ場所", "更新されない", "更新されてい", "更新されてな", "更新がない", "変わらない", "変わってい", "動いてい", "動いてな", "追跡リンク", "伝票番号", "動かない", "止まったまま", "追跡方法", "追跡の方法", "追跡するには", "追跡できますか"},
		"ko":      {"운송장 번호", "조회되기까지", "조회가 되기까지", "첫 스캔", "같은 곳", "같은 위치", "움직이지", "운송장번호", "송장 번호", "송장번호", "추적 번호", "송장 조회", "조회가 안", "배송 조회", "배송조회", "업데이트가 안", "멈춰 있", "추적은 어떻게", "어떻게 추적", "조회는 어떻게"},
		"zh-Hans": {"物流单号", "物流信息多久", "多久才有物流", "多久有物流", "显示物流", "同一个地方", "一直不动", "卡在", "快递单号", "追踪号", "跟踪号", "运单号", "物流没有更新", "物流不动", "没更新", "没有动", "都没动", "怎么追踪", "如何追踪", "怎么跟踪", "如何跟踪", "怎么查物流", "怎么查询物流"}, "zh-Hant": {"追蹤號碼", "物流資訊多久", "多久才有物流", "多久有物流", "顯示物流", "同一個地方", "一直不動", "卡在", "物流單號", "追蹤碼", "貨運單號", "物流沒有更新", "沒更新", "沒有動", "都沒動", "怎麼追蹤", "如何追蹤", "怎麼查貨態", "怎麼查詢貨態", "如何查詢訂單貨態", "如何查詢貨態"},
		"id": {"nomor resi", "pelacakan muncul", "tracking muncul", "pemindaian pertama", "di tempat yang sama", "nyangkut", "gak update", "ga update", "tidak update", "resi", "nomor pelacakan", "tidak bergerak", "ga gerak", "gak gerak", "nggak gerak", "tidak gerak", "belum gerak"}}},
	{"size exchange", map[string][]string{
		"en": {"exchange", "swap", "different size", "another size", "other size"}, "de": {"umtausch", "umtauschen", "andere größe", "größe tauschen"},
		"es": {"cambiar la talla", "cambiar de talla", "cambiar una talla", "cambio de talla", "otra talla", "la puedo cambiar", "lo puedo cambiar", "cambiarla por", "cambiarlo por",
			// Shoes in pairs and numbered sizes ("cambiarlas por un número más").
			"cambiarlas por", "cambiarlos por", "otro número", "un número más", "número más grande", "número más pequeño"}, "fr": {"échanger", "échange", "autre taille", "changer de taille"},
		"it": {"cambiare taglia", "cambiare la taglia", "cambio taglia", "cambio di taglia", "un'altra taglia", "altra taglia"},
		"pt": {"trocar o tamanho", "trocar de tamanho", "troca de tamanho", "outro tamanho", "trocar por", "trocar pelo", "trocar pela", "trocá-l", "troca por"}, "nl": {"omruilen", "ruilen", "andere maat"},
		"pl": {"wymienić", "wymiana", "inny rozmiar", "wymienić rozmiar"}, "ru": {"обменять", "обмен", "другой размер"},
		"tr": {"başka beden", "beden değişim", "bedenini değiştir", "beden değiştir"}, "ar": {"استبدال", "تغيير المقاس", "مقاس آخر"},
		"ja": {"サイズ交換", "交換"}, "ko": {"사이즈 교환", "교환"}, "zh-Hans": {"换尺码", "换货", "换码", "换个尺码", "换尺寸", "换别的尺", "换其他尺", "换一个尺"},
		"zh-Hant": {"換尺寸", "換尺碼", "換貨", "換個尺碼", "換別的尺", "換其他尺", "換一個尺"},
		"id":      {"tukar ukuran", "ganti ukuran", "tukar", "tuker", "ditukar"}}},
	// "I'm between two sizes": the sizing entry's advice (the larger for
	// jackets, the smaller for base layers). The first word of a language
	// is the question the entry is looked up by.
	{"size advice", map[string][]string{
		"en": {"what size should i get", "between two sizes", "between sizes"}, "nl": {"welke maat moet ik nemen", "tussen twee maten", "tussen 2 maten"},
		"de": {"welche größe soll ich nehmen", "zwischen zwei größen"}, "fr": {"quelle taille dois-je prendre", "entre deux tailles"},
		"es": {"qué talla me pido", "entre dos tallas"}, "it": {"che taglia devo prendere", "tra due taglie", "fra due taglie"},
		"pt": {"qual tamanho devo pedir", "entre dois tamanhos"}, "pl": {"jaki rozmiar wybrać", "między dwoma rozmiarami"},
		"ru": {"какой размер выбрать", "между двумя размерами"}, "tr": {"hangi bedeni almalıyım", "iki beden arasında"},
		"ar": {"ما المقاس المناسب لي", "بين مقاسين"}, "ja": {"どのサイズを選べばいいですか", "サイズで迷", "サイズに迷"},
		"ko": {"어떤 사이즈를 사야 할까요", "두 사이즈 사이", "사이즈가 애매"}, "zh-Hans": {"我应该选哪个尺码", "两个尺码之间"},
		"zh-Hant": {"我應該選哪個尺碼", "兩個尺碼之間"}, "id": {"ukuran mana yang harus saya pilih", "di antara dua ukuran"}}},
	{"warranty", map[string][]string{
		// A seam coming apart or a sole coming off is a manufacturing
		// defect.
		"en": {"warranty", "guarantee", "defect", "seam came apart", "seam split", "seams split", "sole came off", "sole is coming off", "sole is peeling",
			"sole peeling", "sole came loose", "delaminat",
			// A hole worn through is what a lifetime guarantee on socks
			// covers; the hole is said in every language below.
			"hole in", "a hole", "holes in"},
		"de": {"garantie", "gewährleistung", "mangel", "defekt", "naht aufgegangen", "naht ist aufgegangen", "löst sich", "hat sich gelöst", "sohle ab", "ein loch", "löcher"},
		"es": {"garantía", "defecto", "se descosió", "se ha descosido", "descosid", "despeg", "agujero", "un roto"},
		"fr": {"garantie", "défaut", "couture qui lâche", "couture a lâché", "décousu", "se découd", "se décolle", "semelle décollée", "s'est décollée", "un trou", "troué"},
		"it": {"garanzia", "difett", "si stacca", "si è staccata", "suola staccata", "scollat", "un buco", "bucat"}, "pt": {"garantia", "defeito", "descolou", "descolando", "sola soltou", "sola solta", "um buraco", "furad", "um furo"},
		"nl": {"garantie", "defect", "laat los", "zool los", "losgelaten", "komt los", "een gat", "gaten in"},
		"pl": {"gwarancj", "wada", "wadliw", "reklamacj", "odkleja", "odkleił", "odpada podeszwa", "podeszwa odpad", "dziur"}, "ru": {"гаранти", "брак", "дефект", "отклеи", "отошла подошва", "отходит подошва", "дыр", "прохуди"},
		"tr": {"garanti", "kusur", "arıza", "taban ayrıl", "tabanı ayrıl", "tabanı açıl", "taban açıl", "delik"},
		"ar": {"ضمان", "الضمان", "عيب", "انفصل النعل", "النعل انفصل", "ثقب", "مثقوب"}, "ja": {"保証", "不良", "剥がれ", "はがれ", "穴が", "穴あ"}, "ko": {"보증", "불량", "밑창이 떨어", "밑창이 분리", "밑창 분리", "구멍"},
		"zh-Hans": {"保修", "质保", "保固", "开胶", "脱胶", "破洞", "破了个洞", "磨破"}, "zh-Hant": {"保固", "保修", "瑕疵", "開膠", "脫膠", "破洞", "破了個洞", "磨破"},
		"id": {"garansi", "cacat", "sol lepas", "solnya lepas", "mengelupas", "copot", "bolong", "berlubang"}}},
	{"parking", map[string][]string{
		"en": {"parking", "to park", "park my", "park the car", "park nearby", "can i park"}, "de": {"parkplatz", "parken", "parkhaus"}, "es": {"aparcamiento", "aparcar", "estacionamiento", "estacionar", "parking"},
		"fr": {"parking", "stationnement", "se garer", "garer"}, "it": {"parcheggio", "parcheggiare"}, "pt": {"estacionamento", "estacionar"},
		"nl": {"parkeren", "parkeerplaats", "parkeer"}, "pl": {"parking", "parkowa", "parkingu"}, "ru": {"парковк", "припарков"}, "tr": {"otopark", "park yeri", "park et"},
		"ar": {"موقف سيارات", "مواقف", "ركن السيارة", "موقف"}, "ja": {"駐車場", "駐車"}, "ko": {"주차"}, "zh-Hans": {"停车"}, "zh-Hant": {"停車"},
		"id": {"parkir"}}},
	{"pets", map[string][]string{
		"en": {"dog", "dogs", "pet", "pets", "cat"}, "de": {"hund", "haustier"}, "es": {"perro", "mascota"}, "fr": {"chien", "animaux", "animal de compagnie"},
		"it": {"cane", "i cani", "cani ammessi", "animali"}, "pt": {"cachorro", "cão", "cães", "animais de estimação", "pet"}, "nl": {"hond", "huisdier"},
		"pl": {"pies", "psa", "psem", "zwierzę", "zwierzęt"}, "ru": {"собак", "питом", "животн"}, "tr": {"köpek", "evcil hayvan"},
		"ar": {"كلب", "كلاب", "حيوان أليف", "حيوانات أليفة"}, "ja": {"犬", "ペット"}, "ko": {"강아지", "반려견", "반려동물", "개를"},
		"zh-Hans": {"狗", "宠物"}, "zh-Hant": {"狗", "寵物"}, "id": {"anjing", "hewan peliharaan"}}},
	{"opening hours", map[string][]string{
		"en": {"opening hours", "open", "hours", "closing time"}, "de": {"öffnungszeiten", "geöffnet", "offen"}, "es": {"horario", "abierto", "abrís"},
		"fr": {"horaires", "ouvert", "heures d'ouverture"}, "it": {"orari", "aperto", "apertura"}, "pt": {"horário", "aberto", "abrem"},
		"nl": {"openingstijden", "open", "geopend"}, "pl": {"godziny otwarcia", "otwarte", "czynne"}, "ru": {"часы работы", "открыт", "режим работы"},
		"tr": {"çalışma saatleri", "açık", "açılış"}, "ar": {"ساعات العمل", "مفتوح", "أوقات العمل"}, "ja": {"営業時間", "営業"},
		"ko": {"영업시간", "영업 시간", "운영 시간"}, "zh-Hans": {"营业时间", "几点开门"}, "zh-Hant": {"營業時間", "幾點開門"}, "id": {"jam buka", "jam operasional", "buka"}}},
	{"fit", map[string][]string{
		// Whether the clothes run small or large: the sizes entry
		// answers it for every product, so it is a store-wide question
		// even when a kind is named ("vos vestes taillent petit ?").
		"en": {"run small", "runs small", "run large", "runs large", "run big", "runs big", "come up small", "come up big"},
		// Not "it's too small on me" (quedan pequeñas, kekecilan): that is
		// an item to exchange.
		"es": {"tallas pequeñas", "tallas son pequeñas", "tallan pequeñ", "tallan grande"},
		"fr": {"taillent petit", "taillent grand", "taille petit", "taille grand"}, "de": {"klein aus", "groß aus", "gross aus"},
		"it": {"vestono piccol", "vestono grand", "veste piccol", "veste grand"}, "pt": {"veste pequeno", "vestem pequeno", "veste grande", "forma pequena"},
		"nl": {"vallen klein", "valt klein", "vallen groot", "valt groot"}, "pl": {"zaniżone", "zawyżone", "małe rozmiary"},
		"ru": {"маломер", "большемер"}, "tr": {"küçük kalıp", "büyük kalıp", "dar kalıp"}, "ar": {"مقاسات ملابسكم صغيرة", "المقاسات صغيرة", "مقاساتكم صغيرة"},
		"ja": {"小さめ", "大きめ"}, "ko": {"작게 나와", "크게 나와"}, "zh-Hans": {"偏小", "偏大"}, "zh-Hant": {"偏小", "偏大"},
		"id": {"ukuran pakaian kalian kecil", "ukurannya kecil", "ukurannya besar"}}},
	{addressChange, map[string][]string{
		// Moving house or a wrong or changed delivery address: the entry
		// says how long the shop can still change it, whatever the
		// classifier makes of the message (a cancellation, a status
		// question, a shipping question).
		"en": {"change my address", "change the address", "change address", "wrong address", "new address", "old address", "update the address",
			"update my address", "moved house", "just moved", "i moved", "we moved", "moving house", "new flat", "new apartment", "relocat",
			"new place", "new home", "i'm moving", "we're moving", "moving out"},
		"es": {"cambiar la dirección", "cambiar mi dirección", "cambiar la direccion", "dirección equivocada", "dirección incorrecta", "dirección nueva",
			"nueva dirección", "dirección vieja", "direccion vieja", "direccion nueva", "nueva direccion", "me mudé", "me mude", "nos mudamos", "me he mudado", "mudanza"},
		"fr": {"changer l'adresse", "changer d'adresse", "modifier l'adresse", "modifier mon adresse", "mauvaise adresse", "nouvelle adresse",
			"ancienne adresse", "déménag", "demenag", "trompé d'adresse", "trompée d'adresse"},
		"de": {"adresse ändern", "adressänderung", "falsche adresse", "neue adresse", "alte adresse", "alte anschrift", "neue anschrift", "umgezogen",
			"umzug", "ziehe um", "ziehen um"},
		"it": {"cambiare indirizzo", "cambiare l'indirizzo", "indirizzo sbagliato", "nuovo indirizzo", "trasloc"},
		"pt": {"mudar o endereço", "alterar o endereço", "endereço errado", "novo endereço", "me mudei", "mudança de endereço", "endereço antigo",
			"casa antiga", "trocar o endereço"},
		"nl": {"adres wijzigen", "adres aanpassen", "verkeerd adres", "verkeerde adres", "nieuw adres", "verhuisd", "verhuis", "oude adres", "oud adres"},
		"pl": {"zmienić adres", "zmiana adresu", "zły adres", "błędny adres", "nowy adres", "stary adres", "przeprowadzi", "przeprowadzk"},
		"ru": {"изменить адрес", "сменить адрес", "поменять адрес", "неправильный адрес", "новый адрес", "старый адрес", "переехал", "переезд"},
		"tr": {"adresi değiştir", "adres değiş", "yanlış adres", "yeni adres", "taşındım", "taşınıyorum"},
		"ar": {"تغيير العنوان", "عنوان خاطئ", "عنواناً خاطئاً", "العنوان خطأ", "العنوان غلط", "عنواني الجديد", "العنوان الجديد", "انتقلت", "غيرت سكني"},
		"ja": {"住所を変更", "住所変更", "住所を間違", "届け先を変更", "新しい住所", "引っ越"}, "ko": {"주소 변경", "주소를 잘못", "새 주소", "이사"},
		"zh-Hans": {"修改地址", "更改地址", "改地址", "地址写错", "填错地址", "地址填错", "新地址", "搬家"},
		"zh-Hant": {"修改地址", "更改地址", "改地址", "地址寫錯", "填錯地址", "地址填錯", "新地址", "搬家"},
		"id":      {"ubah alamat", "ganti alamat", "alamat salah", "salah alamat", "salah tulis alamat", "alamat baru", "alamat lama", "pindah rumah", "pindahan"}}},
	// Cancelling an order: found by the cancel topic's words in any
	// language (knowledge.AsksCancel); the words here are how the entry
	// is looked up ("片方取り消せますか" shares no word with "注文をキャンセ
	// ルできますか？").
	{cancelOrder, map[string][]string{
		"en": {"cancel my order"}, "de": {"bestellung stornieren"}, "es": {"cancelar mi pedido"}, "fr": {"annuler ma commande"},
		"it": {"annullare il mio ordine"}, "pt": {"cancelar meu pedido"}, "nl": {"mijn bestelling annuleren"}, "pl": {"anulować zamówienie"},
		"ru": {"отменить заказ"}, "tr": {"siparişimi iptal"}, "ar": {"إلغاء طلبي"}, "ja": {"注文をキャンセル"}, "ko": {"주문을 취소"},
		"zh-Hans": {"取消订单"}, "zh-Hant": {"取消訂單"}, "id": {"membatalkan pesanan"}}},
	{"pickup", map[string][]string{
		"en": {"pick up", "pickup", "click and collect", "collect in store", "showroom"}, "de": {"abholen", "abholung", "selbst abholen"},
		"es": {"recoger en tienda", "recogida", "recoger"}, "fr": {"retrait en magasin", "retirer", "click and collect"},
		"it": {"ritiro in negozio", "ritirare", "ritiro"}, "pt": {"retirada", "retirar na loja", "retirar"}, "nl": {"afhalen", "ophalen"},
		"pl": {"odbiór osobisty", "odebrać osobiście"}, "ru": {"самовывоз", "забрать самому"}, "tr": {"mağazadan teslim", "gel al"},
		"ar": {"استلام من المتجر", "الاستلام"}, "ja": {"店頭受け取り", "受け取り"}, "ko": {"매장 픽업", "매장픽업", "픽업"},
		"zh-Hans": {"自提", "到店取货"}, "zh-Hant": {"自取", "到店取貨"}, "id": {"ambil sendiri", "ambil di toko"}}},
}

// conceptsIn returns the FAQ concepts the message names, in any of the
// supported languages.
func conceptsIn(text string) []*faqConcept {
	low := strings.ToLower(text)
	named := conceptWords.named(low)
	var out []*faqConcept
	for i := range faqConcepts {
		c := &faqConcepts[i]
		found := named[i]
		if !found && c.name == addressChange {
			// "Typo in my postcode", "下单时门牌号写错了": a part of the
			// address and a mistake or change say it without the phrase.
			found = actions.MentionsAddress(low) && slices.ContainsFunc(addressFixWords, func(w string) bool { return containsWordStart(low, w) })
		}
		if !found && c.name == discountCode {
			found = usesCodes(low)
		}
		if !found && c.name == "gift card" {
			found = cardOfAmountRE.MatchString(low)
		}
		if !found && isRestock(c) {
			found = containsAny(low, lastSeasonWords)
		}
		if !found && c.name == cancelOrder {
			found = knowledge.AsksCancel(low)
		}
		if found && c.name == "size advice" && sizeNumberRE.MatchString(low) {
			// "Borstomtrek 112 cm, welke maat?", "I'm usually a 42": a
			// measurement or a size the shopper wears asks the size
			// guide, not the general advice.
			found = false
		}
		if found && !(c.name == "price match" && comparesPrices(low)) {
			out = append(out, c)
		}
	}
	return out
}

// conceptWords indexes the concepts' words by how they begin, built once
// from faqConcepts and only read afterwards.
var conceptWords = indexConceptWords(faqConcepts)

// conceptWordIndex maps the first two runes of a concept word (its only
// rune, for a one-rune word) to the words that begin so. Every way a
// concept word matches (containsConceptWord) needs the word, or the head
// of a split word, inside the message, so only the words whose beginning
// occurs in the message need a look: a few dozen instead of the ~2,600
// words of 16 languages, on every routing check of every message.
type conceptWordIndex map[string][]conceptWord

// conceptWord is one word of the concept at faqConcepts[concept].
type conceptWord struct {
	concept int
	word    string
}

func indexConceptWords(cs []faqConcept) conceptWordIndex {
	idx := conceptWordIndex{}
	for i, c := range cs {
		for _, words := range c.words {
			for _, w := range words {
				k := twoRunes(w)
				idx[k] = append(idx[k], conceptWord{i, w})
			}
		}
	}
	return idx
}

// named reports, per concept of faqConcepts, whether low names one of its
// words.
func (idx conceptWordIndex) named(low string) []bool {
	found := make([]bool, len(faqConcepts))
	looked := map[string]bool{}
	look := func(key string) {
		if looked[key] {
			return
		}
		looked[key] = true
		for _, cw := range idx[key] {
			if !found[cw.concept] && containsConceptWord(low, cw.word) {
				found[cw.concept] = true
			}
		}
	}
	for i := 0; i < len(low); {
		_, n := utf8.DecodeRuneInString(low[i:])
		look(low[i : i+n])
		look(twoRunes(low[i:]))
		i += n
	}
	return found
}

// twoRunes returns the first two runes of s, or s when it is shorter.
func twoRunes(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	if n >= len(s) {
		return s
	}
	_, m := utf8.DecodeRuneInString(s[n:])
	return s[:n+m]
}

// discountCode names the concept of discount codes and their rules.
const discountCode = "discount code"

// codeWords name a discount code, however it is called ("mon code de
// bienvenue", "un codice studenti"); bare words for "code" that also mean
// a cable or a size (Japanese コード, Korean 코드, Chinese 码) are left out.
var codeWords = []string{"code", "codes", "codice", "codici", "código", "códigos", "codigo", "kod", "kody", "код", "kodu", "kode", "كود", "رمز",
	"cupom", "cupón", "kupon", "coupon", "割引コード", "クーポン", "プロモコード", "쿠폰", "할인 코드", "할인코드", "折扣码", "优惠码", "优惠券",
	"折扣碼", "優惠碼", "優惠券",
	// German and Dutch say the kind of code in one word.
	"rabattcode", "gutscheincode", "willkommenscode", "studentencode", "newslettercode", "kortingscode", "welkomstcode", "actiecode"}

// postalCodeWords name a postal code, which is no discount code.
var postalCodeWords = []string{"zip code", "postal code", "post code", "code postal", "código postal", "codice postale", "kod pocztowy",
	"почтовый код", "posta kodu", "kode pos", "الرمز البريدي"}

// codeUseWords say a code does not work, or ask to use two together: the
// one-code rule and the codes' exclusions answer, whichever kind of code
// (welcome, student) the message names.
var codeUseWords = []string{"doesn't work", "does not work", "not working", "won't work", "didn't work", "both", "together", "at the same time", "combine",
	"invalid", "not valid", "stack", "ungültig", "no es válido", "no válido", "inválido", "invalide", "n'est pas valide", "non valido", "non è valido",
	"ongeldig", "nieważny", "nieprawidłowy", "недействител", "geçersiz", "tidak valid", "غير صالح", "유효하지",
	"funktioniert nicht", "geht nicht", "klappt nicht", "beide", "zusammen", "gleichzeitig", "kombinier",
	"no funciona", "no me funciona", "los dos", "ambos", "juntos", "a la vez", "combinar",
	"marche pas", "fonctionne pas", "les deux", "ensemble", "en même temps", "cumul", "combiner",
	"non funziona", "non va", "tutti e due", "entrambi", "insieme", "contemporaneamente", "combinare",
	"não funciona", "não está funcionando", "os dois", "juntos", "ao mesmo tempo", "acumular",
	"werkt niet", "doet het niet", "allebei", "samen", "tegelijk", "combineren",
	"nie działa", "oba", "obydwa", "razem", "jednocześnie", "łączyć", "połączyć",
	"не работает", "не срабатывает", "оба", "вместе", "одновременно", "совместить",
	"çalışmıyor", "olmuyor", "ikisini", "ikisi", "birlikte", "aynı anda", "birleştir",
	"tidak berfungsi", "gak bisa", "ga bisa", "nggak bisa", "dua-duanya", "keduanya", "sekaligus", "digabung", "bersamaan",
	"ما يشتغل", "لا يعمل", "لا يشتغل", "الاثنين", "كلاهما", "معاً", "مع بعض", "في نفس الوقت",
	"使えない", "使えません", "無効", "両方", "一緒に", "同時に",
	"안 돼", "안돼", "적용이 안", "둘 다", "같이", "동시에",
	"用不了", "不能用", "无效", "無效", "两个", "兩個", "一起用", "同时", "同時"}

// namesCode reports whether a message names a discount code.
func namesCode(low string) bool {
	return slices.ContainsFunc(codeWords, func(w string) bool { return containsConceptWord(low, w) }) && !containsAny(low, postalCodeWords)
}

// usesCodes reports whether a message says a code does not work or asks
// to use two together ("mon code de bienvenue ne marche pas", "un codice
// di benvenuto e uno studenti, tutti e due?").
func usesCodes(low string) bool {
	return namesCode(low) && containsAny(low, codeUseWords)
}

// addressChange names the concept of a delivery address to change.
const addressChange = "address change"

// cancelOrder names the concept of an order to cancel.
const cancelOrder = "cancel order"

// asksAddressChange reports whether the message asks to change the
// delivery address (moving house, a wrong part of the address).
func (t *turn) asksAddressChange() bool {
	return slices.ContainsFunc(conceptsIn(t.text), func(c *faqConcept) bool { return c.name == addressChange })
}

// namesConcept reports whether the message names the concept of that name.
func namesConcept(text, name string) bool {
	return slices.ContainsFunc(conceptsIn(text), func(c *faqConcept) bool { return c.name == name })
}

// conceptNamed returns the concept of that name.
func conceptNamed(name string) *faqConcept {
	for i := range faqConcepts {
		if faqConcepts[i].name == name {
			return &faqConcepts[i]
		}
	}
	return nil
}

// addressFixWords say that something in a message is wrong or must change;
// with a part of an address they ask to change the address.
var addressFixWords = []string{"typo", "wrong", "mistake", "incorrect", "fix", "correct", "update", "change",
	"puse mal", "escribí mal", "escribi mal", "equivoc", "equivoqu", "error", "corregir", "cambiar",
	"tromp", "erreur", "corriger", "modifier", "changer", "falsch", "vertipp", "fehler", "korrigier", "ändern", "versehen",
	"sbagli", "correggere", "errad", "errei", "corrigir", "trocar", "verkeerd", "fout", "wijzigen", "omzetten", "omgezet",
	"pomyl", "błęd", "zły", "popraw", "zmieni", "ошиб", "перепута", "неправил", "исправ", "измени", "поменя", "yanlış", "düzelt",
	"salah", "keliru", "ganti", "ubah", "perbaiki", "خطأ", "غلط", "تعديل", "تغيير", "تصحيح", "تصلح",
	"間違", "変更", "訂正", "直せ", "写错", "填错", "错了", "改", "寫錯", "填錯", "錯了", "잘못", "변경", "수정",
	// to change as Korean, Japanese and Chinese say it in speech ("배송지 바꿀 수 있어요?", "住所を変えたい", "能换地址吗")
	"바꾸", "바꿀", "바꿔", "変え", "换", "換"}

// sizeNumberRE finds a measurement or a size worn (two digits or more).
var sizeNumberRE = regexp.MustCompile(`\d{2,}`)

// differenceWords say "difference" in the supported languages: a price
// match's "refund the difference", or a comparison's "difference between".
var differenceWords = []string{"difference", "differenz", "unterschied", "diferencia", "différence", "differenza", "diferença",
	"verschil", "różnic", "разниц", "fark", "perbedaan", "selisih", "差", "차이", "فرق"}

// paidWords say the shopper has bought or paid already: "the difference
// between what I paid and the sale price" asks for a price match.
var paidWords = []string{"paid", "bought", "ordered", "bezahlt", "gekauft", "bestellt", "pagué", "compré", "pedí", "payé", "acheté",
	"commandé", "pagato", "comprato", "ordinato", "paguei", "comprei", "pedi ", "betaald", "gekocht", "besteld", "ödedim", "aldım",
	"zapłaci", "kupił", "kupiłam", "zamówi", "bayar", "beli", "заплатил", "купил", "заказал", "払った", "買った", "付了", "买了", "買了",
	"샀", "결제했", "دفعت", "اشتريت",
	// Said as the order placed ("注文して一週間後に値下がり"): "一週間" holds
	// the between-word "間", and the order makes it a price drop.
	"注文し", "購入し", "買っ", "주문했", "주문하고", "구매했", "下单", "下單", "购买了", "購買了", "طلبت", "sipariş verdim", "satın aldım",
	"заказала", "купила", "kupiłem", "zamówiłem", "zamówiłam", "achetée", "commandée", "bestelde", "kochte", "compramos", "comprado"}

// comparesPrices reports whether a message asks the difference between two
// products or versions ("diferença de preço entre o Ember normal e o
// longo", "différence entre le Regular et le Wide Long"), not a refund of
// a price drop: a difference word, a word for between, and nothing bought.
func comparesPrices(low string) bool {
	return containsAny(low, differenceWords) && containsAny(low, betweenCues) && !containsAny(low, paidWords)
}

// conceptSuffixes are the plural and verb endings a short concept word may
// take and still be the word ("dogs", "Hunde", "honden").
var conceptSuffixes = []string{"", "s", "e", "es", "en"}

// containsConceptWord reports whether a concept word starts a word of low;
// a Latin word of three letters must be the whole word, give or take a
// plural ending, since every language's words are looked for in every
// message: "cat" is no pet in Italian "catalogo", "dog" none in "dogana",
// "pet" none in French "petit". Longer ones may be inflected ("BLIKiem").
func containsConceptWord(low, w string) bool {
	if strings.Contains(w, " … ") {
		return containsSplitWord(low, w)
	}
	if utf8.RuneCountInString(w) > 3 || !isLatinWord(w) {
		return containsWordStart(low, w)
	}
	for i := 0; ; {
		j := strings.Index(low[i:], w)
		if j < 0 {
			return false
		}
		j += i
		i = j + len(w)
		if r, _ := utf8.DecodeLastRuneInString(low[:j]); j > 0 && unicode.IsLetter(r) {
			continue
		}
		rest := low[i:]
		end := len(rest)
		if k := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
			end = k
		}
		if slices.Contains(conceptSuffixes, rest[:end]) {
			return true
		}
	}
}

// containsSplitWord matches a concept word written "staat … stil": a Dutch
// separable verb, whose parts stand apart in the clause ("Mijn pakket
// staat al een week stil"). The first part is a whole word; the second
// follows it before the clause ends.
func containsSplitWord(low, w string) bool {
	head, tail, _ := strings.Cut(w, " … ")
	for i := 0; ; {
		j := strings.Index(low[i:], head)
		if j < 0 {
			return false
		}
		j += i
		i = j + len(head)
		before, _ := utf8.DecodeLastRuneInString(low[:j])
		after, _ := utf8.DecodeRuneInString(low[i:])
		if j > 0 && unicode.IsLetter(before) || unicode.IsLetter(after) {
			continue
		}
		clause := low[i:]
		if k := strings.IndexAny(clause, ".?!;,"); k >= 0 {
			clause = clause[:k]
		}
		if containsConceptWord(clause, tail) {
			return true
		}
	}
}

// isLatinWord reports whether every letter of w is Latin.
func isLatinWord(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// sharesConcept reports whether question names one of the FAQ concepts
// the message names.
func sharesConcept(message, question string) bool {
	asked := conceptsIn(question)
	return slices.ContainsFunc(conceptsIn(message), func(c *faqConcept) bool { return slices.Contains(asked, c) })
}

// conceptText says a concept in one language (the FAQ's), for a second
// look-up when the shopper's own words share too little with it.
func conceptText(c *faqConcept, lang string) string {
	if w := c.words[lang]; len(w) > 0 {
		return w[0]
	}
	return c.words["en"][0]
}

// faqByConcept looks an FAQ entry up by the concepts the message names,
// in the shop's primary language and the shopper's: "Vendete buoni
// regalo?" finds "Do you sell gift cards?" though no word is shared.
//
// A cancellation read as an order task keeps its flow (the rule, then the
// order: taskFAQ), as an address change always does (addressPolicy).
func (t *turn) faqByConcept(task bool) []knowledge.PassageAnswer {
	if knowledge.AsksDuties(t.text) {
		// In a duties question the subjects are the shopper's
		// circumstances ("中国留学生" is no student discount, "платить
		// пошлину при получении" no cash on delivery), and an entry
		// looked up by its subject alone is never checked for the
		// duties the message asks about.
		return nil
	}
	cs := slices.DeleteFunc(conceptsIn(t.text), func(c *faqConcept) bool { return c.name == addressChange || task && c.name == cancelOrder })
	if knowledge.AsksServiceRule(t.text) {
		cs = slices.DeleteFunc(cs, func(c *faqConcept) bool { return c.inRules() })
	}
	if knowledge.PaymentIsCondition(t.text) || knowledge.AsksRefund(t.text) {
		// "How much is shipping to Austria if I pay with PayPal?" asks
		// the delivery rule; the payment method is its condition. "Is
		// the refund paid to PayPal or the card?" asks about the refund.
		cs = slices.DeleteFunc(cs, func(c *faqConcept) bool { return c.name == "payment methods" })
	}
	if usesCodes(strings.ToLower(t.text)) {
		// "Mon code de bienvenue ne marche pas", "welcome code and
		// student code together?": the codes' rules answer, not how to
		// get the welcome or student discount.
		cs = slices.DeleteFunc(cs, func(c *faqConcept) bool { return c.name == "first order discount" || c.name == "student discount" })
	}
	if slices.ContainsFunc(cs, func(c *faqConcept) bool { return c.name == "gift card" }) && !namesCode(strings.ToLower(t.text)) {
		// "Gift cards: do they expire, can I combine several?": stacking
		// gift cards is the gift card entry's, not the one-code rule.
		cs = slices.DeleteFunc(cs, func(c *faqConcept) bool { return c.name == discountCode })
	}
	if slices.ContainsFunc(cs, func(c *faqConcept) bool { return c.name == "pre-order" }) {
		// "When am I charged for the pre-order, can I still cancel?":
		// the pre-order entry says how a pre-order is cancelled too.
		cs = slices.DeleteFunc(cs, func(c *faqConcept) bool { return c.name == cancelOrder })
	}
	if slices.ContainsFunc(cs, func(c *faqConcept) bool { return c.name == "size exchange" }) {
		// "A jacket as a gift for my son: can he exchange the size?": the
		// gift is the shopper's circumstance, the exchange the question.
		cs = slices.DeleteFunc(cs, func(c *faqConcept) bool { return c.name == "gift wrapping" })
	}
	if slices.ContainsFunc(cs, func(c *faqConcept) bool { return c.name == "repair" }) {
		// "Do you repair jackets after the warranty?" asks for the
		// repair entry, which says what the warranty covers too.
		cs = slices.DeleteFunc(cs, func(c *faqConcept) bool { return c.name == "warranty" })
	}
	return t.faqOfConcepts(cs)
}

// faqOfConcepts looks up the FAQ entry of each concept (up to three), in
// the shop's primary language and the shopper's, and returns the best.
func (t *turn) faqOfConcepts(cs []*faqConcept) []knowledge.PassageAnswer {
	// Each subject on its own: the entry that carries one best wins
	// ("cartões-presente" is a gift card, not gift wrapping).
	var best []knowledge.PassageAnswer
	for _, c := range cs[:min(len(cs), 3)] {
		for _, l := range []string{t.primaryLang(), t.reply.Language} {
			// No country: a subject's entry is answered whole, not cut
			// to the sentences naming the shopper's place ("francs
			// suisses" keeps the list of currencies).
			hits, err := t.conceptEntry(c, l)
			if err != nil {
				t.logErr("match FAQ by concept", err)
				return nil
			}
			if len(hits) > 0 && (len(best) == 0 || hits[0].QuestionMatch > best[0].QuestionMatch) {
				best = hits
			}
		}
	}
	return best
}

// conceptEntry looks up the FAQ entry of a concept by its word in one
// language. When the entry found is about another subject (the translated
// FAQ says "vale-presente" where the word looked up is "cartão-presente",
// which shares only "presente" with the gift-wrapping entry), the
// language's other words for the concept are tried, a few at most, and the
// first whose entry names the concept wins.
func (t *turn) conceptEntry(c *faqConcept, lang string) ([]knowledge.PassageAnswer, error) {
	words := c.words[lang]
	if len(words) == 0 {
		words = c.words["en"]
	}
	var first []knowledge.PassageAnswer
	for i, w := range words[:min(len(words), 4)] {
		hits, err := t.e.index.AnswerPassages(t.ctx, t.shop.Domain, knowledge.PassageQuery{Text: w,
			Lang: t.reply.Language, Kinds: []string{"faq"}, Limit: 1})
		if err != nil {
			return nil, fmt.Errorf("look up FAQ entry of %s: %w", c.name, err)
		}
		if i == 0 {
			first = hits
		}
		if len(hits) > 0 && slices.Contains(conceptsIn(hits[0].Title), c) {
			return hits, nil
		}
	}
	return first, nil
}
