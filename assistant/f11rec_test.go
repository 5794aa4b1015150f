package assistant_test

import (
	"testing"

	"shopassist/assistant/eval"
)

// caseF11FleeceGarment: fleece named with a garment word ("fleece trui",
// "veste polaire", "polar mont", "chaqueta polar") is a fleece, not a
// sweater or a jacket of that budget.
func caseF11FleeceGarment(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"nl", "Heb je een fleece trui onder de 100 euro?", []string{"Harbor", "89"}, []string{"Fjellvik"}},
		{"fr", "Je cherche une veste polaire, budget 100 €", []string{"Harbor", "89"}, []string{"Ridge"}},
		{"tr", "M beden polar mont arıyorum, 100 euroya kadar", []string{"Harbor", "89"}, []string{"Ridge"}},
		{"es", "una chaqueta polar por menos de 100 euros", []string{"Harbor", "89"}, []string{"Ridge"}},
	}, withCardTitles)
}

// caseF11TurkishSuffix: a Turkish kind or currency word with a case or
// possessive suffix that voices its last consonant ("çorabı", "kazağa")
// or follows it ("yüz euroya", "iki yüz eurodan") is still that kind
// and that budget.
func caseF11TurkishSuffix(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"tr", "yürüyüş çorabı arıyorum", []string{"Merino Hiking Socks", "22"}, []string{"Granite", "Aurora"}},
		{"tr", "kalın bir kazağa ihtiyacım var", []string{"Fjellvik"}, []string{"e-posta"}},
		{"tr", "elli euroya kadar kafa lambası", []string{"Lumen", "49", "50"}, nil},
		{"tr", "iki yüz eurodan ucuz mont", []string{"200"}, []string{"Fjord", "Aurora", "Tundra"}},
	}, withCardTitles)
}

// caseF11PeopleCounted: the people a kind is for, counted in the genitive
// ("dla czterech osób", "для четырёх человек"), choose the tent that
// sleeps them, and "человек" counting them asks for no person.
func caseF11PeopleCounted(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"pl", "Szukam namiotu dla czterech osób", []string{"Basecamp", "549"}, []string{"Solstice"}},
		{"ru", "Палатка для четырёх человек", []string{"Basecamp", "549"}, []string{"Solstice", "e-mail"}},
	}, withCardTitles)
}

// caseF11KindWords: everyday kind words ("botas", "zapatillas",
// "calções", "Traillaufschuhe") decide the kind, so a budget or size
// lists no other kind beside it.
func caseF11KindWords(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"es", "unas botas para el monte, hasta 200 euros", []string{"Granite", "189"}, []string{"Camiseta", "Mochila"}},
		{"es", "zapatillas para trail entre 100 y 150 euros", []string{"Switchback", "139"}, []string{"Sudadera"}},
		{"pt", "calções de banho tamanho L", []string{"Lagoon", "45"}, []string{"Fonte"}},
		{"de", "Traillaufschuhe in 42", []string{"Switchback", "139"}, []string{"Größentabelle"}},
		{"nl", "rode flanellen blouse maat XL", []string{"Basecamp", "69"}, []string{"Maattabel"}},
	}, withCardTitles)
}

// caseF11WishToBuy: "quero umas …", "quiero unas …" with a kind is a wish
// to buy, also beside a shoe size said as "número" (read as an order
// number to look up).
func caseF11WishToBuy(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"pt", "quero umas botas pretas número 46", []string{"Granite", "189"}, []string{"pedido"}},
		{"es", "quiero unas botas del 43", []string{"Granite", "189"}, []string{"pedido"}},
	}, withCardTitles)
}

// caseF11KindForPurpose: a kind and what it is for, with no question
// ("korte broek om te wandelen"), asks for products of the kind, not
// about the product whose description shares the activity's word.
func caseF11KindForPurpose(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"nl", "korte broek om te wandelen", []string{"Scree"}, []string{"Aurora"}},
		{"nl", "korte broek om te klimmen", []string{"Scree"}, []string{"Aurora"}},
	}, withCardTitles)
}

// TestF11Rec asks the cases above of one demo store, built once.
func TestF11Rec(t *testing.T) {
	env := answerEnv(t)
	t.Run("FleeceGarment", func(t *testing.T) { caseF11FleeceGarment(t, env) })
	t.Run("TurkishSuffix", func(t *testing.T) { caseF11TurkishSuffix(t, env) })
	t.Run("PeopleCounted", func(t *testing.T) { caseF11PeopleCounted(t, env) })
	t.Run("KindWords", func(t *testing.T) { caseF11KindWords(t, env) })
	t.Run("KindForPurpose", func(t *testing.T) { caseF11KindForPurpose(t, env) })
	t.Run("WishToBuy", func(t *testing.T) { caseF11WishToBuy(t, env) })
}
