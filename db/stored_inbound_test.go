package db_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// storedTable drives one of the store-first tables (meta_events,
// email_inbound) through the same steps; the store comes first so the
// methods fit as method expressions.
type storedTable struct {
	name   string
	insert func(s *db.Store, ctx context.Context, key string, at time.Time) (int64, bool, error)
	get    func(s *db.Store, ctx context.Context, id int64) (storedRow, error)
	finish func(s *db.Store, ctx context.Context, id int64, status, errText string, at time.Time) error
	stale  func(s *db.Store, ctx context.Context, cutoff time.Time, limit int) ([]int64, error)
	purge  func(s *db.Store, ctx context.Context, cutoff time.Time) (int64, error)
}

// storedRow is what the lifecycle checks of a row of either table.
type storedRow struct {
	status, payload, lastError string
	attempts                   int
	processed                  bool // processed_at set
}

func storedTables(t *testing.T, s *db.Store) []storedTable {
	t.Helper()
	ctx := context.Background()
	shop, err := s.EnsureShop(ctx, "stored.myshopify.com")
	if err != nil {
		t.Fatal(err)
	}
	acct := &db.ChannelAccount{ShopID: shop.ID, Channel: "email", Address: "help@shop.example", Enabled: true}
	if err := s.SaveChannelAccount(ctx, acct); err != nil {
		t.Fatal(err)
	}
	return []storedTable{
		{
			name: "meta_events",
			insert: func(s *db.Store, ctx context.Context, key string, at time.Time) (int64, bool, error) {
				return s.InsertMetaEvent(ctx, key, []byte(`{"object":"whatsapp_business_account","key":"`+key+`"}`), at)
			},
			get: func(s *db.Store, ctx context.Context, id int64) (storedRow, error) {
				e, err := s.GetMetaEvent(ctx, id)
				if err != nil {
					return storedRow{}, err
				}
				return storedRow{e.Status, e.Payload, e.LastError, e.Attempts, e.ProcessedAt != nil}, nil
			},
			finish: (*db.Store).FinishMetaEvent,
			stale:  (*db.Store).StaleMetaEvents,
			purge:  (*db.Store).PurgeMetaEvents,
		},
		{
			name: "email_inbound",
			insert: func(s *db.Store, ctx context.Context, key string, at time.Time) (int64, bool, error) {
				return s.InsertEmailInbound(ctx, shop.ID, acct.ID, key, []byte(`{"MessageID":"`+key+`"}`), at)
			},
			get: func(s *db.Store, ctx context.Context, id int64) (storedRow, error) {
				e, err := s.GetEmailInbound(ctx, id)
				if err != nil {
					return storedRow{}, err
				}
				return storedRow{e.Status, e.Payload, e.LastError, e.Attempts, e.ProcessedAt != nil}, nil
			},
			finish: (*db.Store).FinishEmailInbound,
			stale:  (*db.Store).StaleEmailInbound,
			purge:  (*db.Store).PurgeEmailInbound,
		},
	}
}

// TestStoredInboundLifecycle: rows are stored once per key, listed as stale
// oldest first and within the limit while received, not once failed or
// processed; a failure keeps the payload and counts the attempt, success
// clears it; purging removes handled rows older than the cutoff and never a
// waiting one.
func TestStoredInboundLifecycle(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		for _, tb := range storedTables(t, s) {
			t.Run(tb.name, func(t *testing.T) {
				t0 := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
				ids := map[string]int64{}
				for i, key := range []string{"k1", "k2", "k3", "k4"} {
					id, dup, err := tb.insert(s, ctx, key, t0.Add(time.Duration(i)*time.Minute))
					if err != nil || dup || id == 0 {
						t.Fatalf("insert %s: %d %v %v", key, id, dup, err)
					}
					ids[key] = id
				}
				again, dup, err := tb.insert(s, ctx, "k2", t0.Add(time.Hour))
				if err != nil || !dup || again != ids["k2"] {
					t.Fatalf("redelivery of k2: %d %v %v, want dup of %d", again, dup, err, ids["k2"])
				}

				steps := []struct {
					name   string
					cutoff time.Time
					limit  int
					want   []string
				}{
					{"nothing before the first", t0, 10, nil},
					{"oldest first", t0.Add(150 * time.Second), 10, []string{"k1", "k2", "k3"}},
					{"within the limit", t0.Add(time.Hour), 2, []string{"k1", "k2"}},
				}
				for _, st := range steps {
					got, err := tb.stale(s, ctx, st.cutoff, st.limit)
					if err != nil {
						t.Fatal(err)
					}
					var want []int64
					for _, k := range st.want {
						want = append(want, ids[k])
					}
					if !slices.Equal(got, want) {
						t.Errorf("%s: stale %v, want %v (%v)", st.name, got, want, st.want)
					}
				}

				if err := tb.finish(s, ctx, ids["k1"], db.EventFailed, "graph api down", t0); err != nil {
					t.Fatal(err)
				}
				if err := tb.finish(s, ctx, ids["k2"], db.EventProcessed, "", t0); err != nil {
					t.Fatal(err)
				}
				for _, c := range []struct {
					key  string
					want storedRow
				}{
					{"k1", storedRow{status: db.EventFailed, lastError: "graph api down", attempts: 1}},
					{"k2", storedRow{status: db.EventProcessed, payload: "{}", attempts: 1, processed: true}},
					{"k3", storedRow{status: db.EventReceived}},
				} {
					got, err := tb.get(s, ctx, ids[c.key])
					if err != nil {
						t.Fatal(err)
					}
					if c.want.payload == "" {
						// Not cleared: the stored payload is still there.
						if got.payload == "{}" || got.payload == "" {
							t.Errorf("%s: payload %q cleared", c.key, got.payload)
						}
						got.payload = ""
					}
					if got != c.want {
						t.Errorf("%s: %+v, want %+v", c.key, got, c.want)
					}
				}
				if got, err := tb.stale(s, ctx, t0.Add(time.Hour), 10); err != nil || !slices.Equal(got, []int64{ids["k3"], ids["k4"]}) {
					t.Errorf("stale after finishing k1, k2: %v %v", got, err)
				}

				// Rows are received at t0+0..3 min: a cutoff of t0+90 s
				// reaches k1 (failed) and k2 (processed), not waiting ones.
				if n, err := tb.purge(s, ctx, t0.Add(-time.Minute)); err != nil || n != 0 {
					t.Fatalf("purged %d %v before any row", n, err)
				}
				if n, err := tb.purge(s, ctx, t0.Add(time.Hour)); err != nil || n != 2 {
					t.Fatalf("purged %d %v, want the 2 handled rows", n, err)
				}
				for key, gone := range map[string]bool{"k1": true, "k2": true, "k3": false, "k4": false} {
					_, err := tb.get(s, ctx, ids[key])
					if gone != errors.Is(err, db.ErrNotFound) {
						t.Errorf("%s after the purge: %v (gone: %v)", key, err, gone)
					}
				}
				// Once purged, the key is free again: a later redelivery is new.
				if id, dup, err := tb.insert(s, ctx, "k2", t0.Add(2*time.Hour)); err != nil || dup || id == ids["k2"] {
					t.Errorf("k2 after the purge: %d %v %v, want a new row", id, dup, err)
				}
			})
		}
	})
}

