// Shared shapes between the loader (always on the page) and the chat bundle
// (loaded on first interaction). Types only: esbuild erases this file.
import type STR from './i18n/chat.json';

/** Strings is one language's chrome strings (one entry of i18n/chat.json). */
export type Strings = typeof STR.en;

/** Widget settings read from the app embed's script tag. */
export interface Config {
  shop: string;
  locale: string;
  /** Storefront country (market), for shipping and duties answers. */
  country: string;
  /** Product the shopper is viewing, for "is this waterproof?". */
  productId: string;
  customerId: string;
  proxy: string;
  chatSrc: string;
  position: 'bottom-right' | 'bottom-left';
  label: string;
  greeting: string;
}

/** One message as kept in localStorage and rendered in the log. */
export interface Msg {
  id?: string;
  role: 'shopper' | 'bot' | 'agent';
  text: string;
  cards?: unknown[];
  /** Rendered only in this browser (greeting, errors): never rated. */
  local?: boolean;
}

/** What survives page views, per shop, in localStorage. */
export interface Persisted {
  id?: string;
  token?: string;
  customer?: string;
  open?: boolean;
  unread?: number;
  lang?: string;
  handoff?: boolean;
  msgs?: Msg[];
}

/** The chat bundle's surface, handed back to the loader once it runs. */
export interface ChatApi {
  open(focus: boolean): void;
  close(returnFocus: boolean): void;
  isOpen(): boolean;
}

/** What the loader leaves on window for the chat bundle to pick up. */
export interface Bridge {
  cfg: Config;
  root: ShadowRoot;
  host: HTMLElement;
  launcher: HTMLButtonElement;
  badge(n: number): void;
  expanded(open: boolean): void;
  ready(api: ChatApi): void;
  /** The chat bundle could not start (its strings failed to load): let the next click retry. */
  failed(): void;
  /** i18n loads assistant-i18n-<lang>.js once and resolves with that language's strings. */
  i18n(lang: string): Promise<Strings>;
  /** strings is called by assistant-i18n-<lang>.js with its table. */
  strings(lang: string, t: Strings): void;
  api?: ChatApi;
  /** Set while the chat bundle waits for its strings, so a second copy does not mount. */
  booting?: boolean;
}
