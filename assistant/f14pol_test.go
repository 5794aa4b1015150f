package assistant_test

import "testing"

// TestF14Policy: asked whether shipping is free, the zone's rule is quoted
// without its express option (whose €14.95 is the US standard price) in
// every translation, unless express is asked, and so is the standard
// option's cost; free said in other words (de graça, kosteloos,
// frachtfrei, за ваш счёт); countries by their short
// names and initials (de Emiraten, Emirados Árabes, ЮАР); Russian
// "таможенные сборы" asks about duties; the Korean customs passage's
// "관세 포함 인도" ("delivered duty paid") is no India; a free-shipping
// question never gets the return-cost rule that shares its words.
func TestF14Policy(t *testing.T) {
	env := answerEnv(t)
	t.Run("FreeShippingWithoutExpress", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"nl", "Vanaf welk bedrag is de verzending naar Frankrijk gratis?", []string{"75"}, []string{"14,95", "Express"}},
			{"tr", "İtalya'ya kargo hangi tutardan sonra ücretsiz?", []string{"75"}, []string{"14,95"}},
			{"ko", "프랑스로 무료배송은 얼마부터인가요?", []string{"75"}, []string{"14.95"}},
			{"ja", "フランスへの送料無料はいくらからですか？", []string{"75"}, []string{"14.95"}},
			{"zh-Hant", "寄到法國滿多少免運？", []string{"75"}, []string{"14.95"}},
			{"ar", "هل الشحن إلى فرنسا مجاني؟", []string{"75"}, []string{"14.95"}},
			{"en", "Is shipping to Germany free?", []string{"75", "4.95"}, []string{"12.95"}},
			// the standard option asked for: its price alone
			{"it", "Quanto costa la spedizione standard in Germania?", []string{"4,95"}, []string{"12,95"}},
			{"pt", "Qual o valor do frete padrão para a Espanha?", []string{"6,95"}, []string{"14,95"}},
			// asked about express, its price stays
			{"en", "Is express shipping to France free?", []string{"14.95"}, nil},
			// a cost question keeps both options
			{"nl", "Wat kost verzending naar Frankrijk?", []string{"6,95", "14,95"}, nil},
		})
	})
	t.Run("FreeInOtherWords", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"pt", "O frete sai de graça para Portugal?", []string{"75"}, []string{"14,95"}},
			{"pt", "O envio para a Espanha fica sem custo acima de quanto?", []string{"75"}, []string{"14,95"}},
			{"nl", "Is de levering kosteloos naar Duitsland?", []string{"75"}, []string{"12,95"}},
			{"de", "Ab wann ist der Versand nach Österreich frachtfrei?", []string{"75"}, []string{"14,95"}},
			{"it", "Spedite senza costi in Spagna?", []string{"75"}, []string{"14,95"}},
			{"es", "¿Envío sin costo a Francia?", []string{"75"}, []string{"14,95"}},
			{"ru", "Доставка в Германию за ваш счёт?", []string{"75"}, []string{"12,95"}},
			{"en", "Will shipping to Ireland be on you if I spend enough?", []string{"75"}, []string{"14.95"}},
		})
	})
	t.Run("ShortNames", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"nl", "Is de verzending naar de Emiraten gratis?", []string{"200"}, []string{"€ 75", "€ 150"}},
			{"pt", "O frete para Emirados Árabes é grátis?", []string{"200"}, []string{"€ 75", "€ 150"}},
			{"ru", "Доставка в ЮАР бесплатная?", []string{"24,95"}, []string{"75 €", "200 €"}},
		})
	})
	t.Run("Duties", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"ru", "Будут ли таможенные сборы для заказа в Канаду?", []string{"DAP"}, []string{"DDP"}},
			{"ru", "Будут ли таможенные сборы для заказа в США?", []string{"DDP"}, []string{"DAP"}},
			{"ko", "인도로 주문하면 관세를 내야 하나요?", []string{"DAP"}, []string{"DDP"}},
			{"ko", "인도 배송 시 관부가세가 있나요?", []string{"DAP"}, []string{"DDP"}},
		})
	})
	t.Run("FreeShippingNotReturns", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"de", "Ist der Versand kostenlos?", []string{"24,95"}, []string{"Rücksendung"}},
		}, fromStorefront("BR"))
	})
}
