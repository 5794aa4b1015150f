package notify

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// TestFollowUpEmails: the merchant gets the handoff email, then one
// follow-up email per batch of shopper messages written while waiting, and
// nothing when the shopper wrote nothing new.
func TestFollowUpEmails(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		shop := seedShop(t, store, "wait.myshopify.com", "owner@wait.example", true)
		id := "wait.myshopify.com-0"
		rec := &recorder{}
		w := &HandoffWorker{Store: store, Mailer: rec, Link: testLink}
		run := func(followUp bool) {
			t.Helper()
			if err := w.Work(ctx, &river.Job[HandoffArgs]{Args: HandoffArgs{ShopID: shop.ID, ConversationID: id, FollowUp: followUp}}); err != nil {
				t.Fatal(err)
			}
		}
		run(false)
		run(true) // the batch scheduled with the handoff turn: already covered
		if n := len(rec.mails()); n != 1 {
			t.Fatalf("%d mails after handoff, want 1", n)
		}
		if err := store.AppendMessages(ctx, id, &db.Message{ShopID: shop.ID, Role: db.RoleShopper, Text: "any news? #1001"},
			&db.Message{ShopID: shop.ID, Role: db.RoleShopper, Text: "hello?"}); err != nil {
			t.Fatal(err)
		}
		run(true)
		run(true)
		mails := rec.mails()
		if len(mails) != 2 || !strings.HasPrefix(mails[1].Subject, "Follow-up: ") || !strings.Contains(mails[1].Body, "hello?") {
			t.Fatalf("mails %+v, want the handoff email and one follow-up quoting the new messages", mails)
		}
	})
}

func TestFollowUpOptsBatchPerWindow(t *testing.T) {
	base := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)
	a, b, c := FollowUpOpts(base.Add(10*time.Second)), FollowUpOpts(base.Add(170*time.Second)), FollowUpOpts(base.Add(190*time.Second))
	if !a.ScheduledAt.Equal(b.ScheduledAt) || a.ScheduledAt.Equal(c.ScheduledAt) {
		t.Fatalf("scheduled %v %v %v: want the first two in one window, the third in the next", a.ScheduledAt, b.ScheduledAt, c.ScheduledAt)
	}
	if !a.ScheduledAt.After(base) || a.ScheduledAt.Sub(base) > FollowUpBatch {
		t.Fatalf("scheduled %v: want within one window of %v", a.ScheduledAt, base)
	}
	if !a.UniqueOpts.ByArgs || a.UniqueOpts.ByPeriod != FollowUpBatch {
		t.Fatalf("unique opts %+v", a.UniqueOpts)
	}
}
