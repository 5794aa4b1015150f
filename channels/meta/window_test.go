package meta_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"shopassist/channels"
	"shopassist/channels/meta"
	"shopassist/channels/meta/metatest"
	"shopassist/db"
	"shopassist/secretbox"
)

// TestMessengerWindowAgainstFakeGraph: the Messenger sender's
// messaging_type against the fake Graph API, which applies Meta's window
// rules (RESPONSE within 24 hours, the HUMAN_AGENT tag within 7 days) and
// answers Meta's documented error (#10, subcode 2018278) otherwise.
func TestMessengerWindowAgainstFakeGraph(t *testing.T) {
	box, err := secretbox.New([]byte("0123456789abcdef0123456789abcdef"))
	if err != nil {
		t.Fatal(err)
	}
	const page, psid = "104000000000001", "6001234567890123"
	tests := []struct {
		name       string
		wrote      time.Duration // how long ago the shopper wrote; 0: never
		humanAgent bool
		wantType   string
		wantCode   int
	}{
		{"response inside 24 hours", time.Hour, false, "RESPONSE", 0},
		{"response after 24 hours", 25 * time.Hour, false, "", 10},
		{"human agent after 3 days", 72 * time.Hour, true, "MESSAGE_TAG", 0},
		{"human agent inside 24 hours", time.Hour, true, "MESSAGE_TAG", 0},
		{"human agent after 8 days", 8 * 24 * time.Hour, true, "", 10},
		{"never wrote", 0, false, "", 10},
	}
	for _, instagram := range []bool{false, true} {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				g := metatest.NewGraph()
				now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
				g.Now = func() time.Time { return now }
				g.AllowToken("page-token", page)
				if tt.wrote != 0 {
					g.Inbound(page, psid, now.Add(-tt.wrote))
				}
				acct := &db.ChannelAccount{ID: 1, Channel: "messenger", Address: page}
				if err := meta.SealCredentials(box, acct, meta.Credentials{AccessToken: "page-token"}); err != nil {
					t.Fatal(err)
				}
				m := &meta.Messenger{Instagram: instagram, Client: &meta.Client{BaseURL: "http://graph.test", Box: box,
					HTTP: &http.Client{Transport: metatest.Transport(g)}}}
				conv := &db.Conversation{ChannelAddress: psid}
				_, err := m.Send(context.Background(), acct, conv, channels.Outbound{Text: "Hi, Marta here.", HumanAgent: tt.humanAgent})
				if tt.wantCode != 0 {
					var ge *meta.GraphError
					if !errors.As(err, &ge) || ge.Code != tt.wantCode || ge.Subcode != 2018278 || ge.HTTPStatus != http.StatusBadRequest {
						t.Fatalf("err %v, want Graph error (#%d) subcode 2018278", err, tt.wantCode)
					}
					if len(g.Sent()) != 0 {
						t.Fatal("the fake accepted a message outside the window")
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				sent := g.SentTo(psid)
				if len(sent) != 1 || sent[0].Body["messaging_type"] != tt.wantType {
					t.Fatalf("sent %+v, want messaging_type %s", sent, tt.wantType)
				}
				if tag, _ := sent[0].Body["tag"].(string); (tt.wantType == "MESSAGE_TAG") != (tag == "HUMAN_AGENT") {
					t.Fatalf("tag %q with messaging_type %s", tag, tt.wantType)
				}
			})
		}
	}
}

// TestFakeGraphSendAPIParams: the fake refuses what the Send API refuses.
func TestFakeGraphSendAPIParams(t *testing.T) {
	g := metatest.NewGraph()
	g.AllowToken("tok", "page")
	g.Inbound("page", "u", time.Now())
	tests := []struct {
		name string
		body map[string]any
		want int
	}{
		{"no messaging_type", map[string]any{}, 100},
		{"unknown tag", map[string]any{"messaging_type": "MESSAGE_TAG", "tag": "SHIPPING_UPDATE"}, 100},
		{"tag without MESSAGE_TAG", map[string]any{"messaging_type": "RESPONSE", "tag": "HUMAN_AGENT"}, 100},
		{"response", map[string]any{"messaging_type": "RESPONSE"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.body["recipient"] = map[string]any{"id": "u"}
			tt.body["message"] = map[string]any{"text": "hello"}
			code := postFake(t, g, tt.body)
			if code != tt.want {
				t.Fatalf("error code %d, want %d", code, tt.want)
			}
		})
	}
}

// postFake posts body to the fake's /me/messages and returns the Graph
// error code (0 on success).
func postFake(t *testing.T, g *metatest.Graph, body map[string]any) int {
	t.Helper()
	b, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, "/v23.0/me/messages", bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer tok")
	rec := httptest.NewRecorder()
	g.ServeHTTP(rec, req)
	if rec.Code == http.StatusOK {
		return 0
	}
	var e struct {
		Error struct {
			Code int `json:"code"`
		} `json:"error"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil {
		t.Fatalf("answer %d %s: %v", rec.Code, rec.Body, err)
	}
	return e.Error.Code
}
