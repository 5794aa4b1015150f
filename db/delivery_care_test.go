package db_test

import (
	"context"
	"errors"
	"strconv"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// careOrder stores an order of shop with one fulfillment per given Shopify
// fulfillment id and returns it as read back (ids filled in).
func careOrder(t *testing.T, s *db.Store, shopID, shopifyID, customerID int64, email string, created time.Time, fuls ...db.Fulfillment) *db.Order {
	t.Helper()
	ctx := context.Background()
	o := &db.Order{ShopID: shopID, ShopifyID: shopifyID, Name: "#" + strconv.FormatInt(shopifyID, 10), OrderNumber: shopifyID,
		CustomerID: customerID, Email: email, ShopifyCreatedAt: ptime(created), ShopifyUpdatedAt: ptime(created),
		Fulfillments: fuls}
	if _, err := s.UpsertOrder(ctx, o); err != nil {
		t.Fatal(err)
	}
	got, err := s.GetOrderByNumber(ctx, shopID, shopifyID)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// customerConv stores a conversation of a customer (id, email) last
// updated at updated.
func customerConv(t *testing.T, s *db.Store, shopID int64, id, lang string, customer int64, email string, updated time.Time) {
	t.Helper()
	c := &db.Conversation{ID: id, ShopID: shopID, Language: lang, Status: db.ConversationOpen, CustomerID: customer,
		CustomerEmail: email, CreatedAt: updated, UpdatedAt: updated, LastMessageAt: updated}
	if err := s.ImportConversation(context.Background(), c, nil); err != nil {
		t.Fatal(err)
	}
}

func ful(shopifyID int64, status, shipment string, created time.Time) db.Fulfillment {
	return db.Fulfillment{ShopifyID: shopifyID, Status: status, ShipmentStatus: shipment, TrackingCompany: "DHL",
		ShopifyCreatedAt: ptime(created), ShopifyUpdatedAt: ptime(created)}
}

func fulOf(t *testing.T, o *db.Order, shopifyID int64) db.Fulfillment {
	t.Helper()
	for _, f := range o.Fulfillments {
		if f.ShopifyID == shopifyID {
			return f
		}
	}
	t.Fatalf("order %d has no fulfillment %d", o.ShopifyID, shopifyID)
	return db.Fulfillment{}
}

func recordRisk(t *testing.T, s *db.Store, o *db.Order, f db.Fulfillment, kind, key string, detected time.Time) *db.ShipmentRisk {
	t.Helper()
	r := &db.ShipmentRisk{ShopID: o.ShopID, OrderID: o.ID, FulfillmentID: f.ID, Kind: kind, EventKey: key, DetectedAt: detected}
	ins, err := s.RecordShipmentRisk(context.Background(), r)
	if err != nil || !ins {
		t.Fatalf("record %s/%s: inserted=%v err=%v", kind, key, ins, err)
	}
	return r
}

// TestShipmentRiskRecordedOncePerEvent: the detector runs from webhooks and
// the periodic sweep; the unique key is what sends a notice once.
func TestShipmentRiskRecordedOncePerEvent(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		t0 := time.Date(2026, 10, 1, 8, 0, 0, 0, time.UTC)
		o := careOrder(t, s, shop.ID, 1001, 0, "", t0, ful(11, "success", "in_transit", t0), ful(12, "success", "in_transit", t0))
		f11, f12 := fulOf(t, o, 11), fulOf(t, o, 12)
		tests := []struct {
			name         string
			fulfillment  db.Fulfillment
			kind, key    string
			wantInserted bool
		}{
			{"first sighting", f11, "failed_attempt", "2026-10-02T10:00:00Z", true},
			{"same event seen by the sweep", f11, "failed_attempt", "2026-10-02T10:00:00Z", false},
			{"a later attempt is a new event", f11, "failed_attempt", "2026-10-03T10:00:00Z", true},
			{"another kind on the same event", f11, "late", "2026-10-02T10:00:00Z", true},
			{"the same event on another parcel", f12, "failed_attempt", "2026-10-02T10:00:00Z", true},
		}
		for _, tt := range tests {
			r := &db.ShipmentRisk{ShopID: shop.ID, OrderID: o.ID, FulfillmentID: tt.fulfillment.ID, Kind: tt.kind, EventKey: tt.key}
			ins, err := s.RecordShipmentRisk(ctx, r)
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			if ins != tt.wantInserted {
				t.Errorf("%s: inserted = %v, want %v", tt.name, ins, tt.wantInserted)
			}
			if ins && (r.NoticeStatus != db.NoticePending || r.DetectedAt.IsZero() || r.ID == 0) {
				t.Errorf("%s: new risk defaults = %+v", tt.name, r)
			}
		}
		pending, err := s.PendingRisks(ctx, t0, 100)
		if err != nil || len(pending) != 4 {
			t.Fatalf("pending = %d, %v; want 4", len(pending), err)
		}
	})
}

