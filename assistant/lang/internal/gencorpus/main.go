// Command gencorpus rebuilds the language detector's n-gram corpus
// (assistant/lang/testdata/corpus.txt) from the intent training corpus: one
// "@@lang" section per language in sorted order, the messages in corpus order.
//
//	go run ./assistant/lang/internal/gencorpus > assistant/lang/testdata/corpus.txt
package main

import (
	"bufio"
	"fmt"
	"log"
	"os"

	"shopassist/assistant/lang/internal/corpusfmt"
)

func main() {
	f, err := os.Open("assistant/intent/testdata/train.jsonl")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	out, err := corpusfmt.Build(f)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(os.Stdout)
	if _, err := w.Write(out); err != nil {
		log.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(fmt.Errorf("write corpus: %w", err))
	}
}
