// Package metatest is a fake of Meta's Graph API send endpoints and a
// webhook sender, following Meta's documented request and payload shapes,
// limits and X-Hub-Signature-256 signature. Tests and demo mode use it so
// WhatsApp, Messenger and Instagram run end to end without Meta.
package metatest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"shopassist/channels/meta"
)

// Sent is one message the fake accepted.
type Sent struct {
	// Channel is "whatsapp" or "messenger" (Messenger and Instagram share
	// /me/messages; the token tells them apart).
	Channel string
	// From is the phone-number id (WhatsApp) or the token's page.
	From string
	To   string
	ID   string
	// Type is text, interactive, template (WhatsApp) or text, template
	// (Send API attachment) .
	Type string
	Text string
	Body map[string]any
	At   time.Time
}

// Graph is the fake Graph API. Tokens maps each access token it accepts to
// the business address it may send from (phone-number id or page id).
type Graph struct {
	mu     sync.Mutex
	tokens map[string]string
	sent   []Sent
	// lastInbound tracks when each user last wrote to each business (via
	// Webhook), to enforce the windows like Meta does: WhatsApp's 24 hours
	// for free-form messages, the Send API's 24 hours for RESPONSE and 7
	// days for the HUMAN_AGENT tag.
	lastInbound map[string]time.Time
	n           int
	Now         func() time.Time
	// FailNext makes the next send answer this Graph error code.
	FailNext int
}

// NewGraph builds the fake.
func NewGraph() *Graph {
	return &Graph{tokens: map[string]string{}, lastInbound: map[string]time.Time{}, Now: time.Now}
}

// AllowToken accepts token for sends from business.
func (g *Graph) AllowToken(token, business string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.tokens[token] = business
}

// Inbound notes that a user (wa_id, PSID, IGSID) wrote to business (phone
// number id, page id, Instagram account id) at at, opening its windows.
func (g *Graph) Inbound(business, user string, at time.Time) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.lastInbound[business+"/"+user] = at
}

// Sent lists accepted messages, oldest first.
func (g *Graph) Sent() []Sent {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]Sent(nil), g.sent...)
}

// SentTo lists the messages accepted for one recipient.
func (g *Graph) SentTo(to string) []Sent {
	var out []Sent
	for _, s := range g.Sent() {
		if s.To == to {
			out = append(out, s)
		}
	}
	return out
}

// ServeHTTP serves POST /{version}/{phone-number-id}/messages and
// POST /{version}/me/messages.
func (g *Graph) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	if r.Method != http.MethodPost || len(parts) < 3 || parts[len(parts)-1] != "messages" || !strings.HasPrefix(parts[len(parts)-3], "v") {
		graphError(w, http.StatusNotFound, 100, "Unsupported post request.")
		return
	}
	object := parts[len(parts)-2]
	token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if token == "" {
		token = r.URL.Query().Get("access_token")
	}
	g.mu.Lock()
	business, ok := g.tokens[token]
	fail := g.FailNext
	g.FailNext = 0
	g.mu.Unlock()
	if !ok {
		graphError(w, http.StatusUnauthorized, 190, "Invalid OAuth access token - Cannot parse access token")
		return
	}
	if fail != 0 {
		graphError(w, http.StatusBadRequest, fail, "Simulated failure")
		return
	}
	var body map[string]any
	raw, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err := json.Unmarshal(raw, &body); err != nil {
		graphError(w, http.StatusBadRequest, 100, "Invalid JSON")
		return
	}
	if object == "me" {
		g.sendAPI(w, business, body)
		return
	}
	if object != business {
		graphError(w, http.StatusForbidden, 200, "Permissions error: token not valid for this phone number")
		return
	}
	g.whatsapp(w, business, body)
}

