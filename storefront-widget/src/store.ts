import type { Persisted } from './types';

// One key per shop so a shopper browsing two stores on a shared domain
// (development stores, previews) never sees the other store's conversation.
const key = (shop: string) => 'shopassist:' + shop;

/** load returns the persisted widget state, or an empty one when storage is unavailable or corrupt. */
export function load(shop: string): Persisted {
  try {
    const v = JSON.parse(localStorage.getItem(key(shop)) || '{}');
    return v && typeof v === 'object' ? v : {};
  } catch {
    return {};
  }
}

/** save writes the state; private browsing modes that throw on write just lose persistence. */
export function save(shop: string, p: Persisted): void {
  try {
    localStorage.setItem(key(shop), JSON.stringify(p));
  } catch {
    // Storage full or disabled: the chat still works for this page view.
  }
}
