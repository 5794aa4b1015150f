package app

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"shopassist/assistant"
	"shopassist/limits"
)

type chatRequest struct {
	ConversationID    string `json:"conversation_id"`
	ConversationToken string `json:"conversation_token"`
	Message           string `json:"message"`
	Locale            string `json:"locale"`
	BrowserLanguage   string `json:"browser_language"`
	// TimeZone is the browser's IANA zone, for business hours in the
	// shopper's time; an unknown zone is ignored.
	TimeZone string `json:"time_zone"`
	// Country is the storefront's country (localization.country.iso_code).
	Country string `json:"country"`
	// ProductID is the product page's product, as the theme renders it.
	ProductID string `json:"product_id"`
}

type chatResponse struct {
	ConversationID    string           `json:"conversation_id"`
	ConversationToken string           `json:"conversation_token"`
	MessageID         string           `json:"message_id"`
	Reply             string           `json:"reply"`
	Language          string           `json:"language"`
	Intent            string           `json:"intent"`
	Cards             []assistant.Card `json:"cards"`
	QuickReplies      []string         `json:"quick_replies"`
	Handoff           bool             `json:"handoff"`
	Offline           bool             `json:"offline,omitempty"`
	// AskRating asks the widget for the end-of-chat rating and comment.
	AskRating bool `json:"ask_rating,omitempty"`
}

// proxyChat answers one shopper message: POST /proxy/chat.
func (a *App) proxyChat(c echo.Context) error {
	var req chatRequest
	if err := decodeJSON(c, maxChatBody, &req); err != nil {
		return err
	}
	return a.chatTurn(c, req, 0)
}

// chatTurn answers one message of an authenticated surface (the app proxy
// or the customer-account extension, which set the shop and customer on c);
// pageOrder is the order number the surface has open, 0 if none.
func (a *App) chatTurn(c echo.Context, req chatRequest, pageOrder int64) error {
	msg := strings.TrimSpace(req.Message)
	switch n := utf8.RuneCountInString(msg); {
	case n == 0:
		return echo.NewHTTPError(http.StatusBadRequest, "Message is empty.")
	case n > limits.ShopperMessage:
		return echo.NewHTTPError(http.StatusRequestEntityTooLarge, "Message too long.")
	case !utf8.ValidString(msg):
		return echo.NewHTTPError(http.StatusBadRequest, "Message is not valid UTF-8.")
	case strings.ContainsRune(msg, 0):
		return echo.NewHTTPError(http.StatusBadRequest, "Message contains a NUL character.")
	}
	reply, err := a.engine.Reply(c.Request().Context(), assistant.Request{
		Shop: ShopFrom(c), ConversationID: req.ConversationID, ConversationToken: req.ConversationToken,
		Message: msg, Locale: req.Locale, BrowserLanguage: firstNonEmpty(req.BrowserLanguage, acceptLanguage(c.Request())),
		CustomerID: c.Get(ctxCustomer).(int64), PageOrder: pageOrder, ClientIP: a.shopperIP(c.Request()),
		Country: storefrontCountry(req.Country), ProductID: viewedProduct(req.ProductID), TimeZone: shopperZone(req.TimeZone),
	})
	var unavailable *assistant.UnavailableError
	if errors.As(err, &unavailable) {
		// Nothing was stored: the widget keeps the typed message for a
		// retry and shows this text, already in the shopper's language.
		a.log.Error("chat turn failed", "shop", ShopFrom(c).Domain, "err", unavailable.Err)
		c.Response().Header().Set("Retry-After", retryAfterSeconds)
		return c.JSON(http.StatusServiceUnavailable, map[string]string{"error": unavailable.Message,
			"language": unavailable.Language})
	}
	if err != nil {
		return err
	}
	if reply.Handoff {
		a.notifyHandoff(c.Request().Context(), ShopFrom(c), reply.ConversationID)
	}
	// The engine returns the token only when it creates the conversation;
	// echo the caller's token otherwise so clients can always store it.
	token := reply.ConversationToken
	if token == "" {
		token = req.ConversationToken
	}
	out := chatResponse{ConversationID: reply.ConversationID, ConversationToken: token,
		MessageID: reply.MessageID, Reply: reply.Text, Language: reply.Language, Intent: reply.Intent,
		Cards: reply.Cards, QuickReplies: reply.QuickReplies, Handoff: reply.Handoff, Offline: reply.Offline,
		AskRating: reply.AskRating}
	if out.Cards == nil {
		out.Cards = []assistant.Card{}
	}
	if out.QuickReplies == nil {
		out.QuickReplies = []string{}
	}
	return c.JSON(http.StatusOK, out)
}

// proxyHistory returns a conversation (with agent replies) to its owner:
// GET /proxy/conversations/:id?token=... (with &after= it is the widget's
// long poll for agent replies: proxyUpdates).
func (a *App) proxyHistory(c echo.Context) error {
	if c.QueryParams().Has("after") {
		return a.proxyUpdates(c)
	}
	h, err := a.engine.History(c.Request().Context(), ShopFrom(c), c.Get(ctxCustomer).(int64), c.Param("id"),
		c.QueryParam("token"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, h)
}

type feedbackRequest struct {
	ConversationID    string `json:"conversation_id"`
	ConversationToken string `json:"conversation_token"`
	MessageID         string `json:"message_id"`
	Rating            int    `json:"rating"`
	Comment           string `json:"comment"`
}

// proxyFeedback records a thumbs up/down: POST /proxy/feedback.
func (a *App) proxyFeedback(c echo.Context) error {
	var req feedbackRequest
	if err := decodeJSON(c, maxChatBody, &req); err != nil {
		return err
	}
	if req.Rating != 1 && req.Rating != -1 {
		return echo.NewHTTPError(http.StatusBadRequest, "Rating must be 1 or -1.")
	}
	if utf8.RuneCountInString(req.Comment) > limits.ShopperMessage {
		return echo.NewHTTPError(http.StatusRequestEntityTooLarge, "Comment too long.")
	}
	if strings.ContainsRune(req.Comment, 0) {
		return echo.NewHTTPError(http.StatusBadRequest, "Comment contains a NUL character.")
	}
	err := a.engine.Feedback(c.Request().Context(), ShopFrom(c), c.Get(ctxCustomer).(int64), req.ConversationID, req.ConversationToken,
		req.MessageID, req.Rating, req.Comment)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]bool{"ok": true})
}

// acceptLanguage is the first language of the Accept-Language header, the
// weakest prior for the reply language.
func acceptLanguage(r *http.Request) string {
	v := r.Header.Get("Accept-Language")
	first, _, _ := strings.Cut(v, ",")
	first, _, _ = strings.Cut(first, ";")
	return strings.TrimSpace(first)
}

// shopperZone keeps a time zone name only when this server knows it.
func shopperZone(name string) string {
	if name == "" || len(name) > 64 {
		return ""
	}
	if _, err := time.LoadLocation(name); err != nil {
		return ""
	}
	return name
}

// storefrontCountry keeps a two-letter ISO country code and drops anything
// else: the country is a hint for shipping answers, and a theme that renders
// something odd must not cost the shopper their message.
func storefrontCountry(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return ""
	}
	return s
}

// viewedProduct parses the product page's product id (0 off product pages
// or when malformed; a hint like the country).
func viewedProduct(s string) int64 {
	id, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || id < 0 {
		return 0
	}
	return id
}
