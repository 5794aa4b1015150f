package backinstock_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"shopassist/assistant/lang"
	"shopassist/backinstock"
	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/webhooks"
)

const shopDomain = "north-star.myshopify.com"

type nopEnqueuer struct{}

func (nopEnqueuer) Enqueue(context.Context, river.JobArgs, *river.InsertOpts) (int64, error) {
	return 1, nil
}
func (nopEnqueuer) EnqueueMany(context.Context, []river.InsertManyParams) error { return nil }
func (nopEnqueuer) RunningJobs(context.Context, string) ([]*rivertype.JobRow, error) {
	return nil, nil
}

type memMailer struct {
	mu   sync.Mutex
	sent [][3]string
}

func (m *memMailer) Send(_ context.Context, to, subject, body string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sent = append(m.sent, [3]string{to, subject, body})
	return nil
}

// payload reads a webhook fixture of ../webhooks/testdata and sets fields.
func payload(t *testing.T, name string, set func(m map[string]any)) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "webhooks", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	set(m)
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestBackInStock: a subscription (email, variant, language) gets one email
// when inventory_levels/update reports stock for the variant's inventory
// item (mapped from the products/update payload), none while stock is 0,
// none twice; a catalog resync keeps the mapping.
func TestBackInStock(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
		svc, err := webhooks.New(store, nopEnqueuer{}, webhooks.Config{Secrets: []string{"s"}, Logger: quiet})
		if err != nil {
			t.Fatal(err)
		}
		shop, err := store.SaveInstall(ctx, shopDomain, db.ShopTokens{AccessTokenEnc: []byte("x"), Scopes: "read_products"})
		if err != nil {
			t.Fatal(err)
		}
		seq := 0
		deliver := func(topic string, body []byte) string {
			t.Helper()
			seq++
			ev := &db.WebhookEvent{Shop: shopDomain, WebhookID: "wh-" + strconv.Itoa(seq), EventID: "e", Topic: topic,
				APIVersion: "2026-10", Payload: body, Status: db.EventReceived, ReceivedAt: time.Now().UTC()}
			if err := store.InsertWebhookEvent(ctx, ev); err != nil {
				t.Fatal(err)
			}
			st, err := svc.Process(ctx, ev.ID)
			if err != nil {
				t.Fatal(err)
			}
			return st
		}
		const item = 49148385
		deliver("products/update", payload(t, "products_update.json", func(m map[string]any) {
			v := m["variants"].([]any)[0].(map[string]any)
			v["inventory_item_id"], v["title"], v["inventory_quantity"] = item, "XL", 0
		}))
		// A catalog resync (no inventory items in its data) keeps the mapping.
		p, err := store.GetProduct(ctx, shop.ID, 1071559748)
		if err != nil {
			t.Fatal(err)
		}
		for i := range p.Variants {
			p.Variants[i].InventoryItemID = 0
		}
		if _, _, err := store.UpsertProducts(ctx, shop.ID, []db.Product{*p}); err != nil {
			t.Fatal(err)
		}
		for _, l := range []string{"ja", "de"} {
			if err := store.SubscribeBackInStock(ctx, &db.StockSubscription{ShopID: shop.ID, VariantID: 1070325219,
				Email: l + "@example.com", Language: l}); err != nil {
				t.Fatal(err)
			}
		}
		mailer := &memMailer{}
		n := &backinstock.Notifier{Store: store, Mailer: mailer}
		level := func(avail int) []byte {
			return payload(t, "inventory_levels_update.json", func(m map[string]any) { m["inventory_item_id"], m["available"] = item, avail })
		}
		if st := deliver("inventory_levels/update", level(0)); st != db.EventSkipped {
			t.Fatalf("out of stock: %s", st)
		}
		if sent, err := n.SendDue(ctx); err != nil || sent != 0 {
			t.Fatalf("sent %d (%v) while out of stock", sent, err)
		}
		if st := deliver("inventory_levels/update", level(6)); st != db.EventProcessed {
			t.Fatalf("restock: %s", st)
		}
		if sent, err := n.SendDue(ctx); err != nil || sent != 2 {
			t.Fatalf("sent %d (%v), want 2", sent, err)
		}
		for _, m := range mailer.sent {
			l := strings.TrimSuffix(m[0], "@example.com")
			subject, _ := backinstock.Compose(l, "Burton Custom Freestyle 151 – XL", "", "")
			if m[1] != subject || !strings.Contains(m[2], "/products/burton-custom-freestyle-151?variant=1070325219") {
				t.Errorf("email to %s: %q\n%s", m[0], m[1], m[2])
			}
		}
		deliver("inventory_levels/update", level(9))
		if sent, err := n.SendDue(ctx); err != nil || sent != 0 {
			t.Fatalf("second restock sent %d (%v)", sent, err)
		}
	})
}

func TestTextsCoverEveryLanguage(t *testing.T) {
	en, _ := backinstock.Compose("en", "P", "S", "L")
	for _, l := range lang.Supported {
		s, b := backinstock.Compose(l, "P", "S", "L")
		if l != "en" && s == en {
			t.Errorf("%s: English subject", l)
		}
		if !strings.Contains(s, "P") || !strings.Contains(b, "S") || !strings.Contains(b, "L") {
			t.Errorf("%s: placeholders lost: %q %q", l, s, b)
		}
	}
}
