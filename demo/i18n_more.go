package demo

// The store's own translations into the languages its cross-border shoppers
// write in beyond the original six: Brazilian Portuguese, Dutch, Polish,
// Turkish, Korean, Russian, Indonesian, Traditional Chinese and Italian
// (its Italian market). Each locale
// lives in its own file (i18n_<locale>.go) and is merged into the policy,
// page and FAQ tables here, so the original files stay as they were.

// localeDocs is one locale's translation of the shipping and refund
// policies, the translated pages and every FAQ entry.
type localeDocs struct {
	shipping, refund PolicyText
	// pages maps a page handle to its translation.
	pages map[string]PolicyText
	// faqs maps an FAQ id to its translation.
	faqs map[string]faqText
}

// faqText is an FAQ entry's question phrasings and answer in one locale.
type faqText struct {
	questions []string
	answer    string
}

// moreLocales lists the additional locales, in the order the shop publishes
// them.
func moreLocales() []string {
	return []string{"pt-BR", "nl", "pl", "tr", "ko", "ru", "id", "zh-TW", "it"}
}

// moreLocaleDocs returns the translations of every additional locale.
func moreLocaleDocs() map[string]localeDocs {
	return map[string]localeDocs{
		"pt-BR": ptBRDocs(),
		"nl":    nlDocs(),
		"pl":    plDocs(),
		"tr":    trDocs(),
		"ko":    koDocs(),
		"ru":    ruDocs(),
		"id":    idDocs(),
		"zh-TW": zhTWDocs(),
		"it":    itDocs(),
	}
}

// morePolicyTranslations returns the refund or shipping policy in the
// additional locales.
func morePolicyTranslations(policyType string) map[string]PolicyText {
	out := map[string]PolicyText{}
	for locale, d := range moreLocaleDocs() {
		switch policyType {
		case "refund":
			out[locale] = d.refund
		case "shipping":
			out[locale] = d.shipping
		}
	}
	return out
}

// morePageTranslations returns a page in the additional locales.
func morePageTranslations(handle string) map[string]PolicyText {
	out := map[string]PolicyText{}
	for locale, d := range moreLocaleDocs() {
		if t, ok := d.pages[handle]; ok {
			out[locale] = t
		}
	}
	return out
}

// withMoreLocales adds the additional locales' questions and answers to the
// FAQ entries.
func withMoreLocales(faqs []FAQ) []FAQ {
	docs := moreLocaleDocs()
	for i := range faqs {
		for locale, d := range docs {
			t, ok := d.faqs[faqs[i].ID]
			if !ok {
				continue
			}
			faqs[i].Questions[locale] = t.questions
			faqs[i].Answers[locale] = t.answer
		}
	}
	return faqs
}
