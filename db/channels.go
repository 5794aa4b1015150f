package db

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"gorm.io/gorm"
)

// ChannelWeb is the storefront widget's channel name, the default of every
// conversation; the other names live in package channels.
const ChannelWeb = "web"

// BeforeCreate gives a conversation created without a channel the widget's
// (gorm writes the empty string rather than the column default).
func (c *Conversation) BeforeCreate(*gorm.DB) error {
	if c.Channel == "" {
		c.Channel = ChannelWeb
	}
	return nil
}

// ChannelAccount is a merchant's business address on a channel (support
// email, WhatsApp phone_number_id, Facebook page id, Instagram account id).
type ChannelAccount struct {
	ID     int64
	ShopID int64
	// Channel is a channels.Channel name.
	Channel     string
	Address     string
	DisplayName string
	// CredentialsEnc is the channel's secrets (access token, app secret,
	// SMTP/IMAP password) sealed with secretbox, never stored in clear.
	CredentialsEnc []byte
	// Settings is channel-specific configuration without secrets (e.g. the
	// WhatsApp template names, IMAP host).
	Settings      JSON[map[string]string]
	Enabled       bool
	LastMessageAt *time.Time
	LastError     string
	LastErrorAt   *time.Time
	CreatedAt     time.Time
	UpdatedAt     time.Time
}

// Setting returns one of the account's settings ("" when unset).
func (a *ChannelAccount) Setting(key string) string {
	if a == nil || a.Settings.V == nil {
		return ""
	}
	return a.Settings.V[key]
}

// Channel message directions and statuses.
const (
	DirectionIn  = "in"
	DirectionOut = "out"

	// ChannelReceived is an inbound message claimed for answering;
	// ChannelAnswered one whose turn is stored.
	ChannelReceived  = "received"
	ChannelAnswered  = "answered"
	ChannelSent      = "sent"
	ChannelDelivered = "delivered"
	ChannelRead      = "read"
	ChannelFailed    = "failed"
)

// ChannelMessage is one message that crossed a channel, inbound or outbound.
type ChannelMessage struct {
	ID               int64
	ShopID           int64
	Channel          string
	ChannelAccountID int64
	ConversationID   string
	// MessageID is our messages row (0 when none, e.g. a failed send).
	MessageID         int64
	Direction         string
	ProviderMessageID string
	Status            string
	Error             string
	CreatedAt         time.Time
	UpdatedAt         time.Time
}

// SaveChannelAccount creates (ID 0) or updates a shop's channel account;
// an address already connected in the shop reports ErrDuplicate.
func (s *Store) SaveChannelAccount(ctx context.Context, a *ChannelAccount) error {
	now := time.Now().UTC()
	a.UpdatedAt = now
	if a.Settings.V == nil {
		a.Settings = NewJSON(map[string]string{})
	}
	if a.ID == 0 {
		a.CreatedAt = now
		if err := s.db(ctx).Create(a).Error; err != nil {
			if isUniqueViolation(err) {
				return fmt.Errorf("connect %s account in shop %d: %w", a.Channel, a.ShopID, ErrDuplicate)
			}
			return fmt.Errorf("connect %s account in shop %d: %w", a.Channel, a.ShopID, err)
		}
		return nil
	}
	res := s.db(ctx).Model(&ChannelAccount{}).Where("shop_id = ? AND id = ?", a.ShopID, a.ID).Updates(map[string]any{
		"address": a.Address, "display_name": a.DisplayName, "credentials_enc": a.CredentialsEnc,
		"settings": a.Settings, "enabled": a.Enabled, "updated_at": now})
	if res.Error != nil {
		if isUniqueViolation(res.Error) {
			return fmt.Errorf("update %s account %d: %w", a.Channel, a.ID, ErrDuplicate)
		}
		return fmt.Errorf("update %s account %d: %w", a.Channel, a.ID, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("update %s account %d: %w", a.Channel, a.ID, ErrNotFound)
	}
	return nil
}

// ChannelAccounts lists a shop's channel accounts by channel then id.
func (s *Store) ChannelAccounts(ctx context.Context, shopID int64) ([]ChannelAccount, error) {
	var out []ChannelAccount
	if err := s.db(ctx).Where("shop_id = ?", shopID).Order("channel, id").Limit(100).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("channel accounts of shop %d: %w", shopID, err)
	}
	return out, nil
}

// GetChannelAccount loads one account of a shop.
func (s *Store) GetChannelAccount(ctx context.Context, shopID, id int64) (*ChannelAccount, error) {
	var a ChannelAccount
	if err := s.db(ctx).Where("shop_id = ? AND id = ?", shopID, id).Take(&a).Error; err != nil {
		return nil, fmt.Errorf("channel account %d of shop %d: %w", id, shopID, notFound(err))
	}
	return &a, nil
}

