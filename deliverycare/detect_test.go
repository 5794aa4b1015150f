package deliverycare

import (
	"testing"
	"time"
)

func ts(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func tp(s string) *time.Time { t := ts(s); return &t }

func TestEventKind(t *testing.T) {
	tests := []struct{ status, message, want string }{
		{"delayed", "", KindDelayed},
		{"DELAYED", "", KindDelayed},
		{"failure", "", KindFailure},
		{"attempted_delivery", "", KindAttempted},
		{"ready_for_pickup", "", KindReadyForPickup},
		{"buyer_action_required", "", KindException},
		{"returning_to_sender", "", KindException},
		{"in_transit", "Held at customs, awaiting clearance", KindCustoms},
		{"in_transit", "Sendung liegt beim Zoll", KindCustoms},
		{"in_transit", "En attente de dédouanement - douane", KindCustoms},
		{"in_transit", "通关中：海关查验", KindCustoms},
		{"in_transit", "Arrived at sorting centre", ""},
		{"delivered", "customs cleared, delivered", ""},
		{"out_for_delivery", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := EventKind(tt.status, tt.message); got != tt.want {
			t.Errorf("EventKind(%q, %q) = %q, want %q", tt.status, tt.message, got, tt.want)
		}
	}
}

func TestFromEventKeyIsTheDay(t *testing.T) {
	a, ok := FromEvent("delayed", "", ts("2026-12-05T09:00:00Z"), nil)
	b, _ := FromEvent("delayed", "", ts("2026-12-05T18:30:00Z"), nil)
	c, _ := FromEvent("delayed", "", ts("2026-12-07T08:00:00Z"), nil)
	if !ok || a.Key != b.Key || a.Key == c.Key {
		t.Fatalf("keys: same day %q/%q, next %q", a.Key, b.Key, c.Key)
	}
}

func TestBusinessDaysBetween(t *testing.T) {
	tests := []struct {
		from, to string
		want     int
	}{
		{"2026-12-04T10:00:00Z", "2026-12-07T10:00:00Z", 1}, // Fri → Mon
		{"2026-12-04T10:00:00Z", "2026-12-05T23:00:00Z", 0}, // Fri → Sat
		{"2026-12-01T10:00:00Z", "2026-12-08T09:00:00Z", 5}, // Tue → next Tue
		{"2026-12-08T10:00:00Z", "2026-12-08T20:00:00Z", 0},
	}
	for _, tt := range tests {
		if got := BusinessDaysBetween(ts(tt.from), ts(tt.to), time.UTC); got != tt.want {
			t.Errorf("BusinessDaysBetween(%s, %s) = %d, want %d", tt.from, tt.to, got, tt.want)
		}
	}
}

func TestTimeFindings(t *testing.T) {
	madrid := Location("Europe/Madrid")
	now := ts("2026-12-05T10:00:00Z") // Saturday
	tests := []struct {
		name  string
		s     Shipment
		loc   *time.Location
		kinds []string
	}{
		{"estimate passed", Shipment{Status: "in_transit", Estimate: tp("2026-12-01T12:00:00Z"), LastActivity: tp("2026-12-04T08:00:00Z")}, time.UTC, []string{KindLate}},
		{"estimate today is not late", Shipment{Status: "in_transit", Estimate: tp("2026-12-05T20:00:00Z"), LastActivity: tp("2026-12-04T08:00:00Z")}, time.UTC, nil},
		// 23:30 UTC on the 4th is already the 5th in Madrid: not late there.
		{"estimate in shop time zone", Shipment{Status: "in_transit", Estimate: tp("2026-12-04T23:30:00Z"), LastActivity: tp("2026-12-04T08:00:00Z")}, madrid, nil},
		{"delivered late is not a risk", Shipment{Status: "delivered", Delivered: true, Estimate: tp("2026-12-01T12:00:00Z")}, time.UTC, nil},
		{"no news for five business days", Shipment{Status: "in_transit", LastActivity: tp("2026-11-27T12:00:00Z")}, time.UTC, []string{KindStalled}},
		{"four business days is not stalled", Shipment{Status: "in_transit", LastActivity: tp("2026-11-30T12:00:00Z")}, time.UTC, nil},
		{"late and stalled", Shipment{Status: "in_transit", Estimate: tp("2026-11-29T12:00:00Z"), LastActivity: tp("2026-11-20T12:00:00Z")}, time.UTC, []string{KindLate, KindStalled}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := TimeFindings(tt.s, now, tt.loc, 5)
			if len(got) != len(tt.kinds) {
				t.Fatalf("findings %+v, want kinds %v", got, tt.kinds)
			}
			for i, k := range tt.kinds {
				if got[i].Kind != k || got[i].Key == "" {
					t.Errorf("finding %d = %+v, want kind %s", i, got[i], k)
				}
			}
		})
	}
}

func TestLateKeyFollowsTheEstimate(t *testing.T) {
	now := ts("2026-12-10T10:00:00Z")
	a := TimeFindings(Shipment{Status: "in_transit", Estimate: tp("2026-12-01T12:00:00Z")}, now, time.UTC, 0)
	b := TimeFindings(Shipment{Status: "in_transit", Estimate: tp("2026-12-08T12:00:00Z")}, now, time.UTC, 0)
	if len(a) != 1 || len(b) != 1 || a[0].Key == b[0].Key {
		t.Fatalf("a new estimate that passes must be a new occurrence: %+v %+v", a, b)
	}
}

func TestCondition(t *testing.T) {
	now := ts("2026-12-05T10:00:00Z")
	tests := []struct {
		s    Shipment
		want string
	}{
		{Shipment{Status: "delayed", Estimate: tp("2026-12-08T12:00:00Z")}, KindDelayed},
		{Shipment{Status: "in_transit", Estimate: tp("2026-12-01T12:00:00Z")}, KindLate},
		{Shipment{Status: "in_transit", Estimate: tp("2026-12-08T12:00:00Z")}, ""},
		{Shipment{Status: "delivered", Delivered: true, Estimate: tp("2026-12-01T12:00:00Z")}, ""},
		{Shipment{Status: "failure"}, KindFailure},
	}
	for _, tt := range tests {
		if got := Condition(tt.s, now, time.UTC); got != tt.want {
			t.Errorf("Condition(%+v) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
