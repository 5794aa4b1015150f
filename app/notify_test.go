package app_test

import (
	"encoding/json"
	"net/http"
	"testing"
	"time"
)

// TestProxyHandoffEnqueuesOneNotification: a handoff enqueues the merchant's
// email once per conversation, and shopper messages while it waits one
// follow-up job per batching window (the second reply here adds nothing).
func TestProxyHandoffEnqueuesOneNotification(t *testing.T) {
	now := time.Now()
	e := newEnv(t, now)
	installShop(t, e)
	var conv struct {
		ID      string `json:"conversation_id"`
		Token   string `json:"conversation_token"`
		Handoff bool   `json:"handoff"`
	}
	countJobs := func() int {
		t.Helper()
		var n int
		if err := e.store.SQLDB().QueryRow(`SELECT count(*) FROM river_job WHERE kind = 'handoff_notify'`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := countJobs(); n != 0 {
		t.Fatalf("%d notifications before any chat", n)
	}
	for i := range 2 {
		body, _ := json.Marshal(map[string]string{"message": "I want to talk to a human, please",
			"locale": "en", "conversation_id": conv.ID, "conversation_token": conv.Token})
		rec := e.do(t, proxyReq(t, http.MethodPost, "/proxy/chat", string(body), now, nil, nil))
		if rec.Code != http.StatusOK {
			t.Fatalf("chat %d: %d %s", i, rec.Code, rec.Body)
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &conv); err != nil {
			t.Fatal(err)
		}
		if !conv.Handoff {
			t.Fatalf("chat %d did not hand off: %s", i, rec.Body)
		}
		if n := countJobs(); n != 2 {
			t.Errorf("after handoff reply %d: %d notification jobs, want 2 (handoff + one follow-up batch)", i+1, n)
		}
	}
}
