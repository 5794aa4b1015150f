package email

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"shopassist/channels/email/emailtest"
)

// memState is an in-memory StateStore (the db one is tested in db/).
type memState struct {
	mu sync.Mutex
	m  map[string]MailboxState
}

func (s *memState) LoadMailboxState(_ context.Context, id int64, mb string) (MailboxState, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[fmt.Sprint(id, mb)], nil
}

func (s *memState) SaveMailboxState(_ context.Context, id int64, mb string, st MailboxState) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[string]MailboxState{}
	}
	s.m[fmt.Sprint(id, mb)] = st
	return nil
}

// recorder is a RawHandler that records Message-IDs and can fail.
type recorder struct {
	mu   sync.Mutex
	ids  []string
	fail map[string]error
	got  chan string
}

func (r *recorder) handle(_ context.Context, raw []byte) error {
	m, err := Parse(bytes.NewReader(raw))
	if err == nil && m.MessageID == "" {
		err = errors.New("no Message-ID")
	}
	if err != nil {
		return Permanent(err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.fail[m.MessageID]; err != nil {
		return err
	}
	r.ids = append(r.ids, m.MessageID)
	if r.got != nil {
		r.got <- m.MessageID
	}
	return nil
}

func (r *recorder) seen() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.ids...)
}

func rawMail(id string) []byte {
	return []byte("From: Ana <ana@example.com>\r\nTo: support@shop.example\r\nSubject: hi\r\nMessage-ID: <" + id + ">\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nWhere is my order?\r\n")
}

func newPoller(t *testing.T, srv *emailtest.IMAP, st StateStore, h RawHandler) *Poller {
	t.Helper()
	cfg, err := ParseIMAPURL(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	return &Poller{AccountID: 7, Config: cfg, State: st, Handle: h, Interval: 50 * time.Millisecond}
}

func TestPollerReadsEachMessageOnceAcrossRestarts(t *testing.T) {
	ctx := context.Background()
	srv := emailtest.StartIMAP(t, false)
	srv.Deliver(t, rawMail("old-1@example.com")) // before the merchant connected
	st := &memState{}
	rec := &recorder{fail: map[string]error{}}
	p := newPoller(t, srv, st, rec.handle)

	if n, err := p.SyncOnce(ctx); err != nil || n != 0 {
		t.Fatalf("first sync = %d, %v; want 0 (old mail is not the assistant's)", n, err)
	}
	srv.Deliver(t, rawMail("new-1@example.com"))
	srv.Deliver(t, rawMail("new-2@example.com"))
	if n, err := p.SyncOnce(ctx); err != nil || n != 2 {
		t.Fatalf("sync = %d, %v; want 2", n, err)
	}
	// A restarted process (new Poller, same stored state) reads nothing again.
	p2 := newPoller(t, srv, st, rec.handle)
	if n, err := p2.SyncOnce(ctx); err != nil || n != 0 {
		t.Fatalf("sync after restart = %d, %v; want 0", n, err)
	}
	if got := fmt.Sprint(rec.seen()); got != "[new-1@example.com new-2@example.com]" {
		t.Errorf("handled %s", got)
	}

	// A transient failure stops at that message; nothing after it is lost.
	srv.Deliver(t, rawMail("new-3@example.com"))
	srv.Deliver(t, rawMail("new-4@example.com"))
	srv.Deliver(t, rawMail("new-5@example.com"))
	rec.fail["new-4@example.com"] = errors.New("database unavailable")
	if _, err := p.SyncOnce(ctx); err == nil {
		t.Fatal("transient handler error not returned")
	}
	delete(rec.fail, "new-4@example.com")
	if n, err := p.SyncOnce(ctx); err != nil || n != 2 {
		t.Fatalf("retry sync = %d, %v; want 2", n, err)
	}
	// A permanent failure is skipped, not retried forever.
	srv.Deliver(t, []byte("this is not a mail"))
	srv.Deliver(t, rawMail("new-6@example.com"))
	if n, err := p.SyncOnce(ctx); err != nil || n != 2 {
		t.Fatalf("sync with a broken message = %d, %v; want 2", n, err)
	}
	if got := fmt.Sprint(rec.seen()); got != "[new-1@example.com new-2@example.com new-3@example.com new-4@example.com new-5@example.com new-6@example.com]" {
		t.Errorf("handled %s", got)
	}
}

func TestPollerUIDValidityChange(t *testing.T) {
	ctx := context.Background()
	srv := emailtest.StartIMAP(t, false)
	st := &memState{}
	rec := &recorder{}
	p := newPoller(t, srv, st, rec.handle)
	if _, err := p.SyncOnce(ctx); err != nil {
		t.Fatal(err)
	}
	srv.Deliver(t, rawMail("a@example.com"))
	if n, err := p.SyncOnce(ctx); err != nil || n != 1 {
		t.Fatalf("sync = %d, %v", n, err)
	}
	before, _ := st.LoadMailboxState(ctx, 7, "INBOX")
	// The mailbox is rebuilt: UIDs restart, the stored LastUID means
	// nothing; unseen mail is read.
	srv.Rebuild(t)
	srv.Deliver(t, rawMail("b@example.com"))
	if n, err := p.SyncOnce(ctx); err != nil || n != 1 {
		t.Fatalf("sync after rebuild = %d, %v; want 1", n, err)
	}
	after, _ := st.LoadMailboxState(ctx, 7, "INBOX")
	if after.UIDValidity == before.UIDValidity || after.LastUID != 1 {
		t.Errorf("state before %+v after %+v", before, after)
	}
	if got := fmt.Sprint(rec.seen()); got != "[a@example.com b@example.com]" {
		t.Errorf("handled %s", got)
	}
}

func TestPollerIdle(t *testing.T) {
	srv := emailtest.StartIMAP(t, true)
	rec := &recorder{got: make(chan string, 4)}
	p := newPoller(t, srv, &memState{}, rec.handle)
	p.Interval = time.Hour // only IDLE can deliver within the test
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	defer func() {
		cancel()
		<-done
	}()
	// Wait until the first sync stored the start position, then deliver.
	deadline := time.Now().Add(5 * time.Second)
	for {
		st, _ := p.State.LoadMailboxState(ctx, 7, "INBOX")
		if st.UIDValidity != 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("poller never synced")
		}
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond) // let IDLE start
	srv.Deliver(t, rawMail("idle-1@example.com"))
	select {
	case id := <-rec.got:
		if id != "idle-1@example.com" {
			t.Errorf("got %s", id)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("new mail not handled while idling")
	}
}

func TestParseIMAPURL(t *testing.T) {
	tests := []struct {
		in      string
		addr    string
		mailbox string
		tls     bool
		err     bool
	}{
		{"imaps://u%40x.com:p@imap.example.com", "imap.example.com:993", "INBOX", true, false},
		{"imap://u:p@127.0.0.1:1143/Support", "127.0.0.1:1143", "Support", false, false},
		{"imap://imap.example.com", "", "", false, true},
		{"pop3://u:p@x", "", "", false, true},
	}
	for _, tt := range tests {
		c, err := ParseIMAPURL(tt.in)
		if (err != nil) != tt.err {
			t.Errorf("%s: err %v", tt.in, err)
			continue
		}
		if err == nil && (c.Addr != tt.addr || c.Mailbox != tt.mailbox || c.Implicit != tt.tls) {
			t.Errorf("%s: %+v", tt.in, c)
		}
	}
}
