package catalog

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"slices"
	"time"

	"shopassist/db"
	"shopassist/shopify"
)

// TokenSource yields a usable Admin API token for a shop (tokens.Store).
type TokenSource interface {
	AccessToken(ctx context.Context, shop string) (string, error)
}

// Sync phases, in order. A run's cursor names the phase to resume.
const (
	phaseLocales      = "locales"
	phaseProducts     = "products"
	phaseTranslations = "translations"
	phaseDocuments    = "documents"
	phaseTombstones   = "tombstones"
	phaseDone         = "done"
)

// Product fetch modes.
const (
	ModePaged = "paged"
	ModeBulk  = "bulk"
)

// resumeWindow is how long an interrupted run stays resumable; after that a
// new run starts from scratch (Shopify's bulk result URLs expire after a
// week, and a day-old cursor mostly re-reads changed data anyway).
const resumeWindow = 24 * time.Hour

// SyncOptions tune a Syncer. Zero values pick the defaults.
type SyncOptions struct {
	// BulkThreshold is the product count above which products are fetched
	// with a bulk operation instead of cursor pages (default 2,000).
	BulkThreshold int
	// PageSize is the number of products per GraphQL page (default 20,
	// bounded by Shopify's single-query cost limit).
	PageSize int
	// BatchSize is the number of bulk-result products written per
	// transaction (default 500).
	BatchSize int
	// Sleep waits when the cost bucket runs low; nil means a real timer.
	Sleep  func(ctx context.Context, d time.Duration) error
	Logger *slog.Logger
}

