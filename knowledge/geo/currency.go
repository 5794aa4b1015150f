package geo

import (
	"sort"
	"strings"
	"sync"
)

// currencyNames are, per country, the names of a currency that is its own
// or whose main country it clearly is, as the supported languages write
// them: a shopper who pays in it says where they live ("ik reken af in
// Zwitserse franken", "Pago en dólares canadienses", "원화로 결제하는데").
// Currencies of several countries without a clear main one (euro, plain
// dollar, peso, dirham, riyal, CFA franc) are not here. Names of up to six
// capitals (ISO codes) match only in capitals.
var currencyNames = map[string][]string{
	"CH": {"CHF", "swiss franc", "swiss francs", "schweizer franken", "franken", "francs suisses", "franc suisse", "franchi svizzeri",
		"franco svizzero", "francos suizos", "franco suizo", "francos suíços", "franco suíço", "zwitserse franken", "zwitserse frank",
		"frankach szwajcarskich", "franki szwajcarskie", "frank szwajcarski", "frankami szwajcarskimi", "швейцарских франках",
		"швейцарские франки", "швейцарский франк", "швейцарских франков", "швейцарскими франками", "isviçre frangı", "isviçre frangıyla",
		"isviçre frangi", "franc swiss", "الفرنك السويسري", "فرنك سويسري", "スイスフラン", "瑞士法郎", "瑞郎", "스위스 프랑", "스위스프랑"},
	"GB": {"GBP", "sterling", "pound sterling", "pounds sterling", "british pound", "british pounds", "pounds", "pfund", "britische pfund",
		"britischen pfund", "pfund sterling", "livres sterling", "livre sterling", "libras esterlinas", "libra esterlina", "libras", "sterline",
		"sterlina", "britse ponden", "britse pond", "ponden", "funtach", "funty", "funtach brytyjskich", "funty brytyjskie", "funt szterling",
		"фунтах", "фунтами", "фунты", "фунтах стерлингов", "фунты стерлингов", "sterlin", "sterlinle", "poundsterling",
		"الجنيه الإسترليني", "جنيه إسترليني", "英国ポンド", "英ポンド", "英镑", "英鎊", "영국 파운드", "파운드화"},
	"CA": {"CAD", "canadian dollar", "canadian dollars", "kanadische dollar", "kanadischen dollar", "dollars canadiens", "dollar canadien",
		"dólares canadienses", "dólar canadiense", "dollari canadesi", "dollaro canadese", "dólares canadenses", "dólar canadense",
		"canadese dollars", "canadese dollar", "dolarach kanadyjskich", "dolary kanadyjskie", "канадских долларах", "канадские доллары",
		"канадскими долларами", "kanada doları", "kanada dolarıyla", "dolar kanada", "الدولار الكندي", "دولار كندي", "カナダドル",
		"加元", "加币", "加幣", "캐나다 달러", "캐나다달러"},
	"US": {"USD", "us dollar", "us dollars", "american dollars", "us-dollar", "dólares estadounidenses", "dólares americanos",
		"dollars américains", "dollari americani", "amerikaanse dollars", "amerikaanse dollar", "dolarach amerykańskich",
		"американских долларах", "американские доллары", "amerikan doları", "dolar amerika", "الدولار الأمريكي", "دولار أمريكي",
		"米ドル", "美元", "美金", "미국 달러"},
	"AU": {"AUD", "australian dollars", "australian dollar", "australische dollar", "australische dollars", "dollars australiens",
		"dólares australianos", "dollari australiani", "dolarach australijskich", "австралийских долларах", "avustralya doları",
		"dolar australia", "الدولار الأسترالي", "豪ドル", "澳元", "澳币", "澳幣", "호주 달러", "호주달러"},
	"NZ": {"NZD", "new zealand dollars", "neuseeland-dollar", "dollars néo-zélandais", "dólares neozelandeses", "ニュージーランドドル",
		"纽币", "新西兰元", "紐幣", "紐西蘭幣", "뉴질랜드 달러"},
	"JP": {"JPY", "yen", "yenes", "japanese yen", "japanische yen", "yens", "иенах", "иенами", "японских иенах", "japon yeni", "yen jepang",
		"الين الياباني", "日本円", "日元", "日圓", "日幣", "엔화"},
	"KR": {"KRW", "korean won", "südkoreanische won", "wons coréens", "won coreanos", "won korea", "kore wonu", "вонах", "원화", "韩元",
		"韓元", "韓国ウォン", "ウォン"},
	"CN": {"CNY", "RMB", "yuan", "renminbi", "yuanes", "юанях", "юанями", "人民币", "人民幣", "人民元", "위안화"},
	"HK": {"HKD", "hong kong dollars", "港币", "港幣", "港元", "香港ドル", "홍콩 달러"},
	"TW": {"TWD", "NTD", "taiwan dollars", "new taiwan dollars", "台幣", "新台幣", "台币", "新台币", "대만 달러"},
	"SE": {"SEK", "swedish kronor", "swedish krona", "svenska kronor", "schwedische kronen", "schwedischen kronen", "couronnes suédoises",
		"coronas suecas", "corone svedesi", "coroas suecas", "zweedse kronen", "koronach szwedzkich", "шведских кронах",
		"スウェーデンクローナ", "瑞典克朗", "스웨덴 크로나"},
	"NO": {"NOK", "norwegian kroner", "norwegian krone", "norwegische kronen", "norwegischen kronen", "couronnes norvégiennes",
		"coronas noruegas", "corone norvegesi", "coroas norueguesas", "noorse kronen", "koronach norweskich", "норвежских кронах",
		"ノルウェークローネ", "挪威克朗", "노르웨이 크로네"},
	"DK": {"DKK", "danish kroner", "danish krone", "dänische kronen", "dänischen kronen", "couronnes danoises", "coronas danesas",
		"corone danesi", "coroas dinamarquesas", "deense kronen", "koronach duńskich", "датских кронах", "デンマーククローネ",
		"丹麦克朗", "丹麥克朗", "덴마크 크로네"},
	"PL": {"PLN", "zloty", "zlotys", "złoty", "złotych", "złotówkach", "złotówki", "złotówkami", "злотых", "ズウォティ", "兹罗提", "즐로티"},
	"CZ": {"CZK", "czech koruna", "czech crowns", "tschechische kronen", "tschechischen kronen", "couronnes tchèques", "coronas checas",
		"czeskich koronach", "чешских кронах"},
	"HU": {"HUF", "forint", "forints", "forintach", "форинтах", "フォリント", "福林", "포린트"},
	"TR": {"TRY", "TL", "turkish lira", "türk lirası", "türk lirasıyla", "türkische lira", "livres turques", "liras turcas", "lire turche",
		"turkse lira", "tureckich lirach", "турецких лирах", "lira turki", "الليرة التركية", "トルコリラ", "土耳其里拉", "튀르키예 리라", "터키 리라"},
	"RU": {"RUB", "rubles", "roubles", "ruble", "rubel", "rubeln", "rubli", "rublach", "rublos", "рублях", "рублями", "рубли", "рублей",
		"روبل", "ルーブル", "卢布", "盧布", "루블"},
	"BR": {"BRL", "reais", "real brasileiro", "reais brasileiros", "brazilian reais", "brazilian real", "レアル", "雷亚尔", "헤알"},
	"MX": {"MXN", "mexican pesos", "pesos mexicanos", "peso mexicano", "pesos mexicains", "mexikanische pesos", "pesos messicani", "メキシコペソ", "墨西哥比索"},
	"IN": {"INR", "indian rupees", "rupees", "roupies", "rupias indias", "rupie indiane", "rúpias indianas", "indiase roepies", "рупиях",
		"インドルピー", "印度卢比", "印度盧比", "인도 루피"},
	"ID": {"IDR", "rupiah", "ルピア", "印尼盾", "루피아"},
	"SG": {"SGD", "singapore dollars", "dolar singapura", "シンガポールドル", "新加坡元", "新币", "新幣", "싱가포르 달러"},
	"AE": {"AED", "uae dirhams", "emirati dirhams", "الدرهم الإماراتي", "درهم إماراتي", "ディルハム", "迪拉姆", "디르함"},
	"SA": {"SAR", "saudi riyals", "الريال السعودي", "ريال سعودي", "サウジアラビアリヤル", "沙特里亚尔"},
	"IL": {"ILS", "NIS", "shekels", "shekel", "schekel", "шекелях", "شيكل", "シェケル", "谢克尔", "셰켈"},
	"TH": {"THB", "baht", "батах", "バーツ", "泰铢", "泰銖", "바트"},
	"MY": {"MYR", "ringgit", "令吉", "링깃"},
	"ZA": {"ZAR", "south african rand", "rand sudafricano", "рэндах"},
	"UA": {"UAH", "hryvnia", "hryvnias", "гривнях", "гривнах", "гривнами", "hrywnach"},
}

