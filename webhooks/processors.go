package webhooks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	goshopify "github.com/bold-commerce/go-shopify/v4"

	"shopassist/db"
	"shopassist/deliverycare"
	"shopassist/shopdata"
)

// Topics the service processes.
const (
	TopicOrdersCreate              = "orders/create"
	TopicOrdersUpdated             = "orders/updated"
	TopicOrdersPaid                = "orders/paid"
	TopicOrdersCancelled           = "orders/cancelled"
	TopicOrdersFulfilled           = "orders/fulfilled"
	TopicOrdersPartiallyFulfilled  = "orders/partially_fulfilled"
	TopicFulfillmentsCreate        = "fulfillments/create"
	TopicFulfillmentsUpdate        = "fulfillments/update"
	TopicFulfillmentEventsCreate   = "fulfillment_events/create"
	TopicRefundsCreate             = "refunds/create"
	TopicProductsCreate            = "products/create"
	TopicProductsUpdate            = "products/update"
	TopicProductsDelete            = "products/delete"
	TopicInventoryLevelsUpdate     = "inventory_levels/update"
	TopicCollectionsCreate         = "collections/create"
	TopicCollectionsUpdate         = "collections/update"
	TopicCollectionsDelete         = "collections/delete"
	TopicAppUninstalled            = "app/uninstalled"
	TopicAppScopesUpdate           = "app/scopes_update"
	TopicCustomersDataRequest      = "customers/data_request"
	TopicCustomersRedact           = "customers/redact"
	TopicShopRedact                = "shop/redact"
	topicReturnsPrefix             = "returns/"
	maxReturnLines                 = 250
	reasonNoProcessor              = "no processor for topic"
	reasonShopGone                 = "shop data already deleted"
	reasonShopUninstalled          = "shop uninstalled the app"
	reasonShopReinstalled          = "shop is installed again; redaction not applied"
	reasonUninstallBeforeReinstall = "uninstall predates the current installation"
)

// CollectionTopics carry a collection without its products (delete: only
// its id); membership is read from the Admin API (CollectionChanged).
var CollectionTopics = []string{TopicCollectionsCreate, TopicCollectionsUpdate, TopicCollectionsDelete}

// orderTopics carry a whole order (processOrder).
var orderTopics = []string{TopicOrdersCreate, TopicOrdersUpdated, TopicOrdersPaid, TopicOrdersCancelled,
	TopicOrdersFulfilled, TopicOrdersPartiallyFulfilled}

// ReturnTopics are the returns/* topics Shopify sends (all carry the return).
var ReturnTopics = []string{"returns/request", "returns/approve", "returns/decline", "returns/cancel",
	"returns/close", "returns/reopen", "returns/process", "returns/update"}

// Event is a stored webhook as processors see it.
type Event struct {
	*db.WebhookEvent
	// ShopRow is the shop the event belongs to.
	ShopRow *db.Shop
	// after collects AfterCommit's functions for whoever runs the
	// processor (Process, ProcessBatch).
	after *[]func(context.Context) error
}

// AfterCommit runs fn once the event's transaction has committed. Hooks
// that queue work (a catalog refresh) use it: on SQLite the store has a
// single connection, which the event's transaction holds, so a job insert
// from inside it would wait for ever; and the refresh should read what the
// transaction wrote. A failing fn is logged and makes the event's job
// report an error, but the event stays applied.
func (e *Event) AfterCommit(fn func(context.Context) error) {
	if e.after == nil {
		e.after = new([]func(context.Context) error)
	}
	*e.after = append(*e.after, fn)
}

// Processor applies one event inside the worker's transaction; it must use
// only tx. Return Skip(reason) to record the event as skipped, Permanent(err)
// when retrying cannot help (malformed payload).
type Processor func(ctx context.Context, tx *db.Store, ev *Event) error

type skipError struct{ reason string }

func (e *skipError) Error() string { return "skipped: " + e.reason }

