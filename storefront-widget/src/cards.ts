// Rich cards attached to bot messages: products (with add to cart) and orders
// (with per-shipment tracking). Built only with DOM APIs from dom.ts.
import { extLink, h, safeUrl } from './dom';
import type { Strings } from './types';

/** ProductCard is a product suggested by the assistant. */
export interface ProductCard {
  type: 'product';
  product_id?: string | number;
  variant_id: string | number;
  title: string;
  price: string | number;
  compare_at_price?: string | number | null;
  currency?: string;
  image_url?: string;
  url?: string;
  available?: boolean;
  /** The variant variant_id adds ("Black / M"). */
  variant_title?: string;
  /** Options and variants, so the shopper picks size and colour before adding to cart. */
  options?: { name: string; values: string[] }[];
  variants?: CardVariant[];
}

/** CardVariant is one variant a product card can add; options are its values in the card's option order. */
export interface CardVariant {
  id: string | number;
  title: string;
  options: string[];
  price: string | number;
  available: boolean;
}

/** Shipment is one fulfillment of an order. */
export interface Shipment {
  carrier?: string;
  tracking_number?: string;
  tracking_url?: string;
  status_text?: string;
  estimated_delivery?: string;
}

/** OrderCard is the status of one order the shopper proved they own. */
export interface OrderCard {
  type: 'order';
  order_name: string;
  status?: string;
  status_text?: string;
  shipments?: Shipment[];
}

/** CardContext carries what cards need from the chat controller. */
export interface CardContext {
  t: Strings;
  locale: string;
  currency: string;
  addToCart(card: ProductCard, button: HTMLButtonElement, status: HTMLElement): void;
}

/** money formats a Shopify decimal string in the shop currency for the storefront locale. */
export function money(v: unknown, currency: string, locale: string): string {
  const n = typeof v === 'number' ? v : parseFloat(String(v));
  if (!isFinite(n)) return '';
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(n);
  } catch {
    return n.toFixed(2) + ' ' + currency; // unknown locale or currency code
  }
}

/** variantNumber accepts 123, "123" or "gid://shopify/ProductVariant/123"; /cart/add.js wants the number. */
export function variantNumber(id: unknown): number | undefined {
  const m = /(\d+)$/.exec(String(id));
  return m ? Number(m[1]) : undefined;
}

function date(v: string | undefined, locale: string): string {
  if (!v) return '';
  const t = Date.parse(v);
  if (isNaN(t)) return v;
  // A bare date means that calendar day wherever the shopper is; formatting
  // it in local time would show the day before west of UTC.
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) opts.timeZone = 'UTC';
  try {
    return new Intl.DateTimeFormat(locale, opts).format(t);
  } catch {
    return v;
  }
}

function product(c: ProductCard, x: CardContext): HTMLElement {
  const url = safeUrl(c.url);
  const img = safeUrl(c.image_url);
  const currency = c.currency || x.currency;
  const price = money(c.price, currency, x.locale);
  const was = c.compare_at_price != null ? parseFloat(String(c.compare_at_price)) : NaN;
  const onSale = isFinite(was) && was > parseFloat(String(c.price));
  const status = h('p', { class: 'st', role: 'status', dir: 'auto' });
  const soldOut = c.available === false;
  const add = h('button', { type: 'button', class: 'add', disabled: soldOut }, soldOut ? x.t.soldOut : x.t.addToCart);
  // cur is what the button adds: the card's variant until the shopper picks another.
  let cur: ProductCard = c;
  add.addEventListener('click', () => x.addToCart(cur, add, status));
  const opts = c.options || [];
  const vars = c.variants || [];
  const now = vars.filter((v) => String(v.id) === String(c.variant_id))[0];
  const priceEl = h('p', { class: 'price' });
  const selects = opts.map((o, i) => {
    const sel = h('select', { 'aria-label': o.name });
    for (const v of o.values || []) {
      const op = h('option', { value: v }, v);
      if (now && now.options[i] === v) op.selected = true;
      sel.append(op);
    }
    sel.addEventListener('change', () => {
      const want = selects.map((s) => s.value);
      const v = vars.filter((v) => v.options.every((o, j) => o === want[j]))[0];
      // A combination the shop does not make cannot be added.
      cur = v ? { ...c, variant_id: v.id, variant_title: v.title, price: v.price, available: v.available } : { ...c, available: false };
      add.disabled = !cur.available;
      add.textContent = cur.available ? x.t.addToCart : x.t.soldOut;
      status.textContent = '';
      priceEl.textContent = money(cur.price, currency, x.locale);
    });
    return sel;
  });
  priceEl.append(
    price,
    onSale ? ' ' : '',
    onSale ? h('s', null, h('span', { class: 'sr' }, x.t.compareAt + ' '), money(was, currency, x.locale)) : '',
  );
  return h(
    'article',
    { class: 'card product', 'aria-label': c.title },
    img && h('img', { src: img, alt: '', width: '64', height: '64', loading: 'lazy', decoding: 'async' }),
    h(
      'div',
      { class: 'info' },
      url ? h('a', { class: 'ttl', href: url, dir: 'auto' }, c.title) : h('span', { class: 'ttl', dir: 'auto' }, c.title),
      priceEl,
      vars.length > 1 && selects.length > 0 && h('div', { class: 'opts' }, ...selects),
      h('div', { class: 'act' }, add, url && h('a', { class: 'view', href: url }, x.t.view)),
      status,
    ),
  );
}

function order(c: OrderCard, x: CardContext): HTMLElement {
  const ships = (c.shipments || []).map((s) => {
    const track = safeUrl(s.tracking_url);
    const when = date(s.estimated_delivery, x.locale);
    return h(
      'li',
      null,
      h('span', { class: 'carrier', dir: 'auto' }, [s.carrier, s.status_text].filter(Boolean).join(' · ')),
      s.tracking_number && h('span', { class: 'tn' }, x.t.trackingNumber + ': ' + s.tracking_number),
      when && h('span', { class: 'eta' }, x.t.eta + ': ' + when),
      track && extLink(track, x.t.track, 'track'),
    );
  });
  return h(
    'article',
    { class: 'card order', 'aria-label': c.order_name },
    h('p', { class: 'ttl', dir: 'auto' }, c.order_name),
    (c.status_text || c.status) && h('p', { class: 'os', dir: 'auto' }, c.status_text || c.status || ''),
    ships.length > 0 && h('ul', null, ...ships),
  );
}

/** renderCard draws a card, or nothing for a type this widget version does not know. */
export function renderCard(card: unknown, x: CardContext): HTMLElement | null {
  const c = card as { type?: string };
  if (!c || typeof c !== 'object') return null;
  if (c.type === 'product' && (c as ProductCard).title) return product(c as ProductCard, x);
  if (c.type === 'order' && (c as OrderCard).order_name) return order(c as OrderCard, x);
  return null;
}
