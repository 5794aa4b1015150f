package assistant_test

import (
	"testing"

	"shopassist/assistant/eval"
)

// caseR5RefundTiming: when the money of a return is back, asked with a
// bank's word for it (put back on the card or account), "business days", a
// verb of taking time, the tracking of the parcel sent back, or in too few
// words for the classifier: the refund passage (inspection in 2 business
// days, refund in 5–10).
func caseR5RefundTiming(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
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

// caseR5ReturnCost: what a return costs, asked with a verb form or a
// separable verb the returns words missed ("devuelvo", "возвращаю",
// "terug wil sturen", "돌려보내"), as who pays or what is deducted, from a
// state named like another country (New Jersey holds Jersey), from a city
// named by an ordinary word ("depuis Lille"), or beside the wish to return.
func caseR5ReturnCost(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
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

// caseR5DestinationRules: the delivery, free-shipping, duties and
// restriction rule of a place, asked with words the lexicons missed (not
// paying for shipping, "무배", Korean consumption and import taxes,
// Italian "imposta", Turkish "yollamak", Dutch "gaspatronen"), a place
// named through an address, a return-origin or arrival phrase, a city
// named by an ordinary word, a US state in the shopper's language, or
// "I live here" beside a nationality.
func caseR5DestinationRules(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		// Not paying for shipping is free shipping; an amount in the
		// cart is measured against the threshold.
		{"nl", "Ik zit op 60 euro. Hoeveel moet ik nog toevoegen om geen verzendkosten te betalen naar Brugge?", []string{"€15", "75"}, nil},
		{"it", "Ho 50 euri di roba, quanto manca per non pagare la spedizione a Firenze?", []string{"€25"}, nil},
		{"tr", "Glasgow'a kargo parası ödememek için sepet en az kaç euro olmalı?", []string{"100"}, []string{"150"}},
		// The address named with its place is where the parcel goes.
		{"zh-Hant", "收件地址在新加坡，運費滿多少免運？", []string{"200"}, []string{"郵政信箱"}},
		{"nl", "Mijn afleveradres is in Antwerpen, vanaf welk bedrag is verzenden gratis?", []string{"75"}, []string{"postbus"}},
		// Duties named as consumption or import tax.
		{"ko", "오사카로 보내면 소비세 따로 내야 하나요?", []string{"DAP"}, []string{"DDP"}},
		{"ko", "캐나다 배송 시 관부가세는 누가 내요?", []string{"DAP"}, []string{"16.95"}},
		{"it", "Spedite in Australia: l'imposta di importazione la pago io?", []string{"DAP"}, nil},
		// Restricted goods taken to a place, whatever the verb.
		{"nl", "Mogen gaspatronen mee in mijn bestelling naar Oslo?", []string{"EU"}, nil},
		{"tr", "Bıçakları Amsterdam'a yollar mısınız?", []string{"AB"}, nil},
		// A city named by an ordinary word, after an arrival phrase.
		{"pt", "Em quantos dias costuma chegar em Seul?", []string{"5–10"}, []string{"7–15"}},
		{"it", "Spedisco a Bari, quanto costa la spedizione?", []string{"6,95"}, nil},
		// A US state in the shopper's language.
		{"de", "Muss meine Schwester in Florida beim Empfang Zoll zahlen?", []string{"DDP"}, []string{"DAP"}},
		{"fr", "Je fais livrer en Californie, y a-t-il des droits de douane ?", []string{"DDP"}, []string{"DAP"}},
	})
	// "I live here": the storefront's country, not the nationality.
	checkReplies(t, env, []replyCase{{"es", "Soy mexicana pero vivo aquí, ¿desde cuánto es gratis el envío?", []string{"200"}, nil}}, fromStorefront("JP"))
	// "무배" asked in few words: the storefront country's threshold.
	checkReplies(t, env, []replyCase{{"ko", "무배 얼마부터예요?", []string{"200"}, nil}}, fromStorefront("KR"))
}

// TestR5Policy asks the cases above of one demo store: each message is a fresh
// conversation, and one store built once keeps the -race run short.
func TestR5Policy(t *testing.T) {
	env := answerEnv(t)
	t.Run("R5RefundTiming", func(t *testing.T) { caseR5RefundTiming(t, env) })
	t.Run("R5ReturnCost", func(t *testing.T) { caseR5ReturnCost(t, env) })
	t.Run("R5DestinationRules", func(t *testing.T) { caseR5DestinationRules(t, env) })
}
