package geo

import "testing"

// TestF15Places: the initials and short names shoppers write for the
// largest US cities (NYC, LA, ロス, 엘에이, 三藩市) are the United States,
// in capitals only and not inside another katakana word (クロス, ロスト);
// a wordcity's accented spelling the gazetteer lists (Spanish "Seúl") is
// the city where a residence or shipping marker reads word cities; a card
// brand holding a country's name (美國運通, アメリカン・エキスプレス) names
// no place.
func TestF15Places(t *testing.T) {
	m := New()
	for _, tt := range []struct{ text, want string }{
		{"shipping to NYC", "US"},
		{"LA로 보내면", "US"},
		{"ship to L.A. please", "US"},
		{"la chaqueta roja", ""},
		{"I live in NY", "US"},
		{"可以用美國運通卡付款嗎？", ""},
		{"可以用美国运通卡付款吗？", ""},
		{"アメリカン・エキスプレスは使えますか？", ""},
		{"아메리칸 익스프레스 카드로 결제", ""},
	} {
		if got := firstCode(m.Find(tt.text)); got != tt.want {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	for _, tt := range []struct{ text, want string }{
		{"ロスへ送る", "US"},
		{"ロス在住です", "US"},
		{"엘에이로 배송", "US"},
		{"住在三藩市", "US"},
		{"寄到洛城", "US"},
		{"샌프란으로 배송", "US"},
		{"クロスボディバッグ", ""},
		{"ロストしました", ""},
		{"plazo de entrega a Seúl", "KR"},
		{"entrega em Seul", "KR"},
		// an accent no spelling has is the other word
		{"lo farò domani", ""},
	} {
		if got := firstCode(m.LocateResidence(tt.text)); got != tt.want {
			t.Errorf("LocateResidence(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestF15AccentedWordCity: a word city written as a language spells the
// city, after a place preposition, is the city without a residence marker;
// unaccented, or with no preposition, it stays the word.
func TestF15AccentedWordCity(t *testing.T) {
	m := New()
	for _, tt := range []struct {
		text string
		want int
	}{
		{"¿Cuánto tarda un pedido a Seúl?", 1},
		{"¿Qué plazo de entrega tenéis a Seúl?", 1},
		{"je suis seul à la maison", 0},
		{"c'est trop salé", 0},
		{"un pedido a Seul", 0},
	} {
		if got := len(m.LocateFor(tt.text)); got != tt.want {
			t.Errorf("LocateFor(%q): %d places, want %d", tt.text, got, tt.want)
		}
	}
}
