package db

import (
	"context"
	"fmt"
	"math/big"
	"regexp"
	"sort"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"
	"gorm.io/gorm"
)

// ReopenWindow is how long after its last message an answered topic can
// still be reopened; a resolution older than that is durable.
const ReopenWindow = 7 * 24 * time.Hour

// analyticsRowCap bounds how many message rows one report reads (the
// reply-delay sample and the unanswered list), so a busy shop's report
// stays cheap; those figures are then computed over the newest rows (a
// median over 5,000 messages is as good as over a million).
const analyticsRowCap = 5000

// Count is a label with how often it occurred.
type Count struct {
	Label string
	N     int
}

// DayCount is the number of conversations started on one day.
type DayCount struct {
	Day time.Time
	N   int
}

// Segment is resolution and satisfaction within one language, topic or
// market.
type Segment struct {
	Key           string
	Conversations int
	// Engaged conversations asked at least one question (have a topic).
	Engaged  int
	Resolved int
	RatedUp  int
	Rated    int
}

// ResolutionRate is resolved over engaged conversations.
func (g Segment) ResolutionRate() float64 { return Rate(g.Resolved, g.Engaged) }

// CSAT is the share of positive end-of-chat ratings.
func (g Segment) CSAT() float64 { return Rate(g.RatedUp, g.Rated) }

// Market is how many conversations with a question came from one storefront
// country in one language.
type Market struct {
	Country, Language string
	N                 int
}

// ProductDemand is what shoppers did about one product, whatever language
// they asked in (keyed by the Shopify product id).
type ProductDemand struct {
	ProductID   int64
	Title       string
	Asked       int
	Recommended int
	AddedToCart int
}

// VariantDemand counts questions for a sold-out variant.
type VariantDemand struct {
	ProductID, VariantID int64
	Title                string
	N                    int
}

// Money is an exact amount in one currency (orders of a shop may be in
// several presentment currencies; they are never added together).
type Money struct {
	Currency string
	Amount   string
	Orders   int
}

// FeedbackEntry is one rated conversation with its comment.
type FeedbackEntry struct {
	ConversationID string
	Language       string
	Topic          string
	Rating         int
	Comment        string
	At             time.Time
}

// Summary holds a period's headline figures; the previous period is
// summarised the same way for comparison.
type Summary struct {
	Conversations int
	Engaged       int
	// Resolved conversations ended on an answered topic (not a fallback,
	// clarification, empty product search or handoff), without a negative
	// rating and without a reopen of that topic.
	Resolved int
	// Durable resolutions are those whose reopen window has passed;
	// Pending ones may still be reopened.
	Durable, Pending int
	// Reopened conversations had their answered topic raised again, in the
	// same chat after a closing or a pause, or in a new chat by the same
	// customer within ReopenWindow.
	Reopened        int
	AssistedByHuman int
	RatedUp         int
	RatedDown       int
	AssistedOrders  int
	// Converted conversations led to at least one order.
	Converted int
	Revenue   []Money
}

// ResolutionRate is resolved over engaged conversations.
func (s Summary) ResolutionRate() float64 { return Rate(s.Resolved, s.Engaged) }

// ConversionRate is converted over engaged conversations.
func (s Summary) ConversionRate() float64 { return Rate(s.Converted, s.Engaged) }

// CSAT is the share of positive end-of-chat ratings.
func (s Summary) CSAT() float64 { return Rate(s.RatedUp, s.RatedUp+s.RatedDown) }

// Report holds a shop's assistant analytics over a period.
type Report struct {
	Since, Until time.Time
	Summary
	Previous Summary
	PerDay   []DayCount
	Topics   []Count
	// Outcomes says how engaged conversations ended (their last topic's
	// outcome; "reopened" and "rated_down" override answered).
	Outcomes       []Count
	HandoffReasons []Count
	Languages      []Segment
	TopicSegments  []Segment
	// Channels breaks the period down by channel (web, email, whatsapp,
	// messenger, instagram); only the filtered one when Channel is set.
	Channels []Segment
	Markets  []Market
	// MedianFirstReply is the median delay between a conversation's first
	// shopper message and the first answer (assistant or agent).
	MedianFirstReply time.Duration
	// MedianAgentReply is the median delay between a handed-off
	// conversation's first shopper message and the merchant's first reply;
	// AgentReplies says over how many conversations.
	MedianAgentReply time.Duration
	AgentReplies     int
	Unanswered       []Count
	Products         []ProductDemand
	NoMatch          []Count
	OutOfStock       []VariantDemand
	// ChatLinesRevenue is the value of order lines added to the cart from
	// the chat.
	ChatLinesRevenue []Money
	Feedback         []FeedbackEntry
}

