package email

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/mail"
	"strconv"
	"strings"
	"time"

	"shopassist/channels"
	"shopassist/db"
	"shopassist/internal/mailmsg"
	"shopassist/notify"
	"shopassist/secretbox"
)

// Account modes: read a mailbox over IMAP, or receive mail the merchant
// forwards to the app's inbound address (Mailgun route).
const (
	ModeIMAP    = "imap"
	ModeForward = "forward"
)

// Credentials are an email account's secrets, sealed in
// channel_accounts.credentials_enc.
type Credentials struct {
	// IMAPURL is imaps://user:password@host/Mailbox (ModeIMAP).
	IMAPURL string `json:"imap_url,omitempty"`
	// SMTPURL is smtp[s]://user:password@host:port?from=address: replies
	// go out from the merchant's own server when set, else through the
	// app's relay with Reply-To the support address.
	SMTPURL string `json:"smtp_url,omitempty"`
}

// credentialsAD binds sealed credentials to their shop and channel, so a
// row copied to another shop does not open.
func credentialsAD(shopID int64) []byte {
	return []byte("channel_account:" + strconv.FormatInt(shopID, 10) + ":email")
}

// SealCredentials encrypts c into acct.CredentialsEnc.
func SealCredentials(box *secretbox.Box, acct *db.ChannelAccount, c Credentials) error {
	b, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("email credentials: %w", err)
	}
	enc, err := box.Seal(b, credentialsAD(acct.ShopID))
	if err != nil {
		return fmt.Errorf("email credentials: %w", err)
	}
	acct.CredentialsEnc = enc
	return nil
}

// OpenCredentials decrypts an account's credentials (zero when none).
func OpenCredentials(box *secretbox.Box, acct *db.ChannelAccount) (Credentials, error) {
	var c Credentials
	if len(acct.CredentialsEnc) == 0 {
		return c, nil
	}
	b, err := box.Open(acct.CredentialsEnc, credentialsAD(acct.ShopID))
	if err != nil {
		return c, fmt.Errorf("email credentials of account %d: %w", acct.ID, err)
	}
	if err := json.Unmarshal(b, &c); err != nil {
		return c, fmt.Errorf("email credentials of account %d: %w", acct.ID, err)
	}
	return c, nil
}

// Service is the email channel: it turns inbound mail into
// channels.Router turns and sends the router's replies as threaded mail.
type Service struct {
	Store  *db.Store
	Router *channels.Router
	Box    *secretbox.Box
	// Relay is the app's own SMTP (SMTP_URL) for accounts without their
	// own SMTP server; nil means such accounts cannot reply.
	Relay notify.RawSender
	// SigningKey is the Mailgun webhook signing key; empty disables the
	// inbound-parse webhook.
	SigningKey string
	// InboundDomain is the domain of the forwarding addresses (a Mailgun
	// receiving domain), AddressKey the secret they are signed with.
	InboundDomain string
	AddressKey    []byte
	Log           *slog.Logger
	Now           func() time.Time
	// IdleMax is how long a mailbox idles before it is checked again
	// anyway (default 25 minutes; tests shorten it).
	IdleMax time.Duration
	// DialSMTP opens an account's own SMTP server; default notify.NewSMTP.
	DialSMTP func(rawURL string) (notify.RawSender, error)
	// Queue runs the jobs answering stored inbound mail (JobQueue names
	// the River queue); nil answers each mail as it is accepted.
	Queue    Enqueuer
	JobQueue string
}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Service) logger() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

// ForwardAddress is where the merchant forwards their support mail for an
// account in ModeForward: e<shop>.<account>.<mac>@InboundDomain, the MAC
// so nobody can make up the address of another shop's account.
func (s *Service) ForwardAddress(shopID, accountID int64) string {
	if s.InboundDomain == "" {
		return ""
	}
	local := "e" + strconv.FormatInt(shopID, 10) + "." + strconv.FormatInt(accountID, 10)
	return local + "." + s.addressMAC(local) + "@" + s.InboundDomain
}

func (s *Service) addressMAC(local string) string {
	m := hmac.New(sha256.New, s.AddressKey)
	m.Write([]byte(local))
	return hex.EncodeToString(m.Sum(nil))[:16]
}

