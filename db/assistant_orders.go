package db

import (
	"context"
	"fmt"
)

// OrderParts selects which child rows of an order to load. The assistant
// loads only what the answer needs: an ownership check needs none, an order
// status needs lines and fulfillments, a return needs everything. Each part
// is one query, so this saves round trips on the per-reply path.
type OrderParts struct {
	LineItems, Fulfillments, Refunds, Returns bool
}

// AllOrderParts selects every child, like GetOrderByNumber.
func AllOrderParts() OrderParts {
	return OrderParts{LineItems: true, Fulfillments: true, Refunds: true, Returns: true}
}

// Without returns the parts of p not in q (what is still to load).
func (p OrderParts) Without(q OrderParts) OrderParts {
	return OrderParts{LineItems: p.LineItems && !q.LineItems, Fulfillments: p.Fulfillments && !q.Fulfillments,
		Refunds: p.Refunds && !q.Refunds, Returns: p.Returns && !q.Returns}
}

// GetOrderByNumberParts loads a shop's order by number with only the chosen
// children (in id order).
func (s *Store) GetOrderByNumberParts(ctx context.Context, shopID, number int64, parts OrderParts) (*Order, error) {
	var o Order
	if err := s.db(ctx).Where("shop_id = ? AND order_number = ?", shopID, number).Take(&o).Error; err != nil {
		return nil, fmt.Errorf("get order #%d of shop %d: %w", number, shopID, notFound(err))
	}
	if err := s.LoadOrderParts(ctx, &o, parts); err != nil {
		return nil, err
	}
	return &o, nil
}

// LoadOrderParts fills the chosen children of an order loaded without them.
func (s *Store) LoadOrderParts(ctx context.Context, o *Order, parts OrderParts) error {
	for _, p := range []struct {
		want bool
		dest any
	}{{parts.LineItems, &o.LineItems}, {parts.Fulfillments, &o.Fulfillments}, {parts.Refunds, &o.Refunds}, {parts.Returns, &o.Returns}} {
		if !p.want {
			continue
		}
		if err := s.db(ctx).Where("order_id = ?", o.ID).Order("id").Find(p.dest).Error; err != nil {
			return fmt.Errorf("load parts of order %d: %w", o.ID, err)
		}
	}
	return nil
}

// ProductTags returns the tags of a shop's products by Shopify product id,
// in one query (the return check reads them for every order line).
// Products not in the database are absent from the map.
func (s *Store) ProductTags(ctx context.Context, shopID int64, productShopifyIDs []int64) (map[int64][]string, error) {
	out := map[int64][]string{}
	if len(productShopifyIDs) == 0 {
		return out, nil
	}
	var rows []struct {
		ShopifyID int64
		Tags      JSON[[]string]
	}
	if err := s.db(ctx).Model(&Product{}).Select("shopify_id, tags").
		Where("shop_id = ? AND shopify_id IN ?", shopID, productShopifyIDs).Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("load product tags of shop %d: %w", shopID, err)
	}
	for _, r := range rows {
		out[r.ShopifyID] = r.Tags.V
	}
	return out, nil
}

// GetOrderByShopifyID loads a shop's order row by its Shopify id (the
// number of gid://shopify/Order/N), without children. A placeholder row
// created by an early fulfillment webhook is returned too; callers that
// need real data check ShopifyUpdatedAt.
func (s *Store) GetOrderByShopifyID(ctx context.Context, shopID, shopifyID int64) (*Order, error) {
	var o Order
	if err := s.db(ctx).Where("shop_id = ? AND shopify_id = ?", shopID, shopifyID).Take(&o).Error; err != nil {
		return nil, fmt.Errorf("get order %d of shop %d by Shopify id: %w", shopifyID, shopID, notFound(err))
	}
	return &o, nil
}
