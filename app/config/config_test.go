package config

import (
	"strings"
	"testing"

	"shopassist/shopify"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestLoad(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		wantErr string
		check   func(t *testing.T, c Config)
	}{
		{name: "demo defaults", env: map[string]string{}, check: func(t *testing.T, c Config) {
			if !c.Demo() || c.Port != 8080 || c.DataDir != "data" || c.Host != "127.0.0.1" || c.AppURL != "http://localhost:8080" {
				t.Errorf("demo defaults wrong: %+v", c)
			}
		}},
		{name: "real app", env: map[string]string{"SHOPIFY_API_KEY": "k", "SHOPIFY_API_SECRET": "s", "APP_URL": "https://app.example.com/",
			"ENCRYPTION_KEY": strings.Repeat("ab", 32), "DATABASE_URL": "postgres://u@h/db"}, check: func(t *testing.T, c Config) {
			if c.Demo() || c.AppURL != "https://app.example.com" || c.Host != "" {
				t.Errorf("real config wrong: %+v", c)
			}
		}},
		{name: "half credentials", env: map[string]string{"SHOPIFY_API_KEY": "k"}, wantErr: "must be set together"},
		{name: "bad port", env: map[string]string{"PORT": "http"}, wantErr: "PORT"},
		{name: "no key", env: map[string]string{"SHOPIFY_API_KEY": "k", "SHOPIFY_API_SECRET": "s", "APP_URL": "https://a.example.com"}, wantErr: "ENCRYPTION_KEY"},
		{name: "http app url", env: map[string]string{"SHOPIFY_API_KEY": "k", "SHOPIFY_API_SECRET": "s", "APP_URL": "http://a.example.com", "ENCRYPTION_KEY": "x"}, wantErr: "must be https"},
		{name: "mysql url", env: map[string]string{"DATABASE_URL": "mysql://x"}, wantErr: "postgres://"},
		{name: "log level", env: map[string]string{"LOG_LEVEL": "loud"}, wantErr: "LOG_LEVEL"},
		{name: "default workers", env: map[string]string{}, check: func(t *testing.T, c Config) {
			if c.Workers != 6 || c.WebhookWorkers != 4 || !c.RunsWorkers() {
				t.Errorf("workers %d, webhook workers %d", c.Workers, c.WebhookWorkers)
			}
		}},
		{name: "web-only replica", env: map[string]string{"WORKERS": "0"}, check: func(t *testing.T, c Config) {
			if c.WebhookWorkers != 0 || c.RunsWorkers() {
				t.Errorf("WORKERS=0: webhook workers %d, runs workers %v", c.WebhookWorkers, c.RunsWorkers())
			}
		}},
		{name: "webhook-only worker", env: map[string]string{"WORKERS": "0", "WEBHOOK_WORKERS": "8"}, check: func(t *testing.T, c Config) {
			if c.Workers != 0 || c.WebhookWorkers != 8 || !c.RunsWorkers() {
				t.Errorf("workers %d, webhook workers %d", c.Workers, c.WebhookWorkers)
			}
		}},
		{name: "bad webhook workers", env: map[string]string{"WEBHOOK_WORKERS": "-1"}, wantErr: "WEBHOOK_WORKERS"},
		{name: "default proxy hops", env: map[string]string{}, check: func(t *testing.T, c Config) {
			if c.TrustedProxyHops != 1 {
				t.Errorf("trusted proxy hops %d, want 1 (Shopify's app proxy)", c.TrustedProxyHops)
			}
		}},
		{name: "behind a load balancer", env: map[string]string{"TRUSTED_PROXY_HOPS": "2"}, check: func(t *testing.T, c Config) {
			if c.TrustedProxyHops != 2 {
				t.Errorf("trusted proxy hops %d, want 2", c.TrustedProxyHops)
			}
		}},
		{name: "bad proxy hops", env: map[string]string{"TRUSTED_PROXY_HOPS": "-1"}, wantErr: "TRUSTED_PROXY_HOPS"},
		{name: "default knowledge memory", env: map[string]string{}, check: func(t *testing.T, c Config) {
			if c.KnowledgeMemoryMB != 1024 {
				t.Errorf("knowledge memory %d MB, want 1024", c.KnowledgeMemoryMB)
			}
		}},
		{name: "knowledge memory", env: map[string]string{"KNOWLEDGE_MEMORY_MB": "300"}, check: func(t *testing.T, c Config) {
			if c.KnowledgeMemoryMB != 300 {
				t.Errorf("knowledge memory %d MB, want 300", c.KnowledgeMemoryMB)
			}
		}},
		{name: "bad knowledge memory", env: map[string]string{"KNOWLEDGE_MEMORY_MB": "0"}, wantErr: "KNOWLEDGE_MEMORY_MB"},
		{name: "API version defaults to the client's", env: map[string]string{}, check: func(t *testing.T, c Config) {
			if c.APIVersion != shopify.DefaultAPIVersion {
				t.Errorf("APIVersion = %q, want shopify.DefaultAPIVersion %q", c.APIVersion, shopify.DefaultAPIVersion)
			}
		}},
		{name: "API version override", env: map[string]string{"SHOPIFY_API_VERSION": "2026-07"}, check: func(t *testing.T, c Config) {
			if c.APIVersion != "2026-07" {
				t.Errorf("APIVersion = %q", c.APIVersion)
			}
		}},
		{name: "API version unstable", env: map[string]string{"SHOPIFY_API_VERSION": "unstable"}, check: func(t *testing.T, c Config) {
			if c.APIVersion != "unstable" {
				t.Errorf("APIVersion = %q", c.APIVersion)
			}
		}},
		{name: "API version not a release", env: map[string]string{"SHOPIFY_API_VERSION": "2026-05"}, wantErr: "SHOPIFY_API_VERSION"},
		{name: "API version malformed", env: map[string]string{"SHOPIFY_API_VERSION": "latest"}, wantErr: "SHOPIFY_API_VERSION"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(env(tt.env))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, c)
		})
	}
}
