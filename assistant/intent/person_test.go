package intent

import "testing"

func TestAsksForPerson(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"注文1031が届きません。担当者と話したいです", true},
		{"order 1001 is late, I want to talk to a human", true},
		{"Bestellung 1001? Ich will mit einem Menschen sprechen", true},
		{"我要转人工", true},
		{"order 1008 is a mess, put me through to someone", true},
		{"zamówienie 1008, połączcie mnie z konsultantem", true},
		{"주문 1008 진짜 사람이랑 얘기하고 싶어요", true},
		{"are you a real person", false},
		{"¿eres una persona real?", false},
		{"where is my order 1001", false},
		{"do you ship to Canada", false},
		{"thanks, bye", false},
	}
	for _, tt := range tests {
		if got := AsksForPerson(tt.text); got != tt.want {
			t.Errorf("AsksForPerson(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestAsksForPersonPrecision checks the phrase list against the labelled
// corpus: a phrase that fires on other intents would override them.
func TestAsksForPersonPrecision(t *testing.T) {
	exs, err := TrainingExamples()
	if err != nil {
		t.Fatal(err)
	}
	var hit, handoff, total int
	for _, ex := range exs {
		if ex.Intent == HumanHandoff {
			total++
		}
		if !AsksForPerson(ex.Text) {
			continue
		}
		hit++
		if ex.Intent == HumanHandoff {
			handoff++
		} else {
			t.Logf("fires on %s [%s]: %q", ex.Intent, ex.Lang, ex.Text)
		}
	}
	t.Logf("phrases fire on %d corpus lines, %d of them human_handoff (recall %d/%d)", hit, handoff, handoff, total)
	if float64(handoff) < 0.97*float64(hit) {
		t.Errorf("precision %d/%d under 97%%", handoff, hit)
	}
}
