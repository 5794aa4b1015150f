package glossary

import (
	"slices"
	"testing"
)

func TestTerms(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Mi consigliate uno zaino da escursionismo?", []string{"backpack"}},
		{"Kunnen jullie een regenjas aanraden?", []string{"rain jacket"}},
		{"등산화 추천해 주세요", []string{"hiking boots"}},
		{"Посоветуйте тёплую куртку", []string{"jacket"}},
		{"Polecacie jakiś śpiwór?", []string{"sleeping bag"}},
		{"Bisa rekomendasikan jaket hujan?", []string{"rain jacket", "jacket"}},
		{"Sıcak bir ceket önerir misiniz?", []string{"jacket"}},
		{"where is my order", nil},
		{"Le mont Blanc, petite montagne", nil},
		{"Bisa kirim botol minum?", []string{"bottle"}},
		{"Merino boxerın kumaşı nasıl?", []string{"boxer briefs"}},
		{"Vendéis cucharas de titanio?", []string{"spork"}},
		{"有適合登山用的保溫瓶嗎", []string{"bottle"}},
		{"I need help with my subscription", nil}, // "bot" must not match inside words
		{"Do you have tents?", []string{"tent"}},
		{"wieviel ml hat der Titan Topf?", []string{"cook pot"}}, // a pot, not only the set word
		{"Avete una pentola in titanio?", []string{"cook pot"}},
		{"Avete sacchi a pelo sotto i 150 euro?", []string{"sleeping bag"}},
		{"Avete giacche impermeabili?", []string{"jacket"}},
		{"show me waterproof boots", []string{"hiking boots"}},
		{"Do you have booties?", []string{"slippers"}}, // slippers, no boots
		{"Vocês têm uma pantufa quentinha pro acampamento?", []string{"slippers"}},
		{"Cerco un marsupio per correre", []string{"hip pack"}},
		{"¿Tenéis una brújula?", []string{"compass"}},
		{"Hebben jullie een droogzak voor de kano?", []string{"dry bag"}},
		{"un cache-cou pour le ski", []string{"neck gaiter"}},
		{"óculos de sol polarizados", []string{"sunglasses"}}, // "polar" is a whole word only
		{"macie polary w kratkę?", []string{"fleece"}},
		// "pantalones" inside "pantalones cortos" names no pants (insideLonger).
		{"Busco unos pantalones cortos para el verano", []string{"shorts"}},
		{"een tent om mee te backpacken", []string{"tent"}},
		{"Hat sie eine Kapuze?", nil}, // German "hat" is no hat
		{"Hebben jullie wanten?", []string{"gloves"}},
		// A chair is no sandal in Turkish; a sleeping pad no sleeping bag
		// in Russian, however alike their first words.
		{"Katlanır kamp sandalyesi arıyorum", []string{"camp chair"}},
		{"Butuh sandal gunung yang nyaman", []string{"sandals"}},
		{"Нужен туристический спальный коврик", []string{"sleeping pad"}},
		{"Посоветуйте спальник на зиму", []string{"sleeping bag"}},
		{"Heb je een zwemshort in maat L?", []string{"swim shorts"}},
		{"Vous avez un coupe-vent ?", []string{"wind jacket"}},
		{"Macie kurtkę przeciwwiatrową?", []string{"wind jacket", "jacket"}},
		{"바람막이 있어요?", []string{"wind jacket"}},
		{"Les moufles Polar sont-elles chaudes ?", []string{"gloves"}},
		{"メリノのソックスの素材は？", []string{"socks"}},
		{"Szukam kurtki puchowej", []string{"down jacket", "jacket"}},
		{"tem bermuda de banho?", []string{"swim shorts", "shorts"}},
		{"Avete pantaloni convertibili?", []string{"convertible pants", "pants"}},
	}
	for _, tt := range tests {
		got := Terms(tt.text)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Terms(%q) = %v, want it to contain %q", tt.text, got, w)
			}
		}
		if tt.want == nil && len(got) != 0 {
			t.Errorf("Terms(%q) = %v, want none", tt.text, got)
		}
	}
}

func TestStems(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Je cherche un sac à dos", []string{"sac à dos"}},
		{"any sleeping bags?", []string{"sleeping bag"}},
		{"where is my order", nil},
	}
	for _, tt := range tests {
		got := Stems(tt.text)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Stems(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestArabicClitics: a kind word carries Arabic prefixed particles and the
// article ("لجوارب", "بالجوارب"); a word merely containing it does not.
func TestArabicClitics(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"ما المقاسات المتاحة لجوارب الميرينو؟", true},
		{"هل عندكم جوارب؟", true},
		{"أبحث عن الجوارب", true},
		{"مقاس بالجوارب السميكة", true},
		{"مجوارب", false}, // م is no particle
	}
	for _, tt := range tests {
		got := slices.Contains(Terms(tt.text), "socks")
		if got != tt.want {
			t.Errorf("Terms(%q) has socks = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestMark(t *testing.T) {
	tests := []struct{ term, want string }{
		{"down jacket", "down"},
		{"swim shorts", "swim"},
		{"convertible pants", "convertible"},
		{"jacket", ""}, // a whole product type carries no mark
	}
	for _, tt := range tests {
		if got := Mark(tt.term); got != tt.want {
			t.Errorf("Mark(%q) = %q, want %q", tt.term, got, tt.want)
		}
	}
}

// TestTermsInsideLonger: a kind's word inside the longer words of another
// kind it is not the head of names no kind of its own ("모자" of "챙
// 모자", "short" of "se transforme en short"); a head stays ("jacket" of
// "rain jacket").
func TestTermsInsideLonger(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"챙 모자 있어요?", []string{"cap"}, []string{"beanie"}},
		{"遮阳帽有吗", []string{"cap"}, []string{"beanie"}},
		{"Un pantalon qui se transforme en short", []string{"convertible pants", "pants"}, []string{"shorts"}},
		{"a rain jacket please", []string{"rain jacket", "jacket"}, nil},
		{"un borsello antiborseggio", []string{"sling bag"}, []string{"bag"}},
		{"une pochette antivol et un sac à dos", []string{"backpack"}, []string{"sling bag"}},
	}
	for _, tt := range tests {
		got := Terms(tt.text)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Terms(%q) = %v, want it to contain %q", tt.text, got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("Terms(%q) = %v, want no %q", tt.text, got, w)
			}
		}
	}
}

// TestJoined: kinds joined by a conjunction are asked together; a kind
// that describes the other ("si porta anche a zaino") or the broad bag
// ("tas ransel") is not.
func TestJoined(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Ich brauche eine Stirnlampe und einen Kompass", []string{"headlamp", "compass"}},
		{"Cerco una borraccia e un filtro per l'acqua", []string{"bottle", "water filter"}},
		{"头灯和指南针", []string{"headlamp", "compass"}},
		{"헤드램프랑 나침반 주세요", []string{"headlamp", "compass"}},
		{"Avete un borsone da viaggio grande che si porta anche a zaino?", nil},
		{"ada tas ransel buat hiking sehari?", nil},
		{"a rain jacket", nil},
	}
	for _, tt := range tests {
		if got := Joined(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("Joined(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
