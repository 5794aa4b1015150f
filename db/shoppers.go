package db

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// Shopper is the shop's record of a chat contact: the email and/or phone
// a shopper gave or proved in the chat. Keyed by shop + email and shop +
// phone (each unique when set); conversations carrying either contact are
// this shopper's.
type Shopper struct {
	ID            int64
	ShopID        int64
	Email         string
	Phone         string
	EmailVerified bool
	PhoneVerified bool
	CreatedAt     time.Time
	UpdatedAt     time.Time
}

// RecordShopperContact stores a contact from the chat on the shop's
// shopper record: the row holding that email or phone gains what it lacks
// (the other contact, the verified mark), or a new row is created. email
// is lower-case, phone E.164, either may be empty. emailVerified and
// phoneVerified say the contact proved ownership of an order (not just
// typed for a reply); a verified mark is never taken back. A
// contact already on another row is not moved: two rows may describe one
// person, never one contact two people.
func (s *Store) RecordShopperContact(ctx context.Context, shopID int64, email, phone string, emailVerified, phoneVerified bool) (*Shopper, error) {
	email, phone = strings.ToLower(strings.TrimSpace(email)), strings.TrimSpace(phone)
	if email == "" && phone == "" {
		return nil, nil
	}
	var out *Shopper
	record := func(g *gorm.DB) error {
		now := time.Now().UTC()
		var rows []Shopper
		if err := g.Where("shop_id = ? AND ((email <> '' AND email = ?) OR (phone <> '' AND phone = ?))", shopID, email, phone).
			Order("id").Find(&rows).Error; err != nil {
			return err
		}
		if len(rows) == 0 {
			out = &Shopper{ShopID: shopID, Email: email, Phone: phone, EmailVerified: emailVerified && email != "",
				PhoneVerified: phoneVerified && phone != "", CreatedAt: now, UpdatedAt: now}
			return g.Create(out).Error
		}
		sh := rows[0]
		taken := func(col, v string) bool {
			for _, r := range rows[1:] {
				if (col == "email" && r.Email == v) || (col == "phone" && r.Phone == v) {
					return true
				}
			}
			return false
		}
		if sh.Email == "" && email != "" && !taken("email", email) {
			sh.Email = email
		}
		if sh.Phone == "" && phone != "" && !taken("phone", phone) {
			sh.Phone = phone
		}
		sh.EmailVerified = sh.EmailVerified || (emailVerified && email != "" && sh.Email == email)
		sh.PhoneVerified = sh.PhoneVerified || (phoneVerified && phone != "" && sh.Phone == phone)
		sh.UpdatedAt = now
		out = &sh
		return g.Model(&Shopper{}).Where("id = ?", sh.ID).Updates(map[string]any{"email": sh.Email, "phone": sh.Phone,
			"email_verified": sh.EmailVerified, "phone_verified": sh.PhoneVerified, "updated_at": now}).Error
	}
	err := s.transaction(ctx, record)
	if isUniqueViolation(err) {
		// Another turn created the row first: update that one.
		err = s.transaction(ctx, record)
	}
	if err != nil {
		return nil, fmt.Errorf("record shopper contact in shop %d: %w", shopID, err)
	}
	return out, nil
}

// ShopperByContact finds the shop's shopper record holding the email or
// the phone (the email's row first); ErrNotFound when none does.
func (s *Store) ShopperByContact(ctx context.Context, shopID int64, email, phone string) (*Shopper, error) {
	email, phone = strings.ToLower(strings.TrimSpace(email)), strings.TrimSpace(phone)
	for _, q := range []struct{ col, v string }{{"email", email}, {"phone", phone}} {
		if q.v == "" {
			continue
		}
		var sh Shopper
		err := s.db(ctx).Where("shop_id = ? AND "+q.col+" = ?", shopID, q.v).Take(&sh).Error
		if err == nil {
			return &sh, nil
		}
		if !errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, fmt.Errorf("shopper of shop %d: %w", shopID, err)
		}
	}
	return nil, fmt.Errorf("shopper of shop %d: %w", shopID, ErrNotFound)
}
