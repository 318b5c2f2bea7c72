// The main pages load cleanly (no console errors, no failed requests, nothing fetched
// from anywhere but the server) and stay light (under 100 KB transferred each, cold).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ARABIC_NEED, BASE, CARD_RESOURCE, launch, networkQuiet, newContext, assertClean, withPage,
} from './lib.mjs';

const q = encodeURIComponent(ARABIC_NEED);
const MAIN_PAGES = [
  ['root (redirect)', '/'],
  ['search, Danish', '/da/'],
  ['search results, Arabic', `/ar/?q=${q}&area=dk-0101`],
  ['search results, Danish, filtered', '/da/?q=sundhedsplejerske&area=dk-0101&category=health-visitor&attribute=free-of-charge&open_now=true'],
  ['search results, Somali, category', '/so/?category=health-visitor&area=dk-0461'],
  ['resource, Danish', `/da/resources/${CARD_RESOURCE}`],
  ['resource, Arabic', `/ar/resources/${CARD_RESOURCE}`],
  ['card, Danish for Somali', `/da/resources/${CARD_RESOURCE}/card?for=so`],
  ['card, Danish for Arabic', `/da/resources/${CARD_RESOURCE}/card?for=ar`],
];
const LIMIT = 100 * 1024;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('5. main pages: no console errors, no failed requests, nothing leaves 127.0.0.1', async () => {
  const { context, log } = await newContext(browser);
  await withPage(context, 'hygiene', async (page) => {
    for (const [name, path] of MAIN_PAGES) {
      const response = await page.goto(`${BASE}${path}`, { waitUntil: 'load' });
      assert.equal(response.status(), 200, `${name}: HTTP ${response.status()}`);
      await networkQuiet(context);
    }
  });
  assert.ok(log.requests.length >= MAIN_PAGES.length, 'the request listener saw nothing');
  assert.ok(log.requests.some((u) => u.endsWith('/sw.js')), 'the service worker was not registered');
  assert.ok(log.requests.some((u) => u.endsWith('/static/icon.svg')), 'the page icon was not asked for');
  assertClean(log);
  await context.close();
});

// The browser asks for /favicon.ico on its own: it must exist (a 404 would be logged as a
// console error on every first visit).
test('5b. the browser\'s own /favicon.ico request causes no console error', async () => {
  // Its own browser: Chromium remembers a missing favicon for the browser's lifetime.
  const own = await launch();
  try {
    const { context, log } = await newContext(own);
    await withPage(context, 'favicon', async (page) => {
      await page.goto(`${BASE}/da/`);
      await networkQuiet(context);
      for (let i = 0; i < 20 && log.consoleErrors.length === 0; i += 1) await page.waitForTimeout(100);
    });
    assert.deepEqual(log.consoleErrors, [], 'console errors, favicon included');
  } finally {
    await own.close();
  }
});

for (const [name, path] of MAIN_PAGES) {
  test(`7. page weight under 100 KB, cold cache: ${name} (${path})`, async (t) => {
    // A fresh context: empty HTTP cache, no service worker yet. Everything the page and
    // its service worker fetch counts, at its transferred (encoded) body size; a request
    // answered from a cache reports a negative size and transferred nothing.
    const { context, log } = await newContext(browser);
    const finished = [];
    context.on('requestfinished', (request) => finished.push(request));
    let total = 0;
    const lines = [];
    await withPage(context, 'weight', async (page) => {
      await page.goto(`${BASE}${path}`, { waitUntil: 'load' });
      await networkQuiet(context, 500);
      for (const request of finished) {
        const sizes = await request.sizes();
        let bytes = sizes.responseBodySize;
        if (bytes === 0) {
          // Chromium reports 0 for a service worker's own script: measure the body.
          const body = await (await request.response())?.body().catch(() => null);
          bytes = body ? body.length : 0;
        }
        bytes = Math.max(0, bytes);
        total += bytes;
        lines.push(`${bytes} ${request.serviceWorker() ? '(sw) ' : ''}${request.url()}`);
      }
    });
    t.diagnostic(`${name}: ${total} bytes in ${finished.length} requests`);
    await context.close();
    assert.ok(total > 5 * 1024, `measured only ${total} bytes: the measurement is broken\n${lines.join('\n')}`);
    assert.ok(total < LIMIT, `${name} weighs ${total} bytes (limit ${LIMIT}):\n${lines.join('\n')}`);
    assert.deepEqual(log.external, [], 'requests that leave the server');
  });
}

// The Content-Security-Policy is enforced: script injected into a page (as an attacker's
// text would be, were it ever unescaped) does not run; the app's own script does.
test('5d. the pages refuse inline script but run their own', async () => {
  const { context } = await newContext(browser);
  await withPage(context, 'csp', async (page) => {
    await page.goto(`${BASE}/da/resources/${CARD_RESOURCE}`);
    const ran = await page.evaluate(() => {
      window.injected = false;
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.head.append(script);
      return window.injected;
    });
    assert.equal(ran, false, 'an inline script ran');
    const own = await page.evaluate(() => [...document.scripts].some((s) => s.src.endsWith('/static/app.js')));
    assert.ok(own, 'the app\'s own script is on the page');
  });
  await context.close();
});
