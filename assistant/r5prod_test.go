package assistant_test

import (
	"testing"

	"shopassist/assistant/eval"
)

// runR5Cases checks the fifth and sixth rounds' product tables, whose
// words may stand on the reply's cards.
func runR5Cases(t *testing.T, env *eval.Env, cases []replyCase) {
	t.Helper()
	checkReplies(t, env, cases, withCardTitles)
}

// caseR5SizeFromMeasurement: a shopper's own measurement or shoe size,
// with or without a product named, gets the size the guide gives for it —
// a chest with or without its unit, a foot length with a decimal, a Korean
// foot length in millimetres (not an order number), a shoe size for socks —
// while thick socks still ask the footwear rule.
func caseR5SizeFromMeasurement(t *testing.T, env *eval.Env) {
	runR5Cases(t, env, []replyCase{
		{"fr", "J'ai 104 cm de tour de poitrine, quelle taille pour la polaire Harbor ?", []string{"104 cm → L"}, nil},
		{"zh-CN", "胸围112，Fjord羽绒服选多大", []string{"112 cm → XL"}, nil},
		{"es", "mi pie mide 24 cm, ¿qué número pillo de las Granite?", []string{"EU 38"}, nil},
		{"de", "Meine Füße sind 28,5 cm lang, passen mir die Switchback in 44?", []string{"EU 46"}, nil},
		{"ko", "보통 255 신는데 Switchback 사이즈 뭘로 해야 돼요?", []string{"EU 40"}, []string{"주문 번호"}},
		{"zh-TW", "我穿歐碼44的鞋，襪子選哪個尺寸", []string{"EU 44 → L"}, nil},
		{"de", "Ich trage Schuhgröße 40, welche Größe bei den Merino-Socken?", []string{"EU 40 → M"}, nil},
		{"en", "My shoes are a 39. What size of hiking socks fits me?", []string{"EU 39 → M"}, nil},
		// "Boy" is the length of a sleeping bag in Turkish.
		{"tr", "Boyum 1,85; Ember uyku tulumunun hangi boyunu almalıyım?", []string{"198"}, nil},
		// Thick socks are a condition of the boots' fit.
		{"en", "I usually take EU 41. Do I size up in hiking boots for thick winter socks?", []string{"half a size"}, []string{"→"}},
	})
}

// caseR5SizesOfOneColour: "which sizes are left in <colour>?" lists the
// sizes of that colour in stock and sold out, not the first variant of it.
func caseR5SizesOfOneColour(t *testing.T, env *eval.Env) {
	runR5Cases(t, env, []replyCase{
		{"es", "La camiseta Trailhead en salvia, ¿qué tallas quedan?", []string{"Agotado: XS"}, nil},
		{"nl", "In welke maten is de Aurora regenjas in gletsjerblauw er nog?", []string{"XS"}, nil},
		{"en", "What sizes does the Aurora shell still come in, in black?", []string{"XS, S, M, L, XL"}, nil},
	})
}

// caseR5KindNamedWithShortenedMaterial: a product named by its kind and a
// shortened material word ("Titan-Topfset", the titanium cook pot set) is
// that product, and its weight is said.
func caseR5KindNamedWithShortenedMaterial(t *testing.T, env *eval.Env) {
	runR5Cases(t, env, []replyCase{
		{"de", "Wie schwer ist das Titan-Kochtopfset eigentlich?", []string{"Titanium Cook Pot Set", "210 g"}, nil},
		{"nl", "Hoe zwaar is die titanium kookpan set?", []string{"Titanium Cook Pot Set", "210 g"}, nil},
	})
}

// caseR5AttributeCues: attributes asked by words the cues lacked — the
// material by its name (leather, fabric), by "synthetic" or its share, the
// UV rating, inflating, power-bank charging, where a product is made in
// Italian — answer from the description, in the shopper's language even
// when the description is untranslated.
func caseR5AttributeCues(t *testing.T, env *eval.Env) {
	runR5Cases(t, env, []replyCase{
		{"de", "Welches Leder haben die Granite Schuhe?", []string{"Vollnarbenleder"}, nil},
		{"ko", "Voyager 더플백 원단이 뭔가요?", []string{"840D"}, []string{"weather"}},
		{"zh-CN", "Ridgeline背包用的什么布料？", []string{"210D"}, nil},
		{"fr", "Les chaussettes en mérinos, il y a quel pourcentage de laine ?", []string{"68"}, nil},
		{"it", "Le lenti Glacier quanto proteggono dagli UV?", []string{"UV400"}, []string{"days"}},
		{"ja", "Glacierサングラスの紫外線カット性能は？", []string{"UV400"}, nil},
		{"es", "¿Cuántas veces hay que soplar para inflar el Airloft? ¿trae bomba?", []string{"12 respiraciones"}, nil},
		{"zh-CN", "Glow灯能当充电宝给手机充电吗？", []string{"充电宝"}, []string{"your phone"}},
		{"it", "Il berretto Cairn dove lo fanno?", []string{"Portogallo"}, nil},
	})
}

