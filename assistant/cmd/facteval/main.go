// Command facteval asks the golden fact set (assistant/facteval) of the
// demo store's shipping, duties, returns, payment, product and FAQ facts in
// 16 languages, each as a fresh conversation on a freshly seeded demo store,
// and prints the share answered right overall, per language and per
// question type:
//
//	go run ./assistant/cmd/facteval [-floor 0.xx] [-v] [-set file.jsonl]
//
// It exits non-zero when the overall share is under -floor. -v lists the
// failed items with their replies; on the golden set it is meant for the
// fact set's author only (whoever improves the answers must not tune to the
// items). -set runs another set in the same format instead, such as the
// blind development sets in assistant/testdata/blind, whose failures the
// answers work may read.
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
	verbose := flag.Bool("v", false, "list failed items (fact-set author only on the golden set)")
	set := flag.String("set", "", "run this JSON Lines set instead of the golden one")
	flag.Parse()
	ok, err := run(context.Background(), *floor, *verbose, *set)
	if err != nil {
		fmt.Fprintln(os.Stderr, "facteval:", err)
		os.Exit(2)
	}
	if !ok {
		os.Exit(1)
	}
}

func run(ctx context.Context, floor float64, verbose bool, set string) (bool, error) {
	items, err := load(set)
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

// load reads the golden set, or the set in file when one is named.
func load(file string) ([]facteval.Item, error) {
	if file == "" {
		return facteval.Load()
	}
	return facteval.LoadFile(file)
}
