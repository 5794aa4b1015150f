// Admin behaviour: every POST form is sent with fetch, carrying the App
// Bridge session token (Authorization: Bearer) in the embedded admin and the
// X-Requested-With marker the server requires on mutations; the HTML answer
// (a page with inline errors, or the page redirected to) replaces <main>.
(function () {
  'use strict';

  async function sessionToken() {
    if (window.shopify && typeof window.shopify.idToken === 'function') {
      return await window.shopify.idToken();
    }
    return null; // demo mode: no App Bridge, no token
  }

  // The page's admin language (<html lang>, chosen by the server from
  // Shopify's locale parameter): fetches carry it, since their URLs do not
  // and a cookie may be blocked inside the admin's iframe.
  function withLocale(headers) {
    headers['X-Admin-Locale'] = document.documentElement.lang || 'en';
    return headers;
  }

  // --- Polaris web components ---
  // Form controls are rendered as s-* elements with a native fallback child
  // (.pf). Without Polaris (demo mode) the fallback is the control; once
  // Polaris defines the element, the fallback goes, so each field submits
  // exactly once (through the form-associated s-* element) and a fallback
  // submit button becomes the s-button's plain label.
  var polarisTags = ['s-text-field', 's-number-field', 's-email-field', 's-url-field', 's-password-field',
    's-text-area', 's-select', 's-checkbox', 's-button'];

  function upgradeFallbacks(root) {
    var pfs = (root || document).querySelectorAll('.pf');
    for (var i = 0; i < pfs.length; i++) {
      var pf = pfs[i], host = pf.parentElement;
      if (!host || !customElements.get(host.localName)) continue;
      if (pf.tagName === 'BUTTON') pf.replaceWith(document.createTextNode(pf.textContent.trim()));
      else pf.remove();
    }
  }
  if (window.customElements) {
    polarisTags.forEach(function (tag) {
      customElements.whenDefined(tag).then(function () { upgradeFallbacks(document); });
    });
  }

  // Without Polaris, s-link and s-button with an href are unknown elements:
  // make them behave as links (click, Enter) so navigation still works.
  function polarisLink(el) {
    return el && el.closest && el.closest('s-link[href], s-button[href]');
  }
  function followLink(el) {
    if (customElements.get(el.localName)) return false;
    var target = el.getAttribute('target');
    if (target === '_top' && window.top) window.top.location.href = el.getAttribute('href');
    else if (target === '_blank') window.open(el.getAttribute('href'), '_blank', 'noopener');
    else location.href = el.getAttribute('href');
    return true;
  }
  function linkFallbacks(root) {
    var els = (root || document).querySelectorAll('s-link[href]:not(:defined), s-button[href]:not(:defined)');
    for (var i = 0; i < els.length; i++) {
      if (!els[i].hasAttribute('tabindex')) els[i].setAttribute('tabindex', '0');
      if (!els[i].hasAttribute('role')) els[i].setAttribute('role', 'link');
    }
  }
  document.addEventListener('click', function (ev) {
    var el = polarisLink(ev.target);
    if (el && followLink(el)) ev.preventDefault();
  });
  document.addEventListener('keydown', function (ev) {
    var el = ev.key === 'Enter' && polarisLink(ev.target);
    if (el && el === ev.target && followLink(el)) ev.preventDefault();
  });

  // Toasts: App Bridge's in the embedded admin; the page's own status box
  // in demo mode (no App Bridge).
  var toastTimer = null;
  function toast(msg, isError) {
    if (!msg) return;
    if (window.shopify && window.shopify.toast && typeof window.shopify.toast.show === 'function') {
      window.shopify.toast.show(msg, { isError: !!isError });
      return;
    }
    var box = document.querySelector('[data-testid="toast"]');
    if (!box) return;
    box.textContent = msg;
    box.classList.toggle('error', !!isError);
    box.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { box.hidden = true; }, 5000);
  }

  // The contextual save bar: App Bridge shows its own for forms with
  // data-save-bar. In demo mode the form's sticky action bar says
  // "unsaved changes" instead.
  function markDirty(ev) {
    if (window.shopify && window.shopify.saveBar) return;
    var form = ev.target.closest && ev.target.closest('form[data-save-bar]');
    if (form) form.setAttribute('data-dirty', '');
  }
  document.addEventListener('input', markDirty);
  document.addEventListener('change', markDirty);

  function ready() {
    upgradeFallbacks(document);
    linkFallbacks(document);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();

  function showError(msg) {
    var box = document.querySelector('[data-testid="request-error"]');
    if (!box) return;
    box.textContent = msg;
    box.hidden = false;
    box.scrollIntoView({ block: 'nearest' });
  }

  function setBusy(form, submitter, busy) {
    document.body.classList.toggle('loading', busy);
    var btn = submitter || form.querySelector('s-button[type=submit], button[type=submit]');
    if (btn) {
      btn.disabled = busy;
      btn.setAttribute('aria-busy', busy ? 'true' : 'false');
      if (btn.localName === 's-button') btn.toggleAttribute('loading', busy);
    }
  }

  function swap(html, url) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var next = doc.querySelector('main.page');
    var cur = document.querySelector('main.page');
    if (!next || !cur) {
      showError('Unexpected answer from the app. Reload the page.');
      return;
    }
    cur.replaceWith(next);
    upgradeFallbacks(next);
    linkFallbacks(next);
    document.title = doc.title;
    if (url && url !== location.href) history.pushState(null, '', url);
    var saved = next.querySelector('[data-toast]');
    if (saved) toast(saved.textContent.replace(/\s+/g, ' ').trim());
    var focus = next.querySelector('[aria-invalid=true]') || next.querySelector('s-banner[role=status], .banner[role=status]');
    if (focus) {
      if (!focus.hasAttribute('tabindex') && !/^(INPUT|SELECT|TEXTAREA)$/.test(focus.tagName)) focus.setAttribute('tabindex', '-1');
      focus.focus({ preventScroll: true });
      focus.scrollIntoView({ block: 'center' });
    } else {
      window.scrollTo(0, 0);
    }
  }

  async function send(form, submitter) {
    var body = new URLSearchParams(new FormData(form, submitter));
    var headers = withLocale({ 'X-Requested-With': 'fetch', 'Accept': 'text/html',
      'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' });
    setBusy(form, submitter, true);
    try {
      var token = await sessionToken();
      if (token) headers.Authorization = 'Bearer ' + token;
      var res = await fetch(form.action, { method: 'POST', body: body, headers: headers, credentials: 'same-origin' });
      var type = res.headers.get('Content-Type') || '';
      if (type.indexOf('text/html') >= 0) {
        swap(await res.text(), res.url);
      } else {
        var data = await res.json().catch(function () { return {}; });
        showError(data.error || 'The request failed (' + res.status + '). Try again.');
      }
    } catch (e) {
      showError('Could not reach the app. Check your connection and try again.');
    } finally {
      setBusy(form, submitter, false);
    }
  }

  document.addEventListener('submit', function (ev) {
    var form = ev.target;
    if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'post') return;
    ev.preventDefault();
    var confirmText = form.getAttribute('data-confirm');
    if (confirmText && !window.confirm(confirmText)) return;
    send(form, ev.submitter);
  });

  // Downloads (data-request exports) are GETs that need the session token
  // too: fetch the file with it and save it, instead of navigating the
  // embedded frame (which would bounce through App Bridge first).
  async function download(link) {
    try {
      var token = await sessionToken();
      var res = await fetch(link.href, { headers: withLocale({ Authorization: 'Bearer ' + token }), credentials: 'same-origin' });
      if (!res.ok) {
        showError('The download failed (' + res.status + '). Try again.');
        return;
      }
      var url = URL.createObjectURL(await res.blob());
      var a = document.createElement('a');
      a.href = url;
      a.download = link.getAttribute('data-download') || 'download.json';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    } catch (e) {
      showError('Could not reach the app. Check your connection and try again.');
    }
  }

  document.addEventListener('click', function (ev) {
    var link = ev.target.closest && ev.target.closest('a[data-download]');
    // Demo mode has no App Bridge: the plain link downloads the file.
    if (!link || !(window.shopify && typeof window.shopify.idToken === 'function')) return;
    ev.preventDefault();
    download(link);
  });

  // Keep the color swatch and its text field in step.
  document.addEventListener('input', function (ev) {
    var el = ev.target;
    var id = el.getAttribute && el.getAttribute('data-mirror');
    if (id) {
      var text = document.getElementById(id);
      if (text) text.value = el.value;
    }
  });

  // Live inbox: the list and an open conversation carry the inbox stamp
  // (data-live-stamp). Poll the small state endpoint and, when the stamp
  // moved, re-fetch the page and swap <main> — unless the merchant is
  // typing, so no draft is lost (the next poll after they send catches up).
  function editing() {
    var fields = document.querySelectorAll('main.page textarea, main.page input:not([type=hidden]), main.page select');
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      if (f.tagName === 'SELECT' ? f.selectedIndex > 0 && !f.options[f.selectedIndex].defaultSelected : f.value !== f.defaultValue) return true;
    }
    // Polaris fields (their native fallback is gone once defined): a value
    // that differs from the rendered attribute is a draft.
    var pol = document.querySelectorAll('main.page s-text-field, main.page s-text-area, main.page s-number-field, main.page s-email-field');
    for (var j = 0; j < pol.length; j++) {
      if (customElements.get(pol[j].localName) && (pol[j].value || '') !== (pol[j].getAttribute('value') || '')) return true;
    }
    return false;
  }

  // Desktop notifications: the browser asks for permission only from the
  // merchant's click on the inbox's button; afterwards each poll that sees
  // a new handoff or a shopper follow-up raises one notification. One tag,
  // so a burst of follow-ups replaces rather than stacks (batching), and no
  // message text in it: a desktop notification can show on a lock screen.
  var canNotify = 'Notification' in window;
  var seen = null; // { handoffs, message } at the previous poll

  function syncNotifyButton() {
    var btn = document.querySelector('[data-notify-toggle]');
    if (btn) btn.hidden = !canNotify || Notification.permission !== 'default';
  }
  syncNotifyButton();

  document.addEventListener('click', function (ev) {
    var btn = ev.target.closest && ev.target.closest('[data-notify-toggle]');
    if (!btn || !canNotify) return;
    Notification.requestPermission().then(syncNotifyButton, syncNotifyButton);
  });

  function notifyInbox(st) {
    var now = { handoffs: st.handoffs || 0, message: st.last_shopper_message || 0 };
    var before = seen;
    seen = now;
    if (!before || !canNotify || Notification.permission !== 'granted') return;
    var title;
    if (now.handoffs > before.handoffs) title = 'New handoff: a shopper is waiting';
    else if (now.message > before.message) title = 'A waiting shopper wrote again';
    else return;
    var n = new Notification(title, { body: st.waiting + ' waiting, ' + st.mine + ' assigned to you', tag: 'shopassist-inbox' });
    n.onclick = function () { window.focus(); n.close(); };
  }

  async function poll() {
    var marker = document.querySelector('[data-live-stamp]');
    if (!marker || document.body.classList.contains('loading')) return;
    try {
      var headers = withLocale({ 'Accept': 'application/json' });
      var token = await sessionToken();
      if (token) headers.Authorization = 'Bearer ' + token;
      var res = await fetch('/app/inbox/state', { headers: headers, credentials: 'same-origin', cache: 'no-store' });
      if (!res.ok) return;
      var st = await res.json();
      notifyInbox(st);
      // While the merchant types, only the notification runs: no swap.
      if (editing() || !st.stamp || st.stamp === marker.getAttribute('data-live-stamp')) return;
      headers.Accept = 'text/html';
      var page = await fetch(location.href, { headers: headers, credentials: 'same-origin', cache: 'no-store' });
      if (!page.ok || editing()) return;
      var doc = new DOMParser().parseFromString(await page.text(), 'text/html');
      var next = doc.querySelector('main.page');
      var cur = document.querySelector('main.page');
      if (next && cur) {
        var y = window.scrollY;
        cur.replaceWith(next);
        upgradeFallbacks(next);
        linkFallbacks(next);
        window.scrollTo(0, y);
        syncNotifyButton();
      }
    } catch (e) {
      // A missed poll is retried on the next tick.
    }
  }
  setInterval(poll, 2000);

  window.addEventListener('popstate', function () { location.reload(); });
})();
