// The card prints on one A5 page; pages already visited work offline. (Pictograms:
// phone.test.mjs.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, CARD_RESOURCE, launch, newContext, withPage } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the bilingual card prints on one A5 page', async () => {
  const { context } = await newContext(browser);
  await withPage(context, 'print-a5', async (page) => {
    for (const path of [`/da/resources/${CARD_RESOURCE}/card?for=so`, `/ar/resources/${CARD_RESOURCE}/card?for=ar`]) {
      await page.goto(`${BASE}${path}`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A5', preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;
      assert.equal(pages, 1, `${path} prints on ${pages} pages`);
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

test('a page visited before still opens offline', async () => {
  const { context } = await newContext(browser);
  await withPage(context, 'offline', async (page) => {
    await page.goto(`${BASE}/so/`);
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    // Visit (and so cache) the resource page while the worker controls the page.
    await page.reload();
    await page.goto(`${BASE}/so/resources/${CARD_RESOURCE}`);
    await page.locator('article.resource h1').waitFor();
    await context.setOffline(true);
    try {
      await page.goto(`${BASE}/so/resources/${CARD_RESOURCE}`);
      assert.ok(await page.locator('article.resource h1').isVisible(), 'the resource page shows offline');
      assert.equal(await page.locator('html').getAttribute('lang'), 'so');
    } finally {
      await context.setOffline(false);
    }
  });
});
