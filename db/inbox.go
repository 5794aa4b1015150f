package db

import (
	"context"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Inbox tabs of the agent workspace.
const (
	// InboxWaiting is handed-off, unresolved and taken by nobody.
	InboxWaiting = "waiting"
	// InboxMine is unresolved and assigned to the viewing staff member.
	InboxMine = "mine"
	// InboxAll is every conversation (with the list's filters).
	InboxAll = "all"
)

// InboxCounts are the badges of the inbox tabs.
type InboxCounts struct {
	Waiting int64 `json:"waiting"`
	Mine    int64 `json:"mine"`
	// Stamp changes whenever a conversation of the shop changes (a new
	// message, an assignment, a note, a status): the open admin polls it
	// and refreshes only when it moved.
	Stamp string `json:"stamp"`
	// Handoffs counts the conversations waiting for the team (handed off,
	// not resolved, assigned or not) and LastShopperMessage is the newest
	// shopper message id among them: the open admin raises a desktop
	// notification when either grows (a new handoff, a shopper follow-up).
	Handoffs           int64 `json:"handoffs"`
	LastShopperMessage int64 `json:"last_shopper_message"`
}

// InboxCounts counts the waiting and mine tabs for a staff member and
// stamps the shop's latest change.
func (s *Store) InboxCounts(ctx context.Context, shopID int64, staff string) (InboxCounts, error) {
	var out InboxCounts
	g := s.db(ctx)
	if err := g.Model(&Conversation{}).Where("shop_id = ? AND handoff = ? AND status <> ? AND assigned_to = ''",
		shopID, true, ConversationResolved).Count(&out.Waiting).Error; err != nil {
		return out, fmt.Errorf("count waiting conversations of shop %d: %w", shopID, err)
	}
	if staff != "" {
		if err := g.Model(&Conversation{}).Where("shop_id = ? AND status <> ? AND assigned_to = ?",
			shopID, ConversationResolved, staff).Count(&out.Mine).Error; err != nil {
			return out, fmt.Errorf("count assigned conversations of shop %d: %w", shopID, err)
		}
	}
	var row struct {
		N    int64
		Last string
	}
	// Text comparison of the latest updated_at is enough for change
	// detection and avoids driver-specific time scanning of an aggregate.
	if err := g.Raw("SELECT COUNT(*) AS n, COALESCE(MAX(CAST(updated_at AS TEXT)), '') AS last FROM conversations WHERE shop_id = ?",
		shopID).Scan(&row).Error; err != nil {
		return out, fmt.Errorf("stamp conversations of shop %d: %w", shopID, err)
	}
	var err error
	if out.Handoffs, err = s.CountHandoffs(ctx, shopID); err != nil {
		return out, err
	}
	if err := g.Raw(`SELECT COALESCE(MAX(m.id), 0) FROM messages m JOIN conversations c ON c.id = m.conversation_id
WHERE m.shop_id = ? AND m.role = ? AND c.shop_id = ? AND c.handoff = ? AND c.status <> ?`,
		shopID, RoleShopper, shopID, true, ConversationResolved).Scan(&out.LastShopperMessage).Error; err != nil {
		return out, fmt.Errorf("latest waiting shopper message of shop %d: %w", shopID, err)
	}
	out.Stamp = fmt.Sprintf("%d/%s/%d/%d", row.N, row.Last, out.Waiting, out.Mine)
	return out, nil
}

// CountHandoffs counts the shop's conversations waiting for the team:
// handed off and not resolved, assigned or not (the admin home's "waiting"
// and the inbox's notification count).
func (s *Store) CountHandoffs(ctx context.Context, shopID int64) (int64, error) {
	var n int64
	if err := s.db(ctx).Model(&Conversation{}).Where("shop_id = ? AND handoff = ? AND status <> ?",
		shopID, true, ConversationResolved).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("count handed-off conversations of shop %d: %w", shopID, err)
	}
	return n, nil
}

