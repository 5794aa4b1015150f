// Package config reads the app's configuration from the environment once,
// into a typed struct that is validated before anything starts.
package config

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"shopassist/internal/clientip"
	"shopassist/shopify"
)

// apiVersionRE matches Shopify's quarterly release names and "unstable".
var apiVersionRE = regexp.MustCompile(`^(20\d\d-(01|04|07|10)|unstable)$`)

// DefaultScopes are the Admin API scopes the assistant needs.
const DefaultScopes = "read_products,read_product_listings,read_orders,read_fulfillments,read_customers,read_returns,write_returns,read_locales,read_translations,read_content,read_legal_policies,read_online_store_pages,read_inventory,write_discounts"

// Config is the whole runtime configuration.
type Config struct {
	Port           int
	Host           string
	AppURL         string
	DatabaseURL    string
	DataDir        string
	APIKey         string
	APISecret      string
	PreviousSecret string
	Scopes         string
	APIVersion     string
	AdminURL       string
	EncryptionKey  string
	LLMBaseURL     string
	LLMAPIKey      string
	LLMModel       string
	LogLevel       string
	// SMTPURL (smtp://user:pass@host:port?from=addr) sends handoff
	// notifications to the merchant's address; empty logs them instead.
	SMTPURL         string
	ShutdownTimeout time.Duration
	// ExpiringTokens asks Shopify for expiring offline tokens (with refresh).
	ExpiringTokens bool
	// Workers is how many workers this process runs for general jobs
	// (catalog syncs, notifications, retention); WebhookWorkers for webhook
	// events, a queue of their own so a long sync never delays an order
	// update and a webhook burst never starves the acknowledgements of CPU.
	// WORKERS=0 (with WEBHOOK_WORKERS unset) is a web-only replica.
	Workers        int
	WebhookWorkers int
	// WebhookPubSubSubscription (projects/P/subscriptions/S) makes the
	// worker replicas also pull webhooks Shopify delivers to Google Cloud
	// Pub/Sub, with Application Default Credentials (PUBSUB_EMULATOR_HOST
	// points the client at an emulator). Empty: HTTPS delivery only.
	WebhookPubSubSubscription string
	// TrustedProxyHops is how many reverse proxies in front of the app
	// append to X-Forwarded-For (Shopify's app proxy counts as one); rate
	// limits and verification lockouts key on the address the outermost
	// of them saw.
	TrustedProxyHops int
	// Meta (WhatsApp, Messenger, Instagram; issue 17): the Meta app's
	// secret signing webhooks (and the previous one during a rotation),
	// the webhook verify token, and the Graph API base URL (tests and
	// demo mode point it at the fake).
	MetaAppSecret         string
	MetaAppSecretPrevious string
	MetaVerifyToken       string
	MetaGraphURL          string

	// MailgunSigningKey verifies the email channel's inbound-parse
	// webhook (Mailgun routes); EmailInboundDomain is the receiving
	// domain of the forwarding addresses merchants forward support mail
	// to. Both empty: only IMAP mailboxes receive email.
	MailgunSigningKey  string
	EmailInboundDomain string
	// KnowledgeMemoryMB is the memory budget of this process's cached
	// knowledge indexes (KNOWLEDGE_MEMORY_MB, default 1024 for a 2-core /
	// 4 GB replica); least recently used shops are dropped beyond it.
	KnowledgeMemoryMB int
}

// pubSubSubscriptionRE is a full Pub/Sub subscription name.
var pubSubSubscriptionRE = regexp.MustCompile(`^projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/subscriptions/[A-Za-z][A-Za-z0-9._~+%-]{2,254}$`)

// PubSubProject is the project of WebhookPubSubSubscription.
func (c Config) PubSubProject() string {
	parts := strings.Split(c.WebhookPubSubSubscription, "/")
	if len(parts) != 4 {
		return ""
	}
	return parts[1]
}

// RunsWorkers reports whether this process works any job queue.
func (c Config) RunsWorkers() bool { return c.Workers > 0 || c.WebhookWorkers > 0 }

// Demo reports whether the app runs without Shopify credentials, on the
// seeded demo store.
func (c Config) Demo() bool { return c.APIKey == "" && c.APISecret == "" }

