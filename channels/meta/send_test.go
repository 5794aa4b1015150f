package meta_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"shopassist/assistant"
	"shopassist/channels"
	"shopassist/channels/meta"
	"shopassist/channels/meta/metatest"
	"shopassist/db"
	"shopassist/secretbox"
)

func testBox(t *testing.T) *secretbox.Box {
	t.Helper()
	box, err := secretbox.New([]byte("0123456789abcdef0123456789abcdef"))
	if err != nil {
		t.Fatal(err)
	}
	return box
}

// sealed is an account of channel at address holding token.
func sealed(t *testing.T, box *secretbox.Box, channel, address, token string, settings map[string]string) *db.ChannelAccount {
	t.Helper()
	a := &db.ChannelAccount{ID: 3, Channel: channel, Address: address, Settings: db.NewJSON(settings)}
	if err := meta.SealCredentials(box, a, meta.Credentials{AccessToken: token}); err != nil {
		t.Fatal(err)
	}
	return a
}

func TestCredentials(t *testing.T) {
	box := testBox(t)
	a := sealed(t, box, "whatsapp", "111", "EAAG-secret", nil)
	if strings.Contains(string(a.CredentialsEnc), "EAAG-secret") {
		t.Fatal("the token is stored in clear")
	}
	c, err := meta.OpenCredentials(box, a)
	if err != nil || c.AccessToken != "EAAG-secret" {
		t.Fatalf("open = %+v, %v", c, err)
	}
	// The sealed token is bound to its account: copied onto another
	// address or channel it does not open.
	for _, other := range []*db.ChannelAccount{
		{ID: 4, Channel: "whatsapp", Address: "222", CredentialsEnc: a.CredentialsEnc},
		{ID: 5, Channel: "messenger", Address: "111", CredentialsEnc: a.CredentialsEnc},
	} {
		if _, err := meta.OpenCredentials(box, other); err == nil {
			t.Errorf("credentials of whatsapp/111 opened on %s/%s", other.Channel, other.Address)
		}
	}
	if _, err := meta.OpenCredentials(box, &db.ChannelAccount{ID: 6, Channel: "whatsapp"}); err == nil ||
		!strings.Contains(err.Error(), "no credentials") {
		t.Errorf("account without credentials: %v", err)
	}
	otherBox, err := secretbox.New([]byte("fedcba9876543210fedcba9876543210"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := meta.OpenCredentials(otherBox, a); err == nil {
		t.Error("credentials opened under another key")
	}
}

func TestTemplates(t *testing.T) {
	box := testBox(t)
	conv := &db.Conversation{Language: "pt-BR"}
	for _, tc := range []struct {
		name     string
		settings map[string]string
		conv     *db.Conversation
		text     string
		wantName string
		wantLang string
		wantText string
	}{
		{"no template configured", nil, conv, "hi", "", "", ""},
		{"the conversation's language, underscored", map[string]string{meta.SettingAgentTemplate: "agent_reply"}, conv,
			"Olá!\n\nSeu pedido\tfoi enviado.", "agent_reply", "pt_BR", "Olá! Seu pedido foi enviado."},
		{"the account's language wins", map[string]string{meta.SettingAgentTemplate: "agent_reply", meta.SettingTemplateLanguage: "pt_PT"},
			conv, "x", "agent_reply", "pt_PT", "x"},
		{"English without a conversation language", map[string]string{meta.SettingAgentTemplate: "agent_reply"},
			&db.Conversation{}, "x", "agent_reply", "en", "x"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := sealed(t, box, "whatsapp", "111", "tok", tc.settings)
			got := (&meta.WhatsApp{}).AgentTemplate(a, tc.conv, tc.text)
			if tc.wantName == "" {
				if got != nil {
					t.Fatalf("template %+v without a configured name", got)
				}
				return
			}
			if got == nil || got.Name != tc.wantName || got.Language != tc.wantLang || len(got.Params) != 1 || got.Params[0] != tc.wantText {
				t.Fatalf("template %+v, want %s/%s with %q", got, tc.wantName, tc.wantLang, tc.wantText)
			}
		})
	}

	t.Run("a long agent reply is clipped to the parameter limit", func(t *testing.T) {
		a := sealed(t, box, "whatsapp", "111", "tok", map[string]string{meta.SettingAgentTemplate: "agent_reply"})
		got := (&meta.WhatsApp{}).AgentTemplate(a, conv, strings.Repeat("palavra ", 400))
		if n := utf8.RuneCountInString(got.Params[0]); n > 1024 || !strings.HasSuffix(got.Params[0], "…") {
			t.Errorf("parameter of %d runes ending %q", n, got.Params[0][len(got.Params[0])-5:])
		}
	})

	t.Run("delivery care", func(t *testing.T) {
		a := sealed(t, box, "whatsapp", "111", "tok", nil)
		if got := meta.DeliveryCareTemplate(a, conv, "x"); got != nil {
			t.Fatalf("template %+v without a configured name", got)
		}
		a = sealed(t, box, "whatsapp", "111", "tok", map[string]string{meta.SettingDeliveryTemplate: "delivery_care"})
		got := meta.DeliveryCareTemplate(a, conv, "Hana", "#1001\nDHL", " JJD 0001 ")
		want := []string{"Hana", "#1001 DHL", "JJD 0001"}
		if got == nil || got.Name != "delivery_care" || got.Language != "pt_BR" || strings.Join(got.Params, "|") != strings.Join(want, "|") {
			t.Fatalf("template %+v, want delivery_care pt_BR %q", got, want)
		}
	})

	if w, m := (&meta.WhatsApp{}), (&meta.Messenger{}); w.Window() != 24*time.Hour || m.Window() != 24*time.Hour || m.HumanAgentWindow() != 7*24*time.Hour {
		t.Errorf("windows: whatsapp %v messenger %v human agent %v", w.Window(), m.Window(), m.HumanAgentWindow())
	}
}

// waSetup is a WhatsApp sender against the fake Graph API.
func waSetup(t *testing.T) (*meta.WhatsApp, *metatest.Graph, *db.ChannelAccount, time.Time) {
	t.Helper()
	box := testBox(t)
	g := metatest.NewGraph()
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	g.Now = func() time.Time { return now }
	g.AllowToken("wa-token", "111")
	a := sealed(t, box, "whatsapp", "111", "wa-token", nil)
	return &meta.WhatsApp{Client: &meta.Client{BaseURL: "http://graph.test/", Version: "v99.0", Box: box,
		HTTP: &http.Client{Transport: metatest.Transport(g)}}}, g, a, now
}

// TestWhatsAppSendWindow: free-form text only within 24 hours of the
// shopper's last message; an approved template at any time.
func TestWhatsAppSendWindow(t *testing.T) {
	tpl := &channels.Template{Name: "agent_reply", Language: "de", Params: []string{"Ihre Bestellung ist unterwegs."}}
	for _, tc := range []struct {
		name     string
		wrote    time.Duration // 0: never
		template *channels.Template
		wantErr  int
	}{
		{"text inside the window", 23 * time.Hour, nil, 0},
		{"text after the window", 25 * time.Hour, nil, 131047},
		{"text to someone who never wrote", 0, nil, 131047},
		{"template after the window", 30 * 24 * time.Hour, tpl, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w, g, a, now := waSetup(t)
			if tc.wrote != 0 {
				g.Inbound("111", "4915112345678", now.Add(-tc.wrote))
			}
			id, err := w.Send(context.Background(), a, &db.Conversation{ChannelAddress: "4915112345678"},
				channels.Outbound{Text: "Hallo!", Template: tc.template})
			if tc.wantErr != 0 {
				var ge *meta.GraphError
				if !errors.As(err, &ge) || ge.Code != tc.wantErr || ge.HTTPStatus != http.StatusBadRequest {
					t.Fatalf("err %v, want Graph error #%d", err, tc.wantErr)
				}
				if id != "" || len(g.Sent()) != 0 {
					t.Fatalf("id %q, sent %v after a refusal", id, g.Sent())
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			sent := g.SentTo("4915112345678")
			if len(sent) != 1 || sent[0].ID != id {
				t.Fatalf("sent %+v, returned id %q", sent, id)
			}
			if tc.template != nil {
				if sent[0].Type != "template" || sent[0].Text != "[template agent_reply]" {
					t.Fatalf("sent %+v, want the template", sent[0])
				}
				params := sent[0].Body["template"].(map[string]any)["components"].([]any)[0].(map[string]any)["parameters"].([]any)
				if p := params[0].(map[string]any); p["text"] != "Ihre Bestellung ist unterwegs." || p["type"] != "text" {
					t.Errorf("template parameter %v", p)
				}
			}
		})
	}
}

// TestWhatsAppSendSplitsAndStopsAtFailure: a long reply goes as several
// messages, the id returned is the last delivered, and a refusal midway
// returns the id of what did go out.
func TestWhatsAppSendSplitsAndStopsAtFailure(t *testing.T) {
	w, g, a, now := waSetup(t)
	g.Inbound("111", "u1", now)
	long := strings.Repeat("Unsere Rückgabefrist beträgt dreißig Tage ab Lieferung. ", 150) // ≈ 8,400 runes
	id, err := w.Send(context.Background(), a, &db.Conversation{ChannelAddress: "u1"}, channels.Outbound{Text: long})
	if err != nil {
		t.Fatal(err)
	}
	sent := g.SentTo("u1")
	if len(sent) < 3 || sent[len(sent)-1].ID != id {
		t.Fatalf("%d messages, last id %q returned %q", len(sent), sent[len(sent)-1].ID, id)
	}
	var total int
	for _, s := range sent {
		total += len(strings.Fields(s.Text))
	}
	if total != len(strings.Fields(long)) {
		t.Errorf("%d words sent, want %d", total, len(strings.Fields(long)))
	}

	// Now the provider refuses the second message of a reply with buttons.
	w2, g2, a2, now2 := waSetup(t)
	g2.Inbound("111", "u2", now2)
	firstOK := &failAfter{h: g2, n: 1}
	w2.Client.HTTP = &http.Client{Transport: metatest.Transport(firstOK)}
	id, err = w2.Send(context.Background(), a2, &db.Conversation{ChannelAddress: "u2"},
		channels.Outbound{Text: strings.Repeat("Sentence of the answer. ", 80), QuickReplies: []string{"Yes", "No"}})
	var ge *meta.GraphError
	if !errors.As(err, &ge) || ge.HTTPStatus != http.StatusInternalServerError || ge.Message != "Internal Server Error" {
		t.Fatalf("err %v, want the 500 as a GraphError with the status text", err)
	}
	if sent := g2.Sent(); len(sent) != 1 || id != sent[0].ID {
		t.Fatalf("returned %q after sending %+v", id, sent)
	}
}

// failAfter passes n requests to h, then answers 500 with a body that is
// not Graph's error object.
type failAfter struct {
	h http.Handler
	n int
}

func (f *failAfter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if f.n > 0 {
		f.n--
		f.h.ServeHTTP(w, r)
		return
	}
	http.Error(w, "<html>upstream error</html>", http.StatusInternalServerError)
}

// TestGraphAnswers: what the client makes of unusual Graph answers.
func TestGraphAnswers(t *testing.T) {
	for _, tc := range []struct {
		name   string
		status int
		body   string
		check  func(t *testing.T, id string, err error)
	}{
		{"Graph's error object", http.StatusForbidden, `{"error":{"message":"(#200) Permissions error","type":"OAuthException","code":200,"error_subcode":33}}`,
			func(t *testing.T, _ string, err error) {
				var ge *meta.GraphError
				if !errors.As(err, &ge) || ge.Code != 200 || ge.Subcode != 33 || ge.Type != "OAuthException" || ge.HTTPStatus != 403 {
					t.Fatalf("err %#v", err)
				}
				if !strings.Contains(err.Error(), "graph api 403: (#200)") {
					t.Errorf("message %q", err.Error())
				}
			}},
		{"success without a message id", http.StatusOK, `{"messaging_product":"whatsapp","messages":[]}`,
			func(t *testing.T, id string, err error) {
				if err == nil || !strings.Contains(err.Error(), "no message id") || id != "" {
					t.Fatalf("id %q err %v", id, err)
				}
			}},
		{"success that is not JSON", http.StatusOK, `<html>ok</html>`,
			func(t *testing.T, _ string, err error) {
				if err == nil || !strings.Contains(err.Error(), "decode answer") {
					t.Fatalf("err %v", err)
				}
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var gotAuth, gotPath string
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				gotAuth, gotPath = r.Header.Get("Authorization"), r.URL.Path
				w.WriteHeader(tc.status)
				fmt.Fprint(w, tc.body)
			}))
			defer srv.Close()
			box := testBox(t)
			a := sealed(t, box, "whatsapp", "555", "tok-555", nil)
			w := &meta.WhatsApp{Client: &meta.Client{BaseURL: srv.URL, Box: box}}
			id, err := w.Send(context.Background(), a, &db.Conversation{ChannelAddress: "u"}, channels.Outbound{Text: "hi"})
			tc.check(t, id, err)
			if gotAuth != "Bearer tok-555" || gotPath != "/"+meta.DefaultGraphVersion+"/555/messages" {
				t.Errorf("request %s with %q", gotPath, gotAuth)
			}
		})
	}

	t.Run("unreachable", func(t *testing.T) {
		srv := httptest.NewServer(http.NotFoundHandler())
		srv.Close()
		box := testBox(t)
		w := &meta.WhatsApp{Client: &meta.Client{BaseURL: srv.URL, Box: box}}
		_, err := w.Send(context.Background(), sealed(t, box, "whatsapp", "555", "t", nil), &db.Conversation{ChannelAddress: "u"},
			channels.Outbound{Text: "hi"})
		if err == nil || !strings.HasPrefix(err.Error(), "graph api: ") {
			t.Fatalf("err %v", err)
		}
	})

	t.Run("credentials that do not open are never sent", func(t *testing.T) {
		called := false
		srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { called = true }))
		defer srv.Close()
		w := &meta.WhatsApp{Client: &meta.Client{BaseURL: srv.URL, Box: testBox(t)}}
		_, err := w.Send(context.Background(), &db.ChannelAccount{ID: 9, Channel: "whatsapp", Address: "555"},
			&db.Conversation{ChannelAddress: "u"}, channels.Outbound{Text: "hi"})
		if err == nil || called {
			t.Fatalf("err %v, called %v", err, called)
		}
	})
}

