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

func TestChannelAccountLifecycle(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		acct := func(shopID int64, channel, address string, enabled bool) *db.ChannelAccount {
			return &db.ChannelAccount{ShopID: shopID, Channel: channel, Address: address, Enabled: enabled,
				CredentialsEnc: []byte{1, 2}, Settings: db.NewJSON(map[string]string{"template": "care_notice"})}
		}
		wa := acct(shop.ID, "whatsapp", "1065550100", true)
		if err := s.SaveChannelAccount(ctx, wa); err != nil || wa.ID == 0 {
			t.Fatalf("connect: %v id %d", err, wa.ID)
		}
		mail := acct(shop.ID, "email", "help@a.example", true)
		mail.Settings = db.NewJSON[map[string]string](nil) // stored as {}, never null
		if err := s.SaveChannelAccount(ctx, mail); err != nil {
			t.Fatal(err)
		}
		if err := s.SaveChannelAccount(ctx, acct(shop.ID, "whatsapp", "1065550100", true)); !errors.Is(err, db.ErrDuplicate) {
			t.Fatalf("same address twice in a shop: %v, want ErrDuplicate", err)
		}
		// Another shop connecting the same number (a migration, a mistake)
		// is its own row, disabled here; lookups take the enabled one.
		stolen := acct(other.ID, "whatsapp", "1065550100", false)
		if err := s.SaveChannelAccount(ctx, stolen); err != nil {
			t.Fatalf("same address in another shop: %v", err)
		}

		got, err := s.ChannelAccountByAddress(ctx, "whatsapp", "1065550100")
		if err != nil || got.ID != wa.ID || got.Setting("template") != "care_notice" || got.Setting("missing") != "" {
			t.Fatalf("by address = %+v, %v", got, err)
		}
		if _, err := s.ChannelAccountByAddress(ctx, "messenger", "1065550100"); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("other channel: %v, want ErrNotFound", err)
		}

		list, err := s.ChannelAccounts(ctx, shop.ID)
		if err != nil || len(list) != 2 || list[0].Channel != "email" || list[1].Channel != "whatsapp" || list[0].Settings.V == nil {
			t.Fatalf("accounts = %+v, %v (by channel)", list, err)
		}

		// Updates are scoped to the shop.
		hijack := *wa
		hijack.ShopID, hijack.Enabled = other.ID, false
		if err := s.SaveChannelAccount(ctx, &hijack); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("update through another shop: %v, want ErrNotFound", err)
		}
		if _, err := s.GetChannelAccount(ctx, other.ID, wa.ID); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("read through another shop: %v", err)
		}
		// An update onto an address the shop already connected is refused;
		// renaming is fine.
		sales := acct(shop.ID, "email", "sales@a.example", true)
		if err := s.SaveChannelAccount(ctx, sales); err != nil {
			t.Fatal(err)
		}
		sales.Address = "help@a.example"
		if err := s.SaveChannelAccount(ctx, sales); !errors.Is(err, db.ErrDuplicate) {
			t.Fatalf("update onto a connected address: %v, want ErrDuplicate", err)
		}
		sales.Address, sales.DisplayName = "sales@a.example", "Sales"
		if err := s.SaveChannelAccount(ctx, sales); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.GetChannelAccount(ctx, shop.ID, sales.ID); got.DisplayName != "Sales" || got.Address != "sales@a.example" {
			t.Fatalf("renamed account = %+v", got)
		}
		wa.Enabled = false
		if err := s.SaveChannelAccount(ctx, wa); err != nil {
			t.Fatal(err)
		}
		if _, err := s.ChannelAccountByAddress(ctx, "whatsapp", "1065550100"); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("disabled accounts must not receive: %v", err)
		}

		if err := s.DeleteChannelAccount(ctx, other.ID, mail.ID); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("delete through another shop: %v", err)
		}
		if err := s.DeleteChannelAccount(ctx, shop.ID, mail.ID); err != nil {
			t.Fatal(err)
		}
		if err := s.DeleteChannelAccount(ctx, shop.ID, mail.ID); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("second delete: %v", err)
		}
	})
}

