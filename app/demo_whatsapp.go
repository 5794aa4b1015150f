package app

import (
	"net/http"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"shopassist/channels/meta/metatest"
)

// demoWhatsAppUser is the demo shopper's WhatsApp number: a customer of
// the demo store (Oliver Bennett), so "where is my order?" finds his orders
// by the number WhatsApp verified.
const demoWhatsAppUser = "447700900123"

// demoChat is what the demo WhatsApp page shows: the shopper's messages as
// they were sent through the signed webhook, and what the fake Graph API
// received for the shopper.
type demoChat struct {
	mu   sync.Mutex
	sent []demoBubble
}

type demoBubble struct {
	From    string    `json:"from"` // "shopper" or "business"
	Text    string    `json:"text"`
	Buttons []string  `json:"buttons,omitempty"`
	Kind    string    `json:"kind,omitempty"` // button or list
	Status  string    `json:"status,omitempty"`
	At      time.Time `json:"at"`
}

// demoWhatsAppPage serves a WhatsApp-style conversation with the demo store.
func (a *App) demoWhatsAppPage(c echo.Context) error {
	if a.channelParts.graph == nil {
		return echo.NewHTTPError(http.StatusNotFound, "The WhatsApp demo needs the built-in fake Graph API (unset META_GRAPH_URL).")
	}
	return c.HTML(http.StatusOK, demoWhatsAppHTML)
}

// demoWhatsAppSend posts the shopper's message (or button tap) to the app's
// own Meta webhook, signed with the app secret, like WhatsApp does.
func (a *App) demoWhatsAppSend(c echo.Context) error {
	if a.channelParts.graph == nil {
		return echo.NewHTTPError(http.StatusNotFound, "No WhatsApp demo.")
	}
	text := strings.TrimSpace(c.FormValue("text"))
	if text == "" || utf8.RuneCountInString(text) > 1000 {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, "Write a message of at most 1000 characters.")
	}
	wh := &metatest.Webhook{URL: "http://app.demo.invalid/webhooks/meta", AppSecret: a.metaAppSecret(),
		Graph: a.channelParts.graph, HTTP: &http.Client{Transport: metatest.Transport(a.echo)}}
	var body []byte
	now := a.now()
	switch c.FormValue("kind") {
	case "button":
		body, _ = wh.WhatsAppButtonReply(DemoWhatsAppPhoneID, demoWhatsAppUser, "Oliver Bennett", text, text, now)
	case "list":
		body, _ = wh.WhatsAppListReply(DemoWhatsAppPhoneID, demoWhatsAppUser, "Oliver Bennett", text, text, now)
	default:
		body, _ = wh.WhatsAppText(DemoWhatsAppPhoneID, demoWhatsAppUser, "Oliver Bennett", "", text, now)
	}
	code, err := wh.Deliver(body, nil)
	if err != nil {
		return err
	}
	if code != http.StatusOK {
		return echo.NewHTTPError(http.StatusBadGateway, "The webhook answered "+http.StatusText(code)+".")
	}
	a.demoWA.mu.Lock()
	a.demoWA.sent = append(a.demoWA.sent, demoBubble{From: "shopper", Text: text, At: now})
	a.demoWA.mu.Unlock()
	if !a.cfg.RunsWorkers() {
		// No job workers in this process: process the delivery here.
		if err := a.channelParts.meta.ProcessPending(c.Request().Context()); err != nil {
			return err
		}
	}
	return c.NoContent(http.StatusNoContent)
}

// demoWhatsAppMessages lists the conversation as the phone shows it.
func (a *App) demoWhatsAppMessages(c echo.Context) error {
	if a.channelParts.graph == nil {
		return echo.NewHTTPError(http.StatusNotFound, "No WhatsApp demo.")
	}
	a.demoWA.mu.Lock()
	out := append([]demoBubble(nil), a.demoWA.sent...)
	a.demoWA.mu.Unlock()
	for _, s := range a.channelParts.graph.SentTo(demoWhatsAppUser) {
		out = append(out, graphBubble(s))
	}
	// Both lists are in time order; merge by time.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].At.Before(out[j-1].At); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return c.JSON(http.StatusOK, map[string]any{"messages": out})
}

