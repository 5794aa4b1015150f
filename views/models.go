package views

import (
	"net/url"
	"sort"
	"strconv"
)

// URL returns an admin path carrying the embedded-admin query (shop, host):
// a document load without a session token then goes through App Bridge's
// bounce page and comes back with a fresh id_token.
func (p Page) URL(path string) string {
	if p.LinkQuery == "" {
		return path
	}
	u, err := url.Parse(path)
	if err != nil {
		return path
	}
	q := u.Query()
	extra, _ := url.ParseQuery(p.LinkQuery)
	for k, vs := range extra {
		if q.Get(k) == "" {
			q[k] = vs
		}
	}
	u.RawQuery = q.Encode()
	return u.String()
}

// HiddenQuery lists the embedded-admin query as name (Value) and value
// (Label) pairs for GET forms, which drop the action URL's own query.
func (p Page) HiddenQuery() []Option {
	q, _ := url.ParseQuery(p.LinkQuery)
	var out []Option
	for k, vs := range q {
		for _, v := range vs {
			out = append(out, Option{Value: k, Label: v})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Value < out[j].Value })
	return out
}

// Option is one choice of a select or checkbox group.
type Option struct {
	Value, Label string
}

// Errors maps form field names to the message shown under the field.
type Errors map[string]string

// Any reports whether the form has at least one error.
func (e Errors) Any() bool { return len(e) > 0 }

// LangText is one language's texts in the settings form.
type LangText struct {
	Code, Name                  string
	Greeting, Launcher, Offline string
}

// DayHours is one weekday's opening hours in the settings form.
type DayHours struct {
	Key, Label, Hours string
}

// SettingsForm feeds the settings page; values are the raw strings the
// merchant typed so a rejected form comes back as entered.
type SettingsForm struct {
	AccentColor, TextColor, Position string
	Languages                        []string
	AllLanguages                     []Option
	Texts                            []LangText
	HoursEnabled                     bool
	Timezone                         string
	Days                             []DayHours
	ReturnWindow                     string
	AllowReturns                     bool
	HandoffOnRequest                 bool
	HandoffOnFrustration             bool
	AfterFailed                      string
	ExpectedReplyHours               string
	NotifyEmail                      string
	RetentionDays                    string
	// Actions on orders (issue 15).
	CancelEnabled, AddressEnabled          bool
	CancelWindow, AddressWindow, ReturnFee string
	// Delivery care (issue 15).
	Care CareForm
	// CostPerTicket is the analytics estimate's cost of a human ticket.
	CostPerTicket string
	Errors        Errors
	Saved         bool
}

// Offers reports whether a language is selected.
func (f SettingsForm) Offers(code string) bool {
	for _, l := range f.Languages {
		if l == code {
			return true
		}
	}
	return false
}

// SyncView is the catalog sync card.
type SyncView struct {
	Demo      bool
	Message   string
	Phase     string
	State     string
	Done      int
	Total     int
	LastError string
	Started   string
	Finished  string
	Products  int64
}

// Percent is the sync progress from 0 to 100.
func (s SyncView) Percent() int {
	if s.Total <= 0 {
		return 0
	}
	p := s.Done * 100 / s.Total
	return min(max(p, 0), 100)
}

// DocRow is one policy or page found in the store.
type DocRow struct {
	Key, Title, URL string
	Locales         []string
}

// FAQRow is one FAQ entry in the list.
type FAQRow struct {
	ID, Question, Updated string
	Locales               []string
}

// ProbeView is the outcome of "test the assistant".
type ProbeView struct {
	Message    string
	Reply      string
	Language   string
	Intent     string
	Confidence string
	Sources    []Source
}

// Source is a knowledge source the assistant used.
type Source struct {
	Kind, Title, URL string
}

// KnowledgeData feeds the knowledge page.
type KnowledgeData struct {
	Sync        SyncView
	Resynced    bool
	Policies    []DocRow
	Pages       []DocRow
	FAQs        []FAQRow
	TestMessage string
	TestLocale  string
	TestError   string
	Probe       *ProbeView
	Locales     []Option
}

// FAQLocale is one language block of the FAQ editor.
type FAQLocale struct {
	Code, Name string
	Questions  string // one variant per line
	Answer     string
}

// FAQForm feeds the FAQ editor.
type FAQForm struct {
	ID      string
	IsNew   bool
	Locales []FAQLocale
	Errors  Errors
	Saved   bool
}

// ConversationRow is one line of the conversation list.
type ConversationRow struct {
	ID, Language, Intent, Status, When, Preview string
	// Assignee names the staff member handling it ("You" for the viewer).
	Assignee string
	Handoff  bool
	Rating   int
	Messages int
	// Channel labels a conversation held outside the website chat
	// (WhatsApp, Email, ...); empty for the widget's.
	Channel string
}

// ConversationFilters echo the list's filter form.
type ConversationFilters struct {
	Language, Intent, Handoff, Rating string
	Unresolved                        bool
	Languages                         []string
	Intents                           []string
	// Channel filters by channel; Channels offers the shop's channels.
	Channel  string
	Channels []Option
}

// ConversationList feeds the conversation list and handoff inbox.
type ConversationList struct {
	// Tab is waiting, mine or all; Inbox is set on the first two.
	Tab     string
	Inbox   bool
	Rows    []ConversationRow
	Filters ConversationFilters
	Waiting int
	Mine    int
	// Stamp is the inbox state the page shows; admin.js polls for a new one.
	Stamp  string
	Notice string
	// PrevURL and NextURL page through the list (empty at either end).
	PrevURL, NextURL string
	Page             int
}

