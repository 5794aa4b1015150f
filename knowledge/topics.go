package knowledge

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// topicSet is a bit set of the service topics a text is about. Topics bridge
// languages: a Portuguese question about duties finds the English customs
// paragraph of a policy that has no Portuguese translation.
type topicSet uint16

const (
	topicDuties topicSet = 1 << iota
	topicShipping
	topicReturns
	topicRefund
	topicPayment
	topicTime
	topicCost
	topicExchange
	topicAddress
	topicTracking
	topicCancel
	topicWarranty
	topicRestricted
	topicSize
)

// topicWords are lowercase word starts (Latin, Cyrillic) or substrings (CJK,
// Arabic) per topic, in the assistant's languages. A word start matches
// inflected forms ("envío", "envíos"; "доставку").
var topicWords = map[topicSet][]string{
	topicDuties: {"customs", "duty", "duties", "import tax", "ddp", "dap", "vat", "tariff", "clearance",
		"aduan", "arancel", "impuesto", "douane", "droits de douane", "taxe", "zoll", "einfuhr", "abgaben", "steuer", "mwst",
		"dogan", "dazi", "dazio", "importazion", "tasse doganali", "iva", "alfândega", "alfandega", "taxas de importação", "imposto", "invoerrecht", "btw",
		"gümrük", "gumruk", "vergi", "cło", "cła", "celn", "importkost", "importheff", "invoerkost", "invoerheffing", "heffing", "invoerbelasting", "inklaring", "importow", "import fee", "importgebühr", "podatek", "bea cukai", "bea masuk", "pajak", "جمارك", "الجمارك", "جمرك", "الجمرك", "رسوم الاستيراد", "ضريبة", "ضرائب",
		"пошлин", "таможн", "таможен", "растамож", "налог", "ндс", "関税", "消費税", "輸入税", "关税", "關稅", "进口税", "進口稅", "稅費", "税费", "交税", "缴税", "付税", "繳稅", "付稅", "交稅", "增值税", "增值稅", "消费税", "消費稅", "mehrwertsteuer", "umsatzsteuer", "ppn", "관세", "부가세", "세금",
		"taxes", "import charges", "import fees", "brokerage", "tva", "importation", "tax",
		// prices with duties included, as Chinese and Japanese shops say it
		"含税", "含稅", "包税", "包稅", "税込", "稅金", "importación", "tasse", "taxas", "tributo", "importação", "alfandeg", "desalfandeg", "belasting", "kdv", "税金", "清关", "海关", "清關", "海關", "통관",
		// clearing customs and being taxed, as verbs: "sdoganamento",
		// "dédouanement", "verzollt", "taxado", "tributada", Turkish
		// "gümrüğe" (k softened before a vowel)
		"sdogan", "dédouan", "verzoll", "taxad", "taxaç", "tributad", "tributaç", "gümrüğ",
		// declaring the parcel's value to customs
		"declare", "declar", "déclar", "deklar", "dichiar", "warenwert", "zollwert", "lower value",
		// import and consumption taxes as shoppers name them: Korean
		// 수입세, 소비세 and 관부가세 (duties and VAT together), Italian
		// "imposta"
		"수입세", "소비세", "관부가세", "부가가치세", "통관비", "imposta", "imposte", "accise", "impôt", "einfuhrumsatzsteuer",
		// clearing customs and being taxed in slang and as a passive:
		// Russian "растаможка", Chinese "被收稅" (to be taxed)
		"растамож", "растаможк", "收税", "收稅", "课税", "課稅", "被征税", "被徵稅",
		// paying tax on top, as Chinese says it ("收件時還要補稅嗎？")
		"补税", "補稅"},
	topicShipping: {"ship", "deliver", "postage", "courier", "envío", "envio", "enviar", "entrega", "livraison", "livrer", "expédi",
		"versand", "versend", "liefer", "zustell", "spedizion", "spedire", "consegn", "verzend", "zending", "lever", "bezorg", "kargo", "teslimat", "gönderi",
		"wysył", "dostaw", "pengiriman", "kirim", "شحن", "الشحن", "توصيل", "доставк", "отправ", "配送", "送料", "発送", "届", "运费", "運費",
		"配送", "运送", "發貨", "发货", "寄送", "邮费", "배송", "택배",
		// the postage itself, which is also its cost ("¿cuánto son los
		// portes?", "kena ongkir?"); matched at a word's start, so
		// "importes" stays out. "porto" alone is also a city (Porto) and
		// Italian "I carry": the Dutch and German postage counts in its
		// compounds and with an article or a negation here, and after a
		// verb of paying in postageRE.
		"portes", "ongkir", "ongkos kirim", "portokost", "portofrei", "portovrij", "das porto", "dem porto", "geen porto",
		"kein porto", "keine porto",
		// the parcel, and its arrival
		"parcel", "package", "paquete", "colis", "paket", "pakket", "pacco", "pacote", "encomenda", "paczk", "przesyłk", "posyłk", "посылк",
		"طرد", "荷物", "包裹", "소포", "arriv", "llega", "chega", "dotrze", "придёт", "придет", "到貨", "到货", "届く", "도착",
		"envoi", "envoy", "spedi", "invio", "送って", "送れ", "送付", "送ります", "送る", "inviat", "envía", "envian", "envían", "mandan", "frete", "verstuur", "opsturen", "sturen", "stuur", "meestur", "schick", "mandáis", "mandar", "mandas", "mandamos", "mandam", "mandem", "enviam",
		// the carrier ("Which carrier do you use for Japan?")
		"carrier", "vervoerder", "versanddienst", "paketdienst", "transporteur", "transportista", "corriere", "transportadora",
		"przewoźnik", "przewoznik", "перевозчик", "kurir", "配送業者", "運送会社", "快递公司", "快遞公司", "物流公司", "택배사", "운송사",
		// leaving the warehouse ("same-day dispatch", "¿sale hoy?")
		"dispatch", "same-day", "same day", "mismo día", "mesmo dia", "stesso giorno", "même jour", "selben tag", "dezelfde dag", "aynı gün", "당일", "доставля", "보내", "mengirim", "dikirim", "gönder",
		// past participles whose stem differs from the verb's ("has it
		// been shipped?")
		"geliefert", "zugestellt", "verschick", "geleverd", "verzonden",
		// Turkish "yollamak" (to send), Korean "무배" (free delivery)
		"yolla", "무배"},
	topicReturns: {"return", "send back", "devol", "devolv", "retour", "renvoy", "rücksend", "rückgabe", "zurück", "reso", "restitu",
		"devoluç", "terugsturen", "terug te sturen", "terugstur", "terugzend", "iade", "zwrot", "zwróc", "pengembalian", "mengembalikan", "retur", "إرجاع", "ارجاع", "الإرجاع", "مرتجع",
		"возврат", "вернуть", "返品", "返送", "退货", "退貨", "반품",
		// to give back ("Do kiedy mogę oddać buty?")
		"oddać", "oddam", "oddania", "能退", "可以退", "可退",
		// the forms a stem above misses: Spanish "devuelvo", French "je
		// renvoie", Russian "возвращаю" and "верну" (I will return), Dutch
		// separable "terug wil sturen", Korean "돌려보내다", and the return
		// shipping itself
		// ("обратная доставка")
		"devuelv", "devuelt", "renvoi", "возвращ", "верну", "обратн", "terugstuur", "terug wil sturen", "terug sturen", "terug kan sturen", "terugbreng",
		"zurückschick", "zurücksend", "rispedi", "mandar de volta", "mandar de vuelta", "geri gönder", "geri yolla", "돌려보내", "돌려 보내", "반송",
		"送り返", "寄回", "退回去",
		// sent back with a pronoun between ("send it back"), Italian
		// "rimandarlo indietro", Polish "odesłać", Indonesian "dikembaliin"
		// (the spoken form of "dikembalikan"), Arabic "أرجعه" (I return
		// it)
		"send it back", "send them back", "send this back", "sending it back", "take it back", "take them back", "rimandarl",
		"rimandare indietro", "rimando indietro", "rimandi indietro", "rimandiamo indietro", "mandarlo indietro", "mandarla indietro", "odesłać", "odeślę", "odesłan", "odsyłać", "dikembali",
		"balikin", "أرجعه", "أرجعها", "ارجعه", "ارجعها", "أرجّع",
		// Arabic "to return" in its other persons and tenses ("أرجعت",
		// "نرجع") and its noun "استرجاع" (a return)
		"أرجع", "ارجع", "نرجع", "استرجاع", "الاسترجاع", "استرجع"},
	topicRefund: {"refund", "money back", "geld zurück", "geld terug", "dinheiro de volta", "soldi indietro", "paramı geri", "uang kembali", "деньги", "reembols", "rembours", "erstatt", "rückzahl", "rimbors", "terugbetal", "geri ödeme", "para iade",
		"iade param", "paramı", "parayı", "kartıma", "hesabıma", "devuelven el dinero", "devolverán el dinero", "me devuelven", "dinero de vuelta",
		"dana saya", "dana dikembalikan", "أموالي", "أسترد", "المسترد", "zwrot pieniędzy", "zwrot środków", "pengembalian dana", "refund dana", "استرداد", "المبلغ", "возврат денег", "возврат средств", "返金", "退款", "환불",
		"rückerstatt", "rückzahlung",
		// the inspection of a returned parcel, the first step of the
		// refund ("em quanto tempo vocês analisam?")
		"inspect", "inspeccion", "inspecion", "ispezion", "analisam", "analisar", "inspectie", "nakijken", "inceleme", "검수", "検品",
		"prüft ihr", "geprüft",
		// the money, asked after a return ("Quando mi arrivano i soldi del
		// reso?", "¿En cuántos días me devolvéis el dinero?")
		"my money", "el dinero", "mi dinero", "mon argent", "mein geld", "i soldi", "mio denaro", "meu dinheiro", "o dinheiro", "mijn geld", "het geld", "das geld",
		"pieniądze", "pieniędzy", "uang saya", "uangnya", "duitnya", "dananya", "мои деньги", "お金", "退钱", "退錢", "돈을", "돈은", "돈이",
		// the money still missing ("immer noch kein Geld", "still no money")
		"kein geld", "geen geld", "no money", "pas d'argent", "sin dinero", "sem dinheiro",
		// the money in slang, and paid back to the card ("devolverme la
		// pasta", "zwrot kasy", "钱多久能退到卡上"); Polish "kasę" only with
		// a word giving it back: "wolę dać kasę kurierowi" pays cash on
		// delivery
		"la pasta", "mi pasta", "la plata", "devolverme el dinero", "zwrot kasy", "oddacie kasę", "zwrócicie kasę", "kasę z powrotem", "odzyskać kasę", "dostanę kasę", "wraca kasa", "kasa wróci", "die kohle", "meine kohle",
		"the money", "الفلوس", "فلوسي", "退到卡", "退回卡", "退到账户", "退到帳戶", "退回帳戶", "退回信用卡", "退到信用卡",
		// Dutch doubles the vowel of "betalen" in "terugbetaald"
		"terugbetaa",
		// the money put back on the account or card, as a bank says it:
		// Dutch "teruggestort", Portuguese "estorno", Italian
		// "riaccredito", French "recrédité", German "zurückerstattet" and
		// "gutgeschrieben", Spanish "abonado", Chinese "退回到卡上" and
		// "到账"; French money has a space after it, Argentina none
		"terugstort", "teruggestort", "terug gestort", "estorn", "riaccredit", "recrédit", "zurückerstatt", "zurücküberw", "gutgeschrieben",
		"me abonan", "me lo abonan", "reintegr", "l'argent ", "l'argent?", "退回到卡", "退回到信用卡", "回到卡上", "到账", "到帳", "入账", "入帳",
		"돈 들어", "돈이 들어", "환급", "入金", "вернут деньги", "деньги вернут", "para iadem", "paramı ne zaman", "param ", "iade tutar"},
	topicPayment: {"payment", "pay with", "pay by", "pay later", "pay in", "card", "paypal", "klarna", "ideal", "apple pay", "google pay", "visa", "mastercard", "amex", "american express",
		// to pay something is no payment method ("Que tengas que pagar
		// algo en la entrega" is about duties): verbs count with how
		// "pago" alone is also "I pay" ("¿pago envío?", "pago la
		// spedizione?"): the payment noun counts in its phrases and as a
		// label ("Pago:").
		"de pago", "pago con", "pago com", "pago a plazos", "pago contra", "pago:", "pagar con", "pagar en", "pagar a plazos", "tarjeta", "paiement", "payer par", "payer avec", "payer en", "carte",
		"zahlung", "bezahlung", "zahlen mit", "bezahlen mit", "zahlart", "karte", "pagament", "pagare con", "pagare in", "carta", "cartão", "betaalmethode", "betaalwijze", "betaalmogelijkhe", "betaaloptie", "betalen met", "betaal met", "betaling",
		"ödeme yöntem", "ödeme seçene", "ödeme şekl", "ödeme yap", "ödemeyi", "ödeme ile", "ödeme kabul", "kredi kart", "płatn", "płatno", "zapłacić kartą", "karta", "pembayaran", "bayar dengan", "bayar pakai", "kartu", "دفع", "الدفع", "بطاقة", "оплат", "платеж", "карт",
		"支払", "決済", "カード", "支付", "付款", "信用卡", "결제", "카드", "지불",
		// payment brands as other scripts spell them
		"페이팔", "클라르나", "애플페이", "구글페이", "아멕스", "마스터카드", "ペイパル", "クラーナ", "アップルペイ", "グーグルペイ", "アメックス",
		"美國運通", "美国运通", "アメリカン・エキスプレス", "アメリカンエキスプレス", "아메리칸 익스프레스", "아메리칸익스프레스", "американ экспресс", "أمريكان إكسبريس",
		"贝宝", "貝寶", "пейпал", "пэйпэл", "кларна", "باي بال", "بايبال", "كلارنا"},
	topicTime: {"how long", "days", "business days", "when will", "how fast", "when do", "when would", "when does", "when can",
		"jak długo", "どのくらい", "どれくらい", "何営業日", "cuándo", "quand ", "wann", "quando", "wanneer", "ne zaman",
		"kiedy", "kapan", "когда", "متى", "いつ", "什么时候", "什麼時候", "언제", "cuánto tarda", "cuanto tarda", "tarda", "días", "plazo", "jours", "délai",
		"combien de temps", "tage", "wie lange", "dauer", "giorni", "quanto tempo", "tempi", "dias", "prazo", "dagen", "hoe lang", "gün", "ne kadar sürer",
		// Turkish "ne kadar" (how much) before a form of "sürmek" (to
		// take time: "sürüyor", "sürecek", "sürede") asks how long
		"ne kadar sür",
		"dni", "ile trwa", "hari", "berapa lama", "أيام", "كم يستغرق", "мгновенно", "сколько дней", "дней", "срок", "日数", "何日", "日以内", "営業日",
		"多久", "几天", "幾天", "工作日",
		// Taiwan counts business days as 工作天 ("幾個工作天會到？")
		"工作天", "며칠", "영업일", "얼마나 걸",
		// how long one has: the return window's label in each language
		"window", "frist", "rückgabefrist", "rücksendefrist", "termijn", "retourtermijn", "termin", "süre", "batas waktu", "berapa hari", "مهلة", "كم يوم", "كم من الوقت",
		"combien de jours", "ile czasu", "how soon", "hoe snel", "jak szybko", "期限", "기간",
		"wie schnell", "quanto velocemente", "qué tan rápido", "quão rápido", "en combien de temps", "kaç gün", "seberapa cepat", "как быстро",
		// how many days, which is no "how much" ("quantos dias")
		"quantos dias", "cuántos días", "cuantos dias", "quanti giorni", "quanto demora", "quanto ci vuole", "cuánto demora",
		// how much time one has, asked as an amount of time
		// until when ("Hasta cuando puedo devolver…", "Do kiedy mogę oddać…")
		"po ilu dniach", "كم مدة", "مدة", "hasta cuando", "hasta cuándo", "cuánto tardáis", "cuanto tardáis", "cuanto tardais", "tardáis", "tardais", "jusqu'à quand", "bis wann", "do kiedy", "до какого", "fino a quando", "até quando", "tot wanneer",
		"how much time", "cuánto tiempo", "cuanto tiempo", "wie viel zeit", "wieviel zeit", "hoeveel tijd", "ile mam czasu",
		"сколько времени", "сколько у меня времени", "多长时间", "多長時間", "多少天", "얼마 동안",
		// business days, and how long something takes as a verb
		// ("quanto ci mette il rimborso?", "combien de temps ça prend")
		"werkdag", "werktag", "arbeitstag", "quanto ci mette", "ci mette", "ci vuole", "ci vorrà", "quanto impiega", "quanto tarda",
		"wie lang dauert", "hoelang", "hoe lang duurt", "hoeveel tijd", "kaç iş günü", "ne kadar zaman", "ne zamana kadar", "며칠 걸", "몇 일", "며칠이", "얼마나 걸려",
		"多少个工作日", "多少個工作日", "多快", "几个工作日", "幾個工作日", "何日かか", "どのぐらい"},
	topicCost: {"cost", "price", "how much", "fee", "charge", "free", "€", "$", "£",
		// "what's shipping to Tel Aviv?" asks what it costs
		"what's shipping", "what is shipping", "what's the shipping", "what is the shipping", "whats shipping", "what's postage", "what's delivery", "cuánto cuesta", "cuanto cuesta", "coste", "costo", "precio", "gratis",
		"gratuit", "coût", "prix", "combien", "frais", "kosten", "kostet", "preis", "gebühr", "kostenlos", "quanto costa", "spese", "gratuito", "quanto custa",
		"custo", "preço", "grátis", "kost", "verzendkost", "versandkost", "bezorgkost", "leveringskost", "portokost", "retourkost", "rücksendekost", "prijs", "gratis", "ücret", "fiyat", "ücretsiz", "kaç euro", "kaç para", "ne kadar", "bedava", "ile kosztuje", "koszt", "cena", "darmow", "bezpłat",
		"berapa", "biaya", "ongkir", "gratis", "تكلفة", "سعر", "رسوم", "مجان", "كم", "сколько стоит", "стоимост", "цена", "бесплат",
		"いくら", "料金", "送料", "無料", "費用", "多少钱", "多少錢", "费用", "費用", "免费", "免費", "运费", "運費",
		// "what do I pay for the delivery itself?"
		"wat betaal", "wat moet ik betalen", "was zahle", "was muss ich zahlen", "quanto pago", "quanto devo pagare", "cuánto pago", "cuanto pago", "quanto vou pagar", "ne ödeyeceğim", "ne kadar öde", "비용", "얼마", "무료", "요금",
		"frete", "gastos", "porto", "portes", "opłat", "cuánto", "cuanto", "quanto", "배송비", "배송료", "무배", "邮费", "郵費", "包邮", "包郵", "免運", "免运",
		// what is deducted from a refund
		"deduct", "descont", "desconta", "abzieh", "abgezogen", "inhoud", "ingehouden", "déduis", "déduit", "détrai", "trattenu", "trattien", "trattenet", "trattenere", "detra", "kesinti", "kesil",
		"potrąc", "dipotong", "вычт", "вычит", "удерж", "差し引", "扣除", "扣", "차감",
		// German "abziehen" split around its object ("zieht ihr mir was
		// von der Erstattung ab?")
		"zieht ihr", "ziehen sie mir"},
	topicExchange: {"exchange", "swap", "different size", "cambi", "échang", "umtausch", "tausch", "scambi", "troca", "trocar", "ruil", "omruil",
		"değişim", "değiştir", "wymian", "tukar", "استبدال", "обмен", "交換", "换货", "換貨", "교환"},
	topicAddress: {"shipping address", "delivery address", "change my address", "change the address", "wrong address", "address change",
		"addresses:", "lieferadress", "versandadress", "zustelladress", "rechnungsadress", "bezorgadres", "verzendadres", "afleveradres",
		"leveringsadres", "factuuradres", "dirección", "adresse", "indirizzo", "endereço", "adres", "alamat", "عنوان", "адрес", "住所", "地址", "주소",
		"po box", "apartado", "packstation", "locker", "postbus", "pakketkluis", "postfach", "boîte postale", "casella postale",
		"caixa postal", "skrytk", "paczkomat", "posta kutusu", "kotak pos", "صندوق بريد", "абонентск", "постамат", "私書箱",
		"宅配ボックス", "邮政信箱", "郵政信箱", "快递柜", "사서함",
		// the parts of an address ("I typed the wrong street number")
		"street", "house number", "zip code", "postcode", "postal code", "hausnummer", "postleitzahl", "huisnummer", "código postal",
		"numéro de rue", "code postal", "numero civico", "número da casa", "kod pocztowy", "numer domu", "kapı numara", "posta kodu",
		"kode pos", "الرمز البريدي", "номер дома", "почтовый индекс", "番地", "郵便番号", "邮编", "门牌", "郵遞區號", "門牌", "우편번호", "번지"},
	topicTracking: {"track", "seguimiento", "suivi", "sendungsverfolgung", "tracking", "traccia", "rastrea", "rastreio", "volg", "takip", "śledz",
		"lacak", "تتبع", "отслеж", "追跡", "追踪", "跟踪", "배송 조회", "추적"},
	topicCancel: {"cancel", "cancela", "annul", "anul", "stornier", "annulla", "annuler", "cancelar", "annuleren", "iptal", "anulow", "batal", "إلغاء",
		"отмен", "キャンセル", "取消", "취소",
		// "eine davon rückgängig machen", "片方取り消せますか": undoing an order.
		"rückgängig", "取り消"},
	topicWarranty: {"warrant", "guarantee", "defect", "faulty", "garantía", "garantie", "garanzia", "garantia", "gwarancj", "garansi", "ضمان",
		"гаранти", "保証", "保修", "保固", "보증", "defecto", "défaut", "defekt", "difett", "defeito", "kusur", "wada", "cacat"},
	topicRestricted: {"lithium", "batter", "gas canister", "knife", "knives", "restrict", "dangerous", "batería", "baterí", "cuchillo", "couteau",
		"batterie", "messer", "coltell", "faca", "bateria", "nóż", "noż", "noże", "noży", "pisau", "baterai", "بطارية", "بطاري", "سكين", "سكاكين", "батаре", "нож",
		"gasbus", "gasfles", "gaspatro", "kartusche", "messen", "bıçak", "lityum", "piller", "pil ", "gaz kartuş", "gaz tüp", "tüp", "kartusz", "gazow", "газов", "баллон", "tabung gas",
		"cartucho", "botija", "bomboletta", "bombolett", "cartucc", "bombona", "butane", "气罐", "氣罐", "瓦斯", "غاز", "أسطوانة", "가스",
		"電池", "ナイフ", "ガス", "电池", "電池", "刀", "배터리", "칼", "gaskartusche", "cartucho", "cartouche",
		"baterie", "litow", "литиев", "ليثيوم", "리튬", "锂", "鋰", "リチウム",
		// a knife in the singular and pocket knives, where the plural's
		// stem is too short to stand alone (Dutch "mes" is Spanish for
		// month)
		"een mes", "het mes", "zakmes", "taschenmesser", "navaja", "canivete", "çakı", "scyzoryk",
		// rechargeable batteries by their own word (Dutch "accu", German
		// "Akku": not "accurate", "akkurat"), and the Turkish knife with
		// its k softened before a vowel ("kamp bıçağı")
		"accu ", "accu's", "accu'tje", "accupack", "akku ", "akkus", "akkupack", "ersatzakku", "batarya", "аккумулятор", "akumulator", "bıçağ"},
	topicSize: {"size", "fit", "talla", "taille", "größe", "groesse", "taglia", "tamanho", "maat", "beden", "rozmiar", "ukuran", "مقاس", "размер",
		"サイズ", "尺码", "尺碼", "사이즈", "치수"},
}