// Skip marks an event as deliberately not applied.
func Skip(reason string) error { return &skipError{reason: reason} }

type permanentError struct{ err error }

func (e *permanentError) Error() string { return e.err.Error() }
func (e *permanentError) Unwrap() error { return e.err }

// Permanent marks an error retrying cannot fix: the event fails at once.
func Permanent(err error) error { return &permanentError{err: err} }

func defaultProcessors() map[string]Processor {
	m := map[string]Processor{
		TopicFulfillmentsCreate:      processFulfillment,
		TopicFulfillmentsUpdate:      processFulfillment,
		TopicFulfillmentEventsCreate: processFulfillmentEvent,
		TopicRefundsCreate:           processRefund,
		TopicProductsCreate:          processProduct,
		TopicProductsUpdate:          processProduct,
		TopicProductsDelete:          processProductDelete,
		TopicInventoryLevelsUpdate:   processInventoryLevel,
		TopicAppUninstalled:          processUninstalled,
		TopicAppScopesUpdate:         processScopesUpdate,
		TopicCustomersDataRequest:    processDataRequest,
		TopicCustomersRedact:         processCustomerRedact,
		TopicShopRedact:              processShopRedact,
	}
	for _, t := range orderTopics {
		m[t] = processOrder
	}
	for _, t := range ReturnTopics {
		m[t] = processReturn
	}
	for _, t := range CollectionTopics {
		m[t] = collectionProcessor(nil)
	}
	return m
}

// safeDispatch is dispatch made safe against poison payloads: a processor
// that panics (a decoder meeting a shape it does not expect) fails the
// event permanently instead of crashing the worker, and strings holding
// NUL are cleaned before any processor sees them.
func (s *Service) safeDispatch(ctx context.Context, tx *db.Store, we *db.WebhookEvent, after *[]func(context.Context) error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			s.log.Error("webhook processor panicked", "event", we.ID, "topic", we.Topic, "panic", db.CleanText(fmt.Sprint(r)))
			err = Permanent(fmt.Errorf("%s processor panicked on the payload: %v", we.Topic, r))
		}
	}()
	payload, err := shopdata.CleanPayload(we.Payload)
	if err != nil {
		return Permanent(err)
	}
	we.Payload = payload
	return s.dispatch(ctx, tx, we, after)
}

// dispatch loads the shop and runs the topic's processor. The shop's state
// is read again here, in the event's transaction: the intake trusts a
// cached state for a moment, so an ordinary event can be accepted just
// after the uninstall committed; it is recorded as skipped, not applied.
func (s *Service) dispatch(ctx context.Context, tx *db.Store, we *db.WebhookEvent, after *[]func(context.Context) error) error {
	p, ok := s.processors[we.Topic]
	if !ok {
		return Skip(reasonNoProcessor)
	}
	shop, err := tx.GetShop(ctx, we.Shop)
	if errors.Is(err, db.ErrNotFound) {
		return Skip(reasonShopGone)
	}
	if err != nil {
		return err
	}
	if shop.UninstalledAt != nil && !afterUninstall[we.Topic] {
		return Skip(reasonShopUninstalled)
	}
	return p(ctx, tx, &Event{WebhookEvent: we, ShopRow: shop, after: after})
}

func processOrder(ctx context.Context, tx *db.Store, ev *Event) error {
	o, err := shopdata.DecodeOrder(ev.Payload)
	if err != nil {
		return Permanent(err)
	}
	if o.Id == 0 {
		return Permanent(errors.New("order payload without id"))
	}
	row := shopdata.Order(ev.ShopRow.ID, o)
	if _, err = tx.UpsertOrder(ctx, row); err != nil {
		return err
	}
	return linkChatOrder(ctx, tx, ev.ShopRow, o, row)
}

