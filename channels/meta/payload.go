package meta

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"shopassist/channels"
)

// Webhook objects: WhatsApp Business Account, Facebook Page (Messenger),
// Instagram.
const (
	ObjectWhatsApp  = "whatsapp_business_account"
	ObjectPage      = "page"
	ObjectInstagram = "instagram"
)

// Payload is the body of a Meta webhook POST. WhatsApp nests its events in
// entry[].changes[].value; Messenger and Instagram in entry[].messaging[].
type Payload struct {
	Object string  `json:"object"`
	Entry  []Entry `json:"entry"`
}

// Entry is one business object's batch of events.
type Entry struct {
	ID        string      `json:"id"`
	Time      int64       `json:"time"`
	Changes   []Change    `json:"changes"`
	Messaging []Messaging `json:"messaging"`
}

// Change is a WhatsApp change notification.
type Change struct {
	Field string  `json:"field"`
	Value WAValue `json:"value"`
}

// WAValue is the value of a WhatsApp "messages" change.
type WAValue struct {
	MessagingProduct string `json:"messaging_product"`
	Metadata         struct {
		DisplayPhoneNumber string `json:"display_phone_number"`
		PhoneNumberID      string `json:"phone_number_id"`
	} `json:"metadata"`
	Contacts []struct {
		Profile struct {
			Name string `json:"name"`
		} `json:"profile"`
		WaID string `json:"wa_id"`
	} `json:"contacts"`
	Messages []WAMessage `json:"messages"`
	Statuses []WAStatus  `json:"statuses"`
}

// WAMessage is one inbound WhatsApp message.
type WAMessage struct {
	From      string `json:"from"`
	ID        string `json:"id"`
	Timestamp string `json:"timestamp"`
	Type      string `json:"type"`
	Text      *struct {
		Body string `json:"body"`
	} `json:"text"`
	Interactive *struct {
		Type        string `json:"type"`
		ButtonReply *struct {
			ID    string `json:"id"`
			Title string `json:"title"`
		} `json:"button_reply"`
		ListReply *struct {
			ID          string `json:"id"`
			Title       string `json:"title"`
			Description string `json:"description"`
		} `json:"list_reply"`
	} `json:"interactive"`
	// Button is the reply to a template's quick-reply button.
	Button *struct {
		Payload string `json:"payload"`
		Text    string `json:"text"`
	} `json:"button"`
	Image    *waMedia `json:"image"`
	Document *waMedia `json:"document"`
	Audio    *waMedia `json:"audio"`
	Video    *waMedia `json:"video"`
}

type waMedia struct {
	ID       string `json:"id"`
	MimeType string `json:"mime_type"`
	Caption  string `json:"caption"`
	Filename string `json:"filename"`
}

// WAStatus is a delivery status of a message we sent.
type WAStatus struct {
	ID          string `json:"id"`
	Status      string `json:"status"`
	Timestamp   string `json:"timestamp"`
	RecipientID string `json:"recipient_id"`
	Errors      []struct {
		Code  int    `json:"code"`
		Title string `json:"title"`
	} `json:"errors"`
}

// Messaging is one Messenger or Instagram event.
type Messaging struct {
	Sender    struct{ ID string } `json:"sender"`
	Recipient struct{ ID string } `json:"recipient"`
	Timestamp int64               `json:"timestamp"`
	Message   *struct {
		Mid        string `json:"mid"`
		Text       string `json:"text"`
		IsEcho     bool   `json:"is_echo"`
		QuickReply *struct {
			Payload string `json:"payload"`
		} `json:"quick_reply"`
		Attachments []struct {
			Type    string `json:"type"`
			Payload struct {
				URL string `json:"url"`
			} `json:"payload"`
		} `json:"attachments"`
	} `json:"message"`
	Postback *struct {
		Mid     string `json:"mid"`
		Title   string `json:"title"`
		Payload string `json:"payload"`
	} `json:"postback"`
	Delivery *struct {
		Mids      []string `json:"mids"`
		Watermark int64    `json:"watermark"`
	} `json:"delivery"`
	Read *struct {
		Mid       string `json:"mid"`
		Watermark int64  `json:"watermark"`
	} `json:"read"`
}

// Message is a parsed inbound shopper message: the business address it
// was sent to and what channels.Inbound needs.
type Message struct {
	Channel channels.Channel
	// Business is the phone_number_id, page id or Instagram account id.
	Business          string
	From, Name, Text  string
	ProviderMessageID string
	Attachments       []channels.Attachment
	At                time.Time
}

// Status is a parsed delivery status of a message we sent.
type Status struct {
	Channel    channels.Channel
	Business   string
	ProviderID string
	// Status is db.ChannelSent/Delivered/Read/Failed.
	Status string
	Error  string
}

