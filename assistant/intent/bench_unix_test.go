//go:build unix

package intent

import (
	"syscall"
	"testing"
	"time"
)

// BenchmarkLoad measures start-up training, i.e. the first Load of a process:
// Load itself is memoised, so the benchmark repeats what loadEmbedded does.
// Besides wall time it reports the process CPU time per Load (cpu-ms/op): on a
// shared machine wall time mostly measures the other tenants, CPU time
// measures the training.
func BenchmarkLoad(b *testing.B) {
	var before, after syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &before); err != nil {
		b.Fatal(err)
	}
	n := 0
	for b.Loop() {
		examples, err := TrainingExamples()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Train(examples, DefaultTrainOptions()); err != nil {
			b.Fatal(err)
		}
		n++
	}
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &after); err != nil {
		b.Fatal(err)
	}
	cpu := time.Duration(after.Utime.Nano()+after.Stime.Nano()-before.Utime.Nano()-before.Stime.Nano()) * time.Nanosecond
	b.ReportMetric(float64(cpu.Milliseconds())/float64(n), "cpu-ms/op")
}