// linkChatOrder attributes an order to the conversation recorded on its
// cart by the widget (note_attributes, or line item properties of products
// added from the chat). An id that names no conversation of this shop
// links nothing: attributes are shopper-controlled.
func linkChatOrder(ctx context.Context, tx *db.Store, shop *db.Shop, o *goshopify.Order, row *db.Order) error {
	convID, lines := shopdata.ChatAttribution(o)
	if convID == "" {
		return nil
	}
	at := time.Now().UTC()
	if row.ShopifyCreatedAt != nil {
		at = *row.ShopifyCreatedAt
	}
	_, err := tx.LinkChatOrder(ctx, db.ChatOrder{ShopID: shop.ID, OrderShopifyID: row.ShopifyID, ConversationID: convID,
		// total_price and line prices are in the shop currency (the
		// shopper's presentment amounts are in the *_set fields).
		OrderName: row.Name, Currency: firstNonEmpty(row.Currency, shop.Currency),
		TotalPrice: firstNonEmpty(row.TotalPrice, "0"), ChatLinesTotal: lines, OrderedAt: at})
	return err
}

func processFulfillment(ctx context.Context, tx *db.Store, ev *Event) error {
	f, err := shopdata.DecodeFulfillment(ev.Payload)
	if err != nil {
		return Permanent(err)
	}
	if f.Id == 0 || f.OrderId == 0 {
		return Permanent(errors.New("fulfillment payload without id or order_id"))
	}
	row := shopdata.Fulfillment(ev.ShopRow.ID, f)
	res, err := tx.UpsertFulfillment(ctx, int64(f.OrderId), row)
	if err != nil {
		return err
	}
	return deliverycare.OnFulfillment(ctx, tx, ev.ShopRow, row, res)
}

// processFulfillmentEvent applies a carrier event: the shipment status and,
// when the carrier gives one, the estimated delivery date the order-status
// answers quote; a risky event is recorded for delivery care.
func processFulfillmentEvent(ctx context.Context, tx *db.Store, ev *Event) error {
	e, err := shopdata.DecodeFulfillmentEvent(ev.Payload)
	if err != nil {
		return Permanent(err)
	}
	if e.FulfillmentId == 0 || e.OrderId == 0 {
		return Permanent(errors.New("fulfillment event payload without fulfillment_id or order_id"))
	}
	fe, err := shopdata.FulfillmentEvent(e)
	if err != nil {
		return Permanent(err)
	}
	res, err := tx.ApplyFulfillmentEvent(ctx, ev.ShopRow.ID, int64(e.OrderId), int64(e.FulfillmentId), fe)
	if err != nil {
		return err
	}
	// The carrier's message is read here only (customs holds) and never
	// stored: it may name the recipient's town or a pickup address.
	return deliverycare.OnCarrierEvent(ctx, tx, ev.ShopRow, int64(e.FulfillmentId), fe, e.Message, res)
}

func processRefund(ctx context.Context, tx *db.Store, ev *Event) error {
	r, err := shopdata.DecodeRefund(ev.Payload)
	if err != nil {
		return Permanent(err)
	}
	if r.Id == 0 || r.OrderId == 0 {
		return Permanent(errors.New("refund payload without id or order_id"))
	}
	return tx.InsertRefund(ctx, int64(r.OrderId), shopdata.Refund(ev.ShopRow.ID, r, ev.ShopRow.Currency))
}

func processProduct(ctx context.Context, tx *db.Store, ev *Event) error {
	p, err := shopdata.DecodeProduct(ev.Payload)
	if err != nil {
		return Permanent(err)
	}
	if p.Id == 0 {
		return Permanent(errors.New("product payload without id"))
	}
	_, _, err = tx.UpsertProducts(ctx, ev.ShopRow.ID, []db.Product{shopdata.Product(ev.ShopRow.ID, p)})
	return err
}

// idPayload is the body of products/delete (and other */delete topics).
type idPayload struct {
	ID int64 `json:"id"`
}

