package geo

import (
	"slices"
	"testing"
)

// TestPaysIn: a currency of one country, or of a clear main one, names it;
// a word that is also a weight or a verb only after a preposition; the
// euro and the plain dollar name none.
func TestPaysIn(t *testing.T) {
	m := New()
	for _, tt := range []struct{ text, want string }{
		{"ik reken af in Zwitserse franken", "CH"},
		{"Ich zahle in Pfund", "GB"},
		{"Pago en dólares canadienses", "CA"},
		{"원화로 결제하는데", "KR"},
		{"Je paie en francs suisses", "CH"},
		{"我用澳元付款", "AU"},
		{"Płacę w koronach norweskich", "NO"},
		{"Vou pagar em reais", "BR"},
		{"Türk lirası ile ödüyorum", "TR"},
		{"Я плачу в рублях", "RU"},
		{"I pay in CHF", "CH"},
		{"a 5 pounds tent", ""},
		{"preços reais", ""},
		{"I pay in euros", ""},
		{"I pay in dollars", ""},
		{"chf is lower case", ""},
	} {
		if got := m.PaysIn(tt.text); got != tt.want {
			t.Errorf("PaysIn(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestNeighbourDecides: a name several countries' cities share is the
// country near the other places named, when its first pick is near none.
func TestNeighbourDecides(t *testing.T) {
	m := New()
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"寄到悉尼和奥克兰，包邮门槛一样吗？", []string{"AU", "NZ"}},
		{"シドニーとオークランドへの送料は？", []string{"AU", "NZ"}},
		// Alone, the larger city (gengeo orders shared names by population).
		{"寄到奥克兰多少钱？", []string{"NZ"}},
	} {
		var got []string
		for _, mt := range m.LocateFor(tt.text, "CN") {
			got = append(got, mt.Code)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("LocateFor(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
