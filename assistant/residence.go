package assistant

import (
	"slices"
	"strings"
	"unicode"

	"shopassist/knowledge"
	"shopassist/knowledge/geo"
)

// residenceMarkers are the words that say where the shopper lives or has
// the parcel sent, per language. A nationality or a country of origin
// named beside them ("ik ben Belg maar woon in Zürich", "I'm from Vienna
// but ship to Spain") is not the destination: the place the marker points
// to is. before markers precede the place (Romance, Germanic, Slavic,
// Arabic, Chinese, Indonesian); after markers follow it (Turkish, Korean,
// Japanese postpositions); from markers say where a return is sent from,
// the place named right after them ("devolução de Faro", "Rücksendung aus
// Lugano"), where the shopper is.
var residenceMarkers = map[string]struct{ before, after, from []string }{
	"en": {before: []string{"live in", "living in", "based in", "reside in", "i'm in", "i am in", "ship to", "shipping to", "deliver to", "delivery to", "send it to", "sent to", "moved to",
		// where the shopper studies abroad lives there too
		"studying in", "study in"},
		from: []string{"return from", "returning from", "returns from", "send back from", "sending back from"}},
	"de": {before: []string{"wohne in", "wohnen in", "lebe in", "leben in", "wohnhaft in", "sitze in", "liefern nach", "lieferung nach", "versand nach", "schicken nach", "senden nach", "gezogen nach", "studiere in"},
		from: []string{"rücksendung aus", "rücksendung von", "retoure aus", "retoure von", "zurückschicken aus", "zurücksenden aus"}},
	"fr": {before: []string{"habite à", "habite a", "habite en", "habite au", "vis à", "vis en", "vis au", "réside à", "réside en", "livrer à", "livrer a ", "livrer en", "livraison à", "livraison a ", "livraison en", "express à", "express a ", "envoi à", "envoi a ", "expédition à", "expédier à", "envoyer à", "envoyer en", "installé à", "installée à", "étudie à", "étudiant à", "étudiante à",
		// where a return is sent from ("je renvoie depuis Lille")
		"depuis "},
		from: []string{"retour de", "retour à partir de", "renvoi de", "renvoyer de", "retourner de"}},
	"es": {before: []string{"vivo en", "vivimos en", "resido en", "estoy en", "enviar a", "envío a", "envio a", "envíos a", "entrega en",
		// the delivery's destination ("plazo de entrega a Seúl", "¿cuánto tarda en llegar a Lima?")
		"entrega a ", "entregar a ", "mandar a ", "llegar a ", "llega a ", "mudé a", "estudio en", "estudiando en",
		// where a return is sent from ("devuelvo desde Sevilla")
		"desde "},
		from: []string{"devolución de", "devolución desde", "devolver de", "devuelvo de"}},
	"it": {before: []string{"abito a", "abito in", "vivo a", "vivo in", "risiedo a", "risiedo in", "spedire a", "spedire in", "spedizione a", "spedizione in", "consegna a", "consegna in", "trasferito a", "trasferita a", "studio a", "studio in",
		"mandate a", "mandate in", "mandare a", "mandare in", "mandarlo a", "mandarla a", "mandarli a", "mandi a",
		"spedisco a", "spedisco in", "spedite a", "spedite in", "arrivare a", "arrivare in"},
		from: []string{"reso da", "resi da", "restituire da", "restituzione da", "rispedire da", "rimandare da"}},
	"nl": {before: []string{"woon in", "wonen in", "woonachtig in", "leef in", "verzenden naar", "versturen naar", "sturen naar", "leveren in", "levering naar", "verhuisd naar", "studeer in",
		// where a return is sent from ("terugsturen vanuit Gent")
		"vanuit "},
		from: []string{"retour uit", "retourneren uit", "terugsturen uit", "retour van"}},
	"pt": {before: []string{"moro em", "moro no", "moro na", "moramos em", "moramos no", "moramos na", "morada é em", "morada fica em", "morada em", "vivo em", "vivo no", "vivo na", "resido em", "enviar para", "envio para", "entrega para", "frete para", "entrega em", "entrega no", "entrega na", "mudei para", "estudo em", "estudando em",
		// colloquial Brazilian "pro"/"pra" (para o/a), and a service named before the place
		"envio pro", "envio pra", "entrega pro", "entrega pra", "frete pro", "frete pra", "mandar pro", "mandar pra", "expressa para", "expresso para", "expressa pro", "expresso pro", "expressa pra", "expresso pra",
		// where it arrives ("quantos dias pra chegar em Seul?")
		"chegar em", "chegar a", "chegar no", "chegar na", "chega em", "chega no", "chega na"},
		from: []string{"devolução de", "devolução do", "devolução da", "devolução desde", "devolver de", "devolvo de", "devolução a partir de"}},
	"pl": {before: []string{"mieszkam w", "mieszkamy w", "mieszkam we", "wysyłka do", "wysłać do", "dostawa do", "przeprowadziłem się do", "przeprowadziłam się do", "studiuję w"},
		from: []string{"zwrot z", "odesłać z", "zwrotu z"}},
	"ru": {before: []string{"живу в", "живём в", "живем в", "проживаю в", "доставка в", "доставить в", "отправить в", "переехал в", "переехала в", "учусь в"},
		from: []string{"возврат из", "вернуть из", "возврата из"}},
	"ar":      {before: []string{"أعيش في", "اعيش في", "أسكن في", "اسكن في", "أقيم في", "الشحن إلى", "الشحن الى", "التوصيل إلى", "التوصيل الى", "إرسال إلى"}},
	"id":      {before: []string{"tinggal di", "berdomisili di", "kirim ke", "dikirim ke", "pengiriman ke", "pindah ke", "kuliah di"}},
	"zh-Hans": {before: []string{"住在", "生活在", "寄到", "寄往", "发到", "送到", "搬到"}},
	"zh-Hant": {before: []string{"住在", "生活在", "寄到", "寄往", "發到", "送到", "搬到"}},
	"tr":      {after: []string{"yaşıyorum", "yaşıyoruz", "oturuyorum", "oturuyoruz", "ikamet ediyorum", "gönderilecek", "gönderin", "gönderebilir", "taşınıyorum", "teslim alabilirim", "teslim alırım"}},
	"ko":      {after: []string{"에 살", "에서 살", "에 거주", "에서 거주", "로 배송", "으로 배송", "로 보내", "으로 보내", "로 이사", "으로 이사", "에서 유학", "에서 공부"}},
	"ja":      {after: []string{"に住", "在住", "に発送", "へ発送", "に送", "へ送", "に配送", "へ配送", "に引っ越", "へ引っ越", "に留学", "で留学"}},
}

