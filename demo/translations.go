package demo

// ProductTranslation is a product's content in one storefront locale, as the
// Translate & Adapt app would store it.
type ProductTranslation struct {
	Title       string
	BodyHTML    string
	ProductType string
	// OptionNames maps English option names ("Color") to this locale.
	OptionNames map[string]string
	// OptionValues maps English option values ("Forest") to this locale.
	// Language-neutral values such as sizes ("M", "42", "500 ml") are
	// absent and are shown as they are.
	OptionValues map[string]string
}

// productText is one row of a locale's translation table.
type productText struct {
	title, ptype, body string
}

// localeCatalog holds a locale's product texts (by handle) and the
// dictionaries for option names and values shared by all products.
type localeCatalog struct {
	products     map[string]productText
	optionNames  map[string]string
	optionValues map[string]string
}

// localeCatalogs lists every translated locale.
func localeCatalogs() map[string]localeCatalog {
	return map[string]localeCatalog{
		"es":    esCatalog(),
		"fr":    frCatalog(),
		"de":    deCatalog(),
		"ja":    jaCatalog(),
		"zh-CN": zhCatalog(),
		"ar":    arCatalog(),
		// The locales added later, with the products shoppers ask most
		// about.
		"nl":    nlCatalog(),
		"tr":    trCatalog(),
		"pt-BR": ptBRCatalog(),
		"pl":    plCatalog(),
		"ru":    ruCatalog(),
		"ko":    koCatalog(),
		"id":    idCatalog(),
		"zh-TW": zhTWCatalog(),
		"it":    itCatalog(),
	}
}

// Translations returns product translations keyed by product id, then locale.
func Translations() map[uint64]map[string]ProductTranslation {
	byHandle := map[string]productSpec{}
	for _, s := range catalogSpecs() {
		byHandle[s.handle] = s
	}
	out := map[uint64]map[string]ProductTranslation{}
	for locale, lc := range localeCatalogs() {
		for handle, t := range lc.products {
			s, ok := byHandle[handle]
			if !ok {
				// The tests check every handle; skipping keeps a typo from
				// producing a translation for a product that does not exist.
				continue
			}
			pt := ProductTranslation{
				Title:        t.title,
				BodyHTML:     t.body,
				ProductType:  t.ptype,
				OptionNames:  map[string]string{},
				OptionValues: map[string]string{},
			}
			for _, o := range s.options {
				if n, ok := lc.optionNames[o.name]; ok {
					pt.OptionNames[o.name] = n
				}
				for _, v := range o.values {
					if tv, ok := lc.optionValues[v]; ok {
						pt.OptionValues[v] = tv
					}
				}
			}
			id := productID(s.n)
			if out[id] == nil {
				out[id] = map[string]ProductTranslation{}
			}
			out[id][locale] = pt
		}
	}
	return out
}
