package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"shopassist/channels"
	"shopassist/db"
	"shopassist/inbox"
	"shopassist/limits"
	"shopassist/views"
	"shopassist/views/adminlocale"
)

func (p *adminPages) conversations(c echo.Context) error {
	ctx := c.Request().Context()
	shop := ShopFrom(c)
	loc := shopLocation(shop)
	staff := staffID(c, p.cfg.Demo())
	d := views.ConversationList{Tab: c.QueryParam("tab")}
	if c.QueryParam("inbox") == "1" {
		d.Tab = db.InboxWaiting // the old inbox link
	}
	if d.Tab != db.InboxWaiting && d.Tab != db.InboxMine {
		d.Tab = db.InboxAll
	}
	d.Inbox = d.Tab != db.InboxAll
	fl := &d.Filters
	fl.Intents = views.Intents()
	var err error
	if fl.Languages, err = p.store.ConversationLanguages(ctx, shop.ID); err != nil {
		return err
	}
	yes := true
	const perPage = 25
	d.Page = 1
	if n, err := strconv.Atoi(c.QueryParam("page")); err == nil && n > 1 && n <= 1000 {
		d.Page = n
	}
	// One extra row tells whether an older page exists.
	f := db.AdminConversationFilter{Limit: perPage + 1, Offset: (d.Page - 1) * perPage}
	switch d.Tab {
	case db.InboxWaiting:
		nobody := ""
		f.Handoff, f.Unresolved, f.AssignedTo = &yes, true, &nobody
	case db.InboxMine:
		f.Unresolved, f.AssignedTo = true, &staff
	default:
		// Unknown filter values are ignored rather than rejected: they come
		// from a GET form and a stale bookmark should still open the list.
		if l := c.QueryParam("language"); slices.Contains(fl.Languages, l) {
			fl.Language, f.Language = l, l
		}
		fl.Channels = channelOptions(ctx)
		if ch := c.QueryParam("channel"); ch != "" && channels.Channel(ch).Valid() {
			fl.Channel, f.Channel = ch, ch
		}
		if it := c.QueryParam("intent"); slices.Contains(fl.Intents, it) {
			fl.Intent, f.Intent = it, it
		}
		switch c.QueryParam("handoff") {
		case "yes":
			fl.Handoff, f.Handoff = "yes", &yes
		case "no":
			no := false
			fl.Handoff, f.Handoff = "no", &no
		}
		if r := c.QueryParam("rating"); r == db.RatedUp || r == db.RatedDown || r == db.RatedNone {
			fl.Rating, f.Rating = r, r
		}
		fl.Unresolved = c.QueryParam("unresolved") != ""
		f.Unresolved = fl.Unresolved
	}
	rows, err := p.store.AdminConversations(ctx, shop.ID, f)
	if err != nil {
		return err
	}
	pageURL := func(n int) string {
		q := c.QueryParams()
		for _, k := range []string{"shop", "host", "embedded", "id_token"} {
			q.Del(k) // p.URL adds the embedded query back
		}
		q.Set("page", strconv.Itoa(n))
		return "/app/conversations?" + q.Encode()
	}
	if len(rows) > perPage {
		rows = rows[:perPage]
		d.NextURL = pageURL(d.Page + 1)
	}
	if d.Page > 1 {
		d.PrevURL = pageURL(d.Page - 1)
	}
	counts, err := p.store.InboxCounts(ctx, shop.ID, staff)
	if err != nil {
		return err
	}
	d.Waiting, d.Mine, d.Stamp = int(counts.Waiting), int(counts.Mine), counts.Stamp
	ids := make([]string, len(rows))
	for i, cv := range rows {
		ids[i] = cv.ID
	}
	previews, err := p.store.FirstShopperMessages(ctx, shop.ID, ids)
	if err != nil {
		return err
	}
	topics, err := p.store.MainIntents(ctx, shop.ID, ids)
	if err != nil {
		return err
	}
	names, err := p.store.StaffNames(ctx, shop.ID)
	if err != nil {
		return err
	}
	for _, cv := range rows {
		preview := firstNonEmpty(truncateRunes(previews[cv.ID], 120), tr(ctx, "conv.no_messages"))
		d.Rows = append(d.Rows, views.ConversationRow{ID: cv.ID, Language: firstNonEmpty(cv.Language, "?"),
			Intent: firstNonEmpty(topics[cv.ID], cv.LastIntent), Status: cv.Status, When: when(ctx, cv.LastMessageAt, loc),
			Preview: preview, Handoff: cv.Handoff, Rating: cv.Rating, Messages: cv.MessageCount,
			Assignee: staffName(ctx, cv.AssignedTo, staff, names), Channel: channelBadge(cv.Channel)})
	}
	if n, err := strconv.Atoi(c.QueryParam("deleted")); err == nil && n > 0 {
		d.Notice = adminlocale.N(ctx, "conv.deleted", n)
	}
	title := tr(c.Request().Context(), "nav.conversations")
	return render(c, http.StatusOK, views.Conversations(p.page(c, title, "conversations"), d))
}

