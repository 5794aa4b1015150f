package assistant_test

import (
	"testing"

	"shopassist/assistant/eval"
)

// caseF8Kinds: a list of one kind leaves out products filed under its type
// whose own title names another kind; a gift request keeps the use it
// names; a katakana kind word is no product line's name cut short, and
// booties in katakana are the down booties.
func caseF8Kinds(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"en", "do you sell a sleeping mat for cold spring nights?", []string{"Airloft"}, []string{"Pillow"}},
		{"ja", "軽量なスリーピングマットはありますか", []string{"Airloft"}, []string{"Pillow"}},
		{"de", "Ein Geschenk für meine Schwester, die gern draußen kocht, etwas zum Kochen bis 40 Euro", []string{"Spork"}, []string{"Furoshiki", "Gift Card"}},
		{"ja", "旅行で使う黒いスリングバッグを探しています", []string{"Metro"}, []string{"Shoreline"}},
		{"ja", "ダウンブーティーのSサイズを探しています", []string{"Hut"}, []string{"Fjord"}},
	}, withCardTitles)
}

// caseF8Companion: on a product page, "to go with it" asks for another
// kind of product, not about the one on screen.
func caseF8Companion(t *testing.T, env *eval.Env) {
	const rainShell = 8000000001
	checkReplies(t, env, []replyCase{
		{"en", "great shell! what waterproof thing for my legs would go with it?", []string{"Drift"}, []string{"Aurora"}},
		{"en", "I'm getting this one, what rain pants do you have that match?", []string{"Drift"}, []string{"Aurora"}},
	}, onProductPage(rainShell))
}

// TestF8Prod asks the cases above of one demo store, built once.
func TestF8Prod(t *testing.T) {
	env := answerEnv(t)
	t.Run("F8Kinds", func(t *testing.T) { caseF8Kinds(t, env) })
	t.Run("F8Companion", func(t *testing.T) { caseF8Companion(t, env) })
}
