// assistant-loader.js: the only widget code on every storefront page view.
// It draws the launcher and nothing else; the chat UI (assistant-chat.js) is
// fetched on the shopper's first interaction so themes pay a few KB at most.
import CSS from './launcher.css';
import labels from './i18n/launcher.json';
import { pickLang } from './locale';
import { load } from './store';
import type { Bridge, ChatApi, Config, Strings } from './types';

const W = window as unknown as { __shopAssist?: Bridge };
const SVG = 'http://www.w3.org/2000/svg';
const BUBBLE = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z';
const CROSS = 'M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z';


// Only colours reach a CSS custom property: a theme editor value is trusted,
// but a hand-edited attribute must not smuggle other declarations in.
const color = (v: string | undefined, d: string) =>
  v && /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\))$/i.test(v.trim()) ? v.trim() : d;

function start(): void {
  if (W.__shopAssist) return; // the embed was rendered twice
  // The app embed renders its settings on #shopassist-config and Shopify adds
  // this script from the block schema's "javascript"; the demo page and the
  // test harness put the same data-* attributes on the script tag itself.
  const cur = document.currentScript as HTMLScriptElement | null;
  const s = ((cur && cur.dataset.proxy && cur) ||
    document.querySelector('#shopassist-config,script[data-chat-src][data-proxy]')) as HTMLElement | null;
  if (!s) return;
  const d = s.dataset;
  const locale = d.locale || document.documentElement.lang || 'en';
  const cfg: Config = {
    shop: d.shop || location.hostname,
    locale,
    country: d.country || '',
    productId: d.productId || '',
    customerId: d.customerId || '',
    proxy: (d.proxy || '/apps/assistant').replace(/\/+$/, ''),
    chatSrc: d.chatSrc || '',
    position: d.position === 'bottom-left' ? 'bottom-left' : 'bottom-right',
    label: (d.label || '').trim() || (labels as Record<string, string>)[pickLang(locale) || 'en'],
    greeting: (d.greeting || '').trim(),
  };

  const host = document.createElement('div');
  host.id = 'shopassist-root';
  // Inline !important beats any theme rule that could reach the host element;
  // a zero-size fixed box takes no room, so adding it shifts no layout.
  host.setAttribute(
    'style',
    'all:initial!important;position:fixed!important;bottom:0!important;right:0!important;width:0!important;' +
      'height:0!important;z-index:2147483000!important;display:block!important',
  );
  host.style.setProperty('--sa-accent', color(d.accent, '#1a73e8'));
  host.style.setProperty('--sa-text', color(d.text, '#ffffff'));
  host.dataset.pos = cfg.position;
  host.dataset.mobile = d.mobile === 'false' ? 'false' : 'true';
  const root = host.attachShadow({ mode: 'open' });

  const style = document.createElement('style');
  style.textContent = CSS;
  const btn = document.createElement('button');
  btn.type = 'button';
  btn.className = 'l';
  btn.setAttribute('aria-haspopup', 'dialog');
  btn.setAttribute('aria-expanded', 'false');
  btn.setAttribute('aria-label', cfg.label);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', BUBBLE);
  svg.appendChild(path);
  const badge = document.createElement('span');
  badge.className = 'b';
  badge.hidden = true;
  badge.setAttribute('aria-hidden', 'true');
  btn.append(svg, badge);
  root.append(style, btn);

  let api: ChatApi | undefined;
  let pending: ((a: ChatApi) => void) | undefined;
  let loading = false;
  // Strings ship one language per file next to the chat bundle (same CDN
  // folder, so the URL is the chat bundle's with another file name).
  const tables: Record<string, Promise<Strings>> = {};
  const settle: Record<string, (t: Strings) => void> = {};
  const script = (src: string, onerror: () => void) => {
    const sc = document.createElement('script');
    sc.src = src;
    sc.async = true;
    sc.onerror = onerror;
    document.head.appendChild(sc);
  };
  const unbusy = () => {
    loading = false; // let the next click retry
    btn.removeAttribute('aria-busy');
  };

  const bridge: Bridge = {
    cfg,
    root,
    host,
    launcher: btn,
    badge(n) {
      badge.hidden = !n;
      badge.textContent = n > 9 ? '9+' : String(n);
      btn.setAttribute('aria-label', n ? cfg.label + ' (' + n + ')' : cfg.label);
    },
    expanded(open) {
      btn.setAttribute('aria-expanded', String(open));
      path.setAttribute('d', open ? CROSS : BUBBLE);
    },
    ready(a) {
      api = bridge.api = a;
      btn.removeAttribute('aria-busy');
      const p = pending;
      pending = undefined;
      if (p) p(a);
    },
    failed: unbusy,
    i18n(l) {
      return (tables[l] =
        tables[l] ||
        new Promise<Strings>((ok, fail) => {
          settle[l] = ok;
          script(cfg.chatSrc.replace(/assistant-chat\.js(?=[?#]|$)/, 'assistant-i18n-' + l + '.js'), () => {
            delete tables[l];
            fail(new Error('strings ' + l));
          });
        }));
    },
    strings(l, t) {
      if (settle[l]) settle[l](t);
    },
  };
  W.__shopAssist = bridge;

  const loadChat = () => {
    if (loading || !cfg.chatSrc) return;
    loading = true;
    script(cfg.chatSrc, unbusy);
    // Fetch the storefront language's strings alongside the code, not after it.
    bridge.i18n(pickLang(locale) || 'en').catch(() => undefined);
  };
  const withApi = (fn: (a: ChatApi) => void) => {
    if (api) return fn(api);
    pending = fn;
    btn.setAttribute('aria-busy', 'true');
    loadChat();
  };

  btn.addEventListener('click', () => withApi((a) => (a.isOpen() ? a.close(false) : a.open(true))));
  // Warm the chat bundle as soon as the shopper shows intent, so the click
  // that follows usually opens the panel without a network wait.
  for (const ev of ['pointerenter', 'focus', 'touchstart']) {
    btn.addEventListener(ev, loadChat, { once: true, passive: true });
  }

  document.body.appendChild(host);

  // The first localStorage access in a tab can block for milliseconds while
  // the browser loads the origin's storage, so restoring the badge and open
  // state waits for idle time instead of delaying the page's own scripts.
  const restore = () => {
    if (api || pending) return; // the shopper got there first
    const st = load(cfg.shop);
    if ((st.customer || '') !== cfg.customerId) return;
    if (st.unread) bridge.badge(st.unread);
    // The conversation was open on the previous page view, or the shopper
    // followed the link of a reply email: reopen it, but do not steal focus
    // from the page the shopper just navigated to.
    if (st.open || (st.id && new URLSearchParams(location.search).get('shopassist_chat') === st.id))
      withApi((a) => a.open(false));
    // A conversation in progress: load the chat closed so it hears agent
    // replies (badge) on every page view.
    else if (st.id) loadChat();
  };
  const idle = (window as unknown as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => void })
    .requestIdleCallback;
  if (idle) idle(restore, { timeout: 1500 });
  else setTimeout(restore, 200);
}

if (document.body) start();
else document.addEventListener('DOMContentLoaded', start);
