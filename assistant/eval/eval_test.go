package eval

import (
	"context"
	"fmt"
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

// knownFailures are the scripted turns that miss today, keyed
// "conversation #turn", each with why. Every other turn must pass, and a
// listed turn that passes must be taken off the list, so the list stays
// short and true.
var knownFailures = map[string]string{
	"fr faq garantie #1": "\"Quelle est la garantie…\" is classified product_question; the warranty FAQ is still the answer (task passes)",
}

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
	missed := map[string]bool{}
	for _, f := range rep.Failures {
		key := fmt.Sprintf("%s #%d", f.Conversation, f.Turn)
		missed[key] = true
		if why, ok := knownFailures[key]; ok {
			t.Logf("known miss %s %q: %v (%s)", key, f.Say, f.Problems, why)
			continue
		}
		t.Errorf("miss %s %q: %v (reply %q)", key, f.Say, f.Problems, f.Reply)
	}
	for key := range knownFailures {
		if !missed[key] {
			t.Errorf("%s now passes: take it off knownFailures", key)
		}
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
