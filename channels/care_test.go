package channels_test

import (
	"context"
	"testing"
	"time"

	"shopassist/channels"
	"shopassist/db"
)

// TestCareNoticeOnMessagingChannel: a delivery notice goes to the
// WhatsApp conversation of the order's shopper (found by the email proved
// in that chat) as text inside the 24-hour window and as the approved
// template outside it; without a template, or with no messaging
// conversation, nothing is sent and no error stops the email.
func TestCareNoticeOnMessagingChannel(t *testing.T) {
	rec := &recorder{window: 24 * time.Hour}
	e := newEnv(t, map[channels.Channel]channels.Sender{channels.WhatsApp: windowed{rec}})
	ctx := context.Background()
	o, err := e.Store.GetOrderByNumber(ctx, e.Shop.ID, 1034)
	if err != nil {
		t.Fatal(err)
	}
	var templated []string
	tmpl := func(_ *db.ChannelAccount, _ *db.Conversation, params ...string) *channels.Template {
		templated = params
		return &channels.Template{Name: "delivery_update", Language: "en", Params: params}
	}
	care := channels.CareNotices{Router: e.router, Store: e.Store, Template: tmpl}
	const notice = "Your order #1034 is delayed: the carrier expects it on Friday."

	// No messaging conversation yet: nothing sent, no error.
	if sent, err := care.SendNotice(ctx, e.Shop, o, notice); sent || err != nil {
		t.Fatalf("no conversation: sent %v err %v", sent, err)
	}

	wrote := *e.now
	if err := e.receive(t, channels.WhatsApp, "34600111222", "wamid.c1", "Where is my order #1034?"); err != nil {
		t.Fatal(err)
	}
	if err := e.receive(t, channels.WhatsApp, "34600111222", "wamid.c2", "Oliver.Bennett@Post.example"); err != nil {
		t.Fatal(err)
	}
	before := len(rec.all())

	steps := []struct {
		name         string
		after        time.Duration
		template     bool
		wantSent     bool
		wantTemplate bool
	}{
		{"inside the window: text", time.Hour, true, true, false},
		{"outside the window: template", 30 * time.Hour, true, true, true},
		{"outside the window without a template: nothing", 30 * time.Hour, false, false, false},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			*e.now = wrote.Add(st.after)
			c := care
			if !st.template {
				c.Template = nil
			}
			templated = nil
			n := len(rec.all())
			sent, err := c.SendNotice(ctx, e.Shop, o, notice)
			if err != nil || sent != st.wantSent {
				t.Fatalf("sent %v err %v, want sent %v", sent, err, st.wantSent)
			}
			got := rec.all()[n:]
			if !st.wantSent {
				if len(got) != 0 {
					t.Fatalf("refused notice reached the sender: %+v", got)
				}
				return
			}
			if len(got) != 1 || got[0].to != "34600111222" {
				t.Fatalf("sent %+v, want one message to the shopper's number", got)
			}
			if st.wantTemplate {
				if got[0].out.Template == nil || got[0].out.Template.Name != "delivery_update" ||
					len(templated) != 2 || templated[0] != o.Name || templated[1] != notice {
					t.Fatalf("template %+v params %q, want delivery_update with the order name and notice", got[0].out.Template, templated)
				}
			} else if got[0].out.Template != nil || got[0].out.Text != notice {
				t.Fatalf("sent %+v, want the notice as text", got[0].out)
			}
		})
	}
	if len(rec.all()) != before+2 {
		t.Fatalf("%d notices sent, want 2", len(rec.all())-before)
	}
}
