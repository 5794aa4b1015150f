package devsets

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestQuestionsSkipsHeldOut: the questions of every readable set are read,
// and none of a held-out set's, whatever its files hold.
func TestQuestionsSkipsHeldOut(t *testing.T) {
	dir := t.TempDir()
	write := func(set, name, body string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Join(dir, set), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, set, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("blind", "a.jsonl", `{"question":"readable one"}`+"\n"+`{"question":"readable two"}`+"\n")
	write("blind3", "set3.jsonl", `{"question":"held out"}`+"\n")
	write("dev4", "b.jsonl", `{"id":"x"}`+"\n"+`{"question":"readable three"}`+"\n")
	got, err := Questions(dir)
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(got)
	if want := []string{"readable one", "readable three", "readable two"}; !slices.Equal(got, want) {
		t.Fatalf("Questions = %q, want %q", got, want)
	}
	if _, err := Questions(t.TempDir()); err == nil {
		t.Fatal("no sets read as success")
	}
}