// whoPaysWords ask who bears a cost, or at whose expense it is ("iade
// kargosunu kim karşılıyor?", "c'est à mes frais ?"): a cost question, but
// never about delivery itself, which the buyer always pays; the return
// shipping or the duties.
var whoPaysWords = []string{"who pays", "who covers", "at my expense", "is that on me", "is it on me", "on my dime", "do you send me a label",
	// whether the shop sends a prepaid label, or the shopper pays the return
	"send me a label", "do i get a label", "prepaid label", "pre-paid label", "wie betaalt", "voor mijn rekening", "wer zahlt", "wer trägt", "auf meine kosten",
	"qui paie", "qui prend en charge", "à mes frais", "à ma charge", "chi paga", "a carico mio", "a mio carico", "a mie spese", "quién paga", "por mi cuenta",
	"quem paga", "por minha conta", "kim öd", "kim karşıl", "kto płaci", "kto pokrywa", "siapa yang bayar", "siapa yang menanggung", "من يدفع", "кто платит",
	"за чей счёт", "за чей счет", "за мой счёт", "за мой счет", "誰が払", "誰が負担", "谁付", "誰付", "谁承担", "誰承擔", "누가 내", "누가 부담", "제가 내", "제가 부담"}

// dueWords ask whether more money is asked for or must be paid ("will they
// ask me for money", "noch was draufzahlen", "pagar alguma coisa", "что-то
// доплачивать"), not how to pay: "can I pay on delivery?" names no sum due.
var dueWords = []string{
	"ask me for money", "ask for money", "ask me for cash", "ask for cash", "want money", "want cash from", "collect money", "collect anything", "charge anything", "ask me to pay", "pay anything", "pay something", "pay extra", "pay more", "anything extra", "anything more to pay", "anything to pay", "charge me", "owe anything",
	"was drauf", "etwas drauf", "draufzahl", "drauflegen", "nachzahl", "zuzahl", "noch was zahlen", "noch etwas zahlen", "noch was bezahlen", "noch etwas bezahlen", "extra zahlen", "zusätzlich zahlen", "geld verlang", "etwas extra", "was extra",
	"aftikken", "bijbetal", "bij te betalen", "extra betalen", "nog iets betalen", "nog betalen", "nog wat betalen", "iets betalen", "geld vragen", "iets extra", "wat extra",
	"payer quelque chose", "quelque chose à payer", "frais à régler", "frais à payer", "régler quelque chose", "quelque chose à régler", "payer en plus", "payer un supplément", "payer de plus", "réclamer des sous", "réclamer de l'argent", "demander de l'argent", "des sous", "rien à payer",
	"pagar algo", "algo extra", "algo más", "pagar más", "pagar de más", "cobrar algo", "me cobren", "me cobran", "pedir dinero",
	"pagar alguma coisa", "pagar mais", "pagar a mais", "cobrar alguma coisa", "me cobrar", "pedir dinheiro",
	// the same asked of the person receiving it, a relative or a friend
	// ("ela paga algo na entrega?", "does he pay anything to the courier?")
	"paga algo", "pague algo", "paga alguma coisa", "pague alguma coisa", "pays anything", "pays something", "paie quelque chose",
	"paye quelque chose", "paga qualcosa", "zahlt sie etwas", "zahlt er etwas", "zahlt sie was", "zahlt er was",
	"pagare qualcosa", "qualcosa da pagare", "pagare di più", "pagare extra", "pagare altro", "chiedere soldi", "chiederanno soldi",
	"dopłac", "dopłat", "zapłacić coś", "zapłaci coś", "zapłacę coś", "zapłacimy coś", "zapłacą coś", "coś zapłacić", "coś do zapłaty", "coś płacić",
	"доплач", "доплат", "что-то платить", "что-то заплатить", "заплатить что-то", "платить что-то",
	"para ister", "para öde", "ekstra öde", "ek ücret", "bir şey öde", "hiçbir şey öde", "ödemem gerek",
	"bayar lagi", "bayar tambahan", "biaya tambahan", "minta uang", "bayar sesuatu",
	"أدفع شيئا", "أدفع شيء", "دفع إضافي", "رسوم إضافية", "مبلغ إضافي", "يطلب مني مال", "يطلب فلوس",
	"追加で払", "追加料金", "お金を請求", "お金を払", "何か払", "支払いが発生",
	"额外付", "額外付", "另外付", "另外交", "交钱", "交錢", "还要付", "還要付", "要付钱", "要付錢", "收钱", "收錢", "要交钱", "要交錢", "补钱", "補錢",
	"돈 달라", "돈을 달라", "돈 내", "돈을 내", "추가로 내", "추가 비용", "추가로 돈", "돈 더", "돈을 더"}

