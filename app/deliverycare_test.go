package app_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"shopassist/app"
	"shopassist/db"
	"shopassist/deliverycare"
)

// seedRisk records a delay on the first shipment of a demo order.
func seedRisk(t *testing.T, a *app.App, number int64) (*db.Shop, *db.Order, *db.ShipmentRisk) {
	t.Helper()
	ctx := context.Background()
	shop, err := a.Store().GetShop(ctx, app.DemoShop)
	if err != nil {
		t.Fatal(err)
	}
	o, err := a.Store().GetOrderByNumber(ctx, shop.ID, number)
	if err != nil || len(o.Fulfillments) == 0 {
		t.Fatalf("order #%d: %v", number, err)
	}
	r := &db.ShipmentRisk{ShopID: shop.ID, OrderID: o.ID, FulfillmentID: o.Fulfillments[0].ID, Kind: deliverycare.KindDelayed,
		EventKey: time.Now().UTC().Format(time.DateOnly), DetectedAt: time.Now().Add(-3 * time.Hour)}
	if _, err := a.Store().RecordShipmentRisk(ctx, r); err != nil {
		t.Fatal(err)
	}
	return shop, o, r
}

func TestDeliveryCarePage(t *testing.T) {
	a := newDemoApp(t)
	h := a.Handler()
	ctx := context.Background()
	shop, o, r := seedRisk(t, a, 1034)
	if err := a.Store().FinishRiskNotice(ctx, r.ID, db.RiskNoticeUpdate{Status: db.NoticeSent, Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	rec, doc := get(t, h, "/app/delivery-care")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	row := doc.Find(tid("risk-row"))
	if row.Length() != 1 || !strings.Contains(row.Text(), o.Name) || !strings.Contains(row.Text(), "Carrier reports a delay") ||
		!strings.Contains(row.Text(), "3 h") || strings.TrimSpace(row.Find(tid("risk-notice")).Text()) != "Sent" {
		t.Fatalf("risk row: %q", row.Text())
	}
	// Send again puts the notice back in the queue.
	rec, _ = post(t, h, "/app/delivery-care/"+itoa(int(r.ID))+"/resend", url.Values{}, "")
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("resend: %d", rec.Code)
	}
	got, err := a.Store().GetShipmentRisk(ctx, shop.ID, r.ID)
	if err != nil || got.NoticeStatus != db.NoticePending {
		t.Fatalf("after resend: %+v %v", got, err)
	}
	// Another id (or another shop's) is a 404, not a 500.
	if rec, _ := post(t, h, "/app/delivery-care/999999/resend", url.Values{}, ""); rec.Code != http.StatusNotFound {
		t.Errorf("unknown risk: %d", rec.Code)
	}
	// The resend needs the fetch header like every admin mutation.
	req := httpPostNoFetch("/app/delivery-care/" + itoa(int(r.ID)) + "/resend")
	rr := serve(h, req)
	if rr.Code == http.StatusSeeOther {
		t.Error("resend without X-Requested-With accepted")
	}
}

func TestCareUnsubscribe(t *testing.T) {
	a := newDemoApp(t)
	h := a.Handler()
	ctx := context.Background()
	shop, o, _ := seedRisk(t, a, 1034)
	link, err := url.Parse(a.CareUnsubscribeURL(shop.ID, o.ID, "de"))
	if err != nil {
		t.Fatal(err)
	}
	// GET only asks (mail scanners open links).
	rec, doc := get(t, h, link.RequestURI())
	if rec.Code != http.StatusOK || !strings.Contains(doc.Text(), "Keine Lieferupdates mehr zu Bestellung "+o.Name) {
		t.Fatalf("ask page: %d %q", rec.Code, doc.Text())
	}
	if f, _ := a.Store().GetOrderCareFlags(ctx, shop.ID, o.ID); f.UnsubscribedAt != nil {
		t.Fatal("GET unsubscribed")
	}
	form := url.Values{}
	doc.Find(`input[type="hidden"]`).Each(func(_ int, s *goquerySelection) {
		n, _ := s.Attr("name")
		v, _ := s.Attr("value")
		form.Set(n, v)
	})
	rec, doc = postPlain(t, h, link.Path, form)
	if rec.Code != http.StatusOK || !strings.Contains(doc.Text(), "Erledigt") {
		t.Fatalf("unsubscribe: %d %q", rec.Code, doc.Text())
	}
	f, err := a.Store().GetOrderCareFlags(ctx, shop.ID, o.ID)
	if err != nil || f.UnsubscribedAt == nil {
		t.Fatalf("not unsubscribed: %+v %v", f, err)
	}
	risks, err := a.Store().ListShopRisks(ctx, shop.ID, false, 10)
	if err != nil || len(risks) != 1 || risks[0].NoticeStatus != db.NoticeUnsubscribed {
		t.Fatalf("pending notice not dropped: %+v %v", risks, err)
	}
	// A link for another order, or a tampered one, is refused.
	q := link.Query()
	q.Set("o", itoa(int(o.ID+1)))
	if rec, _ := get(t, h, link.Path+"?"+q.Encode()); rec.Code != http.StatusBadRequest {
		t.Errorf("tampered link: %d", rec.Code)
	}
}

func TestDeliveryCareSettings(t *testing.T) {
	a := newDemoApp(t)
	h := a.Handler()
	form := url.Values{"accent_color": {"#112233"}, "text_color": {"#ffffff"}, "position": {"bottom-left"},
		"languages": {"en"}, "timezone": {"UTC"}, "return_window": {"30"}, "after_failed": {"2"}, "retention_days": {"90"},
		"care_section": {"1"}, "care_stall_days": {"3"}, "care_digest_email": {"ops@example.com"}, "care_compensate": {"on"},
		"care_comp_days": {"3"}, "care_comp_percent": {"10"}, "care_comp_max": {"20"}}
	for name, bad := range map[string][2]string{
		"stall days": {"care_stall_days", "0"}, "digest": {"care_digest_email", "nope"}, "percent": {"care_comp_percent", "150"},
		"max": {"care_comp_max", "-5"},
	} {
		f := url.Values{}
		for k, v := range form {
			f[k] = v
		}
		f.Set(bad[0], bad[1])
		rec, doc := post(t, h, "/app/settings", f, "")
		if rec.Code != http.StatusUnprocessableEntity || doc.Find(tid("error-"+bad[0])).Length() != 1 {
			t.Errorf("%s: status %d, inline error %d", name, rec.Code, doc.Find(tid("error-"+bad[0])).Length())
		}
	}
	if rec, _ := post(t, h, "/app/settings", form, ""); rec.Code != http.StatusSeeOther {
		t.Fatalf("save: %d", rec.Code)
	}
	shop, _ := a.Store().GetShop(context.Background(), app.DemoShop)
	d := shop.Settings.V.DeliveryCare
	if !d.NoticesOff || d.StallDays() != 3 || d.DigestEmail != "ops@example.com" || !d.Compensation.Enabled ||
		d.Compensation.LateDays != 3 || d.Compensation.Percent != 10 || d.Compensation.MaxAmount != 20 {
		t.Fatalf("saved delivery care settings wrong: %+v", d)
	}
	_, doc := get(t, h, "/app/settings")
	if doc.Find(tid("settings-delivery-care")).Length() != 1 {
		t.Error("no Delivery care section")
	}
}

type goquerySelection = goquery.Selection

func httpPostNoFetch(path string) *http.Request {
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(""))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return req
}

func serve(h http.Handler, req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// postPlain submits a form as a browser does from a plain HTML page.
func postPlain(t *testing.T, h http.Handler, path string, form url.Values) (*httptest.ResponseRecorder, *goquery.Document) {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := serve(h, req)
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(rec.Body.String()))
	if err != nil {
		t.Fatal(err)
	}
	return rec, doc
}
