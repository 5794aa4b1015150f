package views

import (
	"context"

	"shopassist/views/adminlocale"
)

// t is the templates' shorthand for the admin text of key in the request's
// language (see adminlocale).
func t(ctx context.Context, key string, args ...any) string {
	return adminlocale.T(ctx, key, args...)
}

// tn is t with a plural choice on n (keys key.one and key.other).
func tn(ctx context.Context, key string, n int, args ...any) string {
	return adminlocale.N(ctx, key, n, args...)
}

// num writes a count with the admin language's digit grouping.
func num(ctx context.Context, n int) string { return adminlocale.Int(ctx, int64(n)) }

// pct writes a whole percentage (0–100) the admin language's way.
func pct(ctx context.Context, n int) string { return adminlocale.Percent(ctx, float64(n)/100) }

// statusLabel names a status word (conversation, webhook, sync, job) in
// the admin's language; an unknown word is shown as it is.
func statusLabel(ctx context.Context, status string) string {
	if key := "status." + status; adminlocale.Has(key) {
		return t(ctx, key)
	}
	return status
}

// sourceKind names the kind of a knowledge source (policy, page, FAQ,
// product) in the admin's language.
func sourceKind(ctx context.Context, kind string) string {
	if key := "source." + kind; adminlocale.Has(key) {
		return t(ctx, key)
	}
	return kind
}
