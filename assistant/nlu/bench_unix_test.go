//go:build unix

package nlu

import (
	"syscall"
	"testing"
	"time"

	"shopassist/assistant/lang"
)

// BenchmarkAnalyzeCPU reports the process CPU time per analysis
// (cpu-µs/op). On this shared machine (load average ~20 on 2 cores) wall
// time and its tail mostly measure waiting for a core; CPU time measures
// the analysis itself.
func BenchmarkAnalyzeCPU(b *testing.B) {
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
	var before, after syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &before); err != nil {
		b.Fatal(err)
	}
	n := 0
	for b.Loop() {
		a.Analyze(msgs[n%len(msgs)], p)
		n++
	}
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &after); err != nil {
		b.Fatal(err)
	}
	cpu := time.Duration(after.Utime.Nano() + after.Stime.Nano() - before.Utime.Nano() - before.Stime.Nano())
	b.ReportMetric(float64(cpu.Microseconds())/float64(n), "cpu-µs/op")
}
