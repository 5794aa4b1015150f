package knowledge

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Field names of the product index. Text fields are suffixed with a language
// key: titleField+"es" is the Spanish title.
const (
	titleField  = "t_"
	bodyField   = "b_"
	questField  = "q_"
	vendorField = "vendor"
	skuField    = "sku"
	typeField   = "type"
	optField    = "opt"
	minPriceFld = "pmin"
	maxPriceFld = "pmax"
	stockField  = "stock"
	kindField   = "kind"
)

// newProductMapping builds the mapping shared by every shop's product
// index. Nothing is stored in bleve: the Go-side entries (and, on disk, the
// product store) hold the products, which keeps the index small.
func newProductMapping() (*mapping.IndexMappingImpl, error) {
	im := mapping.NewIndexMapping()
	if err := addPlainAnalyzer(im); err != nil {
		return nil, err
	}
	dm := mapping.NewDocumentStaticMapping()
	for lang, analyzer := range langAnalyzers {
		dm.AddFieldMappingsAt(titleField+lang, textField(analyzer))
		dm.AddFieldMappingsAt(bodyField+lang, textField(analyzer))
	}
	dm.AddFieldMappingsAt(vendorField, textField(plainAnalyzer))
	dm.AddFieldMappingsAt(skuField, keywordField())
	dm.AddFieldMappingsAt(typeField, keywordField())
	dm.AddFieldMappingsAt(optField, keywordField())
	dm.AddFieldMappingsAt(minPriceFld, numericField())
	dm.AddFieldMappingsAt(maxPriceFld, numericField())
	stock := mapping.NewBooleanFieldMapping()
	stock.Store, stock.DocValues, stock.IncludeInAll = false, false, false
	dm.AddFieldMappingsAt(stockField, stock)
	im.DefaultMapping = dm
	im.DefaultAnalyzer = plainAnalyzer
	if err := im.Validate(); err != nil {
		return nil, fmt.Errorf("validate product mapping: %w", err)
	}
	return im, nil
}

// newDocMapping builds the mapping of the policy/page/FAQ index.
func newDocMapping() (*mapping.IndexMappingImpl, error) {
	im := mapping.NewIndexMapping()
	if err := addPlainAnalyzer(im); err != nil {
		return nil, err
	}
	dm := mapping.NewDocumentStaticMapping()
	for lang, analyzer := range langAnalyzers {
		dm.AddFieldMappingsAt(titleField+lang, textField(analyzer))
		dm.AddFieldMappingsAt(bodyField+lang, textField(analyzer))
		dm.AddFieldMappingsAt(questField+lang, textField(analyzer))
	}
	dm.AddFieldMappingsAt(kindField, keywordField())
	im.DefaultMapping = dm
	im.DefaultAnalyzer = plainAnalyzer
	if err := im.Validate(); err != nil {
		return nil, fmt.Errorf("validate document mapping: %w", err)
	}
	return im, nil
}

func addPlainAnalyzer(im *mapping.IndexMappingImpl) error {
	err := im.AddCustomAnalyzer(plainAnalyzer, map[string]any{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []any{lowercase.Name},
	})
	if err != nil {
		return fmt.Errorf("register %s analyzer: %w", plainAnalyzer, err)
	}
	return nil
}

func textField(analyzer string) *mapping.FieldMapping {
	fm := mapping.NewTextFieldMapping()
	fm.Analyzer = analyzer
	fm.Store = false
	fm.IncludeTermVectors = false
	fm.IncludeInAll = false
	fm.DocValues = false
	return fm
}

func keywordField() *mapping.FieldMapping {
	fm := mapping.NewKeywordFieldMapping()
	fm.Analyzer = keyword.Name
	fm.Store = false
	fm.IncludeTermVectors = false
	fm.IncludeInAll = false
	fm.DocValues = false
	return fm
}

func numericField() *mapping.FieldMapping {
	fm := mapping.NewNumericFieldMapping()
	fm.Store = false
	fm.IncludeInAll = false
	fm.DocValues = false
	return fm
}
