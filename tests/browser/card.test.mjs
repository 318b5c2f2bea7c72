// A Somali-speaking woman and a Danish-speaking volunteer: find the health visitor of her
// municipality in both languages, open it, and make the bilingual card whose QR code
// leads to the Somali page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, HEALTH_VISITOR_AREAS, decodeQr, htmlLangDir, launch, newContext, openFilters, submitFilters,
  assertClean, withPage,
} from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** On /{lang}/: category health-visitor + the area through the form, then the first result.
 * Returns the resource id, checked against the API to be a health visitor of that area. */
async function findHealthVisitor(page, lang, area) {
  await page.goto(`${BASE}/${lang}/`);
  await openFilters(page);
  await page.locator('select#category').selectOption('health-visitor');
  await page.locator('select#area').selectOption(area);
  await submitFilters(page);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('category'), 'health-visitor');
  assert.equal(url.searchParams.get('area'), area);
  assert.deepEqual(await htmlLangDir(page), { lang, dir: 'ltr' });

  const first = page.locator('ol#results li.result a.result-name').first();
  await first.waitFor();
  const href = await first.getAttribute('href');
  const match = href.match(new RegExp(`^/${lang}/resources/([a-z0-9-]+)$`));
  assert.ok(match, `result link ${href} is not a /${lang}/ resource page`);
  const id = match[1];

  const api = await page.request.get(`${BASE}/api/v1/resources/${id}`);
  assert.equal(api.status(), 200);
  const resource = await api.json();
  assert.ok(resource.categories.includes('health-visitor'), `${id} is not a health visitor`);
  assert.equal(resource.area, area, `${id} is not in ${area}`);

  await Promise.all([page.waitForURL(`${BASE}${href}`), first.click()]);
  assert.deepEqual(await htmlLangDir(page), { lang, dir: 'ltr' });
  assert.equal(await page.locator('article.resource').getAttribute('data-resource'), id);
  assert.ok((await page.locator('article.resource h1').innerText()).trim().length > 0);
  return id;
}

for (const [area, name] of Object.entries(HEALTH_VISITOR_AREAS)) {
  test(`3. ${name} (${area}): health visitor in Somali and Danish, Somali-Danish card with QR`, async () => {
    const { context, log } = await newContext(browser);
    await withPage(context, `card-${area}`, async (page) => {
      // She searches in Somali.
      const somaliId = await findHealthVisitor(page, 'so', area);

      // The volunteer searches in Danish and finds the same service.
      const id = await findHealthVisitor(page, 'da', area);
      assert.equal(id, somaliId, 'Somali and Danish searches lead to different health visitors');

      // From the Danish page: make the card for her language.
      await Promise.all([
        page.waitForURL((url) => url.pathname === `/da/resources/${id}/card`),
        page.locator('a#make-card').click(),
      ]);
      await page.locator('form#card-form select#for').selectOption('so');
      await Promise.all([
        page.waitForURL((url) => url.searchParams.get('for') === 'so'),
        page.locator('form#card-form button[type=submit]').click(),
      ]);
      assert.equal(new URL(page.url()).pathname, `/da/resources/${id}/card`);
      assert.deepEqual(await htmlLangDir(page), { lang: 'da', dir: 'ltr' });
      assert.equal(await page.locator('select#for').inputValue(), 'so');

      const somali = page.locator('section.card-side[lang="so"]');
      const danish = page.locator('section.card-side[lang="da"]');
      assert.equal(await somali.count(), 1, 'one Somali side');
      assert.equal(await danish.count(), 1, 'one Danish side');
      assert.ok(await somali.isVisible(), 'Somali side visible');
      assert.ok(await danish.isVisible(), 'Danish side visible');
      assert.equal(await somali.getAttribute('dir'), 'ltr');
      assert.ok((await somali.locator('h2').innerText()).trim().length > 0);
      assert.ok((await danish.locator('h2').innerText()).trim().length > 0);

      // The QR code, as a phone camera would see it.
      const qr = page.locator('figure.qr');
      assert.ok(await qr.locator('svg').isVisible(), 'QR code visible');
      const decoded = await decodeQr(qr);
      assert.ok(decoded, 'the QR code could not be decoded from the screenshot');
      assert.ok(decoded.endsWith(`/so/resources/${id}`), `QR code says ${decoded}`);
      assert.equal(new URL(decoded).pathname, `/so/resources/${id}`);

      // And it opens her page, in Somali.
      await page.goto(decoded);
      assert.deepEqual(await htmlLangDir(page), { lang: 'so', dir: 'ltr' });
      assert.equal(await page.locator('article.resource').getAttribute('data-resource'), id);
    });
    assertClean(log);
    await context.close();
  });
}
