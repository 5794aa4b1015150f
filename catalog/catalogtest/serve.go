package catalogtest

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"shopassist/catalog"
	"shopassist/shopify"
	"shopassist/shopify/shopifytest"
)

// Server serves a Catalog from a fake Admin API.
type Server struct {
	cat   *Catalog
	admin *shopifytest.Admin

	mu           sync.Mutex
	productPages int
	onPage       func(n int)

	stream   *httptest.Server // streaming bulk results, when enabled
	bulkN    int
	cutAfter int // pending CutBulkAfter; 0 once used
}

// ServeOptions choose how bulk results are served.
type ServeOptions struct {
	// StreamBulk serves bulk results from a streaming endpoint generated on
	// the fly instead of the fake's in-memory JSONL, so a 100,000-product
	// benchmark does not measure the fake's memory. The protocol the client
	// sees (bulkOperationRunQuery, node(id) polls, a signed URL) is the same.
	StreamBulk bool
	// CutBulkAfter, with StreamBulk, aborts the first download of a bulk
	// result after that many products, as a dropped connection would.
	CutBulkAfter int
}

// Serve registers the catalog's resolvers on admin. Call Close when done
// if StreamBulk is set.
func Serve(admin *shopifytest.Admin, cat *Catalog, o ServeOptions) *Server {
	s := &Server{cat: cat, admin: admin, cutAfter: o.CutBulkAfter}
	admin.Handle(catalog.OpProductsCount, s.productsCount)
	admin.Handle(catalog.OpShopLocales, s.shopLocales)
	admin.Handle(catalog.OpProducts, s.products)
	admin.Handle(catalog.OpProductVariants, s.productVariants)
	admin.Handle(catalog.OpProductTranslations, s.translations)
	admin.Handle(catalog.OpShopPolicies, s.policies)
	admin.Handle(catalog.OpPages, s.pages)
	admin.Handle(catalog.OpCollectionProducts, s.collectionProducts)
	admin.Handle(catalog.OpCollectionHandles, s.collectionHandles)
	if o.StreamBulk {
		s.stream = httptest.NewServer(http.HandlerFunc(s.serveStream))
		admin.Handle(shopify.BulkRunOperation, s.streamBulkRun)
		admin.Handle(shopify.BulkStatusOperation, s.streamBulkStatus)
	} else {
		admin.HandleBulk(s.bulk)
	}
	return s
}

// Close stops the streaming endpoint, if any.
func (s *Server) Close() {
	if s.stream != nil {
		s.stream.Close()
	}
}

// OnProductsPage sets a hook called after each products page is answered,
// with the page's 1-based number, e.g. to inject failures (FailNext) on
// the next page.
func (s *Server) OnProductsPage(fn func(n int)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.onPage = fn
}

// ProductPages is how many products pages were served.
func (s *Server) ProductPages() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.productPages
}

func gid(kind string, id int64) string {
	return "gid://shopify/" + kind + "/" + strconv.FormatInt(id, 10)
}

func (s *Server) productsCount(context.Context, string, map[string]any) (any, error) {
	n := s.cat.Len()
	// Shopify caps the count at 10,000 by default.
	prec := "EXACT"
	if n > 10000 {
		n, prec = 10000, "AT_LEAST"
	}
	return map[string]any{"productsCount": map[string]any{"count": n, "precision": prec}}, nil
}

func (s *Server) shopLocales(context.Context, string, map[string]any) (any, error) {
	ls := []any{map[string]any{"locale": Primary, "primary": true, "published": true}}
	for _, l := range Published {
		ls = append(ls, map[string]any{"locale": l, "primary": false, "published": true})
	}
	ls = append(ls, map[string]any{"locale": Unpublished, "primary": false, "published": false})
	return map[string]any{"shopLocales": ls}, nil
}

// productNode renders a product as the paged query selects it; nested
// connections are cut at the query's page sizes.
func productNode(p *Product, variantsFirst, mediaFirst, collectionsFirst int) map[string]any {
	n := productFields(p)
	vs := make([]any, 0, len(p.Variants))
	for _, v := range p.Variants {
		vs = append(vs, variantNode(&v))
	}
	vconn, _ := shopifytest.Connection(vs, map[string]any{"first": float64(variantsFirst)})
	n["variants"] = vconn
	var media []any
	for _, im := range p.Images[:min(len(p.Images), mediaFirst)] {
		media = append(media, mediaNode(im))
	}
	n["media"] = map[string]any{"nodes": nonNilList(media)}
	var cols []any
	for _, c := range p.Collections[:min(len(p.Collections), collectionsFirst)] {
		cols = append(cols, collectionNode(c))
	}
	n["collections"] = map[string]any{"nodes": nonNilList(cols)}
	return n
}