// ChannelAccountByAddress finds the enabled account of a business address
// on a channel across installed shops: an inbound webhook names only the
// address, and a number moved to another shop may still be connected to
// the uninstalled one until its data is erased.
func (s *Store) ChannelAccountByAddress(ctx context.Context, channel, address string) (*ChannelAccount, error) {
	var a ChannelAccount
	if err := s.db(ctx).Model(&ChannelAccount{}).Select("channel_accounts.*").
		Joins("JOIN shops ON shops.id = channel_accounts.shop_id AND shops.uninstalled_at IS NULL").
		Where("channel_accounts.channel = ? AND channel_accounts.address = ? AND channel_accounts.enabled = ?", channel, address, true).
		Order("channel_accounts.id").Take(&a).Error; err != nil {
		return nil, fmt.Errorf("%s account %q: %w", channel, address, notFound(err))
	}
	return &a, nil
}

// DeleteChannelAccount disconnects an account of a shop.
func (s *Store) DeleteChannelAccount(ctx context.Context, shopID, id int64) error {
	res := s.db(ctx).Where("shop_id = ? AND id = ?", shopID, id).Delete(&ChannelAccount{})
	if res.Error != nil {
		return fmt.Errorf("delete channel account %d of shop %d: %w", id, shopID, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("delete channel account %d of shop %d: %w", id, shopID, ErrNotFound)
	}
	return nil
}

// maxHealthError caps the stored error text of an account or message.
const maxHealthError = 500

// RecordChannelHealth notes traffic on an account: a message at at (when
// errText is empty) or a failure with its text. Errors must not carry
// personal data; callers pass provider error codes and messages.
func (s *Store) RecordChannelHealth(ctx context.Context, accountID int64, at time.Time, errText string) error {
	at = at.UTC()
	upd := map[string]any{"last_message_at": at}
	if errText != "" {
		upd = map[string]any{"last_error": clip(CleanText(errText), maxHealthError), "last_error_at": at}
	}
	if err := s.db(ctx).Model(&ChannelAccount{}).Where("id = ?", accountID).Updates(upd).Error; err != nil {
		return fmt.Errorf("record health of channel account %d: %w", accountID, err)
	}
	return nil
}

// FindChannelConversation returns the shop's latest unresolved conversation
// of a shopper address on a channel (and email thread when thread is not
// empty), or ErrNotFound.
func (s *Store) FindChannelConversation(ctx context.Context, shopID int64, channel, address, thread string) (*Conversation, error) {
	q := s.db(ctx).Where("shop_id = ? AND channel = ? AND channel_address = ? AND status <> ?",
		shopID, channel, address, ConversationResolved)
	if thread != "" {
		q = q.Where("channel_thread = ?", thread)
	}
	var c Conversation
	// The oldest open one: two first messages racing may both create a
	// conversation, and every later message then lands on the same one.
	if err := q.Order("created_at, id").Take(&c).Error; err != nil {
		return nil, fmt.Errorf("find %s conversation in shop %d: %w", channel, shopID, notFound(err))
	}
	return &c, nil
}

// ClaimInbound records an inbound provider message before it is answered
// and reports whether the caller owns it now. A message already answered
// (a provider retry, a duplicate delivery) reports false and no error: the
// caller does nothing. One being answered elsewhere reports ErrConflict, so
// a queued job retries later; a claim older than staleAfter that was never
// answered (its process died) is taken over.
func (s *Store) ClaimInbound(ctx context.Context, m *ChannelMessage, staleAfter time.Duration) (bool, error) {
	now := time.Now().UTC()
	m.Direction, m.Status, m.CreatedAt, m.UpdatedAt = DirectionIn, ChannelReceived, now, now
	if m.ProviderMessageID == "" {
		return false, fmt.Errorf("claim inbound %s message: no provider id", m.Channel)
	}
	err := s.db(ctx).Create(m).Error
	if err == nil {
		return true, nil
	}
	if !isUniqueViolation(err) {
		return false, fmt.Errorf("claim inbound %s message: %w", m.Channel, err)
	}
	var cur ChannelMessage
	if err := s.db(ctx).Where("shop_id = ? AND channel = ? AND provider_message_id = ?", m.ShopID, m.Channel,
		m.ProviderMessageID).Take(&cur).Error; err != nil {
		return false, fmt.Errorf("reload inbound %s message: %w", m.Channel, notFound(err))
	}
	if cur.Direction != DirectionIn || cur.Status != ChannelReceived {
		return false, nil
	}
	if !cur.UpdatedAt.Before(now.Add(-staleAfter)) {
		return false, fmt.Errorf("inbound %s message being answered: %w", m.Channel, ErrConflict)
	}
	res := s.db(ctx).Model(&ChannelMessage{}).Where("id = ? AND status = ? AND updated_at < ?", cur.ID,
		ChannelReceived, now.Add(-staleAfter)).Update("updated_at", now)
	if res.Error != nil {
		return false, fmt.Errorf("take over inbound %s message: %w", m.Channel, res.Error)
	}
	if res.RowsAffected == 0 {
		return false, fmt.Errorf("inbound %s message taken over elsewhere: %w", m.Channel, ErrConflict)
	}
	cur.UpdatedAt = now
	*m = cur
	return true, nil
}

// ReleaseInbound gives up a claim whose answer failed, so the provider's
// or the job's retry answers it.
func (s *Store) ReleaseInbound(ctx context.Context, id int64) error {
	if err := s.db(ctx).Where("id = ? AND status = ?", id, ChannelReceived).Delete(&ChannelMessage{}).Error; err != nil {
		return fmt.Errorf("release inbound channel message %d: %w", id, err)
	}
	return nil
}

// FinishInbound marks a claimed inbound message answered in a conversation.
func (s *Store) FinishInbound(ctx context.Context, id int64, conversationID string, messageID int64) error {
	if err := s.db(ctx).Model(&ChannelMessage{}).Where("id = ?", id).Updates(map[string]any{
		"status": ChannelAnswered, "conversation_id": conversationID, "message_id": messageID,
		"updated_at": time.Now().UTC()}).Error; err != nil {
		return fmt.Errorf("finish inbound channel message %d: %w", id, err)
	}
	return nil
}

// RecordOutbound stores a sent (or failed) outbound message.
func (s *Store) RecordOutbound(ctx context.Context, m *ChannelMessage) error {
	now := time.Now().UTC()
	m.Direction, m.CreatedAt, m.UpdatedAt = DirectionOut, now, now
	m.Error = clip(CleanText(m.Error), maxHealthError)
	if err := s.db(ctx).Create(m).Error; err != nil {
		if isUniqueViolation(err) {
			return fmt.Errorf("record outbound %s message: %w", m.Channel, ErrDuplicate)
		}
		return fmt.Errorf("record outbound %s message: %w", m.Channel, err)
	}
	return nil
}

// statusRank orders delivery statuses: a late "delivered" never overwrites
// "read" (providers do not guarantee the order of status callbacks), while
// "failed" always wins.
var statusRank = map[string]int{ChannelSent: 1, ChannelDelivered: 2, ChannelRead: 3, ChannelFailed: 4}

// UpdateChannelStatus applies a provider status callback to an outbound
// message. An unknown provider id reports ErrNotFound (the message was not
// sent by us, or was erased).
func (s *Store) UpdateChannelStatus(ctx context.Context, shopID int64, channel, providerID, status, errText string) error {
	rank, ok := statusRank[status]
	if !ok {
		return fmt.Errorf("channel status %q: unknown", status)
	}
	lower := make([]string, 0, 3)
	for st, r := range statusRank {
		if r < rank {
			lower = append(lower, st)
		}
	}
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		var cur ChannelMessage
		if err := g.Where("shop_id = ? AND channel = ? AND provider_message_id = ? AND direction = ?",
			shopID, channel, providerID, DirectionOut).Take(&cur).Error; err != nil {
			return notFound(err)
		}
		if statusRank[cur.Status] >= rank {
			return nil
		}
		return g.Model(&ChannelMessage{}).Where("id = ? AND status IN ?", cur.ID, lower).Updates(map[string]any{
			"status": status, "error": clip(CleanText(errText), maxHealthError),
			"updated_at": time.Now().UTC()}).Error
	})
	if err != nil {
		return fmt.Errorf("update %s message status: %w", channel, err)
	}
	return nil
}