// TestOrderCardsAsText: channels without rich cards write the order's
// status and tracking into the text.
func TestOrderCardsAsText(t *testing.T) {
	w, g, a, now := waSetup(t)
	g.Inbound("111", "u", now)
	out := channels.Outbound{Text: "Here is your order:", Cards: []assistant.Card{{Type: "order", OrderName: "#1001",
		StatusText: "On its way", Shipments: []assistant.Shipment{
			{Carrier: "DHL", TrackingNumber: "JJD0001", StatusText: "In transit", EstimatedDelivery: "Dec 3",
				TrackingURL: "https://dhl.example/JJD0001"},
			{StatusText: " "}, // nothing to say: no empty line
		}}}}
	if _, err := w.Send(context.Background(), a, &db.Conversation{ChannelAddress: "u"}, out); err != nil {
		t.Fatal(err)
	}
	want := "Here is your order:\n\n#1001: On its way\nDHL · JJD0001 · In transit · Dec 3\nhttps://dhl.example/JJD0001"
	if sent := g.SentTo("u"); len(sent) != 1 || sent[0].Text != want {
		t.Fatalf("sent %+v\nwant %q", sent, want)
	}
}

// TestMessengerSendShapes: product cards as one generic template of at
// most 10 elements, quick replies (≤ 13) on the last message, Instagram's
// lower text limit.
func TestMessengerSendShapes(t *testing.T) {
	yes := true
	var cards []assistant.Card
	for i := range 12 {
		cards = append(cards, assistant.Card{Type: "product", Title: fmt.Sprintf("Trail Runner GTX Waterproof Edition %d", i),
			Price: "129.00", Currency: "EUR", URL: fmt.Sprintf("https://shop.example/p/%d", i), ImageURL: "https://cdn.example/i.jpg", Available: &yes})
	}
	var quick []string
	for i := range 15 {
		quick = append(quick, fmt.Sprintf("Option number %d with a long label", i))
	}
	for _, instagram := range []bool{false, true} {
		t.Run(fmt.Sprintf("instagram=%v", instagram), func(t *testing.T) {
			box := testBox(t)
			g := metatest.NewGraph()
			g.AllowToken("page-token", "page")
			g.Inbound("page", "psid", time.Now())
			m := &meta.Messenger{Instagram: instagram, Client: &meta.Client{BaseURL: "http://graph.test", Box: box,
				HTTP: &http.Client{Transport: metatest.Transport(g)}}}
			a := sealed(t, box, "messenger", "page", "page-token", nil)
			text := strings.Repeat("Our trail shoes are waterproof and light. ", 40) // ≈ 1,700 runes
			id, err := m.Send(context.Background(), a, &db.Conversation{ChannelAddress: "psid"},
				channels.Outbound{Text: text, Cards: cards, QuickReplies: quick})
			if err != nil {
				t.Fatal(err)
			}
			sent := g.SentTo("psid")
			wantTexts, limit := 1, 2000
			if instagram {
				wantTexts, limit = 2, 1000
			}
			if len(sent) != wantTexts+1 || sent[len(sent)-1].ID != id {
				t.Fatalf("%d messages (want %d texts and a template), last id %q", len(sent), wantTexts, id)
			}
			for _, s := range sent[:wantTexts] {
				if s.Type != "text" || utf8.RuneCountInString(s.Text) > limit {
					t.Errorf("text part %s of %d runes (limit %d)", s.Type, utf8.RuneCountInString(s.Text), limit)
				}
				if _, ok := s.Body["message"].(map[string]any)["quick_replies"]; ok {
					t.Error("quick replies on a message before the last")
				}
			}
			last := sent[len(sent)-1].Body["message"].(map[string]any)
			els := last["attachment"].(map[string]any)["payload"].(map[string]any)["elements"].([]any)
			if len(els) != 10 {
				t.Errorf("%d elements, want 10", len(els))
			}
			el := els[0].(map[string]any)
			if el["subtitle"] != "129.00 EUR" || el["image_url"] != "https://cdn.example/i.jpg" ||
				el["default_action"].(map[string]any)["url"] != "https://shop.example/p/0" {
				t.Errorf("element %v", el)
			}
			qrs := last["quick_replies"].([]any)
			if len(qrs) != 13 {
				t.Errorf("%d quick replies, want 13", len(qrs))
			}
			q := qrs[0].(map[string]any)
			if utf8.RuneCountInString(q["title"].(string)) > 20 || q["payload"] != quick[0] {
				t.Errorf("quick reply %v: title over 20 runes or payload not the full label", q)
			}
		})
	}
}

// A delivery-care notice on Messenger has no template: its parameters are
// sent as text.
func TestMessengerTemplateAsText(t *testing.T) {
	box := testBox(t)
	g := metatest.NewGraph()
	g.AllowToken("page-token", "page")
	g.Inbound("page", "psid", time.Now())
	m := &meta.Messenger{Client: &meta.Client{BaseURL: "http://graph.test", Box: box, HTTP: &http.Client{Transport: metatest.Transport(g)}}}
	_, err := m.Send(context.Background(), sealed(t, box, "messenger", "page", "page-token", nil), &db.Conversation{ChannelAddress: "psid"},
		channels.Outbound{Text: "ignored", Template: &channels.Template{Name: "delivery_care", Params: []string{"Your parcel is late.", "We are on it."}}})
	if err != nil {
		t.Fatal(err)
	}
	if sent := g.SentTo("psid"); len(sent) != 1 || sent[0].Text != "Your parcel is late.\nWe are on it." {
		t.Fatalf("sent %+v", sent)
	}
}