func nonNilList(l []any) []any {
	if l == nil {
		return []any{}
	}
	return l
}

func productFields(p *Product) map[string]any {
	opts := make([]any, 0, len(p.Options))
	for _, o := range p.Options {
		vals := make([]any, 0, len(o.Values))
		for _, v := range o.Values {
			vals = append(vals, map[string]any{"name": v})
		}
		opts = append(opts, map[string]any{"name": o.Name, "optionValues": vals})
	}
	var url any
	if p.OnlineStoreURL != "" {
		url = p.OnlineStoreURL
	}
	return map[string]any{
		"id": gid("Product", p.ID), "title": p.Title, "handle": p.Handle, "descriptionHtml": p.DescriptionHTML,
		"vendor": p.Vendor, "productType": p.ProductType, "tags": p.Tags, "status": p.Status,
		"onlineStoreUrl": url, "updatedAt": p.UpdatedAt.Format(time.RFC3339), "options": opts,
	}
}

func variantNode(v *Variant) map[string]any {
	sel := make([]any, 0, len(v.Selected))
	for _, so := range v.Selected {
		sel = append(sel, map[string]any{"name": so.Name, "value": so.Value})
	}
	var cap any
	if v.CompareAtPrice != "" {
		cap = v.CompareAtPrice
	}
	return map[string]any{
		"id": gid("ProductVariant", v.ID), "title": v.Title, "sku": v.SKU, "price": v.Price, "compareAtPrice": cap,
		"inventoryQuantity": v.InventoryQuantity, "availableForSale": v.Available, "position": v.Position,
		"selectedOptions": sel,
	}
}

func mediaNode(im Image) map[string]any {
	return map[string]any{"id": gid("MediaImage", im.ID), "alt": im.Alt,
		"preview": map[string]any{"image": map[string]any{"url": im.URL}}}
}

func collectionNode(c Collection) map[string]any {
	return map[string]any{"id": gid("Collection", c.ID), "handle": c.Handle, "title": c.Title}
}

// pagedFirstRE reads the page size of a top-level paged connection
// (products of a collection, the shop's collections).
var pagedFirstRE = regexp.MustCompile(`(?:products|collections)\(first: (\d+)`)

// pageVars are vars with "first" taken from the query, as Connection reads
// it from vars.
func pageVars(ctx context.Context, vars map[string]any) map[string]any {
	out := map[string]any{"after": vars["after"]}
	if m := pagedFirstRE.FindStringSubmatch(shopifytest.Query(ctx)); m != nil {
		n, _ := strconv.Atoi(m[1])
		out["first"] = float64(n)
	}
	return out
}

// collectionProducts serves collection(id) { handle products { nodes { id } } }.
func (s *Server) collectionProducts(ctx context.Context, _ string, vars map[string]any) (any, error) {
	idStr, _ := vars["id"].(string)
	id, err := strconv.ParseInt(idStr[strings.LastIndexByte(idStr, '/')+1:], 10, 64)
	if err != nil {
		return nil, &shopifytest.Error{Message: "invalid id", Code: "BAD_USER_INPUT"}
	}
	var col *Collection
	for _, c := range s.cat.Collections() {
		if c.ID == id {
			col = &c
		}
	}
	if col == nil {
		return map[string]any{"collection": nil}, nil
	}
	var nodes []map[string]any
	for _, pid := range s.cat.Members(id) {
		nodes = append(nodes, map[string]any{"id": gid("Product", pid)})
	}
	conn, err := shopifytest.Connection(nodes, pageVars(ctx, vars))
	if err != nil {
		return nil, err
	}
	delete(conn, "edges")
	return map[string]any{"collection": map[string]any{"id": gid("Collection", id), "handle": col.Handle,
		"title": col.Title, "products": conn}}, nil
}

// collectionHandles serves collections { nodes { handle } }.
func (s *Server) collectionHandles(ctx context.Context, _ string, vars map[string]any) (any, error) {
	var nodes []map[string]any
	for _, c := range s.cat.Collections() {
		nodes = append(nodes, collectionNode(c))
	}
	conn, err := shopifytest.Connection(nodes, pageVars(ctx, vars))
	if err != nil {
		return nil, err
	}
	delete(conn, "edges")
	return map[string]any{"collections": conn}, nil
}

