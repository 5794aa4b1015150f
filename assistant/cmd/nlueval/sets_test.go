package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadSet: blank lines are skipped, an intent may be missing (a
// language-only set), and a malformed line, an empty text or an intent the
// model does not know stop the run with the line number.
func TestReadSet(t *testing.T) {
	got, err := readSet(filepath.Join("testdata", "ok.jsonl"), false)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Intent != "order_status" || got[1].Lang != "fr" || got[1].Intent != "" {
		t.Errorf("readSet = %+v", got)
	}
	dir := t.TempDir()
	tests := []struct{ name, body, wantErr string }{
		{"malformed", `{"text":`, "line 1"},
		{"empty text", `{"text":"ok","lang":"en"}` + "\n" + `{"text":"","lang":"en"}`, "line 2: empty text"},
		{"unknown intent", `{"text":"hi","lang":"en","intent":"no_such_intent"}`, `unknown intent "no_such_intent"`},
	}
	for _, tt := range tests {
		path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "_")+".jsonl")
		if err := os.WriteFile(path, []byte(tt.body), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := readSet(path, false); err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.wantErr)
		}
	}
	if _, err := readSet(filepath.Join(dir, "missing.jsonl"), false); err == nil {
		t.Error("a missing set was read")
	}
}

// TestResolveSets: an explicit set that matches nothing is an error; a glob
// expands sorted.
func TestResolveSets(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"b.jsonl", "a.jsonl"} {
		if err := os.WriteFile(filepath.Join(dir, n), nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	got, err := resolveSets([]string{filepath.Join(dir, "*.jsonl")})
	if err != nil || len(got) != 2 || filepath.Base(got[0]) != "a.jsonl" || filepath.Base(got[1]) != "b.jsonl" {
		t.Errorf("resolveSets = %v, %v", got, err)
	}
	if _, err := resolveSets([]string{filepath.Join(dir, "none.jsonl")}); err == nil {
		t.Error("a missing explicit set was accepted")
	}
}

// TestBucket: language-id length buckets count words, a CJK message one
// word per two characters.
func TestBucket(t *testing.T) {
	tests := []struct {
		text          string
		words, bucket int
	}{
		{"hi", 1, 0},
		{"where is my order #1001", 5, 1},
		{"¿dónde está mi pedido? lo pedí hace dos semanas y no llega", 12, 2},
		{"注文", 1, 0},
		{"注文はどこですか", 4, 1},
		{"주문 어디", 2, 0},
		{"order 注文", 2, 0},
		{"...", 0, 0},
	}
	for _, tt := range tests {
		if got := words(tt.text); got != tt.words {
			t.Errorf("words(%q) = %d, want %d", tt.text, got, tt.words)
		}
		if got := bucket(tt.text); got != tt.bucket {
			t.Errorf("bucket(%q) = %d (%s), want %d", tt.text, got, buckets[got], tt.bucket)
		}
	}
}

// TestFamily: the independent per-language sets and the public sets are
// gated together; any other file is its own family.
func TestFamily(t *testing.T) {
	dir := filepath.Join("assistant", "intent", "testdata", "independent")
	tests := []struct{ path, want string }{
		{filepath.Join(dir, "de.jsonl"), "independent per-language sets"},
		{filepath.Join(dir, "zh-Hant.jsonl"), "independent per-language sets"},
		{filepath.Join(dir, "banking77_en.jsonl"), "independent public sets (CLINC150, Banking77, HINT3, ABCD)"},
		{filepath.Join(dir, "out_of_scope.jsonl"), filepath.Join(dir, "out_of_scope.jsonl")},
		{filepath.Join("assistant", "intent", "testdata", "fresh.jsonl"), filepath.Join("assistant", "intent", "testdata", "fresh.jsonl")},
	}
	for _, tt := range tests {
		if got := family(tt.path); got != tt.want {
			t.Errorf("family(%s) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestTally(t *testing.T) {
	var tl tally
	if tl.String() != "—" || tl.acc() != 0 {
		t.Errorf("empty tally = %s, %v", tl, tl.acc())
	}
	for _, ok := range []bool{true, true, false, true} {
		tl.add(ok)
	}
	if tl.String() != "75.0% (3/4)" {
		t.Errorf("tally = %s, want 75.0%% (3/4)", tl)
	}
}
