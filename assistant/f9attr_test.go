package assistant_test

import (
	"testing"
)

// TestF9Attributes: product questions that ask two attributes at once, on
// a product page or naming the product in another script, state each fact
// the description gives: washing by hand as translated descriptions say it,
// hours written against their number ("60시간"), where the wool comes from
// asked as "which country", the lens category and a down's fill power from
// an untranslated description, carrying a bag on the back (its straps),
// vegan materials, the load a pack carries, and a material named in another
// script picking the product whose handle carries it.
func TestF9Attributes(t *testing.T) {
	env := answerEnv(t)
	const hoodie, beanie, sunglasses, sandals = 8000000007, 8000000024, 8000000061, 8000000033
	for _, c := range []struct {
		viewing int64
		replyCase
	}{
		// Washing by hand, in the words of the translated description.
		{0, replyCase{"nl", "Kan de Canteen fles in de vaatwasser en blijft koffie er lang warm in?", []string{"hand", "12"}, nil}},
		{0, replyCase{"fr", "La gourde Canteen passe-t-elle au lave-vaisselle ?", []string{"main"}, nil}},
		{0, replyCase{"ru", "Термобутылку Canteen можно мыть в посудомоечной машине?", []string{"ручная"}, nil}},
		// Hours and lumens written against the number.
		{0, replyCase{"ko", "Lumen 400 헤드램프 배터리는 몇 시간 버텨요? 비 올 때 써도 돼요?", []string{"60", "IPX4"}, nil}},
		// "Which country" asks the origin.
		{hoodie, replyCase{"ko", "이 후디 원단은 어느 나라 양모예요?", []string{"뉴질랜드"}, nil}},
		{beanie, replyCase{"ja", "この帽子はどこで編んでいますか？", []string{"ポルトガル"}, nil}},
		{beanie, replyCase{"de", "Aus welchem Land kommt die Wolle dieser Mütze?", []string{"Portugal"}, nil}},
		// The lens category, said from an untranslated description.
		{sunglasses, replyCase{"tr", "Bu gözlüğün cam kategorisi kaç?", []string{"kategori 3"}, nil}},
		{0, replyCase{"pl", "Jaka kategoria soczewek w okularach Glacier?", []string{"kategoria 3"}, nil}},
		// A down's fill power, said from an untranslated description.
		{0, replyCase{"ko", "Tundra 파카 다운 필파워가 얼마예요?", []string{"700"}, nil}},
		// Carried on the back: the straps.
		{0, replyCase{"en", "Does the Voyager duffel have straps so I can wear it on my back?", []string{"straps"}, nil}},
		{0, replyCase{"de", "Kann man die Voyager Reisetasche auf dem Rücken tragen?", []string{"Rucksackträger"}, nil}},
		// Vegan materials on a product page.
		{sandals, replyCase{"it", "Sono vegano: c'è pelle in questi sandali?", []string{"vegan"}, nil}},
		{sandals, replyCase{"en", "Is anything in these animal-derived? I'm vegan.", []string{"vegan"}, nil}},
		// The load a pack carries, asked in Arabic's present tense.
		{0, replyCase{"ar", "كم كيلو تحمل حقيبة Highroute؟", []string{"15 kg"}, nil}},
		// A material named in another script picks its product.
		{0, replyCase{"ja", "チタンのクッカーはどのくらい入りますか？", []string{"900 ml"}, nil}},
	} {
		checkReplies(t, env, []replyCase{c.replyCase}, onProductPage(c.viewing))
	}
}

// TestF9SizesAndFAQ: a gift that may not fit asks the exchange rule, not
// gift wrapping, with the exchange said in other words ("换别的尺码",
// "cambiarlos por un número más"); being told when a size is back asks the
// restock entry, not a person; a shoe size beside socks offered as "M or
// L" is placed in the sock table, written with or without "EU"; a
// measurement with "which one fits me" is a fit question even when the
// product is described by its zip; a kind written as a compound with its
// wearer ("Kinderregenjacke") names the shop's one product of that kind; a merino garment's care is the merino
// paragraph, named in any script.
func TestF9SizesAndFAQ(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		// A gift, exchanged outside the EU: refund and a new order.
		{"de", "Die Mütze ist ein Geschenk für meine Nichte in Oslo – kann sie sie in eine andere Größe umtauschen?", []string{"neu"}, []string{"Furoshiki"}},
		{"zh-Hans", "给住在新加坡的朋友买了鞋，不合脚的话能换别的尺码吗？", []string{"重新下单"}, nil},
		{"es", "Las botas que compré para mi hermano le quedan justas, ¿se pueden cambiar por un número más?", []string{"UE"}, nil},
		// Being told when it is back.
		{"pt", "Quero ser avisado quando a jaqueta voltar no tamanho G.", []string{"Avise-me"}, nil},
		{"es", "¿Cómo puedo ser avisada cuando vuelva a haber la mochila?", []string{"Avísame"}, nil},
		// A shoe size and two sock sizes.
		{"fr", "Je fais du 40, chaussettes mérinos : S ou M ?", []string{"EU 40 → M"}, nil},
		{"en", "I'm a 44 in shoes, merino socks in M or L?", []string{"EU 44 → L"}, nil},
		// A measurement and "which one fits me": the Canyon trousers
		// answered are sized by waist, so the waist row's size (f12attr).
		{"tr", "Bel ölçüm 80 cm, Canyon pantolonun hangisi uyar bana?", []string{"80 cm → 32"}, []string{"M mevcut değil"}},
		// A compound kind, and a colour with "which sizes".
		{"de", "Welche Größen hat die Kinderregenjacke?", []string{"12Y"}, nil},
		// Poles named by their material in Korean.
		{"ko", "카본 폴 길이 옵션이 뭐예요?", []string{"100–120 cm"}, nil},
		// Merino care, the material named in another script.
		{"ja", "メリノのセーターの洗い方を教えて", []string{"ウールコース"}, nil},
	})
}
