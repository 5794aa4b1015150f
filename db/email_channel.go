package db

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// MailboxState is the IMAP read position of one mailbox of an email
// channel account.
type MailboxState struct {
	UIDValidity uint32
	LastUID     uint32
}

// LoadMailboxState returns the stored position (zero when never read).
func (s *Store) LoadMailboxState(ctx context.Context, accountID int64, mailbox string) (MailboxState, error) {
	var rows []struct {
		UIDValidity int64
		LastUID     int64
	}
	err := s.db(ctx).Raw(`SELECT uid_validity, last_uid FROM email_mailbox_state WHERE account_id = ? AND mailbox = ?`,
		accountID, mailbox).Scan(&rows).Error
	if err != nil {
		return MailboxState{}, fmt.Errorf("load mailbox state: %w", err)
	}
	if len(rows) == 0 {
		return MailboxState{}, nil
	}
	return MailboxState{UIDValidity: uint32(rows[0].UIDValidity), LastUID: uint32(rows[0].LastUID)}, nil
}

// SaveMailboxState stores the position reached.
func (s *Store) SaveMailboxState(ctx context.Context, accountID int64, mailbox string, st MailboxState) error {
	err := s.db(ctx).Exec(`INSERT INTO email_mailbox_state (account_id, mailbox, uid_validity, last_uid, updated_at)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (account_id, mailbox) DO UPDATE SET uid_validity = excluded.uid_validity,
			last_uid = excluded.last_uid, updated_at = excluded.updated_at`,
		accountID, mailbox, int64(st.UIDValidity), int64(st.LastUID), time.Now().UTC()).Error
	if err != nil {
		return fmt.Errorf("save mailbox state: %w", err)
	}
	return nil
}

// ClaimMailbox takes (or renews) owner's lease on polling a mailbox until
// now+lease unless another owner holds an unexpired one; one statement, so
// one of several replicas wins.
func (s *Store) ClaimMailbox(ctx context.Context, accountID int64, mailbox, owner string, now time.Time, lease time.Duration) (bool, error) {
	now = now.UTC()
	var got []string
	err := s.db(ctx).Raw(`INSERT INTO email_mailbox_state (account_id, mailbox, lease_owner, lease_until, updated_at)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (account_id, mailbox) DO UPDATE SET lease_owner = excluded.lease_owner, lease_until = excluded.lease_until
		WHERE email_mailbox_state.lease_until IS NULL OR email_mailbox_state.lease_until < ?
			OR email_mailbox_state.lease_owner = excluded.lease_owner
		RETURNING lease_owner`, accountID, mailbox, owner, now.Add(lease), now, now).Scan(&got).Error
	if err != nil {
		return false, fmt.Errorf("claim mailbox: %w", err)
	}
	return len(got) == 1 && got[0] == owner, nil
}

// Email message directions.
const (
	EmailIn  = "in"
	EmailOut = "out"
)

// EmailMessage is one mail of a thread, by Message-ID.
type EmailMessage struct {
	ShopID         int64
	MessageID      string
	ConversationID string
	Direction      string
	// Address is the shopper's address (sender of an inbound mail,
	// recipient of an outbound one).
	Address string
	Subject string
	// Refs is the mail's References chain, space-separated ids.
	Refs        string
	FullText    string
	Attachments JSON[[]map[string]any]
	// Automatic names why an inbound mail was not answered.
	Automatic string
	CreatedAt time.Time
}

// References returns Refs as a list.
func (m *EmailMessage) References() []string { return strings.Fields(m.Refs) }

// SaveEmailMessage records a mail; a Message-ID already recorded for the
// shop is left as it is (a re-delivered mail) and reported false.
func (s *Store) SaveEmailMessage(ctx context.Context, m *EmailMessage) (bool, error) {
	if m.CreatedAt.IsZero() {
		m.CreatedAt = time.Now().UTC()
	}
	if m.Attachments.V == nil {
		m.Attachments = NewJSON([]map[string]any{})
	}
	res := s.db(ctx).Exec(`INSERT INTO email_messages (shop_id, message_id, conversation_id, direction, address, subject,
		refs, full_text, attachments, automatic, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (shop_id, message_id) DO NOTHING`,
		m.ShopID, m.MessageID, m.ConversationID, m.Direction, m.Address, CleanText(m.Subject), m.Refs,
		CleanText(m.FullText), m.Attachments, m.Automatic, m.CreatedAt.UTC())
	if res.Error != nil {
		return false, fmt.Errorf("save email message: %w", res.Error)
	}
	return res.RowsAffected == 1, nil
}