// Load reads the environment through getenv (os.Getenv in production).
func Load(getenv func(string) string) (Config, error) {
	c := Config{
		Host:           getenv("HOST"),
		AppURL:         strings.TrimRight(getenv("APP_URL"), "/"),
		DatabaseURL:    getenv("DATABASE_URL"),
		DataDir:        getenv("DATA_DIR"),
		APIKey:         getenv("SHOPIFY_API_KEY"),
		APISecret:      getenv("SHOPIFY_API_SECRET"),
		PreviousSecret: getenv("SHOPIFY_API_SECRET_PREVIOUS"),
		Scopes:         getenv("SHOPIFY_SCOPES"),
		APIVersion:     getenv("SHOPIFY_API_VERSION"),
		AdminURL:       strings.TrimRight(getenv("SHOPIFY_ADMIN_URL"), "/"),
		EncryptionKey:  getenv("ENCRYPTION_KEY"),
		LLMBaseURL:     strings.TrimRight(getenv("LLM_BASE_URL"), "/"),
		LLMAPIKey:      getenv("LLM_API_KEY"),
		LLMModel:       getenv("LLM_MODEL"),
		LogLevel:       getenv("LOG_LEVEL"),
		SMTPURL:        getenv("SMTP_URL"),

		MetaAppSecret:         getenv("META_APP_SECRET"),
		MetaAppSecretPrevious: getenv("META_APP_SECRET_PREVIOUS"),
		MetaVerifyToken:       getenv("META_VERIFY_TOKEN"),
		MetaGraphURL:          strings.TrimRight(getenv("META_GRAPH_URL"), "/"),

		MailgunSigningKey:  getenv("MAILGUN_WEBHOOK_SIGNING_KEY"),
		EmailInboundDomain: strings.ToLower(strings.TrimSpace(getenv("EMAIL_INBOUND_DOMAIN"))),
	}
	var errs []error
	intVar := func(name string, dst *int) {
		if v := getenv(name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %q is not a number", name, v))
			}
			*dst = n
		}
	}
	c.Port = 8080
	intVar("PORT", &c.Port)
	c.ShutdownTimeout = 20 * time.Second
	if v := getenv("SHUTDOWN_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("SHUTDOWN_TIMEOUT: %w", err))
		}
		c.ShutdownTimeout = d
	}
	c.Workers = 6
	intVar("WORKERS", &c.Workers)
	// Four webhook workers drain ~280 events/s on a 2-core machine and
	// leave the intake the CPU for ≥ 1,500 acknowledgements/s (bench/README.md);
	// more processes, not more workers per process, scale the processing.
	// WORKERS=0 alone keeps meaning a web-only replica.
	c.WebhookWorkers = 4
	if c.Workers == 0 {
		c.WebhookWorkers = 0
	}
	intVar("WEBHOOK_WORKERS", &c.WebhookWorkers)
	c.WebhookPubSubSubscription = strings.TrimSpace(getenv("WEBHOOK_PUBSUB_SUBSCRIPTION"))
	if v := c.WebhookPubSubSubscription; v != "" && !pubSubSubscriptionRE.MatchString(v) {
		errs = append(errs, fmt.Errorf("WEBHOOK_PUBSUB_SUBSCRIPTION: %q is not projects/PROJECT/subscriptions/NAME", v))
	}
	c.KnowledgeMemoryMB = 1024
	intVar("KNOWLEDGE_MEMORY_MB", &c.KnowledgeMemoryMB)
	if c.KnowledgeMemoryMB <= 0 {
		errs = append(errs, fmt.Errorf("KNOWLEDGE_MEMORY_MB: %d is not a positive number of megabytes", c.KnowledgeMemoryMB))
	}
	c.TrustedProxyHops = clientip.DefaultHops
	intVar("TRUSTED_PROXY_HOPS", &c.TrustedProxyHops)
	c.ExpiringTokens = true
	if v := getenv("SHOPIFY_EXPIRING_TOKENS"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("SHOPIFY_EXPIRING_TOKENS: %w", err))
		}
		c.ExpiringTokens = b
	}
	if c.DataDir == "" {
		c.DataDir = "data"
	}
	if c.Scopes == "" {
		c.Scopes = DefaultScopes
	}
	if c.APIVersion == "" {
		c.APIVersion = shopify.DefaultAPIVersion
	}
	if !apiVersionRE.MatchString(c.APIVersion) {
		errs = append(errs, fmt.Errorf("SHOPIFY_API_VERSION %q: want a Shopify release such as %s (YYYY-01/04/07/10) or unstable",
			c.APIVersion, shopify.DefaultAPIVersion))
	}
	if c.LogLevel == "" {
		c.LogLevel = "info"
	}
	if c.Host == "" && c.Demo() {
		// Demo mode has no auth in front of the admin: keep it on loopback.
		c.Host = "127.0.0.1"
	}
	if c.AppURL == "" {
		h := c.Host
		if h == "" || h == "0.0.0.0" || h == "127.0.0.1" {
			h = "localhost"
		}
		c.AppURL = fmt.Sprintf("http://%s:%d", h, c.Port)
	}
	if err := errors.Join(errs...); err != nil {
		return c, err
	}
	return c, c.Validate()
}

