package assistant_test

import (
	"testing"

	"shopassist/assistant/eval"
)

// caseR7AboutShop: the company's own facts (founded, team, giving) are the
// about page's, in the shopper's language, whatever topic the words
// suggest (an order's status, shipping, returns).
func caseR7AboutShop(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"en", "When was the company founded, and how many employees do you have?", []string{"2016", "34"}, nil},
		{"en", "do you donate any of your profits to charity?", []string{"1%"}, nil},
		{"de", "Seit wann gibt es euch schon?", []string{"2016"}, nil},
		{"de", "Wie viele Mitarbeiter habt ihr?", []string{"34"}, nil},
		{"es", "¿En qué año fue fundada la marca?", []string{"2016"}, nil},
		{"fr", "Combien d'employés travaillent chez vous ?", []string{"34"}, nil},
		{"it", "Quando è stata fondata l'azienda?", []string{"2016"}, nil},
		{"nl", "Sinds wanneer bestaan jullie?", []string{"2016"}, nil},
		{"pl", "Od kiedy istnieje wasza firma?", []string{"2016"}, nil},
		{"ru", "Сколько сотрудников в вашей компании?", []string{"34"}, nil},
		{"tr", "Şirketiniz ne zaman kuruldu?", []string{"2016"}, nil},
		{"id", "Tokonya didirikan tahun berapa?", []string{"2016"}, nil},
		{"ja", "御社の設立は何年ですか？", []string{"2016"}, nil},
		{"ko", "회사 설립은 언제였어요?", []string{"2016"}, nil},
		{"zh-Hans", "你们公司有多少员工？", []string{"34"}, nil},
	})
}

// caseR7PriceMatch: a price seen lower elsewhere, or one of ours dropped
// after the order, is the price-match entry's (14 days, no matching of
// other shops), not an order look-up or a product search.
func caseR7PriceMatch(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"es", "Esta mochila la venden más barata en otra tienda, ¿me dejáis el mismo precio?", []string{"No igualamos"}, nil},
		{"en", "The same tent is 20 euros cheaper at another store, will you match it?", []string{"do not match"}, nil},
		{"ar", "اشتريت حذاء قبل أسبوع والحين صار أرخص، ممكن ترجعون الفرق؟", []string{"14"}, nil},
		{"ja", "買った3日後にセールで値下がりしたんですが、差額は返金されますか？", []string{"14"}, nil},
		// "一週間" holds the between-word "間": ordered, it is no comparison.
		{"ja", "購入して一週間ほどで値下げされていました。差額はもらえますか？", []string{"14"}, nil},
		{"zh-Hans", "下单三天后就便宜了，能退差价吗？", []string{"14"}, nil},
		{"de", "Im anderen Shop ist die Jacke günstiger – gebt ihr mir den gleichen Preis?", []string{"keine Preise"}, nil},
	})
}

// caseR7TrackingStill: a parcel that stays in one place in the tracking
// is the tracking entry's rule (no movement for 7 business days: contact
// us), not an order look-up.
func caseR7TrackingStill(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"en", "the parcel has been stuck at the same location for 5 days now, when should I worry?", []string{"7"}, nil},
		{"tr", "Paketim bir haftadır aynı yerde, takipte hareket yok. Ne zaman ilgilenirsiniz?", []string{"7"}, nil},
		{"es", "Mi paquete lleva 6 días en el mismo sitio, ¿qué hago?", []string{"7"}, nil},
		{"fr", "Mon colis est au même endroit depuis 5 jours, c'est normal ?", []string{"7"}, nil},
		{"de", "Mein Paket liegt seit Tagen am selben Ort, was soll ich tun?", []string{"7"}, nil},
	})
}

// caseR7CodeRules: a welcome or student code that does not work, or two
// codes together, is the discount-code entry's (one code per order, not
// on sale items), not how to get the welcome or student discount.
func caseR7CodeRules(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"en", "Can I use my student code and the newsletter code together?", []string{"one discount code"}, nil},
		{"fr", "J'ai un code étudiant et un code de bienvenue, je peux utiliser les deux ?", []string{"Un seul code"}, nil},
		{"it", "Il codice di benvenuto non funziona sui saldi, perché?", []string{"un solo codice"}, nil},
		{"es", "Mi código de bienvenida no funciona en los artículos rebajados", []string{"un código"}, nil},
		{"de", "Kann ich den Studentencode und den Willkommenscode zusammen nutzen?", []string{"Rabattcode"}, nil},
		// A postal code is no discount code.
		{"en", "Do you need my zip code for both parcels?", nil, []string{"one discount code"}},
	})
}