// parseForwardAddress returns the shop and account ids of a forwarding
// address, or ok=false when it is not one of ours.
func (s *Service) parseForwardAddress(addr string) (shopID, accountID int64, ok bool) {
	local, domain, found := strings.Cut(strings.ToLower(strings.TrimSpace(addr)), "@")
	if !found || !strings.EqualFold(domain, s.InboundDomain) || !strings.HasPrefix(local, "e") {
		return 0, 0, false
	}
	parts := strings.Split(local[1:], ".")
	if len(parts) != 3 {
		return 0, 0, false
	}
	if !hmac.Equal([]byte(parts[2]), []byte(s.addressMAC("e"+parts[0]+"."+parts[1]))) {
		return 0, 0, false
	}
	shopID, err1 := strconv.ParseInt(parts[0], 10, 64)
	accountID, err2 := strconv.ParseInt(parts[1], 10, 64)
	return shopID, accountID, err1 == nil && err2 == nil
}

// ErrIgnored reports a mail deliberately not answered (automatic mail,
// our own mail, no sender): callers treat it as handled.
var ErrIgnored = errors.New("email: not answered")

// HandleRaw parses one raw mail of acct's mailbox and accepts it (stored,
// answered by a job); a mail that cannot be parsed is a permanent error.
func (s *Service) HandleRaw(ctx context.Context, acct *db.ChannelAccount, raw []byte) error {
	m, err := Parse(bytes.NewReader(raw))
	if err != nil {
		return Permanent(err)
	}
	err = s.Accept(ctx, acct, m)
	if errors.Is(err, ErrIgnored) {
		return nil
	}
	return err
}

// Ingest answers one inbound mail on acct: automatic mail and our own
// are recorded and not answered (ErrIgnored); the thread is found from
// the Message-IDs the mail answers; the router runs the turn and replies
// through this channel's sender.
func (s *Service) Ingest(ctx context.Context, acct *db.ChannelAccount, m *Message) error {
	shop, err := s.Store.GetShopByID(ctx, acct.ShopID)
	if err != nil {
		return fmt.Errorf("email ingest: %w", err)
	}
	from := m.From.Address
	if m.MessageID == "" {
		m.MessageID = syntheticID(m)
	}
	switch {
	case from == "":
		return fmt.Errorf("%w: no sender", ErrIgnored)
	case strings.EqualFold(from, acct.Address):
		// Our own reply seen again (a copy in the mailbox, a loop).
		return fmt.Errorf("%w: from the support address", ErrIgnored)
	}
	atts := make([]map[string]any, 0, len(m.Attachments))
	for _, a := range m.Attachments {
		atts = append(atts, map[string]any{"name": a.Name, "content_type": a.ContentType, "size": a.Size})
	}
	rec := &db.EmailMessage{ShopID: shop.ID, MessageID: m.MessageID, Direction: db.EmailIn, Address: from,
		Subject: m.Subject, Refs: strings.Join(m.References, " "), FullText: m.Text,
		Attachments: db.NewJSON(atts), Automatic: m.Automatic, CreatedAt: s.now()}
	if _, err := s.Store.SaveEmailMessage(ctx, rec); err != nil {
		return fmt.Errorf("email ingest: %w", err)
	}
	if m.Automatic != "" {
		s.logger().InfoContext(ctx, "automatic email not answered", "shop", shop.Domain, "reason", m.Automatic)
		return fmt.Errorf("%w: %s", ErrIgnored, m.Automatic)
	}
	thread, err := s.thread(ctx, shop, from, m)
	if err != nil {
		return fmt.Errorf("email ingest: %w", err)
	}
	in := channels.Inbound{Shop: shop, Account: acct, Channel: channels.Email, From: from, Name: m.From.Name,
		Text: m.New, ProviderMessageID: m.MessageID, Thread: thread, ReceivedAt: m.Date}
	for _, a := range m.Attachments {
		in.Attachments = append(in.Attachments, channels.Attachment{Name: a.Name, ContentType: a.ContentType, Size: a.Size})
	}
	rerr := s.Router.Receive(ctx, in)
	// Whatever the send did, the mail belongs to the conversation the
	// router stored its turn in.
	if err := s.Store.LinkEmailToChannelMessage(ctx, shop.ID, m.MessageID); err != nil {
		rerr = errors.Join(rerr, err)
	}
	if rerr != nil {
		return fmt.Errorf("email ingest: %w", rerr)
	}
	return nil
}