func (o SyncOptions) withDefaults() SyncOptions {
	if o.BulkThreshold <= 0 {
		o.BulkThreshold = 2000
	}
	if o.PageSize <= 0 {
		o.PageSize = defaultPageSize
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 500
	}
	if o.Sleep == nil {
		o.Sleep = func(ctx context.Context, d time.Duration) error {
			t := time.NewTimer(d)
			defer t.Stop()
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-t.C:
				return nil
			}
		}
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

// Syncer pulls a shop's catalog from the Admin GraphQL API into the
// database. It is safe for concurrent use on different shops; the job queue
// keeps one sync per shop at a time.
type Syncer struct {
	store  *db.Store
	client *shopify.Client
	tokens TokenSource
	opts   SyncOptions
}

// NewSyncer returns a Syncer.
func NewSyncer(store *db.Store, client *shopify.Client, tokens TokenSource, opts SyncOptions) *Syncer {
	return &Syncer{store: store, client: client, tokens: tokens, opts: opts.withDefaults()}
}

// cursor is a run's resume state, stored as JSON in sync_runs.cursor.
type cursor struct {
	Phase   string   `json:"phase,omitempty"`
	Mode    string   `json:"mode,omitempty"`
	Primary string   `json:"primary,omitempty"`
	Locales []string `json:"locales,omitempty"` // published non-primary locales
	// After is the connection cursor of the last committed page.
	After string `json:"after,omitempty"`
	// BulkURL is the bulk result being read and Skip how many of its
	// products are already committed.
	BulkURL   string `json:"bulk_url,omitempty"`
	Skip      int    `json:"skip,omitempty"`
	LocaleIdx int    `json:"locale_idx,omitempty"`
}

func (c cursor) encode() string {
	b, _ := json.Marshal(c)
	return string(b)
}

// job is one run in progress.
type job struct {
	s      *Syncer
	shop   *db.Shop
	token  string
	run    *db.SyncRun
	cur    cursor
	logger *slog.Logger
	// written counts rows written by this process's run since it started;
	// the catalog tables' statistics are refreshed each time it doubles
	// (see db.Store.AnalyzeCatalog).
	written, analyzeAt int
}

// firstAnalyze is how many written rows trigger the first statistics
// refresh; later ones come at each doubling (~7 for 100k products).
const firstAnalyze = 2000

// grew records n written rows and refreshes the statistics when due.
func (j *job) grew(ctx context.Context, n int) error {
	j.written += n
	if j.analyzeAt == 0 {
		j.analyzeAt = firstAnalyze
	}
	if j.written < j.analyzeAt {
		return nil
	}
	j.analyzeAt = 2 * j.written
	return j.s.store.AnalyzeCatalog(ctx)
}

// Sync runs (or resumes) a full sync of shop and returns the finished run.
// An interrupted run of the last day is resumed from its cursor; otherwise a
// new run starts. On failure the run is marked failed with its cursor kept,
// and the error is returned so the job queue retries.
func (s *Syncer) Sync(ctx context.Context, shopDomain string) (*db.SyncRun, error) {
	shop, err := s.store.GetShop(ctx, shopDomain)
	if err != nil {
		return nil, fmt.Errorf("sync %s: %w", shopDomain, err)
	}
	run, err := s.pickRun(ctx, shop.ID)
	if err != nil {
		return nil, fmt.Errorf("sync %s: %w", shopDomain, err)
	}
	if run, err = s.store.StartSyncRun(ctx, run.ID); err != nil {
		return nil, fmt.Errorf("sync %s: %w", shopDomain, err)
	}
	j := &job{s: s, shop: shop, run: run, logger: s.opts.Logger.With("shop", shopDomain, "sync_run", run.ID)}
	if err := json.Unmarshal([]byte(run.Cursor), &j.cur); err != nil {
		// An unreadable cursor restarts the run from the top: every
		// phase is idempotent.
		j.cur = cursor{}
	}
	j.logger.InfoContext(ctx, "catalog sync starting", "attempt", run.Attempts, "phase", j.cur.Phase)
	runErr := j.execute(ctx)
	msg := ""
	if runErr != nil {
		msg = runErr.Error()
	}
	// The outcome is recorded even when ctx was cancelled (shutdown).
	if err := s.store.FinishSyncRun(context.WithoutCancel(ctx), run.ID, msg); err != nil {
		return nil, errors.Join(runErr, err)
	}
	final, err := s.store.LatestSyncRun(context.WithoutCancel(ctx), shop.ID)
	if err != nil {
		return nil, errors.Join(runErr, err)
	}
	if runErr != nil {
		j.logger.WarnContext(ctx, "catalog sync failed", "err", runErr, "phase", final.Phase)
		return final, fmt.Errorf("sync %s: %w", shopDomain, runErr)
	}
	j.logger.InfoContext(ctx, "catalog sync finished", "mode", final.Mode, "products", final.Products,
		"written", final.ProductsWritten, "translations", final.Translations, "documents", final.Documents,
		"deleted", final.Deleted)
	return final, nil
}

// pickRun returns the run to work on: the latest one if it is queued, or was
// interrupted recently; otherwise a new one.
func (s *Syncer) pickRun(ctx context.Context, shopID int64) (*db.SyncRun, error) {
	latest, err := s.store.LatestSyncRun(ctx, shopID)
	switch {
	case errors.Is(err, db.ErrNotFound):
	case err != nil:
		return nil, err
	case latest.Status == db.SyncQueued:
		return latest, nil
	case latest.Status == db.SyncRunning || latest.Status == db.SyncFailed:
		if resumable(latest) {
			return latest, nil
		}
		if latest.Status == db.SyncRunning {
			if err := s.store.FinishSyncRun(ctx, latest.ID, "abandoned: not resumed within "+resumeWindow.String()); err != nil {
				return nil, err
			}
		}
	}
	return s.store.CreateSyncRun(ctx, shopID, db.SyncFull)
}

// step is one phase of a sync.
type step struct {
	phase string
	fn    func(context.Context) error
}

// resumable reports whether an interrupted run may continue from its cursor.
func resumable(r *db.SyncRun) bool {
	return r.StartedAt != nil && time.Since(*r.StartedAt) < resumeWindow
}

func (j *job) execute(ctx context.Context) error {
	tok, err := j.s.tokens.AccessToken(ctx, j.shop.Domain)
	if err != nil {
		return fmt.Errorf("access token: %w", err)
	}
	j.token = tok
	if j.cur.Phase == "" {
		j.cur.Phase = phaseLocales
	}
	steps := []step{
		{phaseLocales, j.syncLocales},
		{phaseProducts, j.syncProducts},
		{phaseTranslations, j.syncTranslations},
		{phaseDocuments, j.syncDocuments},
		{phaseTombstones, j.tombstone},
	}
	if j.cur.Phase == phaseDone {
		return nil
	}
	start := slices.IndexFunc(steps, func(s step) bool { return s.phase == j.cur.Phase })
	if start < 0 {
		return fmt.Errorf("unknown sync phase %q in cursor", j.cur.Phase)
	}
	for i := start; i < len(steps); i++ {
		if err := steps[i].fn(ctx); err != nil {
			return fmt.Errorf("%s: %w", steps[i].phase, err)
		}
		next := phaseDone
		if i+1 < len(steps) {
			next = steps[i+1].phase
		}
		j.cur.Phase, j.cur.After = next, ""
		if err := j.save(ctx, j.s.store, db.SyncCounts{}); err != nil {
			return err
		}
	}
	// The index build reads the whole catalog next: with the final sizes.
	if j.written > 0 {
		return j.s.store.AnalyzeCatalog(ctx)
	}
	return nil
}

// save commits the cursor and counters through st (the batch's transaction
// when there is one).
func (j *job) save(ctx context.Context, st *db.Store, c db.SyncCounts) error {
	return st.SaveSyncProgress(ctx, j.run.ID, j.cur.Phase, j.cur.Mode, j.cur.encode(), c)
}

// graphQL runs a query and paces the sync from the reported bucket: when
// the bucket holds less than the query just cost, wait for it to refill so
// the next call is not THROTTLED (the client still backs off if it is).
func (j *job) graphQL(ctx context.Context, query string, vars map[string]any, out any) error {
	cost, err := j.s.client.GraphQL(ctx, j.shop.Domain, j.token, query, vars, out)
	if err != nil {
		return err
	}
	if cost == nil || cost.ThrottleStatus.RestoreRate <= 0 {
		return nil
	}
	need := max(cost.ActualQueryCost, cost.RequestedQueryCost)
	if deficit := need - cost.ThrottleStatus.CurrentlyAvailable; deficit > 0 {
		wait := time.Duration(math.Ceil(deficit/cost.ThrottleStatus.RestoreRate*1000)) * time.Millisecond
		if err := j.s.opts.Sleep(ctx, wait); err != nil {
			return fmt.Errorf("pace graphql: %w", err)
		}
	}
	return nil
}

func (j *job) syncLocales(ctx context.Context) error {
	var out struct {
		ShopLocales []struct {
			Locale    string `json:"locale"`
			Primary   bool   `json:"primary"`
			Published bool   `json:"published"`
		} `json:"shopLocales"`
	}
	if err := j.graphQL(ctx, shopLocalesQuery, nil, &out); err != nil {
		return fmt.Errorf("shop locales: %w", err)
	}
	primary := j.shop.PrimaryLocale
	var others []string
	for _, l := range out.ShopLocales {
		switch {
		case l.Primary:
			primary = l.Locale
		case l.Published && localeRE.MatchString(l.Locale):
			others = append(others, l.Locale)
		}
	}
	if primary == "" {
		primary = "en"
	}
	slices.Sort(others)
	j.cur.Primary, j.cur.Locales = primary, others
	if err := j.s.store.UpdateShopProfile(ctx, j.shop.Domain, db.ShopProfile{PrimaryLocale: primary,
		Locales: append([]string{primary}, others...)}); err != nil {
		return err
	}
	return nil
}

func (j *job) syncProducts(ctx context.Context) error {
	if j.cur.Mode == "" {
		var out struct {
			ProductsCount struct {
				Count int `json:"count"`
			} `json:"productsCount"`
		}
		if err := j.graphQL(ctx, productsCountQuery, nil, &out); err != nil {
			return fmt.Errorf("count products: %w", err)
		}
		j.cur.Mode = ModePaged
		if out.ProductsCount.Count > j.s.opts.BulkThreshold {
			j.cur.Mode = ModeBulk
		}
		if err := j.save(ctx, j.s.store, db.SyncCounts{}); err != nil {
			return err
		}
	}
	if j.cur.Mode == ModeBulk {
		return j.syncProductsBulk(ctx)
	}
	return j.syncProductsPaged(ctx)
}

func (j *job) syncProductsPaged(ctx context.Context) error {
	q := productsQuery()
	for {
		vars := map[string]any{"first": j.s.opts.PageSize}
		if j.cur.After != "" {
			vars["after"] = j.cur.After
		}
		var out struct {
			Products struct {
				Nodes    []gqlProduct `json:"nodes"`
				PageInfo pageInfo     `json:"pageInfo"`
			} `json:"products"`
		}
		if err := j.graphQL(ctx, q, vars, &out); err != nil {
			return fmt.Errorf("products page after %q: %w", j.cur.After, err)
		}
		batch := make([]db.Product, 0, len(out.Products.Nodes))
		for i := range out.Products.Nodes {
			g := &out.Products.Nodes[i]
			if err := j.moreVariants(ctx, g); err != nil {
				return err
			}
			p, err := toProduct(j.shop.ID, g)
			if err != nil {
				return err
			}
			batch = append(batch, p)
		}
		if out.Products.PageInfo.EndCursor != "" {
			j.cur.After = out.Products.PageInfo.EndCursor
		}
		if err := j.writeProducts(ctx, batch); err != nil {
			return err
		}
		if !out.Products.PageInfo.HasNextPage {
			return nil
		}
	}
}

// moreVariants completes a product whose variants did not fit in the page.
func (j *job) moreVariants(ctx context.Context, g *gqlProduct) error {
	pi := g.Variants.PageInfo
	for pi.HasNextPage {
		var out struct {
			Product *struct {
				Variants struct {
					Nodes    []gqlVariant `json:"nodes"`
					PageInfo pageInfo     `json:"pageInfo"`
				} `json:"variants"`
			} `json:"product"`
		}
		vars := map[string]any{"id": g.ID, "first": 250, "after": pi.EndCursor}
		if err := j.graphQL(ctx, productVariantsQuery, vars, &out); err != nil {
			return fmt.Errorf("variants of %s: %w", g.ID, err)
		}
		if out.Product == nil {
			return nil // deleted meanwhile; the product itself is still written
		}
		g.Variants.Nodes = append(g.Variants.Nodes, out.Product.Variants.Nodes...)
		pi = out.Product.Variants.PageInfo
	}
	return nil
}

// writeProducts stores a batch of products and the cursor that follows it
// in one transaction. Products whose content is unchanged since the last
// sync are only marked seen, so a repeated sync writes nothing and the
// knowledge index does not churn.
func (j *job) writeProducts(ctx context.Context, batch []db.Product) error {
	ids := make([]int64, len(batch))
	for i := range batch {
		ids[i] = batch[i].ShopifyID
	}
	stored, err := j.s.store.ProductSyncHashes(ctx, j.shop.ID, ids)
	if err != nil {
		return err
	}
	var (
		write  []db.SyncedProduct
		counts = db.SyncCounts{Products: len(batch)}
	)
	for i := range batch {
		p := &batch[i]
		counts.Variants += len(p.Variants)
		h := productHash(p)
		if stored[p.ShopifyID] == h {
			continue
		}
		write = append(write, db.SyncedProduct{Product: *p, Hash: h})
	}
	err = j.s.store.InTx(ctx, func(tx *db.Store) error {
		n, err := tx.SyncProducts(ctx, j.shop.ID, j.run.ID, write)
		if err != nil {
			return err
		}
		counts.ProductsWritten = n
		// All of them, including any the write skipped because a webhook
		// stored a newer snapshot: seen products are never tombstoned.
		if err := tx.MarkProductsSeen(ctx, j.shop.ID, j.run.ID, ids); err != nil {
			return err
		}
		return j.save(ctx, tx, counts)
	})
	if err != nil {
		return err
	}
	return j.grew(ctx, counts.ProductsWritten+counts.Variants)
}

// syncTranslations pages through translatableResources once per published
// locale. Every product resource is listed, translated or not, so an empty
// answer also removes a translation the merchant deleted.
func (j *job) syncTranslations(ctx context.Context) error {
	for j.cur.LocaleIdx < len(j.cur.Locales) {
		locale := j.cur.Locales[j.cur.LocaleIdx]
		vars := map[string]any{"first": translationsPage, "locale": locale}
		if j.cur.After != "" {
			vars["after"] = j.cur.After
		}
		var out struct {
			TranslatableResources struct {
				Nodes []struct {
					ResourceID   string           `json:"resourceId"`
					Translations []gqlTranslation `json:"translations"`
				} `json:"nodes"`
				PageInfo pageInfo `json:"pageInfo"`
			} `json:"translatableResources"`
		}
		if err := j.graphQL(ctx, productTranslationsQuery, vars, &out); err != nil {
			return fmt.Errorf("%s translations after %q: %w", locale, j.cur.After, err)
		}
		ts := make(map[int64]db.ProductTranslation, len(out.TranslatableResources.Nodes))
		translated := 0
		for _, n := range out.TranslatableResources.Nodes {
			id, err := gidID(n.ResourceID)
			if err != nil {
				return err
			}
			t := toTranslation(locale, n.Translations)
			ts[id] = t
			if t.Title != "" || t.Description != "" || t.ProductType != "" {
				translated++
			}
		}
		if pi := out.TranslatableResources.PageInfo; pi.HasNextPage && pi.EndCursor != "" {
			j.cur.After = pi.EndCursor
		} else {
			j.cur.LocaleIdx, j.cur.After = j.cur.LocaleIdx+1, ""
		}
		err := j.s.store.InTx(ctx, func(tx *db.Store) error {
			if _, err := tx.SyncTranslations(ctx, j.shop.ID, locale, ts); err != nil {
				return err
			}
			return j.save(ctx, tx, db.SyncCounts{Translations: translated})
		})
		if err != nil {
			return err
		}
		if err := j.grew(ctx, translated); err != nil {
			return err
		}
	}
	if _, err := j.s.store.DeleteTranslationsExcept(ctx, j.shop.ID, j.cur.Locales); err != nil {
		return err
	}
	return nil
}

func (j *job) tombstone(ctx context.Context) error {
	if j.run.StartedAt == nil {
		return errors.New("run has no start time")
	}
	ids, err := j.s.store.UnseenProducts(ctx, j.shop.ID, j.run.ID, *j.run.StartedAt)
	if err != nil {
		return err
	}
	for _, id := range ids {
		err := j.s.store.InTx(ctx, func(tx *db.Store) error {
			if _, err := tx.DeleteProduct(ctx, j.shop.ID, id); err != nil {
				return err
			}
			return j.save(ctx, tx, db.SyncCounts{Deleted: 1})
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// isExpiredResult reports whether a bulk result download failed because
// the signed URL is no longer served (expired or gone).
func isExpiredResult(err error) bool {
	var ae *shopify.APIError
	return errors.As(err, &ae) && (ae.Status == http.StatusForbidden || ae.Status == http.StatusNotFound ||
		ae.Status == http.StatusGone)
}