// handoverWords name the moment the parcel is handed over: the carrier's
// messenger, the door, receiving it. A sum due then is duties or taxes,
// since the shop's own price is paid at checkout.
var handoverWords = []string{
	"postman", "postwoman", "mailman", "courier", "delivery driver", "driver", "at the door", "on delivery", "when it arrives", "when my parcel", "when the parcel", "when i receive", "on arrival", "on receipt",
	"postbote", "postboten", "paketbote", "paketboten", "an der tür", "an der haustür", "bei lieferung", "bei der lieferung", "bei zustellung", "bei der zustellung", "bei erhalt", "beim empfang", "bei ankunft",
	"bij de deur", "aan de deur", "bij levering", "bij aflevering", "bij ontvangst", "bij bezorging", "bezorger", "postbode",
	"à la porte", "livreur", "facteur", "à la livraison", "à la réception", "à l'arrivée", "en recevant",
	"en la puerta", "repartidor", "cartero", "al recibir", "entreguen", "en la entrega", "a la entrega", "al entregar", "al llegar", "cuando llegue",
	"na porta", "entregador", "carteiro", "na entrega", "ao entregar", "ao receber", "quando chegar",
	"alla porta", "corriere", "postino", "alla consegna", "al ricevimento", "quando arriva",
	"przy drzwiach", "kurier", "listonosz", "przy odbiorze", "przy dostawie",
	"при получении", "курьер", "почтальон", "у двери", "при доставке",
	"kapıda", "kurye", "kargocu", "postacı", "teslimatta", "teslim alırken",
	"di pintu", "kurir", "tukang pos", "saat diterima", "saat sampai", "waktu terima",
	"عند الباب", "المندوب", "ساعي البريد", "عند الاستلام", "عند التوصيل",
	"玄関", "配達員", "受け取り時", "受け取る時", "届いた時", "配達時",
	"快递员", "快遞員", "收货时", "收貨時", "收件时", "收件時", "收包裹", "签收", "簽收",
	"택배기사", "기사님", "받을 때", "수령 시", "수령할 때", "배달원", "문 앞"}

