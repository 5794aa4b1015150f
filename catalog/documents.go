package catalog

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"shopassist/db"
	"shopassist/shopdata"
)

// docSource marks documents the sync owns; FAQ entries the merchant writes
// in the admin have another source and are never touched here.
const docSource = "sync"

// translatedNode decodes a node that carries aliased translations
// (t_es: translations(locale: "es")) next to its own fields.
type translatedNode map[string]json.RawMessage

func (n translatedNode) str(key string) string {
	var s string
	_ = json.Unmarshal(n[key], &s)
	return s
}

func (n translatedNode) translations(locale string) map[string]string {
	var ts []gqlTranslation
	_ = json.Unmarshal(n[translationAlias(locale)], &ts)
	out := make(map[string]string, len(ts))
	for _, t := range ts {
		if t.Value != "" {
			out[t.Key] = t.Value
		}
	}
	return out
}

// syncDocuments pulls the shop policies and online-store pages (with their
// translations) into knowledge documents, writing only what changed and
// removing synced documents that no longer exist.
func (j *job) syncDocuments(ctx context.Context) error {
	n, _, err := j.writeDocuments(ctx)
	if err != nil {
		return err
	}
	// The count is committed with the move to the next phase, so a crash
	// right after cannot count the documents twice on resume.
	j.cur.Phase = phaseTombstones
	return j.save(ctx, j.s.store, db.SyncCounts{Documents: n})
}

// writeDocuments fetches the policies and pages with their translations and
// writes what changed; it returns how many documents Shopify has and how
// many rows it wrote or deleted.
func (j *job) writeDocuments(ctx context.Context) (total, changed int, err error) {
	docs, err := j.fetchPolicies(ctx)
	if err != nil {
		return 0, 0, err
	}
	pages, err := j.fetchPages(ctx)
	if err != nil {
		return 0, 0, err
	}
	docs = append(docs, pages...)

	existing, err := j.s.store.ListDocuments(ctx, j.shop.ID, "")
	if err != nil {
		return 0, 0, err
	}
	type key struct{ kind, id, locale string }
	have := make(map[key]db.KnowledgeDocument, len(existing))
	for _, d := range existing {
		if d.Source == docSource {
			have[key{d.Kind, d.ExternalID, d.Locale}] = d
		}
	}
	// The changed documents are written in one transaction: one catalog
	// change for the index to rebuild on.
	var upsert []*db.KnowledgeDocument
	for i := range docs {
		d := &docs[i]
		k := key{d.Kind, d.ExternalID, d.Locale}
		old, ok := have[k]
		delete(have, k)
		if ok && old.Title == d.Title && old.Body == d.Body && old.URL == d.URL {
			continue
		}
		upsert = append(upsert, d)
	}
	if err := j.s.store.UpsertDocuments(ctx, upsert); err != nil {
		return 0, 0, err
	}
	changed += len(upsert)
	// What is left was not seen: deleted in Shopify, or a translation removed.
	for k, d := range have {
		if err := j.s.store.DeleteDocumentLocale(ctx, j.shop.ID, k.kind, k.id, d.Locale); err != nil {
			return 0, 0, err
		}
		changed++
	}
	return len(docs), changed, nil
}

// newDoc builds a document; bodies are stored as plain text.
func (j *job) newDoc(kind, id, locale, title, bodyHTML, url string) db.KnowledgeDocument {
	return db.KnowledgeDocument{ShopID: j.shop.ID, Kind: kind, ExternalID: id, Locale: locale, Title: title,
		Body: shopdata.HTMLToText(bodyHTML), URL: url, Questions: db.NewJSON([]string{}), Source: docSource}
}

func (j *job) fetchPolicies(ctx context.Context) ([]db.KnowledgeDocument, error) {
	var out struct {
		Shop struct {
			ShopPolicies []translatedNode `json:"shopPolicies"`
		} `json:"shop"`
	}
	if err := j.graphQL(ctx, shopPoliciesQuery(j.cur.Locales), nil, &out); err != nil {
		return nil, fmt.Errorf("shop policies: %w", err)
	}
	var docs []db.KnowledgeDocument
	for _, n := range out.Shop.ShopPolicies {
		body := n.str("body")
		if strings.TrimSpace(body) == "" {
			continue // a policy the merchant never wrote
		}
		// The policy type (REFUND_POLICY, ...) is stable across locales and
		// reinstalls, unlike titles.
		id := strings.ToLower(n.str("type"))
		if id == "" {
			id = n.str("id")
		}
		title, url := n.str("title"), n.str("url")
		docs = append(docs, j.newDoc(db.DocPolicy, id, j.cur.Primary, title, body, url))
		for _, l := range j.cur.Locales {
			tr := n.translations(l)
			if tr["body"] == "" {
				continue
			}
			t := title
			if tr["title"] != "" {
				t = tr["title"]
			}
			docs = append(docs, j.newDoc(db.DocPolicy, id, l, t, tr["body"], url))
		}
	}
	return docs, nil
}

func (j *job) fetchPages(ctx context.Context) ([]db.KnowledgeDocument, error) {
	q := pagesQuery(j.cur.Locales)
	var (
		docs  []db.KnowledgeDocument
		after string
	)
	for {
		vars := map[string]any{"first": pagesPerPage}
		if after != "" {
			vars["after"] = after
		}
		var out struct {
			Pages struct {
				Nodes    []translatedNode `json:"nodes"`
				PageInfo pageInfo         `json:"pageInfo"`
			} `json:"pages"`
		}
		if err := j.graphQL(ctx, q, vars, &out); err != nil {
			return nil, fmt.Errorf("pages after %q: %w", after, err)
		}
		for _, n := range out.Pages.Nodes {
			var published bool
			_ = json.Unmarshal(n["isPublished"], &published)
			if !published {
				continue
			}
			pid, err := gidID(n.str("id"))
			if err != nil {
				return nil, err
			}
			id := fmt.Sprint(pid)
			handle, title, body := n.str("handle"), n.str("title"), n.str("body")
			url := "/pages/" + handle
			docs = append(docs, j.newDoc(db.DocPage, id, j.cur.Primary, title, body, url))
			for _, l := range j.cur.Locales {
				tr := n.translations(l)
				if tr["title"] == "" && tr["body_html"] == "" {
					continue
				}
				t, b := title, body
				if tr["title"] != "" {
					t = tr["title"]
				}
				if tr["body_html"] != "" {
					b = tr["body_html"]
				}
				docs = append(docs, j.newDoc(db.DocPage, id, l, t, b, "/"+l+url))
			}
		}
		if !out.Pages.PageInfo.HasNextPage || out.Pages.PageInfo.EndCursor == "" {
			return docs, nil
		}
		after = out.Pages.PageInfo.EndCursor
	}
}
