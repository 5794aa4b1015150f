// Command facteval asks the golden fact set (assistant/facteval) of the
// demo store's shipping, duties, returns, payment, product and FAQ facts in
// 16 languages, each as a fresh conversation on a freshly seeded demo store,
// and prints the share answered right overall, per language and per
// question type:
//
//	go run ./assistant/cmd/facteval [-floor 0.xx] [-v]
//
// It exits non-zero when the overall share is under -floor. -v lists the
// failed items with their replies; it is meant for the fact set's author
// only (whoever improves the answers must not tune to the items).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"shopassist/assistant"
	"shopassist/assistant/eval"
	"shopassist/assistant/facteval"
)

func main() {
	floor := flag.Float64("floor", 0, "exit non-zero when the overall share right is under this (0–1)")
	verbose := flag.Bool("v", false, "list failed items (fact-set author only)")
	flag.Parse()
	ok, err := run(context.Background(), *floor, *verbose)
	if err != nil {
		fmt.Fprintln(os.Stderr, "facteval:", err)
		os.Exit(2)
	}
	if !ok {
		os.Exit(1)
	}
}

func run(ctx context.Context, floor float64, verbose bool) (bool, error) {
	items, err := facteval.Load()
	if err != nil {
		return false, err
	}
	tmp, err := os.MkdirTemp("", "facteval-")
	if err != nil {
		return false, fmt.Errorf("temp dir: %w", err)
	}
	defer os.RemoveAll(tmp)
	env, err := eval.NewEnv(ctx, tmp, assistant.Options{})
	if err != nil {
		return false, err
	}
	defer env.Close()
	rep, err := facteval.Run(ctx, env, facteval.NewGrader(), items)
	if err != nil {
		return false, err
	}
	if verbose {
		rep.PrintFailures(os.Stdout)
		fmt.Println()
	}
	rep.Print(os.Stdout)
	if rate := rep.Overall.Rate(); rate < floor {
		fmt.Printf("\nFAIL: %.1f%% is under the floor %.1f%%\n", 100*rate, 100*floor)
		return false, nil
	}
	return true, nil
}