// asksDueOnDelivery reports whether a lower-cased text asks whether money
// is due when the parcel is handed over ("will the postman ask me for
// money?", "vai ter que pagar alguma coisa na porta?"): the duties
// question asked without naming duties.
func asksDueOnDelivery(lower string) bool {
	return dueIndex().has(lower) && handoverIndex().has(lower)
}

// postageRE finds the Dutch and German postage after a verb of paying
// ("betaalt ze dan porto", "zahle ich Porto?"), or followed by one ("porto
// betalen"): there "porto" is no city.
var postageRE = regexp.MustCompile(`\b(?:betaa?l\pL*|zahl\pL*|bezahl\pL*)\s+(?:[\pL\d]+\s+){0,4}porto\b|\bporto\s+(?:te\s+|zu\s+)?(?:betal|zahl|bezahl|kost)`)

// sendBackRE finds an English return said with its object between the
// verb and "back" ("send a jacket back", "ship the boots back"), which the
// word lists' "send back" does not.
var sendBackRE = regexp.MustCompile(`\b(?:send|sending|sends|ship|shipping|ships|mail|post)\s+(?:[\pL'’-]+\s+){1,3}back\b`)

// amountRE finds an amount of money in a message ("80 euro", "€80", "250유로",
// "80 euroluk"): a shopper naming what they spend asks what shipping costs
// at that amount ("Si compro 100 euros, ¿pago envío a Madrid?").
var amountRE = regexp.MustCompile(`(?i)\d\s?(?:€|eur\b|euro|dollar|pound|usd\b|gbp\b|유로|ユーロ|欧元|歐元|евро|يورو|zł)|[€$£]\s?\d`)

