// Package glossary maps everyday product words of the supported languages
// to English catalog vocabulary ("zaino" → "backpack", "등산화" → "hiking
// boots"). Stores often translate their catalog into only a few languages;
// when a shopper's words find nothing in any catalog language, the engine
// retries the search with the English terms found here.
package glossary

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// entry is one English term and the word stems that mean it. A stem matches
// the start of a word in scripts with spaces, anywhere in CJK and Korean
// (written without spaces between words, or with particles attached).
type entry struct {
	en    string
	stems []string
}

// marks are, for kinds narrower than the product type stores file them
// under (a down jacket is a Jacket, swim shorts are Shorts), the word their
// products carry in their title or tags: without it "down jacket" would
// list every jacket, the rain shell too.
var marks = map[string]string{"wind jacket": "wind", "down jacket": "down", "convertible pants": "convertible", "swim shorts": "swim",
	"dry bag": "dry", "sling bag": "sling", "packing cube": "packing", "hip pack": "hip", "neck gaiter": "neck", "first aid kit": "aid"}

// entries are ordered from specific to general so "rain jacket" wins over
// "jacket" and both are reported.
var entries = []entry{
	// Kinds the shop sells once or twice, before the broad kinds whose
	// words they share ("bel çantası" is no backpack, "sac étanche" no
	// rucksack).
	{"dry bag", []string{"dry bag", "drybag", "sac étanche", "sacs étanches", "bolsa estanca", "bolsas estancas", "packsack", "packsäcke",
		"trockensack", "sacca stagna", "sacche stagne", "saco estanque", "bolsa estanque", "droogzak", "su geçirmez çanta", "su geçirmez torba",
		"worek wodoszczelny", "worki wodoszczelne", "гермомешок", "гермомешки", "ドライバッグ", "防水袋", "防水收纳袋", "드라이백",
		"حقيبة جافة"}},
	{"duffel", []string{"duffel", "duffle", "sac de voyage", "bolsa de viaje", "reisetasche", "borsone", "bolsa de viagem", "mala de viagem",
		"weekendtas", "reistas", "plunjezak", "seyahat çantası", "spor çantası", "torba podróżna", "tas duffel", "дорожная сумка",
		"ダッフル", "旅行袋", "旅行包", "行李袋", "더플", "حقيبة سفر", "دافل", "دفل"}},
	{"sling bag", []string{"sling bag", "sling", "sacoche", "bandolera", "umhängetasche", "brusttasche", "borsa a tracolla", "bolsa transversal",
		"bolsa tiracolo", "schoudertas", "crossbody", "çapraz çanta", "askılı çanta", "torba na ramię", "tas selempang", "слинг",
		"сумка через плечо", "スリング", "ショルダーバッグ", "斜挎包", "斜背包", "胸包", "슬링백", "슬링", "حقيبة كتف"}},
	{"hip pack", []string{"hip pack", "waist pack", "fanny pack", "bum bag", "sac banane", "banane", "riñonera", "bauchtasche", "hüfttasche",
		"marsupio", "pochete", "heuptas", "bel çantası", "nerka", "saszetka biodrowa", "tas pinggang", "поясная сумка", "ウエストポーチ",
		"ヒップバッグ", "腰包", "힙색", "허리 가방", "حقيبة خصر"}},
	// Bags that sort a suitcase's contents ("캐리어 정리용 파우치").
	{"packing cube", []string{"packing cube", "packing organi", "suitcase organi", "kofferorganizer", "packwürfel", "packtasche", "cubos de equipaje",
		"organizador de maleta", "organizadores de maleta", "cube de rangement", "cubes de rangement", "organizer da viaggio", "organizer per valigia",
		"cubo organizador", "cubos organizadores", "bagage-organizer", "koffer-organizer", "packing-cube", "organizer do walizki", "organizery do walizki", "organizerów do walizki", "organizera do walizki", "kostki do pakowania",
		"organisateur de valise", "organisateurs de valise", "organizadores de mala", "organizador de mala", "organizadores para la maleta",
		"organizador para la maleta", "organizer für den koffer", "organizer per la valigia", "органайзер для чемодан",
		"органайзеры для чемодан", "bavul organizer", "收納袋", "收纳袋", "行李箱收納", "行李箱收纳",
		"органайзер для чемодана", "органайзеры для чемодана", "bavul düzenleyici", "bavul organizer", "organizer koper", "tas organizer",
		"파우치", "정리 파우치", "여행 파우치", "パッキングキューブ", "トラベルポーチ", "收纳包", "收納包", "旅行收纳", "旅行收納", "منظم الحقيبة"}},
	{"neck gaiter", []string{"neck gaiter", "neck warmer", "buff", "tour de cou", "cache-cou", "braga de cuello", "cuello multifunción",
		"tubo multifunción", "schlauchschal", "multifunktionstuch", "scaldacollo", "bandana multifunzione", "bandana tubular", "nekwarmer",
		"boyunluk", "komin", "chusta wielofunkcyjna", "бафф", "ネックゲイター", "ネックウォーマー", "围脖", "脖套", "頸套", "넥게이터",
		"넥워머", "غطاء الرقبة"}},
	{"gaiters", []string{"gaiters", "guêtres", "polainas", "gamaschen", "ghette", "perneiras", "beenkappen", "getry", "tozluk", "гетры",
		"гамаши", "ゲイター", "スパッツ", "绑腿", "雪套", "綁腿", "게이터", "스패츠", "طماق"}},
	{"compass", []string{"compass", "boussole", "brújula", "kompass", "bussola", "bússola", "kompas", "pusula", "компас", "コンパス",
		"方位磁石", "指南针", "指北针", "指南針", "指北針", "나침반", "بوصلة",
		// Finding one's way: "per orientarmi", "pour s'orienter".
		"orientarm", "orientars", "orientar-me", "orientier", "s'orienter", "m'orienter", "oriënteren", "orientować", "ориентиров"}},
	{"slippers", []string{"slippers", "booties", "chaussons", "pantuflas", "zapatillas de casa", "zapatillas de estar por casa", "hüttenschuhe", "hüttenfinken", "finken$", "hüttenschlappen", "hausschuhe", "daunenschuhe", "pantofole",
		"pantufa", "botinha", "sloffen", "pantoffels", "terlik", "kapcie", "sandal rumah", "тапочки", "тапки", "ルームシューズ",
		"スリッパ", "ブーティ", "拖鞋", "羽绒鞋", "羽絨鞋", "슬리퍼", "실내화", "شبشب"}},
	// Thermal tops and bottoms worn next to the skin; before t-shirt and
	// leggings, whose words ("camiseta", "tayt") they share.
	{"base layer", []string{"base layer", "baselayer", "base-layer", "thermal top", "thermal shirt", "thermal underwear", "thermals",
		"camiseta térmica", "camisetas térmicas", "camiseta termica", "ropa térmica", "ropa interior térmica", "primera capa",
		"maillot thermique", "t-shirt thermique", "sous-vêtement thermique", "sous-vêtements thermiques", "première couche", "sous-couche",
		"funktionsunterwäsche", "thermounterwäsche", "skiunterwäsche", "funktionsshirt", "thermoshirt", "maglia termica", "maglietta termica",
		"intimo termico", "primo strato", "camisa térmica", "camiseta térmica", "segunda pele", "roupa térmica", "thermoshirt",
		"thermisch ondershirt", "thermo-ondergoed", "thermokleding", "termal içlik", "içlik", "termal tişört", "termal fanila",
		"bielizna termoaktywna", "koszulka termoaktywna", "termoaktywn", "термобель", "термофутболк", "термокофт", "baju termal",
		"kaos termal", "保暖内衣", "保暖內衣", "排汗衣", "ベースレイヤー", "ヒートテック", "機能性インナー", "베이스레이어", "발열내의",
		"기능성 내의", "내의", "ملابس حرارية"}},
	{"leggings", []string{"leggings", "legging", "mallas", "leggins", "legginsy", "legginsów", "tayt", "лосины", "легинсы", "кальсоны",
		"レギンス", "タイツ", "打底裤", "緊身褲", "레깅스", "ليقنز", "calzamaglia", "ceroula", "thermobroek", "kalesony"}},
	// Not "vest" alone: French "veste" is a jacket.
	{"vest", []string{"a vest", "the vest", "vests", "warm vest", "insulated vest", "down vest", "puffer vest", "gilet", "chaleco", "weste", "colete", "bodywarmer", "yelek", "kamizelk", "rompi", "жилет", "马甲",
		"馬甲", "조끼", "سترة بدون أكمام"}},
	{"first aid kit", []string{"first aid", "trousse de secours", "botiquín", "erste-hilfe", "verbandset", "pronto soccorso",
		"primeiros socorros", "ehbo", "ilk yardım", "apteczk", "p3k", "аптечк", "救急", "急救", "구급", "إسعافات"}},
	// A jacket against the wind, before the rain jacket and the jacket
	// whose words it shares ("giacca a vento", "kurtka przeciwwiatrowa").
	{"wind jacket", []string{"wind jacket", "windbreaker", "windcheater", "windjack", "windjacke", "windstopper", "coupe-vent", "coupe vent",
		"giacca a vento", "giacca antivento", "giacche a vento", "antivento", "cortavientos", "corta-vento", "corta vento", "jaqueta corta",
		"kurtka przeciwwiatrow", "kurtkę przeciwwiatrow", "wiatrówk", "ветровк", "rüzgarlık", "rüzgar geçirmez", "rüzgâr geçirmez", "jaket anti angin",
		"jaket angin", "jaket windbreaker", "바람막이", "윈드브레이커", "ウインドブレーカー", "ウィンドブレーカー", "防风夹克", "防風夾克", "防风外套", "防風外套", "风衣", "風衣", "سترة واقية من الرياح",
		"جاكيت ضد الرياح", "wind shell", "windjas", "veste coupe-vent", "chaqueta cortavientos", "giubbino antivento", "jaqueta corta-vento",
		"rüzgar ceketi", "rüzgar geçirmez ceket", "kurtka przeciwwiatrowa", "윈드 재킷", "ウィンドシェル", "جاكيت واقي من الرياح"}},
	{"rain jacket", []string{"rain jacket", "rain shell", "regenjas", "regenjack", "giacca antipioggia", "impermeabile", "capa de chuva", "jaqueta impermeável",
		"casaco impermeável", "дождевик", "непромокаем", "yağmurluk", "kurtka przeciwdeszcz", "jas hujan", "jaket hujan",
		"레인재킷", "비옷", "우비", "veste de pluie", "imperméable", "chubasquero", "chaqueta impermeable", "regenjacke",
		"雨衣", "冲锋衣", "衝鋒衣", "レインジャケット", "雨具", "سترة مطر", "معطف مطر",
		// A shell is the jacket ("guscio antipioggia", "hardshell").
		"guscio antipioggia", "guscio impermeabile", "hardshell", "shell jacket", "جاكيت مطر", "جاكيت للمطر", "جاكيت مقاوم للمطر"}},
	{"down jacket", []string{"down jacket", "down coat", "down parka", "piumino", "giacca in piuma", "jaqueta de penas", "casaco de penas", "jaqueta de plumas", "donsjas", "donzen jas",
		"пуховик", "пуховая куртка", "пуховую куртку", "kaz tüyü mont", "kaz tüyü ceket", "şişme mont", "kurtka puchow", "kurtki puchow", "kurtkę puchow", "jaket bulu angsa", "jaket down",
		"다운 재킷", "다운재킷", "다운 자켓", "다운자켓", "doudoune", "veste en duvet", "chaqueta de plumas", "chaqueta de plumón", "plumífero", "anorak de plumas",
		"daunenjacke", "daunenmantel", "羽绒服", "羽绒外套", "羽绒夹克", "羽絨服", "羽絨外套", "羽絨夾克", "ダウンジャケット", "ダウンコート", "سترة ريش", "جاكيت ريش", "جاكيت منفوخ"}},
	{"hiking boots", []string{"hiking boot", "boots", "stiefel", "bottes", "scarponcini", "scarponi", "scarpone", "botas de caminhada", "bota de trilha", "botas$", "bota$", "wandelschoen", "bergschoen",
		"ботинки", "треккинговые", "buty trekkingowe", "buty górskie",
		// Polish boots by their height and inflection ("butów za kostkę"),
		// Turkish "bot" whole: "botol" is a bottle, "botlara kar" gaiters.
		"buty za kostkę", "butów za kostkę", "butach za kostkę", "butów trekkingowych", "butów górskich", "buty turystyczne",
		"butów turystycznych", "trzewik", "bot$", "botu$", "botlar$", "botları$", "trekking botu", "yürüyüş botu", "sepatu gunung", "sepatu hiking", "등산화",
		"chaussures de randonnée", "chaussures de rando", "bottes de randonnée", "botas de montaña", "wanderschuh", "登山鞋", "徒步鞋", "登山靴", "トレッキングシューズ",
		"حذاء المشي", "أحذية المشي", "حذاء مشي", "أحذية مشي", "حذاء للمشي", "حذاء جبلي"}},
	{"running shoes", []string{"running shoe", "trail shoe", "scarpe da corsa", "tênis de corrida", "hardloopschoen", "кроссовки", "koşu ayakkab", "buty do biegania",
		"sepatu lari", "러닝화", "운동화", "跑鞋", "ランニングシューズ", "chaussures de trail", "chaussures de course", "zapatillas de trail",
		"zapatillas de correr", "zapatillas de running", "laufschuh", "trailschuh", "trailrunning-schuh", "scarpe da trail", "scarpe trail", "tênis de trail",
		"trailschoen", "trailloopschoen", "loopschoen", "trailrunschoen", "trailrunningschoen", "tênis de trilha", "tênis para trilha", "tenis de trilha", "zapatillas para correr", "zapatillas de trail running", "trailrunningschuh",
		// Sports shoes said plainly ("zapatillas para trail"), and a trail
		// shoe compound ("Traillaufschuhe"); house slippers come first.
		"zapatillas", "zapatilla", "traillaufschuh",
		"trailrunning schuh", "scarpe per correre", "scarpe da running", "chaussures pour courir", "tênis para correr", "sapatilhas de corrida",
		"sapatilhas para correr", "trail runners", "buty trailowe", "buty do biegania w terenie", "trail koşu", "sepatu trail", "트레일 러닝화", "越野跑鞋", "トレランシューズ", "أحذية الجري", "حذاء جري"}},
	{"rain pants", []string{"rain pants", "rain trousers", "over-trousers", "overtrousers", "waterproof trousers", "waterproof pants", "regenhose", "überhose",
		"pantalon de pluie", "surpantalon", "pantalones de lluvia", "cubrepantalón", "pantaloni antipioggia", "sovrapantaloni", "calça de chuva",
		"regenbroek", "regenoverbroek", "spodnie przeciwdeszczowe", "spodni przeciwdeszczowych", "непромокаемые брюки", "дождевые брюки", "yağmur pantolonu", "celana hujan", "레인팬츠", "우비 바지",
		"雨裤", "雨褲", "レインパンツ", "بنطال مطر", "بنطلون مطر", "overbroek"}},
	{"sandals", []string{"sandali", "sandália", "sandalen", "sandale", "papete", "papetes", "sandal trekking", "сандали", "sandalet", "sandały", "sandal$", "sandals$", "샌들", "凉鞋", "涼鞋", "サンダル", "صندل"}},
	// "backpack$": the word itself, not "backpacken" or "backpacking"
	// (a trip, which a tent is also for).
	{"backpack", []string{"backpack$", "backpacks$", "daypack", "zaino", "zaini", "zainett", "mochila", "rugzak", "рюкзак", "sırt çanta", "plecak", "ransel", "tas punggung", "배낭",
		"백팩", "tas carrier", "tas gunung", "tas hiking", "sac à dos", "sacs à dos", "sac a dos", "rucksack", "rucksäcke", "背包", "双肩包", "雙肩包", "リュック", "バックパック", "حقيبة ظهر"}},
	{"tent", []string{"tent", "tenda", "tende", "barraca", "палатк", "çadır", "namiot", "텐트", "tente", "tienda de campaña", "tiendas de campaña", "tiendas de campana", "tienda de campana", "zelt", "帐篷",
		"帳篷", "テント", "خيمة", "خيام"}},
	{"sleeping bag", []string{"sacco a pelo", "sacchi a pelo", "sacs de couchage", "sacos de dormir", "sacos-cama", "saco-cama", "saco de dormir", "slaapzak", "спальный меш", "спального меш", "спальным меш", "спальном меш", "спальные меш", "спальных меш", "спальник", "uyku tulum", "śpiwór", "śpiwor", "kantong tidur",
		"sleeping bag", "침낭", "sac de couchage", "un duvet", "mon duvet", "ce duvet", "bon duvet", "schlafsack", "schlafsäcke", "睡袋", "寝袋", "كيس نوم"}},
	// Before jacket and sweater: a "fleece trui", "veste polaire" or "polar
	// mont" is a fleece, the garment word only its shape. "polar$" and its
	// inflections: "polarizado" is no fleece.
	{"fleece", []string{"pile$", "fleece", "флис", "polar$", "polaru", "polary", "polarem", "polarze", "poları", "polarlar", "플리스", "polaire", "forro polar", "抓绒", "抓絨", "刷毛", "搖粒絨", "摇粒绒", "フリース",
		// A mid layer, worn between the base layer and the shell: "保暖中層",
		// "een warme laag onder mijn regenjas".
		"midlayer", "mid layer", "mid-layer", "middle layer", "warm layer", "warme laag", "tussenlaag", "zwischenschicht", "mittelschicht",
		"isolationsschicht", "couche intermédiaire", "deuxième couche", "couche chaude", "capa intermedia", "segunda capa", "strato intermedio",
		"secondo strato", "camada intermédia", "camada intermediária", "segunda camada", "ara katman", "orta katman", "warstwa środkowa",
		"warstwę środkową", "ciepłą warstwę", "ciepła warstwa", "средний слой", "утепляющий слой", "lapisan tengah", "ミッドレイヤー",
		"中間着", "中层", "中層", "保暖层", "保暖層", "미드레이어", "중간 레이어", "중간층", "الطبقة الوسطى", "طبقة وسطى"}},
	{"jacket", []string{"jacket", "giacca", "giacche", "giubbotto", "piumino", "jaqueta", "casaco", "jack", "jas", "куртк", "пуховик", "ceket", "kurtk", "jaket", "재킷", "자켓", "패딩", "veste", "doudoune", "chaqueta", "abrigo", "jacke", "夹克", "外套", "羽绒服",
		"夾克", "羽絨服", "ジャケット", "ダウン", "سترة", "جاكيت"}},
	{"sweater", []string{"sweater", "maglione", "maglioni", "suéter", "camisola", "trui", "свитер", "kazak", "sweter", "스웨터", "니트",
		"pull", "jersey", "pullover", "毛衣", "セーター", "كنزة"}},
	{"hoodie", []string{"felpa", "moletom", "hoodie", "толстовк", "худи", "kapüşonlu", "bluza z kapturem", "bluza$", "bluzę$", "bluzy$", "bluzie$", "후드", "sweat à capuche",
		"sudadera", "kapuzenpullover", "卫衣", "衛衣", "パーカー", "连帽衫", "連帽衫", "连帽上衣", "連帽上衣",
		// Sun-protective tops are hooded: "防晒衣", "皮膚衣".
		"sun hoodie", "uv hoodie", "top with a hood", "hooded top", "hooded shirt", "防晒衣", "防曬衣", "防晒服", "防曬服", "皮肤衣", "皮膚衣", "UVパーカー", "ラッシュパーカー"}},
	{"convertible pants", []string{"convertible pants", "convertible trousers", "zip-off", "zip off", "pantaloni convertibili", "pantalone convertibile", "calça conversível", "calças conversíveis",
		"calça convertível", "afritsbroek", "afritsbare broek", "брюки-трансформер", "брюки трансформер", "fermuarlı pantolon", "spodnie z odpinanymi", "spodnie odpinane", "celana konversi",
		"투웨이 팬츠", "pantalon convertible", "pantalon transformable", "pantalones convertibles", "pantalón convertible", "zipp-hose", "zip-hose", "abzippbare hose",
		"两截裤", "兩截褲", "速干两截", "ジップオフパンツ", "コンバーチブルパンツ", "بنطال قابل للتحويل",
		// Said as what they do: trousers that become shorts.
		"into shorts", "transforme en short", "transformer en short", "transformable en short", "convertit en short", "transforme en bermuda",
		"convierte en short", "convierten en short", "convierte en pantalón corto", "convierten en pantalones cortos", "convierte en bermuda",
		"zu shorts", "zur kurzen hose", "in shorts verwandel", "diventa pantaloncin", "diventano pantaloncin", "trasforma in pantaloncin",
		"trasformano in pantaloncin", "vira bermuda", "viram bermuda", "vira short", "viram short", "transforma em bermuda", "transforma em short",
		"tot korte broek", "in een korte broek", "şorta dönüş", "şort olabilen", "w szorty", "w krótkie spodenki", "в шорты",
		"menjadi celana pendek", "jadi celana pendek", "ショートパンツになる",
		"短パンになる", "变短裤", "變短褲", "变成短裤", "變成短褲", "반바지로", "إلى شورت"}},
	{"swim shorts", []string{"swim shorts", "swimming shorts", "swim trunks", "board shorts", "costume da bagno", "costume", "bermuda de banho", "sunga", "calção de banho", "calções de banho",
		"zwembroek", "zwemshort", "плавки", "шорты для плавания", "deniz şortu", "kąpielówki", "spodenki kąpielowe", "celana renang", "수영복", "수영 반바지",
		"short de bain", "maillot de bain", "bañador", "traje de baño", "badehose", "badeshorts", "泳裤", "泳褲", "水着", "サーフパンツ", "ملابس سباحة", "شورت سباحة", "مايوه"}},
	// Before pants: "pantalones cortos" are shorts.
	{"shorts", []string{"shorts", "pantaloncini", "bermuda", "korte broek", "calções", "calção", "шорты", "şort", "szorty", "celana pendek", "반바지",
		"short", "pantalones cortos", "kurze hose", "短裤", "短褲", "ショートパンツ"}},
	{"pants", []string{"pants", "trousers", "pantaloni", "calça", "broek", "брюк", "штаны", "pantolon", "spodnie", "celana panjang", "바지",
		"pantalon", "pantalones", "hose", "裤", "褲", "パンツ", "ズボン", "بنطال"}},
	{"t-shirt", []string{"maglietta", "camiseta", "t-shirt", "футболк", "tişört", "koszulk", "kaos", "티셔츠", "tee-shirt",
		"t恤", "tシャツ", "تيشيرت"}},
	// English "shirt" names this kind: a tee is a "t-shirt", whose
	// "shirt" starts inside it and gives way to it (insideLonger).
	{"shirt", []string{"shirt", "camicia", "camisa", "overhemd", "blouse", "рубашк", "gömlek", "koszula", "kemeja", "셔츠", "chemise", "hemd",
		"衬衫", "襯衫", "シャツ", "قميص"}},
	{"dress", []string{"vestito", "abito", "vestido", "jurk", "плать", "elbise", "sukienk", "gaun", "원피스", "robe", "kleid",
		"连衣裙", "連衣裙", "ワンピース", "فستان"}},
	{"beanie", []string{"beanie", "hats", "winter hat", "wool hat", "woolly hat", "knit hat", "warm hat", "berretto", "cuffia", "gorro", "muts", "шапк", "bere", "czapk", "kupluk", "비니", "모자", "bonnet",
		"mütze", "帽", "ニット帽", "ハット", "قبعة"}},
	{"cap", []string{"cappellino", "boné", "кепк", "şapka", "czapka z daszkiem", "topi", "캡", "casquette", "gorra", "sun cap", "sun hat", "sunhat", "bucket hat", "brimmed hat", "chapeau de soleil", "bob$", "sombrero", "cappello da sole", "chapéu",
		"zonnehoed", "zonnepet", "pet$", "sonnenhut", "sonnenkappe", "schirmmütze", "güneş şapkası", "kapelusz", "панам", "topi pantai",
		"챙 모자", "챙모자", "챙이 있는 모자", "벙거지", "썬캡", "선캡", "日よけ帽", "麦わら帽", "遮阳帽", "遮陽帽", "太阳帽", "太陽帽", "渔夫帽", "漁夫帽",
		"قبعة شمس", "قبعة للشمس",
		"kappe", "鸭舌帽", "キャップ"}},
	{"gloves", []string{"gloves", "mittens", "guanti", "luvas", "handschoen", "перчатк", "варежк", "eldiven", "rękawic", "sarung tangan", "장갑",
		"gants", "guantes", "handschuh", "手套", "手袋", "قفازات",
		// Mittens are gloves to a shopper looking for either.
		"wanten", "moufles", "manoplas", "fäustlinge", "muffole", "ミトン", "グローブ"}},
	{"socks", []string{"socks", "calzini", "calze", "meias", "meia$", "sokken", "носк", "çorap", "skarpet", "kaos kaki", "양말", "chaussettes", "calcetines",
		"socken", "袜", "襪", "靴下", "ソックス", "삭스", "جوارب"}},
	{"bottle", []string{"bottle", "borraccia", "garrafa", "fles", "бутылк", "фляг", "matara", "şişe", "butelk", "bidon", "botol", "물병",
		"보틀", "gourde", "botella", "flasche", "水壶", "水瓶", "水壺", "ボトル", "水筒", "زجاجة",
		// Vacuum flasks: "保溫瓶", "魔法瓶", "보온병".
		"保温瓶", "保溫瓶", "保温杯", "保溫杯", "魔法瓶", "보온병", "thermosfles",
		// A thermos by its name: "термос для чая", "un thermos".
		"thermos", "термос", "termos", "termo de", "thermoskanne", "thermosflasche", "ترمس",
		// Dutch and German compounds with the kind last, for what is in
		// it: "drinkfles", "waterfles", "Wasserflasche".
		"drinkfles", "waterfles", "wasserflasche", "trinkflasche"}},
	{"headlamp", []string{"headlamp", "lampada frontale", "frontale", "lanterna de cabeça", "hoofdlamp", "налобный фонар", "налобного фонар", "налобник", "фонар", "kafa lambası", "czołówk",
		"senter kepala", "헤드랜턴", "헤드램프", "lampe frontale", "linterna frontal", "stirnlampe", "头灯", "頭燈", "ヘッドライト",
		"ヘッドランプ", "مصباح رأس"}},
	{"sunglasses", []string{"sunglasses", "occhiali da sole", "óculos de sol", "zonnebril", "солнцезащитные очки", "güneş gözlüğü",
		"okulary przeciwsłoneczne", "kacamata hitam", "선글라스", "lunettes de soleil", "gafas de sol", "sonnenbrille",
		"太阳镜", "墨镜", "太陽眼鏡", "サングラス", "نظارة شمسية", "نظارات شمسية", "نظارات الشمس"}},
	// "Rede" alone is the Brazilian hammock ("a rede Drift"), "hamok" the
	// Indonesian loan spelt as said.
	{"hammock", []string{"hammock", "amaca", "rede de descanso", "rede de dormir", "rede$", "redes$", "hangmat", "гамак", "hamak", "hamok",
		"tempat tidur gantung", "해먹",
		"hamac", "hamaca", "hängematte", "吊床", "ハンモック", "أرجوحة", "ارجوحة", "هاموك"}},
	{"pillow", []string{"pillow", "cuscino", "travesseiro", "almofada", "kussen", "подушк", "yastık", "poduszk", "bantal", "베개",
		"oreiller", "almohada", "kopfkissen", "kissen", "枕", "まくら", "وسادة", "مخدة"}},
	{"camp chair", []string{"camp chair", "camping chair", "folding chair", "chair", "sedia", "cadeira", "cadeirinha", "sillita", "klapstoel",
		"campingstoel", "klappstuhl", "campingstuhl", "krzesełk", "stoel", "стул", "кресл", "sandalye", "krzesł", "kursi lipat", "kursi",
		"의자", "chaise", "silla", "stuhl", "椅", "チェア", "椅子", "كرسي"}},
	{"water filter", []string{"water filter", "water purifier", "filtro per l'acqua", "filtro acqua", "filtro de água", "filtro de agua", "waterfilter",
		"фильтр для воды", "водяной фильтр", "su filtresi", "filtr do wody", "filter air", "정수기", "필터", "filtre à eau", "wasserfilter",
		"净水器", "滤水器", "濾水器", "淨水器", "浄水器", "フィルター", "فلتر ماء", "فلتر مياه", "مرشح ماء", "مرشح مياه"}},
	{"lantern", []string{"lantern", "lanterna", "lampion", "фонар", "fener", "latarni", "lentera", "랜턴", "lanterne", "lampe solaire", "linterna", "farol",
		"laterne", "campinglampe", "lampe", "lamp$", "lamba", "lampje", "lampjes", "lantaarn", "lampião", "lampiões", "tentlamp", "zonnelamp", "luce$", "luci$", "lucina", "lumière", "luz$", "zeltlicht", "tent light", "camp light", "ışık$",
		"światło", "светильник", "조명", "lámpara", "lampara", "lampe de camping", "camping lamp", "lâmpada", "lampu", "ランプ", "램프", "灯笼", "营地灯", "露营灯", "露營燈", "ランタン", "فانوس", "مصباح"}},
	{"sleeping pad", []string{"sleeping pad", "sleeping mat", "materassino", "colchonete", "isolante térmico", "slaapmat", "matje",
		"коврик", "karimat", "matras", "매트", "matelas", "tapis de sol", "esterilla", "colchoneta", "isomatte", "schlafmatte",
		"防潮垫", "睡垫", "睡墊", "マット", "حصيرة", "مرتبة"}},
	{"boxer briefs", []string{"boxer", "underwear", "unterhose", "unterwäsche", "calzoncillo", "caleçon", "mutande", "cueca", "onderbroek",
		"ondergoed", "iç çamaşır", "bokserk", "bielizn", "celana dalam", "трусы", "боксеры", "下着", "ボクサーパンツ", "内裤", "內褲",
		"속옷", "드로즈", "ملابس داخلية"}},
	// Cutlery: the shop's spork answers "spoon" and "fork".
	{"spork", []string{"spork", "spoon", "fork$", "lepel", "vork", "cuchara", "tenedor", "cuillère", "cuillere", "fourchette", "löffel",
		"gabel", "cucchiaio", "forchetta", "colher", "garfo", "kaşık", "çatal", "łyżk", "widel", "sendok", "garpu", "ложк", "вилк",
		"スプーン", "フォーク", "勺子", "叉子", "숟가락", "포크", "ملعقة", "شوكة"}},
	{"furoshiki", []string{"furoshiki", "風呂敷", "ふろしき", "包袱布", "风吕敷", "風呂敷巾", "보자기", "فوروشيكي"}},
	{"cook pot", []string{"cook pot", "cooking pot", "cook set", "cookware", "gamella", "panela", "kookpan", "kookpot", "kookset", "pannenset", "котел", "котелок", "tencere",
		"garnek", "menażk", "panci", "코펠", "냄비", "casserole", "popote", "olla", "kochtopf", "topf", "töpfe", "pentol", "锅", "鍋", "クッカー", "أواني طبخ"}},
	{"trekking poles", []string{"trekking pole", "bastoncini", "bastões de caminhada", "wandelstokken", "трекинговые палки", "palki", "trekking baton",
		"kijki", "kijek", "kijków", "kijkami", "tongkat", "등산 스틱", "등산스틱", "트레킹 스틱", "트레킹스틱", "트레킹 폴", "등산 폴", "카본 폴", "카본폴", "bâtons de randonnée", "bastones de senderismo", "wanderstöcke", "登山杖", "トレッキングポール"}},
	{"stove", []string{"stove", "fornello", "fogareiro", "brander", "горелк", "ocak", "kuchenk", "kompor", "버너", "réchaud", "hornillo",
		"kocher", "炉", "爐", "ストーブ", "バーナー", "موقد"}},
	// Any bag, last: the kinds above are bags too ("sac à dos", "bolsa
	// estanca", "sırt çantası"). Whole words where a longer word is
	// another thing ("tassel", "bagel", "sacco").
	{"bag", []string{"bag$", "bags$", "tas$", "tassen$", "tasje", "tasjes", "handtas", "tasche$", "taschen$", "täschchen",
		"borsa$", "borse$", "borsetta", "borsello", "borsellino", "bolsa$", "bolsas$", "bolso$", "bolsos$", "bolsito", "bolsita",
		"bolsinha", "sac$", "sacs$", "pochette", "çanta", "torba$", "torbę$", "torby$", "torebk", "сумк", "сумочк",
		"バッグ", "かばん", "カバン", "鞄", "ポーチ", "가방", "包包", "随身包", "隨身包", "手提包", "挎包", "حقيبة"}},
}

