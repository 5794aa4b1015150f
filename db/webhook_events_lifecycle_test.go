package db_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// storeEvent inserts one received webhook event of shop and returns its id.
func storeEvent(t *testing.T, s *db.Store, shop, webhookID string, received time.Time) int64 {
	t.Helper()
	e := &db.WebhookEvent{Shop: shop, WebhookID: webhookID, Topic: "orders/updated", Payload: []byte(`{"id":1}`),
		ReceivedAt: received}
	if err := s.InsertWebhookEvent(context.Background(), e); err != nil {
		t.Fatalf("insert %s: %v", webhookID, err)
	}
	return e.ID
}

// TestWebhookEventStateMachine walks one event through the job's states: a
// failure keeps it received (retried), finishing processes it exactly once,
// and neither a late failure nor a replay may touch a processed event.
func TestWebhookEventStateMachine(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		const shop = "a.myshopify.com"
		at := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
		id := storeEvent(t, s, shop, "w1", at)

		// A retried failure counts the attempt and keeps the error, cut at
		// 2000 bytes on a character boundary (the message quotes the payload).
		long := strings.Repeat("é", 1500) // 3000 bytes
		if err := s.RecordWebhookFailure(ctx, id, long, false); err != nil {
			t.Fatal(err)
		}
		e, err := s.GetWebhookEvent(ctx, shop, id)
		if err != nil {
			t.Fatal(err)
		}
		if e.Status != db.EventReceived || e.Attempts != 1 {
			t.Fatalf("after retryable failure: status %q attempts %d", e.Status, e.Attempts)
		}
		if len(e.LastError) > 2000 || !utf8.ValidString(e.LastError) || !strings.HasPrefix(long, e.LastError) || len(e.LastError) < 1998 {
			t.Fatalf("last error kept %d bytes, valid=%v", len(e.LastError), utf8.ValidString(e.LastError))
		}

		done := at.Add(time.Minute)
		if err := s.FinishWebhookEvent(ctx, id, db.EventProcessed, "", done); err != nil {
			t.Fatal(err)
		}
		e, _ = s.GetWebhookEvent(ctx, shop, id)
		if e.Status != db.EventProcessed || e.Attempts != 2 || e.ProcessedAt == nil || !e.ProcessedAt.Equal(done) {
			t.Fatalf("after finish: %+v", e)
		}
		// The body's effects live in the domain tables now: the raw JSON
		// (customer data) is dropped, but it is not "purged" (Replay tells
		// the two apart).
		if string(e.Payload) != "{}" || e.PayloadPurged() {
			t.Fatalf("payload after finish = %q (purged=%v)", e.Payload, e.PayloadPurged())
		}

		// A second run of the same job must not commit its effects again.
		if err := s.FinishWebhookEvent(ctx, id, db.EventProcessed, "", done); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("second finish: %v, want ErrNotFound", err)
		}
		// A late failure report of a stale run leaves the processed event alone.
		if err := s.RecordWebhookFailure(ctx, id, "late", true); err != nil {
			t.Fatal(err)
		}
		// Replaying a processed event would apply it twice.
		if _, err := s.ReopenWebhookEvent(ctx, shop, id); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("reopen processed: %v, want ErrNotFound", err)
		}
		e, _ = s.GetWebhookEvent(ctx, shop, id)
		if e.Status != db.EventProcessed || e.Attempts != 2 || e.LastError != "" {
			t.Fatalf("processed event changed by late failure or replay: %+v", e)
		}
	})
}

func TestWebhookEventFailAndReplay(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		at := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
		id := storeEvent(t, s, "a.myshopify.com", "w1", at)
		if err := s.RecordWebhookFailure(ctx, id, "order \x00missing", true); err != nil {
			t.Fatal(err)
		}
		e, _ := s.GetWebhookEvent(ctx, "a.myshopify.com", id)
		if e.Status != db.EventFailed || e.Attempts != 1 {
			t.Fatalf("after final failure: %+v", e)
		}
		if strings.ContainsRune(e.LastError, 0) || !strings.Contains(e.LastError, "missing") {
			t.Fatalf("last error %q: NUL must be cleaned, text kept", e.LastError)
		}
		// A failed event keeps its body so the merchant can replay it.
		if string(e.Payload) != `{"id":1}` {
			t.Fatalf("failed event lost its payload: %q", e.Payload)
		}

		tests := []struct {
			name, shop string
			wantErr    error
		}{
			{"other shop cannot replay it", "b.myshopify.com", db.ErrNotFound},
			{"owner replays", "a.myshopify.com", nil},
			{"replaying a received event is harmless", "a.myshopify.com", nil},
		}
		for _, tt := range tests {
			got, err := s.ReopenWebhookEvent(ctx, tt.shop, id)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("%s: err %v, want %v", tt.name, err, tt.wantErr)
			}
			if err == nil && (got.Status != db.EventReceived || got.ID != id || got.Attempts != 1) {
				t.Fatalf("%s: reopened as %+v", tt.name, got)
			}
		}
		if _, err := s.ReopenWebhookEvent(ctx, "a.myshopify.com", id+1000); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("reopen unknown id: %v", err)
		}
		if err := s.FinishWebhookEvent(ctx, id, db.EventSkipped, "unknown topic", at); err != nil {
			t.Fatalf("finish after replay: %v", err)
		}
		e, _ = s.GetWebhookEvent(ctx, "a.myshopify.com", id)
		if e.Status != db.EventSkipped || e.LastError != "unknown topic" || e.Attempts != 2 {
			t.Fatalf("skipped after replay: %+v", e)
		}
	})
}

