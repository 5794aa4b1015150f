package ratelimit

import (
	"strconv"
	"testing"
	"time"
)

func TestAllow(t *testing.T) {
	now := time.Unix(0, 0)
	l := New(2, 3, 10, func() time.Time { return now })
	steps := []struct {
		advance time.Duration
		key     string
		want    bool
	}{
		{0, "a", true}, {0, "a", true}, {0, "a", true}, // burst of 3
		{0, "a", false},                     // empty
		{0, "b", true},                      // other key unaffected
		{500 * time.Millisecond, "a", true}, // 2/s refills one token in 0.5 s
		{0, "a", false},
	}
	for i, s := range steps {
		now = now.Add(s.advance)
		ok, wait := l.Allow(s.key)
		if ok != s.want {
			t.Fatalf("step %d: allow = %v, want %v", i, ok, s.want)
		}
		if !ok && (wait <= 0 || wait > 500*time.Millisecond) {
			t.Fatalf("step %d: retry after %v", i, wait)
		}
	}
}

func TestMemoryIsBounded(t *testing.T) {
	now := time.Unix(0, 0)
	l := New(1, 1, 100, func() time.Time { return now })
	for i := 0; i < 1000; i++ {
		l.Allow(strconv.Itoa(i))
	}
	if n := len(l.buckets); n > 100 {
		t.Fatalf("%d buckets kept, max 100", n)
	}
}
