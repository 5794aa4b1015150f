// Package ratelimit is a keyed token-bucket limiter for the storefront chat
// API (per shop and per shopper IP) and the agent endpoint (per token). The
// bucket maths is golang.org/x/time/rate's; this package keeps one bucket
// per key and bounds how many keys it holds. Buckets live in this process
// only: a limit is a guard against abuse, not state worth sharing, so with N
// app servers behind a balancer the effective limit is at most N times
// higher.
package ratelimit

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Limiter holds one token bucket per key.
type Limiter struct {
	limit   rate.Limit
	burst   int
	maxKeys int
	now     func() time.Time

	mu      sync.Mutex
	buckets map[string]*rate.Limiter
}

// New allows r events per second with bursts of burst per key. maxKeys
// bounds memory: when exceeded, idle (full) buckets are dropped.
func New(r float64, burst int, maxKeys int, now func() time.Time) *Limiter {
	if now == nil {
		now = time.Now
	}
	if maxKeys <= 0 {
		maxKeys = 100_000
	}
	return &Limiter{limit: rate.Limit(r), burst: burst, maxKeys: maxKeys, now: now, buckets: map[string]*rate.Limiter{}}
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
		b = rate.NewLimiter(l.limit, l.burst)
		l.buckets[key] = b
	}
	if b.AllowN(now, 1) {
		return true, 0
	}
	// How long until a token: reserve one to read the delay, then give it
	// back so a refused request costs nothing.
	r := b.ReserveN(now, 1)
	wait := r.DelayFrom(now)
	r.CancelAt(now)
	return false, wait
}

// evict drops buckets that have refilled completely (they behave exactly
// like a new bucket), and if that frees nothing, drops half at random.
func (l *Limiter) evict(now time.Time) {
	for k, b := range l.buckets {
		if b.TokensAt(now) >= float64(l.burst) {
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
