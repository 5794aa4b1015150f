package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunFloors(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "set.jsonl")
	set := `{"text":"where is my order #1001","lang":"en","intent":"order_status"}
{"text":"¿dónde está mi pedido?","lang":"es","intent":"order_status"}
{"text":"我要找人工客服","lang":"zh-Hans","intent":"human_handoff"}
{"text":"what's the capital of Peru","lang":"en","intent":"out_of_scope","tags":["short"]}
{"text":"hola","lang":"es"}
`
	if err := os.WriteFile(path, []byte(set), 0o600); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"-set", path, "-gate", ".", "-min-lang-short", "0"}, &out); err != nil {
		t.Fatalf("run with default floors on an easy set: %v\n%s", err, out.String())
	}
	for _, want := range []string{"intent accuracy: 100.0% (4/4)", "zh-Hans", "out-of-scope handled", "precision", "1-3 words", "PASS"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "where is my order") {
		t.Errorf("texts printed without -misses:\n%s", out.String())
	}
	out.Reset()
	if err := run(context.Background(), []string{"-set", path, "-gate", ".", "-min-intent", "1.01"}, &out); err == nil {
		t.Errorf("an unreachable floor must fail:\n%s", out.String())
	}
	out.Reset()
	if err := run(context.Background(), []string{"-set", path, "-gate", "nomatch", "-min-intent", "1.01"}, &out); err != nil {
		t.Errorf("an ungated set must only be reported: %v", err)
	}
}

// TestRatchet is the CI invocation: each of the repository's evaluation sets
// must stay at its measured level minus a small margin (README.md of
// assistant/intent has the figures). Raise a floor when the model improves;
// never lower one. The floors (-min-intent 0.90 …) are the defaults
// of the command, gated on the independent sets.
func TestRatchet(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluates every set")
	}
	root := moduleRoot()
	tests := []struct {
		set   string
		flags []string
	}{
		{"heldout.jsonl", []string{"-min-intent", "0.91", "-min-intent-lang", "0.75", "-min-lang", "0.96", "-min-lang-short", "0.80", "-min-oos", "0.65", "-max-rejected", "0.05"}},
		{"blind.jsonl", []string{"-min-intent", "0.88", "-min-intent-lang", "0.75", "-min-lang", "0.96", "-min-lang-short", "0.85", "-min-oos", "0.60", "-max-rejected", "0.05"}},
		{"fresh.jsonl", []string{"-min-intent", "0.95", "-min-intent-lang", "0.85", "-min-lang", "0.96", "-min-lang-short", "0.88"}},
		{"clinc_test.jsonl", []string{"-min-intent", "0.93", "-min-lang", "0.97", "-min-lang-short", "0.70", "-min-oos", "0.93", "-max-rejected", "1"}},
	}
	for _, tt := range tests {
		t.Run(tt.set, func(t *testing.T) {
			var out bytes.Buffer
			args := append([]string{"-set", filepath.Join(root, "assistant/intent/testdata", tt.set), "-gate", "."}, tt.flags...)
			if err := run(context.Background(), args, &out); err != nil {
				t.Errorf("%v\n%s", err, out.String())
			}
		})
	}
}
