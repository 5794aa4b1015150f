package app

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"shopassist/assistant/lang"
	"shopassist/db"
	"shopassist/inbox"
	"shopassist/limits"
	"shopassist/views"
	"shopassist/views/adminlocale"
)

// savedReplyTitleMax keeps a saved reply's title to what the inbox's menu
// shows; its text is one chat message (limits.AgentReply).
const savedReplyTitleMax = 80

// savedRepliesList shows the merchant's saved replies and the starters.
func (p *adminPages) savedRepliesList(c echo.Context) error {
	replies, err := p.savedReplies(c.Request().Context(), ShopFrom(c).ID)
	if err != nil {
		return err
	}
	d := views.SavedReplyList{}
	switch c.QueryParam("done") {
	case "deleted":
		d.Notice = tr(c.Request().Context(), "sr.notice_deleted")
	case "reset":
		d.Notice = tr(c.Request().Context(), "sr.notice_reset")
	}
	for _, r := range replies {
		n := 0
		for _, t := range r.Texts {
			if strings.TrimSpace(t) != "" {
				n++
			}
		}
		d.Rows = append(d.Rows, views.SavedReplyRow{Ref: r.Ref(), Title: replyTitle(c.Request().Context(), r), Languages: n,
			Starter: r.Key != "", Edited: r.Edited()})
	}
	return render(c, http.StatusOK, views.SavedReplies(p.page(c, tr(c.Request().Context(), "conv.saved_replies"), "conversations"), d))
}

// findSavedReply resolves the :ref of the editor's URLs: "new", a starter
// (shipped or edited) or one of the merchant's replies; anything else,
// including another shop's id, is a 404.
func (p *adminPages) findSavedReply(ctx context.Context, shopID int64, ref string) (inbox.Reply, bool, error) {
	if ref == "new" {
		return inbox.Reply{}, true, nil
	}
	replies, err := p.savedReplies(ctx, shopID)
	if err != nil {
		return inbox.Reply{}, false, err
	}
	r, ok := inbox.Find(replies, ref)
	if !ok {
		return inbox.Reply{}, false, echo.NewHTTPError(http.StatusNotFound, tr(ctx, "err.not_found.saved_reply"))
	}
	return r, false, nil
}

func (p *adminPages) savedReplyPage(c echo.Context, f views.SavedReplyForm) views.Page {
	title := tr(c.Request().Context(), "page.edit_saved_reply")
	if f.IsNew {
		title = tr(c.Request().Context(), "page.new_saved_reply")
	}
	pg := p.page(c, title, "conversations")
	pg.Back, pg.BackLabel = "/app/saved-replies", tr(c.Request().Context(), "conv.saved_replies")
	return pg
}

// replyTitle is a saved reply's title in the admin: a starter as shipped is
// named in the admin's language (catalog keys starter.<key>); the
// merchant's own replies and their edits of starters keep the title they
// wrote.
func replyTitle(ctx context.Context, r inbox.Reply) string {
	if r.Key != "" && !r.Edited() {
		if key := "starter." + r.Key; adminlocale.Has(key) {
			return tr(ctx, key)
		}
	}
	return r.Title
}

// savedReplyForm lays the reply out for the editor: the merchant's
// language first, then every supported language.
func savedReplyForm(ctx context.Context, ref string, r inbox.Reply, merchant string, isNew bool) views.SavedReplyForm {
	f := views.SavedReplyForm{Ref: ref, IsNew: isNew, Starter: r.Key != "", Edited: r.Edited(), Title: replyTitle(ctx, r),
		Errors: views.Errors{}}
	merchant = inbox.Canonical(firstNonEmpty(merchant, "en"))
	langs := []string{merchant}
	for _, l := range lang.Supported {
		if l != merchant {
			langs = append(langs, l)
		}
	}
	for _, l := range langs {
		text, _, own, _ := inbox.Pick(r.Texts, l, "")
		if !own {
			text = ""
		}
		f.Texts = append(f.Texts, views.SavedReplyText{Code: l, Name: views.LanguageName(ctx, l), Text: text})
	}
	return f
}