// descriptions are kinds the shopper describes by what they do instead of
// naming them ("something to hang between two trees" is a hammock,
// "keeps snow out of my boots" gaiters). They count only when the message
// names no kind: "socks that keep snow out of my boots" asks for socks.
var descriptions = []entry{
	{"hammock", []string{"between two trees", "between trees", "entre dos árboles", "entre dos arboles", "entre árboles", "entre los árboles",
		"entre deux arbres", "entre les arbres", "zwischen zwei bäumen", "zwischen bäumen", "zwischen zwei bäume", "tra due alberi", "fra due alberi",
		"tra gli alberi", "entre duas árvores", "entre duas arvores", "entre árvores", "tussen twee bomen", "tussen de bomen", "tussen bomen",
		"iki ağaç arasına", "iki ağaç arasında", "ağaçların arasına", "ağaçlar arasına", "między dwoma drzewami", "między drzewami",
		"между двумя деревьями", "между деревьями", "di antara dua pohon", "antara dua pohon", "di antara pohon",
		"两棵树之间", "兩棵樹之間", "两棵树中间", "兩棵樹中間", "木と木の間", "木の間に", "나무 사이", "두 나무 사이", "بين شجرتين", "بين الأشجار"}},
	{"gaiters", []string{"snow out of my boots", "snow out of my shoes", "snow in my boots", "snow getting in", "mud out of my boots",
		"neve e barro", "neve e lama", "neve nas botas", "neve dentro", "entrar neve", "nieve y barro", "nieve en las botas", "que no entre nieve",
		"neige et boue", "neige dans les chaussures", "neige dans mes chaussures", "schnee und matsch", "schnee in die schuhe", "schnee in den schuhen",
		"neve e fango", "neve nelle scarpe", "neve negli scarponi", "sneeuw en modder", "sneeuw in mijn schoenen", "sneeuw in de schoenen",
		"kar ve çamur", "kar girmesin", "botlara kar", "śnieg i błoto", "śnieg do butów", "снег и грязь", "снег в ботинки", "salju dan lumpur",
		"雪や泥", "靴に雪", "雪が入ら", "雪和泥", "雪進鞋", "雪进鞋", "防雪", "눈이랑 진흙", "눈과 진흙", "신발에 눈", "눈이 들어", "الثلج والطين",
		// Keeping snow out, said as a clause.
		"keep snow out", "keeps snow out", "keep the snow out", "que no entre la nieve", "que no me entre nieve", "empêcher la neige",
		"pas de neige dans", "damit kein schnee", "kein schnee in", "non far entrare la neve", "senza che entri la neve", "não entre neve",
		"geen sneeuw in", "zodat er geen sneeuw", "kar girmemesi", "żeby śnieg nie", "by śnieg nie", "чтобы снег не", "salju tidak masuk",
		"salju masuk", "不让雪进", "不讓雪進", "雪が入らない", "눈 안 들어", "눈이 안 들어", "눈 들어가지", "لا يدخل الثلج"}},
	// Making stream or tap water safe to drink.
	{"water filter", []string{"drinkable", "safe to drink", "purify water", "stream water", "river water", "agua potable", "potabilizar",
		"agua del río", "agua de río", "eau potable", "potabiliser", "eau de rivière", "eau du ruisseau", "eau de source", "trinkbar",
		"bachwasser", "flusswasser", "wasser aufbereiten", "acqua potabile", "potabilizzare", "acqua del torrente", "acqua di fiume",
		"água potável", "potável", "água do rio", "água de rio", "drinkbaar", "beekwater", "rivierwater", "içilir", "içilebilir",
		"dere suyu", "nehir suyu", "zdatn", "wody z potoku", "wody z rzeki", "питьев", "воду из ручья", "воду из реки", "layak minum",
		"air sungai", "air sumber", "飲める", "沢の水", "川の水", "可饮用", "可飲用", "溪水", "河水", "마실 수 있", "계곡물", "صالحة للشرب",
		"صالح للشرب", "مياه النهر",
		// "rendere potabile", "water purifying".
		"potab", "purif"}},
	// Taking water along (on the bike, on a walk): a bottle.
	{"bottle", []string{"carry water", "take water with", "bring water", "water mee te nemen", "water meenemen", "water mee nemen",
		"wasser mitnehmen", "wasser mitzunehmen", "emporter de l'eau", "transporter de l'eau", "llevar agua", "portare l'acqua",
		"portare acqua", "levar água", "su taşı", "zabrać wodę", "брать воду", "взять воду", "membawa air", "bawa air"}},
	// Sorting clothes in a suitcase: packing cubes.
	{"packing cube", []string{"ranger ses fringues", "ranger mes fringues", "ranger ses vêtements", "ranger mes vêtements", "organiser ma valise",
		"organiser sa valise", "organise my suitcase", "organize my suitcase", "organise clothes", "organize clothes", "keep my clothes organi",
		"ordenar la maleta", "organizar la maleta", "organizar la ropa", "koffer organisieren", "ordnung im koffer", "kleidung im koffer",
		"organizzare la valigia", "ordinare la valigia", "organizar a mala", "arrumar a mala", "koffer ordenen", "koffer organiseren",
		"bavulu düzenle", "bavulumu düzenle", "uporządkować walizkę", "porządek w walizce", "порядок в чемодане", "вещи в чемодане",
		"merapikan koper", "merapikan baju", "スーツケースの整理", "荷物の整理", "整理行李", "캐리어 정리", "짐 정리", "تنظيم الحقيبة",
		"ترتيب الملابس"}},
	// Warm feet in the evening, in a hut or a tent: down booties.
	{"slippers", []string{"warmes für die füße", "warm für die füße", "warme füße", "warm feet", "feet warm", "pies calientes",
		"pies calentitos", "pieds au chaud", "piedi caldi", "pés quentes", "pés aquecidos", "warme voeten", "voeten warm",
		"ayaklarım sıcak", "ayakları sıcak", "ciepłe stopy", "stopy w cieple", "ноги в тепле", "согреть ноги", "kaki hangat",
		"足を温", "足元を温", "脚暖", "暖脚", "발 따뜻", "발을 따뜻", "تدفئة القدمين"}},
	// Cold feet indoors: down booties ("pés gelados no chalé").
	{"slippers", []string{"cold feet", "feet get cold", "feet are cold", "freezing feet", "feet freeze", "pieds froids", "pieds gelés",
		"pies fríos", "pies helados", "kalte füße", "piedi freddi", "piedi gelati", "pés gelados", "pés frios", "koude voeten",
		"ayaklarım üşü", "ayakları üşü", "zimne stopy", "marzną stopy", "marzną mi stopy", "мёрзнут ноги", "мерзнут ноги",
		"холодные ноги", "kaki dingin", "足が冷え", "足が冷たい", "脚冷", "脚很冷", "腳冷", "腳很冷", "발이 차", "발이 시려",
		"أقدام باردة", "قدماي باردة"}},
	// Knees that hurt going down: trekking poles take the load. Said
	// with the pain: "hasta las rodillas" is a length.
	{"trekking poles", []string{"knees hurt", "knee pain", "sore knees", "bad knees", "knees ache", "dizleri ağrı", "dizlerim ağrı",
		"dizim ağrı", "diz ağrısı", "mal aux genoux", "douleurs aux genoux", "dolor de rodillas", "duelen las rodillas", "knieschmerz",
		"knie tut weh", "knie tun weh", "dolore alle ginocchia", "male alle ginocchia", "dor nos joelhos", "dor no joelho",
		"pijn aan mijn knieën", "pijn in mijn knieën", "knieën doen pijn", "bolą kolana", "bolą mnie kolana", "ból kolan",
		"болят колени", "боль в коленях", "lutut sakit", "sakit lutut", "膝が痛", "膝の痛", "膝盖疼", "膝盖痛", "膝蓋痛", "膝蓋疼",
		"무릎이 아", "무릎 통증", "ألم الركبة", "ألم في الركبة", "ركبتي تؤلم"}},
	// Something to sit on at a festival or by the fire: the camp chair.
	{"camp chair", []string{"something to sit on", "to sit on", "om op te zitten", "iets om op te zitten", "para sentarme", "para sentarse",
		"para sentarnos", "pour m'asseoir", "pour s'asseoir", "pour nous asseoir", "zum sitzen", "zum draufsetzen", "um darauf zu sitzen",
		"per sedermi", "per sedersi", "per sederci", "para sentar", "para me sentar", "oturmak için", "oturacak bir", "do siedzenia",
		"na czym usiąść", "на чём сидеть", "на чем сидеть", "чтобы сидеть", "untuk duduk", "座るもの", "座れるもの", "腰掛け", "坐的", "可以坐",
		"앉을 ", "앉을것", "للجلوس", "أجلس عليه"}},
	// Neck and face kept warm or covered: the neck gaiter.
	{"neck gaiter", []string{"neck and face", "face and neck", "neck warm", "cou et visage", "visage et cou", "cou au chaud", "cuello y cara",
		"cara y cuello", "cuello caliente", "hals und gesicht", "gesicht und hals", "hals warm", "collo e viso", "viso e collo", "collo caldo",
		"pescoço e rosto", "rosto e pescoço", "pescoço quente", "nek en gezicht", "gezicht en nek", "nek warm", "boyun ve yüz", "yüz ve boyun",
		"boynumu sıcak", "szyję i twarz", "szyi i twarzy", "twarz i szyję", "ciepło w szyję", "шею и лицо", "лицо и шею", "шея и лицо",
		"leher dan wajah", "wajah dan leher", "le cou et le visage", "le visage et le cou", "el cuello y la cara", "la cara y el cuello",
		"il collo e il viso", "il viso e il collo", "o pescoço e o rosto", "o rosto e o pescoço", "hals und das gesicht", "hals en gezicht",
		"首と顔", "顔と首", "首元を温", "脖子和脸", "脖子和臉", "脸和脖子", "臉和脖子", "목과 얼굴",
		"얼굴과 목", "목을 따뜻", "الرقبة والوجه", "الوجه والرقبة"}},
	// Something warm for the head: a beanie.
	{"beanie", []string{"for my head", "for the head", "on my head", "voor op mijn hoofd", "voor op m'n hoofd", "voor mijn hoofd", "pour la tête",
		"pour ma tête", "para la cabeza", "para mi cabeza", "für den kopf", "für meinen kopf", "per la testa", "per la mia testa", "para a cabeça",
		"para minha cabeça", "kafam için", "başım için", "na głowę", "на голову", "для головы", "untuk kepala", "頭に", "頭用", "头上", "頭上",
		"戴在头", "戴在頭", "머리에", "للرأس"}},
	// A bag thieves cannot open: the sling bag worn in front.
	{"sling bag", []string{"anti-theft", "anti theft", "antitheft", "antiborseggio", "antifurto", "antirrobo", "antivol", "diebstahlsicher",
		"diebstahlschutz", "anti-roubo", "antifurto", "antidiefstal", "anti-diefstal", "hırsızlığa karşı", "antykradzież", "противоугон",
		"anti maling", "anti-maling", "anti copet", "盗難防止", "防盗", "防盜", "도난 방지", "소매치기", "ضد السرقة", "مضادة للسرقة"}},
	// Something for the legs: trousers (a waterproof pair when so asked).
	{"pants", []string{"for my legs", "for the legs", "para las piernas", "para mis piernas", "pour les jambes", "pour mes jambes",
		"für die beine", "für meine beine", "per le gambe", "per le mie gambe", "para as pernas", "para minhas pernas", "voor mijn benen",
		"voor de benen", "bacaklar için", "bacaklarım için", "na nogi", "для ног", "untuk kakiku", "다리에", "للساقين", "للرجلين"}},
}

