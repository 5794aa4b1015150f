package app

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"shopassist/assistant"
)

type cartRequest struct {
	ConversationID    string `json:"conversation_id"`
	ConversationToken string `json:"conversation_token"`
	ProductID         string `json:"product_id"`
	VariantID         string `json:"variant_id"`
}

// proxyCart records that the shopper added a chat card's product to the
// cart: POST /proxy/cart (a demand signal; the cart itself is Shopify's).
func (a *App) proxyCart(c echo.Context) error {
	var req cartRequest
	if err := decodeJSON(c, maxChatBody, &req); err != nil {
		return err
	}
	product, err1 := strconv.ParseInt(strings.TrimSpace(req.ProductID), 10, 64)
	variant, err2 := strconv.ParseInt(strings.TrimSpace(req.VariantID), 10, 64)
	if err1 != nil || err2 != nil || product <= 0 || variant <= 0 {
		return echo.NewHTTPError(http.StatusBadRequest, "product_id and variant_id must be Shopify ids.")
	}
	err := a.engine.CartAdded(c.Request().Context(), ShopFrom(c), c.Get(ctxCustomer).(int64), req.ConversationID,
		req.ConversationToken, product, variant)
	if errors.Is(err, assistant.ErrConversationNotFound) {
		return echo.NewHTTPError(http.StatusNotFound, "Conversation not found.").SetInternal(err)
	}
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]bool{"ok": true})
}