// payAsks ask how or whether one can pay, without naming a method ("Come
// posso pagare?", "Czy mogę zapłacić BLIK-iem?"). They ask about payment
// only when the message names nothing else to pay: "can I pay the duties
// in advance?" asks about duties.
var payAsks = []string{"how can i pay", "how do i pay", "can i pay", "come posso pagare", "posso pagare", "como posso pagar", "posso pagar",
	"cómo puedo pagar", "puedo pagar", "cómo pago", "comment payer", "comment puis-je payer", "puis-je payer", "wie kann ich bezahlen",
	"wie kann ich zahlen", "kann ich bezahlen", "kann ich zahlen", "hoe kan ik betalen", "kan ik betalen", "nasıl ödeme", "nasıl öde",
	"ödeyebilir miyim", "jak mogę zapłacić", "czy mogę zapłacić", "jak zapłacić", "bagaimana cara bayar", "bisa bayar", "как оплатить",
	"можно оплатить", "كيف أدفع", "كيف يمكنني الدفع", "هل يمكنني الدفع", "どうやって支払", "支払えます", "払えます", "怎么付款", "怎么付钱",
	"怎麼付款", "如何付款", "可以付款", "어떻게 결제", "결제할 수", "결제 가능", "결제되나요", "결제 되나요"}

