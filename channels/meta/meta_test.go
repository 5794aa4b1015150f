package meta

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"shopassist/assistant"
	"shopassist/channels"
)

func read(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The expected header was computed independently (Python's hmac module,
// key "test-app-secret", over the file's bytes).
func TestVerifySignature(t *testing.T) {
	body := read(t, "whatsapp_text.json")
	want := strings.TrimSpace(string(read(t, "whatsapp_text.sig")))
	if got := Sign("test-app-secret", body); got != want {
		t.Fatalf("Sign = %s, want %s", got, want)
	}
	tests := []struct {
		name, header string
		secrets      []string
		want         error
	}{
		{"valid", want, []string{"test-app-secret"}, nil},
		{"valid under the previous secret", want, []string{"new-secret", "test-app-secret"}, nil},
		{"upper-case hex", "sha256=" + strings.ToUpper(strings.TrimPrefix(want, "sha256=")), []string{"test-app-secret"}, nil},
		{"missing", "", []string{"test-app-secret"}, ErrNoSignature},
		{"wrong secret", want, []string{"other"}, ErrBadSignature},
		{"no secret configured", want, []string{""}, ErrBadSignature},
		{"sha1 prefix", "sha1=" + strings.TrimPrefix(want, "sha256="), []string{"test-app-secret"}, ErrBadSignature},
		{"truncated", want[:len(want)-2], []string{"test-app-secret"}, ErrBadSignature},
		{"not hex", "sha256=" + strings.Repeat("z", 64), []string{"test-app-secret"}, ErrBadSignature},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := Verify(tt.header, body, tt.secrets...); err != tt.want {
				t.Fatalf("Verify = %v, want %v", err, tt.want)
			}
		})
	}
	// One changed byte of the body fails.
	if err := Verify(want, append([]byte{' '}, body...), "test-app-secret"); err != ErrBadSignature {
		t.Fatalf("tampered body: %v", err)
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		file     string
		msgs     []Message
		statuses []Status
	}{
		{"whatsapp_text.json", []Message{{Channel: channels.WhatsApp, Business: "106540352242922", From: "16505551234",
			Name: "Sheena Nelson", Text: "Does it come in another color?"}}, nil},
		{"whatsapp_interactive.json", []Message{
			{Channel: channels.WhatsApp, Business: "106540352242922", From: "16505551234", Name: "Sheena Nelson", Text: "Track my order"},
			{Channel: channels.WhatsApp, Business: "106540352242922", From: "16505551234", Name: "Sheena Nelson", Text: "Alpine Shell Jacket"},
			{Channel: channels.WhatsApp, Business: "106540352242922", From: "16505551234", Name: "Sheena Nelson", Text: "this arrived broken"},
			// The reaction has no text: it reaches the router, which answers
			// nothing.
			{Channel: channels.WhatsApp, Business: "106540352242922", From: "16505551234", Name: "Sheena Nelson"},
		}, nil},
		{"whatsapp_status.json", nil, []Status{
			{Channel: channels.WhatsApp, Business: "106540352242922", ProviderID: "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MTE5MjVBOTE3MDk5QUVFM0YA", Status: "delivered"},
			{Channel: channels.WhatsApp, Business: "106540352242922", ProviderID: "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MTE5MjVBOTE3MDk5QUVFM0ZB", Status: "failed",
				Error: "(#131047) Re-engagement message"},
		}},
		{"messenger.json", []Message{
			{Channel: channels.Messenger, Business: "104000000000001", From: "6001234567890123", Text: "How long does shipping take?"},
			{Channel: channels.Messenger, Business: "104000000000001", From: "6001234567890123", Text: "hello"},
		}, []Status{
			{Channel: channels.Messenger, Business: "104000000000001", ProviderID: "m_out_1", Status: "delivered"},
			{Channel: channels.Messenger, Business: "104000000000001", ProviderID: "m_out_2", Status: "read"},
		}},
		{"instagram.json", []Message{
			{Channel: channels.Instagram, Business: "17841400000000001", From: "17840000000000099", Text: "返品はできますか？"},
			{Channel: channels.Instagram, Business: "17841400000000001", From: "17840000000000099"},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			msgs, sts, err := Parse(read(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if len(msgs) != len(tt.msgs) || len(sts) != len(tt.statuses) {
				t.Fatalf("got %d messages %d statuses, want %d %d: %+v %+v", len(msgs), len(sts), len(tt.msgs), len(tt.statuses), msgs, sts)
			}
			for i, w := range tt.msgs {
				g := msgs[i]
				if g.Channel != w.Channel || g.Business != w.Business || g.From != w.From || g.Name != w.Name || g.Text != w.Text ||
					g.ProviderMessageID == "" {
					t.Errorf("message %d = %+v, want %+v", i, g, w)
				}
			}
			for i, w := range tt.statuses {
				if sts[i] != w {
					t.Errorf("status %d = %+v, want %+v", i, sts[i], w)
				}
			}
		})
	}
	if _, _, err := Parse([]byte("{not json")); err == nil {
		t.Fatal("invalid JSON parsed")
	}
	// An image with no caption is listed as an attachment.
	msgs, _, _ := Parse(read(t, "instagram.json"))
	if len(msgs[1].Attachments) != 1 || msgs[1].Attachments[0].Name != "image" {
		t.Fatalf("attachment %+v", msgs[1].Attachments)
	}
}

func TestSplit(t *testing.T) {
	para := strings.Repeat("Our returns window is thirty days from delivery. ", 30)
	long := para + "\n\n" + para
	tests := []struct {
		name  string
		text  string
		limit int
		parts int
	}{
		{"short", "hello", 1000, 1},
		{"two paragraphs over the limit", long, 2000, 2},
		{"one long paragraph", strings.Repeat("word ", 1000), 1000, 5},
		{"no spaces (CJK)", strings.Repeat("返品は三十日以内です", 300), 1000, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := Split(tt.text, tt.limit)
			if len(parts) != tt.parts {
				t.Fatalf("%d parts, want %d", len(parts), tt.parts)
			}
			total := 0
			for _, p := range parts {
				if n := utf8.RuneCountInString(p); n > tt.limit || n == 0 {
					t.Fatalf("part of %d runes, limit %d", n, tt.limit)
				}
				total += len(strings.Fields(p))
			}
			if want := len(strings.Fields(tt.text)); total != want && !strings.Contains(tt.name, "CJK") {
				t.Fatalf("%d words after splitting, want %d (nothing lost)", total, want)
			}
		})
	}
}

// waBodies fits replies into WhatsApp's shapes: ≤ 3 quick replies as
// buttons, more (or product cards) as a list of ≤ 10 rows, long text split.
func TestWhatsAppBodies(t *testing.T) {
	yes := true
	cards := func(n int) []assistant.Card {
		var out []assistant.Card
		for i := range n {
			out = append(out, assistant.Card{Type: "product", Title: "Alpine Shell Jacket Waterproof Breathable " + string(rune('A'+i)),
				Price: "189.00", Currency: "EUR", Available: &yes})
		}
		return out
	}
	tests := []struct {
		name      string
		out       channels.Outbound
		wantTypes []string
		wantInter string
	}{
		{"plain", channels.Outbound{Text: "Hi!"}, []string{"text"}, ""},
		{"two quick replies", channels.Outbound{Text: "Which one?", QuickReplies: []string{"Order status", "Returns"}}, []string{"interactive"}, "button"},
		{"five quick replies", channels.Outbound{Text: "Which?", QuickReplies: []string{"a", "b", "c", "d", "e"}}, []string{"interactive"}, "list"},
		{"products", channels.Outbound{Text: "Here are jackets:", Cards: cards(12)}, []string{"interactive"}, "list"},
		{"long text and buttons", channels.Outbound{Text: strings.Repeat("Long answer sentence. ", 100), QuickReplies: []string{"Yes", "No"}},
			[]string{"text", "interactive"}, "button"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bodies := waBodies(tt.out)
			if len(bodies) != len(tt.wantTypes) {
				t.Fatalf("%d bodies, want %d: %+v", len(bodies), len(tt.wantTypes), bodies)
			}
			for i, b := range bodies {
				if b["type"] != tt.wantTypes[i] {
					t.Fatalf("body %d type %v, want %s", i, b["type"], tt.wantTypes[i])
				}
			}
			last := bodies[len(bodies)-1]
			if tt.wantInter == "" {
				return
			}
			inter := last["interactive"].(map[string]any)
			if inter["type"] != tt.wantInter {
				t.Fatalf("interactive %v, want %s", inter["type"], tt.wantInter)
			}
			if body := inter["body"].(map[string]any)["text"].(string); utf8.RuneCountInString(body) > waInteractiveMax {
				t.Fatalf("interactive body of %d runes", utf8.RuneCountInString(body))
			}
			action := inter["action"].(map[string]any)
			if tt.wantInter == "list" {
				rows := action["sections"].([]map[string]any)[0]["rows"].([]map[string]any)
				if len(rows) == 0 || len(rows) > waListRowsMax {
					t.Fatalf("%d rows", len(rows))
				}
				for _, r := range rows {
					if utf8.RuneCountInString(r["title"].(string)) > waRowTitleMax {
						t.Fatalf("row title %q too long", r["title"])
					}
				}
			}
		})
	}
}
