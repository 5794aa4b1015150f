package assistant_test

import (
	"testing"

	"shopassist/assistant/eval"
)

// caseF9OverBudgetKind: when the budget leaves only products of another
// kind, too small for the party, or without the asked fill, the asked kind
// at the nearest price answers, with its price.
func caseF9OverBudgetKind(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"en", "Any sleeping mat for less than 80 euros?", []string{"149"}, []string{"Pillow"}},
		{"fr", "Vous avez un matelas de sol à moins de 90 euros ?", []string{"149"}, []string{"Cirrus"}},
		{"es", "Quiero una tienda de 4 plazas, menos de 300 euros", []string{"549"}, []string{"Solstice"}},
		{"en", "something that sleeps four, a tent, max 350 euros", []string{"549"}, []string{"Solstice"}},
		{"ru", "Есть пуховый спальник дешевле 300 евро?", []string{"329"}, []string{"Nightjar"}},
		{"en", "Is there a down-filled sleeping bag below 200 euros?", []string{"329"}, []string{"Nightjar"}},
	}, withCardTitles)
}

// caseF9EuroNoPlace: a budget for a category with "how much is the
// cheapest", read as a shipping question, asks for products, not the
// delivery rule ("euro" is no form of Europe here).
func caseF9EuroNoPlace(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"pl", "Czy jest namiot poniżej 300 euro? A ile kosztuje najtańszy?", []string{"399"}, []string{"kraju"}},
		{"ru", "Есть палатка до 300 евро? Сколько стоит самая дешёвая?", []string{"399"}, []string{"стран"}},
	}, withCardTitles)
}

// caseF9Amounts: an amount written out or in another script ("1リットル",
// "на литр", "einem Liter", "de 750 ml") picks that variant, for its stock
// and for a recommendation's price.
func caseF9Amounts(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"ja", "Canteenのボトル、ラスト色の1リットルはまだ買えますか？", []string{"在庫切れ"}, nil},
		{"ru", "Бутылка Canteen ржавого цвета на литр в наличии?", []string{"нет в наличии"}, nil},
		{"es", "Busco una botella térmica negra de 750 ml", []string{"36"}, nil},
		{"de", "Ich suche eine schwarze Isolierflasche mit einem Liter", []string{"39"}, nil},
	}, withCardTitles)
}

// caseF9SizeWords: a letter size said as a word ("in a small") is that
// size.
func caseF9SizeWords(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"en", "Do you still have the Tundra parka in a small?", []string{"sold out"}, nil},
		{"en", "Is the Tundra parka available in medium?", []string{"M"}, []string{"sold out"}},
	})
}

// caseF9ColourOnPage: on a product page, a colour written as the
// translation says it ("bleu glacier") is the product's colour, not the
// Glacier sunglasses.
func caseF9ColourOnPage(t *testing.T, env *eval.Env) {
	const rainShell = 8000000001
	checkReplies(t, env, []replyCase{
		{"fr", "Il en reste en bleu glacier, taille XS ?", []string{"épuisé"}, []string{"Lunettes"}},
	}, onProductPage(rainShell))
}

// caseF9KindRead: the kind asked for is read as the shopper means it: a
// thermos is the insulated bottle, "连帽衫" a hoodie (not a hat), the tent
// one reads in ("çadırda") is where the lamp is used; a day-out need no
// product of the kind carries and a product type the asked sun protection
// is not filed under do not empty the list.
func caseF9KindRead(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"en", "Looking for a thermos to keep coffee hot, under 45 euros", []string{"Canteen"}, nil},
		{"ru", "Ищу термос для горячего чая в походе", []string{"Canteen"}, nil},
		{"zh-Hans", "有没有防晒的连帽衫？", []string{"Sunward"}, []string{"Beanie"}},
		{"tr", "Çadırda harita okumak için kafa lambası arıyorum", []string{"Lumen"}, []string{"Solstice", "Basecamp"}},
		{"ja", "日帰りハイキング用の救急セットはありますか？", []string{"First Aid"}, nil},
	}, withCardTitles)
}

// caseF9NeedsTold: a need told as the shopper's story (knees that hurt
// going down, cold feet in a hut), for themselves or as a gift, names the
// kind that meets it.
func caseF9NeedsTold(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"en", "My dad's knees hurt on the way down from hikes, any ideas under 140?", []string{"Trekking Poles"}, nil},
		{"es", "A mi madre le duelen las rodillas al bajar del monte, ¿qué le regalo?", []string{"129"}, nil},
		{"de", "Meine Frau hat immer kalte Füße in der Hütte, habt ihr was?", []string{"Hut"}, nil},
		{"fr", "J'ai toujours les pieds froids au refuge le soir, une idée à moins de 70 € ?", []string{"55"}, nil},
	}, withCardTitles)
}

// TestF9Rec asks the cases above of one demo store, built once.
func TestF9Rec(t *testing.T) {
	env := answerEnv(t)
	t.Run("OverBudgetKind", func(t *testing.T) { caseF9OverBudgetKind(t, env) })
	t.Run("EuroNoPlace", func(t *testing.T) { caseF9EuroNoPlace(t, env) })
	t.Run("Amounts", func(t *testing.T) { caseF9Amounts(t, env) })
	t.Run("SizeWords", func(t *testing.T) { caseF9SizeWords(t, env) })
	t.Run("ColourOnPage", func(t *testing.T) { caseF9ColourOnPage(t, env) })
	t.Run("KindRead", func(t *testing.T) { caseF9KindRead(t, env) })
	t.Run("NeedsTold", func(t *testing.T) { caseF9NeedsTold(t, env) })
}
