package app

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"fmt"

	"shopassist/channels"
	"shopassist/channels/email"
	"shopassist/notify"
	"shopassist/webhooks"
)

// newEmailChannel builds the email channel on the app's mailer (the relay
// for accounts without their own SMTP). Its router is attached by
// registerEmailChannel once the channel router exists.
func (a *App) newEmailChannel(mailer notify.Mailer) {
	relay, _ := mailer.(notify.RawSender)
	// The forwarding addresses are signed with a key derived from the
	// encryption key, so they stay valid across restarts and replicas.
	mac := hmac.New(sha256.New, a.secretKey)
	mac.Write([]byte("email channel forwarding address"))
	a.email = &email.Service{
		Store:         a.store,
		Box:           a.box,
		Relay:         relay,
		SigningKey:    a.cfg.MailgunSigningKey,
		InboundDomain: a.cfg.EmailInboundDomain,
		AddressKey:    mac.Sum(nil),
		Log:           a.log,
		Now:           a.now,
	}
}

// registerEmailChannel registers email as a sender on the channel router
// and its inbound mail jobs (answered off the webhook and mailbox path).
func (a *App) registerEmailChannel() error {
	a.email.Router = a.channels
	a.email.Queue = a.queue
	a.email.JobQueue = webhooks.Queue
	a.channels.Register(channels.Email, a.email)
	if err := a.email.Register(a.workers); err != nil {
		return err
	}
	if a.cfg.RunsWorkers() {
		for _, e := range a.email.Schedules() {
			if err := a.queue.Schedule(e); err != nil {
				return fmt.Errorf("email: %w", err)
			}
		}
	}
	return nil
}

// startEmailMailboxes polls the connected IMAP mailboxes on worker
// processes (one replica per mailbox, by lease) until ctx ends.
func (a *App) startEmailMailboxes(ctx context.Context) {
	go func() {
		if err := a.email.RunMailboxes(ctx); err != nil && !errors.Is(err, context.Canceled) {
			a.log.ErrorContext(ctx, "email mailboxes stopped", "err", err)
		}
	}()
}

// EmailChannel exposes the email channel (tests, benchmark).
func (a *App) EmailChannel() *email.Service { return a.email }
