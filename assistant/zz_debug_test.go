package assistant_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"shopassist/assistant"
	"shopassist/assistant/eval"
	"shopassist/assistant/glossary"
)

func TestZZDebug(t *testing.T) {
	ctx := context.Background()
	env, err := eval.NewEnv(ctx, t.TempDir(), assistant.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	for _, line := range strings.Split(strings.TrimSpace(os.Getenv("ZZ")), "\n") {
		loc, msg, _ := strings.Cut(line, "|")
		r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: msg, Locale: loc})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s | intent=%s terms=%v\n  %s", msg, r.Intent, glossary.Terms(msg), strings.ReplaceAll(r.Text, "\n", " | "))
	}
}
