package shopifytest_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"shopassist/shopify/shopifytest"
)

// A catalog test registers resolvers for its own named operations and pages
// through them with the production client.
func ExampleAdmin_Handle() {
	// A frozen clock keeps the bucket figures below exact; leave Now unset to
	// refill in real time.
	frozen := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	admin := shopifytest.New(shopifytest.Options{APIKey: "key", APISecret: "secret", Now: func() time.Time { return frozen }})
	defer admin.Close()

	type product struct {
		ID    string `json:"id"`
		Title string `json:"title"`
	}
	catalog := []product{{"gid://shopify/Product/1", "Beanie"}, {"gid://shopify/Product/2", "Scarf"}, {"gid://shopify/Product/3", "Gloves"}}
	admin.Handle("Products", func(_ context.Context, _ string, vars map[string]any) (any, error) {
		conn, err := shopifytest.Connection(catalog, vars)
		return map[string]any{"products": conn}, err
	})
	admin.SetCost("Products", 52)

	const shop = "demo-store.myshopify.com"
	token := admin.IssueToken(shop)
	client := admin.Client()
	query := `query Products($first: Int!, $after: String) {
  products(first: $first, after: $after) { nodes { id title } pageInfo { hasNextPage endCursor } }
}`
	vars := map[string]any{"first": 2}
	for {
		var out struct {
			Products struct {
				Nodes    []product
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
			}
		}
		cost, err := client.GraphQL(context.Background(), shop, token, query, vars, &out)
		if err != nil {
			log.Fatal(err)
		}
		for _, p := range out.Products.Nodes {
			fmt.Println(p.Title)
		}
		fmt.Println("bucket:", cost.ThrottleStatus.CurrentlyAvailable)
		if !out.Products.PageInfo.HasNextPage {
			break
		}
		vars["after"] = out.Products.PageInfo.EndCursor
	}
	// Output:
	// Beanie
	// Scarf
	// bucket: 948
	// Gloves
	// bucket: 896
}