// GetEmailMessage returns the mail with that Message-ID in the shop.
func (s *Store) GetEmailMessage(ctx context.Context, shopID int64, messageID string) (*EmailMessage, error) {
	var m EmailMessage
	err := s.db(ctx).Table("email_messages").Where("shop_id = ? AND message_id = ?", shopID, messageID).Take(&m).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("get email message: %w", err)
	}
	return &m, nil
}

// SetEmailConversation records which conversation an inbound mail went to.
func (s *Store) SetEmailConversation(ctx context.Context, shopID int64, messageID, conversationID string) error {
	err := s.db(ctx).Exec(`UPDATE email_messages SET conversation_id = ? WHERE shop_id = ? AND message_id = ?`,
		conversationID, shopID, messageID).Error
	if err != nil {
		return fmt.Errorf("set email conversation: %w", err)
	}
	return nil
}

// LatestEmail returns the conversation's most recent mail in direction
// (inbound: the one an agent reply answers).
func (s *Store) LatestEmail(ctx context.Context, shopID int64, conversationID, direction string) (*EmailMessage, error) {
	var m EmailMessage
	err := s.db(ctx).Table("email_messages").
		Where("shop_id = ? AND conversation_id = ? AND direction = ?", shopID, conversationID, direction).
		Order("created_at DESC").Take(&m).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("latest email: %w", err)
	}
	return &m, nil
}

// ListEmailMessages returns a conversation's mails, oldest first (the
// agent's view of the whole text and attachments).
func (s *Store) ListEmailMessages(ctx context.Context, shopID int64, conversationID string) ([]EmailMessage, error) {
	var out []EmailMessage
	err := s.db(ctx).Table("email_messages").Where("shop_id = ? AND conversation_id = ?", shopID, conversationID).
		Order("created_at").Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("list email messages: %w", err)
	}
	return out, nil
}

// LinkEmailToChannelMessage copies onto an inbound mail the conversation
// the channel router stored its turn in (matched by Message-ID).
func (s *Store) LinkEmailToChannelMessage(ctx context.Context, shopID int64, messageID string) error {
	err := s.db(ctx).Exec(`UPDATE email_messages SET conversation_id = COALESCE((SELECT cm.conversation_id FROM channel_messages cm
		WHERE cm.shop_id = ? AND cm.channel = 'email' AND cm.provider_message_id = ? AND cm.conversation_id <> ''), conversation_id)
		WHERE shop_id = ? AND message_id = ?`, shopID, messageID, shopID, messageID).Error
	if err != nil {
		return fmt.Errorf("link email to its conversation: %w", err)
	}
	return nil
}

// MoveConversationToEmail makes a website chat an email conversation with
// the shopper's address and thread root: the shopper answered the email
// of an agent reply, so the conversation goes on by email. Reports false
// when the conversation is not (or no longer) a website chat.
func (s *Store) MoveConversationToEmail(ctx context.Context, shopID int64, conversationID, address, thread string) (bool, error) {
	res := s.db(ctx).Exec(`UPDATE conversations SET channel = 'email', channel_address = ?, channel_thread = ?
		WHERE shop_id = ? AND id = ? AND channel = 'web'`, address, thread, shopID, conversationID)
	if res.Error != nil {
		return false, fmt.Errorf("move conversation to email: %w", res.Error)
	}
	return res.RowsAffected == 1, nil
}

// EnabledChannelAccounts lists the enabled accounts of a channel across
// shops (the email channel's mailbox pollers), by id.
func (s *Store) EnabledChannelAccounts(ctx context.Context, channel string) ([]ChannelAccount, error) {
	var out []ChannelAccount
	if err := s.db(ctx).Where("channel = ? AND enabled = ?", channel, true).Order("id").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("enabled %s accounts: %w", channel, err)
	}
	return out, nil
}

// redactEmailMessages erases the mails of a customer that belong to no
// conversation any more (automatic mail, a mail whose turn failed) or that
// name the customer's email address: their conversations' mails go with
// the conversations.
func redactEmailMessages(g *gorm.DB, shopID int64, who CustomerRef) error {
	if who.Email == "" {
		return nil
	}
	like := "%" + strings.ToLower(who.Email) + "%"
	err := g.Exec(`DELETE FROM email_messages WHERE shop_id = ? AND (address = ? OR lower(full_text) LIKE ? OR lower(subject) LIKE ?)`,
		shopID, strings.ToLower(who.Email), like, like).Error
	if err != nil {
		return fmt.Errorf("delete email messages: %w", err)
	}
	return nil
}