// kinds are entries then descriptions, the one list the stem index numbers.
var kinds = append(slices.Clip(entries), descriptions...)

// stem is one stem of kinds, numbered in kinds' order so that results
// come out specific first, as before the index.
type stem struct {
	text   string
	entry  int  // index into kinds
	spaced bool // spaced(text), computed once
	// whole is a stem written with a trailing "$" in entries: it must end
	// a word too ("polar$" is not "polarizado").
	whole bool
}

// turkishSoft are the final consonants Turkish voices before a suffix
// that starts with a vowel: "çorap" is "çorabı" (its socks), "kaşık"
// "kaşığı", "kazak" "kazağı".
var turkishSoft = map[rune]rune{'p': 'b', 'ç': 'c', 't': 'd', 'k': 'ğ'}

// softened returns the stem as a Turkish suffix voices its last consonant,
// for a stem that can take a suffix (not whole-word) and is Turkish: it
// has a letter only Turkish writes, or ends in "k", which becomes "ğ", a
// letter no other language has. Other stems ("tent") get none: "tend"
// would start unrelated words.
func softened(text string, whole bool) []string {
	last, size := utf8.DecodeLastRuneInString(text)
	soft, ok := turkishSoft[last]
	if whole || !ok || last != 'k' && !strings.ContainsAny(text, "çşğıöü") {
		return nil
	}
	return []string{text[:len(text)-size] + string(soft)}
}

