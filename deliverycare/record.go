package deliverycare

import (
	"context"
	"fmt"
	"time"

	"shopassist/db"
)

// OnCarrierEvent runs in the fulfillment_events/create processor's
// transaction, after the event was applied: a delivery closes the
// shipment's risks, a risky status or customs message records a risk. A
// stale event (older than the last one applied) announces nothing: newer
// news already superseded it.
func OnCarrierEvent(ctx context.Context, tx *db.Store, shop *db.Shop, fulfillmentShopifyID int64, ev db.FulfillmentEvent, message string, result db.UpsertResult) error {
	if result == db.Stale {
		return nil
	}
	f, err := tx.GetFulfillmentByShopifyID(ctx, shop.ID, fulfillmentShopifyID)
	if err != nil {
		return fmt.Errorf("delivery care: %w", err)
	}
	if ev.Status == "delivered" {
		return tx.ResolveShipmentRisks(ctx, shop.ID, f.ID, ev.HappenedAt)
	}
	fd, ok := FromEvent(ev.Status, message, ev.HappenedAt, f.EstimatedDeliveryAt)
	if !ok {
		return nil
	}
	return record(ctx, tx, f, fd)
}

// OnFulfillment runs in the fulfillments/create|update processor's
// transaction: the payload's shipment_status is the carrier's latest
// status, which may carry a risk the events did not (or not yet) report.
func OnFulfillment(ctx context.Context, tx *db.Store, shop *db.Shop, f *db.Fulfillment, result db.UpsertResult) error {
	if result == db.Stale || f.ID == 0 {
		return nil
	}
	if f.ShipmentStatus == "delivered" || f.DeliveredAt != nil {
		at := time.Now()
		if f.DeliveredAt != nil {
			at = *f.DeliveredAt
		}
		return tx.ResolveShipmentRisks(ctx, shop.ID, f.ID, at)
	}
	at := time.Now()
	if f.ShopifyUpdatedAt != nil {
		at = *f.ShopifyUpdatedAt
	}
	fd, ok := FromEvent(f.ShipmentStatus, "", at, f.EstimatedDeliveryAt)
	if !ok {
		return nil
	}
	return record(ctx, tx, f, fd)
}

func record(ctx context.Context, tx *db.Store, f *db.Fulfillment, fd Finding) error {
	r := &db.ShipmentRisk{ShopID: f.ShopID, OrderID: f.OrderID, FulfillmentID: f.ID, Kind: fd.Kind, EventKey: fd.Key,
		EstimateAt: fd.Estimate}
	if _, err := tx.RecordShipmentRisk(ctx, r); err != nil {
		return fmt.Errorf("delivery care: %w", err)
	}
	return nil
}

// sweepWindow bounds the periodic check to recent shipments: a parcel
// shipped two months ago and never marked delivered is the merchant's to
// chase, not a notice to send.
const sweepWindow = 60 * 24 * time.Hour

// SweepShop records the clock-driven risks (passed estimate, no news) of
// a shop's in-flight shipments; it returns how many rows are new.
func SweepShop(ctx context.Context, store *db.Store, shop *db.Shop, now time.Time) (int, error) {
	loc := Location(shop.Timezone)
	stall := shop.Settings.V.DeliveryCare.StallDays()
	const page = 500
	fs, err := store.InFlightShipments(ctx, shop.ID, now.Add(-sweepWindow), page)
	if err != nil {
		return 0, fmt.Errorf("delivery care sweep: %w", err)
	}
	added := 0
	for i := range fs {
		f := &fs[i]
		last := f.LastEventAt
		if last == nil {
			last = f.ShopifyCreatedAt
		}
		for _, fd := range TimeFindings(Shipment{Status: f.ShipmentStatus, Delivered: f.DeliveredAt != nil,
			Estimate: f.EstimatedDeliveryAt, LastActivity: last}, now, loc, stall) {
			r := &db.ShipmentRisk{ShopID: f.ShopID, OrderID: f.OrderID, FulfillmentID: f.ID, Kind: fd.Kind,
				EventKey: fd.Key, EstimateAt: fd.Estimate, DetectedAt: now}
			ins, err := store.RecordShipmentRisk(ctx, r)
			if err != nil {
				return added, fmt.Errorf("delivery care sweep: %w", err)
			}
			if ins {
				added++
			}
		}
	}
	return added, nil
}
