// assistant-chat.js: the chat panel, loaded by assistant-loader.js on the
// shopper's first interaction. It mounts into the loader's shadow root.
import { call, HttpError, RateLimited } from './api';
import { renderCard, variantNumber } from './cards';
import type { ProductCard } from './cards';
import { h, richText } from './dom';
import CSS from './panel.css';
import { pickLang, RTL } from './locale';
import { load, save } from './store';
import type { Bridge, ChatApi, Msg, Persisted, Strings } from './types';

/** ChatReply is the answer of POST {proxy}/chat. */
interface ChatReply {
  conversation_id: string;
  conversation_token?: string;
  message_id?: string;
  reply: string;
  language?: string;
  intent?: string;
  cards?: unknown[];
  quick_replies?: string[];
  handoff?: boolean;
  offline?: boolean;
  /** The shopper closed the chat (thanks, bye): show the end-of-chat rating. */
  ask_rating?: boolean;
}

/** History is the answer of GET {proxy}/conversations/{id}. */
interface History {
  conversation_id: string;
  language?: string;
  handoff?: boolean;
  messages?: { id?: string; role: Msg['role']; text: string; created_at?: string; cards?: unknown[] }[];
}

type Win = { __shopAssist?: Bridge; Shopify?: { routes?: { root?: string }; currency?: { active?: string } } };
const W = window as unknown as Win;
// Hidden cart attribute / line item property naming the conversation: Shopify
// copies cart attributes to the order's note_attributes and line properties to
// its line items, so orders/create can credit the chat. The underscore hides
// both from the shopper at checkout.
const ATTR = '_shopassist_conversation';
const KEEP = 30; // messages kept in localStorage: enough to resume, small enough to stay fast
const RETRY_MAX = 30000;
const THUMB = 'M2 21h4V9H2v12zM22 10c0-1.1-.9-2-2-2h-6.3l1-4.6V3c0-.4-.2-.8-.5-1.1L13.2 1 6.6 7.6C6.2 8 6 8.5 6 9v10c0 1.1.9 2 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7c.1-.3.2-.5.2-.8v-2z';

// Icons are drawn, not emoji: many systems (and headless browsers) lack an emoji font.
function thumb(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', THUMB);
  svg.appendChild(path);
  return svg;
}

/** stored returns the persisted conversation if it belongs to the logged-in customer. */
function stored(b: Bridge): Persisted {
  const st = load(b.cfg.shop);
  // A different (or no longer) logged-in customer must never see the previous
  // shopper's conversation on a shared device.
  return (st.customer || '') === b.cfg.customerId ? st : { customer: b.cfg.customerId };
}

