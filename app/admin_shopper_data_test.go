package app_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"shopassist/app"
	"shopassist/db"
)

func TestShopperConversationsExportAndDelete(t *testing.T) {
	a := newDemoApp(t)
	h := a.Handler()
	ctx := context.Background()
	shop, err := a.Store().GetShop(ctx, app.DemoShop)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC()
	add := func(id, email, text string) {
		c := &db.Conversation{ID: id, ShopID: shop.ID, TokenHash: "h-" + id, Language: "es", Status: db.ConversationOpen,
			CustomerEmail: email, CreatedAt: now, UpdatedAt: now, LastMessageAt: now}
		if err := a.Store().ImportConversation(ctx, c, []*db.Message{{Role: db.RoleShopper, Text: text, Language: "es", CreatedAt: now}}); err != nil {
			t.Fatal(err)
		}
	}
	add("sd-1", "ana@example.com", "¿Dónde está mi pedido?")
	add("sd-2", "Ana@Example.com", "Quiero devolver algo")
	add("sd-3", "otra@example.com", "Hola")
	if _, err := a.Store().AddConversationNote(ctx, shop.ID, "sd-2", "demo", "VIP", now); err != nil {
		t.Fatal(err)
	}

	_, doc := get(t, h, "/app/conversations/sd-1")
	if !strings.Contains(doc.Find(tid("shopper-data")).Text(), "2 conversations,") {
		t.Errorf("panel does not count the shopper's conversations: %q", doc.Find(tid("shopper-data")).Text())
	}

	rec, _ := get(t, h, "/app/conversations/sd-1/shopper-export")
	if rec.Code != http.StatusOK || !strings.Contains(rec.Header().Get("Content-Disposition"), "shopper-conversations-sd-1.json") {
		t.Fatalf("export: %d %q", rec.Code, rec.Header().Get("Content-Disposition"))
	}
	var exp db.ShopperExport
	if err := json.Unmarshal(rec.Body.Bytes(), &exp); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, c := range exp.Conversations {
		got[c.ID] = true
	}
	if len(exp.Conversations) != 2 || !got["sd-1"] || !got["sd-2"] || exp.Customer.Email != "ana@example.com" {
		t.Fatalf("export holds %v for %+v, want sd-1 and sd-2", got, exp.Customer)
	}
	if strings.Contains(rec.Body.String(), "VIP") {
		t.Error("internal note in the shopper's export")
	}
	if rec, _ := get(t, h, "/app/conversations/nope/shopper-export"); rec.Code != http.StatusNotFound {
		t.Errorf("export of unknown conversation: %d", rec.Code)
	}

	rec, _ = post(t, h, "/app/conversations/sd-2/shopper-delete", nil, "")
	if rec.Code != http.StatusSeeOther || !strings.Contains(rec.Header().Get("Location"), "deleted=2") {
		t.Fatalf("delete: %d %q", rec.Code, rec.Header().Get("Location"))
	}
	for _, id := range []string{"sd-1", "sd-2"} {
		if _, err := a.Store().GetConversation(ctx, shop.ID, id); !errors.Is(err, db.ErrNotFound) {
			t.Errorf("%s not deleted: %v", id, err)
		}
	}
	if notes, err := a.Store().ConversationNotes(ctx, shop.ID, "sd-2"); err != nil || len(notes) != 0 {
		t.Errorf("notes of deleted conversation remain: %d %v", len(notes), err)
	}
	if _, err := a.Store().GetConversation(ctx, shop.ID, "sd-3"); err != nil {
		t.Errorf("another shopper's conversation went too: %v", err)
	}
	if rec, _ := post(t, h, "/app/conversations/sd-2/shopper-delete", nil, ""); rec.Code != http.StatusNotFound {
		t.Errorf("second delete: %d", rec.Code)
	}
}
