// Package actionapi applies the assistant's guarded order actions through
// the Admin GraphQL API: orderCancel (refund to the original payment,
// restock), orderUpdate (shipping address), returnRequest (through
// returnapi, with the shopper's reason and note) and the order read-back
// that confirms a change took effect.
package actionapi

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"shopassist/assistant/actions"
	"shopassist/assistant/returnapi"
	"shopassist/db"
	"shopassist/shopify"
)

// Client implements assistant.OrderActions.
type Client struct {
	gql     *shopify.Client
	tokens  returnapi.TokenSource
	returns *returnapi.Client
}

// New returns a Client.
func New(gql *shopify.Client, tokens returnapi.TokenSource) *Client {
	return &Client{gql: gql, tokens: tokens, returns: returnapi.New(gql, tokens)}
}

const addressFields = `firstName lastName company address1 address2 city provinceCode zip countryCodeV2 phone`

const orderStateQuery = `query AssistantOrderState($id: ID!) {
  order(id: $id) {
    id
    cancelledAt
    displayFinancialStatus
    displayFulfillmentStatus
    shippingAddress { ` + addressFields + ` }
    returns(first: 50) { nodes { id name status } }
  }
}`

// OrderCancel as documented for 2026-10: refundMethod replaced the refund
// boolean; the cancellation runs in a Job.
const orderCancelMutation = `mutation AssistantOrderCancel($orderId: ID!, $notifyCustomer: Boolean, $refundMethod: OrderCancelRefundMethodInput!, $restock: Boolean!, $reason: OrderCancelReason!, $staffNote: String) {
  orderCancel(orderId: $orderId, notifyCustomer: $notifyCustomer, refundMethod: $refundMethod, restock: $restock, reason: $reason, staffNote: $staffNote) {
    job { id done }
    orderCancelUserErrors { field message code }
  }
}`

const orderUpdateMutation = `mutation AssistantOrderUpdate($input: OrderInput!) {
  orderUpdate(input: $input) {
    order { id shippingAddress { ` + addressFields + ` } }
    userErrors { field message }
  }
}`

type mailingAddress struct {
	FirstName     string `json:"firstName"`
	LastName      string `json:"lastName"`
	Company       string `json:"company"`
	Address1      string `json:"address1"`
	Address2      string `json:"address2"`
	City          string `json:"city"`
	ProvinceCode  string `json:"provinceCode"`
	Zip           string `json:"zip"`
	CountryCodeV2 string `json:"countryCodeV2"`
	Phone         string `json:"phone"`
}

func (m *mailingAddress) address() *actions.Address {
	if m == nil {
		return nil
	}
	return &actions.Address{FirstName: m.FirstName, LastName: m.LastName, Company: m.Company, Address1: m.Address1,
		Address2: m.Address2, City: m.City, ProvinceCode: m.ProvinceCode, Zip: m.Zip, CountryCode: m.CountryCodeV2, Phone: m.Phone}
}

type userErrorJSON struct {
	Field   []string `json:"field"`
	Message string   `json:"message"`
	Code    string   `json:"code"`
}

func userErrors(in []userErrorJSON) error {
	if len(in) == 0 {
		return nil
	}
	out := make(actions.UserErrors, len(in))
	for i, e := range in {
		out[i] = actions.UserError{Field: e.Field, Code: e.Code, Message: e.Message}
	}
	return out
}

func orderGID(o *db.Order) string { return "gid://shopify/Order/" + strconv.FormatInt(o.ShopifyID, 10) }

func (c *Client) token(ctx context.Context, shop *db.Shop) (string, error) {
	t, err := c.tokens.AccessToken(ctx, shop.Domain)
	if err != nil {
		return "", fmt.Errorf("access token of %s: %w", shop.Domain, err)
	}
	return t, nil
}