// FromEnv loads the configuration from the process environment.
func FromEnv() (Config, error) { return Load(os.Getenv) }

// Validate checks the configuration is complete and consistent.
func (c Config) Validate() error {
	var errs []error
	if c.Port <= 0 || c.Port > 65535 {
		errs = append(errs, fmt.Errorf("PORT %d out of range", c.Port))
	}
	if (c.APIKey == "") != (c.APISecret == "") {
		errs = append(errs, errors.New("SHOPIFY_API_KEY and SHOPIFY_API_SECRET must be set together (both empty = demo mode)"))
	}
	if u, err := url.Parse(c.AppURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, fmt.Errorf("APP_URL %q must be an absolute http(s) URL", c.AppURL))
	} else if !c.Demo() && u.Scheme != "https" && !isLoopback(u.Hostname()) {
		errs = append(errs, fmt.Errorf("APP_URL %q must be https for a real Shopify app", c.AppURL))
	}
	if c.DatabaseURL != "" && !strings.HasPrefix(c.DatabaseURL, "postgres://") && !strings.HasPrefix(c.DatabaseURL, "postgresql://") {
		errs = append(errs, errors.New("DATABASE_URL must be a postgres:// URL (leave empty for the embedded SQLite file)"))
	}
	if !c.Demo() && c.EncryptionKey == "" {
		errs = append(errs, errors.New("ENCRYPTION_KEY is required with Shopify credentials (32 bytes, hex or base64)"))
	}
	if c.AdminURL != "" {
		if u, err := url.Parse(c.AdminURL); err != nil || u.Host == "" {
			errs = append(errs, fmt.Errorf("SHOPIFY_ADMIN_URL %q is not an absolute URL", c.AdminURL))
		}
	}
	if c.LLMBaseURL != "" {
		if u, err := url.Parse(c.LLMBaseURL); err != nil || u.Host == "" {
			errs = append(errs, fmt.Errorf("LLM_BASE_URL %q is not an absolute URL", c.LLMBaseURL))
		}
	}
	if c.SMTPURL != "" {
		if u, err := url.Parse(c.SMTPURL); err != nil || (u.Scheme != "smtp" && u.Scheme != "smtps") || u.Host == "" ||
			u.Query().Get("from") == "" {
			errs = append(errs, errors.New("SMTP_URL must look like smtp://user:pass@host:587?from=assistant@example.com"))
		}
	}
	switch strings.ToLower(c.LogLevel) {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("LOG_LEVEL %q must be debug, info, warn or error", c.LogLevel))
	}
	if c.ShutdownTimeout <= 0 {
		errs = append(errs, errors.New("SHUTDOWN_TIMEOUT must be positive"))
	}
	if c.Workers < 0 {
		errs = append(errs, errors.New("WORKERS must not be negative"))
	}
	if c.WebhookWorkers < 0 {
		errs = append(errs, errors.New("WEBHOOK_WORKERS must not be negative"))
	}
	if c.TrustedProxyHops < 0 || c.TrustedProxyHops > 10 {
		errs = append(errs, errors.New("TRUSTED_PROXY_HOPS must be between 0 and 10"))
	}
	return errors.Join(errs...)
}

// KeyFile is where demo mode keeps its generated encryption key.
func (c Config) KeyFile() string { return filepath.Join(c.DataDir, "encryption.key") }

// Addr is the listen address.
func (c Config) Addr() string { return fmt.Sprintf("%s:%d", c.Host, c.Port) }

func isLoopback(h string) bool { return h == "localhost" || h == "127.0.0.1" || h == "::1" }
