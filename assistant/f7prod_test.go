package assistant_test

import (
	"testing"

	"shopassist/assistant/eval"
)

// caseF7ColoursOfSize: a size (or capacity) with "which colours?" or two
// colours as alternatives asks every colour of that size with its stock,
// not the first colour that has it.
func caseF7ColoursOfSize(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"en", "Granite boots in size 42: what colours are left?", []string{"Black / 42"}, nil},
		{"en", "Granite boots, black 46 please, or brown if there's none", []string{"Black / 46", "Brown / 46"}, nil},
		{"id", "Sepatu Granite nomor 42 ada warna apa saja?", []string{"42"}, nil},
	})
}

// caseF7Compare: two named products compared on price are each answered
// from their data, with the kind next to each name picking the line's
// product (a hammock, not the same line's trousers), not the price-match
// entry.
func caseF7Compare(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"it", "Quale costa meno tra la tenda Solstice e la Basecamp 4P?", []string{"399", "549"}, []string{"allineiamo"}},
		{"pt", "Quanto custa a rede Drift comparada com a cadeira Hilltop?", []string{"69", "99"}, []string{"Trousers"}},
		{"id", "hamok Drif beratnya berapa?", []string{"Hammock"}, []string{"Trousers"}},
	})
}

// caseF7FitOfProduct: a measurement given for a named product gives the
// size from the guide; a size the product is not made in is said, with its
// sizes; kids' clothes are sized by age.
func caseF7FitOfProduct(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"pt", "Minha cintura mede 80, que tamanho da Canyon Convertible devo pegar?", []string{"80 cm → M"}, nil},
		{"tr", "Canyon Convertible için bel ölçüm 76, hangi beden?", []string{"76 cm → S"}, nil},
		{"en", "My foot is 29.5 cm, will the Riverbed sandals fit me?", []string{"EU 46", "45"}, nil},
		{"en", "What size of the Puddle rain jacket for my son, he turns 8 soon?", []string{"one year"}, []string{"chest"}},
		{"zh-Hans", "平时穿 EU 40 的鞋，美利奴袜子选哪个码？", []string{"EU 40 → M"}, nil},
		{"pl", "Ile waży kijek karbonowy?", []string{"210"}, nil},
	})
}

// caseF7Viewed: questions on a product page about what its description
// states in other words (charging by cable, degrees, what comes with it).
func caseF7Viewed(t *testing.T, env *eval.Env) {
	const emberBag, headlamp = 8000000046, 8000000055
	for _, c := range []struct {
		viewing int64
		replyCase
	}{
		{headlamp, replyCase{"id", "kalau baterainya habis ngecasnya pakai kabel apa?", []string{"USB-C"}, nil}},
		{emberBag, replyCase{"nl", "Tot hoeveel graden kan ik hierin slapen, en zit er een zak bij?", []string{"0 °C", "Compressiezak"}, nil}},
	} {
		checkReplies(t, env, []replyCase{c.replyCase}, onProductPage(c.viewing))
	}
}

// TestF7Prod asks the cases above of one demo store, built once.
func TestF7Prod(t *testing.T) {
	env := answerEnv(t)
	t.Run("F7ColoursOfSize", func(t *testing.T) { caseF7ColoursOfSize(t, env) })
	t.Run("F7Compare", func(t *testing.T) { caseF7Compare(t, env) })
	t.Run("F7FitOfProduct", func(t *testing.T) { caseF7FitOfProduct(t, env) })
	t.Run("F7Viewed", func(t *testing.T) { caseF7Viewed(t, env) })
}