func (g *Graph) whatsapp(w http.ResponseWriter, business string, b map[string]any) {
	if b["messaging_product"] != "whatsapp" {
		graphError(w, http.StatusBadRequest, 100, "The parameter messaging_product is required.")
		return
	}
	to, _ := b["to"].(string)
	if to == "" {
		graphError(w, http.StatusBadRequest, 100, "The parameter to is required.")
		return
	}
	typ, _ := b["type"].(string)
	s := Sent{Channel: "whatsapp", From: business, To: to, Type: typ, Body: b, At: g.Now()}
	switch typ {
	case "text":
		s.Text = str(b, "text", "body")
		if s.Text == "" || utf8.RuneCountInString(s.Text) > 4096 {
			graphError(w, http.StatusBadRequest, 100, "Param text['body'] must be 1-4096 characters")
			return
		}
	case "interactive":
		if msg := checkInteractive(b); msg != "" {
			graphError(w, http.StatusBadRequest, 131009, "Parameter value is not valid: "+msg)
			return
		}
		s.Text = str(b, "interactive", "body", "text")
	case "template":
		name := str(b, "template", "name")
		if name == "" || str(b, "template", "language", "code") == "" {
			graphError(w, http.StatusBadRequest, 132000, "Template name and language are required")
			return
		}
		s.Text = "[template " + name + "]"
	default:
		graphError(w, http.StatusBadRequest, 100, "Unsupported message type")
		return
	}
	g.mu.Lock()
	last, wrote := g.lastInbound[business+"/"+to]
	g.mu.Unlock()
	if typ != "template" && (!wrote || g.Now().Sub(last) > meta.WhatsAppWindow) {
		graphError(w, http.StatusBadRequest, 131047,
			"Re-engagement message: more than 24 hours have passed since the recipient last replied")
		return
	}
	id := g.record(&s, "wamid.")
	writeJSON(w, map[string]any{"messaging_product": "whatsapp", "contacts": []map[string]any{{"input": to, "wa_id": to}},
		"messages": []map[string]any{{"id": id}}})
}

func checkInteractive(b map[string]any) string {
	in, _ := b["interactive"].(map[string]any)
	body := str(b, "interactive", "body", "text")
	if in == nil || body == "" || utf8.RuneCountInString(body) > 1024 {
		return "interactive body text must be 1-1024 characters"
	}
	action, _ := in["action"].(map[string]any)
	switch in["type"] {
	case "button":
		buttons, _ := action["buttons"].([]any)
		if len(buttons) == 0 || len(buttons) > 3 {
			return "1-3 buttons"
		}
		for _, x := range buttons {
			reply, _ := x.(map[string]any)["reply"].(map[string]any)
			t, _ := reply["title"].(string)
			id, _ := reply["id"].(string)
			if t == "" || utf8.RuneCountInString(t) > 20 || id == "" || utf8.RuneCountInString(id) > 256 {
				return "button title 1-20 characters, id 1-256"
			}
		}
	case "list":
		if t, _ := action["button"].(string); t == "" || utf8.RuneCountInString(t) > 20 {
			return "list button 1-20 characters"
		}
		sections, _ := action["sections"].([]any)
		rows := 0
		for _, sec := range sections {
			rs, _ := sec.(map[string]any)["rows"].([]any)
			for _, r := range rs {
				row := r.(map[string]any)
				t, _ := row["title"].(string)
				id, _ := row["id"].(string)
				d, _ := row["description"].(string)
				if t == "" || utf8.RuneCountInString(t) > 24 || id == "" || utf8.RuneCountInString(id) > 200 || utf8.RuneCountInString(d) > 72 {
					return "row title 1-24, id 1-200, description ≤ 72 characters"
				}
				rows++
			}
		}
		if rows == 0 || rows > 10 {
			return "1-10 rows"
		}
	default:
		return "unsupported interactive type"
	}
	return ""
}

// sendAPI is the Messenger/Instagram Send API.
func (g *Graph) sendAPI(w http.ResponseWriter, business string, b map[string]any) {
	to := str(b, "recipient", "id")
	msg, _ := b["message"].(map[string]any)
	if to == "" || msg == nil {
		graphError(w, http.StatusBadRequest, 100, "param recipient and message are required")
		return
	}
	s := Sent{Channel: "messenger", From: business, To: to, Body: b, At: g.Now()}
	if code, sub, text := g.sendAPIWindow(business, to, b); code != 0 {
		graphErrorSub(w, http.StatusBadRequest, code, sub, text)
		return
	}
	if text, ok := msg["text"].(string); ok {
		s.Type, s.Text = "text", text
		if text == "" || utf8.RuneCountInString(text) > 2000 {
			graphError(w, http.StatusBadRequest, 100, "param message[text] must be UTF-8 encoded and under 2000 characters")
			return
		}
	} else if att, ok := msg["attachment"].(map[string]any); ok {
		s.Type = "template"
		els, _ := att["payload"].(map[string]any)["elements"].([]any)
		if att["type"] != "template" || len(els) == 0 || len(els) > 10 {
			graphError(w, http.StatusBadRequest, 100, "generic template needs 1-10 elements")
			return
		}
	} else {
		graphError(w, http.StatusBadRequest, 100, "message must have text or attachment")
		return
	}
	if qrs, ok := msg["quick_replies"].([]any); ok {
		if len(qrs) > 13 {
			graphError(w, http.StatusBadRequest, 100, "param message[quick_replies] must have at most 13 elements")
			return
		}
		for _, q := range qrs {
			t, _ := q.(map[string]any)["title"].(string)
			if utf8.RuneCountInString(t) > 20 {
				graphError(w, http.StatusBadRequest, 100, "quick reply title must be at most 20 characters")
				return
			}
		}
	}
	id := g.record(&s, "m_")
	writeJSON(w, map[string]any{"recipient_id": to, "message_id": id})
}

