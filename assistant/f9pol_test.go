package assistant_test

import (
	"testing"
)

// TestF9Pol: an amount the shopper states as the free-shipping threshold
// they heard of is a belief the rule corrects, not their order; a plain
// cart amount with a shipping question to a named place asks that place's
// rule, not products under that amount; a relative's home decides what
// they pay on delivery or to send it back; a refund still awaited is told
// when refunds are paid.
func TestF9Pol(t *testing.T) {
	env := answerEnv(t)
	t.Run("ClaimedThreshold", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			// The real threshold of the destination, never the claimed one.
			{"en", "Someone told me delivery to Belgium is free from €40, true?", []string{"75"}, []string{"€40"}},
			{"de", "Ich habe gehört, der Versand nach Frankreich ist ab 30 Euro gratis, stimmt das?", []string{"75"}, []string{"€30", "30 €"}},
			{"es", "Me dijeron que el envío a Portugal es gratis a partir de 40 euros, ¿es así?", []string{"75"}, []string{"€40", "40 €"}},
			{"it", "Un'amica dice che la spedizione in Austria è gratuita oltre i 45 euro, vero?", []string{"75"}, []string{"€45", "45 €"}},
			{"ko", "일본은 300유로 넘으면 무료배송이라고 봤는데 맞아요?", []string{"200"}, []string{"€300"}},
			{"tr", "Almanya'ya 20 avro üzeri kargo bedava diye duydum, doğru mu?", []string{"75"}, []string{"€20"}},
			{"ja", "韓国へは100ユーロ以上で送料無料だと聞きましたが本当ですか？", []string{"200"}, []string{"€100"}},
		})
	})
	t.Run("CartAmountKept", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			// A cart the shopper holds still gets how far it is from free.
			{"en", "My basket is at 50 euros, is shipping to Belgium free?", []string{"€25"}, nil},
		})
	})
	t.Run("CartShippingCost", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			// A cart and a shipping question to a place: the rule, with
			// the gap to free shipping, not products under the amount.
			{"es", "Tengo 40 euros en el carrito y vivo en Sevilla, ¿cuánto me cobráis de portes?", []string{"6,95", "75"}, nil},
			{"pt-BR", "Meu carrinho está em 40 euros e moro em Lisboa, quanto fica o frete?", []string{"6,95", "75"}, nil},
			// A product's price with a shipping question is the order's
			// value: the rule says it already ships free.
			{"id", "Saya tinggal di Rotterdam, mau beli sepatu 80 euro, kena ongkir?", []string{"75"}, nil},
		})
	})
	t.Run("RelativeReceives", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			// A relative or friend who receives the parcel and pays
			// something on delivery asks about the duties of their home.
			{"es", "Mi hermano vive en Zúrich, ¿paga algo al repartidor si le envío un regalo?", []string{"DAP"}, nil},
			{"pt-BR", "Meu primo mora em Oslo; se eu mandar uma mochila, ele paga alguma coisa na entrega?", []string{"DAP"}, nil},
			// Sending it back, the object between the verb and "back".
			{"en", "My dad in Leeds wants to ship the boots back, what does that cost him?", []string{"5.95"}, nil},
			{"en", "My aunt in Boston has to send the tent back, does it cost her?", []string{"5.95"}, nil},
		})
	})
	t.Run("GreetingThenRule", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			// A greeting that goes on to ask a relative's destination rule.
			{"zh-CN", "你好呀～我表妹住在悉尼，她买多少欧元可以包邮？", []string{"200"}, nil},
			{"en", "Hey there :) my cousin lives in Sydney, from what amount is shipping free for her?", []string{"200"}, nil},
			// "Oma" (grandma) is no Omã (Oman): her town decides.
			{"de", "Meine Oma wohnt in Salzburg, ab wie viel Euro ist der Versand für sie gratis?", []string{"75"}, []string{"200"}},
			// A greeting alone stays a greeting.
			{"en", "Hi there!", nil, []string{"€"}},
		})
	})
	t.Run("RefundOverdue", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			// Waiting for the money of a return: when refunds are paid,
			// and with the time gone by, the order to look it up.
			{"de", "Ich habe die Schuhe vor 10 Tagen zurückgeschickt und immer noch kein Geld, wie lange dauert das?", []string{"5–10"}, nil},
			{"pl", "Odesłałem spodnie 2 tygodnie temu i nadal nie mam pieniędzy, ile to trwa?", []string{"5–10", "numer zamówienia"}, nil},
			{"tr", "İadeyi yaptım ama param hâlâ yatmadı, ne zaman gelir?", []string{"5–10"}, nil},
			{"id", "Dana refund saya belum masuk, sudah seminggu", []string{"5–10", "nomor pesanan"}, nil},
		})
	})
}