// TestRiskNoticeClaimFinishResend: one worker sends a notice; a process
// that died mid-send leaves it "sending" and the sweep takes it again after
// staleBefore; the merchant's "send again" queues it unless it is sending.
func TestRiskNoticeClaimFinishResend(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		t0 := time.Date(2026, 10, 1, 8, 0, 0, 0, time.UTC)
		o := careOrder(t, s, shop.ID, 1001, 0, "bob@example.com", t0, ful(11, "success", "in_transit", t0))
		r := recordRisk(t, s, o, fulOf(t, o, 11), "late", "k1", t0)

		ok, err := s.ClaimRiskNotice(ctx, r.ID, db.NoticePending, t0)
		if err != nil || !ok {
			t.Fatalf("first claim = %v, %v", ok, err)
		}
		if ok, _ := s.ClaimRiskNotice(ctx, r.ID, db.NoticePending, t0); ok {
			t.Fatal("second worker claimed a notice already sending")
		}
		// While it is sending and fresh, the sweep leaves it to its worker.
		if got, _ := s.PendingRisks(ctx, t0.Add(-time.Minute), 10); len(got) != 0 {
			t.Fatalf("fresh sending notice listed as pending: %+v", got)
		}
		if err := s.ResendRisk(ctx, shop.ID, r.ID); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("resend while sending: %v, want ErrNotFound", err)
		}
		// Its worker died: past staleBefore it is pending again and can be
		// claimed from "sending".
		got, _ := s.PendingRisks(ctx, t0.Add(time.Minute), 10)
		if len(got) != 1 || got[0].ID != r.ID {
			t.Fatalf("stale sending notice not pending again: %+v", got)
		}
		if ok, _ := s.ClaimRiskNotice(ctx, r.ID, db.NoticeSending, t0.Add(2*time.Minute)); !ok {
			t.Fatal("stale notice could not be reclaimed")
		}

		sent := t0.Add(3 * time.Minute)
		if err := s.FinishRiskNotice(ctx, r.ID, db.RiskNoticeUpdate{Status: db.NoticeSent, Lang: "de", SentAt: &sent,
			Error: "soft \x00bounce", DiscountCode: "SORRY-10"}); err != nil {
			t.Fatal(err)
		}
		stored, err := s.GetShipmentRisk(ctx, shop.ID, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if stored.NoticeStatus != db.NoticeSent || stored.NoticeLang != "de" || stored.NoticeSentAt == nil ||
			!stored.NoticeSentAt.Equal(sent) || stored.DiscountCode != "SORRY-10" || stored.NoticeError != "soft \uFFFDbounce" {
			t.Fatalf("finished notice = %+v", stored)
		}
		if got, _ := s.PendingRisks(ctx, t0.Add(time.Hour), 10); len(got) != 0 {
			t.Fatalf("sent notice still pending: %+v", got)
		}
		// A second outcome without a code keeps the code already given.
		if err := s.FinishRiskNotice(ctx, r.ID, db.RiskNoticeUpdate{Status: db.NoticeSent, Lang: "de"}); err != nil {
			t.Fatal(err)
		}
		if stored, _ = s.GetShipmentRisk(ctx, shop.ID, r.ID); stored.DiscountCode != "SORRY-10" || stored.NoticeError != "" {
			t.Fatalf("code lost or error kept: %+v", stored)
		}

		if _, err := s.GetShipmentRisk(ctx, other.ID, r.ID); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("other shop reads risk: %v", err)
		}
		if err := s.ResendRisk(ctx, other.ID, r.ID); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("other shop resends: %v, want ErrNotFound", err)
		}
		if err := s.ResendRisk(ctx, shop.ID, r.ID); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.PendingRisks(ctx, t0, 10); len(got) != 1 || got[0].NoticeStatus != db.NoticePending || got[0].NoticeError != "" {
			t.Fatalf("resent notice = %+v", got)
		}
	})
}

