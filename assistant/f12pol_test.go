package assistant_test

import (
	"testing"
)

// TestF12Pol: the currency a shopper pays in says where they live, for a
// delivery, duties or return-cost question; paying something to the
// courier or on receipt, said in words the duties lexicon lacked, is the
// duties rule; FAQ subjects said in other words (学割, "Cartão-presente"
// where the translated entry says "vale-presente", tracking that shows
// nothing yet, a Korean address to change, a prepaid return label); two
// cities compared where a country's name is in one of them.
func TestF12Pol(t *testing.T) {
	env := answerEnv(t)
	t.Run("PaysInCurrency", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"nl", "ik reken af in Zwitserse franken. Vanaf welk bedrag is verzending gratis?", []string{"16,95"}, []string{"75"}},
			{"de", "Ich zahle in Pfund. Ab welchem Betrag ist der Versand gratis?", []string{"100"}, []string{"150"}},
			{"es", "Pago en dólares canadienses, ¿hay algún importe a partir del cual no pague envío?", []string{"16,95"}, []string{"75"}},
			{"ko", "원화로 결제하는데 몇 유로 넘으면 배송비 무료예요?", []string{"200"}, []string{"€75"}},
			{"fr", "Je paie en francs suisses, est-ce que j'aurai des frais à régler au livreur ?", []string{"DAP", "8,1"}, nil},
			{"en", "I pay in pounds - will there be customs charges when it arrives?", []string{"DDP"}, []string{"DAP"}},
			{"it", "Pago in franchi svizzeri, quanto costa la spedizione?", []string{"16,95"}, nil},
			{"ja", "日本円で支払うんですが、配送は何日かかりますか？", []string{"DHL", "19.95"}, []string{"24.95"}},
			{"pl", "Płacę w koronach norweskich, czy zapłacę cło przy odbiorze?", []string{"DAP"}, nil},
			{"zh-Hans", "我用澳元付款，到货时要交税吗？", []string{"DAP"}, nil},
			{"ru", "Я плачу в рублях, сколько дней доставка?", []string{"7–15"}, nil},
		})
	})
	t.Run("CurrencyAloneIsTheFAQ", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"en", "Can I pay in Swiss francs?", []string{"25"}, []string{"16.95"}},
		})
	})
	t.Run("DueOnReceipt", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"tr", "Yani Roma'ya sipariş verirsem kapıda hiçbir şey ödemeyeceğim, değil mi?", []string{"AB"}, []string{"DAP"}},
			{"pl", "Siostra mieszka w Londynie – zapłaci coś kurierowi przy odbiorze?", []string{"DDP"}, []string{"DAP"}},
			{"zh-Hans", "寄到新加坡，收包裹的时候还要另外交钱吗？", []string{"DAP"}, []string{"DDP"}},
			{"zh-Hant", "寄到紐約，收件時還要補稅嗎？", []string{"DDP"}, []string{"DAP"}},
			{"fr", "Pour Oslo, il y a des frais à payer au livreur ?", []string{"DAP"}, []string{"DDP"}},
		})
	})
	t.Run("FAQInOtherWords", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"ja", "学割ってありますか？何％？", []string{"15"}, nil},
			{"ja", "学割使えます？", []string{"15"}, nil},
			{"pt", "Cartão-presente: quais valores vocês têm?", []string{"25", "200"}, []string{"embrulho"}},
			{"nl", "tracking doet nog niks, ik heb de mail net 3 uur geleden gekregen, normaal?", []string{"24"}, nil},
			{"de", "Das Tracking zeigt noch gar nichts, Versandmail kam vor 2 Stunden – normal?", []string{"24"}, nil},
			{"en", "tracking shows nothing yet, got the shipping email an hour ago, is that normal?", []string{"24"}, nil},
			{"fr", "Le suivi n'affiche rien alors que j'ai reçu le mail ce matin, c'est normal ?", []string{"24"}, nil},
			{"ko", "주문하고 30분 지났는데 배송지 바꿀 수 있어요? 몇 시간 안에 연락해야 돼요?", []string{"1시간"}, nil},
			{"ko", "방금 주문했는데 주소 바꿔도 되나요?", []string{"1시간"}, nil},
			{"ja", "注文して20分なんですが、住所を変えたいです。間に合いますか？", []string{"1時間"}, nil},
			{"zh-Hans", "刚下单十分钟，能换地址吗？", []string{"1 小时"}, nil},
			{"en", "Returning a fleece from Toronto - do you guys send me a label or is that on me?", []string{"yourself"}, []string{"€5.95"}},
			{"en", "If I return something from Chicago do you send me a label?", []string{"prepaid label", "5.95"}, nil},
		})
	})
	t.Run("CitiesCompared", func(t *testing.T) {
		checkReplies(t, env, []replyCase{
			{"tr", "Dubai ile Londra arasında ücretsiz kargo sınırı farklı mı? İkisi için de söyler misiniz?", []string{"200", "100"}, []string{"150"}},
			{"en", "Shipping to Dubai vs Manchester, how much each?", []string{"19.95", "7.95"}, nil},
			{"es", "¿Cuánto cuesta el envío a Ciudad de México comparado con Los Ángeles?", []string{"24,95", "14,95"}, []string{"16,95"}},
			// Auckland beside Sydney, not Oakland
			{"zh-Hans", "寄到悉尼和奥克兰，包邮门槛一样吗？", []string{"200"}, []string{"150"}},
			{"ja", "シドニーとオークランドへの送料は？", []string{"19.95"}, []string{"14.95"}},
		})
	})
}
