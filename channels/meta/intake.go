package meta

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/riverqueue/river"

	"shopassist/channels"
	"shopassist/db"
	"shopassist/jobs"
)

// MaxBody caps a webhook body; Meta's batches are a few kilobytes.
const MaxBody = 1 << 20

// Enqueuer inserts jobs (*jobs.Queue).
type Enqueuer interface {
	Enqueue(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (int64, error)
	EnqueueMany(ctx context.Context, params []river.InsertManyParams) error
}

// Config configures the webhook service.
type Config struct {
	// AppSecrets sign the webhooks (the Meta app's secret; during a
	// rotation also the previous one).
	AppSecrets []string
	// VerifyToken is the token entered in the app's webhook settings,
	// echoed by the subscription handshake.
	VerifyToken string
	// Queue is the River queue of the processing jobs.
	Queue  string
	Logger *slog.Logger
	Now    func() time.Time
}

// Service is the Meta webhook: intake (durable before 200) and processing.
type Service struct {
	store  *db.Store
	router *channels.Router
	queue  Enqueuer
	cfg    Config
	// batch, once Start ran, takes job inserts off the request path.
	batch chan int64
	// writes, once Start ran, group-commits the intake's inserts.
	writes chan *pendingWrite
}

// pendingWrite is one delivery waiting for the group commit.
type pendingWrite struct {
	ev   db.NewMetaEvent
	done chan writeResult
}

type writeResult struct {
	id  int64
	dup bool
	err error
}

// NewService builds the webhook service.
func NewService(store *db.Store, router *channels.Router, queue Enqueuer, cfg Config) *Service {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Queue == "" {
		cfg.Queue = river.QueueDefault
	}
	return &Service{store: store, router: router, queue: queue, cfg: cfg}
}

// ServeHTTP answers GET (the subscription handshake) and POST (events).
func (s *Service) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		s.handshake(w, r)
	case http.MethodPost:
		s.intake(w, r)
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

// handshake echoes hub.challenge when hub.mode is subscribe and
// hub.verify_token is ours.
func (s *Service) handshake(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("hub.mode") != "subscribe" || q.Get("hub.challenge") == "" {
		http.Error(w, "expected hub.mode=subscribe with a hub.challenge", http.StatusBadRequest)
		return
	}
	if s.cfg.VerifyToken == "" || subtle.ConstantTimeCompare([]byte(q.Get("hub.verify_token")), []byte(s.cfg.VerifyToken)) != 1 {
		http.Error(w, "verify token does not match", http.StatusForbidden)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	_, _ = io.WriteString(w, q.Get("hub.challenge"))
}

// intake checks the signature over the raw body, stores the delivery and
// answers 200 only once it is committed; a retried delivery is answered
// 200 and ignored. A database outage is 503 so Meta retries.
func (s *Service) intake(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, MaxBody+1))
	if err != nil {
		http.Error(w, "could not read the body", http.StatusBadRequest)
		return
	}
	if len(body) > MaxBody {
		http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
		return
	}
	switch err := Verify(r.Header.Get(SignatureHeader), body, s.cfg.AppSecrets...); {
	case errors.Is(err, ErrNoSignature):
		http.Error(w, "missing X-Hub-Signature-256", http.StatusUnauthorized)
		return
	case err != nil:
		http.Error(w, "invalid X-Hub-Signature-256", http.StatusForbidden)
		return
	}
	ctx := r.Context()
	sum := sha256.Sum256(body)
	id, dup, err := s.persist(ctx, db.NewMetaEvent{BodyHash: hex.EncodeToString(sum[:]), Payload: body})
	if err != nil {
		s.cfg.Logger.ErrorContext(ctx, "store meta webhook", "err", err)
		http.Error(w, "temporarily unavailable, retry later", http.StatusServiceUnavailable)
		return
	}
	if !dup {
		// The row is the durable record; a lost enqueue is redone by the
		// reconciler (MaintainArgs).
		if err := s.offer(ctx, id); err != nil {
			s.cfg.Logger.WarnContext(ctx, "enqueue meta webhook", "event", id, "err", err)
		}
	}
	w.WriteHeader(http.StatusOK)
}

// persist writes one delivery: through the group commit when it runs (one
// multi-row INSERT, one commit for every delivery that arrived meanwhile),
// else directly. It returns once the row is committed.
func (s *Service) persist(ctx context.Context, ev db.NewMetaEvent) (int64, bool, error) {
	if s.writes == nil {
		return s.store.InsertMetaEvent(ctx, ev.BodyHash, ev.Payload, s.cfg.Now())
	}
	w := &pendingWrite{ev: ev, done: make(chan writeResult, 1)}
	select {
	case s.writes <- w:
	case <-ctx.Done():
		return 0, false, ctx.Err()
	}
	select {
	case r := <-w.done:
		return r.id, r.dup, r.err
	case <-ctx.Done():
		return 0, false, ctx.Err()
	}
}