func TestResolveAndListShopRisks(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		t0 := time.Date(2026, 10, 1, 8, 0, 0, 0, time.UTC)
		o := careOrder(t, s, shop.ID, 1001, 77, "", t0, ful(11, "success", "in_transit", t0), ful(12, "success", "in_transit", t0))
		guest := careOrder(t, s, shop.ID, 1002, 0, "", t0, ful(21, "success", "in_transit", t0))
		oo := careOrder(t, s, other.ID, 1001, 77, "", t0, ful(11, "success", "in_transit", t0))
		f11, f12 := fulOf(t, o, 11), fulOf(t, o, 12)

		sentRisk := recordRisk(t, s, o, f11, "late", "a", t0)
		pendingRisk := recordRisk(t, s, o, f11, "stalled", "b", t0.Add(time.Hour))
		otherParcel := recordRisk(t, s, o, f12, "late", "a", t0.Add(2*time.Hour))
		guestRisk := recordRisk(t, s, guest, fulOf(t, guest, 21), "late", "a", t0.Add(3*time.Hour))
		recordRisk(t, s, oo, fulOf(t, oo, 11), "late", "a", t0.Add(4*time.Hour))
		if err := s.FinishRiskNotice(ctx, sentRisk.ID, db.RiskNoticeUpdate{Status: db.NoticeSent}); err != nil {
			t.Fatal(err)
		}
		// The customer's latest conversation is linked; a guest order (no
		// customer id) must not match every guest conversation.
		customerConv(t, s, shop.ID, "c-new", "en", 77, "", t0.Add(time.Hour))
		customerConv(t, s, shop.ID, "c-old", "en", 77, "", t0)
		customerConv(t, s, shop.ID, "c-guest", "en", 0, "", t0.Add(5*time.Hour))
		customerConv(t, s, other.ID, "c-other", "en", 77, "", t0.Add(6*time.Hour))

		delivered := t0.Add(24 * time.Hour)
		if err := s.ResolveShipmentRisks(ctx, shop.ID, f11.ID, delivered); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			name       string
			id         int64
			wantStatus string
			resolved   bool
		}{
			{"sent notice stays sent", sentRisk.ID, db.NoticeSent, true},
			{"pending notice is dropped: the parcel arrived", pendingRisk.ID, db.NoticeResolved, true},
			{"other parcel of the order untouched", otherParcel.ID, db.NoticePending, false},
		}
		for _, tt := range tests {
			r, err := s.GetShipmentRisk(ctx, shop.ID, tt.id)
			if err != nil {
				t.Fatal(err)
			}
			if r.NoticeStatus != tt.wantStatus || (r.ResolvedAt != nil) != tt.resolved {
				t.Errorf("%s: status %q resolved %v", tt.name, r.NoticeStatus, r.ResolvedAt)
			}
			if tt.resolved && !r.ResolvedAt.Equal(delivered) {
				t.Errorf("%s: resolved at %v, want %v", tt.name, r.ResolvedAt, delivered)
			}
		}
		// Resolving again keeps the first delivery time.
		if err := s.ResolveShipmentRisks(ctx, shop.ID, f11.ID, delivered.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if r, _ := s.GetShipmentRisk(ctx, shop.ID, sentRisk.ID); !r.ResolvedAt.Equal(delivered) {
			t.Errorf("second resolve moved resolved_at to %v", r.ResolvedAt)
		}

		open, err := s.ListShopRisks(ctx, shop.ID, false, 50)
		if err != nil {
			t.Fatal(err)
		}
		if len(open) != 2 || open[0].ID != guestRisk.ID || open[1].ID != otherParcel.ID {
			t.Fatalf("open risks = %+v, want guest then other parcel (newest first)", open)
		}
		if open[1].OrderName != "#1001" || open[1].OrderNumber != 1001 || open[1].TrackingCompany != "DHL" ||
			open[1].ShipmentStatus != "in_transit" || open[1].ConversationID != "c-new" {
			t.Errorf("listed risk = %+v", open[1])
		}
		if open[0].ConversationID != "" {
			t.Errorf("guest order linked to conversation %q", open[0].ConversationID)
		}
		all, _ := s.ListShopRisks(ctx, shop.ID, true, 50)
		if len(all) != 4 {
			t.Fatalf("with resolved = %d risks, want 4", len(all))
		}
		if lim, _ := s.ListShopRisks(ctx, shop.ID, true, 1); len(lim) != 1 || lim[0].ID != guestRisk.ID {
			t.Fatalf("limit 1 = %+v", lim)
		}
	})
}

