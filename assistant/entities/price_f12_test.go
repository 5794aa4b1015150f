package entities

import "testing"

// TestF12PriceRefusalAndArabicRange: "more than X" the shopper will not
// spend is a ceiling; Arabic "من X إلى Y" is a range.
func TestF12PriceRefusalAndArabicRange(t *testing.T) {
	tests := []struct {
		text     string
		min, max float64
	}{
		{"Meer dan honderd euro wil ik er niet aan uitgeven.", 0, 100},
		{"I don't want to spend more than 80 euros on it", 0, 80},
		{"Mehr als 60 Euro will ich nicht ausgeben", 0, 60},
		{"No quiero gastar más de 50 euros", 0, 50},
		{"Something for more than 100 euros", 100, 0},
		{"ميزانيتي من 100 إلى 150 يورو", 100, 150},
		{"من 50 الى 80 يورو", 50, 80},
	}
	for _, tt := range tests {
		s := newScan(tt.text)
		p := s.takePrice()
		if p == nil {
			t.Errorf("%q: no price read", tt.text)
			continue
		}
		if p.Min != tt.min || p.Max != tt.max {
			t.Errorf("%q: min %v max %v, want %v %v", tt.text, p.Min, p.Max, tt.min, tt.max)
		}
	}
}
