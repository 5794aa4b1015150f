package geo

import "testing"

// TestFindCityInEitherChineseScript: GeoNames lists many Chinese city names
// in one script only; the gazetteer adds the other (OpenCC), so a shopper
// on a Simplified or a Traditional storefront finds the city either way.
func TestFindCityInEitherChineseScript(t *testing.T) {
	m := New()
	for _, tt := range []struct {
		text, want string
	}{
		{"寄到米兰要几天？", "IT"}, // GeoNames: 米蘭
		{"我住在米蘭，運費多少？", "IT"},
		{"温哥华包邮吗", "CA"}, // GeoNames: 溫哥華
		{"寄去溫哥華要多久", "CA"},
		{"我在多倫多，要付關稅嗎？", "CA"}, // GeoNames: 多伦多
		{"多伦多运费", "CA"},
		{"寄到鹽湖城多少錢", "US"},
		{"寄到格罗宁根要几天", "NL"},
	} {
		got := codes(m.Locate(tt.text))
		if len(got) == 0 || got[0] != tt.want {
			t.Errorf("Locate(%q) = %v, want %s first", tt.text, got, tt.want)
		}
	}
}
