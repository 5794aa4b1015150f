package email

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"sync"
	"time"

	"shopassist/db"
)

// mailboxLease is how long one replica owns the polling of a mailbox; it
// renews every leaseRenew, so a dead replica's mailboxes are taken over
// within a lease.
const (
	mailboxLease = 2 * time.Minute
	leaseRenew   = 30 * time.Second
)

// RunMailboxes keeps one IMAP poller running for every enabled email
// account in ModeIMAP whose lease this process holds, until ctx ends. New,
// changed, disabled and deleted accounts are picked up every renewal.
func (s *Service) RunMailboxes(ctx context.Context) error {
	var idb [8]byte
	_, _ = rand.Read(idb[:])
	owner := hex.EncodeToString(idb[:])
	type running struct {
		cancel  context.CancelFunc
		done    chan struct{}
		updated time.Time
	}
	pollers := map[int64]*running{}
	var wg sync.WaitGroup
	stop := func(id int64) {
		if r, ok := pollers[id]; ok {
			r.cancel()
			<-r.done
			delete(pollers, id)
		}
	}
	defer func() {
		for id := range pollers {
			stop(id)
		}
		wg.Wait()
	}()
	t := time.NewTicker(leaseRenew)
	defer t.Stop()
	for {
		accts, err := s.Store.EnabledChannelAccounts(ctx, "email")
		if err != nil && ctx.Err() == nil {
			s.logger().WarnContext(ctx, "list email accounts", "err", err)
		}
		want := map[int64]bool{}
		for i := range accts {
			a := accts[i]
			if a.Setting("mode") != ModeIMAP {
				continue
			}
			ok, err := s.Store.ClaimMailbox(ctx, a.ID, "", owner, s.now(), mailboxLease)
			if err != nil || !ok {
				continue // another replica polls it (or the database is away)
			}
			want[a.ID] = true
			if r, ok := pollers[a.ID]; ok && r.updated.Equal(a.UpdatedAt) {
				continue
			}
			stop(a.ID) // settings changed: restart with the new ones
			p, err := s.poller(&a)
			if err != nil {
				s.health(ctx, a.ID, err)
				continue
			}
			pctx, cancel := context.WithCancel(ctx)
			r := &running{cancel: cancel, done: make(chan struct{}), updated: a.UpdatedAt}
			pollers[a.ID] = r
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer close(r.done)
				_ = p.Run(pctx)
			}()
		}
		for id := range pollers {
			if !want[id] && err == nil {
				stop(id)
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// poller builds the IMAP poller of an account.
func (s *Service) poller(acct *db.ChannelAccount) (*Poller, error) {
	creds, err := OpenCredentials(s.Box, acct)
	if err != nil {
		return nil, err
	}
	if creds.IMAPURL == "" {
		return nil, errors.New("email account has no IMAP server")
	}
	cfg, err := ParseIMAPURL(creds.IMAPURL)
	if err != nil {
		return nil, err
	}
	a := *acct
	return &Poller{
		AccountID: a.ID,
		Config:    cfg,
		State:     dbState{s.Store},
		Handle:    func(ctx context.Context, raw []byte) error { return s.HandleRaw(ctx, &a, raw) },
		IdleMax:   s.IdleMax,
		Log:       s.logger(),
		OnError:   func(ctx context.Context, err error) { s.health(ctx, a.ID, err) },
	}, nil
}

// health records a mailbox failure on the account (the admin shows it).
func (s *Service) health(ctx context.Context, accountID int64, err error) {
	if herr := s.Store.RecordChannelHealth(ctx, accountID, s.now(), err.Error()); herr != nil {
		s.logger().WarnContext(ctx, "record email account health", "account", accountID, "err", herr)
	}
}

// dbState stores mailbox positions in email_mailbox_state.
type dbState struct{ store *db.Store }

func (d dbState) LoadMailboxState(ctx context.Context, accountID int64, mailbox string) (MailboxState, error) {
	st, err := d.store.LoadMailboxState(ctx, accountID, mailbox)
	return MailboxState(st), err
}

func (d dbState) SaveMailboxState(ctx context.Context, accountID int64, mailbox string, st MailboxState) error {
	return d.store.SaveMailboxState(ctx, accountID, mailbox, db.MailboxState(st))
}
