package db

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// EmailInbound is one inbound mail stored before it is acknowledged and
// answered by a job.
type EmailInbound struct {
	ID          int64
	ShopID      int64
	AccountID   int64
	MessageID   string
	Payload     string
	Status      string
	Attempts    int
	LastError   string
	ReceivedAt  time.Time
	ProcessedAt *time.Time
}

// TableName implements gorm's tabler.
func (EmailInbound) TableName() string { return "email_inbound" }

// InsertEmailInbound stores a mail for acct; one already stored under the
// same Message-ID (a redelivery) reports dup and the existing id.
func (s *Store) InsertEmailInbound(ctx context.Context, shopID, accountID int64, messageID string, payload []byte, at time.Time) (id int64, dup bool, err error) {
	return s.insertStored(ctx, &EmailInbound{}, "inbound email",
		"INSERT INTO email_inbound (shop_id, account_id, message_id, payload, status, received_at) "+
			"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, message_id) DO NOTHING RETURNING id",
		[]any{shopID, accountID, messageID, CleanText(string(payload)), EventReceived, at.UTC()},
		"account_id = ? AND message_id = ?", accountID, messageID)
}

// GetEmailInbound loads a stored mail.
func (s *Store) GetEmailInbound(ctx context.Context, id int64) (*EmailInbound, error) {
	var e EmailInbound
	if err := s.db(ctx).Where("id = ?", id).Take(&e).Error; err != nil {
		return nil, fmt.Errorf("inbound email %d: %w", id, notFound(err))
	}
	return &e, nil
}

// FinishEmailInbound records the outcome of answering a mail: processed
// clears the payload; failed keeps it with the error for the retry.
func (s *Store) FinishEmailInbound(ctx context.Context, id int64, status, errText string, at time.Time) error {
	return s.finishStored(ctx, &EmailInbound{}, "inbound email", id, status, errText, at)
}

// StaleEmailInbound lists mails still waiting since before cutoff (their
// job was lost), oldest first.
func (s *Store) StaleEmailInbound(ctx context.Context, cutoff time.Time, limit int) ([]int64, error) {
	return s.staleStored(ctx, &EmailInbound{}, "inbound emails", cutoff, limit)
}

// PurgeEmailInbound deletes mails handled before cutoff (their Message-IDs
// dedupe redeliveries for that long).
func (s *Store) PurgeEmailInbound(ctx context.Context, cutoff time.Time) (int64, error) {
	return s.purgeStored(ctx, &EmailInbound{}, "inbound emails", cutoff)
}

// redactEmailInbound deletes the shop's unanswered stored mails from the
// customer's address (answered ones hold no payload).
func redactEmailInbound(g *gorm.DB, shopID int64, who CustomerRef) error {
	e := NormalizeEmail(who.Email)
	if e == "" {
		return nil
	}
	if err := g.Where("shop_id = ? AND status <> ? AND lower(payload) LIKE ?", shopID, EventProcessed, "%"+e+"%").
		Delete(&EmailInbound{}).Error; err != nil {
		return fmt.Errorf("delete inbound emails: %w", err)
	}
	return nil
}

// EmailInboundOf lists the shop's stored inbound mails, oldest first.
func (s *Store) EmailInboundOf(ctx context.Context, shopID int64) ([]EmailInbound, error) {
	var out []EmailInbound
	if err := s.db(ctx).Where("shop_id = ?", shopID).Order("id").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("inbound emails: %w", err)
	}
	return out, nil
}
