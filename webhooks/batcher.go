package webhooks

import (
	"context"
	"time"

	"github.com/riverqueue/river"
)

const (
	// maxBatch bounds one River InsertMany (events, before they are cut
	// into batch jobs of maxJobEvents).
	maxBatch = 500
	// batchLinger is how long the batcher gathers ids after the first one
	// before inserting their jobs: under load a batch job then carries
	// tens of events, while a lone webhook waits only this long for its
	// job. It delays processing, never the acknowledgement.
	batchLinger = 20 * time.Millisecond
)

// Start runs the enqueue batcher until ctx ends. Once started, the intake
// answers as soon as the event row is committed and hands the job insert to
// the batcher, which inserts whatever accumulated in one InsertMany: one
// commit per batch instead of one per webhook, and the request path no
// longer waits on the job table. The events are cut into batch jobs
// (EventBatchArgs) of up to maxJobEvents, each applied in one transaction;
// events of topics processed alone get one job each. The event row is the
// durable record (the outbox); an id still in the batcher when the process
// dies is enqueued by the reconciler. Without Start the intake enqueues one
// job per event synchronously.
//
// Start also runs the intake's group-commit writers (writer.go).
func (s *Service) Start(ctx context.Context) {
	w := newEventWriter(s)
	s.writer.Store(w)
	w.run(ctx)
	b := &batcher{s: s, ch: make(chan queuedEvent, 20000), done: make(chan struct{})}
	s.batch.Store(b)
	s.started.Store(b)
	go b.run(ctx)
}

// Flush waits until the writers and the batcher have stopped (their context
// ended) and stored what they held; for shutdown and tests.
func (s *Service) Flush() {
	if w := s.writer.Load(); w != nil {
		<-w.done
	}
	if b := s.started.Load(); b != nil {
		<-b.done
	}
}

// queuedEvent is a stored event waiting for its job.
type queuedEvent struct {
	id    int64
	topic string
}

type batcher struct {
	s    *Service
	ch   chan queuedEvent
	done chan struct{}
}

// offer queues an event; false when the buffer is full (the caller then
// enqueues synchronously, which also slows the sender down).
func (b *batcher) offer(e queuedEvent) bool {
	select {
	case b.ch <- e:
		return true
	default:
		return false
	}
}

func (b *batcher) run(ctx context.Context) {
	defer close(b.done)
	evs := make([]queuedEvent, 0, maxBatch)
	timer := time.NewTimer(batchLinger)
	timer.Stop()
	for {
		select {
		case e := <-b.ch:
			evs = append(evs[:0], e)
			timer.Reset(batchLinger)
		gather:
			for len(evs) < maxBatch {
				select {
				case e := <-b.ch:
					evs = append(evs, e)
				case <-timer.C:
					break gather
				case <-ctx.Done():
					break gather
				}
			}
			timer.Stop()
			// What was gathered is inserted even when ctx ended meanwhile.
			b.insert(context.WithoutCancel(ctx), evs)
		case <-ctx.Done():
			// Later webhooks enqueue synchronously; what is buffered is
			// inserted with a context that survives the cancellation.
			b.s.batch.CompareAndSwap(b, nil)
			evs = evs[:0]
			for len(b.ch) > 0 {
				evs = append(evs, <-b.ch)
			}
			b.insert(context.WithoutCancel(ctx), evs)
			return
		}
	}
}

func (b *batcher) insert(ctx context.Context, evs []queuedEvent) {
	if len(evs) == 0 {
		return
	}
	if err := b.s.queue.EnqueueMany(ctx, b.s.jobsFor(evs, 0, priorityEvent, false)); err != nil {
		b.s.log.Warn("webhook intake: batch enqueue failed, reconciler will retry", "events", len(evs), "err", err)
	}
}

// jobsFor cuts events into jobs: one per event of a topic processed alone
// (unique per event, as always), batch jobs of up to maxJobEvents for the
// rest. Batch jobs from the intake hold fresh ids and need no uniqueness;
// the reconciler's are unique by their ids (unique=true), so reconciling
// twice does not queue the same batch twice. replay is set on reconciled
// jobs whose events a dead process left running.
func (s *Service) jobsFor(evs []queuedEvent, replay int64, priority int, unique bool) []river.InsertManyParams {
	var (
		params []river.InsertManyParams
		ids    []int64
	)
	flush := func() {
		if len(ids) == 0 {
			return
		}
		opts := &river.InsertOpts{MaxAttempts: s.cfg.MaxAttempts, Queue: s.cfg.Queue, Priority: priority}
		if unique {
			opts.UniqueOpts = river.UniqueOpts{ByArgs: true}
		}
		params = append(params, river.InsertManyParams{Args: EventBatchArgs{EventIDs: ids, Replay: replay}, InsertOpts: opts})
		ids = nil
	}
	for _, e := range evs {
		if processAlone(e.topic) {
			opts := s.insertOpts()
			opts.Priority = priority
			params = append(params, river.InsertManyParams{Args: EventArgs{EventID: e.id, Replay: replay}, InsertOpts: opts})
			continue
		}
		ids = append(ids, e.id)
		if len(ids) == maxJobEvents {
			flush()
		}
	}
	flush()
	return params
}