func TestLockWebhookEvent(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		id := storeEvent(t, s, "a.myshopify.com", "w1", time.Now().UTC())
		err := s.InTx(ctx, func(tx *db.Store) error {
			e, err := tx.LockWebhookEvent(ctx, id)
			if err != nil {
				return err
			}
			if e.WebhookID != "w1" || string(e.Payload) != `{"id":1}` {
				t.Errorf("locked event = %+v", e)
			}
			return tx.FinishWebhookEvent(ctx, id, db.EventProcessed, "", time.Now())
		})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.LockWebhookEvent(ctx, id+1000); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("lock unknown: %v, want ErrNotFound", err)
		}
		// A transaction whose finish fails rolls back: the event stays as it was.
		err = s.InTx(ctx, func(tx *db.Store) error {
			if _, err := tx.LockWebhookEvent(ctx, id); err != nil {
				return err
			}
			return tx.FinishWebhookEvent(ctx, id, db.EventProcessed, "", time.Now())
		})
		if !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("second locked finish: %v, want ErrNotFound", err)
		}
	})
}

func TestStaleWebhookEventIDs(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		cutoff := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
		// Inserted out of time order, so ordering by id would be wrong.
		newest := storeEvent(t, s, "a.myshopify.com", "w-newest", cutoff.Add(-time.Minute))
		oldest := storeEvent(t, s, "b.myshopify.com", "w-oldest", cutoff.Add(-3*time.Hour))
		middle := storeEvent(t, s, "a.myshopify.com", "w-middle", cutoff.Add(-2*time.Hour))
		storeEvent(t, s, "a.myshopify.com", "w-after", cutoff)                // not before cutoff
		storeEvent(t, s, "a.myshopify.com", "w-later", cutoff.Add(time.Hour)) // recent
		done := storeEvent(t, s, "a.myshopify.com", "w-done", cutoff.Add(-4*time.Hour))
		failed := storeEvent(t, s, "a.myshopify.com", "w-failed", cutoff.Add(-4*time.Hour))
		if err := s.FinishWebhookEvent(ctx, done, db.EventProcessed, "", cutoff); err != nil {
			t.Fatal(err)
		}
		if err := s.RecordWebhookFailure(ctx, failed, "x", true); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			limit int
			want  []int64
		}{
			{0, []int64{oldest, middle, newest}}, // 0 means the default
			{2, []int64{oldest, middle}},
			{1, []int64{oldest}},
		}
		for _, tt := range tests {
			got, err := s.StaleWebhookEventIDs(ctx, cutoff, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			if !equalIDs(got, tt.want) {
				t.Errorf("limit %d: %v, want %v", tt.limit, got, tt.want)
			}
		}
	})
}

func equalIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestPurgeWebhookPayloads pins the retention rule: finished bodies older
// than the cutoff go, bodies still to be applied stay.
func TestPurgeWebhookPayloads(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		cutoff := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
		old := cutoff.Add(-48 * time.Hour)
		const shop = "a.myshopify.com"
		failedOld := storeEvent(t, s, shop, "failed-old", old)
		failedOld2 := storeEvent(t, s, shop, "failed-old-2", old)
		failedNew := storeEvent(t, s, shop, "failed-new", cutoff.Add(time.Hour))
		receivedOld := storeEvent(t, s, shop, "received-old", old)
		processedOld := storeEvent(t, s, shop, "processed-old", old)
		for _, id := range []int64{failedOld, failedOld2, failedNew} {
			if err := s.RecordWebhookFailure(ctx, id, "boom", true); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.FinishWebhookEvent(ctx, processedOld, db.EventProcessed, "", old); err != nil {
			t.Fatal(err)
		}

		n, err := s.PurgeWebhookPayloads(ctx, cutoff, 1)
		if err != nil || n != 1 {
			t.Fatalf("purge with limit 1 = %d, %v; want 1", n, err)
		}
		n, err = s.PurgeWebhookPayloads(ctx, cutoff, 0)
		if err != nil || n != 1 {
			t.Fatalf("second purge = %d, %v; want the remaining old failed event", n, err)
		}
		if n, err := s.PurgeWebhookPayloads(ctx, cutoff, 0); err != nil || n != 0 {
			t.Fatalf("third purge = %d, %v; want nothing left", n, err)
		}
		tests := []struct {
			name        string
			id          int64
			wantPayload string
			wantPurged  bool
		}{
			{"old failed", failedOld, "", true},
			{"old failed 2", failedOld2, "", true},
			{"recent failed keeps its body for replay", failedNew, `{"id":1}`, false},
			{"received keeps its body: not applied yet", receivedOld, `{"id":1}`, false},
			{"processed keeps its empty marker", processedOld, "{}", false},
		}
		for _, tt := range tests {
			e, err := s.GetWebhookEvent(ctx, shop, tt.id)
			if err != nil {
				t.Fatal(err)
			}
			if string(e.Payload) != tt.wantPayload || e.PayloadPurged() != tt.wantPurged {
				t.Errorf("%s: payload %q purged=%v, want %q purged=%v", tt.name, e.Payload, e.PayloadPurged(), tt.wantPayload, tt.wantPurged)
			}
		}
	})
}

func TestRecentWebhookEventsAndStats(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		t0 := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
		a1 := storeEvent(t, s, "a.myshopify.com", "a1", t0)
		a2 := storeEvent(t, s, "a.myshopify.com", "a2", t0.Add(2*time.Minute))
		a3 := storeEvent(t, s, "a.myshopify.com", "a3", t0.Add(time.Minute))
		b1 := storeEvent(t, s, "b.myshopify.com", "b1", t0.Add(time.Hour))
		if err := s.FinishWebhookEvent(ctx, a1, db.EventProcessed, "", t0); err != nil {
			t.Fatal(err)
		}
		if err := s.RecordWebhookFailure(ctx, a3, "x", false); err != nil {
			t.Fatal(err)
		}
		if err := s.RecordWebhookFailure(ctx, a3, "x", true); err != nil {
			t.Fatal(err)
		}

		got, err := s.RecentWebhookEvents(ctx, "a.myshopify.com", 0)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, e := range got {
			ids = append(ids, e.ID)
			if len(e.Payload) != 0 {
				t.Errorf("event %d listed with its payload", e.ID)
			}
			if e.Shop != "a.myshopify.com" {
				t.Errorf("event %d of %s in shop a's log", e.ID, e.Shop)
			}
		}
		if want := []int64{a2, a3, a1}; !equalIDs(ids, want) {
			t.Fatalf("recent = %v, want newest first %v", ids, want)
		}
		if got, _ := s.RecentWebhookEvents(ctx, "a.myshopify.com", 2); len(got) != 2 || got[0].ID != a2 {
			t.Fatalf("limit 2 = %+v", got)
		}
		// An absurd limit falls back to the default rather than scanning the table.
		if got, _ := s.RecentWebhookEvents(ctx, "b.myshopify.com", 100000); len(got) != 1 || got[0].ID != b1 {
			t.Fatalf("shop b = %+v", got)
		}

		stats := []struct {
			shop string
			want map[string]int64
		}{
			{"a.myshopify.com", map[string]int64{db.EventProcessed: 1, db.EventReceived: 1, db.EventFailed: 1}},
			{"b.myshopify.com", map[string]int64{db.EventReceived: 1}},
			{"", map[string]int64{db.EventProcessed: 1, db.EventReceived: 2, db.EventFailed: 1}},
			{"c.myshopify.com", map[string]int64{}},
		}
		for _, tt := range stats {
			got, err := s.WebhookEventStats(ctx, tt.shop)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Errorf("stats %q = %v, want %v", tt.shop, got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("stats %q [%s] = %d, want %d", tt.shop, k, got[k], v)
				}
			}
		}

		// a3 failed after two attempts; a1 was processed in one.
		attempted := []struct {
			status string
			n      int
			want   int64
		}{
			{db.EventFailed, 1, 1},
			{db.EventFailed, 2, 0},
			{db.EventProcessed, 1, 0},
			{db.EventProcessed, 0, 1},
		}
		for _, tt := range attempted {
			if got, err := s.CountWebhookEventsAttempted(ctx, tt.status, tt.n); err != nil || got != tt.want {
				t.Errorf("attempted %s > %d = %d, %v; want %d", tt.status, tt.n, got, err, tt.want)
			}
		}
	})
}
