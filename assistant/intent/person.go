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
	"met een medewerker", "met een mens", "met iemand praten", "met iemand spreken",
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
