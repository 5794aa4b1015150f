package entities

import (
	"strings"
	"unicode"
)

// stopWords are function words and shopping verbs that never name a product,
// per language. Words shorter than three letters are dropped for alphabetic
// scripts anyway.
var stopWords = map[string]string{
	"en": "the a an and or for with without my me i im i'm you your we our us is are was be been it its this that these those to of in on at by from " +
		"do does did have has had can could would should will want wanna need needs looking look find show recommend recommendation suggest suggestion " +
		"something anything some any please pls plz thanks thank hi hello hey buy get order new good nice best cheap one ones pair what which who how " +
		"about like also really very just more most size color colour price under below over above between and less than max euros euro dollars dollar bucks",
	"es": "el la los las un una unos unas y o para con sin mi mis me yo tu tus su sus es son de del en a al por que qué quiero quisiera necesito busco buscando " +
		"muéstrame muestrame enséñame recomiéndame recomiendame recomiendas recomienda sugiéreme algo alguna alguno tienen tienes hay por favor porfa gracias hola " +
		"comprar nuevo nueva bueno buena mejor barato barata talla color precio menos más mas entre euros dólares pesos",
	"fr": "le la les un une des et ou pour avec sans mon ma mes me moi je tu vous votre vos est sont de du en à au aux par que qui quoi je veux voudrais cherche " +
		"montrez montre conseillez conseille conseiller recommandez quelque chose avez vous svp merci bonjour acheter nouveau nouvelle bon bonne meilleur pas cher " +
		"taille couleur prix moins plus entre euros",
	"de": "der die das den dem des ein eine einen einem einer und oder für mit ohne mein meine meinen mir ich du sie ihr ist sind von zu im in am an auf " +
		"möchte will brauche suche zeig zeigen zeigt empfehlen empfehlt empfiehl etwas habt haben gibt es bitte danke hallo kaufen neu neue gut gute beste günstig " +
		"größe farbe preis unter über zwischen euro",
	"it": "il lo la i gli le un uno una e o per con senza mio mia miei mie mi io tu voi è sono di del della in a al da che cosa voglio vorrei cerco cercando " +
		"mostrami fammi vedere consigli consigliami consigliate qualcosa avete c'è per favore grazie ciao comprare nuovo nuova buono migliore economico " +
		"taglia colore prezzo sotto meno più tra euro",
	"pt": "o a os as um uma e ou para com sem meu minha meus minhas me eu você vocês é são de do da dos das em no na ao por que quero queria preciso procuro " +
		"procurando mostra mostre me indica indique recomenda recomende algo alguma tem têm por favor obrigado obrigada olá oi comprar novo nova bom boa melhor barato " +
		"tamanho cor preço até menos mais entre reais euros",
	"nl": "de het een en of voor met zonder mijn me ik jij je u jullie is zijn van te in op aan bij wil wilt zou graag nodig zoek zoeken laat zien raad aan " +
		"iets hebben hebt heb er alsjeblieft aub bedankt hallo hoi kopen nieuw nieuwe goed goede beste goedkoop maat kleur prijs onder boven tussen euro",
	"tr": "bir ve veya için ile benim bana ben sen siz bu şu mi mı mu mü de da istiyorum lazım arıyorum göster önerir öner önerin misiniz var mı lütfen teşekkürler merhaba " +
		"almak yeni iyi en ucuz beden renk fiyat altı üstü arası tl",
	"pl": "i a lub dla z bez mój moja moje mi mnie ja ty wy jest są w na do od że chcę potrzebuję szukam pokaż poleć polecisz polecacie coś macie proszę dziękuję cześć " +
		"kupić nowy nowa dobry dobra najlepszy tani rozmiar kolor cena poniżej powyżej między zł",
	"id": "dan atau untuk dengan tanpa saya aku kamu anda ini itu di ke dari yang mau ingin butuh cari lagi tunjukkan tunjukin rekomendasi saran sarankan ada " +
		"tolong dong ya terima kasih halo hai beli baru bagus terbaik murah ukuran warna harga bawah atas antara ribu",
	"ru": "и или для с без мой моя мои мне меня я ты вы это эти в на до от что хочу нужен нужна нужно нужны ищу покажите покажи посоветуйте посоветуй " +
		"порекомендуйте что-нибудь есть у вас пожалуйста спасибо привет здравствуйте купить новый новая хороший лучший дешёвый дешевый размер цвет цена рублей руб",
	"ar": "ال و أو في على من إلى عن مع بدون لي أنا انا أريد اريد أبحث ابحث عن أرني اعرض انصحني هل عندكم لديكم يوجد من فضلك شكرا مرحبا شراء جديد جيد أفضل رخيص " +
		"مقاس لون سعر أقل أكثر بين دولار",
}

