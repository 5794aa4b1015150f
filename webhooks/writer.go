package webhooks

import (
	"context"
	"sync"

	"shopassist/db"
)

// Group commit of the intake. Each accepted webhook must be durable before
// it is acknowledged, and on this kind of machine the per-statement and
// per-commit costs (round trips, WAL flushes, syscalls) dominate the intake:
// a few writers take whatever deliveries queued up while their previous
// insert was in flight and store them with one multi-row INSERT, so the
// batch size grows with the load and a lone webhook waits for nobody.
const (
	// writers is how many batch inserts may be in flight at once: one
	// commits while the next batch gathers.
	writers = 3
	// maxEventBatch bounds one INSERT (9 parameters per row).
	maxEventBatch = 64
	// writerQueue bounds the deliveries waiting for a writer; beyond it a
	// delivery inserts on its own request goroutine.
	writerQueue = 1024
)

type pendingEvent struct {
	ev   *db.WebhookEvent
	done chan error
}

type eventWriter struct {
	s  *Service
	ch chan *pendingEvent
	// mu guards closed: senders hold it shared while they queue, and
	// shutdown takes it exclusively, so nothing is queued once the writers
	// drain for the last time.
	mu     sync.RWMutex
	closed bool
	quit   chan struct{}
	done   chan struct{}
}

func newEventWriter(s *Service) *eventWriter {
	return &eventWriter{s: s, ch: make(chan *pendingEvent, writerQueue), quit: make(chan struct{}),
		done: make(chan struct{})}
}

// run starts the writers; when ctx ends, later deliveries insert
// synchronously and what is queued is still written (with a context that
// outlives ctx, as the requests are waiting for it).
func (w *eventWriter) run(ctx context.Context) {
	var wg sync.WaitGroup
	for range writers {
		wg.Go(func() { w.loop(context.WithoutCancel(ctx)) })
	}
	go func() {
		<-ctx.Done()
		w.mu.Lock()
		w.closed = true
		w.mu.Unlock()
		close(w.quit)
		wg.Wait()
		close(w.done)
	}()
}

// store writes ev through a writer and waits for the commit. ok is false
// when the writers are stopped or saturated; the caller then inserts
// itself.
func (w *eventWriter) store(ev *db.WebhookEvent) (ok bool, err error) {
	p := &pendingEvent{ev: ev, done: make(chan error, 1)}
	w.mu.RLock()
	if w.closed {
		w.mu.RUnlock()
		return false, nil
	}
	select {
	case w.ch <- p:
	default:
		w.mu.RUnlock()
		return false, nil
	}
	w.mu.RUnlock()
	// The writer answers even when the client has gone away: waiting keeps
	// the outcome in step with what was written.
	return true, <-p.done
}

func (w *eventWriter) loop(ctx context.Context) {
	batch := make([]*pendingEvent, 0, maxEventBatch)
	for {
		select {
		case p := <-w.ch:
			batch = w.gather(append(batch[:0], p))
			w.write(ctx, batch)
		case <-w.quit:
			for {
				batch = w.gather(batch[:0])
				if len(batch) == 0 {
					return
				}
				w.write(ctx, batch)
			}
		}
	}
}

// gather adds what is already queued, without waiting for more.
func (w *eventWriter) gather(batch []*pendingEvent) []*pendingEvent {
	for len(batch) < maxEventBatch {
		select {
		case p := <-w.ch:
			batch = append(batch, p)
		default:
			return batch
		}
	}
	return batch
}

func (w *eventWriter) write(ctx context.Context, batch []*pendingEvent) {
	w.s.metrics.intakeBatch.Observe(float64(len(batch)))
	evs := make([]*db.WebhookEvent, len(batch))
	for i, p := range batch {
		evs[i] = p.ev
	}
	err := w.s.store.InsertWebhookEvents(ctx, evs)
	if err != nil && len(batch) > 1 {
		// One bad row must not fail its neighbours: retry them one by one
		// so each delivery gets its own outcome.
		w.s.log.Warn("webhook intake: batch insert failed, retrying one by one", "events", len(batch), "err", err)
		for _, p := range batch {
			p.done <- w.s.store.InsertWebhookEvent(ctx, p.ev)
		}
		return
	}
	for _, p := range batch {
		switch {
		case err != nil:
			p.done <- err
		case p.ev.ID == 0:
			p.done <- db.DuplicateWebhook(p.ev)
		default:
			p.done <- nil
		}
	}
}

// storeEvent makes ev durable: through the group-commit writers once Start
// ran, else with its own INSERT. A duplicate webhook id yields
// db.ErrDuplicate.
func (s *Service) storeEvent(ctx context.Context, ev *db.WebhookEvent) error {
	if w := s.writer.Load(); w != nil {
		if ok, err := w.store(ev); ok {
			return err
		}
	}
	return s.store.InsertWebhookEvent(ctx, ev)
}