// caseR7HiddenPrice: a gift sent without its price showing is the gift
// entry's (gift orders include no prices; outside the EU the customs
// invoice still shows the value).
func caseR7HiddenPrice(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"de", "Ich schicke die Jacke meinem Bruder nach Wien, er soll den Preis nicht sehen – geht das?", []string{"keine Preise"}, nil},
		{"ko", "친구 선물인데 가격이 안 보이게 해 주실 수 있나요?", []string{"세관"}, nil},
		{"en", "It's a present for my dad, can you hide the price on the parcel?", []string{"customs invoice"}, nil},
		{"fr", "C'est pour offrir, vous pouvez l'envoyer sans le prix ?", []string{"aucun prix"}, nil},
	})
}

// caseR7CashToCourier: money handed to the courier is cash on delivery (a
// payment method), not a refund; money given back still is a refund.
func caseR7CashToCourier(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"pl", "Mogę zapłacić kurierowi przy odbiorze? Wolę dać kasę do ręki, za pobraniem.", []string{"PayPal"}, nil},
		{"pl", "Kiedy oddacie kasę za zwrócone buty?", nil, []string{"PayPal, Klarna"}},
	})
}

// caseR7Restock: a sold-out size asked back (how often stock is
// refilled, whether a last-season item returns) is the restock entry's
// (4–6 weeks; last-season items are not restocked), not today's stock.
func caseR7Restock(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"pl", "Kurtki w M nie ma. Co ile uzupełniacie magazyn?", []string{"4–6"}, nil},
		{"es", "El forro polar de la temporada pasada ya no está en mi talla, ¿lo vais a volver a traer?", []string{"no se reponen"}, nil},
		{"en", "The fleece from last season is sold out in M, will you bring it back?", []string{"not restocked"}, nil},
	})
}

// caseR7CardOfAmount: a card named by its amount is a gift card; the
// gift-card entry answers (combined in one order, never expire).
func caseR7CardOfAmount(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"es", "Tengo una tarjeta de 100 y otra de 25, ¿puedo usar las dos en el mismo pedido?", []string{"no caducan"}, nil},
		{"en", "I got a €50 card for Christmas, does it expire?", []string{"never expire"}, nil},
	})
}

// caseR7CountriesAndSignUp: how many countries the shop ships to is the
// about page's number; an email registered for offers is the newsletter
// discount.
func caseR7CountriesAndSignUp(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"nl", "Hoeveel landen bezorgen jullie?", []string{"60"}, nil},
		{"en", "How many countries do you deliver to?", []string{"60"}, nil},
		{"es", "¿A cuántos países enviáis?", []string{"60"}, nil},
		{"ar", "لو سجلت إيميلي في النشرة كم الخصم؟", []string{"10"}, nil},
	})
}

// TestR7FAQ asks the cases above of one demo store: each message is a fresh
// conversation, and one store built once keeps the -race run short.
func TestR7FAQ(t *testing.T) {
	env := answerEnv(t)
	t.Run("R7AboutShop", func(t *testing.T) { caseR7AboutShop(t, env) })
	t.Run("R7PriceMatch", func(t *testing.T) { caseR7PriceMatch(t, env) })
	t.Run("R7TrackingStill", func(t *testing.T) { caseR7TrackingStill(t, env) })
	t.Run("R7CodeRules", func(t *testing.T) { caseR7CodeRules(t, env) })
	t.Run("R7HiddenPrice", func(t *testing.T) { caseR7HiddenPrice(t, env) })
	t.Run("R7CashToCourier", func(t *testing.T) { caseR7CashToCourier(t, env) })
	t.Run("R7Restock", func(t *testing.T) { caseR7Restock(t, env) })
	t.Run("R7CardOfAmount", func(t *testing.T) { caseR7CardOfAmount(t, env) })
	t.Run("R7CountriesAndSignUp", func(t *testing.T) { caseR7CountriesAndSignUp(t, env) })
}
