package intent

import (
	"strings"
	"testing"
)

// A corpus line that cannot be used stops the load with its line number,
// so a broken corpus never trains a model silently missing examples.
func TestReadExamplesErrors(t *testing.T) {
	tests := []struct {
		name, in, err string
		legacy        bool
		n             int
	}{
		{"good lines and blank ones", `{"text":"where is my order","lang":"en","intent":"order_status"}` + "\n\n" +
			`{"text":"hola","lang":"es","intent":"greeting","tags":["short"]}` + "\n", "", false, 2},
		{"broken JSON", `{"text":"hi","lang":"en","intent":"greeting"}` + "\n" + `{"text":`, "line 2:", false, 0},
		{"unknown intent", `{"text":"hi","lang":"en","intent":"smalltalk"}`, `line 1: unknown intent "smalltalk"`, false, 0},
		{"empty text", `{"text":"","lang":"en","intent":"greeting"}`, "line 1: empty text or lang", false, 0},
		{"empty lang", `{"text":"hi","lang":"","intent":"greeting"}`, "line 1: empty text or lang", false, 0},
		// A pre-#12 label is unknown to the current taxonomy, and the
		// reverse.
		{"legacy label in a current set", `{"text":"other","lang":"en","intent":"other"}`, `unknown intent "other"`, false, 0},
		{"legacy label in a legacy set", `{"text":"other","lang":"en","intent":"other"}`, "", true, 1},
		{"current label in a legacy set", `{"text":"where is my refund","lang":"en","intent":"refund_status"}`, `unknown intent "refund_status"`, true, 0},
		{"a line longer than the default scanner buffer", `{"text":"` + strings.Repeat("a", 100_000) + `","lang":"en","intent":"faq"}`, "", false, 1},
	}
	for _, tt := range tests {
		read := ReadExamples
		if tt.legacy {
			read = ReadLegacyExamples
		}
		got, err := read(strings.NewReader(tt.in))
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("%s: err %v, want %q", tt.name, err, tt.err)
		case len(got) != tt.n:
			t.Errorf("%s: %d examples, want %d", tt.name, len(got), tt.n)
		}
	}
}

// The embedded corpora load, cover every intent, and every language the
// assistant serves.
func TestTrainingExamplesCoverIntentsAndLanguages(t *testing.T) {
	ex, err := TrainingExamples()
	if err != nil {
		t.Fatal(err)
	}
	intents, langs := map[string]int{}, map[string]int{}
	for _, e := range ex {
		intents[e.Intent]++
		langs[e.Lang]++
	}
	for _, in := range Intents {
		if intents[in] == 0 {
			t.Errorf("no training example of %s", in)
		}
	}
	for _, l := range []string{"en", "de", "fr", "es", "it", "nl", "pt", "pl", "ja", "ko", "ar", "ru", "tr", "id"} {
		if langs[l] == 0 {
			t.Errorf("no training example in %s", l)
		}
	}
	if langs["zh"]+langs["zh-Hans"]+langs["zh-CN"] == 0 || langs["zh-Hant"]+langs["zh-TW"] == 0 {
		t.Errorf("Chinese examples: %d Simplified, %d Traditional", langs["zh"]+langs["zh-Hans"]+langs["zh-CN"], langs["zh-Hant"]+langs["zh-TW"])
	}
}
