// Package webhooks receives Shopify webhooks and applies them to the
// database. The intake verifies the HMAC, stores the event (deduplicated on
// the webhook id) and enqueues a River job before answering 200; workers
// apply each event and mark it processed in one transaction, so an event is
// applied at most once however often its job runs. A periodic reconciler
// re-enqueues events whose job was lost between commit and enqueue
// (transactional outbox), so an acknowledged webhook is never lost.
package webhooks

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"shopassist/db"
	"shopassist/internal/shopcache"
	"shopassist/jobs"
)

// Queue is the River queue the app runs webhook event jobs on.
const Queue = "webhooks"

// DefaultMaxBody caps a webhook body. Shopify's largest payloads (orders
// with hundreds of lines) stay far below it.
const DefaultMaxBody = 1 << 20

// Enqueuer is the part of jobs.Queue the service needs; tests substitute it
// to simulate a crash between storing an event and enqueuing its job.
type Enqueuer interface {
	Enqueue(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (int64, error)
	EnqueueMany(ctx context.Context, params []river.InsertManyParams) error
	// RunningJobs lists the jobs of a kind held as running by any process.
	RunningJobs(ctx context.Context, kind string) ([]*rivertype.JobRow, error)
}

// Config tunes a Service. Zero values select the defaults.
type Config struct {
	// Secrets verify X-Shopify-Hmac-Sha256: the current API secret and,
	// during a rotation, the previous one. Empty entries are ignored.
	Secrets []string
	// MaxBody caps the request body (DefaultMaxBody); larger bodies get 413.
	MaxBody int64
	// ReconcileAfter is how long an event may stay "received" before the
	// reconciler enqueues it again (default 10 s). Enqueuing again is
	// cheap: jobs are unique per event, so an event whose job is waiting
	// gets no second one.
	ReconcileAfter time.Duration
	// ReconcileEvery is the reconciler's period (default 5 s). Together
	// with ReconcileAfter and River's leader lease (15 s) it bounds how
	// long an event whose job was lost in a crash waits.
	ReconcileEvery time.Duration
	// OrphanAfter is how long an event job may stay "running" before the
	// reconciler considers its process dead and gives the event a new job
	// (default EventJobTimeout + 5 s: a live worker cancels a run at
	// EventJobTimeout).
	OrphanAfter time.Duration
	// ShopCacheTTL bounds how long the intake trusts a cached installed
	// shop (default 2 s); only an extra accepted event can come of
	// staleness, which the processor then skips. An uninstalled state is
	// always read again (see shopState).
	ShopCacheTTL time.Duration
	// PayloadRetention is how long a failed event keeps its body for
	// Replay (default DefaultPayloadRetention); processed and skipped
	// events drop theirs at once.
	PayloadRetention time.Duration
	// MaxAttempts overrides River's attempts per event job (default: the
	// queue's, 8, like Shopify's own delivery retries).
	MaxAttempts int
	// Queue is the River queue of the event jobs (default: River's default
	// queue); the app gives them their own, Queue.
	Queue string
	// InventoryChanged, when set, is told of every inventory_levels/update
	// (shop domain, inventory item id) after the back-in-stock bookkeeping,
	// so the variant's stock reaches the chat (catalog.RefreshInventory).
	InventoryChanged func(ctx context.Context, shop string, itemID int64) error
	// CollectionChanged, when set, is told of every collections/create,
	// collections/update and collections/delete (shop domain, collection
	// id), so its products' membership reaches the chat
	// (catalog.RefreshCollection).
	CollectionChanged func(ctx context.Context, shop string, collectionID int64) error
	// Processors add or replace topic processors (tests inject failures).
	Processors map[string]Processor
	// Registerer receives the service's metrics; nil skips them.
	Registerer prometheus.Registerer
	Now        func() time.Time
	Logger     *slog.Logger
}

// Service is the webhook intake, its workers and the admin operations.
type Service struct {
	store      *db.Store
	queue      Enqueuer
	cfg        Config
	log        *slog.Logger
	now        func() time.Time
	shops      *shopcache.Cache
	processors map[string]Processor
	// bulk are the topics a batch applies with multi-row statements rather
	// than with their processor: orders and product upserts, unless a
	// processor was substituted for the topic.
	bulk    map[string]bool
	metrics *metrics
	batch   atomic.Pointer[batcher] // nil when not running
	started atomic.Pointer[batcher] // the last one started, for Flush
	writer  atomic.Pointer[eventWriter]
}

// New builds the service on the store and queue.
func New(store *db.Store, queue Enqueuer, cfg Config) (*Service, error) {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.ReconcileAfter <= 0 {
		cfg.ReconcileAfter = 10 * time.Second
	}
	if cfg.ReconcileEvery <= 0 {
		cfg.ReconcileEvery = 5 * time.Second
	}
	if cfg.OrphanAfter <= 0 {
		cfg.OrphanAfter = EventJobTimeout + 5*time.Second
	}
	if cfg.PayloadRetention <= 0 {
		cfg.PayloadRetention = DefaultPayloadRetention
	}
	if cfg.ShopCacheTTL <= 0 {
		cfg.ShopCacheTTL = 2 * time.Second
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s := &Service{store: store, queue: queue, cfg: cfg, log: cfg.Logger.With("component", "webhooks"), now: cfg.Now,
		processors: defaultProcessors()}
	var err error
	if s.shops, err = shopcache.New(store, cfg.ShopCacheTTL, cfg.Now); err != nil {
		return nil, err
	}
	if cfg.InventoryChanged != nil {
		s.processors[TopicInventoryLevelsUpdate] = inventoryProcessor(cfg.InventoryChanged)
	}
	if cfg.CollectionChanged != nil {
		for _, t := range CollectionTopics {
			s.processors[t] = collectionProcessor(cfg.CollectionChanged)
		}
	}
	s.bulk = map[string]bool{TopicProductsCreate: true, TopicProductsUpdate: true}
	for _, t := range orderTopics {
		s.bulk[t] = true
	}
	for topic, p := range cfg.Processors {
		s.processors[topic] = p
		delete(s.bulk, topic)
	}
	m, err := newMetrics(cfg.Registerer)
	if err != nil {
		return nil, err
	}
	s.metrics = m
	return s, nil
}

// Register adds the event worker and the reconciler worker to workers; call
// it before the queue starts.
func (s *Service) Register(workers *river.Workers) error {
	if err := river.AddWorkerSafely(workers, &eventWorker{s: s}); err != nil {
		return fmt.Errorf("register webhook worker: %w", err)
	}
	if err := river.AddWorkerSafely(workers, &batchWorker{s: s}); err != nil {
		return fmt.Errorf("register webhook batch worker: %w", err)
	}
	if err := river.AddWorkerSafely(workers, &reconcileWorker{s: s}); err != nil {
		return fmt.Errorf("register webhook reconciler: %w", err)
	}
	if err := river.AddWorkerSafely(workers, &purgeWorker{s: s}); err != nil {
		return fmt.Errorf("register webhook payload purge: %w", err)
	}
	return nil
}

// Schedules are the service's periodic jobs, for jobs.Queue.Schedule: the
// reconciler and the payload purge (both also run when a process becomes
// leader, i.e. right after a crash).
func (s *Service) Schedules() []jobs.Every {
	return []jobs.Every{
		{ID: "webhooks_reconcile", Interval: s.cfg.ReconcileEvery, Args: ReconcileArgs{}, RunOnStart: true},
		{ID: "webhooks_payload_purge", Interval: purgeEvery, Args: PurgeArgs{}, RunOnStart: true},
	}
}

// RecentEvents lists a shop's latest webhook events (payloads omitted),
// newest first, for the admin.
func (s *Service) RecentEvents(ctx context.Context, shop string, limit int) ([]db.WebhookEvent, error) {
	return s.store.RecentWebhookEvents(ctx, shop, limit)
}

// ErrPayloadPurged refuses the replay of a failed event whose body was
// purged after the retention period.
var ErrPayloadPurged = errors.New("payload purged after the retention period; Shopify must resend it")

// Replay puts a failed event of the shop back in the queue. Processed and
// skipped events are refused with db.ErrNotFound: replaying them would apply
// their effects twice. Failed events keep their payload for this.
func (s *Service) Replay(ctx context.Context, shop string, id int64) error {
	ev, err := s.store.GetWebhookEvent(ctx, shop, id)
	if err != nil {
		return fmt.Errorf("replay webhook event: %w", err)
	}
	if ev.PayloadPurged() {
		return fmt.Errorf("replay webhook event %d: %w", id, ErrPayloadPurged)
	}
	if _, err := s.store.ReopenWebhookEvent(ctx, shop, id); err != nil {
		return fmt.Errorf("replay webhook event: %w", err)
	}
	_, err = s.queue.Enqueue(ctx, EventArgs{EventID: id, Replay: s.now().UnixNano()}, s.insertOpts())
	if err != nil {
		// The event is "received" again, so the reconciler picks it up
		// even if this enqueue failed.
		return fmt.Errorf("replay webhook event: %w", err)
	}
	return nil
}

// CustomerExports lists the customers/data_request exports of a shop,
// newest first, without their documents.
func (s *Service) CustomerExports(ctx context.Context, shop string, limit int) ([]db.CustomerExport, error) {
	sh, err := s.store.GetShop(ctx, shop)
	if err != nil {
		return nil, fmt.Errorf("list customer exports: %w", err)
	}
	return s.store.ListCustomerExports(ctx, sh.ID, limit)
}

// CustomerExport returns one export of the shop with its JSON document
// (db.CustomerExportData), which the merchant hands to the customer.
func (s *Service) CustomerExport(ctx context.Context, shop string, id int64) (*db.CustomerExport, error) {
	sh, err := s.store.GetShop(ctx, shop)
	if err != nil {
		return nil, fmt.Errorf("get customer export: %w", err)
	}
	return s.store.GetCustomerExport(ctx, sh.ID, id)
}

// River priorities of event jobs (1 runs first): an event the reconciler
// re-enqueues has already waited, so it goes ahead of the backlog.
const (
	priorityEvent     = 2
	priorityReconcile = 1
)

func (s *Service) insertOpts() *river.InsertOpts {
	// One live job per event: the reconciler and Replay may insert again
	// without creating a second runnable job.
	return &river.InsertOpts{MaxAttempts: s.cfg.MaxAttempts, Queue: s.cfg.Queue, Priority: priorityEvent,
		UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// enqueueAfterAck hands the event's job to the batcher when it runs.
func (s *Service) enqueueAfterAck(ctx context.Context, id int64, topic string) error {
	if b := s.batch.Load(); b != nil && b.offer(queuedEvent{id: id, topic: topic}) {
		return nil
	}
	return s.enqueue(ctx, id)
}

func (s *Service) enqueue(ctx context.Context, id int64) error {
	_, err := s.queue.Enqueue(ctx, EventArgs{EventID: id}, s.insertOpts())
	return err
}

type metrics struct {
	received    *prometheus.CounterVec
	processed   *prometheus.CounterVec
	intakeBatch prometheus.Histogram
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		received: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "webhooks_received_total", Help: "Webhook deliveries by intake outcome.",
		}, []string{"result"}),
		processed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "webhooks_processed_total", Help: "Webhook events committed by workers, by final status.",
		}, []string{"status"}),
		intakeBatch: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "webhooks_intake_batch_size",
			Help:    "Webhook events stored per group-commit INSERT.",
			Buckets: []float64{1, 2, 4, 8, 16, 32, 64},
		}),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.received, m.processed, m.intakeBatch} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("register webhook metrics: %w", err)
		}
	}
	return m, nil
}