// thread returns the thread root the mail belongs to. A reply to a mail we
// know (ours or the shopper's) continues that conversation's thread when
// the sender is the conversation's shopper; a reply to the email sent for
// a website chat (notify's agent-reply mail) moves that chat onto email.
// Anything else starts or continues the thread its headers name.
func (s *Service) thread(ctx context.Context, shop *db.Shop, from string, m *Message) (string, error) {
	for _, id := range m.Referenced() {
		known, err := s.Store.GetEmailMessage(ctx, shop.ID, id)
		if errors.Is(err, db.ErrNotFound) {
			continue
		}
		if err != nil {
			return "", err
		}
		if known.ConversationID == "" || !strings.EqualFold(known.Address, from) {
			continue
		}
		conv, err := s.Store.GetConversation(ctx, shop.ID, known.ConversationID)
		if errors.Is(err, db.ErrNotFound) {
			continue
		}
		if err != nil {
			return "", err
		}
		switch conv.Channel {
		case string(channels.Email):
			if strings.EqualFold(conv.ChannelAddress, from) && conv.Status != db.ConversationResolved {
				return conv.ChannelThread, nil
			}
		case "", db.ChannelWeb:
			root := m.Thread()
			moved, err := s.Store.MoveConversationToEmail(ctx, shop.ID, conv.ID, from, root)
			if err != nil {
				return "", err
			}
			if moved {
				return root, nil
			}
		}
	}
	return m.Thread(), nil
}

// syntheticID stands in for a missing Message-ID: stable for the same
// mail, so a re-delivery is still recognised.
func syntheticID(m *Message) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s", m.From.Address, m.Date.UTC().Format(time.RFC3339), m.Subject, m.Text)
	return hex.EncodeToString(h.Sum(nil))[:32] + "@no-message-id.invalid"
}

// Send implements channels.Sender: one threaded mail to the
// conversation's shopper, from the account's address.
func (s *Service) Send(ctx context.Context, acct *db.ChannelAccount, conv *db.Conversation, out channels.Outbound) (string, error) {
	to := conv.ChannelAddress
	if to == "" {
		to = conv.CustomerEmail
	}
	if to == "" {
		return "", errors.New("email: conversation has no shopper address")
	}
	shop, err := s.Store.GetShopByID(ctx, conv.ShopID)
	if err != nil {
		return "", fmt.Errorf("email send: %w", err)
	}
	// The mail answered: the one the router names (a bot turn), else the
	// shopper's latest (an agent reply or a notice).
	var parent *db.EmailMessage
	if out.InReplyTo != "" {
		parent, err = s.Store.GetEmailMessage(ctx, conv.ShopID, out.InReplyTo)
	} else {
		parent, err = s.Store.LatestEmail(ctx, conv.ShopID, conv.ID, db.EmailIn)
	}
	if err != nil && !errors.Is(err, db.ErrNotFound) {
		return "", fmt.Errorf("email send: %w", err)
	}
	name := acct.DisplayName
	if name == "" {
		name = shop.Name
	}
	r := Reply{
		From:      mail.Address{Name: name, Address: acct.Address},
		To:        mail.Address{Address: to},
		Text:      RenderText(out, conv.Language),
		Lang:      conv.Language,
		Automatic: out.InReplyTo != "", // the assistant's answer, not a person's
		Date:      s.now(),
	}
	if parent != nil {
		r.Subject = ReplySubject(parent.Subject)
		r.InReplyTo = parent.MessageID
		r.References = mailmsg.ThreadReferences(parent.References(), parent.MessageID)
	} else {
		r.Subject = FirstSubject(conv.Language, name)
	}
	sender, envelope, err := s.senderFor(acct, &r)
	if err != nil {
		return "", err
	}
	raw, id, err := r.Build()
	if err != nil {
		return "", err
	}
	if err := sender.SendRaw(ctx, envelope, to, raw); err != nil {
		return "", err
	}
	rec := &db.EmailMessage{ShopID: conv.ShopID, MessageID: id, ConversationID: conv.ID, Direction: db.EmailOut,
		Address: to, Subject: r.Subject, Refs: strings.Join(r.References, " "), FullText: r.Text, CreatedAt: s.now()}
	if _, err := s.Store.SaveEmailMessage(ctx, rec); err != nil {
		// Sent already: threading of a later reply falls back to the
		// router's channel_messages row; say so, do not fail the send.
		s.logger().ErrorContext(ctx, "record sent email", "conversation", conv.ID, "err", err)
	}
	return id, nil
}

