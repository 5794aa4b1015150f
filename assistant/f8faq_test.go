package assistant_test

import (
	"testing"
)

// TestFAQAskedAsStory: FAQ subjects told as the shopper's story (a parcel
// that does not move, a price that dropped, a sock with a hole, a repair
// once the warranty is over, gift cards, codes that fail, restocks,
// pre-orders, changing one's mind) reach the merchant's entry, not an order
// look-up, a product search or a neighbouring entry.
func TestFAQAskedAsStory(t *testing.T) {
	env := answerEnv(t)
	cases := map[string][]replyCase{
		"tracking still": {
			{"de", "Die Sendung bewegt sich seit einer Woche nicht mehr, was tun?", []string{"7"}, nil},
		},
		"price dropped": {
			{"es", "La mochila ahora está más barata que cuando la pedí, ¿me devolvéis algo?", []string{"14"}, nil},
			{"tr", "Botu aldıktan üç gün sonra indirime girdi, aradaki farkı alabilir miyim?", []string{"14"}, nil},
		},
		"sock hole": {
			{"nl", "Er zit na drie maanden een gat in mijn merino sok, wat nu?", []string{"levenslang"}, nil},
			{"en", "My merino socks already have a hole in the toe, anything you can do?", []string{"for life"}, nil},
		},
		"repair after warranty": {
			{"de", "Die Garantie ist vorbei und jetzt geht der Reißverschluss kaputt, repariert ihr das?", []string{"Selbstkosten"}, nil},
			{"ar", "انتهى الضمان على حقيبتي وانكسر الإبزيم، هل تصلحونها؟", []string{"التكلفة"}, nil},
		},
		"gift cards": {
			{"fr", "Est-ce que les cartes cadeaux ont une date limite, et peut-on en utiliser deux ensemble ?", []string{"jamais"}, nil},
			{"es", "No conozco su talla, ¿tenéis tarjetas regalo?", []string{"50"}, nil},
		},
		"code fails": {
			{"en", "the welcome code from your newsletter says invalid at checkout, and can I stack it with my student one?", []string{"7 days"}, nil},
		},
		"restock": {
			{"de", "Wann habt ihr den Merino-Hoodie wieder in M?", []string{"4"}, nil},
		},
		"pre-order": {
			{"es", "Si reservo la tienda de campaña nueva, ¿cuándo me cobráis?", []string{"pedido"}, nil},
			// The pre-order entry says how a pre-order is cancelled too.
			{"ko", "침낭을 예약 주문하면 결제는 언제 되나요? 나중에 취소도 가능해요?", []string{"주문 시"}, nil},
			{"zh-Hans", "我预订了新款帐篷，还买了一个水壶，水壶能先发货吗？", []string{"免费"}, nil},
		},
		"cancel said otherwise": {
			{"es", "¿Puedo anular la compra de ayer? Todavía no la habéis enviado", []string{"support@"}, nil},
		},
		"size exchange": {
			// "換貨" is an exchange, not the advice on which size to pick.
			{"zh-Hant", "鞋子太小了，可以換貨嗎？", []string{"歐盟"}, nil},
			{"id", "Celananya kekecilan, bisa ditukar ke ukuran M?", []string{"UE"}, nil},
		},
		"currencies in how many countries": {
			{"id", "Di berapa negara saya bisa bayar pakai mata uang sendiri?", []string{"25"}, []string{"60"}},
		},
	}
	for name, cs := range cases {
		t.Run(name, func(t *testing.T) { checkReplies(t, env, cs) })
	}
}