// ReportQuery names the shop and period of a report.
type ReportQuery struct {
	ShopID       int64
	Since, Until time.Time
	// Loc buckets days (the shop's time zone); Now decides which
	// resolutions are past the reopen window.
	Loc *time.Location
	Now time.Time
	// Channel limits the report to conversations on one channel (web,
	// email, whatsapp, messenger, instagram); empty means all.
	Channel string
}

// convChannel narrows a query on conversations (col is their channel
// column) to the report's channel.
func (q ReportQuery) convChannel(col string) (string, []any) {
	if q.Channel == "" {
		return "", nil
	}
	return " AND " + col + " = ?", []any{q.Channel}
}

// messageChannel narrows a query on messages to those of conversations on
// the report's channel.
func (q ReportQuery) messageChannel(g *gorm.DB) *gorm.DB {
	if q.Channel == "" {
		return g
	}
	return g.Where("conversation_id IN (SELECT id FROM conversations WHERE shop_id = ? AND channel = ?)", q.ShopID, q.Channel)
}

// Rate returns part/whole as a fraction, 0 when whole is 0.
func Rate(part, whole int) float64 {
	if whole == 0 {
		return 0
	}
	return float64(part) / float64(whole)
}

// Demand signal kinds.
const (
	SignalAsked       = "asked"
	SignalRecommended = "recommended"
	SignalAddedToCart = "cart"
	SignalNoMatch     = "no_match"
	SignalOutOfStock  = "out_of_stock"
)

// DemandSignal is one product-level event of a conversation.
type DemandSignal struct {
	ID             int64
	ShopID         int64
	ConversationID string
	Kind           string
	ProductID      int64
	VariantID      int64
	// Label is a canonical constraint ("type=Backpacks max=100"), never
	// the shopper's words.
	Label     string
	Language  string
	CreatedAt time.Time
}

// AddDemandSignals stores signals of one conversation.
func (s *Store) AddDemandSignals(ctx context.Context, signals []DemandSignal) error {
	if len(signals) == 0 {
		return nil
	}
	now := time.Now().UTC()
	for i := range signals {
		if signals[i].CreatedAt.IsZero() {
			signals[i].CreatedAt = now
		}
	}
	if err := s.transaction(ctx, func(g *gorm.DB) error { return g.Create(&signals).Error }); err != nil {
		return fmt.Errorf("add demand signals of conversation %s: %w", signals[0].ConversationID, err)
	}
	return nil
}

// MarkReopened flags the customer's other conversations whose answered
// topic is raised again within ReopenWindow of their last message: that
// answer did not last. Returns how many were flagged.
func (s *Store) MarkReopened(ctx context.Context, shopID, customerID int64, exceptID, topic string, at time.Time) (int64, error) {
	if customerID == 0 || topic == "" {
		return 0, nil
	}
	res := s.db(ctx).Model(&Conversation{}).
		Where("shop_id = ? AND customer_id = ? AND id <> ? AND topic = ? AND last_outcome = ? AND reopened = ? AND last_message_at >= ? AND last_message_at <= ?",
			shopID, customerID, exceptID, topic, OutcomeAnswered, false, at.UTC().Add(-ReopenWindow), at.UTC()).
		Update("reopened", true)
	if res.Error != nil {
		return 0, fmt.Errorf("mark reopened conversations of shop %d: %w", shopID, res.Error)
	}
	return res.RowsAffected, nil
}

// ChatOrder links an order to the conversation that led to it.
type ChatOrder struct {
	ShopID         int64
	OrderShopifyID int64
	ConversationID string
	OrderName      string
	Currency       string
	TotalPrice     string
	ChatLinesTotal string
	OrderedAt      time.Time
}

// LinkChatOrder records (or updates, on orders/updated) the link of an
// order to a conversation of the same shop. A conversation id that does
// not exist in the shop (deleted, forged, another shop's) links nothing
// and reports false.
func (s *Store) LinkChatOrder(ctx context.Context, o ChatOrder) (bool, error) {
	var n int64
	if err := s.db(ctx).Model(&Conversation{}).Where("shop_id = ? AND id = ?", o.ShopID, o.ConversationID).
		Count(&n).Error; err != nil {
		return false, fmt.Errorf("link order %d: find conversation: %w", o.OrderShopifyID, err)
	}
	if n == 0 {
		return false, nil
	}
	o.OrderedAt = o.OrderedAt.UTC()
	err := s.db(ctx).Exec(`INSERT INTO chat_orders (shop_id, order_shopify_id, conversation_id, order_name, currency,
 total_price, chat_lines_total, ordered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (shop_id, order_shopify_id) DO UPDATE SET conversation_id = excluded.conversation_id,
 order_name = excluded.order_name, currency = excluded.currency, total_price = excluded.total_price,
 chat_lines_total = excluded.chat_lines_total`,
		o.ShopID, o.OrderShopifyID, o.ConversationID, o.OrderName, o.Currency, o.TotalPrice, o.ChatLinesTotal, o.OrderedAt).Error
	if err != nil {
		return false, fmt.Errorf("link order %d to conversation %s: %w", o.OrderShopifyID, o.ConversationID, err)
	}
	return true, nil
}

