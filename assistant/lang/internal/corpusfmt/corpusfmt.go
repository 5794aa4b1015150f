// Package corpusfmt turns the intent training corpus (JSONL) into the
// language detector's plain-text corpus, shared by the generator and the
// test that checks the committed file is current.
package corpusfmt

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
)

// Build groups the messages of a JSONL corpus ({"text","lang",…} per line)
// by language: "@@lang" then one message per line, languages sorted.
func Build(r io.Reader) ([]byte, error) {
	byLang := map[string][]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var ex struct{ Text, Lang string }
		if err := json.Unmarshal(sc.Bytes(), &ex); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		byLang[ex.Lang] = append(byLang[ex.Lang], ex.Text)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read corpus: %w", err)
	}
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	var b bytes.Buffer
	for _, l := range langs {
		fmt.Fprintf(&b, "@@%s\n", l)
		for _, t := range byLang[l] {
			b.WriteString(t)
			b.WriteByte('\n')
		}
	}
	return b.Bytes(), nil
}
