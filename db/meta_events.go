package db

import (
	"context"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// MetaEvent is one Meta webhook delivery (WhatsApp, Messenger, Instagram),
// stored before it is acknowledged.
type MetaEvent struct {
	ID          int64
	BodyHash    string
	Payload     string
	Status      string
	Attempts    int
	LastError   string
	ReceivedAt  time.Time
	ProcessedAt *time.Time
}

// InsertMetaEvent stores a delivery; a body already stored (Meta's retry)
// reports dup and the existing id.
func (s *Store) InsertMetaEvent(ctx context.Context, bodyHash string, payload []byte, at time.Time) (id int64, dup bool, err error) {
	return s.insertStored(ctx, &MetaEvent{}, "meta webhook",
		"INSERT INTO meta_events (body_hash, payload, status, received_at) VALUES (?, ?, ?, ?) "+
			"ON CONFLICT (body_hash) DO NOTHING RETURNING id",
		[]any{bodyHash, CleanText(string(payload)), EventReceived, at.UTC()},
		"body_hash = ?", bodyHash)
}

// GetMetaEvent loads a delivery.
func (s *Store) GetMetaEvent(ctx context.Context, id int64) (*MetaEvent, error) {
	var e MetaEvent
	if err := s.db(ctx).Where("id = ?", id).Take(&e).Error; err != nil {
		return nil, fmt.Errorf("meta webhook %d: %w", id, notFound(err))
	}
	return &e, nil
}

// FinishMetaEvent records the outcome of processing a delivery: processed
// clears the payload (it holds shopper messages); failed keeps it with the
// error for a retry, counting the attempt.
func (s *Store) FinishMetaEvent(ctx context.Context, id int64, status, errText string, at time.Time) error {
	return s.finishStored(ctx, &MetaEvent{}, "meta webhook", id, status, errText, at)
}

// StaleMetaEvents lists deliveries still waiting since before cutoff (their
// job was lost), oldest first.
func (s *Store) StaleMetaEvents(ctx context.Context, cutoff time.Time, limit int) ([]int64, error) {
	return s.staleStored(ctx, &MetaEvent{}, "meta webhooks", cutoff, limit)
}

// PurgeMetaEvents deletes processed deliveries received before cutoff (the
// hashes dedupe retries for that long) and failed ones' payloads.
func (s *Store) PurgeMetaEvents(ctx context.Context, cutoff time.Time) (int64, error) {
	return s.purgeStored(ctx, &MetaEvent{}, "meta webhooks", cutoff)
}

// redactMetaEvents deletes unprocessed Meta deliveries naming the customer
// (processed ones hold no payload). Deliveries are not tied to a shop
// before processing, so this reaches the person's pending messages to any
// shop of the app: the safe side of an erasure.
func redactMetaEvents(g *gorm.DB, who CustomerRef) error {
	var conds []string
	var args []any
	if e := NormalizeEmail(who.Email); e != "" {
		conds, args = append(conds, "lower(payload) LIKE ?"), append(args, "%"+e+"%")
	}
	if d := strings.TrimPrefix(NormalizePhone(who.Phone), "+"); len(d) >= 7 {
		conds, args = append(conds, "payload LIKE ?"), append(args, "%"+d+"%")
	}
	if len(conds) == 0 {
		return nil
	}
	if err := g.Where("status <> ?", EventProcessed).Where(strings.Join(conds, " OR "), args...).
		Delete(&MetaEvent{}).Error; err != nil {
		return fmt.Errorf("delete meta webhooks: %w", err)
	}
	return nil
}

// NewMetaEvent is one delivery to store with InsertMetaEvents.
type NewMetaEvent struct {
	BodyHash string
	Payload  []byte
}

// InsertMetaEvents stores several deliveries in one statement (the
// intake's group commit) and returns the ids of those newly stored by body
// hash; a hash missing from the map was stored before (a retry).
func (s *Store) InsertMetaEvents(ctx context.Context, evs []NewMetaEvent, at time.Time) (map[string]int64, error) {
	if len(evs) == 0 {
		return map[string]int64{}, nil
	}
	var b strings.Builder
	b.WriteString("INSERT INTO meta_events (body_hash, payload, status, received_at) VALUES ")
	args := make([]any, 0, 4*len(evs))
	for i, e := range evs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("(?, ?, ?, ?)")
		args = append(args, e.BodyHash, CleanText(string(e.Payload)), EventReceived, at.UTC())
	}
	b.WriteString(" ON CONFLICT (body_hash) DO NOTHING RETURNING id, body_hash")
	var rows []struct {
		ID       int64
		BodyHash string
	}
	if err := s.db(ctx).Raw(b.String(), args...).Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("store %d meta webhooks: %w", len(evs), err)
	}
	out := make(map[string]int64, len(rows))
	for _, r := range rows {
		out[r.BodyHash] = r.ID
	}
	return out, nil
}
