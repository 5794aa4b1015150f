package assistant

import "testing"

// TestSpelledIn: an option value written the way another language spells
// it, or in another script, names that value; other words do not.
func TestSpelledIn(t *testing.T) {
	tests := []struct {
		text, value string
		want        bool
	}{
		{"Canyon pantolonun grafit 28 bedeni var mı?", "Graphite", true},
		{"A calça Canyon grafite 28?", "Graphite", true},
		{"Czy spodnie Canyon grafitowe w rozmiarze 28 są dostępne?", "Graphite", true},
		{"Есть ли брюки Canyon цвета графит 28 размера?", "Graphite", true},
		{"Canyon 바지 그래파이트 28 사이즈 있나요?", "Graphite", true},
		{"Trailhead TシャツのテラコッタXXLはありますか？", "Terracotta", true},
		{"Gibt es das Shirt in Terrakotta?", "Terracotta", true},
		{"Is de Canyon broek in kaki nog leverbaar?", "Khaki", true},
		{"Is the first one available?", "Forest", false},
		{"Is it in stock?", "Black", false},
		{"Any in grey?", "Heather Grey", false}, // every long word of the value must be there
	}
	for _, tt := range tests {
		if got := spelledIn(tt.text, tt.value); got != tt.want {
			t.Errorf("spelledIn(%q, %q) = %v, want %v", tt.text, tt.value, got, tt.want)
		}
	}
}

// TestQuantityIn: an amount option value ("1 L") is named with its unit
// written out or glued to the number, not by the number alone.
func TestQuantityIn(t *testing.T) {
	tests := []struct {
		text, value string
		want        bool
	}{
		{"La borraccia Canteen color ruggine da 1 litro è disponibile?", "1 L", true},
		{"Canteen in rust, 1l?", "1 L", true},
		{"the 500ml one", "500 ml", true},
		{"the 750 ml bottle", "500 ml", false},
		{"1 bottle please", "1 L", false},
		{"11 litres", "1 L", false},
		{"is it black?", "Black", false},
	}
	for _, tt := range tests {
		if got := quantityIn(tt.text, tt.value); got != tt.want {
			t.Errorf("quantityIn(%q, %q) = %v, want %v", tt.text, tt.value, got, tt.want)
		}
	}
}

// TestMisspeltIn: a product line's name with one letter wrong is found;
// a word two edits away, or with another first letter, is not.
func TestMisspeltIn(t *testing.T) {
	tests := []struct {
		low, name string
		want      bool
	}{
		{"does the auroa rain shell have pit zips", "aurora", true},
		{"is the tundar parka warm?", "tundra", true},
		{"the solstise tent", "solstice", true},
		{"the aroura jacket", "aurora", false},
		{"the laurora jacket", "aurora", false},
		{"the aurora jacket", "aurora", false}, // spelt right: not a misspelling
	}
	for _, tt := range tests {
		if got := misspeltIn(tt.low, tt.name); got != tt.want {
			t.Errorf("misspeltIn(%q, %q) = %v, want %v", tt.low, tt.name, got, tt.want)
		}
	}
}

// TestComparesPrices: "the price difference between two versions" compares
// products; "the difference" back after buying is a price match.
func TestComparesPrices(t *testing.T) {
	tests := []struct {
		low  string
		want bool
	}{
		{"qual a diferença de preço entre a versão curta e a longa?", true},
		{"quelle différence entre le modèle 2p et le 4p ?", true},
		{"what's the difference between the regular and the wide pad?", true},
		{"comprei um casaco e agora está mais barato, devolvem a diferença?", false},
		{"i paid 289 and now it's cheaper, can i get the difference between the two prices?", false},
		{"ihr erstattet die differenz?", false},
	}
	for _, tt := range tests {
		if got := comparesPrices(tt.low); got != tt.want {
			t.Errorf("comparesPrices(%q) = %v, want %v", tt.low, got, tt.want)
		}
	}
}
