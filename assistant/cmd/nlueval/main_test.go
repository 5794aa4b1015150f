package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunBars(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "set.jsonl")
	set := `{"text":"where is my order #1001","lang":"en","intent":"order_status"}
{"text":"¿dónde está mi pedido?","lang":"es","intent":"order_status"}
{"text":"我要找人工客服","lang":"zh-Hans","intent":"human_handoff"}
`
	if err := os.WriteFile(path, []byte(set), 0o600); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"-heldout", path}, &out); err != nil {
		t.Fatalf("run with default bars on an easy set: %v\n%s", err, out.String())
	}
	for _, want := range []string{"overall", "zh-Hans", "100.0%", "PASS"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	if err := run(context.Background(), []string{"-heldout", path, "-min-intent", "1.01"}, &out); err == nil {
		t.Errorf("an unreachable bar must fail:\n%s", out.String())
	}
}