// described reports whether a stem describes its kind rather than names it.
func (s stem) described() bool { return s.entry >= len(entries) }

// stems are all stems of kinds in order; byFirst indexes them by their
// first rune. Terms and Stems run many times per chat turn; testing each of
// the ~1,100 stems with strings.Index cost ~35 µs a call, looking up only
// the stems that start with a rune of the message a few.
var stems, byFirst = func() ([]stem, map[rune][]int) {
	var all []stem
	first := make(map[rune][]int)
	for i, e := range kinds {
		for _, s := range e.stems {
			text, whole := strings.CutSuffix(s, "$")
			if text == "" {
				continue
			}
			for _, t := range append([]string{text}, softened(text, whole)...) {
				r, _ := utf8.DecodeRuneInString(t)
				first[r] = append(first[r], len(all))
				all = append(all, stem{text: t, entry: i, spaced: spaced(t), whole: whole})
			}
		}
	}
	return all, first
}()

// Terms returns the English terms for the product kinds the message asks
// about, specific first. A kind named only as where or with what the wanted
// thing is used ("a lamp for in the tent", "une polaire sous ma veste") is
// left out when another kind is wanted, and is the answer when it is the
// only kind named ("what fits in the tent?").
func Terms(text string) []string {
	var wanted, context []string
	for _, m := range found(text) {
		en := kinds[stems[m.stem].entry].en
		switch {
		case !m.context && !slices.Contains(wanted, en):
			wanted = append(wanted, en)
		case m.context && !slices.Contains(context, en):
			context = append(context, en)
		}
	}
	if len(wanted) == 0 {
		return context
	}
	return wanted
}