// convGroup is one row of the conversation aggregate; Current is 1 for
// the report's period, 0 for the one before it.
type convGroup struct {
	Language, Topic, LastOutcome, HandoffReason, Country, Channel string
	Handoff, Reopened                                             bool
	RatingSign, Negative, Settled, Current, N                     int
}

// convGroupSQL's first and last %s are the channel column and its GROUP BY
// entry (empty when one channel is known to cover the period), the middle
// one the channel condition (convChannel).
const convGroupSQL = `SELECT CASE WHEN c.created_at >= ? THEN 1 ELSE 0 END AS current, c.language, c.topic, c.last_outcome, c.handoff_reason, c.country%s, c.handoff, c.reopened,
 CASE WHEN c.rating > 0 THEN 1 WHEN c.rating < 0 THEN -1 ELSE 0 END AS rating_sign,
 CASE WHEN c.rating < 0 OR d.conversation_id IS NOT NULL THEN 1 ELSE 0 END AS negative,
 CASE WHEN c.last_message_at <= ? THEN 1 ELSE 0 END AS settled,
 COUNT(*) AS n
FROM conversations c
 LEFT JOIN (SELECT DISTINCT conversation_id FROM messages WHERE shop_id = ? AND rating < 0) d ON d.conversation_id = c.id
WHERE c.shop_id = ? AND c.created_at >= ? AND c.created_at < ?%s
GROUP BY current, c.language, c.topic, c.last_outcome, c.handoff_reason, c.country%s, c.handoff, c.reopened,
 rating_sign, negative, settled`

// summarize aggregates the conversations started in [from, until) in SQL
// (one row per combination, never one per conversation), telling those
// from since on (current) from the earlier ones: one scan serves the
// period and the previous one.
func (s *Store) summarize(ctx context.Context, q ReportQuery, from, since, until time.Time) ([]convGroup, error) {
	var out []convGroup
	// A thumbs-down on any message: the few rated-down messages of the
	// shop (a partial index) joined once, not probed per conversation.
	cond, args := q.convChannel("c.channel")
	// Grouping by channel too makes the aggregate ~1.5× slower at 100k
	// conversations (bench AnalyticsScale), so it is done only when the
	// period has conversations on more than one channel: most shops use
	// the widget alone, and a filtered report has one channel by definition.
	// A shop that ever used another channel is grouped by channel.
	only := q.Channel
	if only == "" {
		var other int64
		// Ever, not in the period: two range scans of the (shop_id,
		// channel, …) index that find nothing for a widget-only shop.
		if err := s.db(ctx).Raw(`SELECT COUNT(*) FROM (SELECT 1 FROM conversations
 WHERE shop_id = ? AND (channel < ? OR channel > ?) LIMIT 1) x`,
			q.ShopID, ChannelWeb, ChannelWeb).Scan(&other).Error; err != nil {
			return nil, fmt.Errorf("analytics channels of shop %d: %w", q.ShopID, err)
		}
		if other == 0 {
			only = ChannelWeb
		}
	}
	col := ", c.channel"
	if only != "" {
		col = ""
	}
	if err := s.db(ctx).Raw(fmt.Sprintf(convGroupSQL, col, cond, col),
		append([]any{since.UTC(), q.Now.UTC().Add(-ReopenWindow), q.ShopID, q.ShopID, from.UTC(), until.UTC()}, args...)...).
		Scan(&out).Error; err != nil {
		return nil, fmt.Errorf("analytics conversations of shop %d: %w", q.ShopID, err)
	}
	if only != "" {
		for i := range out {
			out[i].Channel = only
		}
	}
	return out, nil
}

// resolved reports whether a conversation group counts as resolved by the
// assistant, and the outcome label it ends on otherwise.
func (g convGroup) resolved() (bool, string) {
	switch {
	case g.Handoff:
		return false, OutcomeHandoff
	case g.LastOutcome != OutcomeAnswered:
		return false, firstNonBlank(g.LastOutcome, "unknown")
	case g.Negative == 1:
		return false, "rated_down"
	case g.Reopened:
		return false, "reopened"
	}
	return true, OutcomeAnswered
}