// writeLoop is the group commit: it takes the first waiting delivery and
// whatever else is already queued (up to 200) and stores them together.
func (s *Service) writeLoop(ctx context.Context) {
	const maxGroup = 200
	for {
		var group []*pendingWrite
		select {
		case <-ctx.Done():
			return
		case w := <-s.writes:
			group = append(group, w)
		}
	fill:
		for len(group) < maxGroup {
			select {
			case w := <-s.writes:
				group = append(group, w)
			default:
				break fill
			}
		}
		// Two deliveries of one body in a group: the statement may name a
		// conflict key once only, so the second waits for the next group's
		// answer (a duplicate).
		seen := map[string]bool{}
		var evs []db.NewMetaEvent
		var now, later []*pendingWrite
		for _, w := range group {
			if seen[w.ev.BodyHash] {
				later = append(later, w)
				continue
			}
			seen[w.ev.BodyHash] = true
			evs = append(evs, w.ev)
			now = append(now, w)
		}
		ids, err := s.store.InsertMetaEvents(context.WithoutCancel(ctx), evs, s.cfg.Now())
		for _, w := range now {
			id, ok := ids[w.ev.BodyHash]
			w.done <- writeResult{id: id, dup: err == nil && !ok, err: err}
		}
		for _, w := range later {
			w.done <- writeResult{dup: err == nil, err: err}
		}
	}
}

func (s *Service) insertOpts() *river.InsertOpts { return channels.StoredJobOpts(s.cfg.Queue) }

// stored is the store-first path's shared half over meta_events (processed
// deliveries are kept a week: their body hashes dedupe Meta's retries).
func (s *Service) stored() channels.StoredIntake {
	return channels.StoredIntake{What: "meta webhook", Stale: s.store.StaleMetaEvents, Purge: s.store.PurgeMetaEvents}
}

func (s *Service) enqueue(ctx context.Context, id int64) error {
	_, err := s.queue.Enqueue(ctx, EventArgs{EventID: id}, s.insertOpts())
	return err
}

// offer hands the job insert to the batcher, or inserts it now when the
// batcher is not running or full (which also slows the sender down).
func (s *Service) offer(ctx context.Context, id int64) error {
	if s.batch != nil {
		select {
		case s.batch <- id:
			return nil
		default:
		}
	}
	return s.enqueue(ctx, id)
}

// Start runs the enqueue batcher until ctx ends: the request answers once
// its row is committed, and the jobs of whatever accumulated meanwhile go
// in one InsertMany (one commit per batch instead of one per message, and
// no wait on the job table in the acknowledgement). Call it before serving.
func (s *Service) Start(ctx context.Context) {
	s.writes = make(chan *pendingWrite, 1000)
	go s.writeLoop(ctx)
	s.batch = make(chan int64, 10000)
	go func() {
		const maxBatch = 500
		for {
			var ids []int64
			select {
			case <-ctx.Done():
				return
			case id := <-s.batch:
				ids = append(ids, id)
			}
		fill:
			for len(ids) < maxBatch {
				select {
				case id := <-s.batch:
					ids = append(ids, id)
				default:
					break fill
				}
			}
			params := make([]river.InsertManyParams, len(ids))
			for i, id := range ids {
				params[i] = river.InsertManyParams{Args: EventArgs{EventID: id}, InsertOpts: s.insertOpts()}
			}
			// Detached from ctx: a batch taken is inserted even at shutdown.
			if err := s.queue.EnqueueMany(context.WithoutCancel(ctx), params); err != nil {
				s.cfg.Logger.WarnContext(ctx, "enqueue meta webhooks; the reconciler retries them", "n", len(ids), "err", err)
			}
		}
	}()
}

// EventArgs is the job processing one stored Meta delivery.
type EventArgs struct {
	EventID int64 `json:"event_id"`
}

// Kind implements river.JobArgs.
func (EventArgs) Kind() string { return "meta_event" }

// MaintainArgs is the periodic job re-enqueueing deliveries whose job was
// lost and purging old processed ones.
type MaintainArgs struct{}

// Kind implements river.JobArgs.
func (MaintainArgs) Kind() string { return "meta_maintain" }

// Register adds the workers.
func (s *Service) Register(w *river.Workers) error {
	if err := river.AddWorkerSafely(w, &eventWorker{s: s}); err != nil {
		return fmt.Errorf("meta workers: %w", err)
	}
	if err := river.AddWorkerSafely(w, &maintainWorker{s: s}); err != nil {
		return fmt.Errorf("meta workers: %w", err)
	}
	return nil
}

// Schedules are the periodic jobs.
func (s *Service) Schedules() []jobs.Every {
	return []jobs.Every{{ID: "meta_maintain", Interval: channels.ReconcileAfter, Args: MaintainArgs{}, RunOnStart: true}}
}

type eventWorker struct {
	river.WorkerDefaults[EventArgs]
	s *Service
}

// Timeout implements river.Worker: a delivery holds a few messages, each a
// turn of the engine and one Graph API call.
func (*eventWorker) Timeout(*river.Job[EventArgs]) time.Duration { return 2 * time.Minute }