// PlaceRule tells which destination-dependent rule a text asks about.
type PlaceRule int

const (
	NoPlaceRule    PlaceRule = iota
	ShippingRule             // delivery time or cost, free shipping, duties
	ReturnCostRule           // who pays the return shipping, and how much
)

// AsksPlaceRule reports which rule that depends on the destination a text
// asks about, read from its service topics in any language: "In quanti
// giorni arriva un ordine in Belgio?" asks the delivery time, not for an
// order's status.
func AsksPlaceRule(text string) PlaceRule {
	ts := topicsOf(text)
	switch {
	case ts&topicReturns != 0:
		if ts&(topicCost|topicShipping) != 0 {
			return ReturnCostRule
		}
	case ts&(topicDuties|topicShipping|topicTime|topicCost|topicRestricted) != 0:
		// With a place named, "when would my order arrive?" asks the
		// delivery time there.
		return ShippingRule
	}
	return NoPlaceRule
}

// PaymentIsCondition reports whether the payment method a text names is a
// condition of a delivery question about a place: "How much is shipping to
// Austria if I pay with PayPal?" asks the delivery rule of the place it
// names, and a passage or FAQ entry about payment does not answer it ("Can
// I pay the shipping with Klarna?" still asks about payment). So does the
// currency the shopper pays in, which says where they live ("원화로
// 결제하는데 몇 유로 넘으면 배송비 무료예요?").
func PaymentIsCondition(text string) bool {
	ts := topicsOf(text)
	return ts&topicShipping != 0 && ts&(topicCost|topicTime) != 0 && ts&topicPayment != 0 && ts&topicDuties == 0 &&
		(len(places().Find(text)) > 0 || places().PaysIn(text) != "")
}

