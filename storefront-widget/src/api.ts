// Same-origin JSON calls to the app proxy (Shopify forwards /apps/assistant/*
// to the app with a signature, so the widget never holds a secret).

/** RateLimited is thrown on HTTP 429 with how long to wait, from Retry-After. */
export class RateLimited extends Error {
  constructor(public seconds: number) {
    super('rate limited');
  }
}

/** HttpError is any other non-2xx answer; detail is the server's message when already in the shopper's language. */
export class HttpError extends Error {
  constructor(
    public status: number,
    public detail?: string,
  ) {
    super('HTTP ' + status);
  }
}

/** retryAfter reads delta-seconds or an HTTP date; unknown means a short, safe default. */
export function retryAfter(v: string | null): number {
  if (!v) return 5;
  const n = Number(v);
  if (isFinite(n)) return Math.max(1, Math.ceil(n));
  const at = Date.parse(v);
  return isNaN(at) ? 5 : Math.max(1, Math.ceil((at - Date.now()) / 1000));
}

/** call GETs url, or POSTs body as JSON when given, and decodes the JSON answer. */
export async function call<T>(url: string, body?: unknown): Promise<T> {
  const post = body !== undefined;
  const res = await fetch(url, {
    method: post ? 'POST' : 'GET',
    headers: post ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' },
    body: post ? JSON.stringify(body) : undefined,
    credentials: 'same-origin',
  });
  if (res.status === 429) throw new RateLimited(retryAfter(res.headers.get('Retry-After')));
  if (!res.ok) {
    // A 503 from the assistant says, localized, that nothing was stored and to retry.
    const b = res.status === 503 ? await res.json().catch(() => null) : null;
    throw new HttpError(res.status, b && b.language && typeof b.error === 'string' ? b.error : undefined);
  }
  const text = await res.text();
  return (text ? JSON.parse(text) : {}) as T;
}
