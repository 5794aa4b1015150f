package app

import (
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"shopassist/assistant"
)

const (
	// maxLongPoll caps how long GET /proxy/conversations/:id?after=&wait=
	// holds the request when nothing new exists. Shopify's app proxy does
	// not stream (no server-sent events through it), so the widget long
	// polls; 25 s stays under common proxy idle timeouts.
	maxLongPoll = 25 * time.Second
	// livePoll is how often a waiting request checks the database, so a
	// reply stored by another replica (whose in-process wake-up this one
	// never hears) still arrives within about a second.
	livePoll = time.Second
)

// proxyUpdates is the widget's long poll: the conversation's messages
// newer than ?after=<message id>, answered as soon as an agent reply
// exists or after ?wait=<seconds> (at most 25) with none.
func (a *App) proxyUpdates(c echo.Context) error {
	after, err := strconv.ParseInt(c.QueryParam("after"), 10, 64)
	if err != nil || after < 0 {
		return echo.NewHTTPError(http.StatusBadRequest, "after must be a message id.")
	}
	var wait time.Duration
	if w := c.QueryParam("wait"); w != "" {
		n, err := strconv.Atoi(w)
		if err != nil || n < 0 {
			return echo.NewHTTPError(http.StatusBadRequest, "wait must be a number of seconds.")
		}
		wait = min(time.Duration(n)*time.Second, maxLongPoll)
	}
	ctx := c.Request().Context()
	shop, customer, id, token := ShopFrom(c), c.Get(ctxCustomer).(int64), c.Param("id"), c.QueryParam("token")
	updates := func() (*assistant.History, error) {
		// assistant.ErrConversationNotFound becomes 404 in statusOf.
		return a.engine.Updates(ctx, shop, customer, id, token, after)
	}
	// Subscribe before the first read, so a reply stored between that read
	// and the wait still wakes this request (the id is only a map key until
	// updates authorizes it).
	var wake <-chan struct{}
	if wait > 0 {
		var stop func()
		wake, stop = a.live.Subscribe(id)
		defer stop()
	}
	h, err := updates()
	if err != nil {
		return err
	}
	if len(h.Messages) > 0 || wait == 0 {
		return c.JSON(http.StatusOK, h)
	}
	deadline := time.NewTimer(wait)
	defer deadline.Stop()
	tick := time.NewTicker(livePoll)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil // the shopper left the page; nobody reads an answer
		case <-deadline.C:
			return c.JSON(http.StatusOK, h)
		case <-wake:
		case <-tick.C:
			ok, err := a.store.HasAgentReplyAfter(ctx, id, after)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
		}
		if h, err = updates(); err != nil {
			return err
		}
		if len(h.Messages) > 0 {
			return c.JSON(http.StatusOK, h)
		}
	}
}
