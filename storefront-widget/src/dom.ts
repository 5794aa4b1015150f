// DOM construction helpers. Every piece of shopper, bot or agent text goes
// through text nodes (append with a string, textContent): there is no path
// from a server string to HTML parsing in this widget.

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | boolean | undefined>;

/** h creates an element with string attributes and text-or-node children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...kids: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const k in attrs) {
      const v = attrs[k];
      if (v === undefined || v === false) continue;
      el.setAttribute(k, v === true ? '' : v);
    }
  }
  for (const c of kids) if (c) el.append(c);
  return el;
}

/**
 * safeUrl returns an absolute http(s) URL or undefined, so a javascript: or
 * data: URL coming from the server can never become a clickable link or image.
 */
export function safeUrl(u: unknown): string | undefined {
  if (typeof u !== 'string' || !u) return undefined;
  try {
    const x = new URL(u, location.href);
    return x.protocol === 'https:' || x.protocol === 'http:' ? x.href : undefined;
  } catch {
    return undefined;
  }
}

/** link builds an anchor that opens outside the shop without giving the target window.opener. */
export function extLink(href: string, text: string, cls?: string): HTMLAnchorElement {
  return h('a', { href, class: cls, target: '_blank', rel: 'noopener noreferrer' }, text);
}

/**
 * richText splits text on bare http(s) URLs and links them, keeping all the
 * rest as text nodes, so bots can cite a policy page without sending HTML.
 */
export function richText(text: string): Node[] {
  const out: Node[] = [];
  const re = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > last) out.push(document.createTextNode(text.slice(last, m.index)));
    const href = safeUrl(m[0]);
    out.push(href ? extLink(href, m[0]) : document.createTextNode(m[0]));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(document.createTextNode(text.slice(last)));
  return out;
}
