package demoweb

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"shopassist/channels/meta/metatest"
	"shopassist/limits"
)

// whatsAppUser is the demo shopper's WhatsApp number: a customer of the
// demo store (Oliver Bennett), so "where is my order?" finds his orders by
// the number WhatsApp verified.
const whatsAppUser = "447700900123"

// chatLog is what the WhatsApp page shows of the shopper: the messages as
// they were sent through the signed webhook (the business side is what the
// fake Graph API received).
type chatLog struct {
	mu   sync.Mutex
	sent []bubble
}

type bubble struct {
	From    string    `json:"from"` // "shopper" or "business"
	Text    string    `json:"text"`
	Buttons []string  `json:"buttons,omitempty"`
	Kind    string    `json:"kind,omitempty"` // button or list
	Status  string    `json:"status,omitempty"`
	At      time.Time `json:"at"`
}

// whatsAppPage serves a WhatsApp-style conversation with the demo store.
func (s *Server) whatsAppPage(c echo.Context) error {
	if s.cfg.Graph == nil {
		return echo.NewHTTPError(http.StatusNotFound, "The WhatsApp demo needs the built-in fake Graph API (unset META_GRAPH_URL).")
	}
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	c.Response().WriteHeader(http.StatusOK)
	return whatsAppPage(limits.ShopperMessage).Render(c.Request().Context(), c.Response())
}

// whatsAppSend posts the shopper's message (or button tap) to the app's
// own Meta webhook, signed with the app secret, like WhatsApp does.
func (s *Server) whatsAppSend(c echo.Context) error {
	if s.cfg.Graph == nil {
		return echo.NewHTTPError(http.StatusNotFound, "No WhatsApp demo.")
	}
	text := strings.TrimSpace(c.FormValue("text"))
	if text == "" || utf8.RuneCountInString(text) > limits.ShopperMessage {
		return echo.NewHTTPError(http.StatusUnprocessableEntity,
			"Write a message of at most "+strconv.Itoa(limits.ShopperMessage)+" characters.")
	}
	wh := &metatest.Webhook{URL: "http://app.demo.invalid/webhooks/meta", AppSecret: s.cfg.MetaAppSecret,
		Graph: s.cfg.Graph, HTTP: &http.Client{Transport: metatest.Transport(s.cfg.App)}}
	// The second result is the message id, which the page does not need.
	var body []byte
	now := s.cfg.Now()
	phone := s.cfg.WhatsAppPhoneID
	switch c.FormValue("kind") {
	case "button":
		body, _ = wh.WhatsAppButtonReply(phone, whatsAppUser, "Oliver Bennett", text, text, now)
	case "list":
		body, _ = wh.WhatsAppListReply(phone, whatsAppUser, "Oliver Bennett", text, text, now)
	default:
		body, _ = wh.WhatsAppText(phone, whatsAppUser, "Oliver Bennett", "", text, now)
	}
	code, err := wh.Deliver(body, nil)
	if err != nil {
		return fmt.Errorf("demo whatsapp: %w", err)
	}
	if code != http.StatusOK {
		return echo.NewHTTPError(http.StatusBadGateway, "The webhook answered "+http.StatusText(code)+".")
	}
	s.wa.mu.Lock()
	s.wa.sent = append(s.wa.sent, bubble{From: "shopper", Text: text, At: now})
	s.wa.mu.Unlock()
	if s.cfg.ProcessMeta != nil {
		// No job workers in this process: process the delivery here.
		if err := s.cfg.ProcessMeta(c.Request().Context()); err != nil {
			return fmt.Errorf("demo whatsapp: %w", err)
		}
	}
	return c.NoContent(http.StatusNoContent)
}

// whatsAppMessages lists the conversation as the phone shows it.
func (s *Server) whatsAppMessages(c echo.Context) error {
	if s.cfg.Graph == nil {
		return echo.NewHTTPError(http.StatusNotFound, "No WhatsApp demo.")
	}
	s.wa.mu.Lock()
	out := append([]bubble(nil), s.wa.sent...)
	s.wa.mu.Unlock()
	for _, m := range s.cfg.Graph.SentTo(whatsAppUser) {
		out = append(out, graphBubble(m))
	}
	// Both lists are in time order; a stable sort merges them.
	slices.SortStableFunc(out, func(a, b bubble) int { return a.At.Compare(b.At) })
	return c.JSON(http.StatusOK, map[string]any{"messages": out})
}

// graphBubble renders one message the fake Graph API accepted.
func graphBubble(s metatest.Sent) bubble {
	b := bubble{From: "business", Text: s.Text, At: s.At}
	inter, _ := s.Body["interactive"].(map[string]any)
	action, _ := inter["action"].(map[string]any)
	objects := func(v any) []map[string]any {
		list, _ := v.([]any)
		out := make([]map[string]any, 0, len(list))
		for _, x := range list {
			if m, ok := x.(map[string]any); ok {
				out = append(out, m)
			}
		}
		return out
	}
	switch inter["type"] {
	case "button":
		b.Kind = "button"
		for _, x := range objects(action["buttons"]) {
			if r, ok := x["reply"].(map[string]any); ok {
				id, _ := r["id"].(string)
				b.Buttons = append(b.Buttons, id)
			}
		}
	case "list":
		b.Kind = "list"
		for _, sec := range objects(action["sections"]) {
			for _, r := range objects(sec["rows"]) {
				id, _ := r["id"].(string)
				b.Buttons = append(b.Buttons, id)
			}
		}
	}
	return b
}
