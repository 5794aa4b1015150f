package assistant_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"shopassist/assistant"
)

// TestShopperWording asks store questions the way shoppers word them
// (moving house, a typo in the flat number, slang for money, "until
// when"), each as a fresh conversation, whatever intent the classifier
// gives them: the reply must carry the fact the shop's documents state.
func TestShopperWording(t *testing.T) {
	env := answerEnv(t)
	ctx := context.Background()
	for i, c := range []struct {
		name, locale, msg string
		want              []string // any one of them
	}{
		// An address that must change: the FAQ's hour, in any wording.
		{"moving en", "en", "we're relocating next week, could my parcel go to the new place instead?", []string{"1 hour"}},
		{"apartment typo es", "es", "escribí mal el número del piso en la compra de ayer, ¿lo podéis arreglar?", []string{"hora siguiente"}},
		{"moved de", "de", "Wir sind umgezogen, bitte die Bestellung an die neue Adresse schicken", []string{"einer Stunde"}},
		{"flat ru", "ru", "Перепутал номер квартиры в заказе, что делать?", []string{"1 часа"}},
		{"flat ar", "ar", "أخطأت في رقم الشقة عند الطلب", []string{"ساعة"}},
		{"moving ja", "ja", "来週引っ越すので届け先を変えたいです", []string{"1時間"}},
		// The refund's timing, with slang for the money.
		{"slang es", "es", "¿En cuánto tardáis en devolverme la pasta de unas botas?", []string{"5 a 10", "5–10"}},
		{"card zh", "zh-CN", "衣服寄回去了，钱什么时候退到卡上？", []string{"5–10"}},
		// How long one has to send something back, asked as a deadline.
		{"until when es", "es", "¿hasta cuándo tengo para devolver unas zapatillas?", []string{"30"}},
		{"until when pl", "pl", "Do kiedy mogę oddać kurtkę, która nie pasuje?", []string{"30"}},
		// FAQ entries in the shopper's own words.
		{"store credit en", "en", "thinking of getting my nephew some store credit, which values are there?", []string{"€200", "200"}},
		{"student de", "de", "Bekommen Studis bei euch was günstiger?", []string{"15"}},
		{"wrapped es", "es", "¿Me lo podéis enviar envuelto? Es para mi madre", []string{"4 €"}},
		{"buckle zh", "zh-CN", "帐篷包的扣子断了，可以修吗", []string{"乌得勒支", "Utrecht"}},
		// A store service asked about a product in a size is the service.
		{"restock size es", "es", "¿Cuándo vuelve a estar el forro polar en talla S? Lo reponéis?", []string{"4–6"}},
		{"broken zip en", "en", "The zip broke on my rain jacket after a year, what now?", []string{"2 years"}},
		// The refund's timing, and the return window, in other words.
		{"money en", "en", "I posted my return on Friday, when will the money show up?", []string{"5–10"}},
		{"kohle de", "de", "Paket ist zurück bei euch, wann krieg ich die Kohle?", []string{"5–10"}},
		{"fulus ar", "ar", "أرسلت المرتجع، بعد كم يوم ترجع فلوسي؟", []string{"5–10", "5 إلى 10"}},
		{"can return zh", "zh-CN", "裤子不合身，签收后几天内可以退？", []string{"30"}},
		{"instalments ru", "ru", "Можно оплатить заказ частями?", []string{"Klarna"}},
		// A shoe size with its system after it, or for men or women, asks
		// the guide's conversion table.
		{"uk after fr", "fr", "Je chausse du 8 UK, ça fait quelle pointure européenne ?", []string{"EU 42"}},
		{"us men en", "en", "I take a US men's 10.5 in sneakers, which size is that in your shoes?", []string{"EU 44"}},
		// A parcel stuck in the tracking, in everyday words, with no order
		// number: when to get in touch.
		{"stuck es", "es", "El envío lleva cinco días sin moverse, ¿qué hago?", []string{"7 días"}},
		{"stuck ru", "ru", "Моя посылка не двигается с понедельника", []string{"7 рабочих"}},
		{"stuck zh", "zh-CN", "快递好几天没更新了", []string{"7 个工作日"}},
		// English loanwords in the storefront's language: the reply stays
		// in that language.
		{"loanwords id", "id", "Ada student discount?", []string{"Pelajar"}},
		{"loanwords es", "es", "¿Hay gift cards?", []string{"tarjetas regalo"}},
		// Whether the clothes run small, asked with a kind named: the
		// sizes entry, not that kind's products.
		{"run small fr", "fr", "Vos parkas taillent petit ou pas ?", []string{"taillent normalement"}},
		{"run small id", "id", "Ukurannya kecil nggak kalau aku biasa M?", []string{"sesuai ukuran"}},
		{"run small en", "en", "do the fleeces run small?", []string{"true to size"}},
		{"duration ar", "ar", "ما هي مدة إرجاع المنتجات؟", []string{"30"}},
		{"claim pl", "pl", "Chcę złożyć reklamację, kurtka przemaka po 3 miesiącach", []string{"2-letnią", "2 lata"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: c.msg, Locale: c.locale,
				ClientIP: "198.51.100." + strconv.Itoa(i+1)})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range c.want {
				if strings.Contains(r.Text, w) {
					return
				}
			}
			t.Errorf("%q (%s): reply %q lacks any of %q", c.msg, r.Intent, r.Text, c.want)
		})
	}
}
