package assistant_test

import "testing"

// TestF11SyllabicLineNames: a line name of few consonants in katakana or
// hangul (the Korean and Japanese catalog keeps it in Latin letters) finds
// its product.
func TestF11SyllabicLineNames(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"ko", "하이루트 배낭 무게가 얼마예요?", []string{"Highroute", "1650"}, []string{"Ridgeline"}},
		{"ja", "ナイトジャーの寝袋はいくら？", []string{"Nightjar", "129"}, nil},
		{"ja", "エンバーの寝袋とナイトジャーの寝袋、どっちが暖かいですか？", []string{"Ember", "Nightjar"}, []string{"フィヨルド"}},
	}, withCardTitles)
}

// TestF11KindExists: "is there a <kind>?" ("Gibt es eine
// Reisehängematte?", a compound) asks for the products of that kind, not
// the price-match FAQ; a service asked about a kind stays the service.
func TestF11KindExists(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"de", "Gibt es eine Reisehängematte?", []string{"Drift"}, []string{"Preise anderer"}},
		{"nl", "Is er een reishangmat?", []string{"Drift"}, nil},
		{"en", "Are there any light tents?", []string{"Solstice"}, nil},
		{"de", "Gibt es einen leichten Daunenschlafsack?", []string{"Ember"}, nil},
		{"en", "Is there a discount on tents?", []string{"code"}, []string{"Solstice"}},
		{"de", "Gibt es eine Preisgarantie?", []string{"Preise anderer"}, []string{"Drift"}},
	}, withCardTitles)
}

// TestF11ShoeSizeNoKind: a shoe size given with the verb of wearing one
// ("calço 44", "porto il 41") and a comma after it, asking another system,
// is answered from the size guide's footwear conversions without a product
// kind named.
func TestF11ShoeSizeNoKind(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"pt", "Calço 44, que número nos EUA?", []string{"EU 44 = UK 9,5 = US masculino 10,5"}, nil},
		{"es", "Calzo un 42, ¿qué número es en Estados Unidos?", []string{"EU 42 = UK 8 = US hombre 9"}, nil},
		{"it", "Porto il 41, che numero è negli USA?", []string{"EU 40 = UK 6,5"}, nil},
	})
}

// TestF11KindNotCarried: a kind whose only product is archived (wind
// jackets) is said not to be carried, before any near alternative of the
// same type; a kind carried but over the budget keeps the budget reply.
func TestF11KindNotCarried(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"en", "Do you have a windbreaker under 100?", []string{"We don't carry that kind of product"}, []string{"Nothing matches", "Ember"}},
		{"de", "Habt ihr eine Windjacke?", []string{"führen wir derzeit nicht"}, []string{"Breeze"}},
		{"tr", "Rüzgarlık var mı, 100 euroya kadar?", []string{"satmıyoruz"}, []string{"uyku"}},
		{"en", "Do you have a down jacket under 100?", []string{"Nothing in your budget", "Fjord"}, []string{"don't carry"}},
	}, withCardTitles)
}

// TestF11ShortLineSyllabic: the three-letter line name Hut in katakana
// (ハット) names the line next to a kind of its title, and is the hat
// alone.
func TestF11ShortLineSyllabic(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"ja", "ハット ダウンブーティーのSサイズは在庫ありますか？", []string{"Hut Down Booties", "在庫があります"}, []string{"おすすめ"}},
		{"ja", "ハットダウンブーティーはいくら？", []string{"Hut Down Booties", "55"}, nil},
		{"ja", "ハットはありますか？", []string{"Beanie"}, []string{"ニュースレター", "Hut"}},
	}, withCardTitles)
}
