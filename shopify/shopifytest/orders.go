package shopifytest

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Orders is an in-memory order book behind the order-action operations
// (orderCancel, orderUpdate, returnRequest, order, job), answering with
// Shopify's documented payload shapes and userErrors. Register its
// resolvers on an Admin under the operation names the client under test
// uses with Serve.
//
// orderCancel is asynchronous, as in Shopify: it returns a Job and the
// order shows cancelledAt only after CancelAfterReads further reads of it,
// so a client must poll before saying the order is cancelled.
type Orders struct {
	mu     sync.Mutex
	now    func() time.Time
	orders map[string]*FakeOrder
	jobs   map[string]*fakeJob
	seq    int
	// noEffect makes writes answer success without changing anything.
	noEffect bool
	// CancelAfterReads is how many reads of an order still show it open
	// after orderCancel (default 1).
	CancelAfterReads int
}

// FakeOrder is one order of the fake order book.
type FakeOrder struct {
	// ID is the order GID, gid://shopify/Order/N.
	ID   string
	Name string
	// DisplayFinancialStatus: PAID, AUTHORIZED, PENDING, PARTIALLY_PAID,
	// REFUNDED, VOIDED…; DisplayFulfillmentStatus: UNFULFILLED, FULFILLED…
	DisplayFinancialStatus   string
	DisplayFulfillmentStatus string
	CancelledAt              *time.Time
	CancelReason             string
	// Refunded and Restocked record what orderCancel was asked to do.
	Refunded, Restocked bool
	ShippingAddress     map[string]any
	// FulfillmentLines are the order's fulfilled lines: FulfillmentLineItem
	// GID → order LineItem GID and quantity.
	FulfillmentLines []FakeFulfillmentLine
	Returns          []FakeReturn

	pendingCancel int
}

// FakeFulfillmentLine is one fulfilled line of a FakeOrder.
type FakeFulfillmentLine struct {
	ID, LineItemID string
	Quantity       int
}

// FakeReturn is a requested return of a FakeOrder.
type FakeReturn struct {
	ID, Name, Status string
	// Lines are the requested returnLineItems as sent.
	Lines []map[string]any
}

type fakeJob struct {
	order string
}

// NewOrders returns an empty order book; now is its clock (nil: time.Now).
func NewOrders(now func() time.Time) *Orders {
	if now == nil {
		now = time.Now
	}
	return &Orders{now: now, orders: map[string]*FakeOrder{}, jobs: map[string]*fakeJob{}, CancelAfterReads: 1}
}

// Add puts an order in the book (replacing one with the same ID).
func (o *Orders) Add(order FakeOrder) {
	o.mu.Lock()
	defer o.mu.Unlock()
	c := order
	o.orders[order.ID] = &c
}

// Get returns a copy of an order, false when unknown.
func (o *Orders) Get(id string) (FakeOrder, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	ord, ok := o.orders[id]
	if !ok {
		return FakeOrder{}, false
	}
	c := *ord
	c.Returns = append([]FakeReturn(nil), ord.Returns...)
	return c, true
}

// SetNoEffect makes every later write answer as if it succeeded while
// leaving the order unchanged (on is true), for read-after-write tests.
func (o *Orders) SetNoEffect(on bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.noEffect = on
}

// Serve registers the resolver for field ("orderCancel", "orderUpdate",
// "returnRequest", "order" or "job") under operation on a.
func (o *Orders) Serve(a *Admin, operation, field string) {
	var fn Resolver
	switch field {
	case "orderCancel":
		fn = o.orderCancel
	case "orderUpdate":
		fn = o.orderUpdate
	case "returnRequest":
		fn = o.returnRequest
	case "order":
		fn = o.order
	case "job":
		fn = o.job
	default:
		panic("shopifytest: Orders does not serve " + field)
	}
	a.Handle(operation, fn)
}

func str(v any) string { s, _ := v.(string); return s }

func (o *Orders) newID(kind string) string {
	o.seq++
	return "gid://shopify/" + kind + "/" + strconv.Itoa(9000+o.seq)
}

