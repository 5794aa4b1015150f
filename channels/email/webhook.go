package email

import (
	"errors"
	"net/http"

	"shopassist/channels"
	"shopassist/db"
)

// ServeMailgun is the inbound-parse endpoint of forwarded mail (a Mailgun
// route forward() or, for raw MIME, a URL ending in "mime"). Mailgun
// retries anything but 200 and 406 for 8 hours, so: a bad signature is
// 401 (retrying cannot help but the sender is told), an address that is
// not one of ours or a disabled account 406 (never retried), a database
// outage 503 (retried later), everything handled or deliberately ignored
// 200. The mail is stored before the response and answered by a job; a
// duplicate delivery is recognised by its Message-ID and answered 200
// without a second reply.
func (s *Service) ServeMailgun(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if s.SigningKey == "" {
		http.Error(w, "email forwarding is not configured", http.StatusNotFound)
		return
	}
	post, err := ParseMailgun(r, s.SigningKey, s.now())
	switch {
	case errors.Is(err, ErrSignatureMissing), errors.Is(err, ErrSignatureInvalid), errors.Is(err, ErrSignatureStale):
		http.Error(w, "invalid webhook signature", http.StatusUnauthorized)
		return
	case errors.Is(err, ErrTooLarge):
		http.Error(w, "message too large", http.StatusNotAcceptable)
		return
	case err != nil:
		http.Error(w, "malformed inbound email", http.StatusBadRequest)
		return
	}
	shopID, accountID, ok := s.parseForwardAddress(post.Recipient)
	if !ok {
		http.Error(w, "unknown recipient", http.StatusNotAcceptable)
		return
	}
	acct, err := s.Store.GetChannelAccount(ctx, shopID, accountID)
	if errors.Is(err, db.ErrNotFound) || err == nil && (!acct.Enabled || acct.Channel != string(channels.Email)) {
		http.Error(w, "no such email account", http.StatusNotAcceptable)
		return
	}
	if err != nil {
		s.logger().ErrorContext(ctx, "email webhook: load account", "err", err)
		http.Error(w, "temporarily unavailable, retry later", http.StatusServiceUnavailable)
		return
	}
	// Stored before the 200 and answered by a job: a crash mid-turn is
	// retried, and Mailgun is not kept waiting for the assistant.
	err = s.Accept(ctx, acct, post.Message)
	switch {
	case err == nil, errors.Is(err, ErrIgnored):
		w.WriteHeader(http.StatusOK)
	case errors.Is(err, channels.ErrSend):
		// Answered inline (no job queue): the turn is stored and the
		// failure is on the account's health.
		s.logger().WarnContext(ctx, "email webhook: reply not sent", "account", acct.ID, "err", err)
		w.WriteHeader(http.StatusOK)
	default:
		s.logger().ErrorContext(ctx, "email webhook: accept", "account", acct.ID, "err", err)
		http.Error(w, "temporarily unavailable, retry later", http.StatusServiceUnavailable)
	}
}
