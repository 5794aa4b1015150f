// Package ratelimit is a keyed token-bucket limiter for the storefront chat
// API (per shop and per shopper IP). Buckets live in this process only: a
// limit is a guard against abuse, not state worth sharing, so with N app
// servers behind a balancer the effective limit is at most N times higher.
package ratelimit

import (
	"math"
	"sync"
	"time"
)

// Limiter holds one token bucket per key.
type Limiter struct {
	rate    float64 // tokens per second
	burst   float64
	maxKeys int
	now     func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

// New allows rate events per second with bursts of burst per key. maxKeys
// bounds memory: when exceeded, idle (full) buckets are dropped.
func New(rate float64, burst int, maxKeys int, now func() time.Time) *Limiter {
	if now == nil {
		now = time.Now
	}
	if maxKeys <= 0 {
		maxKeys = 100_000
	}
	return &Limiter{rate: rate, burst: float64(burst), maxKeys: maxKeys, now: now, buckets: map[string]*bucket{}}
}

// Allow takes one token for key. When none is left it returns false and how
// long until one is available (for Retry-After).
func (l *Limiter) Allow(key string) (bool, time.Duration) {
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) >= l.maxKeys {
			l.evict(now)
		}
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	b.tokens = math.Min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	wait := time.Duration((1 - b.tokens) / l.rate * float64(time.Second))
	return false, wait
}

// evict drops buckets that have refilled completely (they behave exactly
// like a new bucket), and if that frees nothing, drops half at random.
func (l *Limiter) evict(now time.Time) {
	for k, b := range l.buckets {
		if b.tokens+now.Sub(b.last).Seconds()*l.rate >= l.burst {
			delete(l.buckets, k)
		}
	}
	if len(l.buckets) < l.maxKeys {
		return
	}
	n := 0
	for k := range l.buckets {
		delete(l.buckets, k)
		n++
		if n >= l.maxKeys/2 {
			return
		}
	}
}
