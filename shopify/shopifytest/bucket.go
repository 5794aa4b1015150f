package shopifytest

import (
	"math"
	"time"

	"shopassist/shopify"
)

// bucket is a shop's leaky bucket of query-cost points, refilled lazily at
// RestoreRate points per second of the fake's clock.
type bucket struct {
	available float64
	last      time.Time
}

// bucketFor returns shop's bucket refilled up to now. Must hold a.mu.
func (a *Admin) bucketFor(shop string, now time.Time) *bucket {
	b, ok := a.buckets[shop]
	if !ok {
		b = &bucket{available: a.opts.BucketSize, last: now}
		a.buckets[shop] = b
	}
	if elapsed := now.Sub(b.last).Seconds(); elapsed > 0 {
		b.available = math.Min(a.opts.BucketSize, b.available+elapsed*a.opts.RestoreRate)
		b.last = now
	}
	return b
}

func (a *Admin) throttleStatus(b *bucket) shopify.ThrottleStatus {
	return shopify.ThrottleStatus{
		MaximumAvailable:   a.opts.BucketSize,
		CurrentlyAvailable: math.Floor(b.available),
		RestoreRate:        a.opts.RestoreRate,
	}
}

// SetCost sets the points charged for a GraphQL operation name, e.g. a big
// product page query. Unset operations cost Options.DefaultCost.
func (a *Admin) SetCost(operation string, cost float64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.costs[operation] = cost
}

// SetAvailable sets the points currently in shop's bucket, to start a test
// with a drained bucket.
func (a *Admin) SetAvailable(shop string, points float64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	b := a.bucketFor(shop, a.opts.Now())
	b.available = math.Min(points, a.opts.BucketSize)
}

// Available reports the points in shop's bucket now.
func (a *Admin) Available(shop string) float64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.bucketFor(shop, a.opts.Now()).available
}

func (a *Admin) costOf(operation string) float64 {
	if c, ok := a.costs[operation]; ok {
		return c
	}
	return a.opts.DefaultCost
}