func TestUnseenRisksDeliverOnceAndUnsubscribe(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		t0 := time.Date(2026, 10, 1, 8, 0, 0, 0, time.UTC)
		o1 := careOrder(t, s, shop.ID, 1001, 0, "", t0, ful(11, "success", "in_transit", t0), ful(12, "success", "in_transit", t0))
		o2 := careOrder(t, s, shop.ID, 1002, 0, "", t0, ful(21, "success", "in_transit", t0))
		r1 := recordRisk(t, s, o1, fulOf(t, o1, 11), "late", "a", t0)
		recordRisk(t, s, o1, fulOf(t, o1, 12), "late", "a", t0) // resolved below
		r3 := recordRisk(t, s, o2, fulOf(t, o2, 21), "late", "a", t0)
		if err := s.ResolveShipmentRisks(ctx, shop.ID, fulOf(t, o1, 12).ID, t0); err != nil {
			t.Fatal(err)
		}

		if got, err := s.UnseenOrderRisks(ctx, shop.ID, nil); err != nil || got != nil {
			t.Fatalf("no orders = %v, %v", got, err)
		}
		got, err := s.UnseenOrderRisks(ctx, shop.ID, []int64{o1.ID, o2.ID})
		if err != nil || len(got) != 2 || got[0].ID != r1.ID || got[1].ID != r3.ID {
			t.Fatalf("unseen = %+v, %v; want r1, r3 (r2 resolved)", got, err)
		}
		if got, _ := s.UnseenOrderRisks(ctx, other.ID, []int64{o1.ID}); len(got) != 0 {
			t.Fatalf("other shop sees risks: %+v", got)
		}

		importConv(t, s, shop.ID, "c1", "en", false, t0)
		deliver := func(id int64) (bool, error) {
			m := &db.Message{ConversationID: "c1", Role: db.RoleBot, Text: "Your parcel is late.", Language: "en"}
			return s.DeliverRiskToConversation(ctx, shop.ID, id, m, t0.Add(time.Hour))
		}
		if ok, err := deliver(r1.ID); err != nil || !ok {
			t.Fatalf("first delivery = %v, %v", ok, err)
		}
		// A second widget poll at the same time must not add it again.
		if ok, err := deliver(r1.ID); err != nil || ok {
			t.Fatalf("second delivery = %v, %v", ok, err)
		}
		// Another shop cannot mark this shop's risk seen.
		m := &db.Message{ConversationID: "c1", Role: db.RoleBot, Text: "x"}
		if ok, err := s.DeliverRiskToConversation(ctx, other.ID, r3.ID, m, t0); err != nil || ok {
			t.Fatalf("cross-shop delivery = %v, %v", ok, err)
		}
		msgs, _ := s.ListMessages(ctx, "c1", 0, 0)
		if len(msgs) != 1 || msgs[0].Text != "Your parcel is late." || msgs[0].ShopID != shop.ID || !msgs[0].CreatedAt.Equal(t0.Add(time.Hour)) {
			t.Fatalf("conversation messages = %+v", msgs)
		}
		c, _ := s.GetConversation(ctx, shop.ID, "c1")
		if c.MessageCount != 1 {
			t.Fatalf("message count = %d", c.MessageCount)
		}
		if got, _ := s.UnseenOrderRisks(ctx, shop.ID, []int64{o1.ID, o2.ID}); len(got) != 1 || got[0].ID != r3.ID {
			t.Fatalf("after delivery unseen = %+v", got)
		}

		// Unsubscribing drops the order's pending notices and hides them
		// from the widget too.
		if err := s.UnsubscribeOrderCare(ctx, shop.ID, o2.ID, t0.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if err := s.UnsubscribeOrderCare(ctx, shop.ID, o2.ID, t0.Add(5*time.Hour)); err != nil {
			t.Fatal(err)
		}
		flags, err := s.GetOrderCareFlags(ctx, shop.ID, o2.ID)
		if err != nil || flags.UnsubscribedAt == nil || !flags.UnsubscribedAt.Equal(t0.Add(time.Hour)) {
			t.Fatalf("flags = %+v, %v; want the first unsubscribe time kept", flags, err)
		}
		if r, _ := s.GetShipmentRisk(ctx, shop.ID, r3.ID); r.NoticeStatus != db.NoticeUnsubscribed {
			t.Fatalf("pending notice after unsubscribe = %q", r.NoticeStatus)
		}
		if got, _ := s.UnseenOrderRisks(ctx, shop.ID, []int64{o2.ID}); len(got) != 0 {
			t.Fatalf("unsubscribed risks still shown: %+v", got)
		}
		if flags, _ := s.GetOrderCareFlags(ctx, shop.ID, o1.ID); flags.UnsubscribedAt != nil {
			t.Fatalf("other order unsubscribed too: %+v", flags)
		}
		if _, err := s.GetOrderCareFlags(ctx, other.ID, o1.ID); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("other shop's flags: %v, want ErrNotFound", err)
		}
	})
}

