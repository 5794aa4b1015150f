package assistant_test

import (
	"testing"

	"shopassist/assistant/eval"
)

// caseF12NeedNamesKind: a need or use told instead of a kind (something
// to sit on, neck and face warm, water made drinkable, trousers that
// become shorts, a bag thieves cannot open, a layer under the shell, a
// brimmed hat, a UV filter) names the kind that meets it, and only it.
func caseF12NeedNamesKind(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"en", "Need something to sit on by the campfire, under 120 euros", []string{"Hilltop"}, []string{"Hoodie", "Shorts"}},
		{"es", "Busco algo para sentarme en el festival, máximo 110 euros", []string{"99"}, []string{"Sunward"}},
		{"de", "Etwas, das Hals und Gesicht beim Skifahren warm hält, bis 25 Euro?", []string{"15"}, []string{"Bedingungen"}},
		{"fr", "Un truc pour garder le cou et le visage au chaud en rando, pas cher", []string{"Multi-Way"}, nil},
		{"pt", "Preciso de algo para deixar a água do riacho potável, até 60 euros", []string{"ClearFlow"}, []string{"Lagoon"}},
		{"en", "Something to purify water on a trek, under 50", []string{"ClearFlow"}, []string{"Trailhead"}},
		{"es", "Unos pantalones de montaña que se convierten en short, talla M", []string{"105"}, []string{"Scree", "Lagoon"}},
		{"en", "Hiking trousers that zip into shorts, under 120", []string{"Convertible"}, []string{"Scree", "Lagoon"}},
		{"en", "An anti-theft bag for city trips, max 60 euros", []string{"Metro"}, []string{"Tidepool"}},
		{"es", "Un bolso antirrobo para viajar, hasta 60 euros", []string{"Metro"}, []string{"Tidepool"}},
		{"de", "Ich brauche eine warme Zwischenschicht unter der Regenjacke, 50 bis 100 Euro", []string{"Harbor"}, []string{"Aurora"}},
		{"en", "A warm mid layer for under my rain shell, up to 100 euros", []string{"89"}, []string{"229"}},
		{"ja", "日よけ帽を探しています。30ユーロ以内で", []string{"29"}, []string{"Beanie", "ビーニー"}},
		{"en", "A sun hat for the beach under 30 euros", []string{"Shoreline"}, []string{"Beanie"}},
		{"es", "Una camiseta con filtro UV para el kayak, hasta 60 euros", []string{"Sunward"}, []string{"Summit"}},
		{"nl", "Iets warms voor mijn hoofd tijdens het langlaufen, max 35 euro", []string{"Cairn"}, []string{"Canteen"}},
	}, withCardTitles)
}

// caseF12RegionalKinds: regional words for a kind (Brazilian "papete",
// Swiss "Finken", a Dutch diminutive "kookpotje") name it.
func caseF12RegionalKinds(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"pt", "Tem papete pra trilha até 75 euros?", []string{"69"}, []string{"Summit"}},
		{"de", "Habt ihr Finken für kalte Abende in der Hütte?", []string{"55"}, []string{"Mütze"}},
		{"nl", "Hebben jullie een kookpotje onder de 100 euro?", []string{"89"}, []string{"Tidepool"}},
		{"de", "Gibt es Trekkingsandalen bis 80 Euro?", []string{"69"}, nil},
	}, withCardTitles)
}

// caseF12Budget: "more than X" the shopper will not spend is a ceiling,
// and an Arabic "من X إلى Y" is a range.
func caseF12Budget(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"en", "I want a cook pot but I don't want to spend more than 100 euros.", []string{"89"}, []string{"289", "229"}},
		{"es", "Busco una olla ligera, no quiero gastar más de 100 euros.", []string{"89"}, []string{"289", "229"}},
		{"de", "Eine Kochtopf-Set, mehr als 100 Euro will ich nicht ausgeben.", []string{"89"}, []string{"289"}},
		{"ar", "أبحث عن حقيبة سفر، ميزانيتي من 100 إلى 150 يورو.", []string{"149"}, []string{"Sling"}},
	}, withCardTitles)
}

