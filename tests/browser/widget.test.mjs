// The embeddable search widget <nabo-search> on a partner's site: a page of another origin
// (a Node server started here, on 127.0.0.1:$NABO_PARTNER_PORT or a free port) that holds
// exactly the two lines a partner pastes, under a strict Content-Security-Policy of its own.
// Keys (run.sh creates them for the partner origin): NABO_WIDGET_KEY (generous; without it
// the widget searches anonymously) and NABO_LIMITED_KEY (3 searches a minute; without it
// the rate-limit test is skipped).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import {
  artifact, assertClean, BASE, describeViolations, launch, networkQuiet, newContext, PHONE, runAxe, withPage,
} from './lib.mjs';

const WIDGET_KEY = process.env.NABO_WIDGET_KEY || '';
const LIMITED_KEY = process.env.NABO_LIMITED_KEY || '';
const AARHUS = 'dk-0751';
const ISHOEJ = 'dk-0183';
/** "Job centre" (Arabic): Aarhus's job centre first, then related services. */
const ARABIC_QUERY = 'مركز العمل';
/** "Library" (Arabic): in Ishøj only in English or Danish (a fallback language). */
const ARABIC_FALLBACK_QUERY = 'مكتبة';
/** "Learn Danish" (Somali): Aarhus's language school, only in English. */
const SOMALI_QUERY = 'baro luqadda deenishka';
const BLOCKING = new Set(['serious', 'critical']);
/** The partner's own stylesheet themes the widget (proves custom properties reach it). */
const PARTNER_ACCENT = 'rgb(122, 31, 92)';

let browser;
let partner;
let PARTNER;

const attr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The partner's page: its own header and link, then the two lines. */
function partnerPage(params) {
  const attrs = ['lang', 'area', 'key', 'limit']
    .filter((name) => params.get(name))
    .map((name) => ` ${name}="${attr(params.get(name))}"`)
    .join('');
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner: Find hjælp</title>
<link rel="stylesheet" href="/partner.css">
</head>
<body>
<header><a href="/">Kommunens forside</a></header>
<main>
<h1>Find hjælp i nærheden</h1>
<script type="module" src="${attr(BASE)}/embed.js"></script>
<nabo-search${attrs}></nabo-search>
</main>
</body>
</html>
`;
}

function startPartner() {
  // What a careful partner sends: nothing but its own styles and Nabo's script and API.
  const csp = [
    "default-src 'none'",
    `script-src ${BASE}`,
    `connect-src ${BASE}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://partner.invalid');
    if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
      response.end(partnerPage(url.searchParams));
    } else if (url.pathname === '/partner.css') {
      response.writeHead(200, { 'content-type': 'text/css' });
      response.end(`body{font-family:system-ui,sans-serif;margin:1rem}nabo-search{--nabo-accent:${PARTNER_ACCENT};margin-block:1rem}\n`);
    } else if (url.pathname === '/favicon.ico') {
      response.writeHead(204);
      response.end();
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  const port = Number(process.env.NABO_PARTNER_PORT || 0);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

before(async () => {
  partner = await startPartner();
  PARTNER = `http://127.0.0.1:${partner.address().port}`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => (partner ? partner.close(resolve) : resolve()));
});

function partnerUrl(attrs) {
  const params = new URLSearchParams(Object.entries(attrs).filter(([, v]) => v));
  return `${PARTNER}/?${params}`;
}

async function getJSON(path) {
  const response = await fetch(`${BASE}${path}`);
  assert.equal(response.status, 200, `${path}: HTTP ${response.status}`);
  return response.json();
}

/** What the API answers for the widget's search (same parameters, no key: the results
 * do not depend on it). */
function apiSearch(q, lang, area, limit = 5) {
  return getJSON(`/api/v1/search?${new URLSearchParams({ q, lang, area, limit })}`);
}

const widgetMessages = (lang) => getJSON(`/api/v1/widget/messages?lang=${lang}`).then((m) => m.messages);

/** Opens the partner page and waits until the widget has its messages. */
async function openWidget(page, attrs) {
  const response = await page.goto(partnerUrl(attrs));
  assert.equal(response.status(), 200);
  await page.waitForFunction(() => document.querySelector('nabo-search')?.shadowRoot?.querySelector('label')?.textContent);
  return response;
}

/** Types a query, presses Enter and waits for the search's answer to be shown. */
async function search(page, q) {
  const input = page.locator('nabo-search input');
  await input.fill(q);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().startsWith(`${BASE}/api/v1/search?`)),
    input.press('Enter'),
  ]);
  await page.waitForFunction(() => {
    const root = document.querySelector('nabo-search').shadowRoot;
    return !root.querySelector('ol').hasAttribute('aria-busy') && root.querySelector('[role=status]').textContent;
  });
  return response;
}

