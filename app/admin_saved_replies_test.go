package app_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"shopassist/app"
	"shopassist/assistant/lang"
	"shopassist/db"
	"shopassist/inbox"
)

// TestSavedReplyEditor: the merchant creates, edits and deletes saved
// replies with one text per language, edits a shipped starter (the edit is
// what an Arabic shopper then receives) and resets it; bad input is a 422
// with inline errors, unknown refs and other shops' ids are 404s.
func TestSavedReplyEditor(t *testing.T) {
	a := newDemoApp(t)
	h := a.Handler()
	ctx := context.Background()
	shop, _ := seedHandoff(t, a, "editor-ar")

	_, doc := get(t, h, "/app/saved-replies")
	if n := doc.Find(tid("saved-reply-row")).Length(); n != len(inbox.Starters) {
		t.Fatalf("%d rows, want the %d starters", n, len(inbox.Starters))
	}
	_, doc = get(t, h, "/app/saved-replies/new")
	if n := doc.Find(tid("saved-reply-lang")).Length(); n != len(lang.Supported) {
		t.Fatalf("editor offers %d languages, want %d", n, len(lang.Supported))
	}

	t.Run("invalid input", func(t *testing.T) {
		for _, tc := range []struct {
			name  string
			form  url.Values
			field string
		}{
			{"no title", url.Values{"text.en": {"Hi"}}, "title"},
			{"no text", url.Values{"title": {"Empty"}}, "texts"},
			{"text too long", url.Values{"title": {"Long"}, "text.de": {strings.Repeat("x", 2001)}}, "text.de"},
		} {
			rec, doc := post(t, h, "/app/saved-replies/new", tc.form, "")
			if rec.Code != http.StatusUnprocessableEntity || doc.Find(tid("error-"+tc.field)).Length() != 1 {
				t.Errorf("%s: %d, error shown for %s: %v", tc.name, rec.Code, tc.field, doc.Find(tid("error-"+tc.field)).Length() == 1)
			}
		}
		if rs, _ := a.Store().SavedReplies(ctx, shop.ID); len(rs) != 0 {
			t.Fatalf("invalid forms stored %d replies", len(rs))
		}
	})

	var ref string
	t.Run("create, edit, delete", func(t *testing.T) {
		rec, _ := post(t, h, "/app/saved-replies/new", url.Values{"title": {"Restock"},
			"text.en": {"It is back in stock next week."}, "text.ar": {"سيعود المنتج إلى المخزون الأسبوع المقبل."}}, "")
		if rec.Code != http.StatusSeeOther {
			t.Fatalf("create: %d", rec.Code)
		}
		loc := rec.Header().Get("Location")
		ref = strings.TrimSuffix(strings.TrimPrefix(loc, "/app/saved-replies/"), "?saved=1")
		if !strings.HasPrefix(ref, "own:") {
			t.Fatalf("redirect %q", loc)
		}
		_, doc := get(t, h, "/app/saved-replies/"+ref)
		if got := doc.Find(`textarea[name="text.ar"]`).Text(); got != "سيعود المنتج إلى المخزون الأسبوع المقبل." {
			t.Fatalf("Arabic text in the editor %q", got)
		}
		rec, _ = post(t, h, "/app/saved-replies/"+ref, url.Values{"title": {"Restock soon"},
			"text.en": {"Back in stock on Monday."}, "text.ar": {"سيعود المنتج إلى المخزون يوم الاثنين."}}, "")
		if rec.Code != http.StatusSeeOther {
			t.Fatalf("edit: %d", rec.Code)
		}
		if rec, _ := post(t, h, "/app/conversations/editor-ar/saved-reply", url.Values{"saved_reply": {ref}}, ""); rec.Code != http.StatusSeeOther {
			t.Fatalf("send: %d", rec.Code)
		}
		if last := lastMessage(t, a, shop.ID, "editor-ar"); last.Text != "سيعود المنتج إلى المخزون يوم الاثنين." || last.Language != "ar" {
			t.Fatalf("sent %q (%s), want the edited Arabic text", last.Text, last.Language)
		}
		if rec, _ := post(t, h, "/app/saved-replies/"+ref+"/delete", nil, ""); rec.Code != http.StatusSeeOther {
			t.Fatalf("delete: %d", rec.Code)
		}
		if rec, _ := get(t, h, "/app/saved-replies/"+ref); rec.Code != http.StatusNotFound {
			t.Fatalf("deleted reply: %d", rec.Code)
		}
	})

	t.Run("edit a starter, then reset it", func(t *testing.T) {
		starter := inbox.Starters[2] // delay_apology
		sref := "starter:" + starter.Key
		form := url.Values{"title": {"Sorry for the wait"}, "text.en": {"So sorry, it ships tomorrow."},
			"text.ar": {"نعتذر جدًا، سيُشحن طلبك غدًا."}}
		if rec, _ := post(t, h, "/app/saved-replies/"+sref, form, ""); rec.Code != http.StatusSeeOther {
			t.Fatalf("edit starter: %d", rec.Code)
		}
		// A second save updates the same edit rather than adding another.
		if rec, _ := post(t, h, "/app/saved-replies/"+sref, form, ""); rec.Code != http.StatusSeeOther {
			t.Fatalf("edit starter again: %d", rec.Code)
		}
		_, doc := get(t, h, "/app/saved-replies")
		if n := doc.Find(tid("saved-reply-row")).Length(); n != len(inbox.Starters) {
			t.Fatalf("%d rows after editing a starter, want %d (the edit replaces it)", n, len(inbox.Starters))
		}
		if rec, _ := post(t, h, "/app/conversations/editor-ar/saved-reply", url.Values{"saved_reply": {sref}}, ""); rec.Code != http.StatusSeeOther {
			t.Fatalf("send: %d", rec.Code)
		}
		if last := lastMessage(t, a, shop.ID, "editor-ar"); last.Text != "نعتذر جدًا، سيُشحن طلبك غدًا." {
			t.Fatalf("sent %q, want the merchant's Arabic edit", last.Text)
		}
		if rec, _ := post(t, h, "/app/saved-replies/"+sref+"/delete", nil, ""); rec.Code != http.StatusSeeOther {
			t.Fatalf("reset: %d", rec.Code)
		}
		_, doc = get(t, h, "/app/saved-replies/"+sref)
		if got := doc.Find(`textarea[name="text.ar"]`).Text(); got != starter.Texts["ar"] {
			t.Fatalf("after reset the Arabic text is %q, want the shipped one", got)
		}
		if rec, _ := post(t, h, "/app/saved-replies/"+sref+"/delete", nil, ""); rec.Code != http.StatusConflict {
			t.Fatalf("deleting a shipped starter: %d, want 409", rec.Code)
		}
	})

	t.Run("unknown and other shops' replies", func(t *testing.T) {
		other, err := a.Store().EnsureShop(ctx, "other-editor.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		theirs := &db.SavedReply{ShopID: other.ID, Title: "Theirs", Texts: db.NewJSON(map[string]string{"en": "x"})}
		if err := a.Store().SaveSavedReply(ctx, theirs); err != nil {
			t.Fatal(err)
		}
		for _, ref := range []string{"starter:nope", "own:999999", inbox.Reply{ID: theirs.ID}.Ref(), "garbage"} {
			if rec, _ := get(t, h, "/app/saved-replies/"+ref); rec.Code != http.StatusNotFound {
				t.Errorf("GET %s: %d, want 404", ref, rec.Code)
			}
			if rec, _ := post(t, h, "/app/saved-replies/"+ref, url.Values{"title": {"x"}, "text.en": {"y"}}, ""); rec.Code != http.StatusNotFound {
				t.Errorf("POST %s: %d, want 404", ref, rec.Code)
			}
		}
		if r, err := a.Store().SavedReply(ctx, other.ID, theirs.ID); err != nil || r.Title != "Theirs" {
			t.Fatalf("other shop's reply changed: %+v %v", r, err)
		}
	})
}

func lastMessage(t *testing.T, a *app.App, shopID int64, id string) db.Message {
	t.Helper()
	msgs, err := a.Store().ConversationMessages(context.Background(), shopID, id)
	if err != nil || len(msgs) == 0 {
		t.Fatalf("messages of %s: %v", id, err)
	}
	return msgs[len(msgs)-1]
}