func processProductDelete(ctx context.Context, tx *db.Store, ev *Event) error {
	var p idPayload
	if err := json.Unmarshal(ev.Payload, &p); err != nil || p.ID == 0 {
		return Permanent(fmt.Errorf("decode products/delete payload (id %d): %v", p.ID, err))
	}
	_, err := tx.DeleteProduct(ctx, ev.ShopRow.ID, p.ID)
	if errors.Is(err, db.ErrNotFound) {
		return Skip("product not in catalog")
	}
	return err
}

// returnPayload is the part of a returns/* body the assistant uses.
type returnPayload struct {
	ID      int64  `json:"id"`
	GID     string `json:"admin_graphql_api_id"`
	Status  string `json:"status"`
	Name    string `json:"name"`
	OrderID int64  `json:"order_id"`
	Order   *struct {
		ID int64 `json:"id"`
	} `json:"order"`
	Decline *struct {
		Reason string `json:"reason"`
		Note   string `json:"note"`
	} `json:"decline"`
	ReturnLineItems []struct {
		Quantity            int    `json:"quantity"`
		ReturnReason        string `json:"return_reason"`
		FulfillmentLineItem *struct {
			LineItem *struct {
				ID int64 `json:"id"`
			} `json:"line_item"`
		} `json:"fulfillment_line_item"`
	} `json:"return_line_items"`
}

func processReturn(ctx context.Context, tx *db.Store, ev *Event) error {
	var p returnPayload
	if err := json.Unmarshal(ev.Payload, &p); err != nil {
		return Permanent(fmt.Errorf("decode %s payload: %w", ev.Topic, err))
	}
	orderID := p.OrderID
	if p.Order != nil && p.Order.ID != 0 {
		orderID = p.Order.ID
	}
	gid := p.GID
	if gid == "" && p.ID != 0 {
		gid = "gid://shopify/Return/" + strconv.FormatInt(p.ID, 10)
	}
	if gid == "" || orderID == 0 {
		return Permanent(fmt.Errorf("%s payload without return id or order id", ev.Topic))
	}
	r := &db.Return{ShopifyGID: gid, Name: p.Name, Status: returnStatus(ev.Topic, p.Status)}
	if p.Decline != nil {
		r.Reason = strings.TrimSpace(p.Decline.Reason + " " + p.Decline.Note)
	}
	var lines []db.ReturnLine
	for i, li := range p.ReturnLineItems {
		if i == maxReturnLines {
			break
		}
		l := db.ReturnLine{Quantity: li.Quantity, Reason: li.ReturnReason}
		if li.FulfillmentLineItem != nil && li.FulfillmentLineItem.LineItem != nil {
			l.LineItemID = li.FulfillmentLineItem.LineItem.ID
		}
		lines = append(lines, l)
	}
	if len(lines) > 0 {
		r.LineItems = db.NewJSON(lines)
		if r.Reason == "" {
			r.Reason = lines[0].Reason
		}
	}
	_, err := tx.UpsertReturnByGID(ctx, ev.ShopRow.ID, orderID, r)
	return err
}

// returnStatus prefers the payload's status; older payloads without one
// get it from the topic.
func returnStatus(topic, status string) string {
	if status != "" {
		return strings.ToLower(status)
	}
	switch strings.TrimPrefix(topic, topicReturnsPrefix) {
	case "request":
		return "requested"
	case "approve", "reopen":
		return "open"
	case "decline":
		return "declined"
	case "cancel":
		return "canceled"
	case "close":
		return "closed"
	}
	return ""
}

func processUninstalled(ctx context.Context, tx *db.Store, ev *Event) error {
	// Deliveries are retried and unordered: an uninstall sent before the
	// current installation must not uninstall it.
	at := ev.ReceivedAt
	if ev.TriggeredAt != nil {
		at = *ev.TriggeredAt
	}
	if ev.ShopRow.InstalledAt != nil && ev.ShopRow.UninstalledAt == nil && at.Before(*ev.ShopRow.InstalledAt) {
		return Skip(reasonUninstallBeforeReinstall)
	}
	return tx.MarkUninstalled(ctx, ev.ShopRow.Domain)
}

