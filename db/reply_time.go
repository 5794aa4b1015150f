package db

import (
	"context"
	"fmt"
	"time"
)

// replyTimeSample is how many recent handed-off conversations the usual
// agent reply time is measured over: recent enough to follow staffing
// changes, enough to make one slow night not the answer.
const replyTimeSample = 50

// MedianAgentReply is the median time from a handed-off conversation's
// first shopper message to its first agent reply, over the shop's most
// recent handed-off conversations (since since) that got one — the same
// measure as the analytics page's "agent reply" figure. n is how many
// conversations it was measured over (0: no data, d is 0).
func (s *Store) MedianAgentReply(ctx context.Context, shopID int64, since time.Time) (d time.Duration, n int, err error) {
	var rows []struct {
		ConversationID string
		Role           string
		CreatedAt      time.Time
	}
	// Driven from the agent messages (partial index messages_agent), not
	// from handed-off conversations: the engine asks this on every handoff,
	// and a shop with thousands of unanswered handoffs made the old
	// conversation scan grow with each one (BenchmarkReply p99 100+ ms).
	recent := s.db(ctx).Table("messages AS a").Select("a.conversation_id").
		Joins("JOIN conversations c ON c.id = a.conversation_id").
		Where("a.shop_id = ? AND a.role = ? AND a.created_at >= ? AND c.handoff = ?", shopID, RoleAgent, since.UTC(), true).
		Group("a.conversation_id").Order("MAX(a.created_at) DESC").Limit(replyTimeSample)
	if err := s.db(ctx).Model(&Message{}).Select("conversation_id, role, created_at").
		Where("shop_id = ? AND role IN ? AND conversation_id IN (?)", shopID, []string{RoleShopper, RoleAgent}, recent).
		Order("id").Scan(&rows).Error; err != nil {
		return 0, 0, fmt.Errorf("median agent reply of shop %d: %w", shopID, err)
	}
	first, agent := map[string]time.Time{}, map[string]time.Time{}
	for _, r := range rows {
		switch r.Role {
		case RoleShopper:
			if _, ok := first[r.ConversationID]; !ok {
				first[r.ConversationID] = r.CreatedAt
			}
		case RoleAgent:
			if _, ok := agent[r.ConversationID]; !ok {
				agent[r.ConversationID] = r.CreatedAt
			}
		}
	}
	d, n = medianDelay(first, agent, nil)
	return d, n, nil
}