// Mark returns the title or tag word that marks products of term's kind
// when the kind is narrower than a catalog's product type ("down jacket" →
// "down"), or "".
func Mark(term string) string { return marks[term] }

// Stems returns the glossary stems found in text ("sac à dos",
// "sleeping bag"): the words of the message that name a category.
func Stems(text string) []string {
	var out []string
	for _, m := range found(text) {
		out = append(out, stems[m.stem].text)
	}
	return out
}

// match is one stem found in a message.
type match struct {
	stem int // index into stems
	// context: the kind is named as the place or companion of the thing
	// wanted ("in de tent", "sous ma veste", "テント泊用"), not as it.
	context bool
	// from and to are the byte span of the stem in the lower-cased text.
	from, to int
}

// broadKind is the kind every bag is: it counts only where no narrower
// kind's words ("sac à dos", "sleeping bag") hold it.
const broadKind = "bag"

// found returns the stems text contains, in stem order: a stem starts a
// word of text, or appears anywhere for stems in scripts written without
// spaces; a whole-word stem also ends one. Descriptions count only when no
// kind is named.
func found(text string) []match {
	low := strings.ToLower(text)
	var out []match
	seen := map[int]bool{}
	for at, r := range low {
		for _, i := range byFirst[r] {
			s := stems[i]
			if seen[i] || !strings.HasPrefix(low[at:], s.text) {
				continue
			}
			startsWord := at == 0 || !isLetter(lastRune(low[:at]))
			if s.whole {
				after, _ := utf8.DecodeRuneInString(low[at+len(s.text):])
				if !startsWord || at+len(s.text) != len(low) && isLetter(after) {
					continue
				}
			} else if s.spaced && !startsWord && !arabicClitic(low[:at], s.text) && !compoundHead(low[:at]) {
				continue
			}
			seen[i] = true
			out = append(out, match{stem: i, context: isContext(low[:at], low[at+len(s.text):]), from: at, to: at + len(s.text)})
		}
	}
	slices.SortFunc(out, func(a, b match) int { return a.stem - b.stem })
	sameMention(out)
	out = slices.DeleteFunc(out, func(m match) bool { return kinds[stems[m.stem].entry].en == broadKind && within(m, out) })
	out = slices.DeleteFunc(out, func(m match) bool { return insideLonger(m, out) })
	out = slices.DeleteFunc(out, func(m match) bool { return describesNeighbour(m, out, low) })
	// A kind named only as where the wanted thing goes ("위에 차서" over the
	// boots) leaves a description its say, and so does the broad bag: "un
	// borsello antiborseggio" describes which bag.
	named := func(m match) bool { return !stems[m.stem].described() && !m.context }
	if slices.ContainsFunc(out, func(m match) bool { return named(m) && kinds[stems[m.stem].entry].en != broadKind }) {
		out = slices.DeleteFunc(out, func(m match) bool { return stems[m.stem].described() })
	} else if slices.ContainsFunc(out, func(m match) bool { return stems[m.stem].described() }) {
		out = slices.DeleteFunc(out, func(m match) bool { return kinds[stems[m.stem].entry].en == broadKind })
	}
	return out
}

