package email

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/riverqueue/river"

	"shopassist/channels"
	"shopassist/db"
	"shopassist/jobs"
)

// Enqueuer inserts jobs (*jobs.Queue).
type Enqueuer interface {
	Enqueue(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (int64, error)
}

// InboundArgs is the job answering one stored inbound mail.
type InboundArgs struct {
	InboundID int64 `json:"inbound_id"`
}

// Kind implements river.JobArgs.
func (InboundArgs) Kind() string { return "email_inbound" }

// MaintainArgs is the periodic job re-enqueueing stored mails whose job
// was lost and purging old handled ones.
type MaintainArgs struct{}

// Kind implements river.JobArgs.
func (MaintainArgs) Kind() string { return "email_inbound_maintain" }

// Accept stores one inbound mail of acct durably and hands it to a job;
// it returns once the mail is committed (the webhook then answers 200, the
// poller advances its read position). A mail already stored under the same
// Message-ID (a redelivery) is accepted and not answered again. Without a
// queue (tools and tests that run no workers) the mail is answered here.
func (s *Service) Accept(ctx context.Context, acct *db.ChannelAccount, m *Message) error {
	if m.MessageID == "" {
		m.MessageID = syntheticID(m)
	}
	payload, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("email accept: %w", err)
	}
	id, dup, err := s.Store.InsertEmailInbound(ctx, acct.ShopID, acct.ID, m.MessageID, payload, s.now())
	if err != nil {
		return fmt.Errorf("email accept: %w", err)
	}
	if s.Queue == nil {
		// Answered here; a redelivery after a failed attempt tries again
		// (Process does nothing for one already answered).
		return s.Process(ctx, id)
	}
	if dup {
		return nil
	}
	// The row is the durable record: a lost enqueue is redone by the
	// reconciler (MaintainArgs).
	if err := s.enqueue(ctx, id); err != nil {
		s.logger().WarnContext(ctx, "enqueue inbound email; the reconciler retries it", "inbound", id, "err", err)
	}
	return nil
}

func (s *Service) enqueue(ctx context.Context, id int64) error {
	_, err := s.Queue.Enqueue(ctx, InboundArgs{InboundID: id}, channels.StoredJobOpts(s.JobQueue))
	return err
}

// stored is the store-first path's shared half over email_inbound
// (handled mails are kept a week: a redelivery within it is recognised by
// its Message-ID).
func (s *Service) stored() channels.StoredIntake {
	return channels.StoredIntake{What: "inbound email", Stale: s.Store.StaleEmailInbound, Purge: s.Store.PurgeEmailInbound}
}

// Process answers one stored mail: done when answered, deliberately
// ignored, its reply refused by the provider (recorded on the account's
// health; the turn is stored) or its account gone; any other failure is
// kept with the error and returned for the job's retry (the router's claim
// on the Message-ID makes a retry answer at most once).
func (s *Service) Process(ctx context.Context, id int64) error {
	in, err := s.Store.GetEmailInbound(ctx, id)
	if errors.Is(err, db.ErrNotFound) {
		return nil // purged or erased
	}
	if err != nil {
		return err
	}
	if in.Status == db.EventProcessed {
		return nil
	}
	finish := func(status string, cause error) error {
		text := ""
		if cause != nil {
			text = cause.Error()
		}
		return s.Store.FinishEmailInbound(ctx, id, status, text, s.now())
	}
	var m Message
	if err := json.Unmarshal([]byte(in.Payload), &m); err != nil {
		if ferr := finish(db.EventFailed, err); ferr != nil {
			return ferr
		}
		return river.JobCancel(fmt.Errorf("inbound email %d: %w", id, err))
	}
	acct, err := s.Store.GetChannelAccount(ctx, in.ShopID, in.AccountID)
	if errors.Is(err, db.ErrNotFound) || err == nil && !acct.Enabled {
		return finish(db.EventProcessed, nil) // disconnected meanwhile: nobody to answer for
	}
	if err != nil {
		return err
	}
	err = s.Ingest(ctx, acct, &m)
	switch {
	case err == nil, errors.Is(err, ErrIgnored):
		return finish(db.EventProcessed, nil)
	case errors.Is(err, channels.ErrSend):
		s.logger().WarnContext(ctx, "email reply not sent", "account", acct.ID, "err", err)
		return finish(db.EventProcessed, nil)
	}
	if ferr := finish(db.EventFailed, err); ferr != nil {
		err = errors.Join(err, ferr)
	}
	return fmt.Errorf("inbound email %d: %w", id, err)
}

// ProcessPending answers every stored mail still waiting, oldest first
// (demo mode and tests without job workers).
func (s *Service) ProcessPending(ctx context.Context) error {
	return s.stored().ProcessPending(ctx, s.now(), s.Process)
}

// Register adds the inbound mail workers.
func (s *Service) Register(w *river.Workers) error {
	if err := river.AddWorkerSafely(w, &inboundWorker{s: s}); err != nil {
		return fmt.Errorf("email workers: %w", err)
	}
	if err := river.AddWorkerSafely(w, &maintainWorker{s: s}); err != nil {
		return fmt.Errorf("email workers: %w", err)
	}
	return nil
}

// Schedules are the periodic jobs.
func (s *Service) Schedules() []jobs.Every {
	return []jobs.Every{{ID: "email_inbound_maintain", Interval: channels.ReconcileAfter, Args: MaintainArgs{}, RunOnStart: true}}
}

type inboundWorker struct {
	river.WorkerDefaults[InboundArgs]
	s *Service
}

// Timeout implements river.Worker: one turn of the engine and one SMTP
// send.
func (*inboundWorker) Timeout(*river.Job[InboundArgs]) time.Duration { return 2 * time.Minute }

func (w *inboundWorker) Work(ctx context.Context, job *river.Job[InboundArgs]) error {
	return w.s.Process(ctx, job.Args.InboundID)
}

type maintainWorker struct {
	river.WorkerDefaults[MaintainArgs]
	s *Service
}

func (w *maintainWorker) Work(ctx context.Context, _ *river.Job[MaintainArgs]) error {
	return w.s.stored().Maintain(ctx, w.s.now(), w.s.enqueue)
}