// movingMarkers are the verbs of moving house, per language: the clause
// after them may name the old home before the new one ("ik verhuis van
// Utrecht naar Belgrado", "moving from Leeds to Oslo"), and the new one,
// named last, is where parcels will go.
var movingMarkers = map[string][]string{
	"en": {"moving", "move", "moved", "relocating"},
	"de": {"ziehe", "umziehen", "umzug", "gezogen", "zieh"},
	"fr": {"déménage", "déménager", "déménagé", "déménageons"},
	"es": {"me mudo", "mudarme", "me mudé", "mudamos", "nos mudamos"},
	"it": {"mi trasferisco", "trasferirmi", "trasferit", "trasloco"},
	"nl": {"verhuis", "verhuizen", "verhuisd", "verhuizing"},
	"pt": {"vou me mudar", "mudar", "mudando", "mudei", "mudança"},
	"pl": {"przeprowadzam się", "przeprowadzić się", "przeprowadziłem się", "przeprowadziłam się", "przeprowadzka"},
	"ru": {"переезжаю", "переехал", "переехала", "переезд"},
	"id": {"pindah"},
	"ar": {"أنتقل", "انتقلت", "سأنتقل"},
}

// movesHouse reports whether the message says the shopper is moving
// house.
func (t *turn) movesHouse() bool {
	low := strings.ToLower(t.text)
	return slices.ContainsFunc(movingMarkers[t.reply.Language], func(m string) bool { return indexWordStart(low, m) >= 0 })
}

// hereWords say the shopper lives "here": the storefront's country, not a
// nationality named beside it ("sou brasileira morando aqui").
var hereWords = []string{"i live here", "living here", "based here", "wohne hier", "lebe hier", "j'habite ici", "je vis ici", "vivo aquí", "vivo acá",
	"vivo aqui", "moro aqui", "morando aqui", "abito qui", "vivo qui", "woon hier", "mieszkam tutaj", "mieszkam tu ", "живу здесь", "tinggal di sini",
	"burada yaşıyorum", "burada oturuyorum", "أعيش هنا", "ここに住", "こちらに住", "住在这里", "住在這裡", "住在这儿", "여기 살", "여기서 살", "여기 거주"}