// caseF12ChildByAge: a child said by a birthday ("turns 9", "10 yaşına
// girdi", "wird 8") asks for the kids' products.
func caseF12ChildByAge(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"en", "My nephew turns 9 next week, I'd like a rain jacket for him under 80 euros.", []string{"Puddle"}, []string{"Aurora"}},
		{"de", "Meine Nichte wird 8, sie braucht eine Regenjacke, höchstens 70 Euro.", []string{"65"}, []string{"Aurora"}},
		{"es", "Mi sobrino cumple 7 años y quiero regalarle un chubasquero de menos de 70 euros.", []string{"65"}, []string{"Aurora"}},
		{"tr", "Kuzenim 9 yaşına girdi, ona yağmurluk almak istiyorum, 70 euroya kadar.", []string{"65"}, []string{"Aurora"}},
	}, withCardTitles)
}

// caseF12TwoKinds: two kinds asked at once are both shown, each in the
// budget.
func caseF12TwoKinds(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"en", "I need a headlamp and a compass, both together under 80 euros.", []string{"Lumen", "Compass"}, nil},
		{"fr", "Je cherche une lampe frontale et une boussole, moins de 80 € au total.", []string{"49", "29"}, nil},
		{"it", "Cerco una borraccia e un filtro per l'acqua, massimo 90 euro.", []string{"Canteen", "ClearFlow"}, nil},
		{"es", "Necesito un hornillo y una olla para acampar, hasta 160 euros.", []string{"Flint", "Titanium"}, nil},
	}, withCardTitles)
}

// caseF12WhenItComes: asked when it would come, a recommended product on
// pre-order says its own shipping time.
func caseF12WhenItComes(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"de", "Ein leichtes Zelt für zwei unter 450 Euro – wann könnte ich es haben?", []string{"3–4 Wochen"}, nil},
		{"fr", "Une tente légère pour deux, moins de 450 €. Quand est-ce que je la recevrais ?", []string{"3 à 4 semaines"}, nil},
		{"en", "A light tent for two under 450 euros - when would it arrive?", []string{"3–4 weeks"}, nil},
	}, withCardTitles)
}

// caseF12ChosenGift: a present the receiver is to choose is the gift
// card, and nothing else.
func caseF12ChosenGift(t *testing.T, env *eval.Env) {
	checkReplies(t, env, []replyCase{
		{"en", "A birthday gift for my sister, 25 euros, I'd rather let her choose.", []string{"Gift Card"}, []string{"Spork", "Furoshiki"}},
		{"de", "Ein Geschenk für meinen Bruder, etwa 25 Euro, er soll es selbst aussuchen.", []string{"25"}, []string{"Spork", "Furoshiki"}},
		{"es", "Un regalo para mi madre de 25 euros, que elija ella.", []string{"25"}, []string{"Spork", "Furoshiki"}},
		{"pt", "Um presentinho de até 20 euros para um amigo que adora acampar", []string{"Spork"}, nil},
	}, withCardTitles)
}

// TestF12Rec asks the cases above of one demo store, built once.
func TestF12Rec(t *testing.T) {
	env := answerEnv(t)
	t.Run("NeedNamesKind", func(t *testing.T) { caseF12NeedNamesKind(t, env) })
	t.Run("RegionalKinds", func(t *testing.T) { caseF12RegionalKinds(t, env) })
	t.Run("Budget", func(t *testing.T) { caseF12Budget(t, env) })
	t.Run("ChildByAge", func(t *testing.T) { caseF12ChildByAge(t, env) })
	t.Run("TwoKinds", func(t *testing.T) { caseF12TwoKinds(t, env) })
	t.Run("WhenItComes", func(t *testing.T) { caseF12WhenItComes(t, env) })
	t.Run("ChosenGift", func(t *testing.T) { caseF12ChosenGift(t, env) })
}
