// Package catalog syncs a shop's catalog from the Shopify Admin GraphQL API
// into the database: products with variants, media and collection
// membership, the shop's locales and product translations, shop policies
// and online-store pages. Small catalogs are read with cursor pages, large
// ones with a bulk operation whose JSONL result is streamed. Runs are
// recorded in sync_runs with a cursor committed together with each batch,
// so a crashed sync resumes where it stopped, and unchanged products are
// not rewritten, so a repeated sync is a no-op.
//
// Service runs syncs as River jobs (on install, on demand, nightly) and
// reports status to the admin; IndexSource feeds the knowledge index from
// the database.
package catalog
