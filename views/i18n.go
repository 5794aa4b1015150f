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
