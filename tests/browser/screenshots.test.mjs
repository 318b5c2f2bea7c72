// Full-page phone screenshots (390x844) of the search results and the card, in a
// left-to-right (Danish, Somali) and a right-to-left (Arabic) language, kept as artifacts.
// The pages must also fit the phone's width (no sideways scrolling).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import {
  ARABIC_NEED, BASE, CARD_RESOURCE, PHONE, artifact, htmlLangDir, launch, newContext,
  withPage,
} from './lib.mjs';

const q = encodeURIComponent(ARABIC_NEED);
const SHOTS = [
  ['search-results-da', '/da/?q=sundhedsplejerske&area=dk-0101', 'ltr', 'ol#results li.result'],
  ['search-results-so', '/so/?category=health-visitor&area=dk-0461', 'ltr', 'ol#results li.result'],
  ['search-results-ar', `/ar/?q=${q}&area=dk-0101`, 'rtl', 'ol#results li.result'],
  ['card-da-for-so', `/da/resources/${CARD_RESOURCE}/card?for=so`, 'ltr', 'section.card-side[lang="so"]'],
  ['card-ar-for-ar', `/ar/resources/${CARD_RESOURCE}/card?for=ar`, 'rtl', 'section.card-side[lang="ar"]'],
  ['resource-ar', `/ar/resources/${CARD_RESOURCE}`, 'rtl', 'article.resource'],
];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const [name, path, dir, ready] of SHOTS) {
  test(`8. phone screenshot ${name}.png (${dir}): ${path}`, async () => {
    const { context, log } = await newContext(browser, PHONE);
    const file = artifact(`${name}.png`);
    await withPage(context, name, async (page) => {
      await page.goto(`${BASE}${path}`);
      await page.locator(ready).first().waitFor();
      assert.equal((await htmlLangDir(page)).dir, dir);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll('body *')]
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && (box.right > width + 1 || box.left < -1);
          })
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`);
      });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= 390, `page is ${scrollWidth}px wide on a 390px phone: ${overflow.join(', ')}`);
    });
    assert.ok(statSync(file).size > 10_000, `${file} is suspiciously small`);
    assert.deepEqual(log.consoleErrors, [], 'console errors');
    await context.close();
  });
}
