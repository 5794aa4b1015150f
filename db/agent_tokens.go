package db

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// AgentToken lets an outside AI agent call the shop's MCP endpoint. The
// token itself is never stored, only its SHA-256.
type AgentToken struct {
	ID         int64  `gorm:"primaryKey"`
	ShopID     int64  `gorm:"not null"`
	Name       string `gorm:"not null"`
	TokenHash  string `gorm:"not null"`
	CreatedAt  time.Time
	LastUsedAt *time.Time
	RevokedAt  *time.Time
}

// ErrAgentTokenName is returned for a token without a name: the merchant
// needs one to tell tokens apart when revoking.
var ErrAgentTokenName = errors.New("an agent token needs a name")

// agentTokenPrefix marks the app's agent tokens, so a leaked one is
// recognisable by secret scanners and support staff.
const agentTokenPrefix = "sa_mcp_"

// HashAgentToken is the stored form of an agent token.
func HashAgentToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// CreateAgentToken makes a new token for the shop and returns it in clear
// text: this is the only time it can be shown.
func (s *Store) CreateAgentToken(ctx context.Context, shopID int64, name string, now time.Time) (string, *AgentToken, error) {
	name = strings.TrimSpace(CleanText(name))
	if name == "" {
		return "", nil, ErrAgentTokenName
	}
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", nil, fmt.Errorf("agent token: random: %w", err)
	}
	token := agentTokenPrefix + base64.RawURLEncoding.EncodeToString(raw[:])
	t := &AgentToken{ShopID: shopID, Name: name, TokenHash: HashAgentToken(token), CreatedAt: now.UTC()}
	if err := s.db(ctx).Create(t).Error; err != nil {
		return "", nil, fmt.Errorf("create agent token for shop %d: %w", shopID, err)
	}
	return token, t, nil
}

// AgentTokenByToken finds the live (not revoked) token; ErrNotFound
// otherwise. Tokens without the app's prefix are not looked up.
func (s *Store) AgentTokenByToken(ctx context.Context, token string) (*AgentToken, error) {
	if !strings.HasPrefix(token, agentTokenPrefix) {
		return nil, ErrNotFound
	}
	var t AgentToken
	err := s.db(ctx).Where("token_hash = ? AND revoked_at IS NULL", HashAgentToken(token)).Take(&t).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("look up agent token: %w", err)
	}
	return &t, nil
}

// AgentTokens lists a shop's tokens, newest first, revoked ones included.
func (s *Store) AgentTokens(ctx context.Context, shopID int64) ([]AgentToken, error) {
	var out []AgentToken
	if err := s.db(ctx).Where("shop_id = ?", shopID).Order("id DESC").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list agent tokens of shop %d: %w", shopID, err)
	}
	return out, nil
}

// RevokeAgentToken stops a token from working; revoking twice is fine,
// another shop's token is ErrNotFound.
func (s *Store) RevokeAgentToken(ctx context.Context, shopID, id int64, now time.Time) error {
	res := s.db(ctx).Model(&AgentToken{}).Where("shop_id = ? AND id = ?", shopID, id).
		Update("revoked_at", gorm.Expr("COALESCE(revoked_at, ?)", now.UTC()))
	if res.Error != nil {
		return fmt.Errorf("revoke agent token %d: %w", id, res.Error)
	}
	if res.RowsAffected == 0 {
		return ErrNotFound
	}
	return nil
}

// TouchAgentToken records a use, at most once a minute per token so a busy
// agent does not write on every call.
func (s *Store) TouchAgentToken(ctx context.Context, id int64, now time.Time) error {
	now = now.UTC()
	err := s.db(ctx).Model(&AgentToken{}).
		Where("id = ? AND (last_used_at IS NULL OR last_used_at < ?)", id, now.Add(-time.Minute)).
		Update("last_used_at", now).Error
	if err != nil {
		return fmt.Errorf("touch agent token %d: %w", id, err)
	}
	return nil
}
