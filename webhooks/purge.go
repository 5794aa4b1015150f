package webhooks

import (
	"context"
	"fmt"
	"time"

	"github.com/riverqueue/river"
)

// DefaultPayloadRetention is how long a failed event keeps its body for
// Replay before the purge drops it.
const DefaultPayloadRetention = 7 * 24 * time.Hour

// purgeEvery is the purge's period; it also runs when a process becomes
// leader, so leadership changes cannot postpone it for long.
const purgeEvery = time.Hour

// PurgeArgs is the periodic job dropping stored payloads past retention.
type PurgeArgs struct{}

// Kind implements river.JobArgs.
func (PurgeArgs) Kind() string { return "webhook_payload_purge" }

type purgeWorker struct {
	river.WorkerDefaults[PurgeArgs]
	s *Service
}

// Work purges until no payload past retention is left.
func (w *purgeWorker) Work(ctx context.Context, _ *river.Job[PurgeArgs]) error {
	_, err := w.s.PurgePayloads(ctx)
	return err
}

// PurgePayloads drops the stored body of every finished event received
// longer than PayloadRetention ago (webhook bodies hold customers' names,
// addresses, emails and phones) and returns how many it purged.
func (s *Service) PurgePayloads(ctx context.Context) (int64, error) {
	cutoff := s.now().Add(-s.cfg.PayloadRetention)
	var total int64
	for {
		n, err := s.store.PurgeWebhookPayloads(ctx, cutoff, 1000)
		total += n
		if err != nil {
			return total, fmt.Errorf("purge webhook payloads: %w", err)
		}
		if n < 1000 {
			break
		}
	}
	if total > 0 {
		s.log.Info("purged webhook payloads", "count", total)
	}
	return total, nil
}