// senderFor picks the account's own SMTP server, else the app's relay
// (From the relay's address, Reply-To the support address, so answers come
// back to the merchant's mailbox).
func (s *Service) senderFor(acct *db.ChannelAccount, r *Reply) (notify.RawSender, string, error) {
	creds, err := OpenCredentials(s.Box, acct)
	if err != nil {
		return nil, "", err
	}
	if creds.SMTPURL != "" {
		dial := s.DialSMTP
		if dial == nil {
			dial = func(u string) (notify.RawSender, error) { return notify.NewSMTP(u) }
		}
		m, err := dial(creds.SMTPURL)
		if err != nil {
			return nil, "", fmt.Errorf("email: account SMTP: %w", err)
		}
		return m, acct.Address, nil
	}
	if s.Relay == nil {
		return nil, "", errors.New("email: no SMTP server for replies (connect the account's SMTP or set SMTP_URL)")
	}
	r.ReplyTo = acct.Address
	r.From.Address = s.Relay.From().Address
	return s.Relay, "", nil
}

// RenderText writes an outbound message as the body of a mail: the text,
// the cards as lines with their links, the quick replies as a list the
// shopper can answer with, and how to continue.
func RenderText(out channels.Outbound, language string) string {
	tx := textsFor(language)
	var b strings.Builder
	b.WriteString(strings.TrimSpace(out.Text))
	if len(out.Cards) > 0 {
		b.WriteString("\n")
		for _, c := range out.Cards {
			line := c.Title
			if line == "" {
				line = c.OrderName
			}
			if c.Price != "" {
				line += " — " + c.Price
			}
			if c.Status != "" {
				line += " — " + c.Status
			}
			b.WriteString("\n• " + strings.TrimSpace(line))
			if c.URL != "" {
				b.WriteString("\n  " + c.URL)
			}
		}
	}
	if len(out.QuickReplies) > 0 {
		b.WriteString("\n\n" + tx.Choices)
		for _, q := range out.QuickReplies {
			b.WriteString("\n• " + q)
		}
	}
	b.WriteString("\n\n" + tx.Continue)
	return strings.TrimSpace(b.String())
}

// ReplyAddress implements notify.ShopperThreads: the support address of
// the shop's first enabled email account, "" when it has none.
func (s *Service) ReplyAddress(ctx context.Context, shopID int64) (string, error) {
	accts, err := s.Store.ChannelAccounts(ctx, shopID)
	if err != nil {
		return "", err
	}
	for _, a := range accts {
		if a.Channel == string(channels.Email) && a.Enabled {
			return a.Address, nil
		}
	}
	return "", nil
}

// Sent implements notify.ShopperThreads: the agent-reply email of a
// website chat is recorded so the shopper's answer finds the chat.
func (s *Service) Sent(ctx context.Context, shopID int64, conversationID, to, subject, body, messageID string) error {
	_, err := s.Store.SaveEmailMessage(ctx, &db.EmailMessage{ShopID: shopID, MessageID: messageID,
		ConversationID: conversationID, Direction: db.EmailOut, Address: strings.ToLower(to), Subject: subject,
		FullText: body, CreatedAt: s.now()})
	return err
}

var _ notify.ShopperThreads = (*Service)(nil)
var _ channels.Sender = (*Service)(nil)
