package catalog

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/riverqueue/river"
)

// Operations of the collection refresh.
const (
	OpCollectionProducts = "CatalogCollectionProducts"
	OpCollectionHandles  = "CatalogCollectionHandles"
)

// collectionPage is how many members or collections one query reads
// (Shopify's maximum page; a member is only an id).
const collectionPage = 250

// collectionProductsQuery reads a collection's handle and members: the
// collections/* webhooks carry the collection without its products, and
// products/update (what Shopify sends when a product is added from its own
// page) carries no collections at all.
var collectionProductsQuery = fmt.Sprintf(`query CatalogCollectionProducts($id: ID!, $after: String) {
  collection(id: $id) {
    handle
    products(first: %d, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } }
  }
}`, collectionPage)

// collectionHandlesQuery lists the shop's collections: a deleted or renamed
// collection's handle is pruned from the products still holding it.
var collectionHandlesQuery = fmt.Sprintf(`query CatalogCollectionHandles($after: String) {
  collections(first: %d, after: $after) { pageInfo { hasNextPage endCursor } nodes { handle } }
}`, collectionPage)

// CollectionRefreshArgs is the catalog_collection_refresh job: re-read one
// collection's membership after collections/create, collections/update or
// collections/delete. Not unique, like the inventory refresh: a change
// arriving while a read runs must be read again.
type CollectionRefreshArgs struct {
	Shop         string `json:"shop"`
	CollectionID int64  `json:"collection_id"`
}

// Kind implements river.JobArgs.
func (CollectionRefreshArgs) Kind() string { return "catalog_collection_refresh" }

// RefreshCollection queues a re-read of a collection's membership (nothing
// in demo mode). The webhook service calls it for every collections/*
// event, so collection changes reach the chat in seconds rather than with
// the nightly sync.
func (s *Service) RefreshCollection(ctx context.Context, shop string, collectionID int64) error {
	if s.opts.Demo {
		return nil
	}
	if _, err := s.queue.Enqueue(ctx, CollectionRefreshArgs{Shop: shop, CollectionID: collectionID}, nil); err != nil {
		return fmt.Errorf("queue collection refresh of %s collection %d: %w", shop, collectionID, err)
	}
	return nil
}

// RefreshCollection reads the collection's members from Shopify and
// records them, then prunes handles of collections Shopify no longer lists
// (the collection was deleted, or renamed). It returns how many product
// rows were written (a renamed collection's members twice).
func (s *Syncer) RefreshCollection(ctx context.Context, shopDomain string, collectionID int64) (int, error) {
	shop, err := s.store.GetShop(ctx, shopDomain)
	if err != nil {
		return 0, fmt.Errorf("refresh collection of %s: %w", shopDomain, err)
	}
	tok, err := s.tokens.AccessToken(ctx, shop.Domain)
	if err != nil {
		return 0, fmt.Errorf("refresh collection of %s: access token: %w", shopDomain, err)
	}
	handle, members, err := s.collectionMembers(ctx, shop.Domain, tok, collectionID)
	if err != nil {
		return 0, fmt.Errorf("refresh collection %d of %s: %w", collectionID, shopDomain, err)
	}
	changed, err := s.store.SetCollectionMembers(ctx, shop.ID, handle, members)
	if err != nil {
		return 0, fmt.Errorf("refresh collection %d of %s: %w", collectionID, shopDomain, err)
	}
	handles, err := s.collectionHandles(ctx, shop.Domain, tok)
	if err != nil {
		return changed, fmt.Errorf("refresh collection %d of %s: %w", collectionID, shopDomain, err)
	}
	pruned, err := s.store.PruneCollections(ctx, shop.ID, handles)
	if err != nil {
		return changed, fmt.Errorf("refresh collection %d of %s: %w", collectionID, shopDomain, err)
	}
	return changed + pruned, nil
}

// collectionMembers returns the collection's handle and its products'
// ids; an empty handle when Shopify no longer has the collection.
func (s *Syncer) collectionMembers(ctx context.Context, shop, tok string, collectionID int64) (string, []int64, error) {
	var (
		handle  string
		members []int64
		after   any
	)
	for {
		var out struct {
			Collection *struct {
				Handle   string `json:"handle"`
				Products struct {
					PageInfo pageInfo `json:"pageInfo"`
					Nodes    []struct {
						ID string `json:"id"`
					} `json:"nodes"`
				} `json:"products"`
			} `json:"collection"`
		}
		vars := map[string]any{"id": "gid://shopify/Collection/" + strconv.FormatInt(collectionID, 10), "after": after}
		if _, err := s.client.GraphQL(ctx, shop, tok, collectionProductsQuery, vars, &out); err != nil {
			return "", nil, err
		}
		if out.Collection == nil {
			return "", nil, nil
		}
		handle = out.Collection.Handle
		for _, n := range out.Collection.Products.Nodes {
			id, err := gidID(n.ID)
			if err != nil {
				return "", nil, err
			}
			members = append(members, id)
		}
		pi := out.Collection.Products.PageInfo
		if !pi.HasNextPage || pi.EndCursor == "" {
			return handle, members, nil
		}
		after = pi.EndCursor
	}
}

// collectionHandles lists the handles of all the shop's collections.
func (s *Syncer) collectionHandles(ctx context.Context, shop, tok string) ([]string, error) {
	var (
		handles []string
		after   any
	)
	for {
		var out struct {
			Collections struct {
				PageInfo pageInfo `json:"pageInfo"`
				Nodes    []struct {
					Handle string `json:"handle"`
				} `json:"nodes"`
			} `json:"collections"`
		}
		if _, err := s.client.GraphQL(ctx, shop, tok, collectionHandlesQuery, map[string]any{"after": after}, &out); err != nil {
			return nil, err
		}
		for _, n := range out.Collections.Nodes {
			handles = append(handles, n.Handle)
		}
		pi := out.Collections.PageInfo
		if !pi.HasNextPage || pi.EndCursor == "" {
			return handles, nil
		}
		after = pi.EndCursor
	}
}

// collectionRefreshWorker runs one collection refresh.
type collectionRefreshWorker struct {
	river.WorkerDefaults[CollectionRefreshArgs]
	svc *Service
}

// Timeout bounds one refresh: a few pages of ids.
func (w *collectionRefreshWorker) Timeout(*river.Job[CollectionRefreshArgs]) time.Duration {
	return 2 * time.Minute
}

func (w *collectionRefreshWorker) Work(ctx context.Context, job *river.Job[CollectionRefreshArgs]) error {
	if w.svc.opts.Demo {
		return nil
	}
	_, err := w.svc.syncer.RefreshCollection(ctx, job.Args.Shop, job.Args.CollectionID)
	return cancelIfShopGone(err)
}
