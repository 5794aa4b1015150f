package views

import (
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"shopassist/assistant/intent"
)

// LanguageName names a BCP-47 code in English with its own name, e.g.
// "Spanish (español)"; unknown codes come back unchanged.
func LanguageName(code string) string {
	tag, err := language.Parse(code)
	if err != nil || code == "" {
		if code == "" {
			return "Unknown"
		}
		return code
	}
	en := display.English.Tags().Name(tag)
	self := display.Self.Name(tag)
	if en == "" {
		return code
	}
	if self == "" || self == en {
		return en
	}
	return en + " (" + self + ")"
}

var intentLabels = map[string]string{
	"order_status":           "Order status",
	"return_request":         "Return request",
	"return_policy":          "Return policy",
	"cancel_order":           "Cancel order",
	"shipping_info":          "Shipping",
	"product_recommendation": "Product ideas",
	"product_question":       "Product question",
	"faq":                    "Other store question",
	"refund_status":          "Refund status",
	"change_order":           "Change order",
	"invoice":                "Invoice",
	"payment_methods":        "Payment methods",
	"payment_problem":        "Payment problem",
	"account":                "Account",
	"discount":               "Discounts",
	"stock":                  "Stock",
	"complaint":              "Complaint",
	"feedback":               "Feedback",
	"thanks":                 "Thanks / goodbye",
	"out_of_scope":           "Off topic",
	"human_handoff":          "Asked for a person",
	"greeting":               "Greeting",
	"other":                  "Not understood",
}

// Intents lists the assistant's intents in display order: the classifier's
// labels, then the label of replies that did not understand.
func Intents() []string {
	return append(append([]string(nil), intent.Intents...), intent.Unclear)
}

// IntentLabel is the merchant-facing name of an intent.
func IntentLabel(intent string) string {
	if l, ok := intentLabels[intent]; ok {
		return l
	}
	if intent == "" {
		return "—"
	}
	return intent
}
