package assistant_test

import (
	"context"
	"strings"
	"testing"

	"shopassist/assistant"
	"shopassist/db"
)

// TestRecommendationConstraints: every card of a recommendation meets
// every constraint the shopper stated (category in any language, price,
// colour, size, attribute), and when nothing does the reply says the
// budget and shows only the nearest products. Titles are the demo
// catalog's (cards show the shopper's language where translated, so the
// check is on product ids).
func TestRecommendationConstraints(t *testing.T) {
	env := answerEnv(t)
	ctx := context.Background()
	const (
		aurora    = 8000000001
		fjord     = 8000000002
		tundra    = 8000000004
		harbor    = 8000000006
		summit    = 8000000007
		puddle    = 8000000020
		granite   = 8000000031
		switchbk  = 8000000032
		ridgeline = 8000000036
		highroute = 8000000037
		solstice  = 8000000044
		basecamp  = 8000000045
		nightjar  = 8000000047
	)
	tests := []struct {
		locale, say string
		only        []int64  // every card is one of these
		has         []string // the reply text says these
		not         []string
		variant     string // the first card adds this variant
	}{
		{locale: "en", say: "backpack under 100 euros", only: []int64{ridgeline}, has: []string{"100.00", "119.00"}},
		{locale: "zh-CN", say: "有没有100欧元以下的背包？", only: []int64{ridgeline}, has: []string{"100.00", "119.00"}},
		{locale: "de", say: "Ich suche einen Rucksack unter 150 Euro", only: []int64{ridgeline}},
		{locale: "fr", say: "sac à dos entre 100 et 250 euros", only: []int64{ridgeline, highroute}},
		{locale: "fr", say: "je cherche une veste imperméable", only: []int64{aurora}},
		{locale: "ar", say: "هل لديكم سترة مقاومة للماء؟", only: []int64{aurora, puddle}},
		{locale: "de", say: "Regenjacke für Kinder", only: []int64{puddle}},
		{locale: "ja", say: "子供用のレインジャケット", only: []int64{puddle}},
		{locale: "en", say: "hiking boots size 44", only: []int64{granite}},
		{locale: "fr", say: "chaussures de randonnée pointure 42", only: []int64{granite}},
		{locale: "en", say: "running shoes size 42", only: []int64{switchbk}},
		{locale: "en", say: "green fleece", only: []int64{harbor}, variant: "Forest / S"},
		{locale: "en", say: "a blue fleece", only: []int64{harbor, summit}},
		{locale: "de", say: "Ich suche eine schwarze Jacke in Größe M", only: []int64{aurora, fjord, tundra},
			has: []string{"schwarz"}, not: []string{"black"}, variant: "Schwarz / M"},
		// "cheapest" is one product, not a list sorted by price.
		{locale: "en", say: "What's your cheapest sleeping bag?", only: []int64{nightjar}, has: []string{"Nightjar"}},
		{locale: "es", say: "¿Cuál es la tienda de campaña más barata?", only: []int64{solstice}},
		{locale: "nl", say: "Wat is de goedkoopste slaapzak?", only: []int64{nightjar}},
		{locale: "ko", say: "가장 싼 침낭은 뭐예요?", only: []int64{nightjar}},
		{locale: "zh-TW", say: "最便宜的帳篷是哪一款？", only: []int64{solstice}},
		{locale: "en", say: "What's the cheapest backpack you sell?", only: []int64{ridgeline}},
		// A negated floor is a ceiling; a budget is a ceiling.
		{locale: "fr", say: "Un sac à dos pas plus de 130 euros ?", only: []int64{ridgeline}, has: []string{"130.00"}},
		{locale: "fr", say: "Une veste chaude pour l'hiver, budget 300 euros", only: []int64{fjord}},
		// The season the shopper names is a tag the products must carry.
		{locale: "en", say: "best jacket for hiking in winter?", only: []int64{fjord, tundra}},
		{locale: "zh-CN", say: "推荐一款冬天徒步穿的外套", only: []int64{fjord, tundra}},
		// No sleeping bag is tagged for winter: the summer one is left out
		// and the rest shown, with no "nothing matches".
		{locale: "en", say: "Any sleeping bag for winter camping?", only: []int64{8000000046}, not: []string{"Nothing matches"}},
		{locale: "zh-CN", say: "有适合冬天的睡袋吗？", only: []int64{8000000046}},
		{locale: "fr", say: "Un sac de couchage pour l'été ?", only: []int64{nightjar}},
		// Categories in more words: rain trousers, trail shoes; a category
		// the classifier could not place is still a product request.
		{locale: "de", say: "Ich brauche eine Regenhose", only: []int64{8000000019}},
		{locale: "it", say: "Avete pantaloni antipioggia?", only: []int64{8000000019}},
		{locale: "fr", say: "Je cherche des chaussures de trail taille 44", only: []int64{switchbk}},
		{locale: "en", say: "Recommend a lightweight tent", only: []int64{solstice, basecamp}},
		{locale: "nl", say: "Ik zoek een zwarte regenjas in maat M", only: []int64{aurora}, variant: "Zwart / M"},
		// Children's products only when asked for; the catalog's kinds in
		// other languages; a budget in euros written 欧/歐.
		{locale: "en", say: "looking for a rain jacket for hiking, max 250 euros", only: []int64{aurora}},
		{locale: "pl", say: "macie kijki trekkingowe?", only: []int64{8000000057}},
		{locale: "ja", say: "風呂敷ありますか？", only: []int64{8000000043}},
		{locale: "it", say: "Cerco un'amaca da viaggio", only: []int64{8000000059}},
		{locale: "zh-CN", say: "有没有200欧以下的睡袋", only: []int64{nightjar}},
		// A budget in another currency is not converted, and the reply says
		// the shop's currency.
		{locale: "en", say: "I have $100 to spend on a fleece", only: []int64{harbor, summit}, has: []string{"EUR"}},
		{locale: "de", say: "Fleecejacke für 100 Dollar?", only: []int64{harbor, summit}, has: []string{"EUR"}},
		{locale: "en", say: "Do you have tents?", only: []int64{solstice, basecamp}},
		{locale: "it", say: "Avete sacchi a pelo sotto i 150 euro?", only: []int64{nightjar}},
		// A kind narrower than its product type keeps only the products
		// marked with it: down jackets are not the rain shell, swim shorts
		// not the climbing shorts.
		{locale: "en", say: "need a down jacket under €300 for a ski trip", only: []int64{fjord}},
		{locale: "pl", say: "Szukam kurtki puchowej do 300 euro", only: []int64{fjord}},
		{locale: "ja", say: "300ユーロ以内でダウンジャケットを探しています", only: []int64{fjord}},
		{locale: "pt-BR", say: "tem bermuda de banho?", only: []int64{8000000016}},
		{locale: "it", say: "Avete pantaloni convertibili?", only: []int64{8000000014}},
		// A type read from a side word ("camping" → Camp Kitchen) yields to
		// the category the shopper named.
		{locale: "pt-BR", say: "preciso de uma cadeira de camping dobrável", only: []int64{8000000058}},
		{locale: "pt-BR", say: "vocês têm um travesseiro inflável pra camping?", only: []int64{8000000049}},
		// How many people it is for: the products that take the party,
		// translated into the shopper's language or not.
		{locale: "fr", say: "une tente légère pour 2 personnes pour le GR20 ?", only: []int64{solstice}},
		{locale: "ar", say: "أبحث عن خيمة للعائلة، نحن أربعة", only: []int64{basecamp}},
		{locale: "en", say: "Do you have a tent for 4?", only: []int64{basecamp}},
		// A gift idea is a product the shop tags as a gift, in the budget,
		// not the gift card "cadeau" reads as a product type.
		{locale: "fr", say: "idée cadeau pour un randonneur, moins de 20 euros", only: []int64{8000000052}},
		{locale: "zh-CN", say: "送朋友礼物，20欧以内有什么", only: []int64{8000000052}},
		// Sun protection is an attribute the products' tags carry; words
		// that match nothing ("maniche lunghe") leave it to the tags.
		// ("maglia" names no category: the sun cap is also sun protection.)
		{locale: "it", say: "qualcosa per la protezione solare, maglia a maniche lunghe con cappuccio", only: []int64{8000000011, 8000000025},
			has: []string{"Sunward"}},
		{locale: "de", say: "Habt ihr eine Kappe mit Sonnenschutz?", only: []int64{8000000025}},
		// What a product is for, as the catalog's tags say it: a day out
		// (the daypack), several days (tagged multi-day), the sun (solar).
		{locale: "en", say: "I'm looking for a backpack for day hikes", only: []int64{ridgeline}},
		{locale: "de", say: "Habt ihr einen Rucksack für eine Tageswanderung?", only: []int64{ridgeline}},
		{locale: "ko", say: "당일 등산용 배낭 추천해 주세요", only: []int64{ridgeline}},
		{locale: "fr", say: "je cherche un sac à dos pour un trek de plusieurs jours", only: []int64{highroute}},
		{locale: "ru", say: "нужен рюкзак для многодневного похода", only: []int64{highroute}},
		{locale: "en", say: "any solar powered lantern for camping?", only: []int64{8000000056}},
		{locale: "es", say: "busco una lámpara solar para el camping", only: []int64{8000000056}},
		// The people named make the party; a family is at least three.
		{locale: "en", say: "we need a tent for my husband, me and our 2 children", only: []int64{basecamp}},
		{locale: "fr", say: "une tente pour toute la famille", only: []int64{basecamp}},
		{locale: "it", say: "vorrei comprare una tenda leggera per 2", only: []int64{solstice}},
		// A child named by age or as the shopper's son or daughter asks
		// for children's products; kinds the shop sells once.
		{locale: "en", say: "rain jacket for my 7 year old", only: []int64{puddle}},
		{locale: "es", say: "busco un chubasquero para mi hija de 9 años", only: []int64{puddle}},
		{locale: "fr", say: "vous avez une boussole ?", only: []int64{8000000063}},
		{locale: "it", say: "cerco un marsupio per correre", only: []int64{8000000041}},
		{locale: "nl", say: "hebben jullie een droogzak voor de kano?", only: []int64{8000000040}},
		{locale: "en", say: "do you sell a warm vest?", only: []int64{8000000003}},
		{locale: "nl", say: "Zoek een rugzak voor een tocht van 4 dagen", only: []int64{highroute}},
		{locale: "es", say: "Busco unos pantalones cortos de montaña", only: []int64{8000000015, 8000000016}},
		{locale: "pt-BR", say: "vocês têm óculos de sol polarizados?", only: []int64{8000000061}},
		// A wish to buy a kind of product is a request for products,
		// whatever topic the classifier read.
		{locale: "zh-CN", say: "周末去露营，想买个头灯", only: []int64{8000000055}},
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
			ok := false
			for _, id := range tt.only {
				ok = ok || c.ProductID == id
			}
			if !ok {
				t.Errorf("%q: card %q (%d) breaks a constraint", tt.say, c.Title, c.ProductID)
			}
		}
		low := strings.ToLower(r.Text)
		for _, h := range tt.has {
			if !strings.Contains(low, strings.ToLower(h)) {
				t.Errorf("%q: reply lacks %q: %q", tt.say, h, r.Text)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(low, strings.ToLower(n)) {
				t.Errorf("%q: reply has %q: %q", tt.say, n, r.Text)
			}
		}
		if tt.variant != "" && r.Cards[0].VariantTitle != tt.variant {
			t.Errorf("%q: first card adds %q, want %q", tt.say, r.Cards[0].VariantTitle, tt.variant)
		}
	}
}