var firstArgRE = regexp.MustCompile(`(variants|media|collections)\(first: (\d+)\)`)

// nestedFirst reads the page sizes of nested connections from the query.
func nestedFirst(q string) map[string]int {
	out := map[string]int{"variants": 50, "media": 50, "collections": 50}
	for _, m := range firstArgRE.FindAllStringSubmatch(q, -1) {
		n, _ := strconv.Atoi(m[2])
		out[m[1]] = n
	}
	return out
}

func (s *Server) products(ctx context.Context, _ string, vars map[string]any) (any, error) {
	ids := s.cat.IDs()
	conn, err := shopifytest.Connection(ids, vars)
	if err != nil {
		return nil, err
	}
	first := nestedFirst(shopifytest.Query(ctx))
	page := conn["nodes"].([]int64)
	nodes := make([]any, 0, len(page))
	for _, id := range page {
		if p := s.cat.Product(id); p != nil {
			nodes = append(nodes, productNode(p, first["variants"], first["media"], first["collections"]))
		}
	}
	conn["nodes"] = nodes
	delete(conn, "edges")
	s.mu.Lock()
	s.productPages++
	n, hook := s.productPages, s.onPage
	s.mu.Unlock()
	if hook != nil {
		hook(n)
	}
	return map[string]any{"products": conn}, nil
}

func (s *Server) productVariants(_ context.Context, _ string, vars map[string]any) (any, error) {
	idStr, _ := vars["id"].(string)
	id, err := strconv.ParseInt(idStr[strings.LastIndexByte(idStr, '/')+1:], 10, 64)
	if err != nil {
		return nil, &shopifytest.Error{Message: "invalid id", Code: "BAD_USER_INPUT"}
	}
	p := s.cat.Product(id)
	if p == nil {
		return map[string]any{"product": nil}, nil
	}
	vs := make([]any, 0, len(p.Variants))
	for _, v := range p.Variants {
		vs = append(vs, variantNode(&v))
	}
	conn, err := shopifytest.Connection(vs, vars)
	if err != nil {
		return nil, err
	}
	delete(conn, "edges")
	return map[string]any{"product": map[string]any{"variants": conn}}, nil
}

func (s *Server) translations(_ context.Context, _ string, vars map[string]any) (any, error) {
	locale, _ := vars["locale"].(string)
	ids := s.cat.IDs()
	conn, err := shopifytest.Connection(ids, vars)
	if err != nil {
		return nil, err
	}
	page := conn["nodes"].([]int64)
	nodes := make([]any, 0, len(page))
	for _, id := range page {
		trs := s.cat.Translations(id)
		if trs == nil {
			continue
		}
		ts := []any{}
		if t, ok := trs[locale]; ok {
			for _, kv := range [][2]string{{"title", t.Title}, {"body_html", t.BodyHTML}, {"product_type", t.ProductType}} {
				if kv[1] != "" {
					ts = append(ts, map[string]any{"key": kv[0], "value": kv[1]})
				}
			}
		}
		nodes = append(nodes, map[string]any{"resourceId": gid("Product", id), "translations": ts})
	}
	conn["nodes"] = nodes
	delete(conn, "edges")
	return map[string]any{"translatableResources": conn}, nil
}

var aliasRE = regexp.MustCompile(`(\w+): translations\(locale: "([^"]+)"\)`)

// aliases returns alias → locale for the aliased translations fields of q.
func aliases(q string) map[string]string {
	out := map[string]string{}
	for _, m := range aliasRE.FindAllStringSubmatch(q, -1) {
		out[m[1]] = m[2]
	}
	return out
}

func (s *Server) policies(ctx context.Context, _ string, _ map[string]any) (any, error) {
	al := aliases(shopifytest.Query(ctx))
	var out []any
	for _, p := range s.cat.Policies() {
		n := map[string]any{"id": gid("ShopPolicy", p.ID), "type": p.Type, "title": p.Title, "body": p.Body, "url": p.URL}
		for alias, locale := range al {
			ts := []any{}
			if b := p.Translations[locale]; b != "" {
				ts = append(ts, map[string]any{"key": "body", "value": b})
			}
			n[alias] = ts
		}
		out = append(out, n)
	}
	return map[string]any{"shop": map[string]any{"shopPolicies": out}}, nil
}

