package app

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"shopassist/db"
	"shopassist/limits"
	"shopassist/views"
)

var faqID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,62}$`)

const (
	maxQuestion = 300
	maxAnswer   = 5000
)

// knowledgeData gathers everything the knowledge page shows except the
// test-box outcome.
func (p *adminPages) knowledgeData(c echo.Context) (views.KnowledgeData, error) {
	ctx := c.Request().Context()
	shop := ShopFrom(c)
	loc := shopLocation(shop)
	d := views.KnowledgeData{Locales: languageOptions(ctx, shop.Settings.V.Languages),
		TestLocale: shop.PrimaryLocale, Resynced: c.QueryParam("resynced") == "1"}
	products, err := p.store.CountProducts(ctx, shop.ID)
	if err != nil {
		return d, err
	}
	st, err := p.catalog.Status(ctx, shop.Domain)
	if err != nil {
		return d, err
	}
	d.Sync = syncView(ctx, st, products, loc)
	docs, err := p.store.ListDocuments(ctx, shop.ID, "")
	if err != nil {
		return d, err
	}
	type group struct {
		row     views.DocRow
		primary bool
	}
	groups := map[string]*group{}
	var order []string
	faqs := map[string]*views.FAQRow{}
	// The latest update across an entry's languages, compared as times:
	// the shown text is localised and does not sort.
	faqUpdated := map[string]time.Time{}
	var faqOrder []string
	for _, doc := range docs {
		key := doc.Kind + "/" + doc.ExternalID
		if doc.Kind == db.DocFAQ {
			r, ok := faqs[doc.ExternalID]
			if !ok {
				r = &views.FAQRow{ID: doc.ExternalID}
				faqs[doc.ExternalID] = r
				faqOrder = append(faqOrder, doc.ExternalID)
			}
			r.Locales = append(r.Locales, doc.Locale)
			if r.Question == "" || doc.Locale == shop.PrimaryLocale {
				r.Question = firstNonEmpty(doc.Title, firstQuestion(doc), doc.ExternalID)
			}
			if u := doc.UpdatedAt; u.After(faqUpdated[doc.ExternalID]) || r.Updated == "" {
				faqUpdated[doc.ExternalID], r.Updated = u, when(ctx, u, loc)
			}
			continue
		}
		g, ok := groups[key]
		if !ok {
			g = &group{row: views.DocRow{Key: key}}
			groups[key] = g
			order = append(order, key)
		}
		g.row.Locales = append(g.row.Locales, doc.Locale)
		if !g.primary {
			g.row.Title, g.row.URL = firstNonEmpty(doc.Title, doc.ExternalID), doc.URL
			g.primary = doc.Locale == shop.PrimaryLocale
		}
	}
	for _, key := range order {
		g := groups[key]
		sort.Strings(g.row.Locales)
		if strings.HasPrefix(key, db.DocPolicy+"/") {
			d.Policies = append(d.Policies, g.row)
		} else {
			d.Pages = append(d.Pages, g.row)
		}
	}
	for _, id := range faqOrder {
		d.FAQs = append(d.FAQs, *faqs[id])
	}
	return d, nil
}

func firstQuestion(d db.KnowledgeDocument) string {
	if len(d.Questions.V) > 0 {
		return d.Questions.V[0]
	}
	return ""
}

func (p *adminPages) knowledge(c echo.Context) error {
	d, err := p.knowledgeData(c)
	if err != nil {
		return err
	}
	return render(c, http.StatusOK, views.Knowledge(p.page(c, tr(c.Request().Context(), "nav.knowledge"), "knowledge"), d))
}

func (p *adminPages) resync(c echo.Context) error {
	shop := ShopFrom(c)
	if err := p.requestSync(c, shop.Domain); err != nil {
		return err
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/knowledge?resynced=1"))
}

func (p *adminPages) testAssistant(c echo.Context) error {
	d, err := p.knowledgeData(c)
	if err != nil {
		return err
	}
	pg := p.page(c, tr(c.Request().Context(), "nav.knowledge"), "knowledge")
	shop := ShopFrom(c)
	ctx := c.Request().Context()
	d.TestMessage = strings.TrimSpace(c.FormValue("message"))
	if loc := c.FormValue("locale"); slices.Contains(shop.Settings.V.Languages, loc) {
		d.TestLocale = loc
	}
	switch n := len([]rune(d.TestMessage)); {
	case n == 0:
		d.TestError = tr(ctx, "kn.test_empty")
	case n > limits.AdminProbe:
		d.TestError = tr(ctx, "kn.test_too_long", limits.AdminProbe)
	}
	if d.TestError != "" {
		return render(c, http.StatusUnprocessableEntity, views.Knowledge(pg, d))
	}
	an, err := p.engine.Analyze(ctx, shop, d.TestMessage, d.TestLocale)
	if err != nil {
		return err
	}
	d.Probe = probeView(ctx, d.TestMessage, an)
	return render(c, http.StatusOK, views.Knowledge(pg, d))
}

// faqLocales lists the editor's language blocks: the shop's offered
// languages plus any the entry already has, primary language first.
func faqLocales(ctx context.Context, shop *db.Shop, docs []db.KnowledgeDocument) []views.FAQLocale {
	codes := slices.Clone(shop.Settings.V.Languages)
	byLocale := map[string]db.KnowledgeDocument{}
	for _, d := range docs {
		byLocale[d.Locale] = d
		if !slices.Contains(codes, d.Locale) {
			codes = append(codes, d.Locale)
		}
	}
	texts := langTexts(ctx, codes, shop.PrimaryLocale, func(string) views.LangText { return views.LangText{} })
	out := make([]views.FAQLocale, 0, len(texts))
	for _, t := range texts {
		d := byLocale[t.Code]
		out = append(out, views.FAQLocale{Code: t.Code, Name: t.Name, Questions: strings.Join(d.Questions.V, "\n"), Answer: d.Body})
	}
	return out
}

func (p *adminPages) faqPage(c echo.Context, f views.FAQForm) views.Page {
	title := tr(c.Request().Context(), "page.edit_question")
	if f.IsNew {
		title = tr(c.Request().Context(), "page.new_question")
	}
	pg := p.page(c, title, "knowledge")
	pg.Back, pg.BackLabel = "/app/knowledge", tr(c.Request().Context(), "nav.knowledge")
	return pg
}

func (p *adminPages) newFAQ(c echo.Context) error {
	f := views.FAQForm{IsNew: true, Locales: faqLocales(c.Request().Context(), ShopFrom(c), nil), Errors: views.Errors{}}
	return render(c, http.StatusOK, views.FAQEditor(p.faqPage(c, f), f))
}

func (p *adminPages) editFAQ(c echo.Context) error {
	shop := ShopFrom(c)
	id := c.Param("id")
	docs, err := p.store.FAQ(c.Request().Context(), shop.ID, id)
	if err != nil {
		return notFound(c.Request().Context(), err, "err.not_found.question")
	}
	f := views.FAQForm{ID: id, Locales: faqLocales(c.Request().Context(), shop, docs), Errors: views.Errors{}, Saved: c.QueryParam("saved") == "1"}
	return render(c, http.StatusOK, views.FAQEditor(p.faqPage(c, f), f))
}

// parseFAQ validates the editor's form: every language with an answer needs
// at least one question and the reverse; at least one language is filled.
func parseFAQ(ctx context.Context, form url.Values, locales []views.FAQLocale) ([]db.KnowledgeDocument, []views.FAQLocale, views.Errors) {
	errs := views.Errors{}
	var docs []db.KnowledgeDocument
	out := make([]views.FAQLocale, len(locales))
	for i, l := range locales {
		l.Questions = strings.TrimSpace(form.Get("questions." + l.Code))
		l.Answer = strings.TrimSpace(form.Get("answer." + l.Code))
		out[i] = l
		var qs []string
		for _, q := range strings.Split(l.Questions, "\n") {
			if q = strings.TrimSpace(q); q != "" && !slices.Contains(qs, q) {
				qs = append(qs, q)
			}
		}
		switch {
		case len(qs) == 0 && l.Answer == "":
			continue
		case len(qs) == 0:
			errs["questions."+l.Code] = tr(ctx, "faq.err_questions")
		case l.Answer == "":
			errs["answer."+l.Code] = tr(ctx, "faq.err_answer")
		}
		for _, q := range qs {
			if len([]rune(q)) > maxQuestion {
				errs["questions."+l.Code] = tr(ctx, "faq.err_question_long", maxQuestion)
			}
		}
		if len([]rune(l.Answer)) > maxAnswer {
			errs["answer."+l.Code] = tr(ctx, "faq.err_answer_long", maxAnswer)
		}
		if len(qs) > 0 && l.Answer != "" {
			docs = append(docs, db.KnowledgeDocument{Locale: l.Code, Title: qs[0], Body: l.Answer, Questions: db.NewJSON(qs)})
		}
	}
	if len(docs) == 0 && !errs.Any() {
		errs["locales"] = tr(ctx, "faq.err_locales")
	}
	return docs, out, errs
}

func (p *adminPages) saveFAQ(c echo.Context) error {
	ctx := c.Request().Context()
	shop := ShopFrom(c)
	form, err := c.FormParams()
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, tr(c.Request().Context(), "err.unreadable_form")).SetInternal(err)
	}
	isNew := c.Param("id") == "new"
	id := c.Param("id")
	var existing []db.KnowledgeDocument
	errs := views.Errors{}
	if isNew {
		id = strings.ToLower(strings.TrimSpace(form.Get("id")))
		switch _, err := p.store.FAQ(ctx, shop.ID, id); {
		case !faqID.MatchString(id) || id == "new":
			errs["id"] = tr(ctx, "faq.err_id")
		case err == nil:
			errs["id"] = tr(ctx, "faq.err_id_taken")
		case !errors.Is(err, db.ErrNotFound):
			return err
		}
	} else if existing, err = p.store.FAQ(ctx, shop.ID, id); err != nil {
		return notFound(c.Request().Context(), err, "err.not_found.question")
	}
	docs, locales, ferrs := parseFAQ(ctx, form, faqLocales(c.Request().Context(), shop, existing))
	for k, v := range ferrs {
		errs[k] = v
	}
	if errs.Any() {
		f := views.FAQForm{ID: id, IsNew: isNew, Locales: locales, Errors: errs}
		return render(c, http.StatusUnprocessableEntity, views.FAQEditor(p.faqPage(c, f), f))
	}
	// Keep the citation link the synced or seeded entry had.
	for i := range docs {
		for _, e := range existing {
			if e.URL != "" {
				docs[i].URL = e.URL
				break
			}
		}
	}
	if err := p.store.SaveFAQ(ctx, shop.ID, id, docs); err != nil {
		return err
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/knowledge/faq/"+id+"?saved=1"))
}

func (p *adminPages) deleteFAQ(c echo.Context) error {
	ctx := c.Request().Context()
	shop := ShopFrom(c)
	id := c.Param("id")
	if _, err := p.store.FAQ(ctx, shop.ID, id); err != nil {
		return notFound(c.Request().Context(), err, "err.not_found.question")
	}
	if err := p.store.DeleteDocument(ctx, shop.ID, db.DocFAQ, id); err != nil {
		return err
	}
	return p.seeOther(c, p.page(c, "", "").URL("/app/knowledge"))
}
