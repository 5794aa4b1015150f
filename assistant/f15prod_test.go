package assistant_test

import "testing"

// TestF15HeightLimits: a description listing each length's limit
// ("Regular fits up to 183 cm, Long up to 198 cm") picks the length for the
// shopper's height, also when the message names both lengths to choose
// from, and quotes the limits.
func TestF15HeightLimits(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"ko", "키가 190cm인데 Ember 침낭은 레귤러와 롱 중 어느 것이 좋나요?", []string{"롱"}, nil},
		{"de", "Ich bin 1,65 m groß. Ember Schlafsack Regular oder Long?", []string{"Normal"}, []string{"Lang /"}},
		{"en", "I'm 1.88 m. Should I get the Ember bag in Regular or Long?", []string{"Long", "198"}, []string{"Regular /"}},
		{"ja", "身長178cmです。Ember寝袋はレギュラーとロング、どちらですか？", []string{"Regular"}, []string{"Long /"}},
	})
}

// TestF15HangulRepeatedConsonant: a Latin line name that says a consonant
// again after a vowel ("Canyon", 캐니언) is found in hangul, so a stock
// question naming it in hangul answers for that product.
func TestF15HangulRepeatedConsonant(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"ko", "캐니언 팬츠 카키 30 재고 있어요?", []string{"Canyon"}, []string{"잘 이해하지 못했어요"}},
		{"ko", "캐년 하이킹 팬츠 카키색 32 있나요?", []string{"Canyon"}, []string{"잘 이해하지 못했어요"}},
	})
}

// TestF15SockSizeSingular: the singular Portuguese "meia" asks the sock
// sizes of the size guide, not the footwear table.
func TestF15SockSizeSingular(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"pt", "Uso 40 de sapato. Que tamanho de meia devo comprar?", []string{"M"}, []string{"UK 6"}},
		{"pt", "Calço 44, qual o tamanho da meia de merino?", []string{"L"}, []string{"UK 9"}},
	})
}

// TestF15SageAndSibling: sage is a colour the variant is picked by, and a
// line's sibling named by its own word ("top", "leggings") leaves the
// other out.
func TestF15SageAndSibling(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"en", "Looking for a merino top in sage, size L, below 100 euros", []string{"Sage / L"}, []string{"Leggings", "Black"}},
		{"de", "Ich suche ein Merino-Funktionsshirt in Salbei, Größe S, unter 100 €.", []string{"Salbei"}, []string{"Schwarz"}},
		{"en", "Merino base layer leggings in black, size S, under €80?", []string{"Leggings"}, []string{"Base Layer Top"}},
	}, withCardTitles)
}

// TestF15LatinLineName: a recommended product whose title is translated
// into a script without Latin letters carries its Latin line name.
func TestF15LatinLineName(t *testing.T) {
	env := answerEnv(t)
	checkReplies(t, env, []replyCase{
		{"ar", "أريد سترة مطر بأقل من 240 يورو", []string{"(Aurora)"}, nil},
	})
}
