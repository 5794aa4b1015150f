// Command eval runs the assistant's labelled multilingual conversation set
// over a freshly seeded demo store and prints intent accuracy, language
// accuracy and task success per language:
//
//	go run ./assistant/cmd/eval [-dir assistant/testdata/conversations] [-v]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"shopassist/assistant"
	"shopassist/assistant/eval"
)

func main() {
	if err := run(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context) error {
	dir := flag.String("dir", eval.DefaultDir, "directory of conversation *.json files")
	flag.Parse()
	convs, err := eval.Load(eval.OpenDir(*dir))
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "assistant-eval-")
	if err != nil {
		return fmt.Errorf("temp dir: %w", err)
	}
	defer os.RemoveAll(tmp)
	env, err := eval.NewEnv(ctx, tmp, assistant.Options{})
	if err != nil {
		return err
	}
	defer env.Close()
	rep, err := env.Run(ctx, convs)
	if err != nil {
		return err
	}
	rep.Print(os.Stdout)
	return nil
}
