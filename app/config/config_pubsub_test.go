package config_test

import (
	"strings"
	"testing"

	"shopassist/app/config"
)

func TestWebhookPubSubSubscription(t *testing.T) {
	for _, tc := range []struct {
		value, project string
		ok             bool
	}{
		{"", "", true},
		{"projects/shop-app-123/subscriptions/shopify-webhooks", "shop-app-123", true},
		{"shop-app/shopify-webhooks", "", false},
		{"projects/x/subscriptions/s", "", false},
		{"projects/shop-app-123/topics/shopify-webhooks", "", false},
	} {
		cfg, err := config.Load(func(k string) string {
			return map[string]string{"WEBHOOK_PUBSUB_SUBSCRIPTION": tc.value, "DATA_DIR": t.TempDir()}[k]
		})
		if tc.ok != (err == nil) {
			t.Errorf("%q: err = %v", tc.value, err)
			continue
		}
		if err != nil && !strings.Contains(err.Error(), "WEBHOOK_PUBSUB_SUBSCRIPTION") {
			t.Errorf("%q: error does not name the setting: %v", tc.value, err)
		}
		if err == nil && cfg.PubSubProject() != tc.project {
			t.Errorf("%q: project %q, want %q", tc.value, cfg.PubSubProject(), tc.project)
		}
	}
}