/** What the widget shows: root lang/dir, status, and each hit's links and notes. */
function shown(page) {
  return page.evaluate(() => {
    const root = document.querySelector('nabo-search').shadowRoot;
    const wrap = root.querySelector('[part=root]');
    return {
      lang: wrap.getAttribute('lang'),
      dir: wrap.getAttribute('dir'),
      label: root.querySelector('label').textContent,
      status: root.querySelector('[role=status]').textContent,
      hits: [...root.querySelectorAll('ol > li')].map((li) => {
        const name = li.querySelector('a.name');
        const card = li.querySelector('a.card');
        const note = li.querySelector('.note');
        return {
          name: name.textContent,
          href: name.href,
          target: name.target,
          rel: name.rel,
          lang: name.getAttribute('lang'),
          dir: name.getAttribute('dir'),
          card: card.href,
          cardTarget: card.target,
          note: note && note.checkVisibility() ? note.textContent : null,
        };
      }),
    };
  });
}

test('widget 1. on a partner page of another origin (strict CSP): an Arabic search in Aarhus shows what the API finds', async () => {
  const { context, log } = await newContext(browser);
  const cors = [];
  context.on('request', (request) => {
    if (request.url().startsWith(`${BASE}/`)) cors.push(request);
  });
  const messages = await widgetMessages('ar');
  await withPage(context, 'widget-ar', async (page) => {
    const loaded = await openWidget(page, { lang: 'ar', area: AARHUS, key: WIDGET_KEY });
    const origin = await page.evaluate(() => location.origin);
    assert.equal(origin, PARTNER);
    assert.notEqual(origin, new URL(BASE).origin, 'the partner page must be of another origin than Nabo');
    // The page really is the two lines under the partner's policy.
    assert.match(loaded.headers()['content-security-policy'], /default-src 'none'/);
    assert.equal(await page.locator('script[src]').getAttribute('src'), `${BASE}/embed.js`);
    assert.equal(await page.locator('script[src]').getAttribute('type'), 'module');

    let state = await shown(page);
    assert.equal(state.lang, 'ar');
    assert.equal(state.dir, 'rtl');
    assert.equal(state.label, messages['widget-search-label']);
    assert.notEqual(state.label, (await widgetMessages('en'))['widget-search-label'], 'the label is Arabic');
    // The partner's stylesheet themes it; the widget's own styles got past the CSP.
    const button = page.locator('nabo-search button');
    assert.equal(await button.evaluate((b) => getComputedStyle(b).backgroundColor), PARTNER_ACCENT);
    assert.equal(await page.locator('nabo-search input').evaluate((i) => getComputedStyle(i).minHeight), '44px');

    const response = await search(page, ARABIC_QUERY);
    assert.equal(response.status(), 200);
    const sent = new URL(response.url());
    assert.equal(sent.searchParams.get('q'), ARABIC_QUERY);
    assert.equal(sent.searchParams.get('lang'), 'ar');
    assert.equal(sent.searchParams.get('area'), AARHUS);
    assert.equal(sent.searchParams.get('key'), WIDGET_KEY || null);

    const expected = await apiSearch(ARABIC_QUERY, 'ar', AARHUS);
    assert.ok(expected.hits.length >= 1, 'the API finds nothing for the query');
    state = await shown(page);
    assert.equal(state.status, messages['widget-results-ready']);
    assert.deepEqual(state.hits.map((h) => h.href), expected.hits.map((h) => `${BASE}/ar/resources/${h.id}`),
      'the same hits as the API, in the same order, linked to Nabo in Arabic');
    assert.equal(state.hits[0].href, `${BASE}/ar/resources/aarhus-jobcenter-frederiks-alle`);
    expected.hits.forEach((hit, i) => {
      const got = state.hits[i];
      assert.equal(got.name, hit.name);
      assert.equal(got.card, `${BASE}/ar/resources/${hit.id}/card?for=ar`);
      assert.equal(got.target, '_blank');
      assert.equal(got.cardTarget, '_blank');
      assert.match(got.rel, /\bnoopener\b/);
      assert.equal(got.lang, hit.lang);
      if (hit.lang === 'ar') assert.equal(got.note, null, `${hit.id}: a note although it is in Arabic`);
      else assert.ok(got.note, `${hit.id} is in ${hit.lang}: no visible note`);
    });
    await page.screenshot({ path: artifact('widget-ar-aarhus.png'), fullPage: true });

    // The partner changes the area: the widget searches again, in Ishøj, where the
    // library is in another language than Arabic.
    await page.locator('nabo-search input').fill(ARABIC_FALLBACK_QUERY);
    await Promise.all([
      page.waitForResponse((r) => r.url().startsWith(`${BASE}/api/v1/search?`) && new URL(r.url()).searchParams.get('q') === ARABIC_FALLBACK_QUERY),
      page.locator('nabo-search input').press('Enter'),
    ]);
    await Promise.all([
      page.waitForResponse((r) => r.url().startsWith(`${BASE}/api/v1/search?`) && new URL(r.url()).searchParams.get('area') === ISHOEJ),
      page.evaluate((area) => document.querySelector('nabo-search').setAttribute('area', area), ISHOEJ),
    ]);
    const fallback = await apiSearch(ARABIC_FALLBACK_QUERY, 'ar', ISHOEJ);
    const others = fallback.hits.filter((h) => h.lang !== 'ar');
    assert.ok(others.length >= 1, 'the API shows no Ishøj hit in a fallback language');
    await page.waitForFunction((n) => document.querySelector('nabo-search').shadowRoot.querySelectorAll('.note').length === n, others.length);
    state = await shown(page);
    assert.deepEqual(state.hits.map((h) => h.href), fallback.hits.map((h) => `${BASE}/ar/resources/${h.id}`));
    fallback.hits.forEach((hit, i) => {
      const got = state.hits[i];
      assert.equal(got.lang, hit.lang, `${hit.id}: lang of the name`);
      assert.equal(got.dir, hit.lang === 'ar' ? 'rtl' : 'ltr', `${hit.id}: dir of the name`);
      if (hit.lang !== 'ar') {
        const note = messages['widget-shown-in'].replace('{language}', messages[`language-${hit.lang}`]);
        assert.equal(got.note, note, `${hit.id}: the note names the language`);
      }
    });
    await page.screenshot({ path: artifact('widget-ar-fallback.png'), fullPage: true });
    await networkQuiet(context);
    // The widget talks only to Nabo, with CORS from the partner's origin.
    const api = cors.filter((r) => new URL(r.url()).pathname.startsWith('/api/'));
    assert.ok(api.length >= 3, `too few API requests: ${api.map((r) => r.url())}`);
    for (const request of api) {
      const headers = await request.allHeaders();
      assert.equal(headers.origin, PARTNER, `${request.url()} was not a CORS request from the partner`);
      assert.equal(headers.cookie, undefined, `${request.url()} carried cookies`);
    }
  });
  const partnerRequests = log.requests.filter((url) => url.startsWith(`${PARTNER}/`)).map((url) => new URL(url).pathname);
  assert.deepEqual([...new Set(partnerRequests)].filter((p) => !['/', '/partner.css', '/favicon.ico'].includes(p)), [],
    'the widget asked the partner\'s origin for something');
  assertClean(log);
  await context.close();
});

