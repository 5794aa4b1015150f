// Package shopify holds the Shopify protocol primitives the app relies on:
// shop-domain validation, the three HMAC schemes (OAuth/admin query, webhook
// body, app proxy), App Bridge session tokens, the OAuth token endpoint
// (authorization code, token exchange, refresh) and a throttle-aware Admin
// GraphQL client with bulk-operation support.
//
// It deliberately knows nothing about the database or the HTTP framework so
// that every piece can be tested against httptest servers and the fake Admin
// API in package shopifytest.
package shopify