// MessageView is one transcript line.
type MessageView struct {
	Role, Text, Language, Intent, When, Translation, TranslationLang string
	// TranslationSource is "machine", "original" (the agent's own words
	// before translation) or "" (imported).
	TranslationSource string
	Confidence        string
	Rating            int
	Cards             []string
}

// TranscriptData feeds the conversation page.
type TranscriptData struct {
	ID, Language, LanguageName, MerchantLanguage, Status, Started, Customer string
	HandoffReason, HandoffSummary                                           string
	Handoff                                                                 bool
	Summary                                                                 HandoffSummary
	Topic                                                                   string
	// Assignee names who handles it; AssignedToMe when that is the viewer.
	Assignee     string
	AssignedToMe bool
	Notes        []NoteView
	Note         string
	Panel        CustomerPanel
	SavedReplies []Option
	// CanTranslate is set when a model translates free text.
	CanTranslate bool
	Stamp        string
	// ShopperConversations counts the shopper's conversations (this one
	// included) that export and delete act on.
	ShopperConversations int
	ExportFilename       string
	Messages             []MessageView
	Reply                string
	ReplyLanguage        string
	ReplyLanguages       []Option
	Errors               Errors
	Notice               string
	// Emails are the mails of an email conversation as sent, quoted
	// history and attachments included (empty for other channels).
	Emails []EmailView
}

// Metric is one headline figure with an optional hint.
type Metric struct {
	Label, Value, Hint, TestID string
	// Delta compares with the previous period of the same length.
	Delta string
}

// Bar is one labelled value of a chart.
type Bar struct {
	Label string
	Value int
}

// AnalyticsData feeds the analytics page.
type AnalyticsData struct {
	// Days is the preset range (7, 30, 90), 0 for a custom From–To range
	// (shop-time dates, both included).
	Days      int
	From, To  string
	Metrics   []Metric
	PerDay    []Bar
	Intents   []Bar
	Languages []Bar
	Tables    []DataTable
	Empty     bool
	// Channel is the channel filter ("" for all), Channels its choices.
	Channel  string
	Channels []Option
}

// DataTable is one analytics table; the page links its CSV export.
type DataTable struct {
	ID, Title, Hint, Empty string
	Columns                []string
	Rows                   [][]string
	// Hidden tables are exported only (their figures are charted).
	Hidden bool
}

// EventRow is one webhook event on the health page.
type EventRow struct {
	ID                                         int64
	Topic, Status, Received, Error, APIVersion string
	Attempts                                   int
}

// JobRow is one failed job on the health page.
type JobRow struct {
	ID                        int64
	Kind, Error, Failed, Args string
	Attempts                  int
}

// HealthData feeds the webhook/job health page.
type HealthData struct {
	Events     []EventRow
	Stats      []Metric
	Jobs       []JobRow
	Notice     string
	NoticeTone string
}

// HandoffSummary is the readable header of a handed-off conversation.
type HandoffSummary struct {
	Headline, Asked, BotSaid, VerifiedOrder string
	AskedTranslated, BotSaidTranslated      bool
}

// NoteView is one internal note.
type NoteView struct {
	Author, When, Text string
}

// CustomerPanel is what the shop knows about the shopper.
type CustomerPanel struct {
	Name, Email, Phone string
	// EmailNote and PhoneNote say where a contact on the shopper record
	// came from ("verified by an order", "given in the chat"); OnRecordSince
	// is when the record was created, empty without one.
	EmailNote, PhoneNote, OnRecordSince string
	Orders                              []OrderView
}

// OrderView is one of the shopper's orders in the customer panel.
type OrderView struct {
	Name, AdminURL, Placed, Total, Financial, Fulfillment string
	Verified                                              bool
	Shipments                                             []ShipmentView
	Returns                                               []string
}

// ShipmentView is a fulfillment with tracking.
type ShipmentView struct {
	Status, Carrier, Number, URL string
}

// exportURL is the CSV export of one analytics table for the page's period.
func exportURL(d AnalyticsData, table string) string {
	q := url.Values{"export": {table}}
	if d.Days > 0 {
		q.Set("days", strconv.Itoa(d.Days))
	} else {
		q.Set("from", d.From)
		q.Set("to", d.To)
	}
	if d.Channel != "" {
		q.Set("channel", d.Channel)
	}
	return "/app/analytics?" + q.Encode()
}

// SavedReplyRow is one line of the saved-reply list.
type SavedReplyRow struct {
	Ref, Title string
	// Languages counts the languages the reply has a text in.
	Languages int
	// Starter: shipped with the app; Edited: the merchant changed it.
	Starter, Edited bool
}

// SavedReplyList is the saved-reply page.
type SavedReplyList struct {
	Rows   []SavedReplyRow
	Notice string
}

// SavedReplyText is one language's text in the saved-reply editor.
type SavedReplyText struct{ Code, Name, Text string }

// SavedReplyForm is the saved-reply editor.
type SavedReplyForm struct {
	// Ref is "new", "own:<id>" or "starter:<key>".
	Ref            string
	IsNew, Starter bool
	Edited         bool
	Title          string
	Texts          []SavedReplyText
	Errors         Errors
	Saved          bool
}
