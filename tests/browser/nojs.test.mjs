// With JavaScript switched off the app still works: the search form submits and shows
// results, the language picker and the card form work, the card renders with its QR code.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, CARD_RESOURCE, decodeQr, htmlLangDir, launch, newContext, openFilters, submitFilters, withPage,
} from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('4. without JavaScript: search, language switch, resource and card', async () => {
  const { context, log } = await newContext(browser, { javaScriptEnabled: false });
  await withPage(context, 'nojs', async (page) => {
    await page.goto(`${BASE}/da/`);
    // app.js did not run: it would have removed the `hidden` attribute of "near me".
    assert.notEqual(await page.locator('button.near-me').getAttribute('hidden'), null, 'JavaScript is not off');

    await page.locator('input#q').fill('sundhedsplejerske');
    await openFilters(page);
    await page.locator('select#area').selectOption('dk-0101');
    await submitFilters(page);
    const url = new URL(page.url());
    assert.equal(url.pathname, '/da/');
    assert.equal(url.searchParams.get('q'), 'sundhedsplejerske');
    assert.equal(url.searchParams.get('area'), 'dk-0101');
    const results = page.locator('ol#results li.result a.result-name');
    assert.ok(await results.count() >= 1, 'no results without JavaScript');

    // Pressing Enter in the search field submits too.
    await page.locator('input#q').fill('jobcenter');
    await Promise.all([
      page.waitForURL((u) => u.searchParams.get('q') === 'jobcenter'),
      page.locator('input#q').press('Enter'),
    ]);
    assert.ok(await results.count() >= 1, 'no results for jobcenter');

    // The language picker is a plain <details> with links.
    await page.locator('header details.languages summary').click();
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/ar/'),
      page.locator('nav#languages a[hreflang="ar"]').click(),
    ]);
    assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' });
    assert.equal(new URL(page.url()).searchParams.get('q'), 'jobcenter');
    assert.ok(await results.count() >= 1, 'no results after switching to Arabic');

    // Resource page, card link, card form.
    await page.goto(`${BASE}/da/resources/${CARD_RESOURCE}`);
    assert.equal(await page.locator('article.resource').getAttribute('data-resource'), CARD_RESOURCE);
    await Promise.all([
      page.waitForURL((u) => u.pathname.endsWith('/card')),
      page.locator('a#make-card').click(),
    ]);
    await page.locator('form#card-form select#for').selectOption('ar');
    await Promise.all([
      page.waitForURL((u) => u.searchParams.get('for') === 'ar'),
      page.locator('form#card-form button[type=submit]').click(),
    ]);
    const arabic = page.locator('section.card-side[lang="ar"]');
    assert.ok(await arabic.isVisible(), 'Arabic side visible');
    assert.equal(await arabic.getAttribute('dir'), 'rtl');
    assert.ok(await page.locator('section.card-side[lang="da"]').isVisible(), 'Danish side visible');
    assert.ok(await page.locator('figure.qr svg').isVisible(), 'QR code visible');
    const decoded = await decodeQr(page.locator('figure.qr'));
    assert.ok(decoded?.endsWith(`/ar/resources/${CARD_RESOURCE}`), `QR code says ${decoded}`);
    // The link to copy is there (print and share need JavaScript: see test 4b).
    assert.ok((await page.locator('input#card-link').inputValue()).endsWith(`/ar/resources/${CARD_RESOURCE}`));
  });
  assert.deepEqual(log.consoleErrors, [], 'console errors');
  assert.deepEqual(log.failedRequests, [], 'failed requests');
  assert.deepEqual(log.httpErrors, [], 'HTTP errors');
  assert.deepEqual(log.external, [], 'requests that leave the server');
  // Without JavaScript no service worker is registered.
  assert.equal(log.requests.some((u) => u.endsWith('/sw.js')), false, 'sw.js was fetched without JavaScript');
  await context.close();
});

// Buttons that need app.js (print, share, near me) carry `hidden` until it runs; the
// stylesheet must not override that.
test('4b. without JavaScript the JavaScript-only buttons stay hidden', async () => {
  const { context } = await newContext(browser, { javaScriptEnabled: false });
  try {
    await withPage(context, 'nojs-hidden-buttons', async (page) => {
      await page.goto(`${BASE}/da/resources/${CARD_RESOURCE}/card?for=so`);
      const visible = [];
      for (const selector of ['button.print', 'button.share']) {
        if (await page.locator(selector).isVisible()) visible.push(selector);
      }
      await page.goto(`${BASE}/da/`);
      await openFilters(page);
      if (await page.locator('button.near-me').isVisible()) visible.push('button.near-me');
      assert.deepEqual(visible, [], 'buttons that need JavaScript are visible without it');
    });
  } finally {
    await context.close();
  }
});
