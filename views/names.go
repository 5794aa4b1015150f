package views

import (
	"context"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"shopassist/assistant/intent"
	"shopassist/channels"
	"shopassist/views/adminlocale"
)

// LanguageName names a BCP-47 code in the admin's language with its own
// name, e.g. "Spanish (español)", "Spanisch (español)"; names come from
// x/text's CLDR display data. Unknown codes come back unchanged.
func LanguageName(ctx context.Context, code string) string {
	tag, err := language.Parse(code)
	if err != nil || code == "" {
		if code == "" {
			return t(ctx, "lang.unknown")
		}
		return code
	}
	var namer display.Namer = display.English.Tags()
	if admin, err := language.Parse(adminlocale.Lang(ctx)); err == nil {
		if n := display.Tags(admin); n != nil {
			namer = n
		}
	}
	name := namer.Name(tag)
	self := display.Self.Name(tag)
	if name == "" {
		return code
	}
	if self == "" || self == name {
		return name
	}
	return name + " (" + self + ")"
}

// Intents lists the assistant's intents in display order: the classifier's
// labels, then the label of replies that did not understand.
func Intents() []string {
	return append(append([]string(nil), intent.Intents...), intent.Unclear)
}

// IntentLabel is the merchant-facing name of an intent in the admin's
// language (catalog keys intent.<name>, one per entry of Intents).
func IntentLabel(ctx context.Context, intent string) string {
	if intent == "" {
		return "—"
	}
	if key := "intent." + intent; adminlocale.Has(key) {
		return t(ctx, key)
	}
	return intent
}

// ChannelLabel names a channel in the admin's language: the brands
// (WhatsApp, Messenger, Instagram) keep their names, the website chat and
// email are described (catalog keys channel.<name>).
func ChannelLabel(ctx context.Context, c string) string {
	if key := "channel." + c; adminlocale.Has(key) {
		return t(ctx, key)
	}
	return channels.Channel(c).Label()
}