func TestOrderCompensationClaimedOnce(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		t0 := time.Date(2026, 10, 1, 8, 0, 0, 0, time.UTC)
		o := careOrder(t, s, shop.ID, 1001, 0, "", t0)
		steps := []struct {
			name    string
			op      func() (bool, error)
			want    bool
			wantSet bool
		}{
			{"other shop cannot claim", func() (bool, error) { return s.ClaimOrderCompensation(ctx, other.ID, o.ID, t0) }, false, false},
			{"first claim", func() (bool, error) { return s.ClaimOrderCompensation(ctx, shop.ID, o.ID, t0) }, true, true},
			{"second claim: one code per order", func() (bool, error) { return s.ClaimOrderCompensation(ctx, shop.ID, o.ID, t0) }, false, true},
			{"release after a failed code", func() (bool, error) { return false, s.ReleaseOrderCompensation(ctx, shop.ID, o.ID) }, false, false},
			{"claim again after release", func() (bool, error) { return s.ClaimOrderCompensation(ctx, shop.ID, o.ID, t0) }, true, true},
		}
		for _, st := range steps {
			got, err := st.op()
			if err != nil || got != st.want {
				t.Fatalf("%s: %v, %v; want %v", st.name, got, err, st.want)
			}
			flags, err := s.GetOrderCareFlags(ctx, shop.ID, o.ID)
			if err != nil {
				t.Fatal(err)
			}
			if (flags.CompensatedAt != nil) != st.wantSet {
				t.Fatalf("%s: compensated_at = %v, want set=%v", st.name, flags.CompensatedAt, st.wantSet)
			}
		}
	})
}

