package app

import (
	"context"
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"shopassist/channels"
	"shopassist/db"
)

// registerChannels builds the channel router on the assistant engine.
// Channel protocols register their senders on a.channels.
func (a *App) registerChannels(context.Context) error {
	a.channels = channels.NewRouter(a.store, a.engine, channels.Options{Logger: a.log, Now: a.now})
	return nil
}

// Channels exposes the channel router (tests, channel components).
func (a *App) Channels() *channels.Router { return a.channels }

// sendAgentReply stores an agent reply; on a channel conversation it is
// first delivered on that channel (and not stored when that fails).
func (p *adminPages) sendAgentReply(ctx context.Context, shopID int64, conversationID, text, language string) (*db.Message, error) {
	cv, err := p.store.GetConversation(ctx, shopID, conversationID)
	if err != nil {
		return nil, notFound(err, "Conversation")
	}
	if cv.Channel == "" || cv.Channel == db.ChannelWeb {
		m, err := p.store.AddAgentReply(ctx, shopID, conversationID, text, language, p.now())
		if err != nil {
			return nil, notFound(err, "Conversation")
		}
		return m, nil
	}
	m, err := p.channels.DeliverAgentReply(ctx, cv, text, language)
	switch {
	case errors.Is(err, channels.ErrOutsideWindow):
		return nil, echo.NewHTTPError(http.StatusConflict, "The shopper last wrote on "+channels.Channel(cv.Channel).Label()+
			" more than 24 hours ago, so only an approved message template can be sent, and none is set for agent replies. "+
			"Set one under Settings → Channels, or wait until the shopper writes again.")
	case errors.Is(err, channels.ErrNoAccount):
		return nil, echo.NewHTTPError(http.StatusConflict, "No "+channels.Channel(cv.Channel).Label()+
			" account is connected, so the reply cannot be delivered. Connect it under Settings → Channels.")
	case errors.Is(err, channels.ErrSend):
		p.log.WarnContext(ctx, "channel agent reply not delivered", "conversation", conversationID, "channel", cv.Channel, "err", err)
		return nil, echo.NewHTTPError(http.StatusBadGateway, channels.Channel(cv.Channel).Label()+
			" did not accept the reply, so nothing was sent. Try again; the channel's health shows the error.")
	case err != nil:
		return nil, err
	}
	return m, nil
}
