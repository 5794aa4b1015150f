package assistant_test

import (
	"testing"
)

// TestF11Geo: islands, regions and word-named towns that the gazetteer's
// sources miss (Sylt, Südtirol, 沖縄, 제주도, Mallorca, Faro) are the
// country whose rules govern them; a postcode in a shopper's address is not
// an order number; how soon at home, read as a greeting or as products, is
// the delivery time; Russian tracking wordings reach the tracking entry.
func TestF11Geo(t *testing.T) {
	env := answerEnv(t)
	t.Run("IslandsAndRegions", func(t *testing.T) {
		// The storefront is the US: only the place named gives the
		// European or Asian rule.
		checkReplies(t, env, []replyCase{
			{"de", "Ich wohne auf Sylt, ab wann ist der Versand kostenlos?", []string{"75"}, []string{"150"}},
			{"de", "Wie lange dauert die Lieferung nach Südtirol?", []string{"2–5"}, []string{"4–7"}},
			{"it", "Quanto costa la spedizione in Alto Adige?", []string{"6,95"}, []string{"4–7"}},
			{"pt", "Moro em Faro, a partir de quanto o envio é grátis?", []string{"75"}, []string{"150"}},
			{"pt", "A minha morada é em Faro, o envio é grátis a partir de quanto?", []string{"75"}, []string{"150"}},
			{"pt", "Quanto custa o frete para os Açores?", []string{"6,95"}, []string{"4–7"}},
			{"pt", "Quanto tempo demora a entrega para a Madeira?", []string{"2–5"}, []string{"4–7"}},
			{"ko", "제주도로 배송비가 얼마인가요?", []string{"19.95"}, []string{"14.95"}},
			{"ja", "沖縄までどのくらいで届きますか？", []string{"5〜10"}, []string{"4〜7"}},
			{"en", "My mum lives on Mallorca, what's the free shipping threshold there?", []string{"75"}, []string{"150"}},
			{"fr", "Combien coûte la livraison en Corse ?", []string{"6,95"}, []string{"4–7"}},
			{"nl", "Wat kost verzending naar Texel?", []string{"4,95"}, []string{"14,95"}},
			{"pl", "Mieszkam na Sycylii, od jakiej kwoty jest darmowa wysyłka?", []string{"75"}, []string{"150"}},
			{"ru", "Живу на Майорке, с какой суммы бесплатная доставка?", []string{"75"}, []string{"150"}},
			{"tr", "Girit'e teslimat ne kadar sürer?", []string{"2–5"}, []string{"4–7"}},
			{"zh-Hant", "我住在濟州島，滿多少免運？", []string{"200"}, []string{"150"}},
			{"id", "Berapa lama pengiriman ke Bali?", []string{"5–10"}, []string{"4–7"}},
		}, fromStorefront("US"))
	})
	t.Run("WordsStayWords", func(t *testing.T) {
		// Madeira is wood, Creta clay, "paros" strikes: read as places
		// only where the shopper lives or ships there.
		checkReplies(t, env, []replyCase{
			{"pt", "Quanto custa o frete? O cabo é de madeira?", []string{"4,95"}, []string{"6,95"}},
			{"es", "¿Cuánto cuesta el envío si hay paros de transporte?", []string{"4,95"}, []string{"6,95"}},
		}, fromStorefront("NL"))
	})
	t.Run("PostcodeIsNoOrder", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"it", "Il mio indirizzo è via Roma 3, 39100 Bolzano: da che importo la spedizione è gratis?", []string{"75"}, []string{"#39100"}},
			{"nl", "Mijn adres is Dorpsstraat 1, 1791 Den Burg, Texel. Vanaf wanneer is verzending gratis?", []string{"75"}, []string{"#1791"}},
			{"en", "My address is 14 Rue Lepic, 75018 Paris. When does shipping become free?", []string{"75"}, []string{"#75018"}},
		}, fromStorefront("US"))
	})
	t.Run("HomeArrivalMisread", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"ru", "как быстро будет у меня дома?", []string{"1–3"}, nil},
			{"es", "¿Qué tan rápido llega a mi casa?", []string{"1–3"}, nil},
			{"en", "how quickly will it be at my door?", []string{"1–3"}, nil},
		}, fromStorefront("DE"))
	})
	t.Run("RussianTracking", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"ru", "трек-номер не работает", []string{"24"}, []string{"Cirrus"}},
			{"ru", "Где моя посылка", []string{"24"}, []string{"Cirrus"}},
			{"ru", "Не могу найти трек", []string{"24"}, []string{"Cirrus"}},
			{"ru", "Трек номер не работает, что делать?", []string{"24"}, []string{"Cirrus"}},
		}, withCardTitles)
	})
}