// sameMention gives a stem that starts inside another stem of its own kind
// that one's context: they name the kind once ("hiking boot" and "boots"
// of "hiking boots"). "Socks to wear with my hiking boots" names the boots
// as what the socks go with; "boots" alone, after "hiking", read as a
// second, wanted mention of the boots.
func sameMention(all []match) {
	for i, m := range all {
		all[i].context = m.context || slices.ContainsFunc(all, func(o match) bool {
			return o.context && stems[o.stem].entry == stems[m.stem].entry && o.from <= m.from && m.from < o.to
		})
	}
}

// adjectives are stems that are also adjectives: next to another kind's
// word they describe it ("un surpantalon imperméable", "pantaloni
// impermeabili", "непромокаемые штаны") and name no kind of their own.
var adjectives = []string{"imperméable", "impermeabile", "непромокаем"}

// describesNeighbour reports whether m is an adjective stem whose word
// stands right before or after another kind's word in low.
func describesNeighbour(m match, all []match, low string) bool {
	if !slices.Contains(adjectives, stems[m.stem].text) {
		return false
	}
	adjacent := func(a, b match) bool { // a's word, then only spaces, then b
		return a.to <= b.from && strings.TrimSpace(strings.TrimLeftFunc(low[a.to:b.from], isLetter)) == ""
	}
	return slices.ContainsFunc(all, func(o match) bool {
		return stems[o.stem].entry != stems[m.stem].entry && (adjacent(o, m) || adjacent(m, o))
	})
}

