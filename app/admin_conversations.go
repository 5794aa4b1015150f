package app

import (
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"shopassist/db"
	"shopassist/views"
)

const maxReply = 2000

func (p *adminPages) conversations(c echo.Context) error {
	ctx := c.Request().Context()
	shop := ShopFrom(c)
	loc := shopLocation(shop)
	d := views.ConversationList{Inbox: c.QueryParam("inbox") == "1"}
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
	if d.Inbox {
		f.Handoff, f.Unresolved = &yes, true
	} else {
		// Unknown filter values are ignored rather than rejected: they come
		// from a GET form and a stale bookmark should still open the list.
		if l := c.QueryParam("language"); slices.Contains(fl.Languages, l) {
			fl.Language, f.Language = l, l
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
	waiting, err := p.store.AdminConversations(ctx, shop.ID, db.AdminConversationFilter{Handoff: &yes, Unresolved: true, Limit: 100})
	if err != nil {
		return err
	}
	d.Waiting = len(waiting)
	ids := make([]string, len(rows))
	for i, cv := range rows {
		ids[i] = cv.ID
	}
	previews, err := p.store.FirstShopperMessages(ctx, shop.ID, ids)
	if err != nil {
		return err
	}
	for _, cv := range rows {
		preview := firstNonEmpty(cv.HandoffSummary, truncateRunes(previews[cv.ID], 120), "(no messages)")
		d.Rows = append(d.Rows, views.ConversationRow{ID: cv.ID, Language: firstNonEmpty(cv.Language, "?"), Intent: cv.LastIntent,
			Status: cv.Status, When: when(cv.LastMessageAt, loc), Preview: preview,
			Handoff: cv.Handoff, Rating: cv.Rating, Messages: cv.MessageCount})
	}
	title := "Conversations"
	return render(c, http.StatusOK, views.Conversations(p.page(c, title, "conversations"), d))
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
	cv, err := p.store.GetConversation(ctx, shop.ID, id)
	if err != nil {
		return views.TranscriptData{}, notFound(err, "Conversation")
	}
	msgs, err := p.store.ConversationMessages(ctx, shop.ID, id)
	if err != nil {
		return views.TranscriptData{}, notFound(err, "Conversation")
	}
	merchant := firstNonEmpty(shop.PrimaryLocale, "en")
	var translations map[int64]string
	if baseLang(cv.Language) != baseLang(merchant) {
		if translations, err = p.store.MessageTranslations(ctx, shop.ID, id, merchant); err != nil {
			return views.TranscriptData{}, err
		}
	}
	d := views.TranscriptData{ID: cv.ID, Language: firstNonEmpty(cv.Language, "?"), LanguageName: views.LanguageName(cv.Language),
		MerchantLanguage: merchant, Status: cv.Status, Started: when(cv.CreatedAt, loc), Customer: firstNonEmpty(cv.CustomerEmail, cv.CustomerPhone),
		Handoff: cv.Handoff, HandoffReason: cv.HandoffReason, HandoffSummary: cv.HandoffSummary, Errors: views.Errors{},
		ReplyLanguage: firstNonEmpty(cv.Language, merchant)}
	replyLangs := []string{d.ReplyLanguage}
	if !slices.Contains(replyLangs, merchant) {
		replyLangs = append(replyLangs, merchant)
	}
	d.ReplyLanguages = languageOptions(replyLangs)
	for _, m := range msgs {
		mv := views.MessageView{Role: m.Role, Text: m.Text, Language: m.Language, Intent: m.Intent, When: when(m.CreatedAt, loc),
			Rating: m.Rating}
		if m.Role == db.RoleShopper && m.IntentConfidence > 0 {
			mv.Confidence = percent(m.IntentConfidence, 1)
		}
		if t, ok := translations[m.ID]; ok {
			mv.Translation, mv.TranslationLang = t, merchant
		}
		for _, card := range m.Cards.V {
			if t, _ := card["title"].(string); t != "" {
				mv.Cards = append(mv.Cards, t)
			} else if n, _ := card["order_name"].(string); n != "" {
				mv.Cards = append(mv.Cards, "Order "+n)
			}
		}
		d.Messages = append(d.Messages, mv)
	}
	return d, nil
}

func baseLang(code string) string {
	b, _, _ := strings.Cut(strings.ToLower(code), "-")
	return b
}

func (p *adminPages) transcriptPage(c echo.Context) views.Page {
	pg := p.page(c, "Conversation", "conversations")
	pg.Back, pg.BackLabel = "/app/conversations", "Conversations"
	return pg
}

func (p *adminPages) transcript(c echo.Context) error {
	d, err := p.transcriptData(c)
	if err != nil {
		return err
	}
	switch c.QueryParam("done") {
	case "reply":
		d.Notice = "Reply sent. The shopper sees it in the chat."
	case "resolved":
		d.Notice = "Conversation marked as resolved."
	}
	return render(c, http.StatusOK, views.Transcript(p.transcriptPage(c), d))
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
		d.Errors["language"] = "Choose the language you wrote in."
	}
	switch n := len([]rune(d.Reply)); {
	case n == 0:
		d.Errors["text"] = "Write a reply first."
	case n > maxReply:
		d.Errors["text"] = "Keep the reply under 2000 characters."
	}
	if d.Errors.Any() {
		return render(c, http.StatusUnprocessableEntity, views.Transcript(p.transcriptPage(c), d))
	}
	if _, err := p.store.AddAgentReply(c.Request().Context(), shop.ID, d.ID, d.Reply, d.ReplyLanguage, p.now()); err != nil {
		return notFound(err, "Conversation")
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/conversations/"+d.ID+"?done=reply"))
}

func (p *adminPages) resolve(c echo.Context) error {
	shop := ShopFrom(c)
	id := c.Param("id")
	if err := p.store.ResolveConversation(c.Request().Context(), shop.ID, id); err != nil {
		return notFound(err, "Conversation")
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/conversations/"+id+"?done=resolved"))
}
