package eval

import (
	"context"
	"os"
	"testing"

	"shopassist/assistant"
)

// The bars the labelled conversation set must clear. Overall figures are
// the contract; per-language task success has a lower bar because some
// languages have only one or two turns in the set.
const (
	minIntent      = 0.95
	minLanguage    = 0.98
	minTask        = 0.95
	minTaskPerLang = 0.5
)

func TestConversationSet(t *testing.T) {
	convs, err := Load(os.DirFS("../testdata/conversations"))
	if err != nil {
		t.Fatal(err)
	}
	if len(convs) < 30 {
		t.Fatalf("only %d conversations loaded", len(convs))
	}
	ctx := context.Background()
	env, err := NewEnv(ctx, t.TempDir(), assistant.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	rep, err := env.Run(ctx, convs)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Failures {
		t.Logf("miss %s #%d %q: %v", f.Conversation, f.Turn, f.Say, f.Problems)
	}
	o := rep.Overall
	t.Logf("intent %.3f language %.3f task %.3f over %d turns", o.Intent.Rate(), o.Language.Rate(), o.Task.Rate(), rep.Turns)
	if o.Intent.Rate() < minIntent || o.Language.Rate() < minLanguage || o.Task.Rate() < minTask {
		t.Errorf("overall intent %.3f (bar %.2f), language %.3f (bar %.2f), task %.3f (bar %.2f)",
			o.Intent.Rate(), minIntent, o.Language.Rate(), minLanguage, o.Task.Rate(), minTask)
	}
	for l, s := range rep.ByLanguage {
		if s.Task.Rate() < minTaskPerLang {
			t.Errorf("%s task success %.3f under %.2f", l, s.Task.Rate(), minTaskPerLang)
		}
	}
	if len(rep.ByLanguage) < 16 {
		t.Errorf("set covers %d languages, want 16", len(rep.ByLanguage))
	}
}
