package assistant

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"shopassist/knowledge"
	"shopassist/knowledge/geo"
)

// Most shops translate only some product descriptions. When the passage
// that carries the asked fact is in the shop's original language (English
// here), quoting it would answer an Italian shopper in English: instead the
// facts a description states in a form that translates without a model —
// measurements with their units and the usual material and performance
// terms — are said in the shopper's language, marked as coming from the
// original description.

// attrTerm is one product attribute term of the original language and
// its name in each reply language.
type attrTerm struct {
	re *regexp.Regexp
	in map[string]string
}

// attrTerms are ordered from specific to general: "recycled polyester"
// is said once, not also as "polyester".
var attrTerms = []attrTerm{
	// Features from a closed list descriptions name ("a hidden anti-theft
	// pocket", "a sewn-in groundsheet"): said as features, never as the
	// description's sentence.
	term(`anti-theft`, "antirrobo", "antivol", "Diebstahlschutz", "antifurto", "antifurto", "antidiefstal", "盗難防止", "防盗",
		"防盜", "مضاد للسرقة", "antykradzieżowa", "hırsızlığa karşı", "도난 방지", "защита от кражи", "anti maling"),
	term(`hidden(?: zip)? pocket`, "bolsillo oculto", "poche cachée", "versteckte Tasche", "tasca nascosta", "bolso escondido",
		"verborgen zak", "隠しポケット", "隐藏口袋", "隱藏口袋", "جيب مخفي", "ukryta kieszeń", "gizli cep", "숨겨진 주머니",
		"потайной карман", "saku tersembunyi"),
	term(`(?:zipped )?chest pocket`, "bolsillo en el pecho", "poche poitrine", "Brusttasche", "tasca sul petto", "bolso no peito",
		"borstzak", "胸ポケット", "胸袋", "胸前口袋", "جيب على الصدر", "kieszeń na piersi", "göğüs cebi", "가슴 주머니",
		"нагрудный карман", "saku dada"),
	term(`(?:full-length )?side zips`, "cremalleras laterales", "zips latéraux", "seitliche Reißverschlüsse", "zip laterali",
		"zíperes laterais", "zijritsen", "サイドジッパー", "侧拉链", "側拉鍊", "سحابات جانبية", "boczne zamki błyskawiczne",
		"yan fermuarlar", "사이드 지퍼", "боковые молнии", "ritsleting samping"),
	term(`zip(?:ped)? (?:[a-z]+ )?pockets?`, "bolsillo con cremallera", "poche zippée", "Reißverschlusstasche", "tasca con zip",
		"bolso com zíper", "ritszak", "ジッパー付きポケット", "拉链口袋", "拉鍊口袋", "جيب بسحاب", "kieszeń na zamek", "fermuarlı cep",
		"지퍼 주머니", "карман на молнии", "saku beritsleting"),
	term(`undyed`, "sin teñir", "non teinte", "ungefärbt", "non tinta", "sem tingimento", "ongeverfd", "無染色", "未染色", "未染色",
		"غير مصبوغ", "niebarwiona", "boyasız", "무염색", "неокрашенная", "tanpa pewarna"),
	term(`sewn-in groundsheet`, "suelo cosido", "tapis de sol cousu", "eingenähter Zeltboden", "pavimento cucito", "piso costurado",
		"ingenaaid grondzeil", "縫い付けフロア", "缝合式地布", "縫合式地布", "أرضية مخيطة", "wszyta podłoga", "dikişli taban",
		"일체형 바닥", "вшитое дно", "alas terjahit"),
	term(`built-in shorts`, "pantalón corto integrado", "short intégré", "integrierte Shorts", "pantaloncini integrati",
		"shorts embutidos", "ingebouwde short", "インナーショーツ付き", "内置短裤", "內建短褲", "شورت مدمج", "wbudowane szorty",
		"dahili şort", "이너 반바지 내장", "встроенные шорты", "celana pendek terpadu"),
	term(`piezo(?: ignition)?`, "encendido piezoeléctrico", "allumage piézo", "Piezozündung", "accensione piezoelettrica",
		"acendimento piezoelétrico", "piëzo-ontsteking", "圧電点火", "压电点火", "壓電點火", "إشعال كهرضغطي", "zapłon piezoelektryczny",
		"piezo ateşleme", "압전 점화", "пьезоподжиг", "pemantik piezo"),
	term(`colou?r-coded`, "con código de colores", "à code couleur", "farbcodiert", "con codice colore", "com código de cores",
		"met kleurcode", "色分け", "颜色区分", "顏色區分", "مميزة بالألوان", "oznaczone kolorami", "renk kodlu", "색상 구분",
		"цветовая маркировка", "berkode warna"),
	term(`a lock`, "bloqueo", "verrouillage", "Tastensperre", "blocco", "trava", "vergrendeling", "ロック", "锁定功能", "鎖定功能",
		"قفل", "blokada", "kilit", "잠금 기능", "блокировка", "kunci"),
	term(`rock plate`, "placa de protección contra rocas", "plaque anti-roches", "Steinschutzplatte", "piastra paraseassi",
		"placa de proteção contra pedras", "rotsplaat", "ロックプレート", "防石板", "防石板", "صفيحة حماية من الصخور",
		"płytka ochronna", "taş koruma plakası", "락 플레이트", "защитная пластина", "pelat pelindung batu"),
	term(`adjustable|adjustment`, "ajustable", "réglable", "verstellbar", "regolabile", "ajustável", "instelbaar", "調節可能", "可调节",
		"可調節", "قابل للتعديل", "regulowany", "ayarlanabilir", "조절 가능", "регулируемый", "dapat diatur"),
	term(`solar|in the sun`, "solar", "solaire", "Solar", "solare", "solar", "zonne-energie", "ソーラー", "太阳能", "太陽能",
		"بالطاقة الشمسية", "solarny", "güneş enerjili", "태양광", "солнечная", "tenaga surya"),
	term(`reflective`, "reflectante", "réfléchissant", "reflektierend", "riflettente", "refletivo", "reflecterend", "反射材",
		"反光", "反光", "عاكس", "odblaskowy", "reflektörlü", "반사", "светоотражающий", "reflektif"),
	// Everyday things a description measures a product by or says it
	// holds ("packs to the size of an espresso cup", "holds a passport").
	term(`passports?`, "pasaporte", "passeport", "Reisepass", "passaporto", "passaporte", "paspoort", "パスポート", "护照", "護照",
		"جواز السفر", "paszport", "pasaport", "여권", "паспорт", "paspor"),
	term(`(?:small )?water bottles?`, "botella de agua", "bouteille d'eau", "Wasserflasche", "bottiglia d'acqua", "garrafa de água",
		"waterfles", "水筒", "水瓶", "水瓶", "زجاجة ماء", "butelka na wodę", "su şişesi", "물병", "бутылка воды", "botol air"),
	term(`espresso cup`, "taza de espresso", "tasse à espresso", "Espressotasse", "tazzina da espresso", "xícara de espresso",
		"espressokopje", "エスプレッソカップ", "浓缩咖啡杯", "濃縮咖啡杯", "فنجان إسبريسو", "filiżanka espresso", "espresso fincanı",
		"에스프레소 컵", "чашка эспрессо", "cangkir espresso"),
	term(`(?:a )?fist`, "puño", "poing", "Faust", "pugno", "punho", "vuist", "握りこぶし", "拳头", "拳頭", "قبضة اليد", "pięść",
		"yumruk", "주먹", "кулак", "kepalan tangan"),
	// A lamp or panel that charges a phone says so ("doubles as a power
	// bank for your phone"): named, so "can I charge my phone with it?"
	// has its answer in the shopper's words.
	term(`power ?banks?`, "batería externa", "batterie externe", "Powerbank", "power bank", "carregador portátil (power bank)",
		"powerbank", "モバイルバッテリー", "充电宝", "行動電源", "باور بانك", "powerbank", "powerbank", "보조배터리", "пауэрбанк",
		"power bank"),
	term(`phones?`, "teléfono", "téléphone", "Handy", "telefono", "celular", "telefoon", "スマホ", "手机", "手機", "هاتف", "telefon",
		"telefon", "휴대폰", "телефон", "ponsel"),
	term(`wallets?`, "cartera", "portefeuille", "Geldbörse", "portafoglio", "carteira", "portemonnee", "財布", "钱包", "錢包", "محفظة",
		"portfel", "cüzdan", "지갑", "кошелёк", "dompet"),
	term(`laptops?`, "portátil", "ordinateur portable", "Laptop", "portatile", "notebook", "laptop", "ノートパソコン", "笔记本电脑",
		"筆記型電腦", "حاسوب محمول", "laptop", "dizüstü bilgisayar", "노트북", "ноутбук", "laptop"),
	// What a sandal or shoe is made to wade through ("Suitable for river
	// crossings"): "can I cross a river in them?" is answered by it.
	term(`river crossings?`, "apto para cruzar ríos", "adapté aux traversées de rivière", "für Flussquerungen geeignet",
		"adatto ai guadi di fiumi", "próprio para atravessar rios", "geschikt om door rivieren te lopen", "渡渉（川渡り）対応", "适合涉水过河",
		"適合涉水過河", "مناسب لعبور الأنهار", "nadaje się do przechodzenia przez rzeki", "dere ve nehir geçişlerine uygun",
		"강 건너기에 적합", "подходит для переходов через реки", "cocok untuk menyeberangi sungai"),
	// How fast a chair or shelter is up, stated without a number.
	term(`sets? up in seconds`, "se monta en segundos", "s'installe en quelques secondes", "in Sekunden aufgebaut",
		"si monta in pochi secondi", "monta-se em segundos", "in enkele seconden opgezet", "数秒で設置", "几秒钟即可搭好",
		"幾秒鐘即可搭好", "يُركَّب في ثوانٍ", "rozkłada się w kilka sekund", "saniyeler içinde kurulur", "몇 초 만에 설치",
		"раскладывается за секунды", "terpasang dalam hitungan detik"),
	term(`waterproof`, "impermeable", "imperméable", "wasserdicht", "impermeabile", "impermeável", "waterdicht", "防水", "防水", "防水",
		"مقاوم للماء", "wodoodporny", "su geçirmez", "방수", "водонепроницаемый", "tahan air"),
	term(`water[- ]repellent`, "repelente al agua", "déperlant", "wasserabweisend", "idrorepellente", "repelente à água", "waterafstotend",
		"撥水", "防泼水", "防潑水", "طارد للماء", "hydrofobowy", "su itici", "발수", "водоотталкивающий", "tolak air"),
	term(`windproof`, "cortavientos", "coupe-vent", "winddicht", "antivento", "corta-vento", "winddicht", "防風", "防风", "防風",
		"مقاوم للرياح", "wiatroszczelny", "rüzgar geçirmez", "방풍", "ветрозащитный", "tahan angin"),
	term(`breathable`, "transpirable", "respirant", "atmungsaktiv", "traspirante", "respirável", "ademend", "透湿性", "透气", "透氣",
		"يسمح بمرور الهواء", "oddychający", "nefes alabilir", "통기성", "дышащий", "sirkulasi udara baik"),
	term(`recycled polyester`, "poliéster reciclado", "polyester recyclé", "recyceltes Polyester", "poliestere riciclato",
		"poliéster reciclado", "gerecycled polyester", "リサイクルポリエステル", "再生聚酯纤维", "再生聚酯纖維", "بوليستر معاد تدويره",
		"poliester z recyklingu", "geri dönüştürülmüş polyester", "재활용 폴리에스터", "переработанный полиэстер", "poliester daur ulang"),
	term(`recycled nylon`, "nailon reciclado", "nylon recyclé", "recyceltes Nylon", "nylon riciclato", "náilon reciclado",
		"gerecycled nylon", "リサイクルナイロン", "再生尼龙", "再生尼龍", "نايلون معاد تدويره", "nylon z recyklingu",
		"geri dönüştürülmüş naylon", "재활용 나일론", "переработанный нейлон", "nilon daur ulang"),
	term(`polyester`, "poliéster", "polyester", "Polyester", "poliestere", "poliéster", "polyester", "ポリエステル", "聚酯纤维", "聚酯纖維",
		"بوليستر", "poliester", "polyester", "폴리에스터", "полиэстер", "poliester"),
	term(`nylon`, "nailon", "nylon", "Nylon", "nylon", "náilon", "nylon", "ナイロン", "尼龙", "尼龍", "نايلون", "nylon", "naylon", "나일론",
		"нейлон", "nilon"),
	term(`merino`, "lana merina", "laine mérinos", "Merinowolle", "lana merino", "lã merino", "merinowol", "メリノウール", "美利奴羊毛",
		"美麗諾羊毛", "صوف المرينو", "wełna merino", "merinos yünü", "메리노 울", "шерсть мериноса", "wol merino"),
	term(`wool`, "lana", "laine", "Wolle", "lana", "lã", "wol", "ウール", "羊毛", "羊毛", "صوف", "wełna", "yün", "울", "шерсть", "wol"),
	term(`goose down|down[- ]filled|(?:fill|certified) down`, "plumón", "duvet", "Daunen", "piuma", "penas", "dons", "ダウン", "羽绒",
		"羽絨", "زغب", "puch", "kaz tüyü", "다운", "пух", "bulu angsa"),
	term(`organic cotton`, "algodón orgánico", "coton bio", "Bio-Baumwolle", "cotone biologico", "algodão orgânico", "biologisch katoen",
		"オーガニックコットン", "有机棉", "有機棉", "قطن عضوي", "bawełna organiczna", "organik pamuk", "오가닉 코튼",
		"органический хлопок", "katun organik"),
	term(`cotton`, "algodón", "coton", "Baumwolle", "cotone", "algodão", "katoen", "コットン", "棉", "棉", "قطن", "bawełna", "pamuk", "코튼",
		"хлопок", "katun"),
	term(`linen`, "lino", "lin", "Leinen", "lino", "linho", "linnen", "リネン", "亚麻", "亞麻", "كتان", "len", "keten", "린넨", "лён", "linen"),
	term(`leather`, "cuero", "cuir", "Leder", "pelle", "couro", "leer", "レザー", "皮革", "皮革", "جلد", "skóra", "deri", "가죽", "кожа", "kulit"),
	term(`titanium`, "titanio", "titane", "Titan", "titanio", "titânio", "titanium", "チタン", "钛", "鈦", "تيتانيوم", "tytan", "titanyum",
		"티타늄", "титан", "titanium"),
	term(`carbon`, "carbono", "carbone", "Carbon", "carbonio", "carbono", "carbon", "カーボン", "碳纤维", "碳纖維", "كربون", "karbon",
		"karbon", "카본", "карбон", "karbon"),
	term(`stainless steel`, "acero inoxidable", "acier inoxydable", "Edelstahl", "acciaio inox", "aço inoxidável", "roestvrij staal",
		"ステンレス", "不锈钢", "不鏽鋼", "فولاذ مقاوم للصدأ", "stal nierdzewna", "paslanmaz çelik", "스테인리스", "нержавеющая сталь",
		"baja tahan karat"),
	term(`canvas`, "lona", "toile", "Canvas", "tela", "lona", "canvas", "キャンバス", "帆布", "帆布", "قماش كانفاس", "płótno", "kanvas", "캔버스",
		"парусина", "kanvas"),
	term(`synthetic`, "sintético", "synthétique", "synthetisch", "sintetico", "sintético", "synthetisch", "化繊", "合成纤维", "合成纖維",
		"صناعي", "syntetyczny", "sentetik", "합성", "синтетический", "sintetis"),
	term(`odou?r[- ]resistant|resists odou?r`, "antiolor", "anti-odeurs", "geruchshemmend", "antiodore", "antiodor", "geurwerend", "防臭",
		"防臭", "防臭", "مقاوم للروائح", "ogranicza zapachy", "koku önleyici", "방취", "против запаха", "anti bau"),
	term(`hand[- ]knit(?:ted)?`, "tejido a mano", "tricoté à la main", "handgestrickt", "lavorato a mano", "tricotado à mão",
		"met de hand gebreid", "手編み", "手工编织", "手工編織", "محاك يدويًا", "dziergany ręcznie", "el örmesi", "핸드니트",
		"ручной вязки", "dirajut tangan"),
	term(`power ?bank`, "batería externa", "batterie externe", "Powerbank", "power bank", "carregador portátil", "powerbank", "モバイルバッテリー",
		"充电宝", "行動電源", "باور بانك", "powerbank", "powerbank", "보조배터리", "пауэрбанк", "power bank"),
	term(`machine washable`, "lavable a máquina", "lavable en machine", "maschinenwaschbar", "lavabile in lavatrice", "lavável à máquina",
		"wasbaar in de machine", "洗濯機洗い可", "可机洗", "可機洗", "قابل للغسل في الغسالة", "można prać w pralce", "makinede yıkanabilir",
		"세탁기 세탁 가능", "машинная стирка", "bisa dicuci mesin"),
}