func TestRecordChannelHealth(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		a := &db.ChannelAccount{ShopID: shop.ID, Channel: "messenger", Address: "page-1", Enabled: true}
		if err := s.SaveChannelAccount(ctx, a); err != nil {
			t.Fatal(err)
		}
		t0 := time.Date(2026, 8, 1, 10, 0, 0, 0, time.FixedZone("CEST", 2*3600))
		if err := s.RecordChannelHealth(ctx, a.ID, t0, ""); err != nil {
			t.Fatal(err)
		}
		long := "(#131047) " + strings.Repeat("ж", 600) + "\x00"
		if err := s.RecordChannelHealth(ctx, a.ID, t0.Add(time.Hour), long); err != nil {
			t.Fatal(err)
		}
		got, _ := s.GetChannelAccount(ctx, shop.ID, a.ID)
		// A failure keeps the time of the last good message.
		if got.LastMessageAt == nil || !got.LastMessageAt.Equal(t0) || got.LastErrorAt == nil || !got.LastErrorAt.Equal(t0.Add(time.Hour)) {
			t.Fatalf("health times = %v / %v", got.LastMessageAt, got.LastErrorAt)
		}
		if n := utf8.RuneCountInString(got.LastError); n != 500 || !strings.HasPrefix(got.LastError, "(#131047)") || strings.ContainsRune(got.LastError, 0) {
			t.Fatalf("stored error: %d runes, prefix ok=%v", n, strings.HasPrefix(got.LastError, "(#131047)"))
		}
	})
}

func TestLastInboundAndMessagingConversation(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		t0 := time.Date(2026, 8, 1, 10, 0, 0, 0, time.UTC)
		conv := func(id, channel, email, phone string, last time.Time) {
			c := &db.Conversation{ID: id, ShopID: shop.ID, Channel: channel, CustomerEmail: email, CustomerPhone: phone,
				Status: db.ConversationOpen, CreatedAt: last, UpdatedAt: last, LastMessageAt: last}
			if err := s.ImportConversation(ctx, c, nil); err != nil {
				t.Fatal(err)
			}
		}
		conv("wa-old", "whatsapp", "", "+4915112345678", t0)
		conv("wa-new", "whatsapp", "", "+4915112345678", t0.Add(time.Hour))
		conv("ig", "instagram", "ana@example.com", "", t0.Add(2*time.Hour))
		conv("web", "web", "ana@example.com", "+4915112345678", t0.Add(3*time.Hour))

		if _, err := s.LastInbound(ctx, shop.ID, "wa-new"); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("no inbound yet: %v", err)
		}
		for _, id := range []string{"wamid.1", "wamid.2"} {
			if ok, err := s.ClaimInbound(ctx, &db.ChannelMessage{ShopID: shop.ID, Channel: "whatsapp", ConversationID: "wa-new",
				ProviderMessageID: id}, time.Minute); err != nil || !ok {
				t.Fatalf("claim %s: %v %v", id, ok, err)
			}
		}
		if err := s.RecordOutbound(ctx, &db.ChannelMessage{ShopID: shop.ID, Channel: "whatsapp", ConversationID: "wa-new",
			ProviderMessageID: "wamid.out", Status: db.ChannelSent}); err != nil {
			t.Fatal(err)
		}
		last, err := s.LastInbound(ctx, shop.ID, "wa-new")
		if err != nil || last.ProviderMessageID != "wamid.2" || last.Direction != db.DirectionIn {
			t.Fatalf("last inbound = %+v, %v (outbound replies do not open the window)", last, err)
		}

		tests := []struct {
			name     string
			order    db.Order
			channels []string
			want     string
		}{
			{"by the order's phone, latest", db.Order{Phone: "+49 151 12345678"}, []string{"whatsapp"}, "wa-new"},
			{"by the shipping phone", db.Order{ShippingPhone: "+4915112345678"}, []string{"whatsapp", "instagram"}, "wa-new"},
			{"by email, case ignored", db.Order{Email: "ANA@example.com"}, []string{"whatsapp", "instagram"}, "ig"},
			{"either, the latest wins", db.Order{Email: "ana@example.com", BillingPhone: "+4915112345678"}, []string{"whatsapp", "instagram"}, "ig"},
			{"the widget is not a messaging channel", db.Order{Email: "ana@example.com"}, []string{"messenger"}, ""},
			{"no contact on the order", db.Order{}, []string{"whatsapp"}, ""},
			{"no channels", db.Order{Email: "ana@example.com"}, nil, ""},
		}
		for _, tt := range tests {
			got, err := s.LatestMessagingConversation(ctx, shop.ID, &tt.order, tt.channels)
			if err != nil {
				t.Fatal(err)
			}
			id := ""
			if got != nil {
				id = got.ID
			}
			if id != tt.want {
				t.Errorf("%s: %q, want %q", tt.name, id, tt.want)
			}
		}
	})
}