// ChannelMessagesOf lists a conversation's channel rows, oldest first.
func (s *Store) ChannelMessagesOf(ctx context.Context, shopID int64, conversationID string) ([]ChannelMessage, error) {
	var out []ChannelMessage
	if err := s.db(ctx).Where("shop_id = ? AND conversation_id = ?", shopID, conversationID).Order("id").Limit(1000).
		Find(&out).Error; err != nil {
		return nil, fmt.Errorf("channel messages of conversation %s: %w", conversationID, err)
	}
	return out, nil
}

// LastInbound is the conversation's latest inbound channel message (the
// WhatsApp customer-service window runs from it), or ErrNotFound.
func (s *Store) LastInbound(ctx context.Context, shopID int64, conversationID string) (*ChannelMessage, error) {
	var m ChannelMessage
	if err := s.db(ctx).Where("shop_id = ? AND conversation_id = ? AND direction = ?", shopID, conversationID, DirectionIn).
		Order("id DESC").Take(&m).Error; err != nil {
		return nil, fmt.Errorf("last inbound message of conversation %s: %w", conversationID, notFound(err))
	}
	return &m, nil
}

// LinkChannelShopper binds a new channel conversation to the shopper its
// address proves: when the address (a lower-case email, or an E.164 phone
// for WhatsApp) is a verified contact of another conversation of the shop,
// or the email/phone of one of the shop's orders, the conversation takes
// that contact and the customer id known for it. It changes nothing
// otherwise and reports whether it linked.
func (s *Store) LinkChannelShopper(ctx context.Context, c *Conversation, email, phone string) (bool, error) {
	if email == "" && phone == "" {
		return false, nil
	}
	col, val, orderWhere := "lower(customer_email)", NormalizeEmail(email), "lower(email) = ?"
	orderArgs := []any{val}
	if email == "" {
		val = NormalizePhone(phone)
		col, orderWhere = "customer_phone", "phone = ? OR shipping_phone = ? OR billing_phone = ?"
		orderArgs = []any{val, val, val}
	}
	if val == "" || val == "+" {
		return false, nil
	}
	var prev Conversation
	err := s.db(ctx).Select("customer_id").Where("shop_id = ? AND "+col+" = ? AND id <> ?", c.ShopID, val, c.ID).
		Order("customer_id DESC").Take(&prev).Error
	found := err == nil
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return false, fmt.Errorf("link channel shopper in shop %d: %w", c.ShopID, err)
	}
	var o Order
	err = s.db(ctx).Select("customer_id").Where("shop_id = ?", c.ShopID).Where(orderWhere, orderArgs...).
		Order("customer_id DESC").Take(&o).Error
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return false, fmt.Errorf("link channel shopper to orders in shop %d: %w", c.ShopID, err)
	}
	found = found || err == nil
	if !found {
		return false, nil
	}
	if email != "" {
		c.CustomerEmail = val
	} else {
		c.CustomerPhone = val
	}
	if c.CustomerID == 0 {
		c.CustomerID = max(prev.CustomerID, o.CustomerID)
	}
	return true, nil
}