test('widget 2. keyboard: Tab reaches the field, Enter searches, Tab reaches the first hit', async () => {
  const { context, log } = await newContext(browser);
  await withPage(context, 'widget-keyboard', async (page) => {
    await openWidget(page, { lang: 'ar', area: AARHUS, key: WIDGET_KEY });
    const focused = () => page.evaluate(() => {
      const host = document.activeElement;
      const inner = host?.shadowRoot?.activeElement;
      if (!inner) return { tag: host?.tagName.toLowerCase() };
      const style = getComputedStyle(inner);
      return {
        tag: inner.tagName.toLowerCase(), id: inner.id, cls: inner.className, href: inner.href || null,
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
      };
    });
    let now;
    for (let i = 0; i < 5; i += 1) {
      await page.keyboard.press('Tab');
      now = await focused();
      if (now.tag === 'input') break;
    }
    assert.equal(now.tag, 'input', `Tab did not reach the search field: ${JSON.stringify(now)}`);
    assert.equal(now.outline, 'solid 3px', 'the focused field has no visible outline');
    await page.keyboard.type(ARABIC_QUERY);
    await Promise.all([
      page.waitForResponse((r) => r.url().startsWith(`${BASE}/api/v1/search?`)),
      page.keyboard.press('Enter'),
    ]);
    await page.locator('nabo-search ol > li').first().waitFor();
    const expected = await apiSearch(ARABIC_QUERY, 'ar', AARHUS);
    await page.keyboard.press('Tab');
    assert.equal((await focused()).tag, 'button', 'Tab after the field goes to the search button');
    await page.keyboard.press('Tab');
    now = await focused();
    assert.equal(now.tag, 'a');
    assert.equal(now.cls, 'name', `the first hit's name is not focused: ${JSON.stringify(now)}`);
    assert.equal(now.href, `${BASE}/ar/resources/${expected.hits[0].id}`);
    assert.equal(now.outline, 'solid 3px', 'the focused link has no visible outline');
    await page.keyboard.press('Tab');
    now = await focused();
    assert.equal(now.cls, 'card', 'then its card link');
    await page.screenshot({ path: artifact('widget-keyboard.png') });
  });
  assertClean(log);
  await context.close();
});

