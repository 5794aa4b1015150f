package webhooks

import (
	"context"
	"encoding/json"
	"fmt"

	"shopassist/db"
)

// compliancePayload covers the three mandatory privacy topics.
type compliancePayload struct {
	ShopDomain      string         `json:"shop_domain"`
	Customer        db.CustomerRef `json:"customer"`
	OrdersRequested []int64        `json:"orders_requested"`
	OrdersToRedact  []int64        `json:"orders_to_redact"`
	DataRequest     struct {
		ID int64 `json:"id"`
	} `json:"data_request"`
}

func decodeCompliance(ev *Event) (*compliancePayload, error) {
	var p compliancePayload
	if err := json.Unmarshal(ev.Payload, &p); err != nil {
		return nil, Permanent(fmt.Errorf("decode %s payload: %w", ev.Topic, err))
	}
	return &p, nil
}

// processDataRequest answers customers/data_request with an export of the
// customer's orders, conversations and messages, stored for the merchant.
func processDataRequest(ctx context.Context, tx *db.Store, ev *Event) error {
	p, err := decodeCompliance(ev)
	if err != nil {
		return err
	}
	_, err = tx.CreateCustomerExport(ctx, ev.ShopRow.ID, p.DataRequest.ID, p.Customer, p.OrdersRequested, ev.ReceivedAt)
	return err
}

// processCustomerRedact erases the customer from every table
// (customers/redact); see db.RedactCustomer. The event's own payload names
// the customer too: finishing the event drops it.
func processCustomerRedact(ctx context.Context, tx *db.Store, ev *Event) error {
	p, err := decodeCompliance(ev)
	if err != nil {
		return err
	}
	_, err = tx.RedactCustomer(ctx, ev.ShopRow.ID, p.Customer,
		db.RedactOptions{OrderIDs: p.OrdersToRedact, KeepEventID: ev.ID})
	return err
}

// processShopRedact deletes everything held for the shop (shop/redact,
// 48 h after uninstall). A shop that installed the app again meanwhile keeps
// its data: wiping a live installation would break it.
func processShopRedact(ctx context.Context, tx *db.Store, ev *Event) error {
	if ev.ShopRow.Installed() {
		return Skip(reasonShopReinstalled)
	}
	if err := tx.DeleteCustomerExports(ctx, ev.ShopRow.ID); err != nil {
		return err
	}
	return tx.DeleteShopData(ctx, ev.ShopRow.Domain)
}