// caseR5OriginTownsRainAndWeight: an untranslated description's town of
// making is said with its country in the shopper's language; rain and
// leaking asked in Korean, "how heavy" in Turkish on a product page, ask
// the product's waterproofing and weight, not shipping.
func caseR5OriginTownsRainAndWeight(t *testing.T, env *eval.Env) {
	runR5Cases(t, env, []replyCase{
		{"nl", "Waar wordt de Kumo furoshiki gemaakt?", []string{"Kyoto (Japan)"}, []string{" it "}},
		{"ko", "Granite 등산화 비 오는 날 신으면 물 새나요?", []string{"고어텍스"}, nil},
	})
	const sweater, boots = 8000000021, 8000000031
	for _, c := range []struct {
		viewing int64
		replyCase
	}{
		{sweater, replyCase{"tr", "Bu ne kadar ağır? Kargo ücreti için soruyorum", []string{"780"}, nil}},
		{boots, replyCase{"ko", "이거 빗물 안 들어와요? 방수 돼요?", []string{"고어텍스"}, nil}},
	} {
		checkReplies(t, env, []replyCase{c.replyCase}, onProductPage(c.viewing))
	}
}

// caseR5HeightAsksLength: the shopper's height, with a product sold in
// lengths, asks which length fits: the lengths and what each fits.
func caseR5HeightAsksLength(t *testing.T, env *eval.Env) {
	runR5Cases(t, env, []replyCase{
		{"zh-CN", "我身高188，Ember睡袋要哪个长度？", []string{"Long", "198"}, nil},
		{"de", "Meine Körpergröße ist 1,93 m – welche Ember-Variante passt?", []string{"198"}, nil},
		{"ru", "Мой рост 190 см, какой спальник Ember брать?", []string{"198"}, nil},
	})
}

// caseR5InseamAndCounts: the inseam is asked in more languages; things an
// untranslated description counts (people, pockets, languages, minutes,
// breaths) are said with the count in digits and the thing in the
// shopper's language, not as the English original.
func caseR5InseamAndCounts(t *testing.T, env *eval.Env) {
	runR5Cases(t, env, []replyCase{
		{"de", "Welche Schrittlänge hat die Canyon Wanderhose?", []string{"81"}, nil},
		{"ja", "Canyonパンツの股下は何センチですか", []string{"81"}, nil},
		{"es", "¿Para cuántas personas es el botiquín Trail?", []string{"1–4 personas"}, []string{"people"}},
		{"fr", "La robe Meadow a des poches ?", []string{"2 poches"}, []string{"pockets"}},
		{"tr", "Drift hamak kaç dakikada kuruluyor?", []string{"2 dakika"}, []string{"minutes"}},
	})
}

// TestR5Products asks the cases above of one demo store: each message is a fresh
// conversation, and one store built once keeps the -race run short.
func TestR5Products(t *testing.T) {
	env := answerEnv(t)
	t.Run("R5SizeFromMeasurement", func(t *testing.T) { caseR5SizeFromMeasurement(t, env) })
	t.Run("R5SizesOfOneColour", func(t *testing.T) { caseR5SizesOfOneColour(t, env) })
	t.Run("R5KindNamedWithShortenedMaterial", func(t *testing.T) { caseR5KindNamedWithShortenedMaterial(t, env) })
	t.Run("R5AttributeCues", func(t *testing.T) { caseR5AttributeCues(t, env) })
	t.Run("R5OriginTownsRainAndWeight", func(t *testing.T) { caseR5OriginTownsRainAndWeight(t, env) })
	t.Run("R5HeightAsksLength", func(t *testing.T) { caseR5HeightAsksLength(t, env) })
	t.Run("R5InseamAndCounts", func(t *testing.T) { caseR5InseamAndCounts(t, env) })
}
