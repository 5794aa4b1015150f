import {APP_URL} from './config.js';

const BASE = `${APP_URL}/ext/customer-account`;

// call sends one request to the app with a fresh session token (Shopify
// caches tokens and renews them before they expire). The app answers
// errors as {"error": "..."} in words fit for the customer; a network
// failure has no words, so the caller shows its own.
export async function call(path, {method = 'GET', body} = {}) {
  const token = await shopify.sessionToken.get();
  const headers = {Authorization: `Bearer ${token}`, Accept: 'application/json'};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(BASE + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let data = {};
  try {
    data = await res.json();
  } catch {
    // An empty or non-JSON body: keep data empty.
  }
  if (!res.ok) {
    const err = new Error(data.error || '');
    err.status = res.status;
    throw err;
  }
  return data;
}

// The conversation of one page (an order's, or the order index) is kept in
// the extension's storage so a reload shows it again. Storage may be
// missing on some surfaces; then the chat simply starts over.
export async function loadConversation(key) {
  try {
    return (await shopify.storage?.read(key)) || null;
  } catch {
    return null;
  }
}

export async function saveConversation(key, conv) {
  try {
    await shopify.storage?.write(key, conv);
  } catch {
    // Not fatal: the conversation goes on in memory.
  }
}
