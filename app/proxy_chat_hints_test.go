package app

import "testing"

func TestChatHints(t *testing.T) {
	for in, want := range map[string]string{"us": "US", " DE ": "DE", "": "", "USA": "", "1A": "", "é1": ""} {
		if got := storefrontCountry(in); got != want {
			t.Errorf("storefrontCountry(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]int64{"8000000001": 8000000001, "": 0, "abc": 0, "-5": 0, " 42 ": 42} {
		if got := viewedProduct(in); got != want {
			t.Errorf("viewedProduct(%q) = %d, want %d", in, got, want)
		}
	}
}
