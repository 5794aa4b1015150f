package intent

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// personPhrases are unambiguous ways of asking for a human, per language.
// The classifier weighs a whole message, so "order 1031 hasn't arrived, I
// want to talk to a person" can come out as order_status; the taxonomy says
// an explicit ask for a person always wins, so these phrases override it.
// Matched on the lower-cased NFKC text; kept to phrases that do not occur in
// other requests ("agent" alone would catch "shipping agent").
var personPhrases = []string{
	// en
	"talk to a human", "speak to a human", "talk to a person", "speak to a person", "human agent", "live agent", "talk to an agent", "speak to an agent", "customer service agent", "talk to someone",
	"speak to someone", "a representative", "to a real person", "with a real person", "human please", "operator please",
	// de
	"mit einem menschen", "echten menschen", "mit einem mitarbeiter", "mit einer person", "echte person", "mitarbeiter sprechen",
	// fr
	"parler à un humain", "parler a un humain", "parler à quelqu'un", "parler a quelqu'un", "un conseiller", "un agent humain",
	// es
	"hablar con un humano", "hablar con una persona", "hablar con alguien", "un agente", "un asesor",
	// it
	"parlare con un operatore", "parlare con una persona", "parlare con qualcuno", "un operatore umano",
	// pt
	"falar com um atendente", "falar com uma pessoa", "falar com alguém", "falar com um humano", "atendente humano",
	// nl
	"met een medewerker", "met een mens", "met iemand praten", "met iemand spreken", "medewerker spreken", "medewerker te spreken",
	// tr
	"müşteri temsilcisi", "canlı destek", "bir yetkiliyle", "temsilciyle görüş", "temsilci ile",
	// pl
	"z konsultantem", "z człowiekiem", "z żywym człowiekiem", "z prawdziwą osobą", "z pracownikiem",
	// id
	"bicara dengan cs", "dengan manusia", "dengan orang asli", "dengan petugas", "sama cs", "dengan admin",
	// ar
	"موظف خدمة", "التحدث مع موظف", "أكلم موظف", "التحدث مع شخص",
	// ru
	"с оператором", "живым человеком", "с человеком", "с менеджером", "позовите оператора",
	// ja
	"担当者と", "担当者に", "オペレーター", "人と話", "人間と話", "スタッフと話",
	// ko
	"상담원", "상담사", "사람이랑", "사람과 이야기", "직원 연결", "직원이랑",
	// zh
	"人工客服", "转人工", "轉人工", "真人客服", "找人工", "人工服务", "人工服務",
	// Second list (issue #12): the same asks in other common wordings —
	// "put me through", the polite and the colloquial forms.
	"put me through to",
	"transfer me to a", "connect me to a", "connect me with a", "talk to a manager", "speak to a manager", "talk with someone",
	"speak with someone", "speak to customer service", "talk to customer service", "speak with a human", "talk with a human",
	"echten person", "einem menschen reden", "einem menschen sprechen", "mit jemandem sprechen",
	"mit jemandem reden", "verbinden sie mich", "verbindet mich", "mit dem kundenservice sprechen",
	"passez-moi quelqu'un", "passez-moi un", "mettez-moi en relation",
	"parler avec quelqu'un", "parler avec un humain", "parler à une personne", "parler a une personne",
	"pásame con", "pasame con", "agente humano", "operador humano", "hablar con atención al cliente",
	"passatemi", "parlare con un umano", "parlare con il servizio clienti",
	"atendimento humano", "falar com atendente", "falar com o atendimento",
	"verbind me door", "doorverbinden met", "met de klantenservice spreken",
	"canlı temsilci", "temsilciye bağla", "yetkiliyle görüş", "insanla konuş", "beni bir yetkiliye",
	"prawdziwym człowiekiem", "żywą osobą", "z konsultantką", "połączcie mnie z", "połącz mnie z", "z obsługą klienta",
	"sambungkan ke cs", "sambungkan ke orang", "hubungkan ke cs", "ngobrol sama orang",
	"موظف حقيقي", "حولني على موظف", "حولني لموظف", "ابغى اكلم موظف", "أبغى أكلم موظف", "أريد التحدث مع موظف",
	"живым человеком", "живому человеку", "переключите на оператора", "соедините с оператором", "позовите человека", "с сотрудником",
	"人間のスタッフ", "有人対応", "オペレーターにつない", "人につない", "スタッフにつない",
	"상담원 연결", "사람 연결", "사람하고 얘기", "사람이랑 얘기", "직원 연결해",
	"转真人", "轉真人", "找真人", "真人服务", "真人服務", "转客服", "轉客服",
	// call-back requests
	"call me back", "give me a call", "can someone call me", "ruft mich an", "rückruf", "rappelez-moi", "me rappeler",
	"llamadme", "llámame", "me llamen", "richiamatemi", "mi richiamate", "me liguem", "me ligue", "bel me terug", "terugbellen",
	"beni arayın", "geri arayın", "zadzwońcie do mnie", "oddzwońcie", "telepon saya", "hubungi saya lewat telepon", "اتصلوا علي",
	"اتصلوا بي", "перезвоните", "позвоните мне", "折り返し電話", "電話をください", "電話してください", "전화 주세요", "전화해 주세요",
	"전화 부탁", "给我打电话", "打電話給我", "回电话", "回電話", "回电给我", "回電給我",
	"to a real", "with a real", "to an actual", "with an actual", "to a live", "with a live",
	"à une vraie personne", "avec une vraie personne", "à un être humain", "con una persona real", "con una persona de verdad",
	"con una persona vera", "con una persona reale", "con un essere umano", "com uma pessoa de verdade", "com uma pessoa real",
	"com um ser humano", "met een echt persoon", "met een echte persoon", "met een echt mens", "gerçek bir insanla", "gerçek bir insana",
	"ke orang beneran", "sama orang beneran", "dengan orang sungguhan", "ke manusia asli", "لشخص حقيقي", "مع شخص حقيقي", "مع إنسان حقيقي",
	"진짜 사람이랑", "진짜 사람하고", "진짜 사람과", "진짜 사람 연결",
}

// AsksForPerson reports whether text explicitly asks for a human.
func AsksForPerson(text string) bool {
	t := strings.ToLower(norm.NFKC.String(text))
	for _, p := range personPhrases {
		if strings.Contains(t, p) {
			return true
		}
	}
	return false
}
