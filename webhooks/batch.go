package webhooks

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	goshopify "github.com/bold-commerce/go-shopify/v4"
	"github.com/riverqueue/river"

	"shopassist/db"
	"shopassist/shopdata"
)

// Batched processing (issue 21). One event per job cost ~11 statements and a
// River fetch and completion per event, so one worker process topped out at
// ~350 events/s on 2 cores. A batch job carries the ids the intake stored
// over a few milliseconds and applies them in one transaction: one statement
// locks the events, one loads their shops, orders go through multi-row
// upserts (db.UpsertOrders), products one catalog version per shop, and one
// statement per outcome finishes the events. The guarantees are those of
// Process: each event is applied once (its row is locked and must still be
// "received"), newest-wins per resource (the same updated_at guards, folded
// in event order), skipped when the shop is gone or uninstalled. A payload
// that cannot be decoded fails alone inside the batch; any other error rolls
// the batch back and hands its events to one job each (the per-event path),
// which isolates the culprit with the usual retries.

// maxJobEvents bounds the events of one batch job (one transaction).
const maxJobEvents = 100

// EventBatchArgs is the job that processes several stored webhook events.
type EventBatchArgs struct {
	EventIDs []int64 `json:"event_ids"`
	// Replay gives a batch the reconciler re-enqueues a fresh unique key
	// when a dead process left a job with the same ids running.
	Replay int64 `json:"replay,omitempty"`
}

// Kind implements river.JobArgs.
func (EventBatchArgs) Kind() string { return "webhook_event_batch" }

type batchWorker struct {
	river.WorkerDefaults[EventBatchArgs]
	s *Service
}

// Timeout implements river.Worker: a batch is one transaction of a few
// dozen statements, bounded like a single event's.
func (w *batchWorker) Timeout(*river.Job[EventBatchArgs]) time.Duration { return EventJobTimeout }

// Work applies the batch (ApplyBatch).
func (w *batchWorker) Work(ctx context.Context, job *river.Job[EventBatchArgs]) error {
	return w.s.ApplyBatch(ctx, job.Args.EventIDs)
}

// processAlone reports whether a topic's events always get a job of their
// own: compliance and app/* events change the shop or delete its data
// (events included), which the other events of a batch depend on.
func processAlone(topic string) bool {
	return afterUninstall[topic] || topic == TopicAppScopesUpdate
}

// ApplyBatch processes the events (ProcessBatch). When the batch fails as a
// whole it is rolled back and each event gets its own job, so one event that
// keeps failing is retried and recorded alone while the others commit.
func (s *Service) ApplyBatch(ctx context.Context, ids []int64) error {
	counts, err := s.ProcessBatch(ctx, ids)
	if err == nil {
		for st, n := range counts {
			s.metrics.processed.WithLabelValues(st).Add(float64(n))
		}
		return nil
	}
	if ctx.Err() != nil {
		// Shutdown or timeout: River retries the whole batch.
		return err
	}
	s.log.Warn("webhook batch failed, processing its events one by one", "events", len(ids), "err", db.CleanText(err.Error()))
	if eerr := s.enqueueEach(ctx, ids); eerr != nil {
		return fmt.Errorf("%w (and handing its events to single jobs: %w)", err, eerr)
	}
	return nil
}

// enqueueEach gives each event a job of its own (the per-event path).
func (s *Service) enqueueEach(ctx context.Context, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	params := make([]river.InsertManyParams, len(ids))
	for i, id := range ids {
		params[i] = river.InsertManyParams{Args: EventArgs{EventID: id}, InsertOpts: s.insertOpts()}
	}
	return s.queue.EnqueueMany(ctx, params)
}

// batchEvent is one event of a batch and what became of it.
type batchEvent struct {
	ev     *db.WebhookEvent
	shop   *db.Shop
	status string // db.EventProcessed, db.EventSkipped or db.EventFailed
	note   string // skip reason or failure
	order  *goshopify.Order
	row    *db.Order
	prod   *db.Product
	after  []func(context.Context) error // Event.AfterCommit
}