// summary folds the aggregate rows of one period (current or previous)
// into its figures; with r it also fills the report's breakdowns.
func summary(groups []convGroup, current int, r *Report) Summary {
	var sum Summary
	outcomes, reasons, topics := map[string]int{}, map[string]int{}, map[string]int{}
	langs, topicSeg, chans, markets := map[string]*Segment{}, map[string]*Segment{}, map[string]*Segment{}, map[[2]string]int{}
	seg := func(m map[string]*Segment, k string) *Segment {
		if m[k] == nil {
			m[k] = &Segment{Key: k}
		}
		return m[k]
	}
	for _, g := range groups {
		if g.Current != current {
			continue
		}
		sum.Conversations += g.N
		ls := seg(langs, firstNonBlank(g.Language, "unknown"))
		ls.Conversations += g.N
		cs := seg(chans, firstNonBlank(g.Channel, ChannelWeb))
		cs.Conversations += g.N
		switch g.RatingSign {
		case 1:
			sum.RatedUp += g.N
			ls.RatedUp += g.N
			ls.Rated += g.N
			cs.RatedUp += g.N
			cs.Rated += g.N
		case -1:
			sum.RatedDown += g.N
			ls.Rated += g.N
			cs.Rated += g.N
		}
		if g.Handoff {
			sum.AssistedByHuman += g.N
			reasons[firstNonBlank(g.HandoffReason, "unknown")] += g.N
		}
		if g.Topic == "" {
			continue
		}
		sum.Engaged += g.N
		ls.Engaged += g.N
		cs.Engaged += g.N
		ts := seg(topicSeg, g.Topic)
		ts.Conversations += g.N
		ts.Engaged += g.N
		if g.RatingSign != 0 {
			ts.Rated += g.N
			if g.RatingSign > 0 {
				ts.RatedUp += g.N
			}
		}
		topics[g.Topic] += g.N
		markets[[2]string{firstNonBlank(g.Country, "—"), firstNonBlank(g.Language, "unknown")}] += g.N
		if g.Reopened && g.LastOutcome == OutcomeAnswered && !g.Handoff {
			sum.Reopened += g.N
		}
		ok, label := g.resolved()
		outcomes[label] += g.N
		if !ok {
			continue
		}
		sum.Resolved += g.N
		ls.Resolved += g.N
		cs.Resolved += g.N
		ts.Resolved += g.N
		if g.Settled == 1 {
			sum.Durable += g.N
		} else {
			sum.Pending += g.N
		}
	}
	if r != nil {
		r.Topics = sortedCounts(topics, 0)
		r.Outcomes = sortedCounts(outcomes, 0)
		r.HandoffReasons = sortedCounts(reasons, 0)
		r.Languages = sortedSegments(langs)
		r.TopicSegments = sortedSegments(topicSeg)
		r.Channels = sortedSegments(chans)
		for k, n := range markets {
			r.Markets = append(r.Markets, Market{Country: k[0], Language: k[1], N: n})
		}
		sort.Slice(r.Markets, func(i, j int) bool {
			a, b := r.Markets[i], r.Markets[j]
			if a.N != b.N {
				return a.N > b.N
			}
			return a.Country+a.Language < b.Country+b.Language
		})
	}
	return sum
}

func sortedSegments(m map[string]*Segment) []Segment {
	out := make([]Segment, 0, len(m))
	for _, v := range m {
		out = append(out, *v)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Conversations != out[j].Conversations {
			return out[i].Conversations > out[j].Conversations
		}
		return out[i].Key < out[j].Key
	})
	return out
}

// orderSummary adds the orders linked to conversations started in the
// period: how many, revenue per currency, and how many conversations
// converted.
func (s *Store) orderSummary(ctx context.Context, q ReportQuery, since, until time.Time, sum *Summary) error {
	shopID := q.ShopID
	var rows []struct {
		ConversationID, Currency, TotalPrice string
	}
	cond, args := q.convChannel("c.channel")
	if err := s.db(ctx).Raw(`SELECT o.conversation_id, o.currency, o.total_price FROM chat_orders o
 JOIN conversations c ON c.id = o.conversation_id
 WHERE o.shop_id = ? AND c.shop_id = ? AND c.created_at >= ? AND c.created_at < ?`+cond,
		append([]any{shopID, shopID, since.UTC(), until.UTC()}, args...)...).Scan(&rows).Error; err != nil {
		return fmt.Errorf("analytics orders of shop %d: %w", shopID, err)
	}
	converted := map[string]bool{}
	totals := moneyTotals{}
	for _, o := range rows {
		converted[o.ConversationID] = true
		totals.add(o.Currency, o.TotalPrice)
	}
	sum.AssistedOrders = len(rows)
	sum.Converted = len(converted)
	sum.Revenue = totals.list()
	return nil
}

// moneyTotals sums decimal strings exactly, per currency.
type moneyTotals map[string]*struct {
	sum    big.Rat
	orders int
}

