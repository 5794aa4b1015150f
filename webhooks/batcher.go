package webhooks

import (
	"context"

	"github.com/riverqueue/river"
)

// maxBatch bounds one River InsertMany.
const maxBatch = 500

// Start runs the enqueue batcher until ctx ends. Once started, the intake
// answers as soon as the event row is committed and hands the job insert to
// the batcher, which inserts whatever accumulated in one InsertMany: one
// commit per batch instead of one per webhook, and the request path no
// longer waits on the job table. The event row is the durable record (the
// outbox); an id still in the batcher when the process dies is enqueued by
// the reconciler. Without Start the intake enqueues synchronously.
//
// Start also runs the intake's group-commit writers (writer.go).
func (s *Service) Start(ctx context.Context) {
	w := newEventWriter(s)
	s.writer.Store(w)
	w.run(ctx)
	b := &batcher{s: s, ch: make(chan int64, 20000), done: make(chan struct{})}
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

type batcher struct {
	s    *Service
	ch   chan int64
	done chan struct{}
}

// offer queues an event id; false when the buffer is full (the caller then
// enqueues synchronously, which also slows the sender down).
func (b *batcher) offer(id int64) bool {
	select {
	case b.ch <- id:
		return true
	default:
		return false
	}
}

func (b *batcher) run(ctx context.Context) {
	defer close(b.done)
	ids := make([]int64, 0, maxBatch)
	for {
		select {
		case id := <-b.ch:
			ids = append(ids[:0], id)
		drain:
			for len(ids) < maxBatch {
				select {
				case id := <-b.ch:
					ids = append(ids, id)
				default:
					break drain
				}
			}
			b.insert(ctx, ids)
		case <-ctx.Done():
			// Later webhooks enqueue synchronously; what is buffered is
			// inserted with a context that survives the cancellation.
			b.s.batch.CompareAndSwap(b, nil)
			ids = ids[:0]
			for len(b.ch) > 0 {
				ids = append(ids, <-b.ch)
			}
			b.insert(context.WithoutCancel(ctx), ids)
			return
		}
	}
}

func (b *batcher) insert(ctx context.Context, ids []int64) {
	if len(ids) == 0 {
		return
	}
	params := make([]river.InsertManyParams, len(ids))
	for i, id := range ids {
		params[i] = river.InsertManyParams{Args: EventArgs{EventID: id}, InsertOpts: b.s.insertOpts()}
	}
	if err := b.s.queue.EnqueueMany(ctx, params); err != nil {
		b.s.log.Warn("webhook intake: batch enqueue failed, reconciler will retry", "events", len(ids), "err", err)
	}
}
