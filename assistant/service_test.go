package assistant_test

import (
	"testing"
)

// TestServiceAnswers: questions about the shop's services and rules in the
// wording shoppers use, in the languages where the answers were weakest —
// a payment method by name or in another script, what one pays for
// shipping at an amount, refund timing asked as a count of days, a
// cancellation or an address slip with no order number (the rule first,
// then the order number), FAQ subjects in paraphrase.
func TestServiceAnswers(t *testing.T) {
	checkReplies(t, answerEnv(t), []replyCase{
		// Payment methods: no country needed, whatever the entry says
		// about where Klarna is offered.
		{"ko", "페이팔로 결제할 수 있나요?", []string{"PayPal", "Klarna"}, []string{"25개"}},
		{"ko", "클라르나 되나요?", []string{"Klarna"}, nil},
		{"en", "Do you take Amex?", []string{"American Express"}, nil},
		{"it", "Come posso pagare?", []string{"PayPal"}, []string{"paese"}},
		{"pl", "Czy mogę zapłacić BLIK-iem?", []string{"PayPal"}, []string{"25 rynkach"}},
		{"es", "¿Puedo pagar con Bizum?", []string{"PayPal"}, nil},
		{"tr", "Kapıda ödeme yapabilir miyim?", []string{"PayPal"}, nil},
		// What shipping costs at an amount: the destination's rule with
		// its threshold.
		{"it", "Se ordino 80 euro a Milano pago la spedizione?", []string{"75"}, []string{"Privacy"}},
		{"es", "Si compro 100 euros, ¿pago envío a Madrid?", []string{"75"}, []string{"aduanas"}},
		{"pt-BR", "Comprando 80 euros, pago o frete para Lisboa?", []string{"75"}, nil},
		{"nl", "Als ik voor 120 euro bestel, betaal ik dan verzendkosten naar Londen?", []string{"100"}, nil},
		// Refund timing asked as a count of days or as the money.
		{"tr", "Geri ödeme kaç günde yapılıyor?", []string{"5–10"}, nil},
		{"pt-BR", "Em quantos dias recebo meu dinheiro de volta?", []string{"5–10"}, nil},
		{"it", "Quando mi arrivano i soldi del reso?", []string{"5–10"}, nil},
		{"de", "Wie schnell bekomme ich mein Geld nach der Rücksendung?", []string{"5–10"}, nil},
		{"nl", "Hoe snel heb ik mijn geld terug?", []string{"5–10"}, nil},
		// Who pays a return from a DAP country, in Italian: the return
		// rule, not the customs paragraph.
		{"it", "Chi paga il reso dalla Norvegia?", []string{"paghi tu"}, []string{"DAP"}},
		// A cancellation or an address slip with no order number: the
		// rule, then the question for the order.
		{"ko", "주문 취소 가능해요?", []string{"무료", "주문번호"}, nil},
		{"es", "¿Puedo cancelar mi pedido? Aún no ha salido", []string{"sin coste"}, nil},
		{"en", "I typed the wrong street number on my order, can you fix it?", []string{"1 hour", "order number"}, nil},
		{"nl", "Ik heb het verkeerde huisnummer ingevuld bij mijn bestelling", []string{"1 uur"}, nil},
		// FAQ subjects in paraphrase.
		{"it", "Quanta parte del catalogo è fatta con materiali riciclati?", []string{"78%"}, nil},
		{"nl", "Is jullie merinowol mulesingvrij?", []string{"78%"}, nil},
		{"de", "Ich habe vergessen, meinen Rabattcode einzugeben. Was nun?", []string{"7 Tagen"}, nil},
		{"es", "¿Tenéis descuento de bienvenida?", []string{"10 %"}, nil},
		{"ko", "할인 코드 두 개 같이 쓸 수 있어요?", []string{"하나만"}, nil},
		// A knife in the singular is a restricted good.
		{"nl", "Mag een mes mee in een zending naar de VS?", []string{"EU"}, nil},
		{"es", "¿Me mandáis una navaja a Bogotá?", []string{"UE"}, nil},
		// Two questions: what delivery costs and whether returns are
		// free, each answered by its rule.
		{"en", "How much is delivery to Leeds, and do I pay for returns?", []string{"7.95", "5.95"}, nil},
		{"zh-CN", "寄到德国运费多少？退货要钱吗？", []string{"4.95", "免费"}, nil},
		{"it", "Quanto costa la spedizione a Napoli? E il reso è gratis?", []string{"6,95", "gratuiti"}, nil},
		// The refund's timing is the same from anywhere, and the card or
		// PayPal it goes back to is no question about payment methods.
		{"en", "I returned my jacket from Spain last week and paid by card. When do I get my money?", []string{"5–10"}, []string{"Visa"}},
		{"it", "Il rimborso arriva sulla carta o su PayPal? In quanti giorni?", []string{"5–10"}, []string{"Mastercard"}},
		{"tr", "İade ettim, parayı kaç günde geri alırım?", []string{"5–10"}, nil},
		// A store service asked with a product or a kind named: the
		// service's entry, not the product.
		{"en", "My order of a fleece got cheaper two days later, can I get the difference back?", []string{"14"}, nil},
		{"pt-BR", "A fivela da minha mochila quebrou, vocês consertam?", []string{"Utrecht"}, nil},
		{"nl", "Mijn maat fleece is uitverkocht, wanneer komt die weer binnen?", []string{"4–6"}, nil},
		{"tr", "Merino bere benim rengimde tükenmiş, ne zaman tekrar stoğa girer?", []string{"4–6"}, nil},
		{"ko", "메리노 비니가 제 색상으로 품절인데 언제 다시 들어오나요?", []string{"4–6"}, nil},
		{"en", "What's the warranty on the Granite boots?", []string{"2-year"}, nil},
		// A parcel that does not move: when to get in touch.
		{"it", "La spedizione è ferma da dieci giorni, non si muove più. Cosa faccio?", []string{"7 giorni"}, nil},
		{"en", "My parcel has had no movement in the tracking since Monday", []string{"7 business days"}, nil},
		// A gift sent abroad with a question about free shipping there.
		{"pt-BR", "Quero mandar um presente para um amigo no Japão, o frete é grátis?", []string{"200"}, nil},
		// A payment method inflected; a currency named in the singular.
		{"pl", "Można płacić BLIKiem?", []string{"PayPal"}, []string{"25 rynkach"}},
		{"pt-BR", "Posso pagar em dólar americano?", []string{"USD"}, nil},
	})
}