func (t moneyTotals) add(currency, amount string) {
	var v big.Rat
	if _, ok := v.SetString(strings.TrimSpace(amount)); !ok {
		return
	}
	cur := strings.ToUpper(firstNonBlank(currency, "?"))
	e := t[cur]
	if e == nil {
		e = &struct {
			sum    big.Rat
			orders int
		}{}
		t[cur] = e
	}
	e.sum.Add(&e.sum, &v)
	e.orders++
}

func (t moneyTotals) list() []Money {
	out := make([]Money, 0, len(t))
	for cur, e := range t {
		out = append(out, Money{Currency: cur, Amount: e.sum.FloatString(2), Orders: e.orders})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Orders != out[j].Orders {
			return out[i].Orders > out[j].Orders
		}
		return out[i].Currency < out[j].Currency
	})
	return out
}

// AnalyticsSummary computes only the headline figures of a period (the
// admin home page's).
func (s *Store) AnalyticsSummary(ctx context.Context, q ReportQuery) (Summary, error) {
	if q.Now.IsZero() {
		q.Now = time.Now()
	}
	groups, err := s.summarize(ctx, q, q.Since, q.Since, q.Until)
	if err != nil {
		return Summary{}, err
	}
	sum := summary(groups, 1, nil)
	if err := s.orderSummary(ctx, q, q.Since, q.Until, &sum); err != nil {
		return Summary{}, err
	}
	return sum, nil
}

// Analytics computes a shop's report for conversations started in
// [Since, Until), with the same figures for the period of equal length
// just before it.
func (s *Store) Analytics(ctx context.Context, q ReportQuery) (*Report, error) {
	if q.Loc == nil {
		q.Loc = time.UTC
	}
	if q.Now.IsZero() {
		q.Now = time.Now()
	}
	r := &Report{Since: q.Since, Until: q.Until}
	prevSince := q.Since.Add(-q.Until.Sub(q.Since))
	var groups []convGroup
	// The parts read different rows and fill different fields: on
	// PostgreSQL they run on separate connections at once (the page's
	// latency is then its slowest query, not their sum).
	parts := []func(ctx context.Context) error{
		func(ctx context.Context) (err error) {
			groups, err = s.summarize(ctx, q, prevSince, q.Since, q.Until)
			return err
		},
		func(ctx context.Context) error { return s.orderSummary(ctx, q, q.Since, q.Until, &r.Summary) },
		func(ctx context.Context) error { return s.orderSummary(ctx, q, prevSince, q.Since, &r.Previous) },
		func(ctx context.Context) (err error) { r.PerDay, err = s.perDay(ctx, q); return err },
		func(ctx context.Context) error { return s.replyDelays(ctx, q, r) },
		func(ctx context.Context) (err error) { r.Unanswered, err = s.unanswered(ctx, q); return err },
		func(ctx context.Context) error { return s.demand(ctx, q, r) },
		func(ctx context.Context) (err error) { r.ChatLinesRevenue, err = s.chatLines(ctx, q); return err },
		func(ctx context.Context) (err error) { r.Feedback, err = s.feedback(ctx, q); return err },
	}
	if s.dialect == Postgres {
		g, gctx := errgroup.WithContext(ctx)
		for _, part := range parts {
			g.Go(func() error { return part(gctx) })
		}
		if err := g.Wait(); err != nil {
			return nil, err
		}
	} else {
		for _, part := range parts {
			if err := part(ctx); err != nil {
				return nil, err
			}
		}
	}
	// orderSummary filled the order figures; keep them over the folds.
	cur, prev := r.Summary, r.Previous
	r.Summary, r.Previous = summary(groups, 1, r), summary(groups, 0, nil)
	r.AssistedOrders, r.Converted, r.Revenue = cur.AssistedOrders, cur.Converted, cur.Revenue
	r.Previous.AssistedOrders, r.Previous.Converted, r.Previous.Revenue = prev.AssistedOrders, prev.Converted, prev.Revenue
	return r, nil
}

