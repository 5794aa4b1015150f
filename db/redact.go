package db

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"
)

// RedactResult says what RedactCustomer removed.
type RedactResult struct {
	Conversations int64
	Messages      int64
	Orders        int64
	Exports       int64
	Attempts      int64
	Events        int64
}

// RedactOptions refines RedactCustomer.
type RedactOptions struct {
	// OrderIDs are Shopify order ids to anonymise in addition to the orders
	// matched by the customer's id, email or phone (orders_to_redact).
	OrderIDs []int64
	// KeepEventID is the webhook event being processed (the customers/redact
	// delivery itself): its row is finished by the caller, which drops its
	// payload, so it must not be touched here.
	KeepEventID int64
}

// redactedEventNote replaces the error text of a webhook event whose payload
// was erased.
const redactedEventNote = "payload erased by customers/redact"

// RedactCustomer erases a customer (customers/redact) from everything the
// app holds for the shop, in one transaction:
//   - orders matched by customer id, email, phone (the order's or an
//     address's) or the listed ids keep their commercial facts (reports) but
//     lose email, phones, name, locale and the order-status URL; their fulfillments lose tracking numbers and URLs
//     (carrier URLs carry the postcode), their refunds the note, their returns
//     the link to a chat;
//   - conversations are deleted with their messages, translations and handoff
//     summaries when bound to the customer id or contact, when any message or
//     the conversation state contains the email or phone (a guest who typed
//     their contact), or when a return of their orders was requested there;
//   - verification-attempt rows keyed on the customer or the contact;
//   - earlier data exports of the customer;
//   - back-in-stock subscriptions made with the customer's email;
//   - stored webhook events still holding a payload (received or failed)
//     that mentions the customer or one of their orders: the payload and
//     error text are erased and the event is marked skipped, so it can be
//     neither processed nor replayed.
func (s *Store) RedactCustomer(ctx context.Context, shopID int64, who CustomerRef, opts RedactOptions) (RedactResult, error) {
	var res RedactResult
	who = who.normalized()
	shop, err := s.GetShopByID(ctx, shopID)
	if err != nil {
		return res, fmt.Errorf("redact customer in shop %d: %w", shopID, err)
	}
	err = s.db(ctx).Transaction(func(g *gorm.DB) error {
		m := newPersonMatcher(who)
		orders, err := s.redactOrders(g, shopID, who, opts.OrderIDs, &res)
		if err != nil {
			return err
		}
		for _, o := range orders {
			m.ids[o] = true
		}
		if err := s.redactConversations(g, shopID, who, m, &res); err != nil {
			return err
		}
		if err := s.redactAttempts(g, shopID, who, m, &res); err != nil {
			return err
		}
		if err := deleteShoppers(g, shopID, []string{who.Email}, []string{who.Phone}); err != nil {
			return err
		}
		if err := redactEmailMessages(g, shopID, who); err != nil {
			return err
		}
		if err := redactMetaEvents(g, who); err != nil {
			return err
		}
		if err := redactEmailInbound(g, shopID, who); err != nil {
			return err
		}
		if where, args, ok := who.matchSQL("customer_id", "lower(email)", "phone", nil); ok {
			r := g.Where("shop_id = ?", shopID).Where(where, args...).Delete(&CustomerExport{})
			if r.Error != nil {
				return fmt.Errorf("delete exports: %w", r.Error)
			}
			res.Exports = r.RowsAffected
		}
		if who.Email != "" {
			// Back-in-stock subscriptions hold only the email (issue 15).
			if err := g.Where("shop_id = ? AND email = ?", shopID, who.Email).Delete(&StockSubscription{}).Error; err != nil {
				return fmt.Errorf("delete stock subscriptions: %w", err)
			}
		}
		return s.redactEvents(g, shop.Domain, m, opts.KeepEventID, &res)
	})
	if err != nil {
		return RedactResult{}, fmt.Errorf("redact customer in shop %d: %w", shopID, err)
	}
	return res, nil
}