// orderCancel follows OrderCancelPayload: job, orderCancelUserErrors
// (field, message, code: INVALID, NOT_FOUND, NO_REFUND_PERMISSION) and the
// deprecated userErrors.
func (o *Orders) orderCancel(_ context.Context, _ string, vars map[string]any) (any, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	fail := func(field []string, code, msg string) (any, error) {
		ue := map[string]any{"field": field, "message": msg, "code": code}
		return map[string]any{"orderCancel": map[string]any{"job": nil,
			"orderCancelUserErrors": []any{ue}, "userErrors": []any{map[string]any{"field": field, "message": msg}}}}, nil
	}
	id := str(vars["orderId"])
	ord, ok := o.orders[id]
	if !ok {
		return fail([]string{"orderId"}, "NOT_FOUND", "Order does not exist")
	}
	if _, ok := vars["restock"].(bool); !ok {
		return nil, &Error{Message: "Variable $restock of type Boolean! was provided invalid value", Code: "INVALID_VARIABLE"}
	}
	if str(vars["reason"]) == "" {
		return nil, &Error{Message: "Variable $reason of type OrderCancelReason! was provided invalid value", Code: "INVALID_VARIABLE"}
	}
	switch {
	case ord.CancelledAt != nil || ord.pendingCancel > 0:
		return fail([]string{"orderId"}, "INVALID", "Cannot cancel an order that has already been canceled")
	case ord.DisplayFulfillmentStatus != "" && ord.DisplayFulfillmentStatus != "UNFULFILLED":
		return fail([]string{"orderId"}, "INVALID", "Cannot cancel an order that has fulfilled line items")
	case ord.DisplayFinancialStatus == "PENDING":
		return fail([]string{"orderId"}, "INVALID", "Cannot cancel an order with pending payments")
	}
	job := o.newID("Job")
	o.jobs[job] = &fakeJob{order: id}
	if !o.noEffect {
		ord.pendingCancel = o.CancelAfterReads + 1
		ord.CancelReason = str(vars["reason"])
		rm, _ := vars["refundMethod"].(map[string]any)
		ord.Refunded, _ = rm["originalPaymentMethodsRefund"].(bool)
		ord.Restocked, _ = vars["restock"].(bool)
	}
	return map[string]any{"orderCancel": map[string]any{"job": map[string]any{"id": job, "done": false},
		"orderCancelUserErrors": []any{}, "userErrors": []any{}}}, nil
}

// zipShapes are postal-code shapes the fake checks (Shopify validates the
// zip for countries that use one).
var zipShapes = map[string]*regexp.Regexp{
	"US": regexp.MustCompile(`^\d{5}(-\d{4})?$`),
	"DE": regexp.MustCompile(`^\d{5}$`),
	"FR": regexp.MustCompile(`^\d{5}$`),
	"ES": regexp.MustCompile(`^\d{5}$`),
	"GB": regexp.MustCompile(`^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$`),
	"NL": regexp.MustCompile(`^\d{4} ?[A-Z]{2}$`),
	"JP": regexp.MustCompile(`^\d{3}-?\d{4}$`),
}

// orderUpdate follows OrderUpdatePayload: order and userErrors (field,
// message). Only shippingAddress is applied; it must name a known
// countryCode and, where the fake knows the shape, a matching zip.
func (o *Orders) orderUpdate(_ context.Context, _ string, vars map[string]any) (any, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	in, _ := vars["input"].(map[string]any)
	fail := func(field []string, msg string) (any, error) {
		return map[string]any{"orderUpdate": map[string]any{"order": nil,
			"userErrors": []any{map[string]any{"field": field, "message": msg}}}}, nil
	}
	ord, ok := o.orders[str(in["id"])]
	if !ok {
		return fail([]string{"id"}, "Order does not exist")
	}
	addr, ok := in["shippingAddress"].(map[string]any)
	if ok {
		cc := strings.ToUpper(str(addr["countryCode"]))
		if len(cc) != 2 {
			return fail([]string{"shippingAddress", "countryCode"}, "Country is not supported")
		}
		if re := zipShapes[cc]; re != nil && !re.MatchString(strings.ToUpper(str(addr["zip"]))) {
			return fail([]string{"shippingAddress", "zip"}, "Zip is invalid")
		}
		if ord.DisplayFulfillmentStatus != "" && ord.DisplayFulfillmentStatus != "UNFULFILLED" {
			return fail([]string{"shippingAddress"}, "Shipping address cannot be changed on a fulfilled order")
		}
		if !o.noEffect {
			ord.ShippingAddress = map[string]any{}
			for k, v := range addr {
				ord.ShippingAddress[k] = v
			}
		}
	}
	return map[string]any{"orderUpdate": map[string]any{"order": o.orderJSON(ord), "userErrors": []any{}}}, nil
}