// insideLonger reports whether m starts within the longer words of another
// kind whose head it is not: "모자" of "챙 모자" and "short" of "se
// transforme en short" name no beanie or shorts, while "jacket" of "rain
// jacket" stays the head the catalog's type is found by.
func insideLonger(m match, all []match) bool {
	en := kinds[stems[m.stem].entry].en
	return slices.ContainsFunc(all, func(o match) bool {
		oen := kinds[stems[o.stem].entry].en
		return oen != en && o.from <= m.from && m.from < o.to && o.to-o.from > m.to-m.from && !strings.HasSuffix(oen, " "+en)
	})
}

// conjunctions join two kinds asked at once ("eine Stirnlampe und einen
// Kompass", "头灯和指南针"); written alone between the kinds' words.
// Alternatives joined by "or" ("een hoofdlamp of lantaarn", "头灯或露营灯")
// ask for either kind, so both are shown too.
var conjunctions = []string{"and", "und", "sowie", "et", "y", "e", "en", "i", "oraz", "ve", "ile", "и", "dan", "serta", "و", "plus",
	"和", "及", "以及", "跟", "と", "과", "와", "랑", "이랑", "하고", "및",
	"or", "oder", "ou", "o", "of", "lub", "albo", "veya", "yahut", "ya", "или", "либо", "atau", "أو", "或", "或者", "还是", "還是", "か", "や",
	"または", "나", "이나", "또는", "혹은"}