// touchConversation bumps updated_at so polling admins see the change.
func touchConversation(g *gorm.DB, shopID int64, id string, at time.Time) *gorm.DB {
	return g.Model(&Conversation{}).Where("shop_id = ? AND id = ?", shopID, id).Update("updated_at", at.UTC())
}

// AssignConversation gives a shop's conversation to a staff member (empty
// staff unassigns it). An id of another shop reports ErrNotFound.
func (s *Store) AssignConversation(ctx context.Context, shopID int64, id, staff string) error {
	res := s.db(ctx).Model(&Conversation{}).Where("shop_id = ? AND id = ?", shopID, id).
		Updates(map[string]any{"assigned_to": staff, "updated_at": time.Now().UTC()})
	if res.Error != nil {
		return fmt.Errorf("assign conversation %s of shop %d: %w", id, shopID, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("assign conversation %s of shop %d: %w", id, shopID, ErrNotFound)
	}
	return nil
}

// ReopenConversation takes a resolved conversation back into the inbox: a
// handed-off one waits again, any other is open.
func (s *Store) ReopenConversation(ctx context.Context, shopID int64, id string) error {
	res := s.db(ctx).Exec("UPDATE conversations SET status = CASE WHEN handoff THEN ? ELSE ? END, updated_at = ? "+
		"WHERE shop_id = ? AND id = ?", ConversationHandoff, ConversationOpen, time.Now().UTC(), shopID, id)
	if res.Error != nil {
		return fmt.Errorf("reopen conversation %s of shop %d: %w", id, shopID, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("reopen conversation %s of shop %d: %w", id, shopID, ErrNotFound)
	}
	return nil
}

// ConversationNote is an internal note on a conversation: staff only, never
// part of the chat the shopper sees.
type ConversationNote struct {
	ID             int64
	ShopID         int64
	ConversationID string
	AuthorID       string
	Text           string
	CreatedAt      time.Time
}

// AddConversationNote stores an internal note after checking the
// conversation belongs to the shop.
func (s *Store) AddConversationNote(ctx context.Context, shopID int64, id, author, text string, at time.Time) (*ConversationNote, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, fmt.Errorf("note on %s: empty text", id)
	}
	n := &ConversationNote{ShopID: shopID, ConversationID: id, AuthorID: author, Text: text, CreatedAt: at.UTC()}
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		res := touchConversation(g, shopID, id, at)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return ErrNotFound
		}
		return g.Create(n).Error
	})
	if err != nil {
		return nil, fmt.Errorf("note on conversation %s of shop %d: %w", id, shopID, err)
	}
	return n, nil
}

// ConversationNotes lists a conversation's notes, oldest first.
func (s *Store) ConversationNotes(ctx context.Context, shopID int64, id string) ([]ConversationNote, error) {
	var out []ConversationNote
	if err := s.db(ctx).Where("shop_id = ? AND conversation_id = ?", shopID, id).Order("id").Limit(500).
		Find(&out).Error; err != nil {
		return nil, fmt.Errorf("notes of conversation %s of shop %d: %w", id, shopID, err)
	}
	return out, nil
}

// StaffMember is a staff user of a shop's admin with the name they chose
// to show in the inbox (session tokens carry only the user id).
type StaffMember struct {
	ShopID    int64
	UserID    string
	Name      string
	UpdatedAt time.Time
}

// SetStaffName records the display name of a staff member.
func (s *Store) SetStaffName(ctx context.Context, shopID int64, user, name string) error {
	m := StaffMember{ShopID: shopID, UserID: user, Name: strings.TrimSpace(name), UpdatedAt: time.Now().UTC()}
	if err := s.db(ctx).Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "shop_id"}, {Name: "user_id"}},
		DoUpdates: clause.AssignmentColumns([]string{"name", "updated_at"})}).Create(&m).Error; err != nil {
		return fmt.Errorf("set staff name in shop %d: %w", shopID, err)
	}
	return nil
}

// StaffNames maps a shop's staff user ids to their display names.
func (s *Store) StaffNames(ctx context.Context, shopID int64) (map[string]string, error) {
	var rows []StaffMember
	if err := s.db(ctx).Where("shop_id = ?", shopID).Limit(1000).Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("staff names of shop %d: %w", shopID, err)
	}
	out := make(map[string]string, len(rows))
	for _, r := range rows {
		out[r.UserID] = r.Name
	}
	return out, nil
}