// perDay counts conversations per day of the shop's time zone. PostgreSQL
// groups them; SQLite (the demo) has no time zones, so the rows are
// bucketed here.
func (s *Store) perDay(ctx context.Context, q ReportQuery) ([]DayCount, error) {
	days := map[time.Time]int{}
	cond, args := q.convChannel("channel")
	if s.dialect == Postgres && q.Loc.String() != "Local" {
		var rows []struct {
			Day string
			N   int
		}
		if err := s.db(ctx).Raw(`SELECT to_char(created_at AT TIME ZONE ?, 'YYYY-MM-DD') AS day, COUNT(*) AS n
 FROM conversations WHERE shop_id = ? AND created_at >= ? AND created_at < ?`+cond+` GROUP BY 1`,
			append([]any{q.Loc.String(), q.ShopID, q.Since.UTC(), q.Until.UTC()}, args...)...).Scan(&rows).Error; err != nil {
			return nil, fmt.Errorf("analytics days of shop %d: %w", q.ShopID, err)
		}
		for _, r := range rows {
			d, err := time.ParseInLocation("2006-01-02", r.Day, q.Loc)
			if err != nil {
				return nil, fmt.Errorf("analytics day %q: %w", r.Day, err)
			}
			days[d] += r.N
		}
	} else {
		var ts []time.Time
		if err := s.db(ctx).Model(&Conversation{}).Where("shop_id = ? AND created_at >= ? AND created_at < ?"+cond,
			append([]any{q.ShopID, q.Since.UTC(), q.Until.UTC()}, args...)...).Pluck("created_at", &ts).Error; err != nil {
			return nil, fmt.Errorf("analytics days of shop %d: %w", q.ShopID, err)
		}
		for _, t := range ts {
			y, m, d := t.In(q.Loc).Date()
			days[time.Date(y, m, d, 0, 0, 0, 0, q.Loc)]++
		}
	}
	return dayRange(q.Since, q.Until, q.Loc, days), nil
}

// replyDelays computes the median reply delays over the newest messages of
// the period (a sample of at most analyticsRowCap rows).
func (s *Store) replyDelays(ctx context.Context, q ReportQuery, r *Report) error {
	var msgs []Message
	if err := s.db(ctx).Select("id, conversation_id, role, created_at").
		Where("shop_id = ? AND created_at >= ? AND created_at < ?", q.ShopID, q.Since.UTC(), q.Until.UTC()).
		Scopes(q.messageChannel).Order("created_at DESC").Limit(analyticsRowCap).Find(&msgs).Error; err != nil {
		return fmt.Errorf("analytics messages of shop %d: %w", q.ShopID, err)
	}
	sort.Slice(msgs, func(i, j int) bool { return msgs[i].ID < msgs[j].ID })
	var handedOff []string
	cond, args := q.convChannel("channel")
	if err := s.db(ctx).Model(&Conversation{}).Where("shop_id = ? AND created_at >= ? AND created_at < ? AND handoff = ?"+cond,
		append([]any{q.ShopID, q.Since.UTC(), q.Until.UTC(), true}, args...)...).Limit(analyticsRowCap).Pluck("id", &handedOff).Error; err != nil {
		return fmt.Errorf("analytics handoffs of shop %d: %w", q.ShopID, err)
	}
	only := map[string]bool{}
	for _, id := range handedOff {
		only[id] = true
	}
	firstShopper, firstReply, firstAgent := map[string]time.Time{}, map[string]time.Time{}, map[string]time.Time{}
	for _, m := range msgs {
		switch m.Role {
		case RoleShopper:
			if _, ok := firstShopper[m.ConversationID]; !ok {
				firstShopper[m.ConversationID] = m.CreatedAt
			}
		case RoleBot, RoleAgent:
			if _, ok := firstShopper[m.ConversationID]; !ok {
				continue
			}
			if _, ok := firstReply[m.ConversationID]; !ok {
				firstReply[m.ConversationID] = m.CreatedAt
			}
			if _, ok := firstAgent[m.ConversationID]; !ok && m.Role == RoleAgent {
				firstAgent[m.ConversationID] = m.CreatedAt
			}
		}
	}
	r.MedianFirstReply, _ = medianDelay(firstShopper, firstReply, nil)
	r.MedianAgentReply, r.AgentReplies = medianDelay(firstShopper, firstAgent, only)
	return nil
}

// closingIntents never count as unanswered questions: the shopper was
// done ("danke", "bye", "ok"), whatever the turn's outcome.
var closingIntents = map[string]bool{"thanks": true, "feedback": true, "greeting": true}

// contactPattern finds an email address or a phone-like run of digits;
// such a message is the shopper giving contact details, not a question,
// and its text must not be listed.
var contactPattern = regexp.MustCompile(`[^\s@]+@[^\s@]+\.[^\s@]+|\+?\d[\d\s().-]{6,}\d`)

