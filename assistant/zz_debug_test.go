package assistant_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"shopassist/assistant"
)

func TestZZDebug(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	for _, line := range strings.Split(os.Getenv("ZZ"), "\n") {
		loc, msg, _ := strings.Cut(line, "|")
		r, err := env.Engine.Reply(context.Background(), assistant.Request{Shop: env.Shop, Message: msg, Locale: loc})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("== %s [%s/%s] %q\n   %s\n", msg, r.Language, r.Intent, r.Sources, strings.ReplaceAll(r.Text, "\n", " | "))
	}
}