// graphBubble renders one message the fake Graph API accepted.
func graphBubble(s metatest.Sent) demoBubble {
	b := demoBubble{From: "business", Text: s.Text, At: s.At}
	inter, _ := s.Body["interactive"].(map[string]any)
	action, _ := inter["action"].(map[string]any)
	objects := func(v any) []map[string]any {
		list, _ := v.([]any)
		out := make([]map[string]any, 0, len(list))
		for _, x := range list {
			if m, ok := x.(map[string]any); ok {
				out = append(out, m)
			}
		}
		return out
	}
	switch inter["type"] {
	case "button":
		b.Kind = "button"
		for _, x := range objects(action["buttons"]) {
			if r, ok := x["reply"].(map[string]any); ok {
				id, _ := r["id"].(string)
				b.Buttons = append(b.Buttons, id)
			}
		}
	case "list":
		b.Kind = "list"
		for _, sec := range objects(action["sections"]) {
			for _, r := range objects(sec["rows"]) {
				id, _ := r["id"].(string)
				b.Buttons = append(b.Buttons, id)
			}
		}
	}
	return b
}

const demoWhatsAppHTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>WhatsApp demo · Summit &amp; Sea</title>
<style>
body{margin:0;font:15px/1.4 system-ui,sans-serif;background:#d1d7db;display:flex;justify-content:center}
.phone{width:100%;max-width:420px;height:100vh;display:flex;flex-direction:column;background:#efeae2}
header{background:#008069;color:#fff;padding:12px 16px}header small{display:block;opacity:.8}
#log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:6px}
.b{max-width:80%;padding:6px 10px;border-radius:8px;white-space:pre-wrap;word-wrap:break-word;box-shadow:0 1px .5px rgba(0,0,0,.13)}
.shopper{align-self:flex-end;background:#d9fdd3}.business{align-self:flex-start;background:#fff}
.btns{display:flex;flex-direction:column;gap:4px;margin-top:6px}.btns button{border:0;border-top:1px solid #e9edef;background:none;color:#027eb5;padding:6px;cursor:pointer;font:inherit}
form{display:flex;gap:8px;padding:8px;background:#f0f2f5}input{flex:1;border:0;border-radius:8px;padding:10px;font:inherit}
form button{border:0;border-radius:50%;width:42px;background:#008069;color:#fff;font-size:18px;cursor:pointer}
.note{font-size:12px;color:#54656f;text-align:center;padding:4px}
</style></head><body><div class="phone">
<header><strong>Summit &amp; Sea</strong><small>WhatsApp Business · demo through the signed Meta webhook</small></header>
<div class="note">You are Oliver Bennett (+44 7700 900123), a customer of the demo store. Try “where is my order?”, “do you ship to Canada?” or write in your language.</div>
<div id="log" aria-live="polite" data-testid="wa-log"></div>
<form id="f"><input id="t" name="text" autocomplete="off" placeholder="Message" aria-label="Message" maxlength="1000"><button aria-label="Send">➤</button></form>
</div>
<script>
const log=document.getElementById('log');let shown='';
async function send(text,kind){const fd=new URLSearchParams({text:text,kind:kind||''});
 const r=await fetch('/demo/whatsapp/send',{method:'POST',body:fd});if(!r.ok){alert(await r.text())}poll()}
function render(ms){const s=JSON.stringify(ms);if(s===shown)return;shown=s;log.textContent='';
 for(const m of ms){const d=document.createElement('div');d.className='b '+m.from;d.dataset.testid='wa-bubble';d.textContent=m.text;
  if(m.buttons&&m.buttons.length){const bs=document.createElement('div');bs.className='btns';
   for(const b of m.buttons){const x=document.createElement('button');x.type='button';x.textContent=b;x.onclick=()=>send(b,m.kind);bs.appendChild(x)}d.appendChild(bs)}
  log.appendChild(d)}log.scrollTop=log.scrollHeight}
async function poll(){try{const r=await fetch('/demo/whatsapp/messages');if(r.ok)render((await r.json()).messages)}catch(e){}}
document.getElementById('f').onsubmit=e=>{e.preventDefault();const t=document.getElementById('t');if(t.value.trim()){send(t.value.trim());t.value=''}};
poll();setInterval(poll,1000);
</script></body></html>`
