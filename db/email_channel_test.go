package db_test

import (
	"context"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

func TestEmailChannelStore(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, err := s.EnsureShop(ctx, "mail.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		acct := &db.ChannelAccount{ShopID: shop.ID, Channel: "email", Address: "support@shop.example", Enabled: true}
		if err := s.SaveChannelAccount(ctx, acct); err != nil {
			t.Fatal(err)
		}

		// Mailbox position survives, per mailbox.
		if st, err := s.LoadMailboxState(ctx, acct.ID, "INBOX"); err != nil || st != (db.MailboxState{}) {
			t.Fatalf("fresh state %+v %v", st, err)
		}
		want := db.MailboxState{UIDValidity: 4000000000, LastUID: 42}
		if err := s.SaveMailboxState(ctx, acct.ID, "INBOX", want); err != nil {
			t.Fatal(err)
		}
		if st, err := s.LoadMailboxState(ctx, acct.ID, "INBOX"); err != nil || st != want {
			t.Fatalf("state %+v %v, want %+v", st, err, want)
		}

		// One replica at a time holds the mailbox lease.
		now := time.Now()
		for _, c := range []struct {
			owner string
			at    time.Time
			want  bool
		}{
			{"a", now, true},
			{"b", now.Add(time.Second), false},
			{"a", now.Add(time.Minute), true},                    // renewal
			{"b", now.Add(3*time.Minute + time.Second), true},    // a's lease expired
			{"a", now.Add(3*time.Minute + 2*time.Second), false}, // b holds it now
		} {
			ok, err := s.ClaimMailbox(ctx, acct.ID, "", c.owner, c.at, 2*time.Minute)
			if err != nil || ok != c.want {
				t.Fatalf("claim by %s at +%v = %v %v, want %v", c.owner, c.at.Sub(now), ok, err, c.want)
			}
		}
		if st, _ := s.LoadMailboxState(ctx, acct.ID, "INBOX"); st != want {
			t.Fatalf("lease row changed the mailbox position: %+v", st)
		}

		// Mails by Message-ID; a re-delivery is not a second row.
		in := &db.EmailMessage{ShopID: shop.ID, MessageID: "m1@example.com", Direction: db.EmailIn, Address: "ana@example.com",
			Subject: "Hola", Refs: "r0@example.com", FullText: "¿Dónde está?\n> old", CreatedAt: now}
		if ok, err := s.SaveEmailMessage(ctx, in); err != nil || !ok {
			t.Fatalf("save %v %v", ok, err)
		}
		if ok, err := s.SaveEmailMessage(ctx, in); err != nil || ok {
			t.Fatalf("duplicate save %v %v", ok, err)
		}
		got, err := s.GetEmailMessage(ctx, shop.ID, "m1@example.com")
		if err != nil || got.Subject != "Hola" || len(got.References()) != 1 || got.Attachments.V == nil {
			t.Fatalf("get %+v %v", got, err)
		}

		// A web chat moves to email once; the mail is linked to the
		// conversation the channel router recorded.
		conv := &db.Conversation{ID: "c1", ShopID: shop.ID, TokenHash: "t", Status: db.ConversationOpen, State: db.NewJSON(db.ConversationState{})}
		if err := s.CreateConversation(ctx, conv); err != nil {
			t.Fatal(err)
		}
		if moved, err := s.MoveConversationToEmail(ctx, shop.ID, "c1", "ana@example.com", "r0@example.com"); err != nil || !moved {
			t.Fatalf("move %v %v", moved, err)
		}
		if moved, err := s.MoveConversationToEmail(ctx, shop.ID, "c1", "eve@example.com", "x"); err != nil || moved {
			t.Fatalf("second move %v %v", moved, err)
		}
		c, err := s.FindChannelConversation(ctx, shop.ID, "email", "ana@example.com", "r0@example.com")
		if err != nil || c.ID != "c1" {
			t.Fatalf("find moved conversation %+v %v", c, err)
		}
		claim := &db.ChannelMessage{ShopID: shop.ID, Channel: "email", ChannelAccountID: acct.ID, ProviderMessageID: "m1@example.com"}
		if ok, err := s.ClaimInbound(ctx, claim, time.Minute); err != nil || !ok {
			t.Fatalf("claim inbound %v %v", ok, err)
		}
		if err := s.FinishInbound(ctx, claim.ID, "c1", 0); err != nil {
			t.Fatal(err)
		}
		if err := s.LinkEmailToChannelMessage(ctx, shop.ID, "m1@example.com"); err != nil {
			t.Fatal(err)
		}
		latest, err := s.LatestEmail(ctx, shop.ID, "c1", db.EmailIn)
		if err != nil || latest.MessageID != "m1@example.com" {
			t.Fatalf("latest %+v %v", latest, err)
		}
		if _, err := s.LatestEmail(ctx, shop.ID, "c1", db.EmailOut); err != db.ErrNotFound {
			t.Fatalf("latest out: %v, want ErrNotFound", err)
		}
		accts, err := s.EnabledChannelAccounts(ctx, "email")
		if err != nil || len(accts) != 1 || accts[0].ID != acct.ID {
			t.Fatalf("enabled accounts %+v %v", accts, err)
		}
	})
}
