package assistant_test

import "testing"

// TestF10SellsKind: asking whether the shop sells a kind of product lists
// that kind's products, in languages whose classifier reads the selling as
// the gift-card FAQ.
func TestF10SellsKind(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"nl", "Verkopen jullie ook hangmatten?", []string{"Drift"}, []string{"cadeaubon"}},
		{"tr", "Kafa lambası satıyor musunuz?", []string{"Lumen"}, []string{"hediye"}},
		{"id", "Apakah toko ini menjual sleeping bag?", []string{"Ember"}, []string{"Kartu hadiah"}},
		{"ar", "هل تبيعون خيام للتخييم؟", []string{"399"}, []string{"بطاقات الهدايا"}},
	}, withCardTitles)
}

// TestF10Kinds: a windbreaker is a wind jacket (the shop has none on sale,
// so no sleeping bag or unrelated kind is offered as one); a German or
// Dutch compound of material and kind ("Daunenschlafsack") names the kind;
// a word one letter from a line name beside another kind ("hamac de
// voyage", not the Voyager duffel) is no misspelt name; a kind asked for
// with what it is for ("for sorting my suitcase") lists the products.
func TestF10Kinds(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"en", "Any windbreaker for less than 100 euros?", nil, []string{"Ember", "sleeping"}},
		{"tr", "Rüzgarlık var mı, 100 euroya kadar?", nil, []string{"Ember", "uyku"}},
		{"de", "Ich suche einen leichten Daunenschlafsack", []string{"Ember"}, nil},
		{"nl", "Is er een donsslaapzak te koop?", []string{"Ember"}, nil},
		{"fr", "Je cherche un hamac de voyage léger", []string{"Drift"}, []string{"Voyager"}},
		{"es", "¿Tenéis una hamaca de viaje?", []string{"Drift"}, []string{"Voyager"}},
		{"ko", "여행 파우치 있어요? 캐리어 정리할 때 쓰려고요", []string{"Packing Cube"}, []string{"영어"}},
	}, withCardTitles)
}

// TestF10WishNamesProduct: a wish to buy that names the product line
// ("een titanium lepel" is the Titanium Spork) and reads as a return to the
// classifier lists the product, not an order look-up.
func TestF10WishNamesProduct(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"nl", "Ik wil een titanium vork voor in mijn rugzak", []string{"Spork"}, []string{"bestelnummer"}},
		{"de", "Ich will eine Gabel für die Hüttentour", []string{"Spork"}, []string{"Bestellnummer"}},
	}, withCardTitles)
}
