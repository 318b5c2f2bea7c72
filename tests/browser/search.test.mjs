// Searching in Arabic, switching language with the search kept, and the language
// redirect of `/`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ARABIC_NEED, BASE, htmlLangDir, launch, newContext, openFilters, assertClean, withPage,
} from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Types the Arabic need phrase on /ar/, chooses København and submits. */
async function arabicSearch(page) {
  await page.goto(`${BASE}/ar/`);
  await page.locator('input#q').fill(ARABIC_NEED);
  await openFilters(page);
  await page.locator('select#area').selectOption('dk-0101');
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get('area') === 'dk-0101'),
    page.locator('form#search .searchbox button[type=submit]').click(),
  ]);
}

test('1. a search in Arabic, in København, shows Arabic results on an RTL page', async () => {
  const { context, log } = await newContext(browser, { locale: 'ar' });
  await withPage(context, 'search-ar', async (page) => {
    await arabicSearch(page);
    const url = new URL(page.url());
    assert.equal(url.pathname, '/ar/');
    assert.equal(url.searchParams.get('q'), ARABIC_NEED);
    assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' });
    // The form keeps what she asked for.
    assert.equal(await page.locator('input#q').inputValue(), ARABIC_NEED);
    assert.equal(await page.locator('select#area').inputValue(), 'dk-0101');

    const links = page.locator('ol#results li.result a.result-name');
    await links.first().waitFor();
    const count = await links.count();
    assert.ok(count >= 1, 'no results');
    assert.ok(await page.locator('ol#results li.result a.result-name[lang="ar"]').count() >= 1,
      'no result link is marked lang="ar"');
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      assert.match(href, /^\/ar\/resources\/[a-z0-9-]+$/, 'result links stay in Arabic');
    }
    // Every Arabic text shown is marked right-to-left.
    const arNotRtl = await page.locator('ol#results [lang="ar"]:not([dir="rtl"])').count();
    assert.equal(arNotRtl, 0, 'an Arabic text in the results is not dir="rtl"');
  });
  assertClean(log);
  await context.close();
});

test('2. the language picker keeps the search: Arabic results -> Somali', async () => {
  const { context, log } = await newContext(browser, { locale: 'ar' });
  await withPage(context, 'switch-ar-so', async (page) => {
    await arabicSearch(page);
    await page.locator('ol#results li.result').first().waitFor();

    const picker = page.locator('header details.languages');
    const somali = page.locator('nav#languages a[hreflang="so"]');
    assert.equal(await somali.isVisible(), false, 'the picker starts closed');
    await picker.locator('summary').click();
    await Promise.all([page.waitForURL((url) => url.pathname === '/so/'), somali.click()]);

    const url = new URL(page.url());
    assert.equal(url.searchParams.get('q'), ARABIC_NEED, 'q is kept');
    assert.equal(url.searchParams.get('area'), 'dk-0101', 'area is kept');
    assert.deepEqual(await htmlLangDir(page), { lang: 'so', dir: 'ltr' });
    assert.equal(await page.locator('input#q').inputValue(), ARABIC_NEED);
    assert.equal(await page.locator('select#area').inputValue(), 'dk-0101');
    assert.ok(await page.locator('ol#results li.result a.result-name').count() >= 1, 'results are still shown');
    assert.equal(await page.locator('nav#languages a[hreflang="so"]').getAttribute('aria-current'), 'true');

    // The choice is remembered: `/` now leads to Somali although the browser asks for Arabic.
    await page.goto(`${BASE}/`);
    assert.equal(new URL(page.url()).pathname, '/so/');
  });
  assertClean(log);
  await context.close();
});

test('/ redirects by Accept-Language, and the nabo_lang cookie wins', async () => {
  const cases = [
    { locale: 'ar', expect: '/ar/' },
    { locale: 'so-SO', expect: '/so/' },
    { locale: 'da-DK', expect: '/da/' },
    { locale: 'fa-AF', expect: '/fa-AF/' },
    { locale: 'ar', cookie: 'da', expect: '/da/' },
  ];
  for (const { locale, cookie, expect } of cases) {
    const { context, log } = await newContext(browser, { locale });
    if (cookie) await context.addCookies([{ name: 'nabo_lang', value: cookie, url: BASE }]);
    await withPage(context, `redirect-${locale}`, async (page) => {
      const response = await page.goto(`${BASE}/`);
      assert.equal(new URL(page.url()).pathname, expect, `locale ${locale}, cookie ${cookie ?? 'none'}`);
      assert.equal(response.status(), 200);
      const { lang } = await htmlLangDir(page);
      assert.equal(lang, expect.slice(1, -1));
    });
    assertClean(log);
    await context.close();
  }
});
