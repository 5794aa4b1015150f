package assistant_test

import "testing"

// TestF15Policy: the short names of the largest US cities (NYC, LA, ロス,
// 엘에이, 三藩市) and Spanish "Seúl" are destinations; Taiwan's 工作天
// (business days) asks a delivery time, and 人在 ("I am in") asks for no
// person; 何営業日 counts delivery days, not the shop's opening days; an
// express-only question gets the express option with its zone, a cost
// question with express as well keeps both; Indonesian "uangnya" is the
// refund's money; American Express in Chinese, Japanese, Korean, Russian
// and Arabic is a payment method, not the United States; wrapping an order
// as a gift in Russian and Turkish is the gift-wrap FAQ.
func TestF15Policy(t *testing.T) {
	env := answerEnv(t)
	t.Run("CityShortNames", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"ko", "LA까지 배송비는 얼마인가요?", []string{"14.95"}, []string{"24.95"}},
			{"en", "What's the shipping cost to NYC?", []string{"14.95"}, []string{"24.95"}},
			{"de", "Wie lange dauert der Versand nach NYC?", []string{"4–7"}, nil},
			{"ja", "ロスまでの送料はいくらですか？", []string{"14.95"}, nil},
			{"ko", "엘에이까지 배송비 얼마예요?", []string{"14.95"}, nil},
			{"zh-Hant", "寄到三藩市運費多少？", []string{"14.95"}, nil},
			{"es", "¿Cuánto tarda un pedido a Seúl?", []string{"5–10"}, nil},
			{"es", "¿Qué plazo de entrega tenéis a Seúl?", []string{"5–10"}, nil},
		})
	})
	t.Run("BusinessDaysAndPersonInPlace", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"zh-Hant", "我人在東京，下單後大概幾個工作天會到？", []string{"5–10"}, nil},
			{"zh-Hant", "我在洛杉磯，訂了以後幾個工作天會到？", []string{"4–7"}, nil},
			{"zh-Hans", "我人在纽约，下单后大概几个工作日能到？", []string{"4–7"}, []string{"人工"}},
			{"ja", "ソウルまで何営業日で届きますか？", []string{"5"}, []string{"Havenstraat"}},
			{"ja", "ジュネーブへの配送は何営業日かかりますか？", []string{"3"}, []string{"Havenstraat"}},
		})
	})
	t.Run("ExpressOnly", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"zh-Hant", "寄到鹿特丹，隔日到的快遞多少錢？", []string{"12.95"}, []string{"4.95"}},
			{"en", "How much is next-day delivery to Berlin?", []string{"12.95"}, []string{"4.95"}},
			{"fr", "Combien coûte la livraison express à Lyon ?", []string{"14,95"}, []string{"6,95"}},
			{"de", "Ich wohne in Köln. Was kostet der Expressversand?", []string{"12,95"}, []string{"4,95"}},
			// the standard cost asked as well: both options
			{"en", "How much is shipping to Amsterdam? And express?", []string{"4.95", "12.95"}, nil},
			{"fr", "Combien coûte la livraison à Rome, et en express ?", []string{"6,95", "14,95"}, nil},
		})
	})
	t.Run("RefundMoney", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"id", "Kalau returnya sudah diterima, kapan duitnya masuk?", []string{"5–10"}, nil},
			{"id", "Berapa lama dananya kembali setelah retur?", []string{"5–10"}, nil},
			{"id", "Uangnya kembali berapa hari setelah barang saya kirim balik?", []string{"5–10"}, nil},
		})
	})
	t.Run("AmericanExpress", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"zh-Hant", "你們收美國運通嗎？", []string{"American Express"}, []string{"14.95"}},
			{"zh-Hans", "可以刷美国运通卡吗？", []string{"American Express"}, nil},
			{"ja", "アメリカン・エキスプレスは使えますか？", []string{"American Express"}, []string{"14.95"}},
			{"ko", "아메리칸 익스프레스 카드로 결제할 수 있나요?", []string{"American Express"}, nil},
			{"ru", "Можно оплатить картой Американ Экспресс?", []string{"American Express"}, nil},
			{"ar", "هل تقبلون بطاقة أمريكان إكسبريس؟", []string{"American Express"}, nil},
		})
	})
	t.Run("GiftWrapVerbs", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"ru", "Упакуете куртку как подарок?", []string{"4"}, nil},
			{"ru", "Сколько стоит завернуть заказ в подарок?", []string{"4"}, nil},
			{"ru", "Вы упаковываете покупки в подарочную бумагу?", []string{"4"}, nil},
			{"tr", "Siparişi hediye olarak paketleyebilir misiniz? Ücreti ne kadar?", []string{"4"}, nil},
		})
	})
}
