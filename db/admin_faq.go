package db

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// FAQ returns one merchant FAQ entry in every locale it has; an id of
// another shop (or an unknown one) yields ErrNotFound.
func (s *Store) FAQ(ctx context.Context, shopID int64, externalID string) ([]KnowledgeDocument, error) {
	var out []KnowledgeDocument
	if err := s.db(ctx).Where("shop_id = ? AND kind = ? AND external_id = ?", shopID, DocFAQ, externalID).
		Order("locale").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("load faq %s of shop %d: %w", externalID, shopID, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("load faq %s of shop %d: %w", externalID, shopID, ErrNotFound)
	}
	return out, nil
}

// SaveFAQ replaces a FAQ entry's locales with docs (kind faq, source
// merchant) in one transaction and moves the catalog version so the
// knowledge index picks the change up. Locales left out are deleted.
func (s *Store) SaveFAQ(ctx context.Context, shopID int64, externalID string, docs []KnowledgeDocument) error {
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		var existing []KnowledgeDocument
		if err := g.Where("shop_id = ? AND kind = ? AND external_id = ?", shopID, DocFAQ, externalID).
			Find(&existing).Error; err != nil {
			return err
		}
		created := map[string]time.Time{}
		for _, d := range existing {
			created[d.Locale] = d.CreatedAt
		}
		if err := g.Where("shop_id = ? AND kind = ? AND external_id = ?", shopID, DocFAQ, externalID).
			Delete(&KnowledgeDocument{}).Error; err != nil {
			return err
		}
		now := time.Now().UTC()
		for i := range docs {
			d := docs[i]
			d.ID, d.ShopID, d.Kind, d.ExternalID, d.Source, d.UpdatedAt = 0, shopID, DocFAQ, externalID, "merchant", now
			d.CreatedAt = now
			if t, ok := created[d.Locale]; ok {
				d.CreatedAt = t
			}
			if d.Questions.V == nil {
				d.Questions = NewJSON([]string{})
			}
			if err := g.Create(&d).Error; err != nil {
				return err
			}
		}
		return g.Exec("UPDATE shops SET catalog_version = catalog_version + 1 WHERE id = ?", shopID).Error
	})
	if err != nil {
		return fmt.Errorf("save faq %s of shop %d: %w", externalID, shopID, err)
	}
	return nil
}