// AsksDeliveryCost reports whether a text asks what sending something
// costs ("Quanto mi costa mandare un regalo a Singapore?", "which one
// costs me more in postage?"), not what a product costs.
func AsksDeliveryCost(text string) bool {
	ts := topicsOf(text)
	return ts&topicShipping != 0 && ts&topicCost != 0 && ts&(topicReturns|topicDuties) == 0
}

// AsksServiceRule reports whether a text is about delivery, duties or
// returns: a store rule, not a merchant FAQ subject it also names ("Muss ich
// in der Schweiz Zoll in Franken zahlen?" asks about duties, not
// currencies).
func AsksServiceRule(text string) bool {
	return topicsOf(text)&(topicDuties|topicShipping|topicReturns) != 0
}

// AsksShippingAndDuties reports whether a text asks both what delivery
// costs or takes and whether duties are due ("How much is shipping to
// Canada and will I pay customs?").
func AsksShippingAndDuties(text string) bool {
	ts := topicsOf(text)
	// "Who pays the import tax when you ship to Singapore?" asks who pays
	// the duties, not what the delivery costs.
	asked := topicsOf(withoutWhoPays(strings.ToLower(text)))
	return ts&topicDuties != 0 && ts&topicShipping != 0 && asked&(topicTime|topicCost) != 0 && ts&topicReturns == 0
}

// withoutWhoPays is a lower-cased text with its who-pays phrases blanked.
func withoutWhoPays(lower string) string {
	for _, w := range whoPaysWords {
		lower = strings.ReplaceAll(lower, w, " ")
	}
	return lower
}

// AsksRestrictedShipping reports whether a text asks about sending goods the
// carriers restrict (gas cartridges, lithium batteries, knives): "Can you
// ship gas canisters to the US with my stove?" asks the restriction rule,
// not about the stove it names.
func AsksRestrictedShipping(text string) bool {
	return NamesRestrictedGoods(text) && topicsOf(text)&topicShipping != 0
}

// NamesRestrictedGoods reports whether a text names goods the carriers
// restrict, outside a return or refund: with a destination named
// ("Kunnen de gaspatronen ook mee naar Bergen?") it asks whether they go
// there, whatever the verb.
func NamesRestrictedGoods(text string) bool {
	ts := topicsOf(text)
	return ts&topicRestricted != 0 && ts&(topicReturns|topicRefund) == 0
}

// asksWhoPays reports whether a lower-cased text asks who bears a cost.
func asksWhoPays(lower string) bool {
	return slices.ContainsFunc(whoPaysWords, func(w string) bool { return containsWordStart(lower, w) })
}

// AsksReturnCost reports whether a text asks what a return costs or who
// pays it ("I want to return it from Canada, who pays the shipping?"), not
// only to return something.
func AsksReturnCost(text string) bool {
	ts := topicsOf(text)
	return ts&topicReturns != 0 && ts&topicCost != 0
}

// AsksRefund reports whether a text asks about a refund (the money back).
func AsksRefund(text string) bool {
	return topicsOf(text)&topicRefund != 0
}

// AsksReturn reports whether a text is about returning goods.
func AsksReturn(text string) bool {
	return topicsOf(text)&topicReturns != 0
}

// declarationWords ask what the shop writes on the customs declaration: a
// lower value, or the parcel marked as a gift.
var declarationWords = []string{"declare", "declar", "déclar", "deklar", "dichiar", "warenwert", "zollwert", "lower value",
	"as a gift", "als geschenk", "como regalo", "como presente", "comme cadeau", "come regalo", "als cadeau", "hediye olarak",
	"jako prezent", "sebagai hadiah", "كهدية", "как подарок", "ギフトとして", "作为礼物", "作為禮物", "선물로"}

// asksDeclaration reports whether a text asks about the customs
// declaration.
func asksDeclaration(text string) bool {
	low := strings.ToLower(text)
	return slices.ContainsFunc(declarationWords, func(w string) bool { return containsWordStart(low, w) })
}

// AsksCancel reports whether a text is about cancelling an order.
func AsksCancel(text string) bool {
	return topicsOf(text)&topicCancel != 0
}

// AsksDuties reports whether a text asks about import duties or taxes.
func AsksDuties(text string) bool {
	return topicsOf(text)&topicDuties != 0
}

// clauseBreaks separate the questions of a message: punctuation and the
// word for "and" in the supported languages (Korean and Japanese particles
// included).
var clauseBreaks = regexp.MustCompile(`[?？؟!！;；,，、。.]|\s(?:and|also|plus|y|e|et|und|en|i|ve|и|а|dan|oraz|ainda|também|además)\s|\sو|(?:랑|이랑|하고|와|과)\s|と、|还有|還有|以及`)

