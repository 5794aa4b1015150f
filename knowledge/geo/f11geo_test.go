package geo

import "testing"

// firstCode is the code of the first place a text names, or "".
func firstCode(ms []Mention) string {
	if len(ms) == 0 {
		return ""
	}
	return ms[0].Code
}

// TestF11GeoRegions: islands and regions the sources miss or spell once
// (regions.tsv) are their country's wherever a message names them; a
// name that is also a word (Madeira "wood", Italian "farò" for Faro) is a
// place only where the shopper lives or ships there.
func TestF11GeoRegions(t *testing.T) {
	m := New()
	for _, tt := range []struct{ text, want string }{
		{"Ich wohne auf Sylt", "DE"},
		{"Lieferung nach Südtirol?", "IT"},
		{"spedite in Alto Adige?", "IT"},
		{"沖縄まで何日？", "JP"},
		{"제주도에 살아요", "KR"},
		{"Jeju까지 배송", "KR"},
		{"My mum lives on Mallorca", "ES"},
		{"Живу на Майорке", "ES"},
		{"Mieszkam na Sycylii", "IT"},
		{"vocês entregam nos Açores?", "PT"},
		{"寄到冲绳要多久", "JP"},
		{"我住在濟州島", "KR"},
		{"O cabo é de madeira?", ""},
		{"lo farò domani", ""},
		{"hay paros de transporte", ""},
	} {
		if got := firstCode(m.Locate(tt.text)); got != tt.want {
			t.Errorf("Locate(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	for _, tt := range []struct{ text, want string }{
		{"moro em Faro", "PT"},
		{"a Madeira", "PT"}, // the clause after "entrega para"
		{"vivo en Gales", "GB"},
	} {
		if got := firstCode(m.LocateResidence(tt.text)); got != tt.want {
			t.Errorf("LocateResidence(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
