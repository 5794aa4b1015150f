package meta

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"shopassist/channels"
	"shopassist/db"
	"shopassist/secretbox"
)

// DefaultGraphURL and DefaultGraphVersion address Meta's Graph API.
const (
	DefaultGraphURL     = "https://graph.facebook.com"
	DefaultGraphVersion = "v23.0"
)

// Limits of each channel's messages, from Meta's documentation.
const (
	waTextMax        = 4096 // text.body
	waInteractiveMax = 1024 // interactive.body.text
	waButtonsMax     = 3    // reply buttons
	waButtonTitleMax = 20
	waButtonIDMax    = 256
	waListRowsMax    = 10
	waRowTitleMax    = 24
	waRowDescMax     = 72
	waRowIDMax       = 200
	waListButtonMax  = 20
	msgrTextMax      = 2000 // Messenger message.text
	igTextMax        = 1000 // Instagram message.text
	quickRepliesMax  = 13
	quickTitleMax    = 20
	quickPayloadMax  = 1000
	genericMax       = 10 // generic template elements
	genericTitleMax  = 80
)

// WhatsAppWindow is the customer-service window: free-form messages are
// allowed only this long after the shopper's last message.
const WhatsAppWindow = 24 * time.Hour

// Messenger and Instagram windows (Messenger Platform policy, "Send a
// message" and "Message tags"): standard messages (messaging_type
// RESPONSE) within 24 hours of the person's last message; a human agent's
// reply, tagged HUMAN_AGENT, within 7 days.
const (
	MessengerWindow           = 24 * time.Hour
	MessengerHumanAgentWindow = 7 * 24 * time.Hour
)

// Send API messaging types and the one tag used.
const (
	MessagingResponse   = "RESPONSE"
	MessagingMessageTag = "MESSAGE_TAG"
	TagHumanAgent       = "HUMAN_AGENT"
)

// Account settings keys (channel_accounts.settings).
const (
	// SettingAgentTemplate names the approved WhatsApp template (one body
	// parameter) carrying agent replies outside the 24-hour window.
	SettingAgentTemplate = "agent_reply_template"
	// SettingDeliveryTemplate names the approved template of the
	// delivery-care notice.
	SettingDeliveryTemplate = "delivery_care_template"
	// SettingTemplateLanguage is the templates' language code (default
	// the conversation's language).
	SettingTemplateLanguage = "template_language"
)

// Credentials are an account's secrets, sealed in credentials_enc.
type Credentials struct {
	AccessToken string `json:"access_token"`
}

// SealCredentials encrypts c for channel_accounts.credentials_enc; the
// channel and address are bound as associated data, so a sealed token
// copied onto another account does not open.
func SealCredentials(box *secretbox.Box, acct *db.ChannelAccount, c Credentials) error {
	b, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("encode credentials: %w", err)
	}
	enc, err := box.Seal(b, associated(acct))
	if err != nil {
		return fmt.Errorf("seal credentials: %w", err)
	}
	acct.CredentialsEnc = enc
	return nil
}

// OpenCredentials decrypts an account's secrets.
func OpenCredentials(box *secretbox.Box, acct *db.ChannelAccount) (Credentials, error) {
	var c Credentials
	if len(acct.CredentialsEnc) == 0 {
		return c, fmt.Errorf("%s account %d: no credentials", acct.Channel, acct.ID)
	}
	b, err := box.Open(acct.CredentialsEnc, associated(acct))
	if err != nil {
		return c, fmt.Errorf("open credentials of %s account %d: %w", acct.Channel, acct.ID, err)
	}
	if err := json.Unmarshal(b, &c); err != nil {
		return c, fmt.Errorf("decode credentials of %s account %d: %w", acct.Channel, acct.ID, err)
	}
	return c, nil
}

func associated(acct *db.ChannelAccount) []byte {
	return []byte("channel:" + acct.Channel + ":" + acct.Address)
}

// Client calls the Graph API.
type Client struct {
	HTTP    *http.Client
	BaseURL string
	Version string
	Box     *secretbox.Box
}

// GraphError is the error object of a Graph API answer.
type GraphError struct {
	HTTPStatus int
	Message    string `json:"message"`
	Type       string `json:"type"`
	Code       int    `json:"code"`
	Subcode    int    `json:"error_subcode"`
}

func (e *GraphError) Error() string {
	return fmt.Sprintf("graph api %d: (#%d) %s", e.HTTPStatus, e.Code, e.Message)
}