// residence is the country of the place the message says the shopper lives
// in or ships to, or "" when it says neither.
func (t *turn) residence() string {
	if t.resides == nil {
		code := t.findResidence()
		t.resides = &code
	}
	return *t.resides
}

func (t *turn) findResidence() string {
	ms := residenceMarkers[t.reply.Language]
	low := strings.ToLower(t.text)
	if c := strings.ToUpper(strings.TrimSpace(t.req.Country)); c != "" && slices.ContainsFunc(hereWords, func(w string) bool { return strings.Contains(low, w) }) {
		return c
	}
	text := t.text
	if len(low) != len(text) {
		// Lower-casing changed byte lengths: read the lower-cased
		// text, whose offsets the markers give.
		text = low
	}
	for _, m := range movingMarkers[t.reply.Language] {
		if i := indexWordStart(low, m); i >= 0 {
			if code := t.placeIn(clauseAfter(text[i+len(m):]), true); code != "" {
				return code
			}
		}
	}
	for _, m := range ms.before {
		if i := strings.Index(low, m); i >= 0 {
			if code := t.placeIn(clauseAfter(text[i+len(m):]), false); code != "" {
				return code
			}
		}
	}
	for _, m := range ms.after {
		if i := strings.Index(low, m); i > 0 {
			if code := t.placeIn(clauseBefore(text[:i]), true); code != "" {
				return code
			}
		}
	}
	for _, m := range ms.from {
		if i := indexWordStart(low, m); i >= 0 {
			if code := t.placeFirst(clauseAfter(text[i+len(m):])); code != "" {
				return code
			}
		}
	}
	return ""
}

// placeFirst is the country of a place of up to three words that starts
// the text, or "": after "devolução de" the place follows at once, while a
// place further on is of something else ("devolução de presentes de
// Natal" is of Christmas presents).
func (t *turn) placeFirst(seg string) string {
	words := strings.Fields(seg)
	for k := 1; k <= min(3, len(words)); k++ {
		code := t.placeIn(strings.Join(words[:k], " "), false)
		if code != "" && (k == 1 || t.placeIn(strings.Join(words[1:k], " "), false) == "") {
			return code
		}
	}
	return ""
}

// placeIn is the country a stretch of text names, a country before a
// city; last picks the place nearest the end (before a postposition).
func (t *turn) placeIn(seg string, last bool) string {
	if strings.TrimSpace(seg) == "" {
		return ""
	}
	pl := knowledge.Places()
	pick := func(ms []geo.Mention) string {
		code := ""
		for _, m := range ms {
			if m.Kind == geo.Country {
				code = m.Code
				if !last {
					break
				}
			}
		}
		return code
	}
	if code := pick(pl.Find(seg)); code != "" {
		return code
	}
	return pick(pl.LocateResidence(seg, t.placePrefer()...))
}

// clauseAfter is the text after a marker up to the end of its clause: the
// place follows the marker closely ("woon in Zürich, moet ik…").
func clauseAfter(s string) string {
	if i := strings.IndexFunc(s, clauseEnd); i >= 0 {
		s = s[:i]
	}
	return s
}

// clauseBefore is the text before a postposition back to the start of its
// clause, its last word ("Zürih'te" of "Belçikalıyım ama Zürih'te
// yaşıyorum"): a nationality may end the word before it (독일인인데
// 취리히에 살아요).
func clauseBefore(s string) string {
	if i := strings.LastIndexFunc(s, clauseEnd); i >= 0 {
		s = s[i+1:]
	}
	// Japanese writes no spaces: the place ends the clause after a
	// topic or contrast particle (ドイツ人ですがチューリッヒに住んで).
	for _, p := range []string{"が", "は", "けど", "で、"} {
		if i := strings.LastIndex(s, p); i >= 0 {
			s = s[i+len(p):]
		}
	}
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// clauseEnd reports punctuation that ends a clause.
func clauseEnd(r rune) bool {
	return r != '\'' && r != '’' && r != '-' && unicode.IsPunct(r) || strings.ContainsRune("，。、？！；", r)
}
