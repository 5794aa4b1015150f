package gazetteer

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"shopassist/internal/racemode"
)

// TestTableFresh fails when knowledge/geo/places.tsv is not what the
// generator makes from source.tsv and today's corpus and stop words: run
// go run ./internal/gazetteer/gengeo.
func TestTableFresh(t *testing.T) {
	if racemode.On {
		t.Skip("regenerates the whole table, one goroutine: skipped under -race; .ci/run runs it without -race")
	}
	root := filepath.Join("..", "..")
	want, err := Generate(root)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(root, TablePath))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale: run go run ./internal/gazetteer/gengeo", TablePath)
	}
}

func TestKeep(t *testing.T) {
	corpus := []byte("@@en\nis the sale final\nthe Aurora jacket\nI like the Aurora one\nthe Aurora is warm\nshipping to Lyon\n@@ja\nリマインドして\n開封した商品\n@@ko\n지난번 주문\n서울에 매장\n")
	c := NewCommon(corpus, []byte(`	"en": "the to is",`))
	cases := []struct {
		place Place
		name  string
		want  bool
	}{
		{Place{Country: "FR", Population: 500_000, Kind: KindCity}, "Lyon", true},
		{Place{Country: "MA", Population: 900_000, Kind: KindCity}, "Salé", false},           // "sale", accents folded
		{Place{Country: "US", Population: 300_000, Kind: KindCity}, "Aurora", false},         // a product line, capitalised
		{Place{Country: "US", Population: 130_000, Kind: KindCity}, "Orange", false},         // a colour
		{Place{Country: "LY", Population: 250_000, Kind: KindCity}, "البيضاء", false},        // "the white one"
		{Place{Country: "MA", Population: 3_000_000, Kind: KindCity}, "الدار البيضاء", true}, // Casablanca: a colour in a name
		{Place{Country: "PE", Population: 8_000_000, Kind: KindCity}, "リマ", false},           // inside リマインド
		{Place{Country: "CN", Population: 1_500_000, Kind: KindCity}, "開封", false},           // a verb: 開封した
		{Place{Country: "CN", Population: 800_000, Kind: KindCity}, "开封", false},             // two characters, under a million
		{Place{Country: "CN", Population: 3_000_000, Kind: KindCity}, "济南", true},
		{Place{Country: "KR", Population: 10_000_000, Kind: KindCity}, "서울", true}, // 서울에: a particle
		{Place{Country: "CN", Population: 3_000_000, Kind: KindCity}, "지난", false}, // 지난번
		{Place{Country: "RU", Population: 400_000, Kind: KindCity}, "Ufa", false},  // three letters
		{Place{Country: "FR", Population: 0, Kind: KindDemonym}, "French", false},  // a language
		{Place{Country: "FR", Population: 0, Kind: KindRegion}, "Centre", false},   // generic
		{Place{Country: "CA", Population: 0, Kind: KindDemonym}, "Canadian", true},
	}
	for _, tc := range cases {
		if got := c.keep(tc.place, tc.name); got != tc.want {
			t.Errorf("keep(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestUsable(t *testing.T) {
	got := usable([]string{"Lyon", "LYS", "li ang", "Лион", "ليون", "リヨン", "里昂", "おおさかし", "大阪市", "Λυών", "Lyon 2"})
	want := "Lyon|Лион|ليون|リヨン|里昂|大阪|大阪市"
	if strings.Join(got, "|") != want {
		t.Errorf("usable = %v, want %s", got, want)
	}
}