// plainCurrencies are currency names that are also other words (a weight,
// a verb, an adjective: "5 pounds", "I won", "preços reais"): they name the
// currency only after a preposition ("in pounds", "en libras", "em reais").
var plainCurrencies = map[string]bool{"pounds": true, "pfund": true, "libras": true, "ponden": true, "funtach": true, "funty": true,
	"фунтах": true, "фунтами": true, "фунты": true, "reais": true, "franken": true, "ruble": true, "rubel": true, "rand": true}

// currencyPrepositions are the words before a currency's name that say
// what one pays in ("in", "en", "em", "w", "в", "mit", "with", "con").
var currencyPrepositions = map[string]bool{"in": true, "en": true, "em": true, "w": true, "we": true, "в": true, "mit": true,
	"with": true, "con": true, "com": true, "avec": true, "met": true, "dengan": true, "pakai": true, "ile": true, "na": true, "по": true}

// currencies indexes currencyNames, CJK names longest first so that a
// name is not read inside a longer one.
var currencies = sync.OnceValue(func() *nameIndex {
	idx := newNameIndex()
	for code, names := range currencyNames {
		for _, s := range names {
			idx.addInfl(s, code, Country, inflExact)
		}
	}
	sort.SliceStable(idx.cjk, func(i, j int) bool {
		if len(idx.cjk[i].text) != len(idx.cjk[j].text) {
			return len(idx.cjk[i].text) > len(idx.cjk[j].text)
		}
		return idx.cjk[i].text < idx.cjk[j].text
	})
	return &idx
})

// PaysIn is the country whose currency the text names ("Ich zahle in
// Pfund" → GB, "Je paie en francs suisses" → CH, "원화로" → KR), or "".
// Whether the message is about paying in it is the caller's to judge.
func (m *Matcher) PaysIn(text string) string {
	idx := currencies()
	if cjkScript(text) {
		for _, n := range idx.cjk {
			if strings.Contains(text, n.text) {
				return n.code
			}
		}
	}
	ts := scan(text)
	for i := range ts {
		best, n := idx.matchAt(ts, i)
		if n == 0 {
			continue
		}
		if n == 1 && plainCurrencies[best.words[0]] && (i == 0 || !currencyPrepositions[ts[i-1].norm]) {
			continue
		}
		return best.code
	}
	return ""
}
