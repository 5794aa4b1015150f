package db

import "testing"

func TestCleanTextAndTruncate(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"plain", "plain"},
		{"a\x00b", "a\uFFFDb"},
		{"bad \xff utf8", "bad \uFFFD utf8"},
	} {
		if got := CleanText(tc.in); got != tc.want {
			t.Errorf("CleanText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// A cut never splits a character.
	if got := truncate("ab€", 3); got != "ab" {
		t.Errorf("truncate = %q", got)
	}
}
