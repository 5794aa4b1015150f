package app_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"shopassist/db"
)

// TestDataRequestExportDownload: a customers/data_request export is listed
// on the admin's data-requests page and downloads as a JSON attachment;
// another shop's export is a 404, like a wrong id.
func TestDataRequestExportDownload(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, time.Now())
	mine := installTenant(t, e, shopName)
	rival := installTenant(t, e, rivalShop)
	conv := &db.Conversation{ID: "conv-ana", ShopID: mine.shop.ID, TokenHash: "h", CustomerEmail: "ana@example.com", Language: "es"}
	if err := e.store.CreateConversation(ctx, conv); err != nil {
		t.Fatal(err)
	}
	if err := e.store.AppendMessages(ctx, conv.ID, &db.Message{ShopID: mine.shop.ID, Role: db.RoleShopper,
		Text: "¿dónde está mi pedido?"}); err != nil {
		t.Fatal(err)
	}
	exp, err := e.store.CreateCustomerExport(ctx, mine.shop.ID, 9999, db.CustomerRef{Email: "ana@example.com"}, nil, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	other, err := e.store.CreateCustomerExport(ctx, rival.shop.ID, 4242, db.CustomerRef{Email: "rival@example.com"}, nil, time.Now())
	if err != nil {
		t.Fatal(err)
	}

	rec := e.as(t, mine, http.MethodGet, "/app/privacy", nil)
	if rec.Code != http.StatusOK {
		t.Fatalf("page: %d %s", rec.Code, rec.Body)
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(rec.Body.String()))
	if err != nil {
		t.Fatal(err)
	}
	rows := doc.Find(tid("export-row"))
	if rows.Length() != 1 || !strings.Contains(rows.Text(), "ana@example.com") || !strings.Contains(rows.Text(), "1 conversation ·") {
		t.Fatalf("export rows: %d %q", rows.Length(), rows.Text())
	}
	if strings.Contains(rec.Body.String(), "rival@example.com") {
		t.Fatal("another shop's export listed")
	}
	href, _ := rows.Find(tid("export-download")).Attr("href")
	if name, _ := rows.Find(tid("export-download")).Attr("data-download"); !strings.HasPrefix(href, "/app/privacy/exports/") ||
		name != "data-request-9999.json" {
		t.Fatalf("download link %q name %q", href, name)
	}

	dl := e.as(t, mine, http.MethodGet, href, nil)
	if dl.Code != http.StatusOK {
		t.Fatalf("download: %d %s", dl.Code, dl.Body)
	}
	if cd := dl.Header().Get("Content-Disposition"); cd != `attachment; filename="data-request-9999.json"` {
		t.Errorf("Content-Disposition %q", cd)
	}
	if ct := dl.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q", ct)
	}
	var data db.CustomerExportData
	if err := json.Unmarshal(dl.Body.Bytes(), &data); err != nil {
		t.Fatal(err)
	}
	if data.DataRequestID != 9999 || len(data.Conversations) != 1 || data.Conversations[0].Messages[0].Text != "¿dónde está mi pedido?" {
		t.Fatalf("export document: %+v", data)
	}

	for _, path := range []string{"/app/privacy/exports/" + itoa64(other.ID), "/app/privacy/exports/abc",
		"/app/privacy/exports/" + itoa64(exp.ID+1000)} {
		if rec := e.as(t, mine, http.MethodGet, path, nil); rec.Code != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", path, rec.Code)
		}
	}
}

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }
