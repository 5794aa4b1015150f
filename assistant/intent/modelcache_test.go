package intent

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestModelCacheRoundTrip: a cached model is the trained one, weight for
// weight, and anything else in its place is refused (the process trains).
func TestModelCacheRoundTrip(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, cacheKey([][]byte{trainingCorpus}, DefaultTrainOptions()))
	if err := writeModel(path, c); err != nil {
		t.Fatal(err)
	}
	got, err := readModel(path)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.weights, c.weights) {
		t.Fatal("cached weights differ from the trained ones")
	}
	msg := "Where is my order #1034?"
	if a, b := got.Predict(msg), c.Predict(msg); a.Intent != b.Intent || a.Confidence != b.Confidence {
		t.Fatalf("cached model predicts %v, trained %v", a, b)
	}
	bad := filepath.Join(dir, "bad.bin")
	if err := os.WriteFile(bad, []byte("not a model"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := readModel(bad); err == nil {
		t.Fatal("a file that is no model was read as one")
	}
	short := filepath.Join(dir, "short.bin")
	if err := os.WriteFile(short, []byte(modelMagic+"\x00\x01"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := readModel(short); err == nil {
		t.Fatal("a cut-off model was read as one")
	}
	if k1, k2 := cacheKey([][]byte{[]byte("a")}, DefaultTrainOptions()), cacheKey([][]byte{[]byte("b")}, DefaultTrainOptions()); k1 == k2 {
		t.Fatal("two corpora share a cache key")
	}
}
