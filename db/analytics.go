package db

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"
)

// UnansweredConfidence is the intent confidence below which a shopper's
// message counts as not understood (a knowledge gap) even when an intent was
// picked.
const UnansweredConfidence = 0.5

// analyticsRowCap bounds how many rows one report reads per query, so a busy
// shop's report stays cheap; figures are then computed over the newest rows.
const analyticsRowCap = 20000

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

// Report holds a shop's assistant analytics over a period.
type Report struct {
	Since, Until  time.Time
	Conversations int
	Handoffs      int
	// Automated counts conversations that ended without a handoff and
	// without a negative rating: resolved by the assistant alone.
	Automated int
	RatedUp   int
	RatedDown int
	PerDay    []DayCount
	Intents   []Count
	Languages []Count
	// MedianFirstReply is the median delay between a conversation's first
	// shopper message and the first answer (assistant or agent).
	MedianFirstReply time.Duration
	// MedianAgentReply is the median delay between a handed-off
	// conversation's first shopper message and the merchant's first reply;
	// AgentReplies says over how many conversations.
	MedianAgentReply time.Duration
	AgentReplies     int
	Unanswered       []Count
	Products         []Count
}

// Rate returns part/whole as a fraction, 0 when whole is 0.
func Rate(part, whole int) float64 {
	if whole == 0 {
		return 0
	}
	return float64(part) / float64(whole)
}

// AutomationRate is the share of conversations resolved without a handoff.
func (r *Report) AutomationRate() float64 { return Rate(r.Automated, r.Conversations) }

// HandoffRate is the share of conversations handed to a human.
func (r *Report) HandoffRate() float64 { return Rate(r.Handoffs, r.Conversations) }

// CSAT is the share of positive ratings among all ratings.
func (r *Report) CSAT() float64 { return Rate(r.RatedUp, r.RatedUp+r.RatedDown) }

// Analytics computes a shop's report for conversations started in
// [since, until); days are bucketed in loc (the shop's time zone).
func (s *Store) Analytics(ctx context.Context, shopID int64, since, until time.Time, loc *time.Location) (*Report, error) {
	if loc == nil {
		loc = time.UTC
	}
	r := &Report{Since: since, Until: until}
	var convs []Conversation
	if err := s.db(ctx).Select("id, language, handoff, rating, created_at").
		Where("shop_id = ? AND created_at >= ? AND created_at < ?", shopID, since.UTC(), until.UTC()).
		Order("created_at DESC").Limit(analyticsRowCap).Find(&convs).Error; err != nil {
		return nil, fmt.Errorf("analytics conversations of shop %d: %w", shopID, err)
	}
	var msgs []Message
	if err := s.db(ctx).Select("id, conversation_id, role, text, intent, intent_confidence, rating, cards, created_at").
		Where("shop_id = ? AND created_at >= ? AND created_at < ?", shopID, since.UTC(), until.UTC()).
		Order("id DESC").Limit(analyticsRowCap).Find(&msgs).Error; err != nil {
		return nil, fmt.Errorf("analytics messages of shop %d: %w", shopID, err)
	}
	sort.Slice(msgs, func(i, j int) bool { return msgs[i].ID < msgs[j].ID })

	negative := map[string]bool{}
	for _, m := range msgs {
		switch {
		case m.Rating > 0:
			r.RatedUp++
		case m.Rating < 0:
			r.RatedDown++
			negative[m.ConversationID] = true
		}
	}
	days := map[time.Time]int{}
	langs := map[string]int{}
	handedOff := map[string]bool{}
	for _, c := range convs {
		r.Conversations++
		if c.Handoff {
			r.Handoffs++
			handedOff[c.ID] = true
		} else if c.Rating >= 0 && !negative[c.ID] {
			r.Automated++
		}
		y, mo, d := c.CreatedAt.In(loc).Date()
		days[time.Date(y, mo, d, 0, 0, 0, 0, loc)]++
		langs[firstNonBlank(c.Language, "unknown")]++
	}
	r.PerDay = dayRange(since, until, loc, days)
	r.Languages = sortedCounts(langs, 0)

	intents, gaps, products := map[string]int{}, map[string]int{}, map[string]int{}
	gapText := map[string]string{}
	firstShopper, firstReply, firstAgent := map[string]time.Time{}, map[string]time.Time{}, map[string]time.Time{}
	for _, m := range msgs {
		switch m.Role {
		case RoleShopper:
			if m.Intent != "" {
				intents[m.Intent]++
			}
			if m.Intent == "other" || (m.Intent != "" && m.IntentConfidence > 0 && m.IntentConfidence < UnansweredConfidence) {
				key := normalizeQuestion(m.Text)
				if key != "" {
					gaps[key]++
					if _, ok := gapText[key]; !ok {
						gapText[key] = strings.TrimSpace(m.Text)
					}
				}
			}
			if _, ok := firstShopper[m.ConversationID]; !ok {
				firstShopper[m.ConversationID] = m.CreatedAt
			}
		case RoleBot, RoleAgent:
			if _, ok := firstShopper[m.ConversationID]; ok {
				if _, ok := firstReply[m.ConversationID]; !ok {
					firstReply[m.ConversationID] = m.CreatedAt
				}
				if _, ok := firstAgent[m.ConversationID]; !ok && m.Role == RoleAgent {
					firstAgent[m.ConversationID] = m.CreatedAt
				}
			}
			for _, card := range m.Cards.V {
				if card.Type == "product" && card.Title != "" {
					products[card.Title]++
				}
			}
		}
	}
	r.Intents = sortedCounts(intents, 0)
	r.Products = sortedCounts(products, 10)
	for _, c := range sortedCounts(gaps, 10) {
		r.Unanswered = append(r.Unanswered, Count{Label: gapText[c.Label], N: c.N})
	}
	r.MedianFirstReply, _ = medianDelay(firstShopper, firstReply, nil)
	r.MedianAgentReply, r.AgentReplies = medianDelay(firstShopper, firstAgent, handedOff)
	return r, nil
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