// TestCardPickers: a product card with sizes and colours carries every
// variant with its values in the card's option order, so the widget can
// let the shopper pick before adding to cart.
func TestCardPickers(t *testing.T) {
	env := answerEnv(t)
	r, err := env.Engine.Reply(context.Background(), assistant.Request{Shop: env.Shop, Message: "navy fleece size L", Locale: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Cards) != 1 {
		t.Fatalf("cards = %+v, want the Harbor Grid Fleece", r.Cards)
	}
	c := r.Cards[0]
	if c.VariantTitle != "Navy / L" || len(c.Options) != 2 || len(c.Variants) != 12 {
		t.Fatalf("card variant %q, %d options, %d variants; want Navy / L, 2, 12", c.VariantTitle, len(c.Options), len(c.Variants))
	}
	found := false
	for _, v := range c.Variants {
		if v.ID == c.VariantID {
			found = true
			if strings.Join(v.Options, " / ") != "Navy / L" || !v.Available || v.Price != "89.00" {
				t.Errorf("card's own variant = %+v", v)
			}
		}
		if len(v.Options) != len(c.Options) {
			t.Errorf("variant %d has %d values for %d options", v.ID, len(v.Options), len(c.Options))
		}
	}
	if !found {
		t.Errorf("the card's variant %d is not among its variants", c.VariantID)
	}
	if !strings.Contains(r.Text, "(Navy / L)") {
		t.Errorf("reply does not say which variant the card adds: %q", r.Text)
	}
}

// TestMerchantFAQFirst: FAQ entries a merchant adds (parking, dogs) are
// reached in every language they are written in and in paraphrase, before
// intent routing sends the question to the return or shipping policy, and
// an entry written only in English is found from another language and
// shown as the original.
func TestMerchantFAQFirst(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	doc := func(locale, q, a string) db.KnowledgeDocument {
		return db.KnowledgeDocument{Locale: locale, Title: q, Body: a, Questions: db.NewJSON([]string{q})}
	}
	if err := env.Store.SaveFAQ(ctx, env.Shop.ID, "parking", []db.KnowledgeDocument{
		doc("en", "Is there parking at your Utrecht store?", "Yes: 12 free parking spaces behind the shop on Vaartsche Rijn 7, and a bike rack at the door."),
		doc("de", "Gibt es Parkplätze an eurem Laden in Utrecht?", "Ja: 12 kostenlose Parkplätze hinter dem Laden am Vaartsche Rijn 7 und ein Fahrradständer vor der Tür."),
		doc("es", "¿Hay aparcamiento en vuestra tienda de Utrecht?", "Sí: 12 plazas de aparcamiento gratuitas detrás de la tienda en Vaartsche Rijn 7 y un aparcabicis en la puerta."),
	}); err != nil {
		t.Fatal(err)
	}
	if err := env.Store.SaveFAQ(ctx, env.Shop.ID, "dogs", []db.KnowledgeDocument{
		doc("en", "Can I bring my dog to the store?", "Dogs on a lead are welcome in our Utrecht store; we keep a water bowl by the till."),
		doc("fr", "Puis-je venir au magasin avec mon chien ?", "Les chiens en laisse sont les bienvenus dans notre magasin d'Utrecht ; une gamelle d'eau est près de la caisse."),
	}); err != nil {
		t.Fatal(err)
	}
	env.Index.Invalidate(env.Shop.Domain)
	tests := []struct {
		locale, say string
		has         []string
	}{
		{"en", "Where can I park my car when I visit you?", []string{"12", "Vaartsche Rijn 7"}},
		{"en", "Is there parking if I want to return something in person?", []string{"12"}},
		{"de", "Kann ich bei euch parken?", []string{"12 kostenlose"}},
		{"es", "¿Dónde puedo aparcar?", []string{"12 plazas"}},
		{"en", "Are pets allowed in the shop?", []string{"lead"}},
		{"fr", "Les animaux sont-ils acceptés dans la boutique ?", []string{"laisse"}},
		{"en", "can I come with my dog when I pick up my order", []string{"lead"}},
		// Written in English only: found from Italian, shown as the original.
		{"it", "Posso portare il mio cane in negozio?", []string{"lead", "italiano"}},
		{"nl", "Kan ik bij jullie parkeren?", []string{"Vaartsche Rijn 7"}},
	}
	for _, tt := range tests {
		r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: tt.say, Locale: tt.locale})
		if err != nil {
			t.Fatalf("%q: %v", tt.say, err)
		}
		for _, h := range tt.has {
			if !strings.Contains(r.Text, h) {
				t.Errorf("%q (%s): reply lacks %q: %q", tt.say, r.Intent, h, r.Text)
			}
		}
	}
}

