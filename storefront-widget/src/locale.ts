/** Languages written right to left among those a reply may come in. */
export const RTL = /^(ar|he|iw|fa|ur)(-|$)/i;

/**
 * pickLang maps a BCP-47 tag or Shopify iso_code ("pt-BR", "zh-TW") onto one
 * of the keys of avail, or undefined when the widget has no strings for it.
 * Chinese is split by script because zh-CN and zh-TW readers need different
 * characters, not just different words.
 */
export function pickLang(tag: string | undefined, avail: Record<string, unknown>): string | undefined {
  const l = (tag || '').toLowerCase().replace('_', '-');
  if (/^zh(-|$)/.test(l)) return /hant|tw|hk|mo/.test(l) ? 'zh-Hant' : 'zh-Hans';
  let base = l.split('-')[0];
  if (base === 'in') base = 'id'; // legacy Java/Android code for Indonesian
  return base in avail ? base : undefined;
}
