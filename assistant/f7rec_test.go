package assistant_test

import (
	"testing"
)

// TestRecommendRound7: recommendations with a budget spelled out in words,
// a kind described by its use instead of named, a shade for a colour, or a
// product line's name inside a kind's words; each reply must show the
// product that fits and not the one the old reading picked.
func TestRecommendRound7(t *testing.T) {
	env := answerEnv(t)
	cases := map[string][]replyCase{
		"budget in words": {
			{"fr", "il me faudrait un sac de couchage, cent cinquante euros grand maximum", []string{"Nightjar"}, []string{"Ember"}},
			{"en", "any sleeping bag under one hundred and forty euros?", []string{"Nightjar"}, []string{"Ember"}},
			{"es", "una linterna frontal por menos de cuarenta pavos", []string{"Lumen"}, nil},
			{"ko", "육십 유로 이하 헤드랜턴 추천해 주세요", []string{"Lumen"}, []string{"티셔츠"}},
		},
		"kind described by use": {
			{"tr", "Kamp yaparken dereden aldığım suyu içilebilir hale getirecek bir şey lazım", []string{"ClearFlow"}, []string{"Granite"}},
			{"de", "Habt ihr was für warme Füße abends auf der Hütte?", []string{"Hut"}, []string{"Nightjar"}},
			{"fr", "un cadeau pour ranger mes vêtements dans la valise", []string{"Packing Cube"}, []string{"Furoshiki"}},
			{"ko", "등산화 위에 차서 눈이 안 들어가게 하는 제품 있나요?", []string{"Gaiters"}, []string{"Granite"}},
			{"id", "Cari tas yang kedap air buat bawa baju pas naik perahu", []string{"Tidepool"}, []string{"Sleeping Bag"}},
			{"it", "vorrei una luce da mettere nella tenda", []string{"Glow"}, []string{"Solstice"}},
		},
		"activity and shell": {
			{"fr", "un short pour grimper du bloc en salle", []string{"Scree"}, []string{"Lagoon"}},
			{"it", "cerco un guscio antipioggia leggero", []string{"Aurora"}, []string{"Voyager"}},
			{"es", "Vamos de camping en julio y hace calor por la noche, ¿qué saco de dormir me recomiendas?", []string{"Nightjar"}, []string{"Ember"}},
			{"en", "Looking for a hooded top that blocks the sun, seventy euros max", []string{"Sunward"}, []string{"Summit"}},
		},
		"colour shade": {
			{"ko", "선물용 차콜색 후드티 S 사이즈 찾아요", []string{"Summit"}, []string{"Sunward"}},
			{"pl", "Szukam legginsów śliwkowych do biegania", []string{"Cloudbreak"}, []string{"Alpine"}},
		},
		"line name inside a kind": {
			{"es", "¿Tenéis algún forro polar en talla M?", []string{"Harbor"}, []string{"Mittens"}},
			{"es", "un forro polar azul marino en talla S", []string{"Harbor"}, []string{"Summit"}},
		},
	}
	for name, cs := range cases {
		t.Run(name, func(t *testing.T) { checkReplies(t, env, cs, withCardTitles) })
	}
}
