package lang

import (
	"bufio"
	"bytes"
	"os"
	"strings"
	"testing"

	"shopassist/assistant/lang/internal/corpusfmt"
)

// TestCorpusNotUnsupported checks that the supported languages' own training
// lines are not taken for an unsupported language: a false "we don't speak
// your language" is worse than a wrong guess among supported ones.
func TestCorpusNotUnsupported(t *testing.T) {
	d := newDetector(t)
	sc := bufio.NewScanner(bytes.NewReader(corpus))
	cur := ""
	total, flagged := 0, 0
	for sc.Scan() {
		line := sc.Text()
		if name, ok := strings.CutPrefix(line, "@@"); ok {
			cur = name
			continue
		}
		if cur == "" || strings.TrimSpace(line) == "" {
			continue
		}
		total++
		if r := d.Detect(line, Priors{}); r.Unsupported != "" {
			flagged++
			if flagged <= 10 {
				t.Logf("%s line read as %s: %q", cur, r.Unsupported, line)
			}
		}
	}
	t.Logf("%d of %d corpus lines flagged unsupported", flagged, total)
	if float64(flagged) > 0.001*float64(total) {
		t.Errorf("%d of %d supported-language lines flagged as unsupported (> 0.1%%)", flagged, total)
	}
}

// TestCorpusCurrent fails when testdata/corpus.txt was not rebuilt after the
// intent corpus changed (go run ./assistant/lang/internal/gencorpus).
func TestCorpusCurrent(t *testing.T) {
	f, err := os.Open("../intent/testdata/train.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want, err := corpusfmt.Build(f)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, corpus) {
		t.Error("testdata/corpus.txt is stale: go run ./assistant/lang/internal/gencorpus > assistant/lang/testdata/corpus.txt")
	}
}
