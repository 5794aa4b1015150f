package app

import (
	"fmt"

	"shopassist/catalog"
	"shopassist/knowledge"
)

// catalogComponents are the catalog sync and the knowledge index built on
// the database it fills (issue 4).
type catalogComponents struct {
	service *catalog.Service
	index   *knowledge.Manager
}

// registerCatalog builds the sync service (workers, nightly schedule, first
// sync on install) and the knowledge index manager. In demo mode nothing is
// synced: the demo seeder fills the catalog and the index reads it the same
// way.
func (a *App) registerCatalog() error {
	svc := catalog.NewService(a.store, a.queue, a.shopify, a.tokens, catalog.Options{
		Demo:   a.cfg.Demo(),
		Logger: a.log,
	})
	if err := svc.Register(a.workers); err != nil {
		return err
	}
	if a.cfg.RunsWorkers() && !a.cfg.Demo() {
		for _, e := range svc.Schedules() {
			if err := a.queue.Schedule(e); err != nil {
				return fmt.Errorf("catalog: %w", err)
			}
		}
	}
	if !a.cfg.Demo() {
		a.OnInstall(svc.OnInstall)
	}
	a.catalog = &catalogComponents{
		service: svc,
		index: knowledge.NewManager(catalog.NewIndexSource(a.store, a.now), knowledge.Options{
			Logger:       a.log,
			MemoryBudget: int64(a.cfg.KnowledgeMemoryMB) << 20,
		}),
	}
	return nil
}

// Catalog exposes the catalog sync service: the admin's "Resync" button
// (RequestSync) and sync status (Status).
func (a *App) Catalog() *catalog.Service { return a.catalog.service }

// Knowledge exposes the per-shop search index (assistant answers, admin
// previews). Product webhooks become searchable within its version-check
// interval (1 s).
func (a *App) Knowledge() *knowledge.Manager { return a.catalog.index }
