package catalog

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/riverqueue/river"
)

// DocsRefreshEvery is how often policies, pages and their translations are
// re-read from Shopify. Shopify sends no webhook for them (nor for
// translations), so without this they would change only with the nightly
// sync; the refresh writes only what changed, and the index picks the
// change up through the documents' fingerprint within seconds.
const DocsRefreshEvery = 5 * time.Minute

// DocsRefreshArgs is the catalog_docs_refresh job of one shop. Only the
// shop takes part in uniqueness.
type DocsRefreshArgs struct {
	Shop string `json:"shop" river:"unique"`
}

// Kind implements river.JobArgs.
func (DocsRefreshArgs) Kind() string { return "catalog_docs_refresh" }

// DocsRefreshAllArgs is the periodic job queuing a refresh of every
// installed shop.
type DocsRefreshAllArgs struct{}

// Kind implements river.JobArgs.
func (DocsRefreshAllArgs) Kind() string { return "catalog_docs_refresh_all" }

// RefreshDocuments re-reads the shop's policies and pages (in every
// published locale) and writes what changed, returning the number of rows
// written or deleted. It uses the locales of the last full sync.
func (s *Syncer) RefreshDocuments(ctx context.Context, shopDomain string) (int, error) {
	shop, err := s.store.GetShop(ctx, shopDomain)
	if err != nil {
		return 0, fmt.Errorf("refresh documents of %s: %w", shopDomain, err)
	}
	tok, err := s.tokens.AccessToken(ctx, shop.Domain)
	if err != nil {
		return 0, fmt.Errorf("refresh documents of %s: access token: %w", shopDomain, err)
	}
	j := &job{s: s, shop: shop, token: tok, logger: s.opts.Logger.With("shop", shopDomain)}
	j.cur.Primary = shop.PrimaryLocale
	if j.cur.Primary == "" {
		j.cur.Primary = "en"
	}
	for _, l := range shop.Locales.V {
		if l != j.cur.Primary && localeRE.MatchString(l) {
			j.cur.Locales = append(j.cur.Locales, l)
		}
	}
	_, changed, err := j.writeDocuments(ctx)
	if err != nil {
		return 0, fmt.Errorf("refresh documents of %s: %w", shopDomain, err)
	}
	if changed > 0 {
		j.logger.InfoContext(ctx, "documents refreshed", "changed", changed)
	}
	return changed, nil
}

// docsRefreshWorker refreshes one shop's documents.
type docsRefreshWorker struct {
	river.WorkerDefaults[DocsRefreshArgs]
	svc *Service
}

// Timeout bounds one refresh well inside the refresh period.
func (w *docsRefreshWorker) Timeout(*river.Job[DocsRefreshArgs]) time.Duration {
	return 2 * time.Minute
}

func (w *docsRefreshWorker) Work(ctx context.Context, job *river.Job[DocsRefreshArgs]) error {
	if w.svc.opts.Demo {
		return nil
	}
	_, err := w.svc.syncer.RefreshDocuments(ctx, job.Args.Shop)
	return cancelIfShopGone(err)
}

// docsRefreshAllWorker queues one refresh per installed shop.
type docsRefreshAllWorker struct {
	river.WorkerDefaults[DocsRefreshAllArgs]
	svc *Service
}

func (w *docsRefreshAllWorker) Work(ctx context.Context, _ *river.Job[DocsRefreshAllArgs]) error {
	if w.svc.opts.Demo {
		return nil
	}
	shops, err := w.svc.store.ListInstalledShops(ctx)
	if err != nil {
		return err
	}
	var errs []error
	for _, sh := range shops {
		if !sh.Installed() {
			continue
		}
		if _, err := w.svc.queue.Enqueue(ctx, DocsRefreshArgs{Shop: sh.Domain}, &river.InsertOpts{UniqueOpts: syncUnique}); err != nil {
			errs = append(errs, fmt.Errorf("queue document refresh of %s: %w", sh.Domain, err))
		}
	}
	return errors.Join(errs...)
}