// The same Message-ID on two accounts is two mails; the same body hash is
// one Meta delivery whatever else differs.
func TestStoredInboundKeys(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, err := s.EnsureShop(ctx, "keys.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		var accts []int64
		for _, addr := range []string{"a@shop.example", "b@shop.example"} {
			a := &db.ChannelAccount{ShopID: shop.ID, Channel: "email", Address: addr, Enabled: true}
			if err := s.SaveChannelAccount(ctx, a); err != nil {
				t.Fatal(err)
			}
			accts = append(accts, a.ID)
		}
		now := time.Now()
		first, _, err := s.InsertEmailInbound(ctx, shop.ID, accts[0], "<m1@x>", []byte(`{}`), now)
		if err != nil {
			t.Fatal(err)
		}
		second, dup, err := s.InsertEmailInbound(ctx, shop.ID, accts[1], "<m1@x>", []byte(`{}`), now)
		if err != nil || dup || second == first {
			t.Fatalf("same Message-ID on another account: %d %v %v", second, dup, err)
		}

		id, _, err := s.InsertMetaEvent(ctx, "hash-1", []byte(`{"a":1}`), now)
		if err != nil {
			t.Fatal(err)
		}
		again, dup, err := s.InsertMetaEvent(ctx, "hash-1", []byte(`{"a":2}`), now.Add(time.Minute))
		if err != nil || !dup || again != id {
			t.Fatalf("same hash: %d %v %v, want dup of %d", again, dup, err, id)
		}
		if _, err := s.GetMetaEvent(ctx, id+1000); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("missing delivery: %v, want ErrNotFound", err)
		}
	})
}

// InsertMetaEvents (the intake's group commit) returns ids for the new
// hashes only; an empty batch is a no-op.
func TestInsertMetaEventsBatch(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		now := time.Now()
		if got, err := s.InsertMetaEvents(ctx, nil, now); err != nil || len(got) != 0 {
			t.Fatalf("empty batch: %v %v", got, err)
		}
		old, _, err := s.InsertMetaEvent(ctx, "h-old", []byte(`{}`), now)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.InsertMetaEvents(ctx, []db.NewMetaEvent{
			{BodyHash: "h-old", Payload: []byte(`{"retry":true}`)},
			{BodyHash: "h-a", Payload: []byte(`{"a":1}`)},
			{BodyHash: "h-b", Payload: []byte(`{"b":"\u0000null byte"}`)},
		}, now)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := got["h-old"]; ok || len(got) != 2 || got["h-a"] == 0 || got["h-b"] == 0 || got["h-a"] == got["h-b"] {
			t.Fatalf("ids %v: want new ids for h-a and h-b only", got)
		}
		stale, err := s.StaleMetaEvents(ctx, now.Add(time.Minute), 10)
		if err != nil || !slices.Equal(stale, []int64{old, got["h-a"], got["h-b"]}) {
			t.Fatalf("stale %v %v", stale, err)
		}
		// The payload is stored cleaned: PostgreSQL text refuses NUL.
		e, err := s.GetMetaEvent(ctx, got["h-b"])
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range e.Payload {
			if r == 0 {
				t.Fatalf("payload kept a NUL: %q", e.Payload)
			}
		}
	})
}
