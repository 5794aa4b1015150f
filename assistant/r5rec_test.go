package assistant_test

import (
	"context"
	"strings"
	"testing"

	"shopassist/assistant"
	"shopassist/assistant/eval"
)

// caseCareAnswersRound5: how to look after a kind of item or a material is
// the care page's paragraph for it, not a list of products of that kind.
// The demo's care page is English only: other languages get its known
// instructions in their own words (carelines.go), else it marked as
// the original.
func caseCareAnswersRound5(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		// The down paragraph, though "down" is too common a word to rank.
		{"en", "Any tips for washing a puffer down jacket at home?", []string{"tennis", "30 °C"}, []string{"€"}},
		{"de", "Darf meine Daunenjacke in den Trockner?", []string{"Tennisbälle"}, []string{"€", "tennis balls"}},
		{"ko", "다운재킷 세탁은 어떻게 해요?", []string{"테니스공"}, []string{"€"}},
		// Rain shells: the waterproof paragraph.
		{"nl", "Hoe was ik mijn regenjas zonder dat hij lekt?", []string{"wasverzachter", "30 °C"}, []string{"€"}},
		{"pl", "Jak prać kurtkę przeciwdeszczową?", []string{"odzieży technicznej"}, []string{"€"}},
		// Leather boots and wax: the footwear paragraph.
		{"fr", "Faut-il cirer le cuir de mes chaussures de randonnée ?", []string{"cire deux fois par an"}, nil},
		{"tr", "Deri botlarımı nasıl temizlerim?", []string{"yılda iki kez"}, nil},
		// Merino and tents.
		{"it", "Posso lavare in lavatrice la lana merino?", []string{"programma lana"}, nil},
		{"zh-CN", "帐篷可以机洗吗？", []string{"帐篷切勿机洗"}, []string{"never machine wash"}},
	})
}

// caseFAQStoriesRound5: FAQ subjects told through a story rather than the
// entry's own words, in several languages each.
func caseFAQStoriesRound5(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		// A broken buckle or a spare part is the repair entry.
		{"en", "The clip on my backpack's chest strap snapped, do you sell spare parts?", []string{"buckles"}, nil},
		{"de", "Gibt es bei euch Ersatzteile für den Hüftgurt?", []string{"Utrecht"}, nil},
		// A handwritten card travels with the gift wrap (€4).
		{"en", "Could you include a handwritten message for my dad? What does that cost?", []string{"4"}, []string{"order number"}},
		{"fr", "Est-ce possible d'ajouter un petit mot manuscrit au colis pour ma sœur ?", []string{"4"}, nil},
		{"zh-CN", "可以帮我把礼物包起来吗？多少钱", []string{"4"}, nil},
		// A sole coming off is a defect: the two-year warranty.
		{"es", "A mis botas se les despega la suela al año de comprarlas, ¿me lo cubrís?", []string{"2 años"}, nil},
		{"nl", "Bij mijn schoenen laat de zool los na een jaar, valt dat eronder?", []string{"2 jaar"}, nil},
		// A code forgotten at checkout, or two codes at once.
		{"pt", "Esqueci o cupom na hora de pagar, ainda dá pra usar?", []string{"7"}, nil},
		{"ja", "クーポンを入れ忘れて注文しちゃいました", []string{"7"}, nil},
		{"zh-CN", "两个优惠码可以叠加吗？", []string{"一个"}, nil},
		// Leaving one's e-mail for the shop's news is the newsletter (10 %).
		{"es", "Si me suscribo a vuestros correos, ¿me dais algún descuento?", []string{"10"}, nil},
		{"ko", "이메일 구독하면 혜택 있어요?", []string{"10"}, nil},
		// Giving part of the revenue: the sustainability entry (1 %).
		{"nl", "Doneren jullie een deel van de omzet aan natuurprojecten?", []string{"1%"}, nil},
		// How often the shop restocks, asked while naming a product.
		{"en", "Do you restock the Fjellvik sweater regularly?", []string{"4–6"}, nil},
		{"zh-CN", "断码的衣服多久会再到货？", []string{"4–6"}, nil},
		// Undoing an order, said without the word "cancel": free before
		// it ships.
		{"de", "Kann ich meine Bestellung von heute Morgen noch rückgängig machen?", []string{"kostenlos"}, nil},
		{"ja", "さっきの注文、取り消しできますか？", []string{"無料"}, nil},
		// Swapping shoes for a bigger number within the EU is free.
		{"pt", "O tênis ficou apertado, moro no Porto, posso trocar por um número acima?", []string{"grátis"}, nil},
		// A gift card of an amount: the card's amounts and rules, not a
		// budget for products.
		{"de", "Kann ich einen Gutschein über 40 Euro verschenken?", []string{"25", "50", "100"}, []string{"Titanium Spork"}},
		{"es", "¿Caduca una tarjeta regalo de 100 €?", []string{"no caducan"}, nil},
	})
}

// TestRecommendKindsRound5: product kinds named in everyday words find
// their products, with the shopper's constraints.
func TestRecommendKindsRound5(t *testing.T) {
	env := answerEnv(t)
	tests := []struct {
		locale, say, want string
	}{
		{"ko", "여행 가방 정리용 파우치 있어요?", "Packing Cube"},
		{"en", "I need some packing cubes for my suitcase", "Packing Cube"},
		{"nl", "Zoek trailloopschoenen maat 42", "Switchback"},
		{"ko", "무릎 때문에 트레킹 스틱 사려고요", "Carbon"},
		{"zh-CN", "想要一个黑色的旅行包", "Voyager"},
	}
	for _, tt := range tests {
		r, err := env.Engine.Reply(context.Background(), assistant.Request{Shop: env.Shop, Message: tt.say, Locale: tt.locale})
		if err != nil {
			t.Fatalf("%q: %v", tt.say, err)
		}
		found := false
		for _, c := range r.Cards {
			found = found || strings.Contains(c.Title, tt.want)
		}
		if !found {
			t.Errorf("%q (%s): no %s card: %q", tt.say, r.Intent, tt.want, r.Text)
		}
	}
}

// TestR5CareAndFAQ asks the cases above of one demo store: each message is a fresh
// conversation, and one store built once keeps the -race run short.
func TestR5CareAndFAQ(t *testing.T) {
	env := answerEnv(t)
	t.Run("CareAnswersRound5", func(t *testing.T) { caseCareAnswersRound5(t, env) })
	t.Run("FAQStoriesRound5", func(t *testing.T) { caseFAQStoriesRound5(t, env) })
}
