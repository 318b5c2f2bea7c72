// axe-core in the real page: no serious or critical accessibility violation on the search
// page (Arabic and Danish, with the filters and the language picker opened so that their
// controls are checked too), the resource page and the card page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ARABIC_NEED, BASE, CARD_RESOURCE, describeViolations, launch, newContext, runAxe, withPage,
} from './lib.mjs';

const q = encodeURIComponent(ARABIC_NEED);
const PAGES = [
  ['search, Arabic, results', `/ar/?q=${q}&area=dk-0101`, { open: true }],
  ['search, Arabic, start', '/ar/', { open: true }],
  ['search, Danish, results', '/da/?q=sundhedsplejerske&area=dk-0101', { open: true }],
  ['search, Danish, start', '/da/', { open: true }],
  ['resource, Danish', `/da/resources/${CARD_RESOURCE}`, {}],
  ['resource, Arabic', `/ar/resources/${CARD_RESOURCE}`, {}],
  ['card, Danish for Somali', `/da/resources/${CARD_RESOURCE}/card?for=so`, {}],
  ['card, Arabic for Danish', `/ar/resources/${CARD_RESOURCE}/card?for=da`, {}],
  ['API page for partner sites, Arabic', '/ar/api', {}],
  ['saved list, Somali', '/so/saved', {}],
  ['saved list, Arabic', '/ar/saved', {}],
];
const BLOCKING = new Set(['serious', 'critical']);
// axe-core is injected as an inline script, which the pages' Content-Security-Policy
// rightly refuses; the audit's own context lets it in (the other tests keep the policy,
// and fail on any console error it raises).
const AXE_CONTEXT = { bypassCSP: true };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const mode of ['desktop', 'phone']) {
  for (const [name, path, { open }] of PAGES) {
    test(`6. axe-core, ${mode}: no serious/critical violation on ${name} (${path})`, async (t) => {
      const options = mode === 'phone' ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {};
      const { context } = await newContext(browser, { ...options, ...AXE_CONTEXT });
      const violations = await withPage(context, `axe-${mode}-${name.replace(/\W+/g, '-')}`, async (page) => {
        await page.goto(`${BASE}${path}`);
        if (open) {
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
        }
        return runAxe(page);
      });
      await context.close();
      const minor = violations.filter((v) => !BLOCKING.has(v.impact));
      if (minor.length) t.diagnostic(`minor (not failing):\n${describeViolations(minor)}`);
      const blocking = violations.filter((v) => BLOCKING.has(v.impact));
      assert.equal(blocking.length, 0, `${name}:\n${describeViolations(blocking)}`);
    });
  }
}

test('6. the axe harness itself reports a known critical violation', async () => {
  const { context } = await newContext(browser, AXE_CONTEXT);
  const violations = await withPage(context, 'axe-self-check', async (page) => {
    await page.goto(`${BASE}/da/`);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'text';
      document.querySelector('main').append(input); // no label: axe rule "label", critical
    });
    return runAxe(page);
  });
  await context.close();
  assert.ok(violations.some((v) => v.id === 'label' && BLOCKING.has(v.impact)), describeViolations(violations));
});