// post sends one JSON request to path with the account's token and decodes
// the answer into out.
func (c *Client) post(ctx context.Context, acct *db.ChannelAccount, path string, body, out any) error {
	cred, err := OpenCredentials(c.Box, acct)
	if err != nil {
		return err
	}
	b, err := json.Marshal(body)
	if err != nil {
		return fmt.Errorf("encode graph request: %w", err)
	}
	base := strings.TrimRight(firstNonEmpty(c.BaseURL, DefaultGraphURL), "/")
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/"+firstNonEmpty(c.Version, DefaultGraphVersion)+path,
		bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("graph request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+cred.AccessToken)
	hc := c.HTTP
	if hc == nil {
		hc = &http.Client{Timeout: 15 * time.Second}
	}
	resp, err := hc.Do(req)
	if err != nil {
		return fmt.Errorf("graph api: %w", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return fmt.Errorf("graph api: read answer: %w", err)
	}
	if resp.StatusCode/100 != 2 {
		var e struct {
			Error GraphError `json:"error"`
		}
		ge := &GraphError{HTTPStatus: resp.StatusCode, Message: http.StatusText(resp.StatusCode)}
		if json.Unmarshal(raw, &e) == nil && e.Error.Message != "" {
			e.Error.HTTPStatus = resp.StatusCode
			ge = &e.Error
		}
		return ge
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("graph api: decode answer: %w", err)
	}
	return nil
}

// WhatsApp sends through the Cloud API: POST /{phone-number-id}/messages.
type WhatsApp struct{ Client *Client }

var _ channels.Windowed = (*WhatsApp)(nil)

// Window implements channels.Windowed.
func (*WhatsApp) Window() time.Duration { return WhatsAppWindow }

// AgentTemplate implements channels.Windowed: the account's agent-reply
// template with the reply as its one parameter.
func (*WhatsApp) AgentTemplate(acct *db.ChannelAccount, conv *db.Conversation, text string) *channels.Template {
	name := acct.Setting(SettingAgentTemplate)
	if name == "" {
		return nil
	}
	return &channels.Template{Name: name, Language: templateLanguage(acct, conv),
		Params: []string{clip(flatten(text), waInteractiveMax)}}
}

// DeliveryCareTemplate is the template the delivery-care notice uses
// outside the window (nil when none is configured): pass it to
// channels.Router.Notify with the notice's free text.
func DeliveryCareTemplate(acct *db.ChannelAccount, conv *db.Conversation, params ...string) *channels.Template {
	name := acct.Setting(SettingDeliveryTemplate)
	if name == "" {
		return nil
	}
	// WhatsApp refuses template parameters with line breaks or tabs.
	flat := make([]string, len(params))
	for i, p := range params {
		flat[i] = clip(flatten(p), waInteractiveMax)
	}
	return &channels.Template{Name: name, Language: templateLanguage(acct, conv), Params: flat}
}

func templateLanguage(acct *db.ChannelAccount, conv *db.Conversation) string {
	if l := acct.Setting(SettingTemplateLanguage); l != "" {
		return l
	}
	if conv != nil && conv.Language != "" {
		// WhatsApp template language codes use underscores (pt_BR, zh_CN).
		return strings.ReplaceAll(conv.Language, "-", "_")
	}
	return "en"
}

type waSendAnswer struct {
	Messages []struct {
		ID string `json:"id"`
	} `json:"messages"`
}

// Send implements channels.Sender. Long text is split into several
// messages at paragraph or sentence ends; the last carries the buttons
// (≤ 3 quick replies) or a list (more quick replies, product cards).
func (w *WhatsApp) Send(ctx context.Context, acct *db.ChannelAccount, conv *db.Conversation, out channels.Outbound) (string, error) {
	var bodies []map[string]any
	if out.Template != nil {
		bodies = []map[string]any{waTemplate(out.Template)}
	} else {
		bodies = waBodies(out)
	}
	var last string
	for _, b := range bodies {
		b["messaging_product"] = "whatsapp"
		b["recipient_type"] = "individual"
		b["to"] = conv.ChannelAddress
		var ans waSendAnswer
		if err := w.Client.post(ctx, acct, "/"+acct.Address+"/messages", b, &ans); err != nil {
			return last, err
		}
		if len(ans.Messages) == 0 || ans.Messages[0].ID == "" {
			return last, errors.New("graph api: no message id in answer")
		}
		last = ans.Messages[0].ID
	}
	return last, nil
}

func waTemplate(t *channels.Template) map[string]any {
	tpl := map[string]any{"name": t.Name, "language": map[string]any{"code": t.Language}}
	if len(t.Params) > 0 {
		params := make([]map[string]any, len(t.Params))
		for i, p := range t.Params {
			params[i] = map[string]any{"type": "text", "text": p}
		}
		tpl["components"] = []map[string]any{{"type": "body", "parameters": params}}
	}
	return map[string]any{"type": "template", "template": tpl}
}

// waBodies fits a reply into WhatsApp messages.
func waBodies(out channels.Outbound) []map[string]any {
	text := cardsText(out)
	type row struct{ id, title, desc string }
	var rows []row
	for _, c := range out.Cards {
		if c.Type == "product" && c.Title != "" {
			desc := strings.TrimSpace(c.Price + " " + c.Currency)
			rows = append(rows, row{id: clip(c.Title, waRowIDMax), title: clip(c.Title, waRowTitleMax), desc: clip(desc, waRowDescMax)})
		}
	}
	for _, q := range out.QuickReplies {
		rows = append(rows, row{id: clip(q, waRowIDMax), title: clip(q, waRowTitleMax)})
	}
	if len(rows) > waListRowsMax {
		rows = rows[:waListRowsMax]
	}
	interactive := len(rows) > 0
	var bodies []map[string]any
	textParts := func(parts []string) {
		for _, p := range parts {
			bodies = append(bodies, map[string]any{"type": "text", "text": map[string]any{"body": p, "preview_url": true}})
		}
	}
	if !interactive {
		textParts(Split(text, waTextMax))
		return bodies
	}
	// The buttons ride on the text's last ≤ 1024 characters; what comes
	// before goes as plain text messages of up to 4096.
	small := Split(text, waInteractiveMax)
	body := small[len(small)-1]
	if len(small) > 1 {
		textParts(Split(strings.Join(small[:len(small)-1], "\n\n"), waTextMax))
	}
	onlyQuick := len(out.QuickReplies) > 0 && len(out.QuickReplies) <= waButtonsMax && len(rows) == len(out.QuickReplies)
	var inter map[string]any
	if onlyQuick {
		buttons := make([]map[string]any, len(rows))
		for i, r := range rows {
			buttons[i] = map[string]any{"type": "reply", "reply": map[string]any{"id": clip(r.id, waButtonIDMax), "title": clip(r.title, waButtonTitleMax)}}
		}
		inter = map[string]any{"type": "button", "body": map[string]any{"text": body}, "action": map[string]any{"buttons": buttons}}
	} else {
		list := make([]map[string]any, len(rows))
		seen := map[string]bool{}
		n := 0
		for _, r := range rows {
			if seen[r.id] {
				continue // row ids must be unique
			}
			seen[r.id] = true
			item := map[string]any{"id": r.id, "title": r.title}
			if r.desc != "" {
				item["description"] = r.desc
			}
			list[n] = item
			n++
		}
		inter = map[string]any{"type": "list", "body": map[string]any{"text": body}, "action": map[string]any{
			"button": clip(listButton, waListButtonMax), "sections": []map[string]any{{"rows": list[:n]}}}}
	}
	return append(bodies, map[string]any{"type": "interactive", "interactive": inter})
}

// listButton opens a WhatsApp list; "☰" reads in every language (the one
// section has no title: WhatsApp needs one only with several sections).
const listButton = "☰"

// cardsText is the reply text with order cards written out (channels
// without rich cards show their status and tracking as text).
func cardsText(out channels.Outbound) string {
	var b strings.Builder
	b.WriteString(strings.TrimSpace(out.Text))
	for _, c := range out.Cards {
		if c.Type != "order" {
			continue
		}
		b.WriteString("\n\n" + c.OrderName)
		if c.StatusText != "" {
			b.WriteString(": " + c.StatusText)
		}
		for _, s := range c.Shipments {
			line := strings.TrimSpace(strings.Join(nonEmpty(s.Carrier, s.TrackingNumber, s.StatusText, s.EstimatedDelivery), " · "))
			if line != "" {
				b.WriteString("\n" + line)
			}
			if s.TrackingURL != "" {
				b.WriteString("\n" + s.TrackingURL)
			}
		}
	}
	s := strings.TrimSpace(b.String())
	if s == "" {
		s = "…"
	}
	return s
}

// Messenger sends through the Send API, POST /me/messages with the page's
// token, for Messenger and Instagram (Instagram's text limit is lower).
type Messenger struct {
	Client    *Client
	Instagram bool
}

var _ channels.HumanAgentWindowed = (*Messenger)(nil)

// Window implements channels.HumanAgentWindowed.
func (*Messenger) Window() time.Duration { return MessengerWindow }

// HumanAgentWindow implements channels.HumanAgentWindowed.
func (*Messenger) HumanAgentWindow() time.Duration { return MessengerHumanAgentWindow }

type sendAPIAnswer struct {
	RecipientID string `json:"recipient_id"`
	MessageID   string `json:"message_id"`
}

// Send implements channels.Sender: text split to the channel's limit,
// quick replies (≤ 13) on the last part, product cards as a generic
// template (≤ 10 elements). Every part goes as messaging_type RESPONSE,
// or, for a person's reply after the 24-hour window (out.HumanAgent), as
// MESSAGE_TAG with tag HUMAN_AGENT; the router decides which.
func (m *Messenger) Send(ctx context.Context, acct *db.ChannelAccount, conv *db.Conversation, out channels.Outbound) (string, error) {
	limit := msgrTextMax
	if m.Instagram {
		limit = igTextMax
	}
	text := out.Text
	if out.Template != nil {
		// Messenger has no WhatsApp-style templates; the notice text is
		// in the parameters.
		text = strings.Join(out.Template.Params, "\n")
	}
	parts := Split(cardsText(channels.Outbound{Text: text, Cards: out.Cards}), limit)
	var msgs []map[string]any
	for _, p := range parts {
		msgs = append(msgs, map[string]any{"text": p})
	}
	var elements []map[string]any
	for _, c := range out.Cards {
		if c.Type != "product" || c.Title == "" || len(elements) == genericMax {
			continue
		}
		el := map[string]any{"title": clip(c.Title, genericTitleMax)}
		if sub := strings.TrimSpace(c.Price + " " + c.Currency); sub != "" {
			el["subtitle"] = clip(sub, genericTitleMax)
		}
		if c.ImageURL != "" {
			el["image_url"] = c.ImageURL
		}
		if c.URL != "" {
			el["default_action"] = map[string]any{"type": "web_url", "url": c.URL}
			el["buttons"] = []map[string]any{{"type": "web_url", "url": c.URL, "title": clip(c.Title, quickTitleMax)}}
		}
		elements = append(elements, el)
	}
	if len(elements) > 0 {
		msgs = append(msgs, map[string]any{"attachment": map[string]any{"type": "template",
			"payload": map[string]any{"template_type": "generic", "elements": elements}}})
	}
	if len(out.QuickReplies) > 0 {
		var qrs []map[string]any
		for _, q := range out.QuickReplies {
			if len(qrs) == quickRepliesMax {
				break
			}
			qrs = append(qrs, map[string]any{"content_type": "text", "title": clip(q, quickTitleMax), "payload": clip(q, quickPayloadMax)})
		}
		msgs[len(msgs)-1]["quick_replies"] = qrs
	}
	var last string
	for _, msg := range msgs {
		body := map[string]any{"recipient": map[string]any{"id": conv.ChannelAddress}, "messaging_type": MessagingResponse, "message": msg}
		if out.HumanAgent {
			body["messaging_type"], body["tag"] = MessagingMessageTag, TagHumanAgent
		}
		var ans sendAPIAnswer
		if err := m.Client.post(ctx, acct, "/me/messages", body, &ans); err != nil {
			return last, err
		}
		if ans.MessageID == "" {
			return last, errors.New("graph api: no message id in answer")
		}
		last = ans.MessageID
	}
	return last, nil
}

// Split cuts text into parts of at most limit runes, preferring paragraph,
// then line, then sentence, then word boundaries.
func Split(text string, limit int) []string {
	text = strings.TrimSpace(text)
	if text == "" {
		return []string{"…"}
	}
	var parts []string
	for utf8.RuneCountInString(text) > limit {
		r := []rune(text)
		head := string(r[:limit])
		cut := -1
		for _, sep := range []string{"\n\n", "\n", ". ", "。", "! ", "? ", " "} {
			if i := strings.LastIndex(head, sep); i > len(head)/3 {
				cut = i + len(sep)
				break
			}
		}
		if cut <= 0 {
			cut = len(head)
		}
		parts = append(parts, strings.TrimSpace(text[:cut]))
		text = strings.TrimSpace(text[cut:])
	}
	if text != "" {
		parts = append(parts, text)
	}
	return parts
}

// clip cuts s to at most n runes, marking the cut with an ellipsis.
func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return strings.TrimSpace(string([]rune(s)[:n-1])) + "…"
}

// flatten puts text on one line: template parameters may not contain
// newlines or tabs.
func flatten(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}
