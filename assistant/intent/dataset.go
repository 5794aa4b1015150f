package intent

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// Example is one labelled message of the multilingual intent corpus.
type Example struct {
	Text   string `json:"text"`
	Lang   string `json:"lang"`
	Intent string `json:"intent"`
}

// ReadExamples parses a JSONL corpus (one Example per line) and checks that
// every label is a known intent.
func ReadExamples(r io.Reader) ([]Example, error) {
	known := make(map[string]bool, len(Intents))
	for _, in := range Intents {
		known[in] = true
	}
	var out []Example
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		raw := sc.Bytes()
		if len(raw) == 0 {
			continue
		}
		var ex Example
		if err := json.Unmarshal(raw, &ex); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if !known[ex.Intent] {
			return nil, fmt.Errorf("line %d: unknown intent %q", line, ex.Intent)
		}
		if ex.Text == "" || ex.Lang == "" {
			return nil, fmt.Errorf("line %d: empty text or lang", line)
		}
		out = append(out, ex)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read corpus: %w", err)
	}
	return out, nil
}