// channelAddressMatch builds the condition finding a customer's channel
// conversations: the email as address, the phone as E.164 or as WhatsApp's
// wa_id (digits with the country code). Shopify may send the phone without
// its country code, so a wa_id ending in the phone's digits matches too
// (erasing a little too much is the safe side of a redaction).
func channelAddressMatch(who CustomerRef) (string, []any, bool) {
	var (
		conds []string
		args  []any
	)
	if e := NormalizeEmail(who.Email); e != "" {
		conds, args = append(conds, "lower(channel_address) = ?"), append(args, e)
	}
	if p := NormalizePhone(who.Phone); p != "" && p != "+" {
		digits := strings.TrimPrefix(p, "+")
		conds, args = append(conds, "channel_address IN ?"), append(args, []string{p, digits})
		if len(digits) >= 7 {
			conds, args = append(conds, "channel_address LIKE ?"), append(args, "%"+digits)
		}
	}
	if len(conds) == 0 {
		return "", nil, false
	}
	return "(" + strings.Join(conds, " OR ") + ")", args, true
}

// clip cuts s to at most n runes.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// LatestMessagingConversation is the shop's most recent conversation on one
// of channels whose shopper is the order's: same email, or a phone of the
// order (its own, shipping or billing). Nil when there is none.
func (s *Store) LatestMessagingConversation(ctx context.Context, shopID int64, o *Order, channels []string) (*Conversation, error) {
	var phones []string
	for _, p := range []string{o.Phone, o.ShippingPhone, o.BillingPhone} {
		if p = NormalizePhone(p); p != "" && p != "+" {
			phones = append(phones, p)
		}
	}
	email := NormalizeEmail(o.Email)
	if (email == "" && len(phones) == 0) || len(channels) == 0 {
		return nil, nil
	}
	g := s.db(ctx).Where("shop_id = ? AND channel IN ?", shopID, channels)
	switch {
	case email != "" && len(phones) > 0:
		g = g.Where("lower(customer_email) = ? OR customer_phone IN ?", email, phones)
	case email != "":
		g = g.Where("lower(customer_email) = ?", email)
	default:
		g = g.Where("customer_phone IN ?", phones)
	}
	var c Conversation
	err := g.Order("last_message_at DESC").Take(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("messaging conversation of order %d in shop %d: %w", o.ID, shopID, err)
	}
	return &c, nil
}