func (w *eventWorker) Work(ctx context.Context, job *river.Job[EventArgs]) error {
	return w.s.Process(ctx, job.Args.EventID)
}

type maintainWorker struct {
	river.WorkerDefaults[MaintainArgs]
	s *Service
}

func (w *maintainWorker) Work(ctx context.Context, _ *river.Job[MaintainArgs]) error {
	return w.s.stored().Maintain(ctx, w.s.cfg.Now(), w.s.enqueue)
}

// Process applies one stored delivery: every shopper message goes to the
// router (deduped by message id, so a re-run answers nothing twice) and
// every status to its channel message. A failure worth retrying (database,
// a message being answered elsewhere) keeps the delivery for the job's
// retry; a provider refusing a reply is recorded on the account and the
// message, and not retried (the turn is stored).
func (s *Service) Process(ctx context.Context, id int64) error {
	ev, err := s.store.GetMetaEvent(ctx, id)
	if errors.Is(err, db.ErrNotFound) {
		return nil // purged or erased
	}
	if err != nil {
		return err
	}
	if ev.Status == db.EventProcessed {
		return nil
	}
	msgs, sts, err := Parse([]byte(ev.Payload))
	if err != nil {
		// Signed by Meta but not JSON: nothing to retry.
		if ferr := s.store.FinishMetaEvent(ctx, id, db.EventFailed, err.Error(), s.cfg.Now()); ferr != nil {
			return ferr
		}
		return river.JobCancel(err)
	}
	var retry []error
	for _, m := range msgs {
		if err := s.receive(ctx, m); err != nil {
			retry = append(retry, err)
		}
	}
	for _, st := range sts {
		if err := s.status(ctx, st); err != nil {
			retry = append(retry, err)
		}
	}
	if err := errors.Join(retry...); err != nil {
		if ferr := s.store.FinishMetaEvent(ctx, id, db.EventFailed, err.Error(), s.cfg.Now()); ferr != nil {
			err = errors.Join(err, ferr)
		}
		return fmt.Errorf("meta webhook %d: %w", id, err)
	}
	return s.store.FinishMetaEvent(ctx, id, db.EventProcessed, "", s.cfg.Now())
}

// account finds the connected account and its installed shop; ok is false
// when no shop (still) has it, and the event is dropped.
func (s *Service) account(ctx context.Context, c channels.Channel, business string) (*db.ChannelAccount, *db.Shop, bool, error) {
	acct, err := s.store.ChannelAccountByAddress(ctx, string(c), business)
	if errors.Is(err, db.ErrNotFound) {
		s.cfg.Logger.InfoContext(ctx, "meta webhook for an unconnected account", "channel", c)
		return nil, nil, false, nil
	}
	if err != nil {
		return nil, nil, false, err
	}
	shop, err := s.store.GetShopByID(ctx, acct.ShopID)
	if errors.Is(err, db.ErrNotFound) {
		return nil, nil, false, nil
	}
	if err != nil {
		return nil, nil, false, err
	}
	if shop.UninstalledAt != nil {
		return nil, nil, false, nil
	}
	return acct, shop, true, nil
}

func (s *Service) receive(ctx context.Context, m Message) error {
	acct, shop, ok, err := s.account(ctx, m.Channel, m.Business)
	if err != nil || !ok {
		return err
	}
	err = s.router.Receive(ctx, channels.Inbound{Shop: shop, Account: acct, Channel: m.Channel, From: m.From, Name: m.Name,
		Text: m.Text, ProviderMessageID: m.ProviderMessageID, Attachments: m.Attachments, ReceivedAt: m.At})
	if errors.Is(err, channels.ErrSend) {
		s.cfg.Logger.WarnContext(ctx, "channel reply not delivered", "channel", m.Channel, "err", err)
		return nil
	}
	return err
}

func (s *Service) status(ctx context.Context, st Status) error {
	acct, shop, ok, err := s.account(ctx, st.Channel, st.Business)
	if err != nil || !ok {
		return err
	}
	err = s.store.UpdateChannelStatus(ctx, shop.ID, string(st.Channel), st.ProviderID, st.Status, st.Error)
	if errors.Is(err, db.ErrNotFound) {
		return nil // not ours (sent from the WhatsApp app) or erased
	}
	if err != nil {
		if st.Status != db.ChannelSent && st.Status != db.ChannelDelivered && st.Status != db.ChannelRead && st.Status != db.ChannelFailed {
			return nil // a status kind Meta added later
		}
		return err
	}
	if st.Status == db.ChannelFailed {
		return s.store.RecordChannelHealth(ctx, acct.ID, s.cfg.Now(), firstNonEmpty(st.Error, "message failed"))
	}
	return nil
}

// ProcessPending processes every stored delivery still waiting, oldest
// first (demo mode and tests without job workers; the workers do this
// through jobs otherwise).
func (s *Service) ProcessPending(ctx context.Context) error {
	return s.stored().ProcessPending(ctx, s.cfg.Now(), s.Process)
}