// Joined returns the kinds the message asks for together, joined by a
// conjunction ("a headlamp and a compass" → headlamp, compass), in the
// order named; none when it names one kind, or several without a
// conjunction between them ("a duffel that carries like a backpack").
func Joined(text string) []string {
	var wanted []match
	for _, m := range found(text) {
		if !m.context && !stems[m.stem].described() && kinds[stems[m.stem].entry].en != broadKind {
			wanted = append(wanted, m)
		}
	}
	slices.SortFunc(wanted, func(a, b match) int { return a.from - b.from })
	low := strings.ToLower(text)
	var out []string
	add := func(m match) {
		if en := kinds[stems[m.stem].entry].en; !slices.Contains(out, en) {
			out = append(out, en)
		}
	}
	for i := 1; i < len(wanted); i++ {
		a, b := wanted[i-1], wanted[i]
		if kinds[stems[a.stem].entry].en == kinds[stems[b.stem].entry].en || b.from < a.to || !joins(low[a.to:b.from]) {
			continue
		}
		add(a)
		add(b)
	}
	return out
}

// joins reports whether the words between two kinds hold a conjunction:
// a whole word, or, in scripts without spaces, the gap's first or last
// particle ("头灯和指南针", "헤드램프랑 나침반", Arabic "و" on the next word).
func joins(gap string) bool {
	words := strings.FieldsFunc(gap, func(r rune) bool { return !isLetter(r) })
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		if slices.Contains(conjunctions, w) {
			return true
		}
		for _, c := range conjunctions {
			if !spaced(c) && (strings.HasPrefix(w, c) || strings.HasSuffix(w, c)) {
				return true
			}
		}
		if strings.HasSuffix(w, "و") {
			return true
		}
	}
	return false
}

// within reports whether m overlaps the words of another kind found
// ("bags" of "sleeping bags").
func within(m match, all []match) bool {
	return slices.ContainsFunc(all, func(o match) bool {
		return stems[o.stem].entry != stems[m.stem].entry && o.from < m.to && m.from < o.to
	})
}

// groupModifiers are the words Dutch and German put in front of a kind
// for whom it is made ("kinderregenjas", "Damenwanderschuhe"): the kind is
// the head of the compound.
var groupModifiers = []string{"kinder", "kids", "baby", "damen", "herren", "dames", "heren", "jungen", "mädchen", "jongens", "meisjes"}

// fabricModifiers are the words Dutch and German put in front of a kind
// for what it is made of or where it is used ("Daunenschlafsack",
// "donsslaapzak", "Winterstiefel"): the kind is the head of the compound.
// None is a kind itself: a "Fleecejacke" is a fleece, not a jacket.
var fabricModifiers = []string{"daunen", "dons", "woll", "wol", "merino", "kunstfaser", "synthetik", "titan", "leder",
	"winter", "sommer", "zomer", "trekking", "wander", "wandel", "berg", "reise", "reis", "outdoor", "ultraleicht", "leicht", "licht",
	// Rain, cloth and pattern: "Regenüberhose", "Flanellhemd", "Karohemd".
	"regen", "flanell", "leinen", "baumwoll", "karo", "ruitjes"}

// compoundHead reports whether a stem found inside a word follows, within
// that word, only a modifier of groupModifiers or fabricModifiers (before
// is the text up to the stem).
func compoundHead(before string) bool {
	start := strings.LastIndexFunc(before, func(r rune) bool { return !isLetter(r) })
	if start >= 0 {
		_, size := utf8.DecodeRuneInString(before[start:])
		start += size
	} else {
		start = 0
	}
	mod := before[start:]
	return slices.Contains(groupModifiers, mod) || slices.Contains(fabricModifiers, mod)
}

// arabicClitics are the particles and article Arabic writes on the front of
// a noun ("لجوارب" is "for socks", "بالجوارب" "with the socks").
var arabicClitics = []string{"ال", "لل", "ل", "ب", "و", "ك", "ف", "بال", "وال", "فال", "كال", "وب", "ول"}

// arabicClitic reports whether an Arabic stem follows, within its word,
// only clitics (before is the text up to the stem).
func arabicClitic(before, stem string) bool {
	first, _ := utf8.DecodeRuneInString(stem)
	if !unicode.Is(unicode.Arabic, first) {
		return false
	}
	start := 0
	if i := strings.LastIndexFunc(before, func(r rune) bool { return !isLetter(r) }); i >= 0 {
		_, size := utf8.DecodeRuneInString(before[i:])
		start = i + size
	}
	return slices.Contains(arabicClitics, before[start:])
}

// spaced is true for stems of languages that separate words with spaces.
func spaced(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return false
		}
	}
	return true
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// lastRune is the last rune of s, 0 when s is empty. It decodes from the
// end: s is the whole message before a match, called for every stem hit.
func lastRune(s string) rune {
	if s == "" {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
