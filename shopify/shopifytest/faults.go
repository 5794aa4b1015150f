package shopifytest

import (
	"strconv"
	"time"
)

// faults are pending injected failures for GraphQL requests. They apply
// after authentication, in the order rate limit, failure, throttle.
type faults struct {
	failN, failStatus int
	rateLimitN        int
	retryAfter        time.Duration
	throttleN         int
}

// FailNext makes the next n authenticated GraphQL requests fail with HTTP
// status (e.g. 502). A 429 carries "Retry-After: 1".
func (a *Admin) FailNext(n, status int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.faults.failN, a.faults.failStatus = n, status
}

// RateLimitNext makes the next n authenticated GraphQL requests answer 429
// with the given Retry-After.
func (a *Admin) RateLimitNext(n int, retryAfter time.Duration) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.faults.rateLimitN, a.faults.retryAfter = n, retryAfter
}

// ThrottleNext makes the next n authenticated GraphQL requests answer
// THROTTLED regardless of the bucket, reporting the bucket as empty.
func (a *Admin) ThrottleNext(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.faults.throttleN = n
}

// next returns the pending fault for one request, consuming it.
// Must be called with a.mu held.
func (f *faults) next() (status int, retryAfter string, throttle bool) {
	switch {
	case f.rateLimitN > 0:
		f.rateLimitN--
		return 429, strconv.FormatFloat(f.retryAfter.Seconds(), 'f', -1, 64), false
	case f.failN > 0:
		f.failN--
		if f.failStatus == 429 {
			return 429, "1", false
		}
		return f.failStatus, "", false
	case f.throttleN > 0:
		f.throttleN--
		return 0, "", true
	}
	return 0, "", false
}