// MainIntents maps conversation ids to their main topic: the intent of most
// shopper messages, ignoring small talk and unknowns, ties to the earliest.
func (s *Store) MainIntents(ctx context.Context, shopID int64, ids []string) (map[string]string, error) {
	out := map[string]string{}
	if len(ids) == 0 {
		return out, nil
	}
	var rows []struct {
		ConversationID string
		Intent         string
		N              int
		First          int64
	}
	if err := s.db(ctx).Model(&Message{}).Select("conversation_id, intent, COUNT(*) AS n, MIN(id) AS first").
		Where("shop_id = ? AND role = ? AND conversation_id IN ? AND intent NOT IN ?", shopID, RoleShopper, ids, smallTalkIntents).
		Group("conversation_id, intent").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("main intents of %d conversations of shop %d: %w", len(ids), shopID, err)
	}
	best := map[string]int{}
	first := map[string]int64{}
	for _, r := range rows {
		if n, ok := best[r.ConversationID]; !ok || r.N > n || (r.N == n && r.First < first[r.ConversationID]) {
			best[r.ConversationID], first[r.ConversationID], out[r.ConversationID] = r.N, r.First, r.Intent
		}
	}
	return out, nil
}

// smallTalkIntents never make a conversation's topic.
var smallTalkIntents = []string{"", "greeting", "goodbye", "thanks", "other", "out_of_scope", "affirm", "deny"}

// Saved reply of the merchant: one title and the text per language.
type SavedReply struct {
	ID     int64
	ShopID int64
	Title  string
	Texts  JSON[map[string]string]
	// StarterKey names the shipped starter reply this one replaces (the
	// merchant edited it); empty for the merchant's own replies.
	StarterKey string
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// SavedReplies lists a shop's saved replies, oldest first.
func (s *Store) SavedReplies(ctx context.Context, shopID int64) ([]SavedReply, error) {
	var out []SavedReply
	if err := s.db(ctx).Where("shop_id = ?", shopID).Order("id").Limit(200).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("saved replies of shop %d: %w", shopID, err)
	}
	return out, nil
}