// Send API errors of the window rules (Messenger Platform error codes:
// 10/2018278 "This message is sent outside of allowed window").
const (
	codeOutsideWindow    = 10
	subcodeOutsideWindow = 2018278
)

// sendAPIWindow applies the Send API's messaging_type rules: RESPONSE and
// UPDATE only within 24 hours of the person's last message, MESSAGE_TAG
// with a known tag, HUMAN_AGENT only within 7 days. It returns the error
// code, subcode and message to answer, or a zero code.
func (g *Graph) sendAPIWindow(business, to string, b map[string]any) (int, int, string) {
	g.mu.Lock()
	last, wrote := g.lastInbound[business+"/"+to]
	g.mu.Unlock()
	since := g.Now().Sub(last)
	outside := "(#10) This message is sent outside of allowed window."
	typ, _ := b["messaging_type"].(string)
	tag, _ := b["tag"].(string)
	switch typ {
	case "RESPONSE", "UPDATE":
		if tag != "" {
			return 100, 0, "(#100) tag is only allowed with messaging_type MESSAGE_TAG"
		}
		if !wrote || since > meta.MessengerWindow {
			return codeOutsideWindow, subcodeOutsideWindow, outside
		}
	case "MESSAGE_TAG":
		switch tag {
		case "HUMAN_AGENT":
			if !wrote || since > meta.MessengerHumanAgentWindow {
				return codeOutsideWindow, subcodeOutsideWindow, outside
			}
		case "CONFIRMED_EVENT_UPDATE", "POST_PURCHASE_UPDATE", "ACCOUNT_UPDATE":
		default:
			return 100, 0, "(#100) Param tag must be one of {CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE, ACCOUNT_UPDATE, HUMAN_AGENT}"
		}
	default:
		return 100, 0, "(#100) Param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG}"
	}
	return 0, 0, ""
}

func (g *Graph) record(s *Sent, prefix string) string {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.n++
	s.ID = prefix + strconv.Itoa(g.n)
	g.sent = append(g.sent, *s)
	return s.ID
}

func graphError(w http.ResponseWriter, status, code int, msg string) {
	graphErrorSub(w, status, code, 0, msg)
}

// graphErrorSub answers Meta's error object; a zero subcode is left out.
func graphErrorSub(w http.ResponseWriter, status, code, subcode int, msg string) {
	e := map[string]any{"message": msg, "type": "OAuthException", "code": code, "fbtrace_id": "AbCdEf"}
	if subcode != 0 {
		e["error_subcode"] = subcode
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"error": e})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// str walks nested objects.
func str(m map[string]any, path ...string) string {
	var cur any = m
	for _, p := range path {
		o, ok := cur.(map[string]any)
		if !ok {
			return ""
		}
		cur = o[p]
	}
	s, _ := cur.(string)
	return s
}

// Webhook builds and delivers signed webhook payloads as Meta does.
type Webhook struct {
	URL       string
	AppSecret string
	HTTP      *http.Client
	// Graph, when set, learns of WhatsApp inbound messages (window).
	Graph *Graph
	n     int
	mu    sync.Mutex
}

func (wh *Webhook) nextID(prefix string) string {
	wh.mu.Lock()
	defer wh.mu.Unlock()
	wh.n++
	return fmt.Sprintf("%s%d.%d", prefix, time.Now().UnixNano(), wh.n)
}

// WhatsAppText is a text message from waID to phoneNumberID; id empty
// makes one.
func (wh *Webhook) WhatsAppText(phoneNumberID, waID, name, id, text string, at time.Time) ([]byte, string) {
	if id == "" {
		id = wh.nextID("wamid.HBgL")
	}
	msg := map[string]any{"from": waID, "id": id, "timestamp": strconv.FormatInt(at.Unix(), 10), "type": "text",
		"text": map[string]any{"body": text}}
	return wh.whatsApp(phoneNumberID, waID, name, msg, at), id
}

