package nlu

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"shopassist/assistant/intent"
	"shopassist/assistant/lang"
)

func TestAnalyze(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		text       string
		priors     lang.Priors
		lang       string
		intent     string
		order      string
		frustrated bool
	}{
		{"spanish order status", "¿dónde está mi pedido 1001?", lang.Priors{StorefrontLocale: "en"}, "es", intent.OrderStatus, "1001", false},
		{"short reply keeps conversation language", "#1002", lang.Priors{PreviousLanguage: "fr", StorefrontLocale: "en"}, "fr", "", "1002", false},
		{"angry german", "Frechheit! Wo ist meine Bestellung #1003? Immer noch nicht da!!", lang.Priors{}, "de", intent.OrderStatus, "1003", true},
		{"japanese recommendation", "5000円以下の赤いワンピースを探しています", lang.Priors{}, "ja", intent.ProductRecommendation, "", false},
		{"human in chinese", "我要找人工客服", lang.Priors{}, "zh-Hans", intent.HumanHandoff, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(tt.text, tt.priors)
			if got.Lang != tt.lang {
				t.Errorf("lang = %s, want %s", got.Lang, tt.lang)
			}
			if tt.intent != "" && got.Intent != tt.intent {
				t.Errorf("intent = %s (%.2f), want %s", got.Intent, got.IntentConfidence, tt.intent)
			}
			if got.Entities.OrderNumber != tt.order {
				t.Errorf("order = %q, want %q", got.Entities.OrderNumber, tt.order)
			}
			if got.Sentiment.Frustrated != tt.frustrated {
				t.Errorf("frustrated = %v (%.2f), want %v", got.Sentiment.Frustrated, got.Sentiment.Score, tt.frustrated)
			}
			if len(got.IntentScores) != len(intent.Intents) {
				t.Errorf("intent scores has %d entries", len(got.IntentScores))
			}
		})
	}
	if got := a.Analyze("5000円以下の赤いワンピースを探しています", lang.Priors{}); got.Entities.Price == nil || got.Entities.Price.Max != 5000 || len(got.Entities.Colors) != 1 {
		t.Errorf("entities = %+v", got.Entities)
	}
}

func BenchmarkAnalyze(b *testing.B) {
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	msgs := []string{
		"where is my order #1001? I ordered last week",
		"¿tienen vestidos rojos de menos de 50 euros en talla M?",
		"我的订单什么时候到",
		"Frechheit! Immer noch nicht da!!",
		"ok",
	}
	p := lang.Priors{StorefrontLocale: "en", Names: catalogNames}
	b.ReportAllocs()
	var durs []time.Duration
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		a.Analyze(msgs[i%len(msgs)], p)
		durs = append(durs, time.Since(start))
	}
	// The budget is on the tail: p99 of one in-process analysis.
	slices.Sort(durs)
	b.ReportMetric(float64(durs[len(durs)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(durs[len(durs)*99/100].Microseconds()), "p99-µs")
}

// catalogNames stands for a mid-size shop's product titles and vendors
// (lower-cased, as the engine's cache keeps them), which the language
// detector masks on every message.
var catalogNames = func() []string {
	var out []string
	for i := 0; i < 500; i++ {
		out = append(out, fmt.Sprintf("aurora parka %d", i), fmt.Sprintf("vendor%d outdoor", i))
	}
	return out
}()

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestOrderNumberRule: a bare order number wins over an unsure or
// out-of-scope reading, but a confident out-of-scope sentence that merely
// contains a number stays out of scope — also when Decide clarifies it for
// some in-scope doubt (intent.OutOfScopeDoubt).
func TestOrderNumberRule(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text        string
		orderStatus bool
	}{
		{"#1017 ??", true},
		{"order 00004587345 please", true},
		{"what is 300 divided by 42", false},
		{"recommend me films from 2001", false},
	}
	for _, tt := range tests {
		got := a.Analyze(tt.text, lang.Priors{StorefrontLocale: "en"})
		if (got.Intent == intent.OrderStatus) != tt.orderStatus {
			t.Errorf("%q: intent %s (%.2f, %s), want order_status = %v", tt.text, got.Intent, got.IntentConfidence, got.Verdict, tt.orderStatus)
		}
	}
}
