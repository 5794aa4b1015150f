package catalog

import (
	"fmt"
	"regexp"
	"strings"
)

// Operation names of the GraphQL documents the sync sends. The fake Admin
// API (catalogtest) dispatches on them.
const (
	OpProductsCount        = "CatalogProductsCount"
	OpShopLocales          = "CatalogShopLocales"
	OpProducts             = "CatalogProducts"
	OpProductVariants      = "CatalogProductVariants"
	OpProductTranslations  = "CatalogProductTranslations"
	OpShopPolicies         = "CatalogShopPolicies"
	OpPages                = "CatalogPages"
	translationAliasPrefix = "t_"
)

const productsCountQuery = `query CatalogProductsCount {
  productsCount { count precision }
}`

const shopLocalesQuery = `query CatalogShopLocales {
  shopLocales { locale primary published }
}`

// productFields is shared by the paged and the bulk product queries. Nested
// connections in the paged query are bounded (query cost is estimated from
// "first"); a product with more variants is completed by
// productVariantsQuery.
const productFields = `id title handle descriptionHtml vendor productType tags status onlineStoreUrl updatedAt
      options { name optionValues { name } }`

// Page sizes keep the requested cost of one products page under Shopify's
// 1,000-point single-query limit: 20 × (1 + 25 variants + 5 media + 10
// collections) ≈ 820 points. Large catalogs use the bulk query instead.
const (
	defaultPageSize  = 20
	variantsPerPage  = 25
	mediaPerProduct  = 5
	collectionsPerPr = 10
	pagesPerPage     = 50
	translationsPage = 250
)

func productsQuery() string {
	return fmt.Sprintf(`query CatalogProducts($first: Int!, $after: String) {
  products(first: $first, after: $after, sortKey: ID) {
    nodes {
      %s
      variants(first: %d) {
        nodes { id title sku price compareAtPrice inventoryQuantity availableForSale position selectedOptions { name value } }
        pageInfo { hasNextPage endCursor }
      }
      media(first: %d) { nodes { id alt preview { image { url } } } }
      collections(first: %d) { nodes { id handle title } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`, productFields, variantsPerPage, mediaPerProduct, collectionsPerPr)
}

const productVariantsQuery = `query CatalogProductVariants($id: ID!, $first: Int!, $after: String) {
  product(id: $id) {
    variants(first: $first, after: $after) {
      nodes { id title sku price compareAtPrice inventoryQuantity availableForSale position selectedOptions { name value } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`

// bulkProductsQuery is the bulk-operation document: no pagination
// arguments; nested connections become JSONL lines with "__parentId".
func bulkProductsQuery() string {
	return `{
  products(sortKey: ID) {
    edges { node {
      ` + productFields + `
      variants { edges { node { id title sku price compareAtPrice inventoryQuantity availableForSale position selectedOptions { name value } } } }
      media { edges { node { id alt preview { image { url } } } } }
      collections { edges { node { id handle title } } }
    } }
  }
}`
}

const productTranslationsQuery = `query CatalogProductTranslations($first: Int!, $after: String, $locale: String!) {
  translatableResources(first: $first, after: $after, resourceType: PRODUCT) {
    nodes { resourceId translations(locale: $locale) { key value } }
    pageInfo { hasNextPage endCursor }
  }
}`

var localeRE = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)

// translationAlias is the response key carrying a locale's translations in
// documents that ask for several locales at once.
func translationAlias(locale string) string {
	return translationAliasPrefix + strings.ReplaceAll(locale, "-", "_")
}

// translationSelections asks for every locale's translations with aliases
// (t_es: translations(locale: "es") ...). Locales come from Shopify but are
// validated before being put into a document.
func translationSelections(locales []string) string {
	var b strings.Builder
	for _, l := range locales {
		if !localeRE.MatchString(l) {
			continue
		}
		fmt.Fprintf(&b, "\n      %s: translations(locale: %q) { key value }", translationAlias(l), l)
	}
	return b.String()
}

func shopPoliciesQuery(locales []string) string {
	return `query CatalogShopPolicies {
  shop {
    shopPolicies {
      id type title body url` + translationSelections(locales) + `
    }
  }
}`
}

func pagesQuery(locales []string) string {
	return `query CatalogPages($first: Int!, $after: String) {
  pages(first: $first, after: $after) {
    nodes {
      id handle title body isPublished updatedAt` + translationSelections(locales) + `
    }
    pageInfo { hasNextPage endCursor }
  }
}`
}
