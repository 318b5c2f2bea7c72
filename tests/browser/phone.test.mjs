// The volunteers' app on the phones they carry (412 × 915), in Danish, Arabic and Somali:
// pictograms drawn as SVG (no emoji font needed), results on the first screen after a
// search, every text in another language marked, read aloud with the phone's own voice,
// a saved list that opens without a connection, light pages. Screenshots are kept.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, CARD_RESOURCE, artifact, assertClean, launch, newContext, runAxe, describeViolations, withPage,
} from './lib.mjs';

const PHONE_412 = { viewport: { width: 412, height: 915 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const LANGUAGES = ['da', 'ar', 'so'];
const EMOJI = /[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\u{2B00}-\u{2BFF}\u{FE0F}\u{20E3}]/u;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('category and access pictograms are drawn SVG beside their names, and no emoji is on any page', async () => {
  for (const lang of LANGUAGES) {
    const { context, log } = await newContext(browser, PHONE_412);
    await withPage(context, `pictograms-${lang}`, async (page) => {
      await page.goto(`${BASE}/${lang}/`);
      const tiles = await page.locator('.tiles a').evaluateAll((links) => links.map((link) => {
        const svg = link.querySelector('svg.pictogram');
        const box = svg?.getBoundingClientRect();
        return { svg: Boolean(svg), width: box?.width ?? 0, name: link.textContent.trim() };
      }));
      assert.equal(tiles.length, 28);
      for (const tile of tiles) {
        assert.ok(tile.svg && tile.width >= 24, `${lang}: ${tile.name} has a pictogram of ${tile.width}px`);
        assert.ok(tile.name.length > 1, `${lang}: a name beside it`);
      }
      await page.locator('form#search details.filters summary').click();
      const attributes = await page.locator('fieldset label.check:has(input[name=attribute])').evaluateAll((labels) =>
        labels.map((label) => Boolean(label.querySelector('svg.pictogram'))));
      assert.ok(attributes.length >= 9 && attributes.every(Boolean), `${lang}: every access attribute has one`);
      const text = await page.evaluate(() => document.body.innerText + Array.from(document.querySelectorAll('*'))
        .map((el) => getComputedStyle(el, '::before').content + getComputedStyle(el, '::after').content).join(''));
      assert.ok(!EMOJI.test(text), `${lang}: no emoji`);
      await page.screenshot({ path: artifact(`phone-${lang}-home.png`) });
    });
    assertClean(log);
    await context.close();
  }
});

test('after a search the first result is on the first screen, the filters folded into one line', async () => {
  for (const lang of LANGUAGES) {
    // axe-core goes in as an inline script, which the pages' policy refuses.
    const { context, log } = await newContext(browser, { ...PHONE_412, bypassCSP: true });
    await withPage(context, `results-first-${lang}`, async (page) => {
      await page.goto(`${BASE}/${lang}/?q=&area=dk-0751&category=health-visitor`);
      const summary = page.locator('form#search details.filters summary');
      assert.equal(await page.locator('form#search details.filters').evaluate((el) => el.open), false, 'folded');
      const line = await summary.innerText();
      assert.match(line, /·/, `${lang}: the line says what is chosen: ${line}`);
      const first = page.locator('#results li.result').first();
      await first.waitFor();
      const box = await first.boundingBox();
      assert.ok(box && box.y >= 0 && box.y < 915, `${lang}: the first hit starts at ${box?.y}px, inside the first screen`);
      await page.screenshot({ path: artifact(`phone-${lang}-results.png`) });
      await summary.click();
      assert.equal(await page.locator('form#search details.filters').evaluate((el) => el.open), true, 'the line opens them');
      assert.equal(await page.locator('#area').inputValue(), 'dk-0751');
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, describeViolations(violations));
    });
    assertClean(log);
    await context.close();
  }
});

/** A demo resource whose description the directory has not in `lang`. */
async function untranslatedFor(page, lang) {
  return page.evaluate(async ({ base, lang }) => {
    const search = await (await fetch(`${base}/api/v1/search?lang=${lang}&area=dk-0751&limit=100`)).json();
    for (const hit of search.hits) {
      const resource = await (await fetch(`${base}/api/v1/resources/${hit.id}?lang=${lang}`)).json();
      if (resource.description && resource.description.lang !== lang) return resource.id;
    }
    return null;
  }, { base: BASE, lang });
}

test('every text shown in another language carries a visible note, on the resource page and the card', async () => {
  for (const lang of ['ar', 'so']) {
    const { context, log } = await newContext(browser, PHONE_412);
    await withPage(context, `fallback-${lang}`, async (page) => {
      await page.goto(`${BASE}/${lang}/`);
      const id = await untranslatedFor(page, lang);
      assert.ok(id, `${lang}: some demo resource is not translated`);
      for (const path of [`/${lang}/resources/${id}`, `/${lang}/resources/${id}/card?for=${lang}`]) {
        await page.goto(`${BASE}${path}`);
        const unmarked = await page.evaluate(() => {
          const root = document.querySelector('article');
          return Array.from(root.querySelectorAll('[data-speak][lang]'))
            .filter((el) => {
              const side = el.closest('[lang]:not([data-speak])') || document.documentElement;
              return el.lang !== side.lang;
            })
            .filter((el) => {
              const note = el.nextElementSibling;
              return !(note && note.classList.contains('fallback') && note.offsetParent !== null);
            })
            .map((el) => `${el.lang}: ${el.textContent.slice(0, 40)}`);
        });
        assert.deepEqual(unmarked, [], `${path}: texts in another language without a note`);
      }
      await page.goto(`${BASE}/${lang}/resources/${id}`);
      assert.ok(await page.locator('article .fallback').first().isVisible(), 'the untranslated description is marked');
      await page.screenshot({ path: artifact(`phone-${lang}-fallback.png`) });
    });
    assertClean(log);
    await context.close();
  }
});

/** A speech synthesis of the phone's own, with local voices for `voices`, recording what
 * it is asked to say. */
function fakeSpeech(voices) {
  return `(() => {
    const voices = ${JSON.stringify(voices)}.map((lang) => ({ lang, name: 'local ' + lang, localService: true, default: false, voiceURI: lang }));
    const said = [];
    window.__said = said;
    const synth = new EventTarget();
    Object.assign(synth, {
      speaking: false, pending: false, paused: false,
      getVoices: () => voices,
      speak(u) { said.push({ lang: u.lang, text: u.text, voice: u.voice && u.voice.lang }); this.speaking = true; setTimeout(() => { u.onstart && u.onstart(); }, 0); },
      cancel() { this.speaking = false; },
      pause() {}, resume() {},
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
  })();`;
}

test('read aloud uses the phone\'s own voice for the text\'s language, and is offered only where there is one', async () => {
  const { context, log } = await newContext(browser, PHONE_412);
  await context.addInitScript(fakeSpeech(['ar-SA', 'da-DK']));
  await withPage(context, 'read-aloud', async (page) => {
    await page.goto(`${BASE}/ar/resources/${CARD_RESOURCE}`);
    const button = page.locator('article button.read-aloud');
    assert.ok(await button.isVisible(), 'an Arabic voice: the button is shown');
    await button.click();
    const said = await page.evaluate(() => window.__said);
    assert.ok(said.length >= 2, JSON.stringify(said));
    assert.ok(said.every((u) => u.lang === 'ar' && u.voice === 'ar-SA'), JSON.stringify(said));
    await page.goto(`${BASE}/so/resources/${CARD_RESOURCE}`);
    assert.equal(await page.locator('article button.read-aloud').isVisible(), false, 'no Somali voice: no button');
    await page.goto(`${BASE}/so/resources/${CARD_RESOURCE}/card?for=ar`);
    const sides = page.locator('.card-side');
    assert.equal(await sides.nth(0).locator('button.read-aloud').isVisible(), true, 'her side (Arabic) can be read');
    assert.equal(await sides.nth(1).locator('button.read-aloud').isVisible(), true, 'the Danish side too');
    await sides.nth(1).locator('button.read-aloud').click();
    const danish = await page.evaluate(() => window.__said);
    assert.ok(danish.length >= 1 && danish.every((u) => u.lang === 'da'), JSON.stringify(danish));
  });
  assertClean(log);
  await context.close();
});

test('a saved service and its card open with no connection, saying how old the copy is', async () => {
  for (const lang of LANGUAGES) {
    const { context, log } = await newContext(browser, PHONE_412);
    await withPage(context, `saved-offline-${lang}`, async (page) => {
      await page.goto(`${BASE}/${lang}/resources/${CARD_RESOURCE}`);
      await page.evaluate(async () => { await navigator.serviceWorker.ready; });
      const save = page.locator('button.save');
      await save.click();
      await page.waitForFunction(() => document.querySelector('button.save').getAttribute('aria-pressed') === 'true');
      await page.goto(`${BASE}/${lang}/saved`);
      const entry = page.locator('#saved-list li a').first();
      assert.match(await entry.innerText(), /Sundhedsplejen/);
      await page.screenshot({ path: artifact(`phone-${lang}-saved.png`) });
      // Two days later, with no connection.
      await context.addInitScript(() => {
        const shift = 2 * 24 * 3600 * 1000;
        const now = Date.now;
        Date.now = () => now() + shift;
      });
      await context.setOffline(true);
      try {
        for (const path of [`/${lang}/resources/${CARD_RESOURCE}`, `/${lang}/resources/${CARD_RESOURCE}/card`, `/${lang}/saved`]) {
          await page.goto(`${BASE}${path}`);
          assert.equal(await page.locator('html').getAttribute('lang'), lang, `${path} opens offline`);
          const note = page.locator('p.saved-copy');
          assert.ok(await note.isVisible(), `${path}: says it is a saved copy`);
          const said = await note.innerText();
          // "2 days ago" in the page's language, as the browser words it; where it has no
          // words for the language (Somali in Chromium), the date the copy was made.
          const age = await page.evaluate(() => {
            const lang = document.documentElement.lang;
            return Intl.RelativeTimeFormat.supportedLocalesOf([lang]).length
              ? new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(-2, 'day')
              : new Date(Number(document.body.dataset.rendered)).toISOString().slice(0, 10);
          });
          assert.ok(said.includes(age) && !said.includes('{age}'), `${path}: and how old (${age}): ${said}`);
        }
        await page.screenshot({ path: artifact(`phone-${lang}-saved-offline.png`) });
      } finally {
        await context.setOffline(false);
      }
    });
    // Offline, requests fail on purpose: the log is not checked here.
    assert.ok(log);
    await context.close();
  }
});

test('a postcode is enough: she tells hers, the search covers its municipalities, nearest first', async () => {
  for (const lang of LANGUAGES) {
    const { context, log } = await newContext(browser, PHONE_412);
    await withPage(context, `postcode-${lang}`, async (page) => {
      await page.goto(`${BASE}/${lang}/?q=&category=health-visitor`);
      await page.locator('form#search details.filters summary').click();
      const field = page.locator('#postcode');
      assert.equal(await field.getAttribute('inputmode'), 'numeric');
      assert.ok(await page.locator('label[for=postcode]').isVisible(), 'labelled');
      await field.fill('8000');
      await Promise.all([
        page.waitForURL((url) => url.searchParams.get('postcode') === '8000'),
        page.locator('form#search details.filters button[type=submit]').click(),
      ]);
      assert.match(await page.locator('.searched-postcode').innerText(), /8000/);
      assert.match(await page.locator('form#search details.filters summary').innerText(), /8000/);
      const first = page.locator('#results li.result').first();
      const box = await first.boundingBox();
      assert.ok(box && box.y < 915, `${lang}: the first hit starts at ${box?.y}px`);
      const ids = await page.locator('#results a.result-name').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert.ok(ids.length > 0 && ids.every((href) => /aarhus/.test(href)), `${lang}: Aarhus only: ${ids}`);
      await page.screenshot({ path: artifact(`phone-${lang}-postcode.png`) });
    });
    assertClean(log);
    await context.close();
  }
});

test('pages are light: under 50 KB transferred, compressed, no render-blocking script', async () => {
  // Every byte from the server, none from the service worker's cache.
  const { context, log } = await newContext(browser, { ...PHONE_412, serviceWorkers: 'block' });
  await withPage(context, 'light', async (page) => {
    for (const path of ['/so/', '/ar/?q=&area=dk-0751&category=health-visitor', `/ar/resources/${CARD_RESOURCE}`, `/so/resources/${CARD_RESOURCE}/card?for=ar`, '/da/saved']) {
      const sizes = [];
      const collect = async (response) => {
        const request = response.request();
        const { responseBodySize, responseHeadersSize } = await request.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
        sizes.push({ url: request.url(), bytes: responseBodySize + responseHeadersSize, encoding: (await response.allHeaders())['content-encoding'] });
      };
      page.on('response', collect);
      const client = await context.newCDPSession(page);
      await client.send('Network.setCacheDisabled', { cacheDisabled: true });
      await page.goto(`${BASE}${path}`, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      page.off('response', collect);
      const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
      assert.ok(total < 50 * 1024, `${path}: ${total} bytes transferred: ${JSON.stringify(sizes)}`);
      const html = sizes.find((s) => s.url === `${BASE}${path}`);
      assert.ok(html && ['br', 'gzip'].includes(html.encoding), `${path}: the page is compressed (${html?.encoding})`);
      const blocking = await page.evaluate(() => Array.from(document.querySelectorAll('script[src]'))
        .filter((s) => !s.defer && !s.async && s.type !== 'module').map((s) => s.src));
      assert.deepEqual(blocking, [], `${path}: render-blocking scripts`);
    }
  });
  assertClean(log);
  await context.close();
});
