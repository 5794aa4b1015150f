/** Languages written right to left among those a reply may come in. */
export const RTL = /^(ar|he|iw|fa|ur)(-|$)/i;

/**
 * LANGS are the languages the widget has chrome strings for: the keys of
 * i18n/chat.json and i18n/launcher.json (a Go test keeps the three in step).
 * Each one ships as its own assistant-i18n-<lang>.js, so a shopper downloads
 * only the strings of their language.
 */
export const LANGS = ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'ar', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'ru', 'tr', 'pl', 'id'];

/**
 * pickLang maps a BCP-47 tag or Shopify iso_code ("pt-BR", "zh-TW") onto one
 * of LANGS, or undefined when the widget has no strings for it.
 * Chinese is split by script because zh-CN and zh-TW readers need different
 * characters, not just different words.
 */
export function pickLang(tag: string | undefined): string | undefined {
  const l = (tag || '').toLowerCase().replace('_', '-');
  if (/^zh(-|$)/.test(l)) return /hant|tw|hk|mo/.test(l) ? 'zh-Hant' : 'zh-Hans';
  let base = l.split('-')[0];
  if (base === 'in') base = 'id'; // legacy Java/Android code for Indonesian
  return LANGS.indexOf(base) >= 0 ? base : undefined;
}