// AsksShippingAndReturns reports whether a text asks, in two questions,
// what delivery to a place costs or takes and what a return costs ("What's
// shipping to Glasgow and are returns free from there?", "寄到荷兰运费多
// 少？退货免费吗？"); one question about the return shipping ("Who pays
// the return shipping?") is not two.
func AsksShippingAndReturns(text string) bool {
	var delivery, returns bool
	clauses := clauseBreaks.Split(strings.ToLower(text), -1)
	topics := make([]topicSet, len(clauses))
	for i, c := range clauses {
		topics[i] = topicsOf(c)
	}
	for i, c := range clauses {
		ts := topics[i]
		if ts&(topicShipping|topicReturns|topicCost|topicTime) == topicShipping && i+1 < len(clauses) &&
			topics[i+1]&topicReturns != 0 && topics[i+1]&(topicCost|topicTime) != 0 {
			// "Is verzenden en retourneren gratis?", "kargo ve iade
			// ücretsiz mi?": the delivery shares the return's
			// question, asked once after both.
			ts |= topics[i+1] & (topicCost | topicTime)
		}
		switch {
		case ts&topicReturns != 0:
			returns = true
		case ts&topicShipping != 0 && ts&(topicCost|topicTime) != 0 && ts&topicDuties == 0 && !asksWhoPays(c):
			// "Si devuelvo desde Sevilla, ¿quién paga el envío?": who
			// pays a shipping is the return's.
			delivery = true
		}
	}
	return delivery && returns
}

// AsksDutiesAndReturns reports whether a text asks both whether duties are
// due and what a return costs ("Do I pay duties in the UK and can I return
// for free?").
func AsksDutiesAndReturns(text string) bool {
	ts := topicsOf(text)
	return ts&topicDuties != 0 && ts&topicReturns != 0
}

// ServiceWord reports whether one word names a service topic (warranty,
// customs, shipping, returns…) in some language. Such a word is the
// shopper's own language, not a product name spelt in their script:
// "гарантия" has the consonants of Granite.
func ServiceWord(word string) bool {
	return topicsOf(word) != 0
}

// cashOnDelivery names paying the carrier in cash when the parcel comes, a
// payment method: Spanish "contra reembolso" and Dutch "onder rembours" are
// no refund.
var cashOnDelivery = []string{"cash on delivery", "contra reembolso", "contrareembolso", "contra-reembolso", "contre remboursement", "contre-remboursement",
	"onder rembours", "per rembours", "rembourszending", "nachnahme", "pagamento alla consegna", "contrassegno", "pagamento na entrega",
	"za pobraniem", "наложенн", "kapıda ödeme", "bayar di tempat", "الدفع عند الاستلام", "代引", "代金引換", "货到付款", "貨到付款", "착불", "착불로"}

// incoterms are the Italian names of the delivery terms (DAP, DDP), whose
// "reso" is "delivered", not a return: the customs paragraph of an Italian
// policy is not about returns, and does not answer who pays for one.
var incoterms = []string{"reso al luogo", "resa al luogo", "reso sdoganato", "resa sdoganata"}

// The word lists above, indexed once for topicsOf: every topic but cost in
// one index (cost is read from a text without the time phrases), and the
// single-purpose lists each in its own.
var (
	topicIndex = sync.OnceValue(func() *wordStarts {
		lists := maps.Clone(topicWords)
		delete(lists, topicCost)
		return newWordStarts(lists)
	})
	costIndex     = sync.OnceValue(func() *wordStarts { return newWordStarts(map[topicSet][]string{topicCost: topicWords[topicCost]}) })
	payIndex      = sync.OnceValue(func() *wordStarts { return newWordStarts(map[topicSet][]string{topicPayment: payAsks}) })
	dueIndex      = sync.OnceValue(func() *wordStarts { return newWordStarts(map[topicSet][]string{topicDuties: dueWords}) })
	handoverIndex = sync.OnceValue(func() *wordStarts { return newWordStarts(map[topicSet][]string{topicDuties: handoverWords}) })
)

// topicsOf returns the topics a text mentions.
func topicsOf(text string) topicSet {
	lower := strings.ToLower(text)
	for _, w := range incoterms {
		lower = strings.ReplaceAll(lower, w, " ")
	}
	var ts topicSet
	for _, w := range cashOnDelivery {
		if strings.Contains(lower, w) {
			lower = strings.ReplaceAll(lower, w, " ")
			ts |= topicPayment
		}
	}
	ts |= topicIndex().find(lower)
	if sendBackRE.MatchString(lower) {
		ts |= topicReturns
	}
	if postageRE.MatchString(lower) {
		ts |= topicShipping
	}
	// "Geld zurück", "money back" ask for a refund, not to send goods
	// back: the refund phrase's "back" word is no returns question.
	if ts&topicRefund != 0 && ts&topicReturns != 0 {
		rest := lower
		for _, w := range topicWords[topicRefund] {
			if strings.ContainsRune(w, ' ') {
				rest = strings.ReplaceAll(rest, w, " ")
			}
		}
		if !slices.ContainsFunc(topicWords[topicReturns], func(w string) bool { return containsWordStart(rest, w) }) {
			ts &^= topicReturns
		}
	}
	// "Combien de temps", "berapa hari", "كم يوماً" ask how long, not how
	// much: the time phrase's "how much/many" word is no cost question.
	costText := lower
	for _, w := range topicWords[topicTime] {
		if strings.ContainsRune(w, ' ') {
			costText = strings.ReplaceAll(costText, w, " ")
		}
	}
	ts |= costIndex().find(costText)
	if asksWhoPays(lower) {
		ts |= topicCost
	}
	if asksDueOnDelivery(lower) {
		ts |= topicDuties
	}
	if amountRE.MatchString(lower) {
		ts |= topicCost
	}
	if ts&(topicDuties|topicShipping|topicReturns|topicRefund|topicCost) == 0 &&
		payIndex().has(lower) {
		ts |= topicPayment
	}
	return ts
}

// containsWordStart reports whether w occurs in s at the start of a word
// (anywhere for scripts written without spaces and for symbols).
func containsWordStart(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		at := i + j
		if at == 0 || !isWordByte(s, at) {
			return true
		}
		i = at + len(w)
		if i >= len(s) {
			return false
		}
	}
}

// isWordByte reports whether the character before position at is a Latin
// or Cyrillic letter or digit (so the match is inside a word).
func isWordByte(s string, at int) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:at])
	return wordRune(prev)
}

func (t topicSet) count() int {
	n := 0
	for ; t != 0; t &= t - 1 {
		n++
	}
	return n
}
