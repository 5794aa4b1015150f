package assistant_test

import (
	"testing"
)

// TestF10Pol: how long before a parcel's tracking shows its first scan is
// the tracking entry's (up to 24 hours), not an order's status; paying in
// cash or at the door is a payment-methods question in every language, not
// the currency entry or the return policy; how soon at home, in a few
// words and no order named, is the delivery time of the storefront's
// country.
func TestF10Pol(t *testing.T) {
	env := answerEnv(t)
	t.Run("FirstScan", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"en", "once you ship it, how long until the tracking appears?", []string{"24"}, nil},
			{"de", "Wie lange dauert es, bis das Tracking überhaupt was anzeigt?", []string{"24"}, nil},
			{"fr", "Il faut combien de temps pour que le suivi s'affiche ?", []string{"24"}, nil},
			{"nl", "hoe lang duurt het voordat de eerste scan er is?", []string{"24"}, nil},
			{"ja", "発送後、追跡情報が反映されるまで何時間くらい？", []string{"24"}, nil},
			{"ru", "Через сколько трек появится после отправки?", []string{"24"}, nil},
		})
	})
	t.Run("CashPayment", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"en", "Is it possible to pay cash when the courier comes, or by card only?", []string{"PayPal"}, nil},
			{"tr", "Kurye gelince nakit verebilir miyim?", []string{"PayPal"}, nil},
			{"de", "Geht auch Barzahlung beim Boten?", []string{"PayPal"}, nil},
			{"es", "¿Se puede pagar en efectivo cuando llega el paquete?", []string{"PayPal"}, nil},
			{"it", "Si può pagare in contanti al corriere?", []string{"PayPal"}, nil},
			{"pt", "Dá para pagar em dinheiro quando o estafeta chegar?", []string{"PayPal"}, nil},
			{"nl", "Kan ik de bezorger contant betalen?", []string{"PayPal"}, nil},
			{"pl", "Czy można płacić gotówką przy odbiorze paczki?", []string{"PayPal"}, nil},
			{"ru", "Можно расплатиться наличными при доставке?", []string{"PayPal"}, nil},
			{"ar", "هل أستطيع أن أدفع كاش للمندوب؟", []string{"PayPal"}, nil},
			{"ja", "配達の人に現金で払えますか？", []string{"PayPal"}, nil},
			{"ko", "택배 기사님께 현금으로 드려도 되나요?", []string{"PayPal"}, nil},
			{"zh-Hans", "快递到了可以给现金吗？", []string{"PayPal"}, nil},
			{"zh-Hant", "包裹送到時可以付現金嗎？", []string{"PayPal"}, nil},
			{"id", "Boleh bayar tunai waktu paket datang?", []string{"PayPal"}, nil},
			{"fr", "On peut régler en espèces au livreur ?", []string{"PayPal"}, nil},
		})
	})
	t.Run("HomeArrival", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"nl", "binnen hoeveel dagen thuis?", []string{"1–3"}, nil},
			{"de", "wie lange bis es bei mir zuhause ist?", []string{"1–3"}, nil},
			{"en", "how soon would it be at my house?", []string{"1–3"}, nil},
		}, fromStorefront("NL"))
		checkReplies(t, env, []replyCase{
			{"fr", "il faut combien de temps pour l'avoir chez moi ?", []string{"2 à 5"}, nil},
			{"pl", "w ile dni u mnie w domu?", []string{"2–5"}, nil},
		}, fromStorefront("FR"))
		checkReplies(t, env, []replyCase{
			{"ja", "自宅に届くまでどのくらい？", []string{"DHL"}, nil},
		}, fromStorefront("JP"))
	})
	t.Run("TurkishHowLong", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			// "ne kadar" (how much) with "sürmek" (to take time) asks how
			// long, not a cost that depends on the country.
			{"tr", "İadem ne kadar sürecek acaba?", []string{"30"}, []string{"hangi ülke"}},
			{"tr", "İade ettiğim paranın hesabıma geçmesi ne kadar sürüyor?", []string{"5–10"}, nil},
		})
	})
	t.Run("CartPostageNoPlace", func(t *testing.T) {
		// An amount with a postage question and no place named is the
		// order's value: the storefront country's rule and the gap to
		// free shipping, not products under the amount.
		checkReplies(t, env, []replyCase{
			{"de", "Wenn mein Mann für 35 Euro bestellt, bezahlt er dann noch Porto?", []string{"4,95", "75"}, []string{"Filter"}},
			{"de", "Muss ich bei 50 Euro Einkauf Porto zahlen?", []string{"4,95", "75"}, []string{"Filter"}},
			{"nl", "Mijn zus bestelt voor 45 euro, betaalt ze porto?", []string{"4,95", "75"}, []string{"Filter"}},
			{"en", "My son spends 30 euros, does he pay for delivery?", []string{"4.95", "75"}, []string{"Filter"}},
		}, fromStorefront("DE"))
	})
	t.Run("ShippedChangedMind", func(t *testing.T) {
		// Shipped and no longer wanted, no order named: the cancelling
		// entry (free until shipped, then a return within 30 days), not
		// an order look-up or a change handed to the team.
		checkReplies(t, env, []replyCase{
			{"en", "The parcel has already been shipped, but I don't need it anymore. Now what?", []string{"30"}, []string{"order number?"}},
			{"de", "Mein Paket ist bereits unterwegs, ich habe es mir anders überlegt.", []string{"30"}, nil},
			{"es", "El paquete ya salió y he cambiado de opinión, ¿qué puedo hacer?", []string{"30"}, nil},
			{"it", "L'ordine è già spedito, ma ho cambiato idea.", []string{"30"}, nil},
			{"ru", "Заказ уже в пути, а он мне больше не нужен. Что делать?", []string{"30"}, nil},
			{"tr", "Siparişim yola çıktı ama vazgeçtim, iptal olur mu?", []string{"30"}, nil},
			{"zh-Hans", "订单已发货，可我不需要了，怎么处理？", []string{"30"}, nil},
			{"id", "Barangnya udah dikirim, tapi saya tidak perlu lagi. Gimana ya?", []string{"30"}, nil},
		})
	})
}
