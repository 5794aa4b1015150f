package assistant_test

import (
	"testing"

	"shopassist/assistant"
)

// TestR5RefundTiming: when the money of a return is back, asked with a
// bank's word for it (put back on the card or account), "business days", a
// verb of taking time, the tracking of the parcel sent back, or in too few
// words for the classifier: the refund passage (inspection in 2 business
// days, refund in 5–10).
func TestR5RefundTiming(t *testing.T) {
	checkReplies(t, newEnv(t, assistant.Options{}), []replyCase{
		{"nl", "Binnen hoeveel werkdagen wordt het aankoopbedrag teruggestort na mijn retour?", []string{"5–10"}, nil},
		{"pt", "Depois que a devolução chega, em quantos dias sai o estorno no cartão?", []string{"5–10"}, nil},
		{"it", "Quanto ci mette il riaccredito sulla carta dopo il reso?", []string{"5–10"}, nil},
		{"fr", "Le colis retour est parti, l'argent revient quand sur ma carte ?", []string{"5 à 10"}, nil},
		{"de", "Wann wird mir der Betrag zurückerstattet, wenn ihr die Rücksendung habt?", []string{"5–10"}, nil},
		{"zh-Hans", "退货寄回去以后，钱几天能退回到卡上？", []string{"5–10"}, nil},
		// Beside the tracking of the parcel sent back: the refund, not
		// the tracking FAQ.
		{"nl", "De track & trace zegt dat jullie mijn retour hebben. Wanneer staat het geld weer op mijn rekening?", []string{"5–10", "2 werkdagen"}, nil},
		// Argentina is no French money.
		{"it", "Quando arriva un ordine in Argentina?", []string{"7–15"}, []string{"5–10"}},
	})
}

// TestR5ReturnCost: what a return costs, asked with a verb form or a
// separable verb the returns words missed ("devuelvo", "возвращаю",
// "terug wil sturen", "돌려보내"), as who pays or what is deducted, from a
// state named like another country (New Jersey holds Jersey), from a city
// named by an ordinary word ("depuis Lille"), or beside the wish to return.
func TestR5ReturnCost(t *testing.T) {
	checkReplies(t, newEnv(t, assistant.Options{}), []replyCase{
		{"es", "Vivo en Chicago, ¿cuánto me descuentan si devuelvo un pantalón?", []string{"5,95"}, nil},
		{"ru", "Если возвращаю куртку из Манчестера, сколько удержите?", []string{"5,95"}, nil},
		{"nl", "Ik zit in Sydney. Wat kost het als ik schoenen terug wil sturen?", []string{"zelf"}, nil},
		{"ko", "부산인데 신발 돌려보내면 택배비는 누가 내요?", []string{"직접"}, nil},
		{"ko", "뉴저지 사는데 반품하면 얼마 차감돼요?", []string{"5.95"}, []string{"저지의"}},
		{"fr", "Je renvoie un pull depuis Lille, qui paie le retour ?", []string{"gratuit"}, nil},
		{"tr", "Avustralya'dan iade etmek istiyorum, kargo ücretini kim ödüyor?", []string{"kendiniz"}, nil},
		// Who pays the shipping, after a return named in another clause,
		// is the return's: no delivery rule beside it.
		{"es", "Si devuelvo desde Valencia, ¿quién paga el envío?", []string{"gratuitas"}, []string{"6,95"}},
	})
}