func (s *Server) pages(ctx context.Context, _ string, vars map[string]any) (any, error) {
	al := aliases(shopifytest.Query(ctx))
	var nodes []any
	for _, p := range s.cat.Pages() {
		n := map[string]any{"id": gid("Page", p.ID), "handle": p.Handle, "title": p.Title, "body": p.Body,
			"isPublished": p.Published, "updatedAt": p.UpdatedAt.Format(time.RFC3339)}
		for alias, locale := range al {
			ts := []any{}
			t := p.Translations[locale]
			for _, kv := range [][2]string{{"title", t.Title}, {"body_html", t.BodyHTML}} {
				if kv[1] != "" {
					ts = append(ts, map[string]any{"key": kv[0], "value": kv[1]})
				}
			}
			n[alias] = ts
		}
		nodes = append(nodes, n)
	}
	conn, err := shopifytest.Connection(nodes, vars)
	if err != nil {
		return nil, err
	}
	delete(conn, "edges")
	return map[string]any{"pages": conn}, nil
}

// writeBulk emits the JSONL of the products bulk query: each product line
// followed by its variants, media and collections with __parentId.
func (s *Server) writeBulk(emit func(line []byte) error) error {
	for _, id := range s.cat.IDs() {
		p := s.cat.Product(id)
		if p == nil {
			continue
		}
		parent := gid("Product", p.ID)
		line, err := json.Marshal(productFields(p))
		if err != nil {
			return err
		}
		if err := emit(line); err != nil {
			return err
		}
		var children []map[string]any
		for _, v := range p.Variants {
			children = append(children, variantNode(&v))
		}
		for _, im := range p.Images {
			children = append(children, mediaNode(im))
		}
		for _, c := range p.Collections {
			children = append(children, collectionNode(c))
		}
		for _, ch := range children {
			ch["__parentId"] = parent
			b, err := json.Marshal(ch)
			if err != nil {
				return err
			}
			if err := emit(b); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *Server) bulk(_ context.Context, _, query string) ([][]byte, error) {
	if !strings.Contains(query, "products") {
		return nil, errors.New("catalogtest: unsupported bulk query")
	}
	var lines [][]byte
	err := s.writeBulk(func(l []byte) error { lines = append(lines, l); return nil })
	return lines, err
}

func (s *Server) streamBulkRun(_ context.Context, _ string, vars map[string]any) (any, error) {
	q, _ := vars["query"].(string)
	if !strings.Contains(q, "products") {
		return map[string]any{"bulkOperationRunQuery": map[string]any{"bulkOperation": nil,
			"userErrors": []any{map[string]any{"field": []string{"query"}, "message": "unsupported bulk query"}}}}, nil
	}
	s.mu.Lock()
	s.bulkN++
	n := s.bulkN
	s.mu.Unlock()
	return map[string]any{"bulkOperationRunQuery": map[string]any{
		"bulkOperation": map[string]any{"id": gid("BulkOperation", int64(n)), "status": "CREATED"},
		"userErrors":    []any{},
	}}, nil
}

func (s *Server) streamBulkStatus(_ context.Context, _ string, vars map[string]any) (any, error) {
	id, _ := vars["id"].(string)
	return map[string]any{"node": map[string]any{"id": id, "status": "COMPLETED", "errorCode": nil,
		"objectCount": fmt.Sprint(s.cat.Len()), "url": s.stream.URL + "/bulk.jsonl", "partialDataUrl": nil}}, nil
}

func (s *Server) serveStream(w http.ResponseWriter, _ *http.Request) {
	s.mu.Lock()
	cut := s.cutAfter
	s.cutAfter = 0
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/jsonl")
	bw := bufio.NewWriterSize(w, 64<<10)
	products := 0
	errCut := errors.New("cut")
	err := s.writeBulk(func(l []byte) error {
		if !strings.Contains(string(l[:min(len(l), 200)]), `"__parentId"`) {
			if products++; cut > 0 && products > cut {
				return errCut
			}
		}
		if _, err := bw.Write(l); err != nil {
			return err
		}
		return bw.WriteByte('\n')
	})
	_ = bw.Flush()
	if errors.Is(err, errCut) {
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
		}
		// Abort the response mid-body: the client sees a truncated,
		// failed download rather than a clean end of file.
		panic(http.ErrAbortHandler)
	}
}