// TestFAQSubjects: the subject a message names (a currency, gift wrapping,
// a restock) finds the demo shop's entry about it in the shopper's
// language, though the wording differs and another entry shares more words
// (the payment methods for "pagare"); an entry naming markets is quoted
// whole rather than asking for the country; a duties question naming a
// currency is still the duties rule.
func TestFAQSubjects(t *testing.T) {
	checkReplies(t, answerEnv(t), []replyCase{
		{"en", "can I pay in dollars", []string{"25 markets"}, nil},
		{"de", "Kann ich in Franken bezahlen?", []string{"25 Märkten"}, nil},
		{"it", "Posso pagare in franchi svizzeri?", []string{"25 mercati"}, []string{"Klarna"}},
		{"ar", "هل يمكنني الدفع بالدرهم؟", []string{"25 سوقاً"}, []string{"Klarna"}},
		{"zh-CN", "可以用人民币付款吗？", []string{"25 个市场"}, nil},
		{"en", "When will sold out items come back?", []string{"4–6"}, nil},
		{"fr", "Vous faites des paquets cadeaux ?", []string{"4 €"}, nil},
		{"ja", "ギフト包装はできますか？", []string{"4ユーロ"}, nil},
		{"de", "Muss ich in der Schweiz Zoll in Franken zahlen?", []string{"DAP"}, []string{"25 Märkten"}},
		// A duties question naming the shopper's circumstances is the
		// duties rule, not the student discount or cash on delivery.
		{"zh-CN", "我是在美国读书的中国留学生，寄到波士顿要付关税吗？", []string{"关税"}, []string{"15%"}},
		{"ru", "Я живу в Грузии, в Тбилиси. Придётся платить пошлину при получении?", []string{"DAP"}, []string{"Klarna"}},
		// Restricted goods with a product and a place: the restriction.
		{"en", "Can you ship gas canisters to the US with my stove?", []string{"EU"}, nil},
		{"it", "Spedite le cartucce di gas anche in Norvegia?", []string{"UE"}, nil},
		// The Netherlands rule, not the warehouse paragraph naming it.
		{"zh-CN", "寄到荷兰阿姆斯特丹几天到", []string{"1–3"}, nil},
		{"ja", "オランダまで何日かかりますか？", []string{"1〜3"}, nil},
		// A delivery rule with a payment method as its condition.
		{"en", "How much is shipping to Austria if I pay with PayPal?", []string{"6.95"}, []string{"privacy", "Privacy"}},
		{"en", "Can I pay with Klarna?", []string{"Klarna"}, nil},
		// How much time one has to return: the window.
		{"es", "¿Cuánto tiempo tengo para devolver unas botas?", []string{"30"}, nil},
		{"pl", "Ile mam czasu na zwrot?", []string{"30"}, nil},
		// A size exchange asked in general is the exchange entry, not a
		// change to an order passed to the team.
		{"it", "Posso cambiare taglia?", []string{"gratuiti"}, nil},
		{"es", "¿Puedo cambiar la talla?", []string{"gratuitos"}, nil},
		{"ar", "هل يمكنني تغيير المقاس؟", []string{"مجاني"}, nil},
		// A store service named with a category is the service.
		{"en", "what's your guarantee on jackets?", []string{"2-year warranty"}, nil},
		{"en", "Is your down cruelty free?", []string{"RDS"}, nil},
		// Payment methods and tracking numbers by name; a subject's entry
		// whole though the message names a place.
		{"nl", "Kan ik met iDEAL betalen?", []string{"iDEAL", "Klarna"}, nil},
		{"ar", "هل تقبلون الدفع عند الاستلام؟", []string{"لا نقبل"}, nil},
		{"tr", "Kargo takip numarası ne zaman görünür?", []string{"24"}, nil},
		{"fr", "Je peux payer en francs suisses ?", []string{"CHF", "25"}, nil},
		{"es", "Soy de Madrid, ¿puedo cambiar una talla gratis?", []string{"gratuitos"}, nil},
	})
}