// unanswered lists the questions the assistant could not answer, grouped
// by their normalized text.
func (s *Store) unanswered(ctx context.Context, q ReportQuery) ([]Count, error) {
	var msgs []Message
	if err := s.db(ctx).Select("text, intent").
		Where("shop_id = ? AND outcome = ? AND role = ? AND created_at >= ? AND created_at < ?",
			q.ShopID, OutcomeFallback, RoleShopper, q.Since.UTC(), q.Until.UTC()).
		Scopes(q.messageChannel).Order("created_at DESC").Limit(analyticsRowCap).Find(&msgs).Error; err != nil {
		return nil, fmt.Errorf("analytics unanswered of shop %d: %w", q.ShopID, err)
	}
	gaps, gapText := map[string]int{}, map[string]string{}
	// Oldest first, so a question is shown as it was first worded.
	for i := len(msgs) - 1; i >= 0; i-- {
		m := msgs[i]
		if closingIntents[m.Intent] || contactPattern.MatchString(m.Text) {
			continue
		}
		key := normalizeQuestion(m.Text)
		if key == "" {
			continue
		}
		gaps[key]++
		if _, ok := gapText[key]; !ok {
			gapText[key] = strings.TrimSpace(m.Text)
		}
	}
	var out []Count
	for _, c := range sortedCounts(gaps, 20) {
		out = append(out, Count{Label: gapText[c.Label], N: c.N})
	}
	return out, nil
}

// demand aggregates the demand signals of the period by product, variant
// and constraint.
func (s *Store) demand(ctx context.Context, q ReportQuery, r *Report) error {
	var rows []struct {
		Kind                 string
		ProductID, VariantID int64
		Label                string
		N                    int
	}
	cond, args := "", []any(nil)
	if q.Channel != "" {
		cond, args = " AND conversation_id IN (SELECT id FROM conversations WHERE shop_id = ? AND channel = ?)", []any{q.ShopID, q.Channel}
	}
	if err := s.db(ctx).Raw(`SELECT kind, product_id, variant_id, label, COUNT(*) AS n FROM demand_signals
 WHERE shop_id = ? AND created_at >= ? AND created_at < ?`+cond+` GROUP BY kind, product_id, variant_id, label`,
		append([]any{q.ShopID, q.Since.UTC(), q.Until.UTC()}, args...)...).Scan(&rows).Error; err != nil {
		return fmt.Errorf("analytics demand of shop %d: %w", q.ShopID, err)
	}
	products := map[int64]*ProductDemand{}
	noMatch := map[string]int{}
	var oos []VariantDemand
	for _, row := range rows {
		switch row.Kind {
		case SignalNoMatch:
			noMatch[row.Label] += row.N
			continue
		case SignalOutOfStock:
			oos = append(oos, VariantDemand{ProductID: row.ProductID, VariantID: row.VariantID, N: row.N})
			continue
		}
		if row.ProductID == 0 {
			continue
		}
		p := products[row.ProductID]
		if p == nil {
			p = &ProductDemand{ProductID: row.ProductID}
			products[row.ProductID] = p
		}
		switch row.Kind {
		case SignalAsked:
			p.Asked += row.N
		case SignalRecommended:
			p.Recommended += row.N
		case SignalAddedToCart:
			p.AddedToCart += row.N
		}
	}
	for _, p := range products {
		r.Products = append(r.Products, *p)
	}
	sort.Slice(r.Products, func(i, j int) bool {
		a, b := r.Products[i], r.Products[j]
		if x, y := a.Asked+a.Recommended+a.AddedToCart, b.Asked+b.Recommended+b.AddedToCart; x != y {
			return x > y
		}
		return a.ProductID < b.ProductID
	})
	if len(r.Products) > 25 {
		r.Products = r.Products[:25]
	}
	sort.Slice(oos, func(i, j int) bool {
		if oos[i].N != oos[j].N {
			return oos[i].N > oos[j].N
		}
		return oos[i].VariantID < oos[j].VariantID
	})
	if len(oos) > 25 {
		oos = oos[:25]
	}
	r.OutOfStock = oos
	r.NoMatch = sortedCounts(noMatch, 25)
	return s.productTitles(ctx, q.ShopID, r)
}

// productTitles names the products and variants of the demand tables in
// the shop's primary language (one name per product, whatever language
// the shoppers used).
func (s *Store) productTitles(ctx context.Context, shopID int64, r *Report) error {
	ids := map[int64]bool{}
	for _, p := range r.Products {
		ids[p.ProductID] = true
	}
	for _, v := range r.OutOfStock {
		ids[v.ProductID] = true
	}
	if len(ids) == 0 {
		return nil
	}
	list := make([]int64, 0, len(ids))
	for id := range ids {
		list = append(list, id)
	}
	var rows []struct {
		ShopifyID int64
		Title     string
	}
	if err := s.db(ctx).Model(&Product{}).Select("shopify_id, title").Where("shop_id = ? AND shopify_id IN ?", shopID, list).
		Scan(&rows).Error; err != nil {
		return fmt.Errorf("analytics product titles of shop %d: %w", shopID, err)
	}
	titles := map[int64]string{}
	for _, row := range rows {
		titles[row.ShopifyID] = row.Title
	}
	variants := map[int64]string{}
	if len(r.OutOfStock) > 0 {
		vids := make([]int64, 0, len(r.OutOfStock))
		for _, v := range r.OutOfStock {
			vids = append(vids, v.VariantID)
		}
		var vrows []struct {
			ShopifyID int64
			Title     string
		}
		if err := s.db(ctx).Model(&Variant{}).Select("shopify_id, title").Where("shop_id = ? AND shopify_id IN ?", shopID, vids).
			Scan(&vrows).Error; err != nil {
			return fmt.Errorf("analytics variant titles of shop %d: %w", shopID, err)
		}
		for _, row := range vrows {
			variants[row.ShopifyID] = row.Title
		}
	}
	for i := range r.Products {
		r.Products[i].Title = firstNonBlank(titles[r.Products[i].ProductID], fmt.Sprintf("Product %d", r.Products[i].ProductID))
	}
	for i := range r.OutOfStock {
		v := &r.OutOfStock[i]
		v.Title = firstNonBlank(titles[v.ProductID], fmt.Sprintf("Product %d", v.ProductID)) + " — " +
			firstNonBlank(variants[v.VariantID], fmt.Sprintf("variant %d", v.VariantID))
	}
	return nil
}