for (const mode of ['desktop', 'phone']) {
  test(`widget 3. axe-core, ${mode}: no serious/critical violation on the partner page, shadow root included`, async (t) => {
    // axe-core goes in as an inline script: the audit's context bypasses the partner's CSP.
    const options = mode === 'phone' ? PHONE : {};
    const { context } = await newContext(browser, { ...options, bypassCSP: true });
    await withPage(context, `widget-axe-${mode}`, async (page) => {
      await openWidget(page, { lang: 'ar', area: ISHOEJ, key: WIDGET_KEY });
      await search(page, ARABIC_FALLBACK_QUERY);
      await page.locator('nabo-search .note').first().waitFor();
      if (mode === 'phone') {
        await page.screenshot({ path: artifact('widget-phone-ar.png'), fullPage: true });
        const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        assert.equal(wide, false, 'the widget makes the phone page scroll sideways');
      }
      const violations = await runAxe(page);
      const minor = violations.filter((v) => !BLOCKING.has(v.impact));
      if (minor.length) t.diagnostic(`minor (not failing):\n${describeViolations(minor)}`);
      const blocking = violations.filter((v) => BLOCKING.has(v.impact));
      assert.equal(blocking.length, 0, describeViolations(blocking));
      // axe-core looks into the shadow root: an unlabeled field planted there is found.
      await page.evaluate(() => {
        const input = document.createElement('input');
        input.type = 'text';
        document.querySelector('nabo-search').shadowRoot.querySelector('form').append(input);
      });
      const planted = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      assert.ok(planted.violations.some((v) => v.id === 'label'), 'axe-core did not look inside the shadow root');
    });
    await context.close();
  });
}

