package app

import (
	"context"

	"github.com/labstack/echo/v4"

	"shopassist/demo/demoweb"
)

// registerDemo wires demo mode's pages (package demoweb) to the app: its
// handler for the signed forwards, the derived secrets, the fake Graph API.
func (a *App) registerDemo(e *echo.Echo) {
	cfg := demoweb.Config{Store: a.store, Now: a.now, App: e, ProxySecret: a.proxySecret(),
		Graph: a.channelParts.graph, MetaAppSecret: a.metaAppSecret(), WhatsAppPhoneID: DemoWhatsAppPhoneID}
	if !a.cfg.RunsWorkers() {
		cfg.ProcessMeta = func(ctx context.Context) error { return a.channelParts.meta.ProcessPending(ctx) }
	}
	demoweb.New(cfg).Register(e)
}
