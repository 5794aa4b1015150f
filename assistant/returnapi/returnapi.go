// Package returnapi starts return requests in Shopify for the assistant's
// returns skill: it maps the order's line items to their fulfillment line
// items, then calls the Admin API returnRequest mutation (the merchant then
// approves or declines the request in Shopify).
package returnapi

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"shopassist/assistant/actions"
	"shopassist/db"
	"shopassist/shopify"
)

// TokenSource returns a shop's Admin API access token (tokens.Store).
type TokenSource interface {
	AccessToken(ctx context.Context, shop string) (string, error)
}

// Client implements assistant.ReturnRequester over the Admin GraphQL API.
type Client struct {
	gql    *shopify.Client
	tokens TokenSource
	// Note is the customer note attached to every requested line.
	Note string
}

// New returns a Client.
func New(gql *shopify.Client, tokens TokenSource) *Client {
	return &Client{gql: gql, tokens: tokens, Note: "Requested through the store assistant"}
}

const fulfillmentLinesQuery = `query AssistantFulfillmentLines($id: ID!) {
  order(id: $id) {
    fulfillments(first: 20) {
      fulfillmentLineItems(first: 100) { nodes { id quantity lineItem { id } } }
    }
  }
}`

const returnRequestMutation = `mutation AssistantReturnRequest($input: ReturnRequestInput!) {
  returnRequest(input: $input) {
    return { id name status }
    userErrors { field message code }
  }
}`

type fulfillmentLines struct {
	Order *struct {
		Fulfillments []struct {
			FulfillmentLineItems struct {
				Nodes []struct {
					ID       string `json:"id"`
					Quantity int    `json:"quantity"`
					LineItem struct {
						ID string `json:"id"`
					} `json:"lineItem"`
				} `json:"nodes"`
			} `json:"fulfillmentLineItems"`
		} `json:"fulfillments"`
	} `json:"order"`
}

type returnRequestResult struct {
	ReturnRequest struct {
		Return *struct {
			ID     string `json:"id"`
			Name   string `json:"name"`
			Status string `json:"status"`
		} `json:"return"`
		UserErrors []struct {
			Field   []string `json:"field"`
			Message string   `json:"message"`
			Code    string   `json:"code"`
		} `json:"userErrors"`
	} `json:"returnRequest"`
}

// ErrNothingToReturn means none of the requested lines has been fulfilled.
var ErrNothingToReturn = errors.New("no fulfilled line to return")

// RequestReturn asks Shopify for a return of lines (order line item ids
// and quantities) with reason OTHER and returns the created return's GID
// and name.
func (c *Client) RequestReturn(ctx context.Context, shop *db.Shop, o *db.Order, lines []db.ReturnLine) (string, string, error) {
	items := make([]Item, len(lines))
	for i, l := range lines {
		items[i] = Item{LineItemID: l.LineItemID, Quantity: l.Quantity, Reason: "OTHER", Note: c.Note}
	}
	return c.RequestReturnItems(ctx, shop, o, items)
}

// Item is one order line to return, with its ReturnReason enum value and
// the customer's note (at most 300 characters; longer notes are cut).
type Item struct {
	LineItemID int64
	Quantity   int
	Reason     string
	Note       string
}

// RequestReturnItems asks Shopify for a return of exactly items and
// returns the created return's GID and name. A refusal is returned as
// actions.UserErrors (wrapped).
func (c *Client) RequestReturnItems(ctx context.Context, shop *db.Shop, o *db.Order, lines []Item) (string, string, error) {
	token, err := c.tokens.AccessToken(ctx, shop.Domain)
	if err != nil {
		return "", "", fmt.Errorf("return request for %s: %w", o.Name, err)
	}
	orderGID := "gid://shopify/Order/" + strconv.FormatInt(o.ShopifyID, 10)
	var fl fulfillmentLines
	if _, err := c.gql.GraphQL(ctx, shop.Domain, token, fulfillmentLinesQuery, map[string]any{"id": orderGID}, &fl); err != nil {
		return "", "", fmt.Errorf("load fulfillment lines of %s: %w", o.Name, err)
	}
	if fl.Order == nil {
		return "", "", fmt.Errorf("load fulfillment lines of %s: order not found in Shopify", o.Name)
	}
	// Spread each requested quantity over the fulfillment lines carrying
	// that order line (a line can ship in several parcels).
	var items []map[string]any
	for _, l := range lines {
		gid := "gid://shopify/LineItem/" + strconv.FormatInt(l.LineItemID, 10)
		want := l.Quantity
		note := l.Note
		if r := []rune(note); len(r) > 300 {
			note = string(r[:300])
		}
		reason := l.Reason
		if reason == "" {
			reason = "OTHER"
		}
		for _, f := range fl.Order.Fulfillments {
			for _, n := range f.FulfillmentLineItems.Nodes {
				if n.LineItem.ID != gid {
					continue
				}
				q := min(want, n.Quantity)
				if q <= 0 {
					continue
				}
				want -= q
				items = append(items, map[string]any{"fulfillmentLineItemId": n.ID, "quantity": q,
					"returnReason": reason, "customerNote": note})
			}
		}
	}
	if len(items) == 0 {
		return "", "", fmt.Errorf("return request for %s: %w", o.Name, ErrNothingToReturn)
	}
	var res returnRequestResult
	vars := map[string]any{"input": map[string]any{"orderId": orderGID, "returnLineItems": items}}
	if _, err := c.gql.GraphQL(ctx, shop.Domain, token, returnRequestMutation, vars, &res); err != nil {
		return "", "", fmt.Errorf("return request for %s: %w", o.Name, err)
	}
	if ue := res.ReturnRequest.UserErrors; len(ue) > 0 {
		errs := make(actions.UserErrors, len(ue))
		for i, e := range ue {
			errs[i] = actions.UserError{Field: e.Field, Code: e.Code, Message: e.Message}
		}
		return "", "", fmt.Errorf("return request for %s %w", o.Name, errs)
	}
	if res.ReturnRequest.Return == nil {
		return "", "", fmt.Errorf("return request for %s: no return in response", o.Name)
	}
	return res.ReturnRequest.Return.ID, res.ReturnRequest.Return.Name, nil
}