test('widget 4. /embed.js is small and loadable from any origin', async () => {
  const response = await fetch(`${BASE}/embed.js`, { headers: { origin: PARTNER } });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/javascript/);
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  const body = Buffer.from(await response.arrayBuffer());
  assert.ok(body.length < 20_000, `embed.js is ${body.length} bytes (limit 20,000)`);
  const text = body.toString('utf8');
  assert.match(text, /customElements\.define\('nabo-search'/);
  for (const bad of [/\.innerHTML\b/, /\beval\(/, /new Function\(/, /\.outerHTML\b/, /insertAdjacentHTML/]) {
    assert.doesNotMatch(text, bad, `embed.js uses ${bad}`);
  }
});

test('widget 5. a rate-limited key: the 4th search in a minute says to wait, in Arabic', async (t) => {
  if (!LIMITED_KEY) {
    t.skip('NABO_LIMITED_KEY is not set (run.sh creates it)');
    return;
  }
  const messages = await widgetMessages('ar');
  const { context, log } = await newContext(browser);
  await withPage(context, 'widget-rate-limited', async (page) => {
    await openWidget(page, { lang: 'ar', area: AARHUS, key: LIMITED_KEY });
    // Four different searches: the browser may answer a repeated one from its cache
    // (search answers are cacheable for a minute) without asking Nabo.
    const queries = [ARABIC_QUERY, 'عمل', 'مكتبة', 'مساعدة في الديون'];
    for (const [i, q] of queries.slice(0, 3).entries()) {
      const response = await search(page, q);
      assert.equal(response.status(), 200, `search ${i + 1}`);
      assert.equal((await shown(page)).status, messages['widget-results-ready'], `search ${i + 1}`);
    }
    const response = await search(page, queries[3]);
    assert.equal(response.status(), 429, 'the 4th search is not rate limited');
    assert.ok(response.headers()['retry-after'], 'a 429 without Retry-After');
    const problem = await response.json();
    const state = await shown(page);
    assert.equal(state.status, messages['widget-rate-limited']);
    for (const text of [problem.title, problem.detail].filter(Boolean)) {
      assert.ok(!state.status.includes(text), 'the server\'s own text is shown');
    }
    assert.equal(await page.locator('nabo-search section').isVisible(), false, 'old results stay shown');
    // The widget still works: the field and the button take input.
    assert.equal(await page.locator('nabo-search input').isEditable(), true);
    assert.equal(await page.locator('nabo-search button').isEnabled(), true);
    await page.screenshot({ path: artifact('widget-rate-limited.png') });
  });
  assert.deepEqual(log.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(log.failedRequests, [], 'failed requests');
  assert.deepEqual(log.httpErrors.filter((e) => !e.startsWith('429 ')), [], 'HTTP errors other than the 429');
  await context.close();
});

/** The messages of a locale's widget.ftl (plain `id = text` lines). */
function ftl(locale) {
  const text = readFileSync(new URL(`../../locales/${locale}/widget.ftl`, import.meta.url), 'utf8');
  return Object.fromEntries(text.split('\n').map((line) => line.match(/^(widget-[a-z-]+) = (.*)$/)).filter(Boolean).map((m) => [m[1], m[2].trim()]));
}

test('widget 6. a Somali widget speaks Somali, left to right, and marks a text in English', async () => {
  const somali = ftl('so');
  const english = ftl('en');
  const messages = await widgetMessages('so');
  const { context, log } = await newContext(browser);
  await withPage(context, 'widget-so', async (page) => {
    await openWidget(page, { lang: 'so', area: AARHUS, key: WIDGET_KEY });
    let state = await shown(page);
    assert.equal(state.lang, 'so');
    assert.equal(state.dir, 'ltr');
    assert.equal(state.label, somali['widget-search-label']);
    assert.notEqual(state.label, english['widget-search-label']);
    assert.equal(await page.locator('nabo-search button').textContent(), somali['widget-search-button']);

    await search(page, SOMALI_QUERY);
    const expected = await apiSearch(SOMALI_QUERY, 'so', AARHUS);
    state = await shown(page);
    assert.equal(state.status, somali['widget-results-ready']);
    assert.deepEqual(state.hits.map((h) => h.href), expected.hits.map((h) => `${BASE}/so/resources/${h.id}`));
    const english_hits = expected.hits.filter((h) => h.lang === 'en');
    assert.ok(english_hits.length >= 1, 'the API shows no hit in English for the Somali query');
    for (const hit of english_hits) {
      const got = state.hits.find((h) => h.href.endsWith(`/${hit.id}`));
      assert.equal(got.lang, 'en');
      assert.equal(got.note, somali['widget-shown-in'].replace('{ $language }', messages['language-en']));
      assert.equal(got.card, `${BASE}/so/resources/${hit.id}/card?for=so`);
    }
    await page.screenshot({ path: artifact('widget-so.png'), fullPage: true });

    // The partner switches the widget to Arabic: the last search comes back in Arabic.
    const arabic = await widgetMessages('ar');
    await Promise.all([
      page.waitForResponse((r) => r.url().startsWith(`${BASE}/api/v1/search?`) && new URL(r.url()).searchParams.get('lang') === 'ar'),
      page.evaluate(() => document.querySelector('nabo-search').setAttribute('lang', 'ar')),
    ]);
    await page.waitForFunction(() => document.querySelector('nabo-search').shadowRoot.querySelector('[part=root]').dir === 'rtl');
    state = await shown(page);
    assert.equal(state.lang, 'ar');
    assert.equal(state.label, arabic['widget-search-label']);
    assert.ok(state.hits.every((h) => h.href.startsWith(`${BASE}/ar/resources/`)), 'links still in Somali');
    await networkQuiet(context);
  });
  assertClean(log);
  await context.close();
});

test('widget 7. a key Nabo does not know: the localized error, never the server\'s text', async (t) => {
  if (!WIDGET_KEY) {
    t.skip('NABO_WIDGET_KEY is not set: the server under test may not know keys');
    return;
  }
  const messages = await widgetMessages('ar');
  const { context, log } = await newContext(browser);
  await withPage(context, 'widget-unknown-key', async (page) => {
    // Well formed (nabo_key_<id>_<secret>), never issued: as a revoked key looks.
    await openWidget(page, { lang: 'ar', area: AARHUS, key: `nabo_key_aaaaaaaa_${'a'.repeat(32)}` });
    const response = await search(page, ARABIC_QUERY);
    assert.equal(response.status(), 401);
    const problem = await response.json();
    const state = await shown(page);
    assert.equal(state.status, messages['widget-error']);
    for (const text of [problem.title, problem.detail].filter(Boolean)) {
      assert.ok(!state.status.includes(text), 'the server\'s own text is shown');
    }
    assert.equal(state.hits.length, 0);
  });
  assert.deepEqual(log.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(log.httpErrors.filter((e) => !e.startsWith('401 ')), [], 'HTTP errors other than the 401');
  await context.close();
});