// returnRequest follows ReturnRequestPayload: return (id, name, status
// REQUESTED) and userErrors (field, message, code).
func (o *Orders) returnRequest(_ context.Context, _ string, vars map[string]any) (any, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	in, _ := vars["input"].(map[string]any)
	fail := func(field []string, code, msg string) (any, error) {
		return map[string]any{"returnRequest": map[string]any{"return": nil,
			"userErrors": []any{map[string]any{"field": field, "message": msg, "code": code}}}}, nil
	}
	ord, ok := o.orders[str(in["orderId"])]
	if !ok {
		return fail([]string{"input", "orderId"}, "NOT_FOUND", "Order does not exist")
	}
	items, _ := in["returnLineItems"].([]any)
	if len(items) == 0 {
		return fail([]string{"input", "returnLineItems"}, "BLANK", "Return line items can't be blank")
	}
	var lines []map[string]any
	for i, it := range items {
		m, _ := it.(map[string]any)
		fl := o.fulfillmentLine(ord, str(m["fulfillmentLineItemId"]))
		q, _ := m["quantity"].(float64)
		field := []string{"input", "returnLineItems", strconv.Itoa(i)}
		switch {
		case fl == nil:
			return fail(append(field, "fulfillmentLineItemId"), "NOT_FOUND", "Fulfillment line item does not exist")
		case q < 1 || int(q) > fl.Quantity-o.requested(ord, fl.ID):
			return fail(append(field, "quantity"), "INVALID", "Quantity is not available for return")
		case len(str(m["customerNote"])) > 300:
			return fail(append(field, "customerNote"), "TOO_LONG", "Customer note is too long (maximum is 300 characters)")
		}
		lines = append(lines, m)
	}
	ret := FakeReturn{ID: o.newID("Return"), Name: fmt.Sprintf("%s-R%d", ord.Name, len(ord.Returns)+1), Status: "REQUESTED", Lines: lines}
	if !o.noEffect {
		ord.Returns = append(ord.Returns, ret)
	}
	return map[string]any{"returnRequest": map[string]any{
		"return":     map[string]any{"id": ret.ID, "name": ret.Name, "status": ret.Status},
		"userErrors": []any{}}}, nil
}

func (o *Orders) fulfillmentLine(ord *FakeOrder, id string) *FakeFulfillmentLine {
	for i := range ord.FulfillmentLines {
		if ord.FulfillmentLines[i].ID == id {
			return &ord.FulfillmentLines[i]
		}
	}
	return nil
}

// requested counts the quantity of a fulfillment line already in returns.
func (o *Orders) requested(ord *FakeOrder, flID string) int {
	n := 0
	for _, r := range ord.Returns {
		for _, l := range r.Lines {
			if str(l["fulfillmentLineItemId"]) == flID {
				q, _ := l["quantity"].(float64)
				n += int(q)
			}
		}
	}
	return n
}

// order answers order(id:) with the fields the actions read; a pending
// cancellation takes effect after CancelAfterReads reads.
func (o *Orders) order(_ context.Context, _ string, vars map[string]any) (any, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	ord, ok := o.orders[str(vars["id"])]
	if !ok {
		return map[string]any{"order": nil}, nil
	}
	if ord.pendingCancel > 0 {
		ord.pendingCancel--
		if ord.pendingCancel == 0 {
			now := o.now().UTC()
			ord.CancelledAt = &now
			ord.DisplayFinancialStatus = "REFUNDED"
		}
	}
	return map[string]any{"order": o.orderJSON(ord)}, nil
}

func (o *Orders) orderJSON(ord *FakeOrder) map[string]any {
	var cancelled any
	if ord.CancelledAt != nil {
		cancelled = ord.CancelledAt.Format(time.RFC3339)
	}
	var fls []any
	for _, l := range ord.FulfillmentLines {
		fls = append(fls, map[string]any{"id": l.ID, "quantity": l.Quantity, "lineItem": map[string]any{"id": l.LineItemID}})
	}
	fulfillments := []any{}
	if len(fls) > 0 {
		fulfillments = append(fulfillments, map[string]any{"fulfillmentLineItems": map[string]any{"nodes": fls}})
	}
	rets := []any{}
	for _, r := range ord.Returns {
		rets = append(rets, map[string]any{"id": r.ID, "name": r.Name, "status": r.Status})
	}
	var addr any
	if ord.ShippingAddress != nil {
		// MailingAddress answers the input's countryCode as countryCodeV2.
		m := map[string]any{}
		for k, v := range ord.ShippingAddress {
			m[k] = v
		}
		m["countryCodeV2"] = ord.ShippingAddress["countryCode"]
		delete(m, "countryCode")
		addr = m
	}
	return map[string]any{"id": ord.ID, "name": ord.Name, "cancelledAt": cancelled, "cancelReason": nilIfEmpty(ord.CancelReason),
		"displayFinancialStatus": ord.DisplayFinancialStatus, "displayFulfillmentStatus": ord.DisplayFulfillmentStatus,
		"shippingAddress": addr, "fulfillments": fulfillments, "returns": map[string]any{"nodes": rets}}
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// job answers job(id:) { id done }: done once the order shows cancelled.
func (o *Orders) job(_ context.Context, _ string, vars map[string]any) (any, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	id := str(vars["id"])
	j, ok := o.jobs[id]
	if !ok {
		return map[string]any{"job": nil}, nil
	}
	ord := o.orders[j.order]
	return map[string]any{"job": map[string]any{"id": id, "done": ord != nil && ord.CancelledAt != nil}}, nil
}