// SaveSavedReply creates (ID 0) or updates a shop's saved reply; updating
// an id of another shop reports ErrNotFound.
func (s *Store) SaveSavedReply(ctx context.Context, r *SavedReply) error {
	now := time.Now().UTC()
	r.UpdatedAt = now
	if r.ID == 0 {
		r.CreatedAt = now
		if err := s.db(ctx).Create(r).Error; err != nil {
			if isUniqueViolation(err) {
				// A second edit of the same starter (two tabs): one wins.
				return fmt.Errorf("create saved reply in shop %d: %w", r.ShopID, ErrConflict)
			}
			return fmt.Errorf("create saved reply in shop %d: %w", r.ShopID, err)
		}
		return nil
	}
	res := s.db(ctx).Model(&SavedReply{}).Where("shop_id = ? AND id = ?", r.ShopID, r.ID).
		Updates(map[string]any{"title": r.Title, "texts": r.Texts, "updated_at": now})
	if res.Error != nil {
		return fmt.Errorf("update saved reply %d in shop %d: %w", r.ID, r.ShopID, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("update saved reply %d in shop %d: %w", r.ID, r.ShopID, ErrNotFound)
	}
	return nil
}

// SavedReply loads one of a shop's saved replies; an id of another shop
// reports ErrNotFound.
func (s *Store) SavedReply(ctx context.Context, shopID, id int64) (*SavedReply, error) {
	var r SavedReply
	if err := s.db(ctx).Where("shop_id = ? AND id = ?", shopID, id).Take(&r).Error; err != nil {
		return nil, fmt.Errorf("saved reply %d of shop %d: %w", id, shopID, notFound(err))
	}
	return &r, nil
}

// DeleteSavedReply removes a shop's saved reply.
func (s *Store) DeleteSavedReply(ctx context.Context, shopID, id int64) error {
	res := s.db(ctx).Where("shop_id = ? AND id = ?", shopID, id).Delete(&SavedReply{})
	if res.Error != nil {
		return fmt.Errorf("delete saved reply %d in shop %d: %w", id, shopID, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("delete saved reply %d in shop %d: %w", id, shopID, ErrNotFound)
	}
	return nil
}

// ShopperOf is the customer a conversation belongs to, as far as the chat
// knows: the logged-in customer id and the contact the shopper gave.
func ShopperOf(c *Conversation) CustomerRef {
	return CustomerRef{ID: c.CustomerID, Email: c.CustomerEmail, Phone: c.CustomerPhone}.normalized()
}

// ShopperConversationIDs lists the shop's conversations of the shopper of
// conversation c (same customer id, email or phone), c included, oldest
// first. A guest who gave no contact has only c.
func (s *Store) ShopperConversationIDs(ctx context.Context, shopID int64, c *Conversation) ([]string, error) {
	ids := []string{c.ID}
	where, args, ok := ShopperOf(c).matchSQL("customer_id", "lower(customer_email)", "customer_phone", nil)
	if !ok {
		return ids, nil
	}
	var found []string
	if err := s.db(ctx).Model(&Conversation{}).Where("shop_id = ?", shopID).Where(where, args...).
		Order("created_at, id").Limit(1000).Pluck("id", &found).Error; err != nil {
		return nil, fmt.Errorf("conversations of shopper in shop %d: %w", shopID, err)
	}
	for _, id := range found {
		if id != c.ID {
			ids = append(ids, id)
		}
	}
	return ids, nil
}

// ShopperExport is a shopper's conversations as handed to them on request.
type ShopperExport struct {
	GeneratedAt   time.Time            `json:"generated_at"`
	Shop          string               `json:"shop"`
	Customer      CustomerRef          `json:"customer"`
	Conversations []ExportConversation `json:"conversations"`
}

// ExportShopperConversations gathers the listed conversations of a shop
// with their chat messages (internal notes are the merchant's, not part of
// the chat, and stay out).
func (s *Store) ExportShopperConversations(ctx context.Context, shopID int64, who CustomerRef, ids []string, now time.Time) (*ShopperExport, error) {
	shop, err := s.GetShopByID(ctx, shopID)
	if err != nil {
		return nil, fmt.Errorf("export shopper conversations: %w", err)
	}
	out := &ShopperExport{GeneratedAt: now.UTC(), Shop: shop.Domain, Customer: who, Conversations: []ExportConversation{}}
	var convs []Conversation
	if err := s.db(ctx).Where("shop_id = ? AND id IN ?", shopID, ids).Order("created_at, id").Find(&convs).Error; err != nil {
		return nil, fmt.Errorf("export shopper conversations of shop %d: %w", shopID, err)
	}
	for _, c := range convs {
		var msgs []Message
		if err := s.db(ctx).Where("shop_id = ? AND conversation_id = ?", shopID, c.ID).Order("id").Find(&msgs).Error; err != nil {
			return nil, fmt.Errorf("export messages of conversation %s: %w", c.ID, err)
		}
		ec := ExportConversation{ID: c.ID, Language: c.Language, Status: c.Status, CreatedAt: c.CreatedAt, Messages: []ExportMessage{}}
		for _, m := range msgs {
			ec.Messages = append(ec.Messages, ExportMessage{Role: m.Role, Text: m.Text, CreatedAt: m.CreatedAt})
		}
		out.Conversations = append(out.Conversations, ec)
	}
	return out, nil
}

// DeleteShopperConversations deletes the listed conversations of a shop
// with their messages, translations and notes, and reports how many went.
func (s *Store) DeleteShopperConversations(ctx context.Context, shopID int64, ids []string) (int64, error) {
	var res RedactResult
	if err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		return deleteConversations(g, shopID, ids, &res)
	}); err != nil {
		return 0, fmt.Errorf("delete shopper conversations of shop %d: %w", shopID, err)
	}
	return res.Conversations, nil
}
