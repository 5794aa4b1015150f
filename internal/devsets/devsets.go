// Package devsets reads the shoppers' questions of the readable
// development fact sets (assistant/testdata/<set>/*.jsonl), for tests that
// check a lookup against a scan on real wording. The held-out sets are
// never read: the golden set lives elsewhere (assistant/facteval/testdata)
// and blind3 is skipped here, in one place.
package devsets

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// heldOut are the sets under assistant/testdata that nobody who changes
// the answers reads.
var heldOut = []string{"blind3"}

// Questions returns the questions of every readable set under testdata
// (the path of assistant/testdata from the caller's package).
func Questions(testdata string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(testdata, "*", "*.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("development sets: %w", err)
	}
	var out []string
	for _, f := range files {
		if slices.Contains(heldOut, filepath.Base(filepath.Dir(f))) {
			continue
		}
		qs, err := questionsOf(f)
		if err != nil {
			return nil, err
		}
		out = append(out, qs...)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("development sets: no questions under %s", testdata)
	}
	return out, nil
}

func questionsOf(path string) ([]string, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("development set: %w", err)
	}
	defer fh.Close()
	var out []string
	sc := bufio.NewScanner(fh)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var item struct{ Question string }
		if json.Unmarshal(sc.Bytes(), &item) == nil && item.Question != "" {
			out = append(out, item.Question)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("development set %s: %w", path, err)
	}
	return out, nil
}
