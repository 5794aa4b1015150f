package db_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

func TestInsertWebhookEventsBatch(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		at := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
		ev := func(shop, id string) *db.WebhookEvent {
			return &db.WebhookEvent{Shop: shop, WebhookID: id, EventID: "e-" + id, Topic: "orders/updated",
				APIVersion: "2025-10", TriggeredAt: &at, Payload: []byte(`{"id":` + "1" + `}`), ReceivedAt: at}
		}
		// Stored before the batch: the batch's copy is a redelivery.
		if err := s.InsertWebhookEvent(ctx, ev("a.myshopify.com", "w1")); err != nil {
			t.Fatal(err)
		}
		batch := []*db.WebhookEvent{
			ev("a.myshopify.com", "w1"), // already stored
			ev("a.myshopify.com", "w2"),
			ev("b.myshopify.com", "w2"), // same webhook id, other shop: distinct
			ev("a.myshopify.com", "w3"),
			ev("a.myshopify.com", "w2"), // repeated within the batch
		}
		if err := s.InsertWebhookEvents(ctx, batch); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			i       int
			stored  bool
			comment string
		}{
			{0, false, "redelivery of a stored event"},
			{1, true, "new"},
			{2, true, "same webhook id of another shop"},
			{3, true, "new"},
			{4, false, "second copy within the batch"},
		}
		seen := map[int64]bool{}
		for _, tc := range tests {
			e := batch[tc.i]
			if (e.ID != 0) != tc.stored {
				t.Errorf("event %d (%s): id %d, want stored=%v", tc.i, tc.comment, e.ID, tc.stored)
			}
			if e.ID == 0 {
				continue
			}
			if seen[e.ID] {
				t.Errorf("event %d: id %d given twice", tc.i, e.ID)
			}
			seen[e.ID] = true
			got, err := s.GetWebhookEvent(ctx, e.Shop, e.ID)
			if err != nil {
				t.Fatalf("event %d: %v", tc.i, err)
			}
			if got.WebhookID != e.WebhookID || got.Topic != "orders/updated" || got.Status != db.EventReceived ||
				string(got.Payload) != `{"id":1}` || !got.ReceivedAt.Equal(at) || got.TriggeredAt == nil ||
				!got.TriggeredAt.Equal(at) || got.EventID != "e-"+e.WebhookID || got.APIVersion != "2025-10" {
				t.Errorf("event %d stored as %+v", tc.i, got)
			}
		}
		// The single-row path agrees that all of them exist now.
		for _, e := range batch {
			if err := s.InsertWebhookEvent(ctx, ev(e.Shop, e.WebhookID)); !errors.Is(err, db.ErrDuplicate) {
				t.Errorf("re-insert %s/%s: %v, want ErrDuplicate", e.Shop, e.WebhookID, err)
			}
		}
		if err := s.InsertWebhookEvents(ctx, nil); err != nil {
			t.Errorf("empty batch: %v", err)
		}
	})
}
