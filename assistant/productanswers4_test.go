package assistant_test

import (
	"context"
	"strings"
	"testing"

	"shopassist/assistant"
)

// TestMaterialRecommendations: a material the shopper names (linen,
// flannel, merino, titanium) narrows a recommendation to the products whose
// title or tags carry it, in any language.
func TestMaterialRecommendations(t *testing.T) {
	env := answerEnv(t)
	ctx := context.Background()
	const (
		merinoLeggings = 8000000009
		flannel        = 8000000012
		linen          = 8000000030
		cookPot        = 8000000051
	)
	tests := []struct {
		locale, say string
		only        []int64
	}{
		{"it", "Avete una camicia di lino per l'estate?", []int64{linen}},
		{"nl", "Hebben jullie een flanellen overhemd?", []int64{flannel}},
		{"tr", "Kayak için merinos tayt arıyorum", []int64{merinoLeggings}},
		{"ko", "가벼운 티타늄 냄비 추천해 주세요", []int64{cookPot}},
		{"zh-CN", "有亚麻的衬衫吗？", []int64{linen}},
		// Climbing is a tag; sun protection said as a verb; a compass
		// asked for as a way to find one's way; a vacuum flask.
		{"fr", "Vous avez un short pour l'escalade ?", []int64{8000000015}},
		{"es", "una camiseta con capucha para protegerme del sol", []int64{8000000011, 8000000025}},
		{"pt-BR", "algo pra me orientar na trilha sem celular? quero orientar-me sozinho", []int64{8000000063}},
		{"ja", "黒い魔法瓶はありますか", []int64{8000000053}},
		// A material with a category and a bare "do you have?" asks for
		// products, not an FAQ or the first merino product.
		{"ko", "메리노 양말 있어요?", []int64{8000000022}},
		// Something to cook with: the products tagged for cooking; a
		// "lampe" charged by the sun is the solar lantern.
		{"fr", "quelque chose de léger pour cuisiner en bivouac, moins de 80 euros", []int64{8000000050, 8000000051, 8000000052}},
		{"de", "habt ihr eine Lampe, die sich mit Sonnenenergie lädt?", []int64{8000000056}},
		// A wish to buy read as a return request, with no return word.
		{"pt-BR", "Quero uma camisa de flanela verde", []int64{flannel}},
		{"es", "¿Vendéis cucharas para camping?", []int64{8000000052}},
	}
	for _, tt := range tests {
		r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: tt.say, Locale: tt.locale})
		if err != nil {
			t.Fatalf("%q: %v", tt.say, err)
		}
		if len(r.Cards) == 0 {
			t.Errorf("%q: no product cards; reply %q", tt.say, r.Text)
			continue
		}
		for _, c := range r.Cards {
			if !containsID(tt.only, c.ProductID) {
				t.Errorf("%q: card %q (%d) is not of the material asked", tt.say, c.Title, c.ProductID)
			}
		}
	}
}

func containsID(ids []int64, id int64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// TestProductAnswersRound4: product questions answered from the product's
// data — the variant a plural or spelt colour names, the price of two
// versions compared (not the price-match FAQ), the size between two for an
// outer layer, where a product is made (the country in the shopper's
// language), and a weight question without the untranslated description.
func TestProductAnswersRound4(t *testing.T) {
	env := answerEnv(t)
	ctx := context.Background()
	tests := []struct {
		locale, say string
		has, not    []string
		viewing     int64 // the product page the shopper is on
	}{
		// Brown / 38 is in stock, Black / 38 is not: the brown boots asked.
		{"es", "¿Quedan botas Granite marrones en la 38?", []string{"38"}, []string{"agotad"}, 0},
		{"pt-BR", "Vocês têm a calça Canyon cáqui no 30?", []string{"30"}, []string{"esgotad"}, 0},
		{"it", "Che differenza di prezzo c'è tra il sacco a pelo Ember Regular e il Long?", []string{"329", "349"}, []string{"price-match"}, 0},
		{"it", "Sto tra la M e la L, che taglia prendo per il piumino Fjord?", []string{"M / L → L"}, nil, 0},
		{"nl", "Waar wordt de Fjellvik trui gemaakt?", []string{"Noorwegen"}, nil, 0},
		{"ko", "Trailhead 티셔츠는 어디서 프린트해요?", []string{"포르투갈"}, []string{"Flint"}, 0},
		{"ko", "Cirrus 베개 무게가 몇 그램이에요?", []string{"85 g"}, []string{"contoured", "espresso"}, 0},
		// "Where" with a product's name asks its origin, not an order's
		// whereabouts.
		{"tr", "Trailhead tişört nerede basılıyor, nereden geliyor?", []string{"Portekiz"}, []string{"#1001"}, 0},
		{"nl", "Hebben jullie de Canyon wandelbroek in kaki, maat 28?", []string{"28"}, []string{"uitverkocht"}, 0},
		// A sold-out size names the sizes in stock in the same colour.
		{"de", "Gibt es die Canyon Wanderhose in Graphit, Größe 28? Sonst nehme ich die 30.", []string{"30, 32"}, nil, 0},
		// The lengths asked: the values and the passage that measures them.
		{"it", "Quali lunghezze ci sono per il materassino Airloft?", []string{"197"}, nil, 0},
		{"en", "What lengths does the Ember sleeping bag come in?", []string{"Long", "198"}, nil, 0},
		// A wish with a return word stays a return: the order is asked.
		{"pt-BR", "Quero devolver uma camisa de flanela", []string{"#1001"}, nil, 0},
		{"nl", "Ik wil een fleece terugsturen", []string{"#1001"}, nil, 0},
		// "Dishwasher-safe?" on the bottle's page: its care passage.
		{"de", "Darf die in die Spülmaschine?", []string{"Handwäsche"}, nil, 8000000053},
		// "stof" asks the fabric: its denier, not the English text.
		{"nl", "Van welke stof is de Voyager reistas?", []string{"840D"}, []string{"weather"}, 0},
		// The original and sale price of the product on screen, though
		// "特價" reads as a discount question.
		{"zh-TW", "這個原價是多少？特價又是多少？", []string{"85.00", "69.00"}, nil, 8000000059},
	}
	for _, tt := range tests {
		r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: tt.say, Locale: tt.locale, ProductID: tt.viewing})
		if err != nil {
			t.Fatalf("%q: %v", tt.say, err)
		}
		for _, h := range tt.has {
			if !strings.Contains(r.Text, h) {
				t.Errorf("%q: reply lacks %q: %q", tt.say, h, r.Text)
			}
		}
		low := strings.ToLower(r.Text)
		for _, n := range tt.not {
			if strings.Contains(low, strings.ToLower(n)) {
				t.Errorf("%q: reply has %q: %q", tt.say, n, r.Text)
			}
		}
	}
}