// accessoryTerms are the accessories descriptions say come with a product
// or not ("with the included pump sack", "gas canisters are not
// included"): each is said with whether it is included, so "not included"
// is never read as a feature of its own.
var accessoryTerms = []attrTerm{
	term(`gas canisters?`, "cartucho de gas", "cartouche de gaz", "Gaskartusche", "cartuccia di gas", "cartucho de gás",
		"gasbus", "ガス缶", "气罐", "氣罐", "عبوة غاز", "kartusz gazowy", "gaz kartuşu", "가스 캔", "газовый баллон", "tabung gas"),
	term(`microfib(?:re|er) case`, "funda de microfibra", "étui en microfibre", "Mikrofaseretui", "custodia in microfibra",
		"estojo de microfibra", "microvezeletui", "マイクロファイバーケース", "超细纤维眼镜盒", "超細纖維眼鏡盒", "حافظة من الألياف الدقيقة",
		"etui z mikrofibry", "mikrofiber kılıf", "극세사 케이스", "чехол из микрофибры", "kotak mikrofiber"),
	term(`compression sack`, "saco de compresión", "sac de compression", "Kompressionssack", "sacca di compressione",
		"saco de compressão", "compressiezak", "コンプレッションバッグ", "压缩袋", "壓縮袋", "كيس ضغط", "worek kompresyjny",
		"kompresyon torbası", "압축색", "компрессионный мешок", "kantong kompresi"),
	term(`pump sack`, "bolsa de inflado", "sac de gonflage", "Pumpsack", "sacca di gonfiaggio", "saco de bombeamento", "pompzak",
		"ポンプサック", "充气袋", "充氣袋", "كيس نفخ", "worek pompujący", "pompa torbası", "펌프 색", "мешок-насос", "kantong pompa"),
	term(`repair kit`, "kit de reparación", "kit de réparation", "Reparaturset", "kit di riparazione", "kit de reparo",
		"reparatieset", "リペアキット", "修补包", "修補包", "عدة إصلاح", "zestaw naprawczy", "tamir kiti", "수리 키트",
		"ремкомплект", "kit perbaikan"),
	term(`rain cover`, "funda para la lluvia", "housse de pluie", "Regenhülle", "coprizaino antipioggia", "capa de chuva",
		"regenhoes", "レインカバー", "防雨罩", "防雨罩", "غطاء مطر", "pokrowiec przeciwdeszczowy", "yağmur kılıfı", "레인커버",
		"дождевой чехол", "penutup hujan"),
}