// ProcessBatch applies the events still "received" among ids in one
// transaction and records their outcomes in it. It returns how many events
// ended in each status. Events of topics processed alone are left to a job
// of their own.
func (s *Service) ProcessBatch(ctx context.Context, ids []int64) (map[string]int, error) {
	var (
		counts map[string]int
		alone  []int64
		batch  []*batchEvent
	)
	err := s.store.InTx(ctx, func(tx *db.Store) error {
		counts, alone = map[string]int{}, nil
		evs, err := tx.LockWebhookEvents(ctx, ids)
		if err != nil || len(evs) == 0 {
			return err
		}
		domains := make([]string, 0, 4)
		for _, ev := range evs {
			if !slices.Contains(domains, ev.Shop) {
				domains = append(domains, ev.Shop)
			}
		}
		shops, err := tx.GetShops(ctx, domains)
		if err != nil {
			return err
		}
		batch = nil
		for _, ev := range evs {
			if processAlone(ev.Topic) {
				alone = append(alone, ev.ID)
				continue
			}
			batch = append(batch, s.prepare(ev, shops[ev.Shop]))
		}
		if err := s.applyBatch(ctx, tx, batch); err != nil {
			return err
		}
		return s.finishBatch(ctx, tx, batch, counts)
	})
	if err != nil {
		return nil, fmt.Errorf("process batch of %d webhook events: %w", len(ids), err)
	}
	for _, be := range batch {
		// Logged there; the events are applied, so the batch stands.
		_ = s.runAfterCommit(ctx, be.ev.ID, be.after)
	}
	if err := s.enqueueEach(ctx, alone); err != nil {
		// They stay "received": the reconciler gives them a job.
		s.log.Warn("webhook batch: enqueue of single events failed, reconciler will retry", "events", len(alone), "err", err)
	}
	return counts, nil
}

// prepare decides what a batch does with an event before any statement: the
// checks of dispatch, and the decoding of the topics applied in bulk.
func (s *Service) prepare(ev *db.WebhookEvent, shop *db.Shop) *batchEvent {
	be := &batchEvent{ev: ev, shop: shop, status: db.EventProcessed}
	skip := func(reason string) *batchEvent {
		be.status, be.note = db.EventSkipped, reason
		return be
	}
	if _, ok := s.processors[ev.Topic]; !ok {
		return skip(reasonNoProcessor)
	}
	if shop == nil {
		return skip(reasonShopGone)
	}
	if shop.UninstalledAt != nil && !afterUninstall[ev.Topic] {
		return skip(reasonShopUninstalled)
	}
	if !s.bulk[ev.Topic] {
		return be
	}
	if err := s.decode(be); err != nil {
		be.status, be.note = db.EventFailed, db.CleanText(err.Error())
	}
	return be
}

// decode turns an order or product payload into its row; a payload that
// cannot be decoded, or panics the decoder, is a permanent failure.
func (s *Service) decode(be *batchEvent) (err error) {
	defer func() {
		if r := recover(); r != nil {
			s.log.Error("webhook decoder panicked", "event", be.ev.ID, "topic", be.ev.Topic, "panic", db.CleanText(fmt.Sprint(r)))
			err = fmt.Errorf("%s processor panicked on the payload: %v", be.ev.Topic, r)
		}
	}()
	payload, err := shopdata.CleanPayload(be.ev.Payload)
	if err != nil {
		return err
	}
	switch be.ev.Topic {
	case TopicProductsCreate, TopicProductsUpdate:
		p, err := shopdata.DecodeProduct(payload)
		if err != nil {
			return err
		}
		if p.Id == 0 {
			return errors.New("product payload without id")
		}
		row := shopdata.Product(be.shop.ID, p)
		be.prod = &row
	default:
		o, err := shopdata.DecodeOrder(payload)
		if err != nil {
			return err
		}
		if o.Id == 0 {
			return errors.New("order payload without id")
		}
		be.order, be.row = o, shopdata.Order(be.shop.ID, o)
	}
	return nil
}