func (p *adminPages) editSavedReply(c echo.Context) error {
	shop := ShopFrom(c)
	ref := c.Param("ref")
	r, isNew, err := p.findSavedReply(c.Request().Context(), shop.ID, ref)
	if err != nil {
		return err
	}
	f := savedReplyForm(c.Request().Context(), ref, r, shop.PrimaryLocale, isNew)
	f.Saved = c.QueryParam("saved") == "1"
	return render(c, http.StatusOK, views.SavedReplyEditor(p.savedReplyPage(c, f), f))
}

// parseSavedReply validates the editor: a title, at least one text, each
// within its limit.
func parseSavedReply(c echo.Context, f *views.SavedReplyForm) map[string]string {
	ctx := c.Request().Context()
	f.Title = strings.TrimSpace(c.FormValue("title"))
	switch n := len([]rune(f.Title)); {
	case n == 0:
		f.Errors["title"] = tr(ctx, "sr.err_title")
	case n > savedReplyTitleMax:
		f.Errors["title"] = tr(ctx, "sr.err_title_long", savedReplyTitleMax)
	}
	texts := map[string]string{}
	for i, t := range f.Texts {
		t.Text = strings.TrimSpace(c.FormValue("text." + t.Code))
		f.Texts[i] = t
		if t.Text == "" {
			continue
		}
		if len([]rune(t.Text)) > limits.AgentReply {
			f.Errors["text."+t.Code] = tr(ctx, "sr.err_text_long", limits.AgentReply)
			continue
		}
		texts[t.Code] = t.Text
	}
	if len(texts) == 0 && !f.Errors.Any() {
		f.Errors["texts"] = tr(ctx, "sr.err_texts")
	}
	return texts
}

// saveSavedReply creates a reply, updates one, or stores the merchant's
// edit of a starter (which then replaces it in every conversation).
func (p *adminPages) saveSavedReply(c echo.Context) error {
	ctx := c.Request().Context()
	shop := ShopFrom(c)
	ref := c.Param("ref")
	r, isNew, err := p.findSavedReply(ctx, shop.ID, ref)
	if err != nil {
		return err
	}
	f := savedReplyForm(c.Request().Context(), ref, r, shop.PrimaryLocale, isNew)
	texts := parseSavedReply(c, &f)
	if f.Errors.Any() {
		return render(c, http.StatusUnprocessableEntity, views.SavedReplyEditor(p.savedReplyPage(c, f), f))
	}
	row := &db.SavedReply{ID: r.ID, ShopID: shop.ID, Title: f.Title, Texts: db.NewJSON(texts), StarterKey: r.Key}
	if err := p.store.SaveSavedReply(ctx, row); err != nil {
		return err
	}
	if isNew {
		ref = inbox.Reply{ID: row.ID}.Ref()
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/saved-replies/"+ref+"?saved=1"))
}

// deleteSavedReply deletes one of the merchant's replies, or resets an
// edited starter to the shipped text. A shipped starter itself cannot be
// deleted (there is nothing stored to delete).
func (p *adminPages) deleteSavedReply(c echo.Context) error {
	ctx := c.Request().Context()
	shop := ShopFrom(c)
	r, isNew, err := p.findSavedReply(ctx, shop.ID, c.Param("ref"))
	if err != nil {
		return err
	}
	if isNew || r.ID == 0 {
		return echo.NewHTTPError(http.StatusConflict, tr(c.Request().Context(), "sr.err_shipped_text"))
	}
	if err := p.store.DeleteSavedReply(ctx, shop.ID, r.ID); err != nil {
		if errors.Is(err, db.ErrNotFound) {
			return echo.NewHTTPError(http.StatusNotFound, tr(c.Request().Context(), "err.not_found.saved_reply")).SetInternal(err)
		}
		return err
	}
	done := "deleted"
	if r.Key != "" {
		done = "reset"
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/saved-replies?done="+done))
}

// savedReplies is the merchant's replies (and edits of starters) merged
// with the shipped starters.
func (p *adminPages) savedReplies(ctx context.Context, shopID int64) ([]inbox.Reply, error) {
	own, err := p.store.SavedReplies(ctx, shopID)
	if err != nil {
		return nil, err
	}
	rs := make([]inbox.Reply, len(own))
	for i, r := range own {
		rs[i] = inbox.Reply{ID: r.ID, Key: r.StarterKey, Title: r.Title, Texts: r.Texts.V}
	}
	return inbox.Catalog(rs), nil
}