// cjkStop are fragments removed from Chinese, Japanese and Korean text before
// the remaining runs are taken as product words.
var cjkStop = []string{
	// Chinese
	"有没有", "有沒有", "给我看看", "給我看看", "给我看", "給我看", "推荐", "推薦", "我想要", "我想买", "我想買", "我想", "我要", "想要", "想买", "想買", "请问", "請問",
	"帮我找", "幫我找", "找一", "一双", "一雙", "一件", "一个", "一個", "可以", "能不能", "什么", "什麼", "以内", "以內", "以下", "以上", "左右", "之间", "之間",
	"的", "吗", "嗎", "呢", "吧", "我", "你", "您", "们", "們", "有", "和", "在", "给", "給", "买", "買", "看", "找", "要", "码", "碼", "号", "號", "元", "块", "颜色", "顏色",
	// Japanese
	"を探しています", "を見せて", "ありますか", "はありますか", "おすすめ", "ください", "ほしい", "欲しい", "探して", "見せて", "教えて", "以下", "以内", "円",
	"の", "を", "は", "が", "に", "で", "と", "も", "へ", "です", "ます", "か", "サイズ", "い",
	// Korean
	"추천해", "추천", "주세요", "찾아요", "찾고", "있어요", "있나요", "보여", "원하는", "이하", "이상", "사이즈",
}

// koParticles are Korean postpositions stripped from the end of a word.
var koParticles = []string{"으로", "에서", "은", "는", "이", "가", "을", "를", "에", "도", "로", "와", "과", "랑", "의"}

var stopSets = buildStopSets()

func buildStopSets() map[string]map[string]bool {
	out := make(map[string]map[string]bool, len(stopWords))
	for l, words := range stopWords {
		set := make(map[string]bool)
		for _, w := range strings.Fields(words) {
			set[w] = true
		}
		out[l] = set
	}
	return out
}

// productWords returns the content words left in the working text.
func (s *scan) productWords(lang string) []string {
	base, _, _ := strings.Cut(lang, "-")
	if base == "zh" || base == "ja" || base == "ko" {
		return s.cjkWords(base)
	}
	stop := stopSets[base]
	en := stopSets["en"]
	var out []string
	for _, tok := range s.tokens() {
		w := tok.word
		if len([]rune(w)) < 3 || stop[w] || en[w] || isNumber(w) {
			continue
		}
		out = appendUnique(out, w)
	}
	return out
}

func (s *scan) cjkWords(base string) []string {
	str := s.text()
	for _, st := range cjkStop {
		str = strings.ReplaceAll(str, st, " ")
	}
	var out []string
	for _, f := range strings.FieldsFunc(str, func(r rune) bool {
		return !unicode.IsLetter(r) || unicode.IsDigit(r)
	}) {
		if base == "ko" {
			for _, p := range koParticles {
				if t, ok := strings.CutSuffix(f, p); ok && len([]rune(t)) >= 2 {
					f = t
					break
				}
			}
		}
		// Single characters are particles or fragments, not product names.
		if len([]rune(f)) < 2 {
			continue
		}
		out = appendUnique(out, f)
	}
	return out
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func appendUnique(list []string, w string) []string {
	for _, have := range list {
		if have == w {
			return list
		}
	}
	return append(list, w)
}