// WhatsAppButtonReply is a tap on one of our reply buttons.
func (wh *Webhook) WhatsAppButtonReply(phoneNumberID, waID, name, buttonID, title string, at time.Time) ([]byte, string) {
	id := wh.nextID("wamid.HBgL")
	msg := map[string]any{"from": waID, "id": id, "timestamp": strconv.FormatInt(at.Unix(), 10), "type": "interactive",
		"interactive": map[string]any{"type": "button_reply", "button_reply": map[string]any{"id": buttonID, "title": title}}}
	return wh.whatsApp(phoneNumberID, waID, name, msg, at), id
}

// WhatsAppListReply is a pick in one of our lists.
func (wh *Webhook) WhatsAppListReply(phoneNumberID, waID, name, rowID, title string, at time.Time) ([]byte, string) {
	id := wh.nextID("wamid.HBgL")
	msg := map[string]any{"from": waID, "id": id, "timestamp": strconv.FormatInt(at.Unix(), 10), "type": "interactive",
		"interactive": map[string]any{"type": "list_reply", "list_reply": map[string]any{"id": rowID, "title": title}}}
	return wh.whatsApp(phoneNumberID, waID, name, msg, at), id
}

func (wh *Webhook) whatsApp(phoneNumberID, waID, name string, msg map[string]any, at time.Time) []byte {
	if wh.Graph != nil {
		wh.Graph.Inbound(phoneNumberID, waID, at)
	}
	return mustJSON(map[string]any{"object": "whatsapp_business_account", "entry": []any{map[string]any{
		"id": "WHATSAPP_BUSINESS_ACCOUNT_ID", "changes": []any{map[string]any{"field": "messages", "value": map[string]any{
			"messaging_product": "whatsapp",
			"metadata":          map[string]any{"display_phone_number": "15550783881", "phone_number_id": phoneNumberID},
			"contacts":          []any{map[string]any{"profile": map[string]any{"name": name}, "wa_id": waID}},
			"messages":          []any{msg}}}}}}})
}

// WhatsAppStatus is a status update of a message we sent.
func (wh *Webhook) WhatsAppStatus(phoneNumberID, waID, messageID, status string, at time.Time) []byte {
	st := map[string]any{"id": messageID, "status": status, "timestamp": strconv.FormatInt(at.Unix(), 10), "recipient_id": waID}
	if status == "failed" {
		st["errors"] = []any{map[string]any{"code": 131026, "title": "Message undeliverable"}}
	}
	return mustJSON(map[string]any{"object": "whatsapp_business_account", "entry": []any{map[string]any{
		"id": "WHATSAPP_BUSINESS_ACCOUNT_ID", "changes": []any{map[string]any{"field": "messages", "value": map[string]any{
			"messaging_product": "whatsapp",
			"metadata":          map[string]any{"display_phone_number": "15550783881", "phone_number_id": phoneNumberID},
			"statuses":          []any{st}}}}}}})
}

// MessengerText is a text message from psid to pageID (instagram: an
// Instagram DM from igsid to the Instagram account), optionally the tap of
// a quick reply carrying payload.
func (wh *Webhook) MessengerText(instagram bool, pageID, psid, text, quickPayload string, at time.Time) ([]byte, string) {
	mid := wh.nextID("m_")
	msg := map[string]any{"mid": mid, "text": text}
	if quickPayload != "" {
		msg["quick_reply"] = map[string]any{"payload": quickPayload}
	}
	object := "page"
	if instagram {
		object = "instagram"
	}
	if wh.Graph != nil {
		wh.Graph.Inbound(pageID, psid, at)
	}
	return mustJSON(map[string]any{"object": object, "entry": []any{map[string]any{"id": pageID, "time": at.UnixMilli(),
		"messaging": []any{map[string]any{"sender": map[string]any{"id": psid}, "recipient": map[string]any{"id": pageID},
			"timestamp": at.UnixMilli(), "message": msg}}}}}), mid
}

// Deliver POSTs body signed with the app secret (sig overrides the header:
// "" sends none) and returns the status code.
func (wh *Webhook) Deliver(body []byte, sig *string) (int, error) {
	req, err := http.NewRequest(http.MethodPost, wh.URL, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	s := meta.Sign(wh.AppSecret, body)
	if sig != nil {
		s = *sig
	}
	if s != "" {
		req.Header.Set(meta.SignatureHeader, s)
	}
	hc := wh.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return 0, err
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	_ = resp.Body.Close()
	return resp.StatusCode, nil
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

// Transport serves HTTP requests with h in process: the demo's Graph API
// calls go through real requests and answers without a network hop.
func Transport(h http.Handler) http.RoundTripper { return handlerTransport{h} }

type handlerTransport struct{ h http.Handler }

func (t handlerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	rec := httptest.NewRecorder()
	t.h.ServeHTTP(rec, r)
	return rec.Result(), nil
}