// Parse reads a webhook body into shopper messages and statuses. Unknown
// objects, fields and event kinds are skipped (Meta adds them over time);
// only undecodable JSON is an error.
func Parse(body []byte) ([]Message, []Status, error) {
	var p Payload
	if err := json.Unmarshal(body, &p); err != nil {
		return nil, nil, fmt.Errorf("decode meta webhook: %w", err)
	}
	var msgs []Message
	var sts []Status
	switch p.Object {
	case ObjectWhatsApp:
		for _, e := range p.Entry {
			for _, c := range e.Changes {
				if c.Field != "messages" {
					continue
				}
				m, s := parseWhatsApp(c.Value)
				msgs, sts = append(msgs, m...), append(sts, s...)
			}
		}
	case ObjectPage, ObjectInstagram:
		ch := channels.Messenger
		if p.Object == ObjectInstagram {
			ch = channels.Instagram
		}
		for _, e := range p.Entry {
			for _, ev := range e.Messaging {
				m, s := parseMessaging(ch, e.ID, ev)
				msgs, sts = append(msgs, m...), append(sts, s...)
			}
		}
	}
	return msgs, sts, nil
}

func parseWhatsApp(v WAValue) ([]Message, []Status) {
	biz := v.Metadata.PhoneNumberID
	names := map[string]string{}
	for _, c := range v.Contacts {
		names[c.WaID] = c.Profile.Name
	}
	var msgs []Message
	for _, m := range v.Messages {
		out := Message{Channel: channels.WhatsApp, Business: biz, From: m.From, Name: names[m.From],
			ProviderMessageID: m.ID, At: unixSeconds(m.Timestamp)}
		switch {
		case m.Text != nil:
			out.Text = m.Text.Body
		case m.Interactive != nil && m.Interactive.ButtonReply != nil:
			// Our button ids carry the full quick-reply text (titles are
			// cut to 20 characters).
			out.Text = firstNonEmpty(m.Interactive.ButtonReply.ID, m.Interactive.ButtonReply.Title)
		case m.Interactive != nil && m.Interactive.ListReply != nil:
			out.Text = firstNonEmpty(m.Interactive.ListReply.ID, m.Interactive.ListReply.Title)
		case m.Button != nil:
			out.Text = firstNonEmpty(m.Button.Text, m.Button.Payload)
		default:
			for _, media := range []struct {
				kind string
				m    *waMedia
			}{{"image", m.Image}, {"document", m.Document}, {"audio", m.Audio}, {"video", m.Video}} {
				if media.m == nil {
					continue
				}
				out.Text = media.m.Caption
				out.Attachments = append(out.Attachments, channels.Attachment{Name: firstNonEmpty(media.m.Filename, media.kind),
					ContentType: media.m.MimeType, URL: "media:" + media.m.ID})
			}
		}
		if out.From == "" || out.ProviderMessageID == "" {
			continue
		}
		msgs = append(msgs, out)
	}
	var sts []Status
	for _, s := range v.Statuses {
		st := Status{Channel: channels.WhatsApp, Business: biz, ProviderID: s.ID, Status: s.Status}
		if len(s.Errors) > 0 {
			st.Error = fmt.Sprintf("(#%d) %s", s.Errors[0].Code, s.Errors[0].Title)
		}
		if s.ID != "" {
			sts = append(sts, st)
		}
	}
	return msgs, sts
}

func parseMessaging(ch channels.Channel, business string, ev Messaging) ([]Message, []Status) {
	if ev.Recipient.ID != "" {
		business = ev.Recipient.ID
	}
	at := time.UnixMilli(ev.Timestamp).UTC()
	switch {
	case ev.Message != nil && !ev.Message.IsEcho:
		m := Message{Channel: ch, Business: business, From: ev.Sender.ID, ProviderMessageID: ev.Message.Mid,
			Text: ev.Message.Text, At: at}
		if ev.Message.QuickReply != nil && ev.Message.QuickReply.Payload != "" {
			// Our payloads carry the full quick-reply text.
			m.Text = ev.Message.QuickReply.Payload
		}
		for _, a := range ev.Message.Attachments {
			m.Attachments = append(m.Attachments, channels.Attachment{Name: a.Type, URL: a.Payload.URL})
		}
		if m.From == "" || m.ProviderMessageID == "" {
			return nil, nil
		}
		return []Message{m}, nil
	case ev.Postback != nil:
		m := Message{Channel: ch, Business: business, From: ev.Sender.ID, ProviderMessageID: ev.Postback.Mid,
			Text: firstNonEmpty(ev.Postback.Payload, ev.Postback.Title), At: at}
		if m.ProviderMessageID == "" {
			// Older postbacks carry no mid: the sender and time identify it.
			m.ProviderMessageID = "postback:" + ev.Sender.ID + ":" + strconv.FormatInt(ev.Timestamp, 10)
		}
		if m.From == "" {
			return nil, nil
		}
		return []Message{m}, nil
	case ev.Delivery != nil:
		var sts []Status
		for _, mid := range ev.Delivery.Mids {
			sts = append(sts, Status{Channel: ch, Business: business, ProviderID: mid, Status: "delivered"})
		}
		return nil, sts
	case ev.Read != nil && ev.Read.Mid != "":
		return nil, []Status{{Channel: ch, Business: business, ProviderID: ev.Read.Mid, Status: "read"}}
	}
	return nil, nil
}

func unixSeconds(s string) time.Time {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n <= 0 {
		return time.Time{}
	}
	return time.Unix(n, 0).UTC()
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
