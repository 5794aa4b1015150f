package app

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"shopassist/agentmcp"
	"shopassist/db"
	"shopassist/views"
)

// agentEndpoint is the MCP server for outside AI agents (POST/GET/DELETE
// /mcp), authenticated by the shop's agent tokens rather than Shopify's
// app-proxy signature: agents call the app directly.
func (a *App) agentEndpoint() http.Handler {
	return agentmcp.New(agentmcp.Options{Store: a.store, Engine: a.engine, Now: a.now, Logger: a.log,
		ClientIP: a.shopperIP, Version: "1", OnHandoff: a.notifyHandoff})
}

// agents lists the shop's agent tokens (GET /app/agents).
func (p *adminPages) agents(c echo.Context) error {
	return p.renderAgents(c, http.StatusOK, views.AgentsData{})
}

func (p *adminPages) renderAgents(c echo.Context, status int, d views.AgentsData) error {
	shop := ShopFrom(c)
	ctx := c.Request().Context()
	list, err := p.store.AgentTokens(ctx, shop.ID)
	if err != nil {
		return err
	}
	loc := shopLocation(shop)
	d.Endpoint = p.cfg.AppURL + "/mcp"
	for _, t := range list {
		row := views.AgentTokenRow{ID: t.ID, Name: t.Name, Created: when(ctx, t.CreatedAt, loc), LastUsed: tr(ctx, "agents.never"),
			Revoked: t.RevokedAt != nil}
		if t.LastUsedAt != nil {
			row.LastUsed = when(ctx, *t.LastUsedAt, loc)
		}
		d.Tokens = append(d.Tokens, row)
	}
	return render(c, status, views.Agents(p.page(c, tr(c.Request().Context(), "page.agents"), "agents"), d))
}

// createAgentToken makes a token and shows it once (POST
// /app/agents/tokens): the page is answered directly, not redirected, so
// the clear token never lands in a URL or the browser history.
func (p *adminPages) createAgentToken(c echo.Context) error {
	name := c.FormValue("name")
	token, t, err := p.store.CreateAgentToken(c.Request().Context(), ShopFrom(c).ID, name, p.now())
	if errors.Is(err, db.ErrAgentTokenName) {
		return p.renderAgents(c, http.StatusUnprocessableEntity, views.AgentsData{Error: tr(c.Request().Context(), "agents.err_name")})
	}
	if err != nil {
		return err
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return p.renderAgents(c, http.StatusOK, views.AgentsData{NewToken: token, NewTokenName: t.Name})
}

// revokeAgentToken stops a token (POST /app/agents/tokens/:id/revoke).
func (p *adminPages) revokeAgentToken(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, tr(c.Request().Context(), "err.not_found.token"))
	}
	if err := p.store.RevokeAgentToken(c.Request().Context(), ShopFrom(c).ID, id, p.now()); err != nil {
		return notFound(c.Request().Context(), err, "err.not_found.token")
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/agents"))
}
