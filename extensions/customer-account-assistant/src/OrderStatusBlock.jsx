import '@shopify/ui-extensions/preact';
import {render} from 'preact';
import {useState} from 'preact/hooks';

import {Chat} from './Chat.jsx';

export default async () => {
  render(<OrderStatusBlock />, document.body);
};

// OrderStatusBlock opens the assistant about the order of this page. On a
// pre-authenticated order-status page (reached from an email link) the
// customer signs in first: only then does the session token name them, and
// only then are their orders answered without an email.
function OrderStatusBlock() {
  const t = (key, options) => shopify.i18n.translate(key, options);
  const [open, setOpen] = useState(false);
  const order = shopify.order.value;
  const signedIn = shopify.authenticationState.value === 'fully_authenticated';

  if (!open) {
    return (
      <s-section heading={t('title')}>
        <s-stack direction="block" gap="base">
          <s-text>{t('introOrder', {order: order ? order.name : ''})}</s-text>
          <s-button onClick={() => (signedIn ? setOpen(true) : shopify.requireLogin())}>
            {signedIn ? t('open') : t('signIn')}
          </s-button>
        </s-stack>
      </s-section>
    );
  }
  return (
    <s-section heading={t('title')}>
      <Chat orderId={order ? order.id : ''} storageKey={`conversation:${order ? order.id : 'none'}`} />
    </s-section>
  );
}