// chatLines sums, per currency, the order lines that were added to the
// cart from the chat, over orders of conversations started in the period.
func (s *Store) chatLines(ctx context.Context, q ReportQuery) ([]Money, error) {
	var rows []struct{ Currency, ChatLinesTotal string }
	cond, args := q.convChannel("c.channel")
	if err := s.db(ctx).Raw(`SELECT o.currency, o.chat_lines_total FROM chat_orders o
 JOIN conversations c ON c.id = o.conversation_id
 WHERE o.shop_id = ? AND c.shop_id = ? AND c.created_at >= ? AND c.created_at < ? AND o.chat_lines_total <> '0'`+cond,
		append([]any{q.ShopID, q.ShopID, q.Since.UTC(), q.Until.UTC()}, args...)...).Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("analytics chat lines of shop %d: %w", q.ShopID, err)
	}
	totals := moneyTotals{}
	for _, o := range rows {
		totals.add(o.Currency, o.ChatLinesTotal)
	}
	return totals.list(), nil
}

// feedback lists the period's newest rated conversations that carry a
// comment.
func (s *Store) feedback(ctx context.Context, q ReportQuery) ([]FeedbackEntry, error) {
	var convs []Conversation
	cond, args := q.convChannel("channel")
	if err := s.db(ctx).Select("id, language, topic, last_intent, rating, feedback_comment, updated_at").
		Where("shop_id = ? AND created_at >= ? AND created_at < ? AND rating <> 0 AND feedback_comment <> ''"+cond,
			append([]any{q.ShopID, q.Since.UTC(), q.Until.UTC()}, args...)...).Order("updated_at DESC").Limit(50).Find(&convs).Error; err != nil {
		return nil, fmt.Errorf("analytics feedback of shop %d: %w", q.ShopID, err)
	}
	out := make([]FeedbackEntry, 0, len(convs))
	for _, c := range convs {
		out = append(out, FeedbackEntry{ConversationID: c.ID, Language: c.Language, Topic: firstNonBlank(c.Topic, c.LastIntent),
			Rating: c.Rating, Comment: c.FeedbackComment, At: c.UpdatedAt})
	}
	return out, nil
}

func medianDelay(start, end map[string]time.Time, only map[string]bool) (time.Duration, int) {
	var ds []time.Duration
	for id, t0 := range start {
		t1, ok := end[id]
		if !ok || (only != nil && !only[id]) {
			continue
		}
		if d := t1.Sub(t0); d >= 0 {
			ds = append(ds, d)
		}
	}
	if len(ds) == 0 {
		return 0, 0
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	n := len(ds)
	if n%2 == 1 {
		return ds[n/2], n
	}
	return (ds[n/2-1] + ds[n/2]) / 2, n
}

func dayRange(since, until time.Time, loc *time.Location, days map[time.Time]int) []DayCount {
	y, m, d := since.In(loc).Date()
	var out []DayCount
	for day := time.Date(y, m, d, 0, 0, 0, 0, loc); day.Before(until); day = day.AddDate(0, 0, 1) {
		out = append(out, DayCount{Day: day, N: days[day]})
	}
	return out
}

// sortedCounts orders by count descending then label; limit 0 keeps all.
func sortedCounts(m map[string]int, limit int) []Count {
	out := make([]Count, 0, len(m))
	for k, v := range m {
		out = append(out, Count{Label: k, N: v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].Label < out[j].Label
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// normalizeQuestion folds case, punctuation and spacing so repeats of the
// same question group together.
func normalizeQuestion(s string) string {
	s = strings.ToLower(s)
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune("?!¿¡.,;:\"'", r) {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

func firstNonBlank(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
