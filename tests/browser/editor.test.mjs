// The editors' pages in Chromium: signing in and creating a resource through the form
// without JavaScript (it is searchable at once), a stale save showing both versions, and
// axe-core finding no violation at all on the editors' pages in Danish, Arabic and Somali.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, assertClean, describeViolations, htmlLangDir, launch, newContext, runAxe, withPage,
} from './lib.mjs';

const PASSWORD = process.env.NABO_TEST_PASSWORD;
const EDITOR = 'browser-editor';
const RESOURCE = 'koebenhavn-bibliotek-rantzausgade';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function signIn(page, lang, next = '') {
  await page.goto(`${BASE}/${lang}/login${next}`);
  await page.fill('#account', EDITOR);
  await page.fill('#password', PASSWORD);
  await Promise.all([page.waitForLoadState(), page.click('form.stacked button[type=submit]')]);
}

test('9. without JavaScript an editor signs in, creates a resource, and search finds it', async () => {
  assert.ok(PASSWORD, 'run.sh sets NABO_TEST_PASSWORD');
  const { context, log } = await newContext(browser, { javaScriptEnabled: false });
  await withPage(context, 'editor-create', async (page) => {
    await page.goto(`${BASE}/da/edit/`);
    assert.match(page.url(), /\/da\/login\?next=/, 'asked to sign in first');
    await page.fill('#account', EDITOR);
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForURL(/\/da\/edit\/$/), page.click('form.stacked button[type=submit]')]);
    await page.click('a[href="/da/edit/new"]');
    await page.fill('#id', 'browser-naboskab-noerrebro');
    await page.selectOption('#area', 'dk-0101');
    await page.check('input[name=categories][value=women-network]');
    await page.selectOption('#source-language', 'da');
    await page.fill('#name-source', 'Naboskabet Blågårds Plads');
    await page.fill('#phone', 'not a phone');
    await page.click('.resource-form button[type=submit]');
    assert.equal(await page.locator('#phone-error').count(), 1, 'the problem is next to the field');
    assert.equal(await page.inputValue('#name-source'), 'Naboskabet Blågårds Plads', 'input kept');
    await page.fill('#phone', '+45 33 66 33 66');
    await Promise.all([page.waitForURL(/done=created/), page.click('.resource-form button[type=submit]')]);
    assert.equal(await page.locator('[role=status]').count(), 1);
    await page.goto(`${BASE}/da/?q=${encodeURIComponent('Blågårds Plads')}`);
    assert.ok(
      await page.locator('a[href="/da/resources/browser-naboskab-noerrebro"]').count() > 0,
      'searchable as soon as it is saved',
    );
  });
  // The form sent back with a problem is a 422, which Chromium logs; nothing else may be.
  const refused = (text) => /status of 422/.test(text);
  assertClean({
    ...log,
    consoleErrors: log.consoleErrors.filter((e) => !refused(e.text)),
    httpErrors: log.httpErrors.filter((e) => !e.startsWith(`422 ${BASE}/da/edit/new`)),
  });
  await context.close();
});

test('9c. a stale save shows the editor\'s version beside the saved one (412)', async () => {
  const first = await newContext(browser);
  const second = await newContext(browser);
  await withPage(first.context, 'editor-stale', async (a) => {
    await withPage(second.context, 'editor-stale-other', async (b) => {
      const form = `/da/edit/resources/${RESOURCE}`;
      await signIn(a, 'da', `?next=${encodeURIComponent(form)}`);
      await signIn(b, 'da', `?next=${encodeURIComponent(form)}`);
      await b.fill('#access-source', 'Ring først (ændret af en anden).');
      await Promise.all([b.waitForURL(/done=saved/), b.click('.resource-form button[type=submit]')]);
      await a.fill('#access-source', 'Mød op uden aftale (min version).');
      const [response] = await Promise.all([
        a.waitForResponse((r) => r.request().method() === 'POST'),
        a.click('.resource-form button[type=submit]'),
      ]);
      assert.equal(response.status(), 412);
      const conflict = a.locator('.conflict');
      assert.match(await conflict.locator('.yours').first().innerText(), /min version/);
      assert.match(await conflict.locator('.saved').first().innerText(), /ændret af en anden/);
    });
  });
  await first.context.close();
  await second.context.close();
});

for (const lang of ['da', 'ar', 'so']) {
  test(`9b. axe-core: no violation at all on the editors' pages in ${lang}`, async () => {
    const { context } = await newContext(browser, { bypassCSP: true });
    const found = await withPage(context, `axe-editor-${lang}`, async (page) => {
      const violations = [];
      const audit = async (what) => {
        for (const v of await runAxe(page)) violations.push({ ...v, help: `${what}: ${v.help}` });
      };
      await page.goto(`${BASE}/${lang}/login`);
      const { lang: shown, dir } = await htmlLangDir(page);
      assert.equal(shown, lang);
      assert.equal(dir, lang === 'ar' ? 'rtl' : 'ltr');
      await audit('login');
      await signIn(page, lang);
      await audit('list');
      await page.goto(`${BASE}/${lang}/edit/new`);
      await audit('new form');
      await page.click('.resource-form button[type=submit]');
      await audit('form with problems');
      await page.goto(`${BASE}/${lang}/edit/resources/${RESOURCE}`);
      await audit('edit form');
      await page.goto(`${BASE}/${lang}/edit/resources/${RESOURCE}/history`);
      await audit('history');
      await page.goto(`${BASE}/${lang}/edit/translations?to=so&area=dk-0101`);
      await audit('translations');
      await page.goto(`${BASE}/${lang}/edit/resources/${RESOURCE}/translate/${lang === 'so' ? 'ar' : 'so'}`);
      await audit('translate');
      await page.goto(`${BASE}/${lang}/edit/checking`);
      await audit('needs checking');
      await page.goto(`${BASE}/${lang}/edit/reports`);
      await audit('reports');
      await page.goto(`${BASE}/${lang}/resources/${RESOURCE}/report`);
      await audit('report form');
      return violations;
    });
    await context.close();
    assert.equal(found.length, 0, describeViolations(found));
  });
}

test('9d. axe-core: no violation at all on the accounts and partner keys pages (admins) in da, ar and so', async () => {
  const { context } = await newContext(browser, { bypassCSP: true });
  const found = await withPage(context, 'axe-accounts', async (page) => {
    const violations = [];
    await page.goto(`${BASE}/da/login`);
    await page.fill('#account', 'browser-admin');
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForURL(/\/edit\/$/), page.click('form.stacked button[type=submit]')]);
    for (const lang of ['da', 'ar', 'so']) {
      for (const path of ['accounts', 'keys']) {
        await page.goto(`${BASE}/${lang}/edit/${path}`);
        for (const v of await runAxe(page)) violations.push({ ...v, help: `${lang} ${path}: ${v.help}` });
      }
    }
    return violations;
  });
  await context.close();
  assert.equal(found.length, 0, describeViolations(found));
});
