package webhooks

import (
	"os"
	"regexp"
	"slices"
	"testing"
)

// TestSubscribedTopicsHaveProcessors keeps shopify.app.toml and the code
// equal: every topic the app subscribes to has a processor (else its events
// are skipped as unknown), and the topics whose processors keep the chat's
// data fresh are subscribed.
func TestSubscribedTopicsHaveProcessors(t *testing.T) {
	b, err := os.ReadFile("../shopify.app.toml")
	if err != nil {
		t.Fatal(err)
	}
	var toml []string
	for _, block := range regexp.MustCompile(`(?s)\btopics\s*=\s*\[(.*?)\]`).FindAllSubmatch(b, -1) {
		for _, m := range regexp.MustCompile(`"([a-z_]+/[a-z_]+)"`).FindAllSubmatch(block[1], -1) {
			toml = append(toml, string(m[1]))
		}
	}
	procs := defaultProcessors()
	for _, topic := range toml {
		if procs[topic] == nil {
			t.Errorf("shopify.app.toml subscribes to %s, which has no processor", topic)
		}
	}
	fresh := []string{TopicProductsCreate, TopicProductsUpdate, TopicProductsDelete, TopicInventoryLevelsUpdate}
	for _, topic := range slices.Concat(fresh, CollectionTopics, orderTopics) {
		if !slices.Contains(toml, topic) {
			t.Errorf("%s has a processor but shopify.app.toml does not subscribe to it", topic)
		}
	}
}
