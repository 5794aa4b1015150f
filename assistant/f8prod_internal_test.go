package assistant

import (
	"testing"

	"shopassist/knowledge"
)

// TestOfAskedKind: products whose title names another kind leave a kind's
// list, unless nothing would be left.
func TestOfAskedKind(t *testing.T) {
	hits := []knowledge.Hit{{Title: "Basic Inflatable Sleeping Pad"}, {Title: "Puffy Travel Pillow"}, {Title: "Model X"}}
	for _, tc := range []struct {
		asked []string
		want  int
	}{
		{[]string{"sleeping pad"}, 2},
		{nil, 3},
		{[]string{"tent"}, 1},
	} {
		if got := ofAskedKind(hits, tc.asked); len(got) != tc.want {
			t.Errorf("%v: kept %d, want %d (%v)", tc.asked, len(got), tc.want, got)
		}
	}
	if got := ofAskedKind(hits[1:2], []string{"sleeping pad"}); len(got) != 1 {
		t.Errorf("the only product was dropped: %v", got)
	}
}

// TestStartsKind: a katakana name runs on only into a word that starts a
// kind.
func TestStartsKind(t *testing.T) {
	for rest, want := range map[string]bool{"フリース": true, "グバッグ": false, "バッグ": true, "ラン": false} {
		if got := startsKind(rest); got != want {
			t.Errorf("startsKind(%q) = %v, want %v", rest, got, want)
		}
	}
}
