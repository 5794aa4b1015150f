package db_test

import (
	"errors"
	"testing"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// TestShopperRecord: contacts from the chat land on one record per shop
// and contact, gain the other contact and the verified mark but never
// lose one, stay per shop, and are deleted with the shopper's
// conversations and by a redaction naming the contact.
func TestShopperRecord(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := t.Context()
		shop, err := s.EnsureShop(ctx, "shoppers.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		other, err := s.EnsureShop(ctx, "shoppers-other.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		steps := []struct {
			name                   string
			email, phone           string
			emailProof, phoneProof bool
			want                   db.Shopper
		}{
			{"typed email", "Ana@Example.com", "", false, false, db.Shopper{Email: "ana@example.com"}},
			{"same email proved, phone added", "ana@example.com", "+34600111222", true, false,
				db.Shopper{Email: "ana@example.com", Phone: "+34600111222", EmailVerified: true}},
			{"phone proved alone", "", "+34600111222", false, true,
				db.Shopper{Email: "ana@example.com", Phone: "+34600111222", EmailVerified: true, PhoneVerified: true}},
			{"typed again: marks kept", "ana@example.com", "", false, false,
				db.Shopper{Email: "ana@example.com", Phone: "+34600111222", EmailVerified: true, PhoneVerified: true}},
		}
		var id int64
		for _, st := range steps {
			sh, err := s.RecordShopperContact(ctx, shop.ID, st.email, st.phone, st.emailProof, st.phoneProof)
			if err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
			if id == 0 {
				id = sh.ID
			}
			got, err := s.ShopperByContact(ctx, shop.ID, "", "+34600111222")
			if st.phone == "" && st.name == "typed email" {
				got, err = s.ShopperByContact(ctx, shop.ID, "ANA@example.com", "")
			}
			if err != nil {
				t.Fatalf("%s: lookup: %v", st.name, err)
			}
			if got.ID != id || got.Email != st.want.Email || got.Phone != st.want.Phone ||
				got.EmailVerified != st.want.EmailVerified || got.PhoneVerified != st.want.PhoneVerified {
				t.Fatalf("%s: record %+v, want %+v on row %d", st.name, got, st.want, id)
			}
		}
		if _, err := s.ShopperByContact(ctx, other.ID, "ana@example.com", "+34600111222"); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("other shop sees the record: %v", err)
		}
		// Another shopper's phone on a second row is not moved onto Ana's.
		if _, err := s.RecordShopperContact(ctx, shop.ID, "", "+34600999888", false, false); err != nil {
			t.Fatal(err)
		}
		if sh, err := s.RecordShopperContact(ctx, shop.ID, "ana@example.com", "+34600999888", false, false); err != nil || sh.Phone != "+34600111222" {
			t.Fatalf("contact moved between records: %+v %v", sh, err)
		}

		// Deleting the shopper's conversations deletes the record.
		c := &db.Conversation{ID: "ana-conv", ShopID: shop.ID, TokenHash: "h", CustomerEmail: "ana@example.com"}
		if err := s.CreateConversation(ctx, c); err != nil {
			t.Fatal(err)
		}
		if _, err := s.DeleteShopperConversations(ctx, shop.ID, []string{c.ID}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.ShopperByContact(ctx, shop.ID, "ana@example.com", ""); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("record kept after deleting the conversations: %v", err)
		}
		// A redaction naming the phone deletes that record.
		if _, err := s.RedactCustomer(ctx, shop.ID, db.CustomerRef{Phone: "+34600999888"}, db.RedactOptions{}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.ShopperByContact(ctx, shop.ID, "", "+34600999888"); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("record kept after redaction: %v", err)
		}
	})
}
