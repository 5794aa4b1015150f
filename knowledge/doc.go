// Package knowledge keeps a per-shop, in-memory search index over a store's
// products (in every locale it has), policies, pages and FAQ entries, and
// answers multilingual product searches, recommendations and document
// look-ups from it.
//
// The index is a cache: the database behind Source is the truth. Every call
// checks the shop's catalog version (at most once per Options.CheckInterval)
// and applies incremental changes, so a product webhook becomes searchable
// within seconds, and any app server can rebuild a shop's index on demand.
package knowledge
