package db_test

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"shopassist/db"
	"shopassist/db/dbtest"
)

func TestSettingDefaults(t *testing.T) {
	for _, tt := range []struct {
		cost, want float64
	}{{0, db.DefaultCostPerTicket}, {-3, db.DefaultCostPerTicket}, {12.5, 12.5}} {
		if got := (db.AnalyticsSettings{CostPerTicket: tt.cost}).TicketCost(); got != tt.want {
			t.Errorf("TicketCost(%v) = %v, want %v", tt.cost, got, tt.want)
		}
	}
	for _, tt := range []struct{ days, want int }{{0, db.DefaultStallDays}, {-1, db.DefaultStallDays}, {3, 3}} {
		if got := (db.DeliveryCareSettings{StallBusinessDays: tt.days}).StallDays(); got != tt.want {
			t.Errorf("StallDays(%d) = %d, want %d", tt.days, got, tt.want)
		}
	}
	var none *db.ChannelAccount
	if none.Setting("imap_host") != "" || (&db.ChannelAccount{}).Setting("imap_host") != "" {
		t.Error("an account without settings has a setting")
	}
	a := &db.ChannelAccount{Settings: db.NewJSON(map[string]string{"imap_host": "imap.example.com"})}
	if a.Setting("imap_host") != "imap.example.com" || a.Setting("other") != "" {
		t.Errorf("Setting: %q %q", a.Setting("imap_host"), a.Setting("other"))
	}
}

// A new shop gets the default settings; what the merchant saves comes back
// exactly (maps, lists, nested sections) and survives a reinstall; each call
// to DefaultSettings is a fresh value callers may change.
func TestSettingsRoundTrip(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, err := s.EnsureShop(ctx, "settings.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(shop.Settings.V, db.DefaultSettings()) {
			t.Fatalf("new shop settings %+v, want the defaults", shop.Settings.V)
		}
		d := db.DefaultSettings()
		d.Languages[0] = "changed"
		d.Widget.Greeting["en"] = "changed"
		if again := db.DefaultSettings(); again.Languages[0] == "changed" || again.Widget.Greeting["en"] != "" {
			t.Fatal("DefaultSettings shares its lists or maps between calls")
		}

		st := db.DefaultSettings()
		st.Languages = []string{"de", "en", "ja"}
		st.Widget.Greeting = map[string]string{"de": "Hallo! Wie kann ich helfen?", "ja": "こんにちは"}
		st.BusinessHours.Days = map[string]string{"sat": "10:00-14:00"}
		st.Returns.WindowDays = 14
		st.Handoff.AfterFailed = 0
		st.RetentionDays = 0
		st.Actions = db.ActionSettings{CancelEnabled: true, CancelWindowMinutes: 60, ReturnShippingFee: "4.95"}
		st.DeliveryCare.StallBusinessDays = 3
		st.Analytics.CostPerTicket = 7.25
		if err := s.SaveSettings(ctx, shop.ID, st); err != nil {
			t.Fatal(err)
		}
		got, err := s.GetShop(ctx, shop.Domain)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Settings.V, st) {
			t.Fatalf("settings read back\n %+v\nwant\n %+v", got.Settings.V, st)
		}
		if _, err := s.SaveInstall(ctx, shop.Domain, db.ShopTokens{AccessTokenEnc: []byte{1}}); err != nil {
			t.Fatal(err)
		}
		if again, err := s.EnsureShop(ctx, shop.Domain); err != nil || !reflect.DeepEqual(again.Settings.V, st) {
			t.Fatalf("after a reinstall: %+v %v", again.Settings.V, err)
		}
		if _, err := s.GetShop(ctx, "missing.myshopify.com"); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("unknown shop: %v, want ErrNotFound", err)
		}
	})
}