func TestInFlightShipments(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		since := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
		recent, old := since.Add(24*time.Hour), since.Add(-24*time.Hour)
		o := careOrder(t, s, shop.ID, 1001, 0, "", recent,
			ful(1, "success", "in_transit", recent),
			ful(2, "success", "delivered", recent),
			ful(3, "cancelled", "", recent),
			ful(4, "failure", "", recent),
			ful(5, "success", "in_transit", old),
			ful(6, "success", "", since), // on the boundary: included
			ful(7, "success", "out_for_delivery", recent),
		)
		cancelled := &db.Order{ShopID: shop.ID, ShopifyID: 1002, OrderNumber: 1002, CancelledAt: ptime(recent),
			ShopifyCreatedAt: ptime(recent), ShopifyUpdatedAt: ptime(recent), Fulfillments: []db.Fulfillment{ful(8, "success", "in_transit", recent)}}
		if _, err := s.UpsertOrder(ctx, cancelled); err != nil {
			t.Fatal(err)
		}
		careOrder(t, s, other.ID, 1001, 0, "", recent, ful(1, "success", "in_transit", recent))

		got, err := s.InFlightShipments(ctx, shop.ID, since, 100)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, f := range got {
			ids = append(ids, f.ShopifyID)
			if f.ShopID != shop.ID {
				t.Errorf("fulfillment of shop %d listed", f.ShopID)
			}
		}
		want := []int64{fulOf(t, o, 1).ShopifyID, fulOf(t, o, 6).ShopifyID, fulOf(t, o, 7).ShopifyID}
		if !equalIDs(ids, want) {
			t.Fatalf("in flight = %v, want %v", ids, want)
		}
		if got, _ := s.InFlightShipments(ctx, shop.ID, since, 2); len(got) != 2 {
			t.Fatalf("limit 2 = %d", len(got))
		}

		f, err := s.GetFulfillmentByShopifyID(ctx, shop.ID, 7)
		if err != nil || f.ShipmentStatus != "out_for_delivery" || f.OrderID != o.ID {
			t.Fatalf("get fulfillment 7 = %+v, %v", f, err)
		}
		if _, err := s.GetFulfillmentByShopifyID(ctx, other.ID, 7); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("other shop's fulfillment 7: %v, want ErrNotFound", err)
		}
	})
}

func TestLatestConversationLanguage(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		t0 := time.Date(2026, 10, 1, 8, 0, 0, 0, time.UTC)
		mk := func(shopID int64, id, lang string, customer int64, email string, updated time.Time) {
			customerConv(t, s, shopID, id, lang, customer, email, updated)
		}
		mk(shop.ID, "c1", "de", 7, "", t0)
		mk(shop.ID, "c2", "fr", 7, "", t0.Add(time.Hour))
		mk(shop.ID, "c3", "", 7, "", t0.Add(2*time.Hour)) // no language yet: skipped
		mk(shop.ID, "c4", "ja", 0, "kei@example.jp", t0.Add(30*time.Minute))
		mk(other.ID, "c5", "ko", 7, "", t0.Add(3*time.Hour))
		tests := []struct {
			name     string
			customer int64
			email    string
			want     string
		}{
			{"latest by customer id", 7, "", "fr"},
			{"by verified email, case and spaces ignored", 0, "  KEI@example.jp ", "ja"},
			{"either matches: the newer wins", 7, "kei@example.jp", "fr"},
			{"unknown customer", 8, "", ""},
			{"nothing to match on", 0, "", ""},
		}
		for _, tt := range tests {
			got, err := s.LatestConversationLanguage(ctx, shop.ID, tt.customer, tt.email)
			if err != nil || got != tt.want {
				t.Errorf("%s: %q, %v; want %q", tt.name, got, err, tt.want)
			}
		}
	})
}
