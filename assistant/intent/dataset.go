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
	// Tags mark evaluation examples: "short" (1-3 words), "product_name",
	// "typo", "code_switch", "order_number".
	Tags []string `json:"tags,omitempty"`
}

// ReadExamples parses a JSONL corpus (one Example per line) and checks that
// every label is a known intent.
func ReadExamples(r io.Reader) ([]Example, error) { return readExamples(r, Intents) }

// ReadLegacyExamples parses a JSONL set labelled with the pre-#12 taxonomy
// (LegacyIntents); compare predictions through LegacyLabel.
func ReadLegacyExamples(r io.Reader) ([]Example, error) { return readExamples(r, LegacyIntents) }

func readExamples(r io.Reader, labels []string) ([]Example, error) {
	known := make(map[string]bool, len(labels))
	for _, in := range labels {
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