// demoStaff is the staff id in demo mode, which has no session token.
const demoStaff = "demo"

// staffID is the staff member using the admin: the session token's sub.
func staffID(c echo.Context, demo bool) string {
	if s := SessionFrom(c); s != nil && s.UserID != "" {
		return s.UserID
	}
	if demo {
		return demoStaff
	}
	return ""
}

// staffName names an assignee for the viewer: "You", the name they chose,
// or the staff id Shopify gives.
func staffName(ctx context.Context, id, viewer string, names map[string]string) string {
	switch {
	case id == "":
		return ""
	case id == viewer:
		return tr(ctx, "conv.role_agent")
	case names[id] != "":
		return names[id]
	}
	return tr(ctx, "conv.staff_member", id)
}

// inboxState is polled by the open admin (every few seconds) so the inbox
// and an open conversation update without a reload.
func (p *adminPages) inboxState(c echo.Context) error {
	shop := ShopFrom(c)
	counts, err := p.store.InboxCounts(c.Request().Context(), shop.ID, staffID(c, p.cfg.Demo()))
	if err != nil {
		return err
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.JSON(http.StatusOK, counts)
}

func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// transcriptData loads a conversation of the authenticated shop; an id of
// another shop is a 404.
func (p *adminPages) transcriptData(c echo.Context) (views.TranscriptData, error) {
	ctx := c.Request().Context()
	shop := ShopFrom(c)
	loc := shopLocation(shop)
	id := c.Param("id")
	staff := staffID(c, p.cfg.Demo())
	cv, err := p.store.GetConversation(ctx, shop.ID, id)
	if err != nil {
		return views.TranscriptData{}, notFound(c.Request().Context(), err, "err.not_found.conversation")
	}
	msgs, err := p.store.ConversationMessages(ctx, shop.ID, id)
	if err != nil {
		return views.TranscriptData{}, notFound(c.Request().Context(), err, "err.not_found.conversation")
	}
	merchant := firstNonEmpty(shop.PrimaryLocale, "en")
	translations, err := p.store.ConversationTranslations(ctx, shop.ID, id, merchant)
	if err != nil {
		return views.TranscriptData{}, err
	}
	p.translateMissing(ctx, shop.ID, merchant, msgs, translations)
	names, err := p.store.StaffNames(ctx, shop.ID)
	if err != nil {
		return views.TranscriptData{}, err
	}
	counts, err := p.store.InboxCounts(ctx, shop.ID, staff)
	if err != nil {
		return views.TranscriptData{}, err
	}
	topics, err := p.store.MainIntents(ctx, shop.ID, []string{id})
	if err != nil {
		return views.TranscriptData{}, err
	}
	d := views.TranscriptData{ID: cv.ID, Language: firstNonEmpty(cv.Language, "?"), LanguageName: views.LanguageName(ctx, cv.Language),
		MerchantLanguage: merchant, Status: cv.Status, Started: when(ctx, cv.CreatedAt, loc), Customer: firstNonEmpty(cv.CustomerEmail, cv.CustomerPhone),
		Handoff: cv.Handoff, HandoffReason: cv.HandoffReason, HandoffSummary: cv.HandoffSummary, Errors: views.Errors{},
		ReplyLanguage: firstNonEmpty(cv.Language, merchant), Topic: views.IntentLabel(ctx, firstNonEmpty(topics[id], cv.LastIntent)),
		Assignee: staffName(ctx, cv.AssignedTo, staff, names), AssignedToMe: cv.AssignedTo != "" && cv.AssignedTo == staff,
		Stamp: counts.Stamp, CanTranslate: p.translate != nil}
	if d.CanTranslate {
		// With a model the agent writes in their own language by default
		// and the reply is translated for the shopper.
		d.ReplyLanguage = merchant
	}
	replyLangs := []string{d.ReplyLanguage, firstNonEmpty(cv.Language, merchant)}
	if !slices.Contains(replyLangs, merchant) {
		replyLangs = append(replyLangs, merchant)
	}
	replyLangs = slices.Compact(replyLangs)
	d.ReplyLanguages = languageOptions(ctx, replyLangs)
	var turns []inbox.Turn
	for _, m := range msgs {
		mv := views.MessageView{Role: m.Role, Text: m.Text, Language: m.Language, Intent: m.Intent, When: when(ctx, m.CreatedAt, loc),
			Rating: m.Rating}
		if m.Role == db.RoleShopper && m.IntentConfidence > 0 {
			mv.Confidence = percent(m.IntentConfidence, 1)
		}
		// A translation into the language the message is already in (an
		// agent reply's original) is not shown as one.
		if t, ok := translations[m.ID]; ok && baseLang(m.Language) != baseLang(merchant) {
			mv.Translation, mv.TranslationLang, mv.TranslationSource = t.Text, merchant, t.Source
		}
		for _, card := range m.Cards.V {
			if card.Title != "" {
				mv.Cards = append(mv.Cards, card.Title)
			} else if card.OrderName != "" {
				mv.Cards = append(mv.Cards, tr(ctx, "conv.order_card", card.OrderName))
			}
		}
		d.Messages = append(d.Messages, mv)
		turns = append(turns, inbox.Turn{Role: m.Role, Text: m.Text, Translated: mv.Translation})
	}
	notes, err := p.store.ConversationNotes(ctx, shop.ID, id)
	if err != nil {
		return views.TranscriptData{}, err
	}
	for _, n := range notes {
		d.Notes = append(d.Notes, views.NoteView{Author: firstNonEmpty(staffName(ctx, n.AuthorID, staff, names), tr(ctx, "conv.staff")),
			When: when(ctx, n.CreatedAt, loc), Text: n.Text})
	}
	shopperConvs, err := p.store.ShopperConversationIDs(ctx, shop.ID, cv)
	if err != nil {
		return views.TranscriptData{}, err
	}
	d.ShopperConversations = len(shopperConvs)
	d.ExportFilename = shopperExportFilename(cv.ID)
	state := cv.State.V
	if d.Panel, err = p.customerPanel(ctx, shop, cv, state.Verified, loc); err != nil {
		return views.TranscriptData{}, err
	}
	verified := ""
	if state.Current != 0 {
		verified = "#" + strconv.FormatInt(state.Current, 10)
	}
	if cv.Handoff {
		sum := inbox.Summarize(inbox.SummaryInput{VerifiedOrder: verified, Turns: turns})
		known := cv.Language != "" && cv.Language != "?"
		d.Summary = views.HandoffSummary{Headline: handoffHeadline(ctx, cv.HandoffReason, d.Topic, d.LanguageName, known, verified),
			Asked: sum.Asked, AskedTranslated: sum.AskedTranslated,
			BotSaid: sum.BotSaid, BotSaidTranslated: sum.BotSaidTranslated, VerifiedOrder: sum.VerifiedOrder}
	}
	replies, err := p.savedReplies(ctx, shop.ID)
	if err != nil {
		return views.TranscriptData{}, err
	}
	for _, r := range replies {
		label := replyTitle(ctx, r)
		if _, lang, own, ok := inbox.Pick(r.Texts, cv.Language, merchant); !ok {
			continue
		} else if !own {
			label += " " + tr(ctx, "conv.only_in", views.LanguageName(ctx, lang))
		}
		d.SavedReplies = append(d.SavedReplies, views.Option{Value: r.Ref(), Label: label})
	}
	if d.Emails, err = p.emailViews(ctx, shop, cv); err != nil {
		return views.TranscriptData{}, err
	}
	return d, nil
}

// maxTranslationsPerView bounds the model calls one page view makes; the
// rest are translated on the next view (each result is stored).
const maxTranslationsPerView = 12

// translateMissing asks the model (when configured) for the merchant's
// language version of messages that have none yet and stores each one, so
// every message is translated once. A failure leaves that message
// untranslated on this view: the original is always shown.
func (p *adminPages) translateMissing(ctx context.Context, shopID int64, merchant string, msgs []db.Message, have map[int64]db.MessageTranslation) {
	if p.translate == nil {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	done := 0
	for _, m := range msgs {
		if _, ok := have[m.ID]; ok || m.Language == "" || baseLang(m.Language) == baseLang(merchant) || done == maxTranslationsPerView {
			continue
		}
		done++
		text, err := p.translate.Translate(ctx, m.Language, merchant, m.Text)
		if err == nil {
			err = p.store.SaveMessageTranslationFrom(ctx, shopID, m.ID, merchant, text, db.TranslationMachine)
		}
		if err != nil {
			// The message text stays out of the log (it is personal).
			p.log.Warn("inbox translation", "message", m.ID, "from", m.Language, "to", merchant, "err", err)
			if ctx.Err() != nil {
				return
			}
			continue
		}
		have[m.ID] = db.MessageTranslation{MessageID: m.ID, Language: merchant, Text: text, Source: db.TranslationMachine}
	}
}

// customerPanel gathers the shopper's contacts and orders: those of the
// logged-in customer or the contact email, plus the orders verified in the
// chat, newest first.
// contactNote says where a contact on the shopper record came from; empty
// for a contact the record does not hold.
func contactNote(shown, onRecord string, verified bool) string {
	switch {
	case shown == "" || !strings.EqualFold(shown, onRecord):
		return ""
	case verified:
		return "verified by an order"
	default:
		return "given in the chat, not verified"
	}
}

func (p *adminPages) customerPanel(ctx context.Context, shop *db.Shop, cv *db.Conversation, verified []int64, loc *time.Location) (views.CustomerPanel, error) {
	panel := views.CustomerPanel{Email: cv.CustomerEmail, Phone: cv.CustomerPhone}
	switch sh, err := p.store.ShopperByContact(ctx, shop.ID, cv.CustomerEmail, cv.CustomerPhone); {
	case err == nil:
		// The record may hold the contact this conversation lacks (given
		// in another chat of the same shopper).
		panel.Email, panel.Phone = firstNonEmpty(panel.Email, sh.Email), firstNonEmpty(panel.Phone, sh.Phone)
		panel.EmailNote, panel.PhoneNote = contactNote(panel.Email, sh.Email, sh.EmailVerified), contactNote(panel.Phone, sh.Phone, sh.PhoneVerified)
		panel.OnRecordSince = when(ctx, sh.CreatedAt, loc)
	case !errors.Is(err, db.ErrNotFound):
		return panel, err
	}
	orders, err := p.store.ListCustomerOrders(ctx, shop.ID, cv.CustomerID, cv.CustomerEmail, 10)
	if err != nil {
		return panel, err
	}
	seen := map[int64]bool{}
	for _, o := range orders {
		seen[o.OrderNumber] = true
	}
	for _, n := range verified {
		if seen[n] {
			continue
		}
		o, err := p.store.GetOrderByNumber(ctx, shop.ID, n)
		if errors.Is(err, db.ErrNotFound) {
			continue // deleted since the chat verified it
		}
		if err != nil {
			return panel, err
		}
		orders = append(orders, *o)
	}
	handle, _, _ := strings.Cut(shop.Domain, ".")
	for i := range orders {
		o := &orders[i]
		if o.Returns == nil {
			if err := p.store.LoadOrderParts(ctx, o, db.OrderParts{Returns: true}); err != nil {
				return panel, err
			}
		}
		panel.Name = firstNonEmpty(panel.Name, o.CustomerName)
		panel.Email = firstNonEmpty(panel.Email, o.Email)
		panel.Phone = firstNonEmpty(panel.Phone, o.Phone)
		ov := views.OrderView{Name: o.Name, Total: strings.TrimSpace(o.TotalPrice + " " + o.Currency),
			Financial: o.FinancialStatus, Fulfillment: firstNonEmpty(o.FulfillmentStatus, "unfulfilled"),
			Verified: slices.Contains(verified, o.OrderNumber)}
		if o.ShopifyID != 0 {
			ov.AdminURL = "https://admin.shopify.com/store/" + url.PathEscape(handle) + "/orders/" + strconv.FormatInt(o.ShopifyID, 10)
		}
		if o.ProcessedAt != nil {
			ov.Placed = when(ctx, *o.ProcessedAt, loc)
		} else if o.ShopifyCreatedAt != nil {
			ov.Placed = when(ctx, *o.ShopifyCreatedAt, loc)
		}
		if o.CancelledAt != nil {
			ov.Fulfillment = "cancelled"
		}
		for _, f := range o.Fulfillments {
			sv := views.ShipmentView{Status: firstNonEmpty(f.ShipmentStatus, f.Status), Carrier: f.TrackingCompany}
			if len(f.TrackingNumbers.V) > 0 {
				sv.Number = f.TrackingNumbers.V[0]
			}
			if len(f.TrackingURLs.V) > 0 && strings.HasPrefix(f.TrackingURLs.V[0], "https://") {
				sv.URL = f.TrackingURLs.V[0]
			}
			ov.Shipments = append(ov.Shipments, sv)
		}
		for _, r := range o.Returns {
			ov.Returns = append(ov.Returns, strings.TrimSpace(firstNonEmpty(r.Name, "Return")+" · "+strings.ToLower(r.Status)))
		}
		panel.Orders = append(panel.Orders, ov)
	}
	return panel, nil
}

func baseLang(code string) string {
	b, _, _ := strings.Cut(strings.ToLower(code), "-")
	return b
}

func (p *adminPages) transcriptPage(c echo.Context) views.Page {
	pg := p.page(c, tr(c.Request().Context(), "page.conversation"), "conversations")
	pg.Back, pg.BackLabel = "/app/conversations", tr(c.Request().Context(), "nav.conversations")
	return pg
}

func (p *adminPages) transcript(c echo.Context) error {
	d, err := p.transcriptData(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	switch c.QueryParam("done") {
	case "reply":
		d.Notice = tr(ctx, "conv.n_reply")
	case "reply-translated":
		d.Notice = tr(ctx, "conv.n_reply_translated", d.LanguageName)
	case "saved-reply":
		d.Notice = tr(ctx, "conv.n_saved_reply")
	case "resolved":
		d.Notice = tr(ctx, "conv.n_resolved")
	case "reopened":
		d.Notice = tr(ctx, "conv.n_reopened")
	case "assigned":
		d.Notice = tr(ctx, "conv.n_assigned")
	case "unassigned":
		d.Notice = tr(ctx, "conv.n_unassigned")
	case "note":
		d.Notice = tr(ctx, "conv.n_note")
	}
	return render(c, http.StatusOK, views.Transcript(p.transcriptPage(c), d))
}

// done redirects to the conversation with a notice.
func (p *adminPages) done(c echo.Context, id, what string) error {
	return p.seeOther(c, p.page(c, "", "").URL("/app/conversations/"+id+"?done="+what))
}

// assign takes the conversation (to=me) or puts it back (to=nobody).
func (p *adminPages) assign(c echo.Context) error {
	shop := ShopFrom(c)
	id := c.Param("id")
	staff, what := staffID(c, p.cfg.Demo()), "assigned"
	switch c.FormValue("to") {
	case "me":
		if staff == "" {
			return echo.NewHTTPError(http.StatusForbidden, tr(c.Request().Context(), "conv.err_session"))
		}
	case "nobody":
		staff, what = "", "unassigned"
	default:
		return echo.NewHTTPError(http.StatusBadRequest, tr(c.Request().Context(), "conv.err_assign"))
	}
	if err := p.store.AssignConversation(c.Request().Context(), shop.ID, id, staff); err != nil {
		return notFound(c.Request().Context(), err, "err.not_found.conversation")
	}
	return p.done(c, id, what)
}

// note adds an internal note (never shown to the shopper).
func (p *adminPages) note(c echo.Context) error {
	text := strings.TrimSpace(c.FormValue("note"))
	if n := len([]rune(text)); n == 0 || n > limits.InternalNote {
		d, err := p.transcriptData(c)
		if err != nil {
			return err
		}
		d.Note = text
		d.Errors["note"] = tr(c.Request().Context(), "conv.err_note", limits.InternalNote)
		return render(c, http.StatusUnprocessableEntity, views.Transcript(p.transcriptPage(c), d))
	}
	shop := ShopFrom(c)
	id := c.Param("id")
	if _, err := p.store.AddConversationNote(c.Request().Context(), shop.ID, id, staffID(c, p.cfg.Demo()), text, p.now()); err != nil {
		return notFound(c.Request().Context(), err, "err.not_found.conversation")
	}
	return p.done(c, id, "note")
}

func (p *adminPages) reopen(c echo.Context) error {
	shop := ShopFrom(c)
	id := c.Param("id")
	if err := p.store.ReopenConversation(c.Request().Context(), shop.ID, id); err != nil {
		return notFound(c.Request().Context(), err, "err.not_found.conversation")
	}
	return p.done(c, id, "reopened")
}

// sendSavedReply sends a saved reply in the shopper's language (the
// merchant's language when the reply has no such text), and keeps the
// merchant-language version as the message's translation so the transcript
// shows what was said.
func (p *adminPages) sendSavedReply(c echo.Context) error {
	ctx := c.Request().Context()
	shop := ShopFrom(c)
	id := c.Param("id")
	cv, err := p.store.GetConversation(ctx, shop.ID, id)
	if err != nil {
		return notFound(c.Request().Context(), err, "err.not_found.conversation")
	}
	replies, err := p.savedReplies(ctx, shop.ID)
	if err != nil {
		return err
	}
	r, ok := inbox.Find(replies, c.FormValue("saved_reply"))
	if !ok {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, tr(c.Request().Context(), "conv.err_saved_reply"))
	}
	merchant := firstNonEmpty(shop.PrimaryLocale, "en")
	text, lang, _, ok := inbox.Pick(r.Texts, cv.Language, merchant)
	if !ok {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, tr(c.Request().Context(), "conv.err_saved_reply_lang"))
	}
	m, err := p.sendAgentReply(ctx, shop.ID, id, text, lang)
	if err != nil {
		return err
	}
	if orig, olang, _, ok := inbox.Pick(r.Texts, merchant, ""); ok && olang != lang {
		if err := p.store.SaveMessageTranslationFrom(ctx, shop.ID, m.ID, merchant, orig, db.TranslationOriginal); err != nil {
			return err
		}
	}
	return p.done(c, id, "saved-reply")
}

// setStaffName records the name the viewer wants shown as assignee.
func (p *adminPages) setStaffName(c echo.Context) error {
	name := strings.TrimSpace(c.FormValue("name"))
	if n := len([]rune(name)); n == 0 || n > 80 {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, tr(c.Request().Context(), "conv.err_name", 80))
	}
	staff := staffID(c, p.cfg.Demo())
	if staff == "" {
		return echo.NewHTTPError(http.StatusForbidden, tr(c.Request().Context(), "conv.err_session"))
	}
	if err := p.store.SetStaffName(c.Request().Context(), ShopFrom(c).ID, staff, name); err != nil {
		return err
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/conversations?tab=mine"))
}

func (p *adminPages) reply(c echo.Context) error {
	d, err := p.transcriptData(c)
	if err != nil {
		return err
	}
	shop := ShopFrom(c)
	d.Reply = strings.TrimSpace(c.FormValue("text"))
	lang := c.FormValue("language")
	valid := false
	for _, o := range d.ReplyLanguages {
		valid = valid || o.Value == lang
	}
	if valid {
		d.ReplyLanguage = lang
	} else {
		d.Errors["language"] = tr(c.Request().Context(), "conv.err_language")
	}
	switch n := len([]rune(d.Reply)); {
	case n == 0:
		d.Errors["text"] = tr(c.Request().Context(), "conv.err_reply_empty")
	case n > limits.AgentReply:
		d.Errors["text"] = tr(c.Request().Context(), "conv.err_reply_long", limits.AgentReply)
	}
	if d.Errors.Any() {
		return render(c, http.StatusUnprocessableEntity, views.Transcript(p.transcriptPage(c), d))
	}
	ctx := c.Request().Context()
	send, sendLang := d.Reply, d.ReplyLanguage
	shopperLang := d.Language
	if p.translate != nil && shopperLang != "?" && baseLang(d.ReplyLanguage) != baseLang(shopperLang) {
		t, err := p.translate.Translate(ctx, d.ReplyLanguage, shopperLang, d.Reply)
		if err != nil {
			p.log.Warn("inbox reply translation", "conversation", d.ID, "to", shopperLang, "err", err)
			d.Errors["text"] = tr(ctx, "conv.err_translate", d.LanguageName, tr(ctx, "conv.written_in"))
			return render(c, http.StatusBadGateway, views.Transcript(p.transcriptPage(c), d))
		}
		send, sendLang = t, shopperLang
	}
	m, err := p.sendAgentReply(ctx, shop.ID, d.ID, send, sendLang)
	if err != nil {
		return err
	}
	if sendLang != d.ReplyLanguage {
		// Keep the agent's own words beside what the shopper received.
		if err := p.store.SaveMessageTranslationFrom(ctx, shop.ID, m.ID, d.ReplyLanguage, d.Reply, db.TranslationOriginal); err != nil {
			return err
		}
		return p.done(c, d.ID, "reply-translated")
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/conversations/"+d.ID+"?done=reply"))
}

func (p *adminPages) resolve(c echo.Context) error {
	shop := ShopFrom(c)
	id := c.Param("id")
	if err := p.store.ResolveConversation(c.Request().Context(), shop.ID, id); err != nil {
		return notFound(c.Request().Context(), err, "err.not_found.conversation")
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/conversations/"+id+"?done=resolved"))
}

// shopperConversations loads the conversation of the URL and the ids of all
// conversations of its shopper.
func (p *adminPages) shopperConversations(c echo.Context) (*db.Conversation, []string, error) {
	ctx := c.Request().Context()
	shop := ShopFrom(c)
	cv, err := p.store.GetConversation(ctx, shop.ID, c.Param("id"))
	if err != nil {
		return nil, nil, notFound(c.Request().Context(), err, "err.not_found.conversation")
	}
	ids, err := p.store.ShopperConversationIDs(ctx, shop.ID, cv)
	if err != nil {
		return nil, nil, err
	}
	return cv, ids, nil
}

// exportShopper downloads the shopper's conversations as JSON (a shopper's
// access request made to the merchant directly, not through Shopify).
func (p *adminPages) exportShopper(c echo.Context) error {
	cv, ids, err := p.shopperConversations(c)
	if err != nil {
		return err
	}
	doc, err := p.store.ExportShopperConversations(c.Request().Context(), ShopFrom(c).ID, db.ShopperOf(cv), ids, p.now())
	if err != nil {
		return err
	}
	body, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return fmt.Errorf("encode shopper export: %w", err)
	}
	h := c.Response().Header()
	h.Set("Content-Disposition", `attachment; filename="`+shopperExportFilename(cv.ID)+`"`)
	h.Set("Cache-Control", "no-store")
	return c.Blob(http.StatusOK, echo.MIMEApplicationJSON, body)
}

func shopperExportFilename(id string) string {
	return "shopper-conversations-" + id + ".json"
}

// deleteShopper deletes every conversation of the shopper (an erasure
// request made to the merchant directly); orders stay, they are Shopify's.
func (p *adminPages) deleteShopper(c echo.Context) error {
	_, ids, err := p.shopperConversations(c)
	if err != nil {
		return err
	}
	if _, err := p.store.DeleteShopperConversations(c.Request().Context(), ShopFrom(c).ID, ids); err != nil {
		return err
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/conversations?deleted="+strconv.Itoa(len(ids))))
}

// handoffHeadline says in one line, in the merchant's admin language, who
// is waiting, about what, why a person is needed and which order is
// verified as theirs. Each clause is one catalog entry that carries its
// own separator (" " and "; " in English, " · " elsewhere), so no
// language's grammar is assembled from English word order.
func handoffHeadline(ctx context.Context, reason, topic, languageName string, languageKnown bool, verified string) string {
	var b strings.Builder
	if languageKnown && languageName != "" {
		b.WriteString(tr(ctx, "sum.who", languageName))
	} else {
		b.WriteString(tr(ctx, "sum.who_unknown"))
	}
	if topic != "" && topic != "—" {
		if adminlocale.Lang(ctx) == "en" {
			topic = strings.ToLower(topic)
		}
		b.WriteString(tr(ctx, "sum.topic", topic))
	}
	if reason != "" {
		key := "sum.reason." + reason
		if adminlocale.Has(key) {
			b.WriteString(tr(ctx, key))
		} else {
			b.WriteString(" " + strings.ReplaceAll(reason, "_", " "))
		}
	}
	if verified != "" {
		b.WriteString(tr(ctx, "sum.verified", verified))
	}
	b.WriteString(tr(ctx, "sum.end"))
	return b.String()
}