// includedTerm and notIncludedTerm say whether an accessory comes with
// the product.
var (
	includedTerm = term(`included`, "incluido", "inclus", "im Lieferumfang", "incluso", "incluído", "inbegrepen", "付属", "附带", "附帶", "مرفق",
		"w zestawie", "dahil", "포함", "в комплекте", "termasuk")
	notIncludedTerm = term(`not included`, "no incluido", "non inclus", "nicht enthalten", "non incluso", "não incluído", "niet inbegrepen", "別売",
		"不包含", "不包含", "غير مشمول", "brak w zestawie", "dahil değil", "미포함", "не входит в комплект", "tidak termasuk")
)

// scriptNames maps each one-word English attribute term ("titanium",
// "merino") to its names written in a script without Latin letters
// ("チタン", "钛", "титан"): a product's handle is in English, and a
// shopper naming it in another script names it by these words.
var scriptNames = buildScriptNames()

func buildScriptNames() map[string][]string {
	out := map[string][]string{}
	for _, t := range attrTerms {
		en := strings.TrimSuffix(strings.TrimPrefix(t.re.String(), `(?i)\b(?:`), `)\b`)
		if strings.IndexFunc(en, func(r rune) bool { return !unicode.IsLower(r) }) >= 0 {
			continue // a pattern, not one word
		}
		for _, name := range t.in {
			if strings.IndexFunc(name, latinAlnum) < 0 && !slices.Contains(out[en], name) {
				out[en] = append(out[en], name)
			}
		}
	}
	return out
}