// applyBatch applies the prepared events: orders in bulk, then products one
// call per shop, then the other topics one by one with their processor, in
// that order so concurrent batches take row locks in the same order.
func (s *Service) applyBatch(ctx context.Context, tx *db.Store, batch []*batchEvent) error {
	var (
		orders   []*db.Order
		products = map[int64][]db.Product{}
	)
	for _, be := range batch {
		if be.status != db.EventProcessed {
			continue
		}
		switch {
		case be.row != nil:
			orders = append(orders, be.row)
		case be.prod != nil:
			products[be.shop.ID] = append(products[be.shop.ID], *be.prod)
		}
	}
	if _, err := tx.UpsertOrders(ctx, orders); err != nil {
		return err
	}
	for _, be := range batch {
		if be.row == nil || be.status != db.EventProcessed {
			continue
		}
		if err := linkChatOrder(ctx, tx, be.shop, be.order, be.row); err != nil {
			return err
		}
	}
	shopIDs := make([]int64, 0, len(products))
	for id := range products {
		shopIDs = append(shopIDs, id)
	}
	slices.Sort(shopIDs)
	for _, id := range shopIDs {
		if _, _, err := tx.UpsertProducts(ctx, id, products[id]); err != nil {
			return err
		}
	}
	for _, be := range batch {
		if be.status != db.EventProcessed || s.bulk[be.ev.Topic] {
			continue
		}
		if err := s.runProcessor(ctx, tx, be); err != nil {
			return err
		}
	}
	return nil
}

// runProcessor applies an event of a topic not applied in bulk with its
// processor. A skip is recorded; any other error (a permanent one included:
// its processor may have written before failing) fails the batch, whose
// events are then processed one by one.
func (s *Service) runProcessor(ctx context.Context, tx *db.Store, be *batchEvent) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s processor panicked on the payload of event %d: %v", be.ev.Topic, be.ev.ID, r)
		}
	}()
	payload, err := shopdata.CleanPayload(be.ev.Payload)
	if err != nil {
		return fmt.Errorf("event %d: %w", be.ev.ID, err)
	}
	be.ev.Payload = payload
	perr := s.processors[be.ev.Topic](ctx, tx, &Event{WebhookEvent: be.ev, ShopRow: be.shop, after: &be.after})
	var skip *skipError
	switch {
	case perr == nil:
	case errors.As(perr, &skip):
		be.status, be.note = db.EventSkipped, skip.reason
	default:
		return fmt.Errorf("event %d (%s): %w", be.ev.ID, be.ev.Topic, perr)
	}
	return nil
}

// finishBatch records the outcomes: one statement per (status, note).
func (s *Service) finishBatch(ctx context.Context, tx *db.Store, batch []*batchEvent, counts map[string]int) error {
	type outcome struct{ status, note string }
	groups := map[outcome][]int64{}
	for _, be := range batch {
		counts[be.status]++
		if be.status == db.EventFailed {
			s.log.Warn("webhook event failed", "event", be.ev.ID, "err", be.note)
			if err := tx.RecordWebhookFailure(ctx, be.ev.ID, be.note, true); err != nil {
				return err
			}
			continue
		}
		k := outcome{be.status, be.note}
		groups[k] = append(groups[k], be.ev.ID)
	}
	keys := make([]outcome, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b outcome) int { return cmp.Or(cmp.Compare(a.status, b.status), cmp.Compare(a.note, b.note)) })
	now := s.now()
	for _, k := range keys {
		if err := tx.FinishWebhookEvents(ctx, groups[k], k.status, k.note, now); err != nil {
			return err
		}
	}
	return nil
}