// mount builds the panel in language lang, whose strings t are already loaded.
function mount(b: Bridge, st: Persisted, lang: string, t: Strings): ChatApi {
  const { cfg, root } = b;
  st.customer = cfg.customerId;
  let msgs: Msg[] = st.msgs || [];
  let isOpen = false;
  let busy = false;
  let waitUntil = 0;
  let listening = false;
  const seen = new Set<string>();

  const persist = () => {
    st.msgs = msgs.filter((m) => !m.local).slice(-KEEP);
    save(cfg.shop, st);
  };

  // ---- chrome -------------------------------------------------------------
  const title = h('h2', { id: 'sa-title' });
  const closeBtn = h('button', { type: 'button', class: 'x' }, '\u00d7');
  const notice = h('p', { class: 'notice' });
  notice.hidden = true;
  const log = h('div', { class: 'log', role: 'log', 'aria-live': 'off', tabindex: '0' });
  // Separate polite live region: only bot/agent replies and confirmations are
  // announced, not the shopper's own echo or the whole log on resume.
  const live = h('div', { class: 'sr', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const typingText = h('span', { class: 'sr' });
  const typing = h('div', { class: 'typing' }, h('span', { class: 'dot' }), h('span', { class: 'dot' }), h('span', { class: 'dot' }), typingText);
  typing.hidden = true;
  const chips = h('div', { class: 'chips', role: 'group' });
  const input = h('input', { type: 'text', class: 'in', maxlength: '1000', autocomplete: 'off', enterkeyhint: 'send' });
  const sendBtn = h('button', { type: 'submit', class: 'send' });
  const form = h('form', { class: 'f' }, input, sendBtn);
  const panel = h(
    'div',
    { class: 'p', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'sa-title' },
    h('div', { class: 'hd' }, title, closeBtn),
    notice,
    log,
    typing,
    chips,
    form,
    live,
  );
  panel.hidden = true;
  const style = h('style');
  style.textContent = CSS;
  root.append(style, panel);

  const applyStrings = () => {
    title.textContent = t.title;
    closeBtn.setAttribute('aria-label', t.close);
    log.setAttribute('aria-label', t.log);
    typingText.textContent = t.typing;
    chips.setAttribute('aria-label', t.quickReplies);
    input.placeholder = t.placeholder;
    input.setAttribute('aria-label', t.message);
    sendBtn.textContent = t.send;
  };
  // setLang follows the conversation's language, for the chrome too when the
  // widget has strings for it (fetched on demand, one small file per language).
  const setLang = async (l: string | undefined): Promise<void> => {
    if (!l) return;
    st.lang = l;
    panel.lang = l;
    panel.dir = RTL.test(l) ? 'rtl' : 'ltr';
    const k = pickLang(l);
    if (!k || k === lang) return;
    try {
      const next = await b.i18n(k);
      if (pickLang(st.lang) !== k) return; // the conversation moved on meanwhile
      lang = k;
      t = next;
      applyStrings();
    } catch {
      // Strings unreachable: the chrome stays in the current language.
    }
  };
  applyStrings();
  panel.lang = st.lang || cfg.locale;
  panel.dir = RTL.test(st.lang || cfg.locale) ? 'rtl' : 'ltr';

  const showNotice = (s: string) => {
    notice.textContent = s;
    notice.hidden = !s;
  };
  const announce = (s: string) => {
    live.textContent = s;
  };

  // ---- messages -----------------------------------------------------------
  const cardCtx = {
    get t() {
      return t;
    },
    locale: cfg.locale,
    currency: (W.Shopify && W.Shopify.currency && W.Shopify.currency.active) || 'USD',
    addToCart,
  };

  function feedback(m: Msg): HTMLElement {
    const thanks = h('span', { role: 'status', dir: 'auto' });
    const up = h('button', { type: 'button', 'aria-pressed': 'false', 'aria-label': t.helpful, title: t.helpful }, thumb());
    const down = h('button', { type: 'button', class: 'dn', 'aria-pressed': 'false', 'aria-label': t.notHelpful, title: t.notHelpful }, thumb());
    const rate = (rating: 1 | -1, btn: HTMLButtonElement) => {
      up.disabled = down.disabled = true;
      btn.setAttribute('aria-pressed', 'true');
      call(cfg.proxy + '/feedback', {
        conversation_id: st.id,
        conversation_token: st.token,
        message_id: m.id,
        rating,
      })
        .then(() => {
          thanks.textContent = t.thanks;
        })
        .catch(() => {
          up.disabled = down.disabled = false;
          btn.setAttribute('aria-pressed', 'false');
        });
    };
    up.addEventListener('click', () => rate(1, up));
    down.addEventListener('click', () => rate(-1, down));
    return h('div', { class: 'fb' }, up, down, thanks);
  }

  // End-of-chat rating with an optional comment, offered when the shopper
  // closes the conversation (the reply's ask_rating).
  function survey(): HTMLElement {
    let rating = 0;
    const up = h('button', { type: 'button', 'aria-pressed': 'false', 'aria-label': t.helpful, title: t.helpful }, thumb());
    const down = h('button', { type: 'button', class: 'dn', 'aria-pressed': 'false', 'aria-label': t.notHelpful, title: t.notHelpful }, thumb());
    const note = h('textarea', { class: 'cm', rows: '2', maxlength: '1000', 'aria-label': t.comment, placeholder: t.comment, dir: 'auto' });
    const submit = h('button', { type: 'submit', class: 'rs' }, t.send);
    const form = h('form', { class: 'rate' }, h('p', { class: 'q', dir: 'auto' }, t.rateChat), h('div', { class: 'fb' }, up, down), note, submit);
    note.hidden = submit.hidden = true;
    const pick = (v: 1 | -1) => {
      rating = v;
      up.setAttribute('aria-pressed', String(v === 1));
      down.setAttribute('aria-pressed', String(v === -1));
      note.hidden = submit.hidden = false;
      note.focus();
      log.scrollTop = log.scrollHeight;
    };
    up.addEventListener('click', () => pick(1));
    down.addEventListener('click', () => pick(-1));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!rating) return;
      submit.disabled = true;
      call(cfg.proxy + '/feedback', {
        conversation_id: st.id,
        conversation_token: st.token,
        rating,
        comment: note.value.trim().slice(0, 1000),
      })
        .then(() => {
          form.textContent = '';
          form.append(h('p', { class: 'q', role: 'status', dir: 'auto' }, t.thanks));
          announce(t.thanks);
        })
        .catch(() => {
          submit.disabled = false;
        });
    });
    return form;
  }

  function render(m: Msg): void {
    if (m.id) seen.add(m.id);
    const who = m.role === 'shopper' ? t.you : m.role === 'agent' ? t.agent : t.assistant;
    const cards = (m.cards || []).map((c) => renderCard(c, cardCtx)).filter(Boolean) as HTMLElement[];
    log.append(
      h(
        'div',
        { class: 'm ' + m.role },
        m.role === 'agent' ? h('span', { class: 'who' }, who) : h('span', { class: 'sr' }, who + ':'),
        h('p', { class: 'tx', dir: 'auto' }, ...richText(m.text || '')),
        cards.length > 0 && h('div', { class: 'cards' }, ...cards),
        m.role === 'bot' && !m.local && !!m.id && feedback(m),
      ),
    );
    log.scrollTop = log.scrollHeight;
  }

  function add(m: Msg, speak: boolean): void {
    // The long poll and the chat answer can both carry the same message.
    if (m.id && seen.has(m.id)) return;
    msgs.push(m);
    render(m);
    if (speak) announce(m.text);
    if (!isOpen && m.role !== 'shopper' && !m.local) {
      st.unread = (st.unread || 0) + 1;
      b.badge(st.unread);
    }
    persist();
  }

  function setChips(list: string[] | undefined): void {
    chips.textContent = '';
    for (const q of (list || []).slice(0, 6)) {
      if (typeof q !== 'string' || !q) continue;
      const c = h('button', { type: 'button', class: 'chip' }, q);
      c.addEventListener('click', () => send(q));
      chips.append(c);
    }
    // The chips take room from the log: keep its newest message in view.
    log.scrollTop = log.scrollHeight;
  }

  function greet(): void {
    add({ role: 'bot', text: cfg.greeting || t.greeting, local: true }, false);
    setChips([t.qTrack, t.qReturn, t.qRecommend]);
  }

  function resetConversation(): void {
    st = { customer: cfg.customerId, lang: st.lang };
    msgs = [];
    seen.clear();
    log.textContent = '';
  }

  // ---- cart ---------------------------------------------------------------
  const cartRoot = () => (W.Shopify && W.Shopify.routes && W.Shopify.routes.root) || '/';

  // tagCart records the conversation on the shopper's cart once per page view
  // in which they chat (a stored conversation alone never tags a later cart).
  let tagged = '';
  function tagCart(): void {
    const id = st.id;
    if (!id || tagged === id) return;
    tagged = id;
    fetch(cartRoot() + 'cart/update.js', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ attributes: { [ATTR]: id } }),
      credentials: 'same-origin',
    }).then(
      (r) => r.ok || (tagged = ''),
      () => (tagged = ''),
    );
  }

  async function addToCart(c: ProductCard, btn: HTMLButtonElement, status: HTMLElement): Promise<void> {
    const id = variantNumber(c.variant_id);
    if (!id) return;
    btn.disabled = true;
    status.textContent = '';
    try {
      // Shopify.routes.root keeps locale-prefixed storefronts (/fr/) on their market.
      const item: Record<string, unknown> = { id, quantity: 1 };
      if (st.id) item.properties = { [ATTR]: st.id };
      const res = await fetch(cartRoot() + 'cart/add.js', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ items: [item] }),
        credentials: 'same-origin',
      });
      if (!res.ok) throw new HttpError(res.status);
      const data = await res.json().catch(() => null);
      // Say which variant went in ("Added to cart: Black / M").
      status.textContent = c.variant_title ? t.added + ': ' + c.variant_title : t.added;
      announce(t.added + ': ' + c.title + (c.variant_title ? ' (' + c.variant_title + ')' : ''));
      tagCart();
      if (st.id) {
        // A demand signal for the merchant's analytics; the cart is what matters to the shopper.
        call(cfg.proxy + '/cart', {
          conversation_id: st.id,
          conversation_token: st.token,
          product_id: String(c.product_id || ''),
          variant_id: String(id),
        }).catch(() => undefined);
      }
      // Themes refresh their cart drawer/counter on their own events; this one
      // is documented in the README for merchants to hook into.
      document.dispatchEvent(
        new CustomEvent('cart:refresh', { bubbles: true, detail: { source: 'shopassist', variant_id: id, cart: data } }),
      );
    } catch {
      status.textContent = t.addFailed;
      announce(t.addFailed);
    } finally {
      btn.disabled = false;
    }
  }

  // ---- sending --------------------------------------------------------------
  function rateLimited(seconds: number): void {
    waitUntil = Date.now() + seconds * 1000;
    sendBtn.disabled = true;
    announce(t.wait.replace('{s}', String(seconds)));
    const tick = () => {
      const left = Math.ceil((waitUntil - Date.now()) / 1000);
      if (left <= 0) {
        sendBtn.disabled = false;
        showNotice('');
        return;
      }
      showNotice(t.wait.replace('{s}', String(left)));
      setTimeout(tick, 1000);
    };
    tick();
  }

  async function send(raw: string, retried = false): Promise<void> {
    const text = raw.trim().slice(0, 1000);
    if (!text || busy || Date.now() < waitUntil) return;
    busy = true;
    input.value = '';
    setChips([]);
    if (!retried) add({ role: 'shopper', text }, false);
    typing.hidden = false;
    log.setAttribute('aria-busy', 'true');
    let retry = false;
    try {
      const r = await call<ChatReply>(cfg.proxy + '/chat', {
        conversation_id: st.id,
        conversation_token: st.token,
        message: text,
        locale: cfg.locale,
        browser_language: navigator.language,
        time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        country: cfg.country,
        product_id: cfg.productId,
      });
      st.id = r.conversation_id;
      st.token = r.conversation_token;
      await setLang(r.language);
      add({ id: r.message_id, role: 'bot', text: r.reply, cards: r.cards }, true);
      tagCart();
      if (r.ask_rating) {
        log.append(survey());
        log.scrollTop = log.scrollHeight;
      }
      setChips(r.quick_replies);
      showNotice(r.offline ? t.offline : r.handoff ? t.handoff : '');
      st.handoff = !!r.handoff;
      listen();
    } catch (e) {
      if (e instanceof RateLimited) {
        // Give the text back so the shopper does not have to retype it.
        msgs.pop();
        if (log.lastChild) log.removeChild(log.lastChild);
        input.value = text;
        rateLimited(e.seconds);
      } else if (e instanceof HttpError && e.status === 503) {
        // Temporarily unavailable, nothing stored: give the text back for a retry.
        msgs.pop();
        if (log.lastChild) log.removeChild(log.lastChild);
        input.value = text;
        showNotice(e.detail || t.error);
        announce(e.detail || t.error);
      } else if (e instanceof HttpError && (e.status === 403 || e.status === 404) && st.id && !retried) {
        // The stored conversation expired or is not ours any more: start afresh.
        const keep = msgs[msgs.length - 1];
        resetConversation();
        msgs.push(keep);
        render(keep);
        retry = true;
      } else {
        showNotice(t.error);
        announce(t.error);
      }
    } finally {
      busy = false;
      typing.hidden = true;
      log.removeAttribute('aria-busy');
      persist();
    }
    if (retry) return send(text, true);
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    send(input.value);
  });

  // ---- history and agent replies ------------------------------------------
  const historyUrl = () =>
    cfg.proxy + '/conversations/' + encodeURIComponent(st.id || '') + '?token=' + encodeURIComponent(st.token || '');

  // Resume on a new page: the log becomes the server's view. Agent replies
  // this browser had not shown yet (sent while the shopper was on another
  // page or away) count as unread for the launcher badge.
  async function syncHistory(): Promise<void> {
    if (!st.id) return;
    const hist = await call<History>(historyUrl());
    const known = new Set(msgs.map((m) => m.id));
    msgs = [];
    seen.clear();
    log.textContent = '';
    for (const m of hist.messages || []) {
      const x: Msg = { id: m.id, role: m.role, text: m.text, cards: m.cards };
      if (m.role === 'agent' && !known.has(m.id) && !isOpen) st.unread = (st.unread || 0) + 1;
      msgs.push(x);
      render(x);
    }
    b.badge(isOpen ? 0 : st.unread || 0);
    await setLang(hist.language);
    st.handoff = !!hist.handoff;
    persist();
  }

  // listen long-polls the app proxy for agent replies (Shopify's proxy does
  // not stream): the server answers as soon as one is stored, else after 25
  // s, and the next request starts at once. It runs while the page is
  // visible, panel open or closed, so a closed chat shows the badge.
  const lastId = () => msgs.reduce((n, m) => Math.max(n, Number(m.id) || 0), 0);
  async function listen(): Promise<void> {
    if (listening) return;
    listening = true;
    let backoff = 1000;
    while (st.id && !document.hidden) {
      const id = st.id;
      try {
        const hist = await call<History>(historyUrl() + '&after=' + lastId() + '&wait=25');
        if (id !== st.id) continue;
        backoff = 1000;
        for (const m of hist.messages || []) {
          if (m.role !== 'shopper') add({ id: m.id, role: m.role, text: m.text, cards: m.cards }, true);
        }
        st.handoff = !!hist.handoff;
        persist();
      } catch (e) {
        if (e instanceof HttpError && (e.status === 403 || e.status === 404)) break;
        const wait = e instanceof RateLimited ? e.seconds * 1000 : backoff;
        backoff = Math.min(backoff * 2, RETRY_MAX);
        await new Promise((r) => setTimeout(r, wait));
      }
    }
    listening = false;
  }
  document.addEventListener('visibilitychange', () => document.hidden || listen());

  // ---- open / close / keyboard --------------------------------------------
  const focusables = () =>
    Array.from(panel.querySelectorAll<HTMLElement>('button,a[href],input,[tabindex="0"]')).filter(
      (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
    );

  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      api.close(true);
      return;
    }
    if (e.key !== 'Tab') return;
    const f = focusables();
    if (!f.length) return;
    const first = f[0];
    const last = f[f.length - 1];
    const active = root.activeElement;
    if (e.shiftKey && (active === first || !panel.contains(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  });
  b.launcher.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && isOpen) api.close(true);
  });
  closeBtn.addEventListener('click', () => api.close(true));

  const api: ChatApi = {
    open(focus) {
      isOpen = true;
      panel.hidden = false;
      st.open = true;
      st.unread = 0;
      b.badge(0);
      b.expanded(true);
      persist();
      log.scrollTop = log.scrollHeight;
      if (focus) input.focus();
      listen();
    },
    close(returnFocus) {
      isOpen = false;
      panel.hidden = true;
      st.open = false;
      b.expanded(false);
      persist();
      if (returnFocus) b.launcher.focus();
    },
    isOpen: () => isOpen,
  };

  // ---- resume -------------------------------------------------------------
  for (const m of msgs) render(m);
  if (st.id) {
    syncHistory()
      .then(() => listen())
      .catch((e) => {
        if (e instanceof HttpError && (e.status === 403 || e.status === 404)) {
          resetConversation();
          persist();
          greet();
        }
      });
  } else {
    msgs = [];
    log.textContent = '';
    greet();
  }
  return api;
}

const bridge = W.__shopAssist;
if (bridge && !bridge.api && !bridge.booting) {
  bridge.booting = true;
  const st = stored(bridge);
  const lang = pickLang(st.lang) || pickLang(bridge.cfg.locale) || 'en';
  bridge.i18n(lang).then(
    (t) => bridge.ready(mount(bridge, st, lang, t)),
    () => {
      bridge.booting = false;
      bridge.failed();
    },
  );
}
