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

  function showError(msg) {
    var box = document.querySelector('[data-testid="request-error"]');
    if (!box) return;
    box.textContent = msg;
    box.hidden = false;
    box.scrollIntoView({ block: 'nearest' });
  }

  function setBusy(form, submitter, busy) {
    document.body.classList.toggle('loading', busy);
    var btn = submitter || form.querySelector('button[type=submit]');
    if (btn) {
      btn.disabled = busy;
      btn.setAttribute('aria-busy', busy ? 'true' : 'false');
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
    document.title = doc.title;
    if (url && url !== location.href) history.pushState(null, '', url);
    var focus = next.querySelector('[aria-invalid=true]') || next.querySelector('.banner[role=status]');
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
    var headers = { 'X-Requested-With': 'fetch', 'Accept': 'text/html',
      'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' };
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
      var res = await fetch(link.href, { headers: { Authorization: 'Bearer ' + token }, credentials: 'same-origin' });
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
    return false;
  }

  async function poll() {
    var marker = document.querySelector('[data-live-stamp]');
    if (!marker || editing() || document.body.classList.contains('loading')) return;
    try {
      var headers = { 'Accept': 'application/json' };
      var token = await sessionToken();
      if (token) headers.Authorization = 'Bearer ' + token;
      var res = await fetch('/app/inbox/state', { headers: headers, credentials: 'same-origin', cache: 'no-store' });
      if (!res.ok) return;
      var st = await res.json();
      if (!st.stamp || st.stamp === marker.getAttribute('data-live-stamp')) return;
      headers.Accept = 'text/html';
      var page = await fetch(location.href, { headers: headers, credentials: 'same-origin', cache: 'no-store' });
      if (!page.ok || editing()) return;
      var doc = new DOMParser().parseFromString(await page.text(), 'text/html');
      var next = doc.querySelector('main.page');
      var cur = document.querySelector('main.page');
      if (next && cur) {
        var y = window.scrollY;
        cur.replaceWith(next);
        window.scrollTo(0, y);
      }
    } catch (e) {
      // A missed poll is retried on the next tick.
    }
  }
  setInterval(poll, 2000);

  window.addEventListener('popstate', function () { location.reload(); });
})();