// namesHandleWordInScript reports whether the message names a word of the
// handle ("titanium") in a script without Latin letters ("チタンのクッカー").
func namesHandleWordInScript(text string, words []string) bool {
	for _, w := range words {
		for _, name := range scriptNames[w] {
			if strings.Contains(text, name) {
				return true
			}
		}
	}
	return false
}

// termLangs is the order of the translations in term.
var termLangs = []string{"es", "fr", "de", "it", "pt", "nl", "ja", "zh-Hans", "zh-Hant", "ar", "pl", "tr", "ko", "ru", "id"}

func term(pattern string, names ...string) attrTerm {
	if len(names) != len(termLangs) {
		panic("assistant: attribute term " + pattern + " needs one name per language")
	}
	t := attrTerm{re: regexp.MustCompile(`(?i)\b(?:` + pattern + `)\b`), in: map[string]string{}}
	for i, l := range termLangs {
		t.in[l] = names[i]
	}
	return t
}

// measureFactRE is a measurement a description states: a number and its
// unit ("1.24 kg", "20,000 mm", "-25 °C", "400-lumen", "22-litre"), or a
// share ("removes 99.9999% of bacteria", "100% recycled").
var measureFactRE = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d.,])([-−+]?\d+(?:[.,]\d+)*)(?:\s?|-)(°C|kg|g/m²|g|mm|cm|ml|l|litres?|liters?|lumens?|hours?|%)(?:[^\p{L}]|$)`)

// rValueRE is a sleeping pad's R-value ("an R-value of 4.2").
var rValueRE = regexp.MustCompile(`(?i)\bR-value(?: of)? (\d+(?:[.,]\d+)?)`)

// upfRE is a fabric's sun protection factor ("UPF 50+").
var upfRE = regexp.MustCompile(`\bUPF ?(\d+\+?)`)

// countNouns are the things a description counts ("two zipped pockets",
// "for one to four people", "in six languages"), named in each reply
// language: the count is said in digits, which every language reads.
var countNouns = map[string]attrTerm{
	"breath": term(`breaths?`, "respiraciones", "souffles", "Atemzüge", "respiri", "sopros", "ademhalingen", "呼吸", "口气", "口氣",
		"أنفاس", "oddechów", "nefes", "호흡", "вдохов", "tiupan"),
	"people": term(`people|persons`, "personas", "personnes", "Personen", "persone", "pessoas", "personen", "人", "人", "人",
		"أشخاص", "osób", "kişi", "명", "человек", "orang"),
	"pocket": term(`pockets?`, "bolsillos", "poches", "Taschen", "tasche", "bolsos", "zakken", "ポケット", "口袋", "口袋",
		"جيوب", "kieszenie", "cep", "주머니", "карманы", "saku"),
	"language": term(`languages?`, "idiomas", "langues", "Sprachen", "lingue", "idiomas", "talen", "言語", "种语言", "種語言",
		"لغات", "języków", "dil", "개 언어", "языков", "bahasa"),
	"bedroom": term(`bedrooms?`, "dormitorios", "chambres", "Schlafkabinen", "camere", "quartos", "slaapcabines", "寝室", "卧室", "臥室",
		"غرف نوم", "sypialnie", "yatak odası", "침실", "спальни", "kamar tidur"),
	"door": term(`doors?`, "puertas", "portes", "Eingänge", "porte", "portas", "deuren", "ドア", "门", "門", "أبواب", "wejścia",
		"kapı", "출입구", "входа", "pintu"),
	"minute": term(`minutes?`, "minutos", "minutes", "Minuten", "minuti", "minutos", "minuten", "分", "分钟", "分鐘",
		"دقائق", "minut", "dakika", "분", "минут", "menit"),
}

// countWords are the counts descriptions spell out.
var countWords = map[string]string{"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "ten": "10", "twelve": "12"}

// countRE is a count, or a range of counts, of a thing countNouns name
// ("about 12 breaths", "one to four people", "six languages").
var countRE = regexp.MustCompile(`(?i)\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)(?: to (\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve))?(?: [a-z-]+)? (breaths|people|persons|pockets?|languages|minutes|bedrooms|doors)\b`)

// countFact is one countRE match in the reply language ("1–4 personas").
func countFact(m []string, replyLang string) string {
	digits := func(w string) string {
		if d, ok := countWords[strings.ToLower(w)]; ok {
			return d
		}
		return w
	}
	n := digits(m[1])
	if m[2] != "" {
		n += "–" + digits(m[2])
	}
	noun := strings.TrimSuffix(strings.ToLower(m[3]), "s")
	if noun == "person" {
		noun = "people"
	}
	t, ok := countNouns[noun]
	if !ok {
		return ""
	}
	return n + " " + t.in[replyLang]
}

// neutralRE are a description's names written alike in every language: a
// connector, a protection rating, a membrane, a steel grade ("Charges by
// USB-C", "IPX4 splash-proof", "18/8 stainless steel").
var neutralRE = regexp.MustCompile(`\b(?:USB-C|USB|IPX\d|GORE-TEX|Vibram|18/8)(?:[^\p{L}\d-]|$)`)

// uvRatingRE is a lens's UV rating ("UV400 protection").
var uvRatingRE = regexp.MustCompile(`\bUV ?(\d{3})\b`)

// lensCategoryRE is a lens's filter category ("category 3 lenses").
var lensCategoryRE = regexp.MustCompile(`(?i)\bcategory ([0-4])\b`)

// lensCategoryTerm names the lens filter category in each reply language.
var lensCategoryTerm = term(`category`, "categoría", "catégorie", "Kategorie", "categoria", "categoria", "categorie", "カテゴリー",
	"类别", "類別", "الفئة", "kategoria", "kategori", "카테고리", "категория", "kategori")

// fillPowerRE is a down's fill power ("700-fill down", "800 fill").
var fillPowerRE = regexp.MustCompile(`(?i)\b(\d{3})[- ]fill\b`)

// fillPowerTerm names the fill power in each reply language.
var fillPowerTerm = term(`fill power`, "poder de relleno", "pouvoir gonflant", "Bauschkraft", "potere di gonfiaggio",
	"poder de enchimento", "vulkracht", "フィルパワー", "蓬松度", "蓬鬆度", "قوة الانتفاش", "siła wypełnienia", "dolgu gücü", "필파워",
	"упругость пуха", "daya kembang")

// dimensionsRE is a size in two dimensions ("183 × 51 cm", "40x30 cm").
var dimensionsRE = regexp.MustCompile(`(?i)(\d+(?:[.,]\d+)?)\s?[×x]\s?(\d+(?:[.,]\d+)?)\s?(cm|mm|m)\b`)

// denierRE is a fabric's yarn weight in denier ("840D", "210D ripstop"):
// the same in every language.
var denierRE = regexp.MustCompile(`\b(\d{2,4})D\b`)

// unitOf normalises a unit as written in an English description.
func unitOf(u string) string {
	switch low := strings.ToLower(u); {
	case low == "l" || strings.HasPrefix(low, "lit"):
		return "L"
	case strings.HasPrefix(low, "lumen"):
		return "lm"
	case low == "°c":
		return "°C"
	case strings.HasPrefix(low, "hour"):
		return "h" // the symbol every language reads

	default:
		return low
	}
}

// originalFacts are the measurements and attribute terms of passages in
// the original language, named in the reply language; nil when the reply
// language is the original's or nothing is recognised.
func originalFacts(passages []string, replyLang string) []string {
	if _, ok := attrTerms[0].in[replyLang]; !ok {
		return nil
	}
	var out []string
	add := func(s string) {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	for _, p := range passages {
		rest := p
		for _, a := range accessoriesOf(p, replyLang) {
			add(a)
		}
		rest = includedRE.ReplaceAllString(rest, " ")
		for _, t := range accessoryTerms {
			rest = t.re.ReplaceAllString(rest, " ")
		}
		for _, t := range attrTerms {
			if t.re.MatchString(rest) {
				add(t.in[replyLang])
				rest = t.re.ReplaceAllString(rest, " ")
			}
		}
		for _, m := range rValueRE.FindAllStringSubmatch(p, -1) {
			add("R " + m[1])
		}
		for _, m := range upfRE.FindAllStringSubmatch(p, -1) {
			add("UPF " + m[1])
		}
		for _, m := range uvRatingRE.FindAllStringSubmatch(p, -1) {
			add("UV" + m[1])
		}
		for _, m := range lensCategoryRE.FindAllStringSubmatch(p, -1) {
			add(lensCategoryTerm.in[replyLang] + " " + m[1])
		}
		for _, m := range fillPowerRE.FindAllStringSubmatch(p, -1) {
			add(fillPowerTerm.in[replyLang] + " " + m[1])
		}
		for _, m := range neutralRE.FindAllString(p, -1) {
			add(strings.TrimRightFunc(m, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
		}
		for _, m := range countRE.FindAllStringSubmatch(p, -1) {
			add(countFact(m, replyLang))
		}
		for _, m := range denierRE.FindAllStringSubmatch(p, -1) {
			add(m[1] + "D")
		}
		for _, m := range listMeasureRE.FindAllStringSubmatch(p, -1) {
			// "3, 8 and 15 litres": the unit is each number's.
			for _, n := range listNumberRE.FindAllString(m[1], -1) {
				add(n + " " + unitOf(m[2]))
			}
		}
		for _, m := range dimensionsRE.FindAllStringSubmatch(p, -1) {
			// "197 × 64 cm": length and width together, not "64 cm" alone.
			add(m[1] + " × " + m[2] + " " + strings.ToLower(m[3]))
		}
		p = dimensionsRE.ReplaceAllString(p, " ")
		for _, m := range measureFactRE.FindAllStringSubmatch(p, -1) {
			add(strings.ReplaceAll(m[1], "−", "-") + " " + unitOf(m[2]))
		}
		for _, m := range scaleRE.FindAllString(p, -1) {
			add(m) // a map scale, "1:25,000"
		}
	}
	return out
}

// measuresOf are the measurements a text states ("60L" → "60 L").
func measuresOf(text string) []string {
	var out []string
	for _, m := range measureFactRE.FindAllStringSubmatch(text, -1) {
		out = append(out, strings.ReplaceAll(m[1], "−", "-")+" "+unitOf(m[2]))
	}
	return out
}

// includedRE finds a sentence's "included" or "not included".
var includedRE = regexp.MustCompile(`(?i)\b(?:not )?included\b`)

// sentenceRE splits a passage into sentences.
var sentenceRE = regexp.MustCompile(`[^.!?;]+`)

// accessoriesOf are the accessories a passage names, each with whether
// the sentence naming it says it is included ("funda de microfibra
// (incluido)").
func accessoriesOf(passage, replyLang string) []string {
	var out []string
	for _, sent := range sentenceRE.FindAllString(passage, -1) {
		mark := ""
		if m := includedRE.FindString(sent); m != "" {
			mark = " (" + includedTerm.in[replyLang] + ")"
			if strings.HasPrefix(strings.ToLower(m), "not") {
				mark = " (" + notIncludedTerm.in[replyLang] + ")"
			}
		}
		for _, t := range accessoryTerms {
			if t.re.MatchString(sent) {
				out = append(out, t.in[replyLang]+mark)
			}
		}
	}
	return out
}

// listMeasureRE is a list of numbers sharing the unit after the last one
// ("3, 8 and 15 litres", "500 and 750 ml").
var listMeasureRE = regexp.MustCompile(`(?i)(\d+(?:[.,]\d+)?(?:(?:\s*,\s+|\s+(?:and|or|&)\s+)\d+(?:[.,]\d+)?)+)\s?(kg|g|mm|cm|ml|l|litres?|liters?)(?:[^\p{L}]|$)`)

// listNumberRE is one number of such a list.
var listNumberRE = regexp.MustCompile(`\d+(?:[.,]\d+)?`)

// scaleRE is a map scale ("1:25,000", "1:50 000").
var scaleRE = regexp.MustCompile(`\b1:\d{1,3}(?:[,. ]\d{3})*\b`)

// originPlaces are the countries passages in the original language name
// ("Hand-knitted in Norway"), named in the reply language, for a question
// asking where a product is made.
func originPlaces(passages []string, replyLang string) []string {
	var out []string
	pl := knowledge.Places()
	for _, p := range passages {
		found := false
		for _, m := range pl.Find(p) {
			if m.Kind != geo.Country || m.Aside || knowledge.FabricPlace(m.Code) {
				continue
			}
			found = true
			if name := pl.Name(m.Code, replyLang); name != "" && !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
		if !found {
			out = append(out, originTowns(p, replyLang)...)
		}
	}
	return out
}

// madeInTownRE is a place a product is made in, named after "in"
// ("printed in Kyoto", "sewn in Porto").
var madeInTownRE = regexp.MustCompile(`\bin ((?:[A-Z][\p{L}-]+ ?){1,2})`)

// originTowns are the towns a passage names as where a product is made,
// with their country in the reply language ("Kyoto (Japan)"): a town's
// name is written alike in the languages of the Latin script, its country
// is not.
func originTowns(passage, replyLang string) []string {
	pl := knowledge.Places()
	var out []string
	for _, m := range madeInTownRE.FindAllStringSubmatch(passage, -1) {
		town := strings.TrimSpace(m[1])
		ms := pl.Locate(town)
		if len(ms) == 0 || ms[0].Kind != geo.Country {
			continue
		}
		if name := pl.Name(ms[0].Code, replyLang); name != "" {
			out = append(out, town+" ("+name+")")
		}
	}
	return out
}
