import {useEffect, useState} from 'preact/hooks';

import {call, loadConversation, saveConversation} from './api.js';

// Chat is the compact assistant: the same engine and replies as the
// storefront widget, answered in the customer's language. orderId (a
// gid://shopify/Order/N) preselects the order of the page; the app takes
// it only when it is the signed-in customer's.
export function Chat({orderId, storageKey}) {
  const t = (key, options) => shopify.i18n.translate(key, options);
  const locale = shopify.localization.language.value?.isoCode || '';
  const [conv, setConv] = useState(null);
  const [messages, setMessages] = useState([]);
  const [quick, setQuick] = useState([]);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  // Show the earlier conversation of this page, agent replies included.
  useEffect(() => {
    let live = true;
    (async () => {
      const saved = await loadConversation(storageKey);
      if (!saved || !saved.id) return;
      try {
        const h = await call(`/conversations/${encodeURIComponent(saved.id)}?token=${encodeURIComponent(saved.token)}`);
        if (!live) return;
        setConv(saved);
        setMessages((h.messages || []).filter((m) => m.text).map((m) => ({role: m.role, text: m.text})));
      } catch {
        // Expired or not this customer's: start a new conversation.
      }
    })();
    return () => {
      live = false;
    };
  }, [storageKey]);

  async function send(text) {
    const message = (text || '').trim();
    if (!message || busy) return;
    setBusy(true);
    setError('');
    setQuick([]);
    setMessages((m) => [...m, {role: 'user', text: message}]);
    setDraft('');
    try {
      const r = await call('/chat', {
        method: 'POST',
        body: {
          message,
          locale,
          order_id: orderId || '',
          conversation_id: conv ? conv.id : '',
          conversation_token: conv ? conv.token : '',
        },
      });
      const next = {id: r.conversation_id, token: r.conversation_token};
      setConv(next);
      saveConversation(storageKey, next);
      setMessages((m) => [...m, {role: 'assistant', text: r.reply}]);
      setQuick(r.quick_replies || []);
    } catch (err) {
      // Keep the typed message for a retry; say why in the customer's words.
      setMessages((m) => m.slice(0, -1));
      setDraft(message);
      setError(err.message || t('error'));
    } finally {
      setBusy(false);
    }
  }

  const starters = messages.length === 0 ? [t(orderId ? 'askWhereThis' : 'askWhere'), t('askReturn')] : quick;

  return (
    <s-stack direction="block" gap="base">
      {messages.map((m, i) => (
        <s-box
          key={i}
          padding="small-100"
          borderRadius="base"
          background={m.role === 'user' ? 'subdued' : 'transparent'}
        >
          <s-stack direction="block" gap="small-300">
            <s-text type="strong">{m.role === 'user' ? t('you') : t('assistant')}</s-text>
            {m.text.split('\n').map((line, j) => (
              <s-text key={j}>{line}</s-text>
            ))}
          </s-stack>
        </s-box>
      ))}
      {error ? <s-banner tone="critical">{error}</s-banner> : null}
      {starters.length > 0 ? (
        <s-stack direction="inline" gap="small-200">
          {starters.map((q) => (
            <s-button key={q} variant="secondary" disabled={busy} onClick={() => send(q)}>
              {q}
            </s-button>
          ))}
        </s-stack>
      ) : null}
      <s-text-area
        label={t('message')}
        value={draft}
        rows={2}
        maxLength={1000}
        onInput={(e) => setDraft(e.currentTarget.value)}
      />
      <s-button variant="primary" loading={busy} onClick={() => send(draft)}>
        {t('send')}
      </s-button>
    </s-stack>
  );
}