// redactOrders anonymises the customer's orders and their children and
// returns the Shopify ids of those orders.
func (s *Store) redactOrders(g *gorm.DB, shopID int64, who CustomerRef, orderIDs []int64, res *RedactResult) ([]int64, error) {
	where, args, ok := who.matchSQL("customer_id", "lower(email)", "phone", orderIDs)
	if !ok {
		return nil, nil
	}
	if who.Phone != "" {
		// The addresses' phones identify the customer as well.
		where = "(" + where + " OR shipping_phone = ? OR billing_phone = ?)"
		args = append(args, who.Phone, who.Phone)
	}
	var rows []struct{ ID, ShopifyID int64 }
	if err := g.Model(&Order{}).Select("id, shopify_id").Where("shop_id = ?", shopID).Where(where, args...).
		Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("find orders: %w", err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	ids := make([]int64, len(rows))
	shopifyIDs := make([]int64, len(rows))
	for i, r := range rows {
		ids[i], shopifyIDs[i] = r.ID, r.ShopifyID
	}
	now := time.Now().UTC()
	for _, chunk := range splitEvery(ids, inChunk) {
		r := g.Model(&Order{}).Where("shop_id = ? AND id IN ?", shopID, chunk).Updates(map[string]any{
			"email": "", "phone": "", "shipping_phone": "", "billing_phone": "", "customer_name": "", "customer_id": 0,
			"customer_locale": "", "order_status_url": "", "updated_at": now,
		})
		if r.Error != nil {
			return nil, fmt.Errorf("anonymize orders: %w", r.Error)
		}
		res.Orders += r.RowsAffected
		if err := g.Model(&Fulfillment{}).Where("shop_id = ? AND order_id IN ?", shopID, chunk).
			Updates(map[string]any{"tracking_numbers": "[]", "tracking_urls": "[]", "updated_at": now}).Error; err != nil {
			return nil, fmt.Errorf("anonymize fulfillments: %w", err)
		}
		if err := g.Model(&Refund{}).Where("shop_id = ? AND order_id IN ?", shopID, chunk).
			Update("note", "").Error; err != nil {
			return nil, fmt.Errorf("anonymize refunds: %w", err)
		}
		// Audit entries of order actions keep kind and outcome, not the
		// address or lines they carried.
		if err := g.Model(&OrderAction{}).Where("shop_id = ? AND order_id IN ?", shopID, chunk).
			Updates(map[string]any{"detail": "{}", "conversation_id": ""}).Error; err != nil {
			return nil, fmt.Errorf("anonymize order actions: %w", err)
		}
	}
	return shopifyIDs, nil
}

// redactConversations deletes every conversation that belongs to or
// mentions the customer.
func (s *Store) redactConversations(g *gorm.DB, shopID int64, who CustomerRef, m *personMatcher, res *RedactResult) error {
	ids := map[string]bool{}
	if where, args, ok := who.matchSQL("customer_id", "lower(customer_email)", "customer_phone", nil); ok {
		var bound []string
		if err := g.Model(&Conversation{}).Where("shop_id = ?", shopID).Where(where, args...).
			Pluck("id", &bound).Error; err != nil {
			return fmt.Errorf("find conversations: %w", err)
		}
		for _, id := range bound {
			ids[id] = true
		}
	}
	// Channel conversations whose shopper address is the customer's email
	// or phone (WhatsApp's wa_id is the phone's digits).
	if where, args, ok := channelAddressMatch(who); ok {
		var onChannel []string
		if err := g.Model(&Conversation{}).Where("shop_id = ? AND channel <> ?", shopID, ChannelWeb).
			Where(where, args...).Pluck("id", &onChannel).Error; err != nil {
			return fmt.Errorf("find channel conversations: %w", err)
		}
		for _, id := range onChannel {
			ids[id] = true
		}
	}
	// Conversations where a return of the customer's orders was requested.
	if len(m.ids) > 0 {
		var viaReturns []string
		if err := g.Raw(`SELECT r.conversation_id FROM returns r JOIN orders o ON o.id = r.order_id
			WHERE r.shop_id = ? AND r.conversation_id <> '' AND o.shopify_id IN ?`, shopID, m.orderIDs()).
			Scan(&viaReturns).Error; err != nil {
			return fmt.Errorf("find conversations of returns: %w", err)
		}
		for _, id := range viaReturns {
			ids[id] = true
		}
	}
	// Free text: prefilter in SQL on the email or the phone's last two
	// digits (separators may split longer runs), then match exactly here.
	if cond, args := m.textPrefilter(s, "text"); cond != "" {
		var rows []struct {
			ConversationID string
			Text           string
		}
		if err := g.Model(&Message{}).Select("conversation_id, text").Where("shop_id = ?", shopID).
			Where(cond, args...).Scan(&rows).Error; err != nil {
			return fmt.Errorf("search messages: %w", err)
		}
		for _, r := range rows {
			if m.text(r.Text) {
				ids[r.ConversationID] = true
			}
		}
	}
	if cond, args := m.textPrefilter(s, "state || ' ' || handoff_summary"); cond != "" {
		var rows []struct {
			ID             string
			State          string
			HandoffSummary string
		}
		if err := g.Model(&Conversation{}).Select("id, state, handoff_summary").Where("shop_id = ?", shopID).
			Where(cond, args...).Scan(&rows).Error; err != nil {
			return fmt.Errorf("search conversations: %w", err)
		}
		for _, r := range rows {
			if m.text(r.State) || m.text(r.HandoffSummary) {
				ids[r.ID] = true
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	list := make([]string, 0, len(ids))
	for id := range ids {
		list = append(list, id)
	}
	return deleteConversations(g, shopID, list, res)
}

// deleteConversations deletes a shop's conversations with their messages
// and translations (notes go by cascade), unlinking returns requested there.
func deleteConversations(g *gorm.DB, shopID int64, list []string, res *RedactResult) error {
	for _, chunk := range splitEvery(list, inChunk) {
		if err := deleteConversationContent(g, shopID, chunk, res); err != nil {
			return err
		}
		// The shopper record holding these conversations' contacts goes too.
		var contacts []struct{ CustomerEmail, CustomerPhone string }
		if err := g.Model(&Conversation{}).Select("customer_email, customer_phone").
			Where("shop_id = ? AND id IN ?", shopID, chunk).Scan(&contacts).Error; err != nil {
			return fmt.Errorf("contacts of conversations: %w", err)
		}
		var emails, phones []string
		for _, c := range contacts {
			emails, phones = append(emails, c.CustomerEmail), append(phones, c.CustomerPhone)
		}
		if err := deleteShoppers(g, shopID, emails, phones); err != nil {
			return err
		}
		r := g.Where("shop_id = ? AND id IN ?", shopID, chunk).Delete(&Conversation{})
		if r.Error != nil {
			return fmt.Errorf("delete conversations: %w", r.Error)
		}
		res.Conversations += r.RowsAffected
	}
	return nil
}

// deleteConversationContent deletes what a chunk of a shop's conversations
// said outside the conversations rows: messages, their translations, the
// channel and email copies, and the links of returns and order actions.
func deleteConversationContent(g *gorm.DB, shopID int64, chunk []string, res *RedactResult) error {
	msgs := g.Model(&Message{}).Select("id").Where("shop_id = ? AND conversation_id IN ?", shopID, chunk)
	if err := g.Where("shop_id = ? AND message_id IN (?)", shopID, msgs).Delete(&MessageTranslation{}).Error; err != nil {
		return fmt.Errorf("delete message translations: %w", err)
	}
	r := g.Where("shop_id = ? AND conversation_id IN ?", shopID, chunk).Delete(&Message{})
	if r.Error != nil {
		return fmt.Errorf("delete messages: %w", r.Error)
	}
	res.Messages += r.RowsAffected
	if err := g.Where("shop_id = ? AND conversation_id IN ?", shopID, chunk).Delete(&ChannelMessage{}).Error; err != nil {
		return fmt.Errorf("delete channel messages: %w", err)
	}
	if err := g.Exec("DELETE FROM email_messages WHERE shop_id = ? AND conversation_id IN ?", shopID, chunk).Error; err != nil {
		return fmt.Errorf("delete email messages: %w", err)
	}
	if err := g.Model(&Return{}).Where("shop_id = ? AND conversation_id IN ?", shopID, chunk).
		Update("conversation_id", "").Error; err != nil {
		return fmt.Errorf("unlink returns: %w", err)
	}
	if err := g.Model(&OrderAction{}).Where("shop_id = ? AND conversation_id IN ?", shopID, chunk).
		Updates(map[string]any{"detail": "{}", "conversation_id": ""}).Error; err != nil {
		return fmt.Errorf("unlink order actions: %w", err)
	}
	return nil
}

// deleteShoppers deletes the shop's shopper records holding any of the
// emails or phones (empty ones ignored).
func deleteShoppers(g *gorm.DB, shopID int64, emails, phones []string) error {
	var es, ps []string
	for _, e := range emails {
		if e = strings.ToLower(strings.TrimSpace(e)); e != "" {
			es = append(es, e)
		}
	}
	for _, p := range phones {
		if p = strings.TrimSpace(p); p != "" {
			ps = append(ps, p)
		}
	}
	if len(es) > 0 {
		if err := g.Where("shop_id = ? AND email IN ?", shopID, es).Delete(&Shopper{}).Error; err != nil {
			return fmt.Errorf("delete shopper records: %w", err)
		}
	}
	if len(ps) > 0 {
		if err := g.Where("shop_id = ? AND phone IN ?", shopID, ps).Delete(&Shopper{}).Error; err != nil {
			return fmt.Errorf("delete shopper records: %w", err)
		}
	}
	return nil
}

// redactAttempts deletes verification-attempt rows keyed on the customer
// ("customer:<id>") or on their contact.
func (s *Store) redactAttempts(g *gorm.DB, shopID int64, who CustomerRef, m *personMatcher, res *RedactResult) error {
	var subjects []string
	if who.ID != 0 {
		subjects = append(subjects, "customer:"+strconv.FormatInt(who.ID, 10))
	}
	if cond, args := m.textPrefilter(s, "subject"); cond != "" {
		var candidates []string
		if err := g.Model(&VerificationAttempt{}).Where("shop_id = ?", shopID).Where(cond, args...).
			Pluck("subject", &candidates).Error; err != nil {
			return fmt.Errorf("search verification attempts: %w", err)
		}
		for _, c := range candidates {
			if !strings.HasPrefix(c, "ip:") && m.text(c) {
				subjects = append(subjects, c)
			}
		}
	}
	if len(subjects) == 0 {
		return nil
	}
	r := g.Where("shop_id = ? AND subject IN ?", shopID, subjects).Delete(&VerificationAttempt{})
	if r.Error != nil {
		return fmt.Errorf("delete verification attempts: %w", r.Error)
	}
	res.Attempts = r.RowsAffected
	return nil
}

// redactEvents erases the payloads of the shop's stored webhook events that
// mention the customer. Processed events keep no payload already, so only
// received and failed ones are read (a handful normally), in pages.
func (s *Store) redactEvents(g *gorm.DB, shop string, m *personMatcher, keep int64, res *RedactResult) error {
	var after int64
	for {
		var evs []WebhookEvent
		if err := g.Select("id, payload, last_error").Where("shop = ? AND status IN ? AND id > ? AND id <> ?", shop,
			[]string{EventReceived, EventFailed}, after, keep).Order("id").Limit(200).Find(&evs).Error; err != nil {
			return fmt.Errorf("read webhook events: %w", err)
		}
		if len(evs) == 0 {
			return nil
		}
		var hit []int64
		for _, ev := range evs {
			if m.payload(ev.Payload) || m.text(ev.LastError) {
				hit = append(hit, ev.ID)
			}
		}
		if len(hit) > 0 {
			r := g.Model(&WebhookEvent{}).Where("id IN ?", hit).Updates(map[string]any{
				"payload": emptyPayload, "last_error": redactedEventNote, "status": EventSkipped,
			})
			if r.Error != nil {
				return fmt.Errorf("erase webhook payloads: %w", r.Error)
			}
			res.Events += r.RowsAffected
		}
		after = evs[len(evs)-1].ID
	}
}

// personMatcher recognises a customer in free text and JSON payloads.
type personMatcher struct {
	email string         // lower case, "" if unknown
	phone string         // digits without leading zeros, "" if too short to match safely
	ids   map[int64]bool // customer id and the Shopify ids of their orders
}

// minPhoneDigits is the shortest digit run taken for a phone number; shorter
// runs (order numbers, quantities) would match too much.
const minPhoneDigits = 7

func newPersonMatcher(who CustomerRef) *personMatcher {
	m := &personMatcher{email: who.Email, ids: map[int64]bool{}}
	if d := strings.TrimLeft(digitsOf(who.Phone), "0"); len(d) >= minPhoneDigits {
		m.phone = d
	}
	if who.ID != 0 {
		m.ids[who.ID] = true
	}
	return m
}

func (m *personMatcher) orderIDs() []int64 {
	out := make([]int64, 0, len(m.ids))
	for id := range m.ids {
		out = append(out, id)
	}
	return out
}

// textPrefilter is a cheap SQL condition on expr that every text m.text
// accepts also satisfies ("" when there is nothing to look for).
func (m *personMatcher) textPrefilter(s *Store, expr string) (string, []any) {
	var conds []string
	var args []any
	contains := "instr(%s, ?) > 0"
	if s.dialect == Postgres {
		contains = "strpos(%s, ?) > 0"
	}
	if m.email != "" {
		conds, args = append(conds, fmt.Sprintf(contains, "lower("+expr+")")), append(args, m.email)
	}
	if m.phone != "" {
		conds, args = append(conds, fmt.Sprintf(contains, expr)), append(args, m.phone[len(m.phone)-2:])
	}
	if len(conds) == 0 {
		return "", nil
	}
	return "(" + strings.Join(conds, " OR ") + ")", args
}

// text reports whether s contains the email (any case) or the phone number
// (in any formatting: digit runs may be split by spaces, dots, dashes,
// slashes or parentheses).
func (m *personMatcher) text(s string) bool {
	if s == "" {
		return false
	}
	if m.email != "" && strings.Contains(strings.ToLower(s), m.email) {
		return true
	}
	if m.phone == "" {
		return false
	}
	for _, run := range phoneRuns(s) {
		if phoneMatch(run, m.phone) {
			return true
		}
	}
	return false
}

// payload reports whether a JSON body mentions the customer: the contact in
// any string, or the customer's or an order's id as a number or a GraphQL id
// ("gid://shopify/Order/450789469"). A body that is not JSON is searched as
// text.
func (m *personMatcher) payload(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return m.text(string(b))
	}
	return m.value(v)
}

func (m *personMatcher) value(v any) bool {
	switch x := v.(type) {
	case map[string]any:
		for _, e := range x {
			if m.value(e) {
				return true
			}
		}
	case []any:
		for _, e := range x {
			if m.value(e) {
				return true
			}
		}
	case json.Number:
		if n, err := x.Int64(); err == nil && m.ids[n] {
			return true
		}
	case string:
		if m.text(x) {
			return true
		}
		if i := strings.LastIndexByte(x, '/'); i >= 0 && strings.HasPrefix(x, "gid://") {
			if n, err := strconv.ParseInt(x[i+1:], 10, 64); err == nil && m.ids[n] {
				return true
			}
		}
		if n, err := strconv.ParseInt(x, 10, 64); err == nil && m.ids[n] {
			return true
		}
	}
	return false
}

// phoneRuns returns the digit sequences of s, joining digits separated by
// one formatting character (space, dot, dash, slash, parenthesis) and
// dropping leading zeros (trunk and international prefixes).
func phoneRuns(s string) []string {
	var (
		out []string
		cur strings.Builder
		sep bool
	)
	flush := func() {
		if d := strings.TrimLeft(cur.String(), "0"); len(d) >= minPhoneDigits {
			out = append(out, d)
		}
		cur.Reset()
	}
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			cur.WriteRune(r)
			sep = false
		case r >= '０' && r <= '９':
			cur.WriteRune('0' + (r - '０'))
			sep = false
		case strings.ContainsRune(" .-/()+\u00a0", r) && cur.Len() > 0 && !sep:
			sep = true
		case r == '+' || r == '(':
			// an opening prefix before the first digit
		default:
			flush()
			sep = false
		}
	}
	flush()
	return out
}

// phoneMatch: the shorter of two digit strings (at least minPhoneDigits) is
// a suffix of the longer, so "+1 555-625-1199", "5556251199" and
// "555 625 1199" all name the same phone.
func phoneMatch(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= minPhoneDigits && strings.HasSuffix(b, a)
}

func digitsOf(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '０' && r <= '９':
			b.WriteRune('0' + (r - '０'))
		}
	}
	return b.String()
}

// splitEvery cuts xs into slices of at most n (IN-list bounds).
func splitEvery[T any](xs []T, n int) [][]T {
	var out [][]T
	for len(xs) > n {
		out = append(out, xs[:n])
		xs = xs[n:]
	}
	if len(xs) > 0 {
		out = append(out, xs)
	}
	return out
}
