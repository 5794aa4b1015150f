package shopify

import (
	"math"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

const (
	// defaultRetryAfter applies to a 429 without a usable Retry-After.
	defaultRetryAfter = time.Second
	// minThrottleWait avoids hammering the API with sub-tick retries.
	minThrottleWait = 100 * time.Millisecond
	// defaultRestoreRate is Shopify's standard-plan rate, used when a
	// THROTTLED response lacks throttleStatus.
	defaultRestoreRate = 100.0
	backoffBase        = 500 * time.Millisecond
	backoffCap         = 8 * time.Second
)

// throttleWait is how long until the bucket holds the requested cost again:
// (needed - available) / restoreRate, clamped to [minThrottleWait, MaxWait].
func (c *Client) throttleWait(cost *Cost) time.Duration {
	if cost == nil {
		return defaultRetryAfter
	}
	rate := cost.ThrottleStatus.RestoreRate
	if rate <= 0 {
		rate = defaultRestoreRate
	}
	deficit := cost.RequestedQueryCost - cost.ThrottleStatus.CurrentlyAvailable
	secs := math.Max(deficit, 0) / rate
	d := time.Duration(math.Ceil(secs*1000)) * time.Millisecond
	return min(max(d, minThrottleWait), c.maxWait())
}

// backoff is capped exponential backoff with jitter in [d/2, d], so workers
// syncing many shops after an outage do not retry in lockstep.
func (c *Client) backoff(attempt int) time.Duration {
	d := backoffBase << min(attempt-1, 10)
	d = min(d, backoffCap, c.maxWait())
	half := d / 2
	return half + rand.N(half+1)
}

// parseRetryAfter understands delay-seconds (Shopify sends "2.0") and
// HTTP-dates.
func parseRetryAfter(h string, now time.Time) (time.Duration, bool) {
	h = strings.TrimSpace(h)
	if h == "" {
		return 0, false
	}
	if secs, err := strconv.ParseFloat(h, 64); err == nil && secs >= 0 && !math.IsInf(secs, 0) {
		return time.Duration(secs * float64(time.Second)), true
	}
	if t, err := http.ParseTime(h); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}