// scopesPayload is the body of app/scopes_update.
type scopesPayload struct {
	Current []string `json:"current"`
}

func processScopesUpdate(ctx context.Context, tx *db.Store, ev *Event) error {
	var p scopesPayload
	if err := json.Unmarshal(ev.Payload, &p); err != nil {
		return Permanent(fmt.Errorf("decode app/scopes_update payload: %w", err))
	}
	return tx.UpdateScopes(ctx, ev.ShopRow.Domain, strings.Join(p.Current, ","))
}

// inventoryLevelPayload is the body of inventory_levels/update.
type inventoryLevelPayload struct {
	InventoryItemID int64 `json:"inventory_item_id"`
	Available       *int  `json:"available"`
}

// processInventoryLevel makes the back-in-stock subscriptions of the
// restocked variant due (their emails go out from the notice job): stock
// at one location is enough for a shopper to order.
func processInventoryLevel(ctx context.Context, tx *db.Store, ev *Event) error {
	var p inventoryLevelPayload
	if err := json.Unmarshal(ev.Payload, &p); err != nil {
		return Permanent(fmt.Errorf("decode inventory_levels/update payload: %w", err))
	}
	if p.InventoryItemID <= 0 {
		return Permanent(errors.New("inventory_levels/update payload without inventory_item_id"))
	}
	if p.Available == nil || *p.Available <= 0 {
		return Skip("not in stock")
	}
	_, err := tx.MarkRestocked(ctx, ev.ShopRow.ID, p.InventoryItemID, ev.ReceivedAt)
	return err
}

// inventoryProcessor is processInventoryLevel followed, once committed, by
// changed, which queues the re-read of the variant's stock: a level going
// to zero matters to the chat as much as a restock.
func inventoryProcessor(changed func(ctx context.Context, shop string, itemID int64) error) Processor {
	return func(ctx context.Context, tx *db.Store, ev *Event) error {
		err := processInventoryLevel(ctx, tx, ev)
		var skip *skipError
		if err != nil && !errors.As(err, &skip) {
			return err
		}
		var p inventoryLevelPayload
		_ = json.Unmarshal(ev.Payload, &p) // decoded without error above
		shop := ev.ShopRow.Domain
		ev.AfterCommit(func(ctx context.Context) error {
			if cerr := changed(ctx, shop, p.InventoryItemID); cerr != nil {
				return fmt.Errorf("inventory change of item %d: %w", p.InventoryItemID, cerr)
			}
			return nil
		})
		return nil
	}
}

// collectionPayload is the part of a collections/* body the app uses.
type collectionPayload struct {
	ID int64 `json:"id"`
}

// collectionProcessor tells changed, once committed, which collection
// changed, so its products' membership is re-read; without changed (no
// catalog) the event is skipped.
func collectionProcessor(changed func(ctx context.Context, shop string, collectionID int64) error) Processor {
	return func(ctx context.Context, tx *db.Store, ev *Event) error {
		var p collectionPayload
		if err := json.Unmarshal(ev.Payload, &p); err != nil {
			return Permanent(fmt.Errorf("decode %s payload: %w", ev.Topic, err))
		}
		if p.ID <= 0 {
			return Permanent(fmt.Errorf("%s payload without id", ev.Topic))
		}
		if changed == nil {
			return Skip("no catalog to refresh")
		}
		shop := ev.ShopRow.Domain
		ev.AfterCommit(func(ctx context.Context) error {
			if err := changed(ctx, shop, p.ID); err != nil {
				return fmt.Errorf("collection change %d: %w", p.ID, err)
			}
			return nil
		})
		return nil
	}
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
