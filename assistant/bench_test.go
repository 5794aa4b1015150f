package assistant_test

import (
	"context"
	"fmt"
	"sort"
	"testing"
	"time"

	"shopassist/assistant"
)

// benchMessages mix the skills: verified order status (DB reads), policy
// search, recommendations, greetings, in several languages.
var benchMessages = []string{
	"order #1034 oliver.bennett@post.example",
	"What is your return policy?",
	"Can you recommend a warm jacket under 200€?",
	"¿Dónde está mi pedido 1028? mateo.fernandez@example.org",
	"推荐一款防水的徒步鞋",
	"Bonjour",
	"Do you ship to Canada?",
	"Ich möchte mit einem Mitarbeiter sprechen",
}

// BenchmarkReply measures in-process replies over the demo store (SQLite,
// no LLM): each iteration is one shopper message in a fresh conversation,
// stored with its reply. Reports replies/s and the p99 latency.
func BenchmarkReply(b *testing.B) {
	env := newEnv(b, assistant.Options{})
	ctx := context.Background()
	// Warm the index so the first build is not measured.
	if _, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: "hello"}); err != nil {
		b.Fatal(err)
	}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if _, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: benchMessages[i%len(benchMessages)],
			ClientIP: "203.0.113.7"}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
	}
	elapsed := time.Since(start)
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "replies/s")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
}

// BenchmarkReplyFollowUp measures a follow-up turn in an existing
// conversation (token check + state load + verified order).
func BenchmarkReplyFollowUp(b *testing.B) {
	env := newEnv(b, assistant.Options{})
	ctx := context.Background()
	first, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: "order #1034 oliver.bennett@post.example"})
	if err != nil {
		b.Fatal(err)
	}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if _, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, ConversationID: first.ConversationID,
			ConversationToken: first.ConversationToken, Message: "and when will it arrive?"}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
	}
	elapsed := time.Since(start)
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "replies/s")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkAnalyze is the same message mix without storing anything
// (the admin preview path): the difference to BenchmarkReply is the cost of
// persisting the conversation and its two messages.
func BenchmarkAnalyze(b *testing.B) {
	env := newEnv(b, assistant.Options{})
	ctx := context.Background()
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if _, err := env.Engine.Analyze(ctx, env.Shop, benchMessages[i%len(benchMessages)], "en"); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
}

// BenchmarkReplyPerMessage is BenchmarkReply one message of the mix at a
// time, each in its own sub-benchmark, so a slow path (the handoff's
// reply-time query once was one) shows by itself instead of in the mix's
// tail.
func BenchmarkReplyPerMessage(b *testing.B) {
	env := newEnv(b, assistant.Options{})
	ctx := context.Background()
	if _, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: "hello"}); err != nil {
		b.Fatal(err)
	}
	for i, msg := range benchMessages {
		b.Run(fmt.Sprintf("m%d", i), func(b *testing.B) {
			lat := make([]time.Duration, 0, b.N)
			for b.Loop() {
				t0 := time.Now()
				if _, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: msg, ClientIP: "203.0.113.7"}); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
		})
	}
}
