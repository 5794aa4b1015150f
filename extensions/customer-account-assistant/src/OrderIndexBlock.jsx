import '@shopify/ui-extensions/preact';
import {render} from 'preact';
import {useState} from 'preact/hooks';

import {Chat} from './Chat.jsx';

export default async () => {
  render(<OrderIndexBlock />, document.body);
};

// OrderIndexBlock opens the assistant on the orders list: the customer is
// signed in there, so "where is my order?" is answered with their latest
// order, and any of their orders by number, without an email.
function OrderIndexBlock() {
  const t = (key, options) => shopify.i18n.translate(key, options);
  const [open, setOpen] = useState(false);

  return (
    <s-section heading={t('title')}>
      {open ? (
        <Chat orderId="" storageKey="conversation:orders" />
      ) : (
        <s-stack direction="block" gap="base">
          <s-text>{t('introOrders')}</s-text>
          <s-button onClick={() => setOpen(true)}>{t('open')}</s-button>
        </s-stack>
      )}
    </s-section>
  );
}
