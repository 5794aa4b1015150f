package assistant

import (
	"slices"
	"strings"
	"unicode"

	"shopassist/assistant/glossary"
	"shopassist/assistant/intent"
)

// orderAheadPhrases say the shopper has yet to order ("if I order today",
// "als ik vandaag bestel", "je commande un vendredi"): when it would arrive
// is the delivery time of the policy, not an order's status.
var orderAheadPhrases = []string{
	"if i order", "if i place an order", "if i buy", "when i order", "should i order", "i order today", "order today", "order now", "ordering today", "ordering now",
	"wenn ich heute", "falls ich heute", "si je commande", "je commande", "si je passe commande", "je passe commande", "si on commande",
	"si pido", "si hago el pedido", "si compro", "hago el pedido hoy", "pido hoy", "se ordino", "ordino oggi", "se faccio l'ordine", "se compro",
	"se eu pedir", "se pedir hoje", "se eu comprar", "se comprar hoje", "se fizer o pedido", "se eu fizer o pedido", "jeśli zamówię", "jak zamówię", "gdy zamówię",
	"zamówię dziś", "zamawiam dziś", "если закажу", "если заказать", "закажу сегодня", "заказываю сегодня", "sipariş verirsem", "sipariş versem", "bugün sipariş",
	"kalau pesan", "kalau saya pesan", "jika saya memesan", "jika memesan", "kalau order", "kalau saya order", "pesan hari ini", "order hari ini",
	"إذا طلبت", "اذا طلبت", "لو طلبت", "إذا اطلب", "لو اطلب", "注文したら", "注文すれば", "注文すると", "今日注文",
	"如果今天下单", "今天下单", "现在下单", "下单的话", "如果下单", "今天下單", "現在下單", "下單的話", "如果下單", "今天訂購", "今天订购",
	"주문하면", "오늘 주문", "지금 주문",
}

// orderAheadWords are first-person present forms of "to order" that say
// so as one word, wherever the time or condition stands ("als ik vandaag
// om 11 uur bestel", "bestelle ich heute"): Dutch and German.
var orderAheadWords = []string{"bestel", "bestelle"}

// asksArrivalAhead reports whether a message asks when an order not yet
// placed would arrive: no order named, an order to come, and a question of
// when.
func (t *turn) asksArrivalAhead() bool {
	if t.state.Awaiting != "" || t.u.Ents.OrderNumber != "" || t.u.contact() != "" {
		return false
	}
	low := strings.ToLower(t.text)
	if !slices.ContainsFunc(whenWords, func(w string) bool { return strings.Contains(low, w) }) {
		return false
	}
	if slices.ContainsFunc(orderAheadPhrases, func(w string) bool { return strings.Contains(low, w) }) {
		return true
	}
	words := strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) })
	return slices.ContainsFunc(words, func(w string) bool { return slices.Contains(orderAheadWords, w) })
}

// homeArrivalPhrases name the shopper's home as where a parcel arrives
// ("hoe snel in huis?", "wie schnell bei mir zu Hause?", "家に届くまで").
// Asked how soon with no order named, the home stands for the delivery:
// the delivery time of the shopper's country answers.
var homeArrivalPhrases = []string{
	"at my door", "to my door", "at home", "at my home", "at my house", "to my house",
	"zu hause", "zuhause", "in huis", "thuis", "bij mij", "chez moi", "à la maison", "en casa", "a casa", "mi casa", "em casa", "lá em casa",
	"w domu", "do domu", "u mnie", "дома", "до дома", "у меня", "evde", "evime", "evimde", "kapıma", "kapımda",
	"بيتي", "منزلي", "البيت", "家に", "自宅", "집에", "집까지", "到家", "家里", "家裡", "rumah",
}

// homeArrivalMisread reports whether the classifier's reading of a
// message that asks how soon a parcel is home is no reading of it: too few
// words to place (unclear, out of scope), a short question taken for a
// greeting or thanks ("как быстро будет у меня дома?"), or products asked
// about with no product named or shown ("¿qué tan rápido llega a mi
// casa?", "как скоро посылка будет у меня дома?"). An order
// task keeps its look-up ("when is my order home?").
func (t *turn) homeArrivalMisread(in string) bool {
	switch in {
	case intent.Unclear, intent.OutOfScope, intent.Greeting, intent.Thanks, intent.Feedback:
		return true
	case intent.ProductRecommendation, intent.ProductQuestion:
		return len(glossary.Terms(t.text)) == 0 && t.req.ProductID == 0
	}
	return false
}

// asksArrivalHome reports whether a message asks how soon a parcel is at
// the shopper's home, with no order named: a question of when and a home
// phrase, such as a few words the classifier could not place.
func (t *turn) asksArrivalHome() bool {
	if t.state.Awaiting != "" || t.u.Ents.OrderNumber != "" || t.u.contact() != "" {
		return false
	}
	low := strings.ToLower(t.text)
	return slices.ContainsFunc(whenWords, func(w string) bool { return strings.Contains(low, w) }) &&
		slices.ContainsFunc(homeArrivalPhrases, func(w string) bool { return strings.Contains(low, w) })
}
