package assistant

import (
	"strings"

	"shopassist/assistant/llm"
	"shopassist/knowledge"
)

// minDocScore is the relevance under which a document is not offered as an
// answer (the shopper gets the fallback and the failure counts).
const minDocScore = 0.05

// docAnswer answers from the shop's policies, pages and FAQ: the best
// passage with a link to its source. prefer ranks a document id
// ("policy:shipping") first when it is among the hits; intro is an optional
// catalog key said before the passage.
func (t *turn) docAnswer(intro, prefer string) {
	hits, err := t.e.index.SearchDocs(t.ctx, t.shop.Domain, t.text, t.reply.Language, 5)
	if err != nil {
		t.logErr("search documents", err)
	}
	if prefer != "" {
		hits = preferDoc(hits, prefer)
		if len(hits) == 0 || !isDoc(hits[0], prefer) {
			// The shop may not have the policy in the shopper's language:
			// fall back to the original-language policy.
			if en, err := t.e.index.SearchDocs(t.ctx, t.shop.Domain, policyQueries[prefer], t.shop.PrimaryLocale, 5); err == nil {
				if en = preferDoc(en, prefer); len(en) > 0 && isDoc(en[0], prefer) {
					hits = en
				}
			}
		}
	}
	if len(hits) == 0 || (prefer == "" && hits[0].Score < minDocScore) {
		t.failed = true
		t.say(t.t("fallback_not_understood", nil))
		t.reply.QuickReplies = t.defaultQuickReplies()
		return
	}
	best := hits[0]
	for _, h := range hits {
		if len(t.reply.Sources) == 3 {
			break
		}
		if h.DocID == best.DocID || h.Score >= best.Score/2 {
			t.reply.Sources = append(t.reply.Sources, Source{Kind: h.Kind, Title: h.Title, URL: h.URL})
		}
	}
	if text, ok := t.llmAnswer(hits); ok {
		t.say(text)
		return
	}
	if intro != "" {
		t.say(t.t(intro, nil))
	}
	t.say(best.Snippet)
	src := t.t("faq_source", map[string]any{"Title": best.Title})
	if best.URL != "" {
		src += " — " + best.URL
	}
	t.say(src)
}

// preferDoc moves the hit with the preferred document id to the front,
// searching for it among the hits (documents from the policy of that kind).
func preferDoc(hits []knowledge.DocHit, docID string) []knowledge.DocHit {
	for i, h := range hits {
		if isDoc(h, docID) {
			if i == 0 {
				return hits
			}
			out := append([]knowledge.DocHit{h}, hits[:i]...)
			return append(out, hits[i+1:]...)
		}
	}
	return hits
}

// isDoc matches a hit against a "kind:external_id" document id, whatever
// id scheme the index source uses.
func isDoc(h knowledge.DocHit, docID string) bool {
	kind, ext, _ := strings.Cut(docID, ":")
	return h.DocID == docID || (h.Kind == kind && strings.HasSuffix(h.DocID, ext))
}

// policyQueries find a policy in the shop's original language.
var policyQueries = map[string]string{
	"policy:refund":   "return refund policy window days",
	"policy:shipping": "shipping policy delivery times customs duties",
}

// llmAnswer asks the optional model to answer from the top passages.
func (t *turn) llmAnswer(hits []knowledge.DocHit) (string, bool) {
	if t.e.opts.LLM == nil {
		return "", false
	}
	n := min(len(hits), 3)
	passages := make([]llm.Passage, 0, n)
	for _, h := range hits[:n] {
		passages = append(passages, llm.Passage{Title: h.Title, URL: h.URL, Text: h.Snippet})
	}
	ans, err := t.e.opts.LLM.Answer(t.ctx, t.reply.Language, t.text, passages)
	if err != nil {
		t.e.opts.Logger.DebugContext(t.ctx, "llm answer fell back to template", "err", err)
		return "", false
	}
	t.reply.Sources = t.reply.Sources[:0]
	for _, c := range ans.Citations {
		h := hits[c-1]
		t.reply.Sources = append(t.reply.Sources, Source{Kind: h.Kind, Title: h.Title, URL: h.URL})
	}
	return ans.Text, true
}

// rephrase lets the optional model reword a template reply; facts must
// survive verbatim (the client's guard rejects anything else) and only this
// conversation's verified data is ever in the draft.
func (t *turn) rephrase(draft string, facts []string) string {
	if t.e.opts.LLM == nil || t.dry {
		return draft
	}
	out, err := t.e.opts.LLM.Rephrase(t.ctx, t.reply.Language, draft, facts)
	if err != nil {
		t.e.opts.Logger.DebugContext(t.ctx, "llm rephrase fell back to template", "err", err)
		return draft
	}
	return out
}
