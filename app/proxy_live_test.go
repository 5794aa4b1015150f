package app_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"shopassist/db"
)

type liveHistory struct {
	Handoff  bool `json:"handoff"`
	Messages []struct {
		ID   string `json:"id"`
		Role string `json:"role"`
		Text string `json:"text"`
	} `json:"messages"`
}

// startHandoff opens a conversation that was handed to a human and returns
// its id, token and the id of the bot's last message.
func startHandoff(t *testing.T, e *env, now time.Time) (id, token, last string) {
	t.Helper()
	rec := e.do(t, proxyReq(t, http.MethodPost, "/proxy/chat", `{"message":"can I speak to a human agent please","locale":"en"}`, now, nil, nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("chat: %d %s", rec.Code, rec.Body)
	}
	var out struct {
		ID      string `json:"conversation_id"`
		Token   string `json:"conversation_token"`
		Message string `json:"message_id"`
		Handoff bool   `json:"handoff"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil || !out.Handoff {
		t.Fatalf("chat answer %s (%v): want a handoff", rec.Body, err)
	}
	return out.ID, out.Token, out.Message
}

func pollParams(token, after, wait string) func(url.Values) {
	return func(q url.Values) {
		q.Set("token", token)
		q.Set("after", after)
		if wait != "" {
			q.Set("wait", wait)
		}
	}
}

// TestLongPollDeliversAgentReplies: the widget's long poll answers at once
// when an agent reply is stored in this process (in-process wake-up) and
// within its database poll when another replica stored it, well before the
// wait runs out; bad parameters get a 400 and a wrong token a 404.
func TestLongPollDeliversAgentReplies(t *testing.T) {
	now := time.Now()
	e := newEnv(t, now)
	installShop(t, e)
	id, token, last := startHandoff(t, e, now)
	shop, err := e.store.GetShop(context.Background(), shopName)
	if err != nil {
		t.Fatal(err)
	}

	if rec := e.do(t, proxyReq(t, http.MethodGet, "/proxy/conversations/"+id, "", now, pollParams(token, last, "0"), nil)); rec.Code != http.StatusOK {
		t.Fatalf("poll without wait: %d %s", rec.Code, rec.Body)
	} else {
		var h liveHistory
		if err := json.Unmarshal(rec.Body.Bytes(), &h); err != nil || len(h.Messages) != 0 || !h.Handoff {
			t.Fatalf("poll without news: %s (%v)", rec.Body, err)
		}
	}

	tests := []struct {
		name  string
		store func() error
	}{
		{"reply stored by this process", func() error {
			_, err := e.store.AddAgentReply(context.Background(), shop.ID, id, "Hi, this is Sam from the team.", "en", time.Now())
			return err
		}},
		{"reply stored by another replica", func() error {
			// Appending directly fires no in-process hook, as on another server.
			return e.store.AppendMessages(context.Background(), id, &db.Message{ShopID: shop.ID, Role: db.RoleAgent,
				Text: "Sam again: your parcel left today.", Language: "en", Cards: db.NewJSON([]db.Card{}),
				Sources: db.NewJSON([]db.Source{})})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan *httptest.ResponseRecorder, 1)
			started := time.Now()
			go func() {
				done <- e.do(t, proxyReq(t, http.MethodGet, "/proxy/conversations/"+id, "", now, pollParams(token, last, "20"), nil))
			}()
			time.Sleep(300 * time.Millisecond) // let the request start waiting
			if err := tt.store(); err != nil {
				t.Fatal(err)
			}
			var rec *httptest.ResponseRecorder
			select {
			case rec = <-done:
			case <-time.After(15 * time.Second):
				t.Fatal("long poll did not return on an agent reply")
			}
			if time.Since(started) >= 20*time.Second {
				t.Fatal("long poll ran out its wait instead of answering the reply")
			}
			var h liveHistory
			if err := json.Unmarshal(rec.Body.Bytes(), &h); err != nil || rec.Code != http.StatusOK {
				t.Fatalf("long poll: %d %s", rec.Code, rec.Body)
			}
			if n := len(h.Messages); n == 0 || h.Messages[n-1].Role != "agent" {
				t.Fatalf("long poll returned %+v, want the agent reply", h.Messages)
			}
			last = h.Messages[len(h.Messages)-1].ID
		})
	}

	for name, params := range map[string]func(url.Values){
		"after not a number": pollParams(token, "x", "5"),
		"negative wait":      pollParams(token, last, "-1"),
	} {
		if rec := e.do(t, proxyReq(t, http.MethodGet, "/proxy/conversations/"+id, "", now, params, nil)); rec.Code != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", name, rec.Code)
		}
	}
	if rec := e.do(t, proxyReq(t, http.MethodGet, "/proxy/conversations/"+id, "", now, pollParams("wrong-token", last, "5"), nil)); rec.Code != http.StatusNotFound {
		t.Errorf("wrong token: %d, want 404", rec.Code)
	}
}