// OrderState reads the order back from Shopify.
func (c *Client) OrderState(ctx context.Context, shop *db.Shop, o *db.Order) (*actions.RemoteOrder, error) {
	token, err := c.token(ctx, shop)
	if err != nil {
		return nil, err
	}
	var out struct {
		Order *struct {
			CancelledAt              *time.Time      `json:"cancelledAt"`
			DisplayFinancialStatus   string          `json:"displayFinancialStatus"`
			DisplayFulfillmentStatus string          `json:"displayFulfillmentStatus"`
			ShippingAddress          *mailingAddress `json:"shippingAddress"`
			Returns                  struct {
				Nodes []actions.RemoteReturn `json:"nodes"`
			} `json:"returns"`
		} `json:"order"`
	}
	if _, err := c.gql.GraphQL(ctx, shop.Domain, token, orderStateQuery, map[string]any{"id": orderGID(o)}, &out); err != nil {
		return nil, fmt.Errorf("read order %s: %w", o.Name, err)
	}
	if out.Order == nil {
		return nil, fmt.Errorf("read order %s: not found in Shopify", o.Name)
	}
	return &actions.RemoteOrder{CancelledAt: out.Order.CancelledAt, FinancialStatus: out.Order.DisplayFinancialStatus,
		FulfillmentStatus: out.Order.DisplayFulfillmentStatus, ShippingAddress: out.Order.ShippingAddress.address(),
		Returns: out.Order.Returns.Nodes}, nil
}

// CancelOrder asks Shopify to cancel o at the customer's request, refund
// the original payment methods and restock; notify sends Shopify's own
// cancellation email (only when the order has an email). It returns the
// Job id: the cancellation is not done until OrderState shows cancelledAt.
func (c *Client) CancelOrder(ctx context.Context, shop *db.Shop, o *db.Order, notify bool) (string, error) {
	token, err := c.token(ctx, shop)
	if err != nil {
		return "", err
	}
	vars := map[string]any{"orderId": orderGID(o), "notifyCustomer": notify,
		"refundMethod": map[string]any{"originalPaymentMethodsRefund": true}, "restock": true, "reason": "CUSTOMER",
		"staffNote": "Cancelled by the customer through the store assistant"}
	var out struct {
		OrderCancel struct {
			Job *struct {
				ID   string `json:"id"`
				Done bool   `json:"done"`
			} `json:"job"`
			OrderCancelUserErrors []userErrorJSON `json:"orderCancelUserErrors"`
		} `json:"orderCancel"`
	}
	if _, err := c.gql.GraphQL(ctx, shop.Domain, token, orderCancelMutation, vars, &out); err != nil {
		return "", fmt.Errorf("cancel order %s: %w", o.Name, err)
	}
	if err := userErrors(out.OrderCancel.OrderCancelUserErrors); err != nil {
		return "", fmt.Errorf("cancel order %s %w", o.Name, err)
	}
	if out.OrderCancel.Job == nil {
		return "", fmt.Errorf("cancel order %s: no job in response", o.Name)
	}
	return out.OrderCancel.Job.ID, nil
}

// UpdateShippingAddress replaces o's shipping address with a.
func (c *Client) UpdateShippingAddress(ctx context.Context, shop *db.Shop, o *db.Order, a actions.Address) error {
	token, err := c.token(ctx, shop)
	if err != nil {
		return err
	}
	vars := map[string]any{"input": map[string]any{"id": orderGID(o), "shippingAddress": a}}
	var out struct {
		OrderUpdate struct {
			UserErrors []userErrorJSON `json:"userErrors"`
		} `json:"orderUpdate"`
	}
	if _, err := c.gql.GraphQL(ctx, shop.Domain, token, orderUpdateMutation, vars, &out); err != nil {
		return fmt.Errorf("update address of order %s: %w", o.Name, err)
	}
	if err := userErrors(out.OrderUpdate.UserErrors); err != nil {
		return fmt.Errorf("update address of order %s %w", o.Name, err)
	}
	return nil
}

// RequestReturn asks for a return of exactly items, each with reason and
// the shopper's note.
func (c *Client) RequestReturn(ctx context.Context, shop *db.Shop, o *db.Order, items []actions.Item, reason, note string) (string, string, error) {
	lines := make([]returnapi.Item, len(items))
	for i, it := range items {
		lines[i] = returnapi.Item{LineItemID: it.LineItemID, Quantity: it.Count, Reason: reason, Note: note}
	}
	return c.returns.RequestReturnItems(ctx, shop, o, lines)
}
