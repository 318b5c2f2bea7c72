// Insight without personal data, in Chromium: a volunteer records referrals from a
// service's page on her phone while offline (kept in IndexedDB, said on the page), they
// are sent when the phone is online again, and a referral whose answer was lost on the
// way is sent again and still counts once — the coordinator's report shows exactly the
// referrals made. "Nothing fitted" from the results; the privacy page; axe on the new
// pages.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, artifact, assertClean, launch, newContext, runAxe, describeViolations, withPage } from './lib.mjs';

const PASSWORD = process.env.NABO_TEST_PASSWORD || 'browser-test-password';
const PHONE = { viewport: { width: 412, height: 915 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const RESOURCE = 'aarhus-jobcenter-frederiks-alle';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function signIn(page, account, lang, next) {
  await page.goto(`${BASE}/${lang}/login?next=${encodeURIComponent(next)}`);
  await page.fill('#account', account);
  await page.fill('#password', PASSWORD);
  await Promise.all([page.waitForURL((url) => url.pathname === next), page.click('form.stacked button[type=submit]')]);
}

/** Waits (up to 15 s) until `count` referrals wait on the phone; the number then. */
async function untilWaiting(page, count) {
  for (let i = 0; i < 150; i += 1) {
    if ((await waiting(page)) === count) return count;
    await page.waitForTimeout(100);
  }
  return waiting(page);
}

const waiting = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const opening = indexedDB.open('nabo-referrals', 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore('queue', { keyPath: 'id' });
  opening.onerror = () => reject(opening.error);
  opening.onsuccess = () => {
    const request = opening.result.transaction('queue').objectStore('queue').count();
    request.onsuccess = () => { opening.result.close(); resolve(request.result); };
  };
}));

test('referrals recorded offline are sent when online, and a resent one counts once', async () => {
  // The phone's clock forty days back: its referrals fall in a month that is over, so
  // the report shows them (a month is reported once it is over).
  const day = new Date(Date.now() - 40 * 86_400_000);
  const year = day.getUTCFullYear();
  const { context, log } = await newContext(browser, { ...PHONE, serviceWorkers: 'block' });
  await withPage(context, 'referrals-offline', async (page) => {
    await page.clock.setFixedTime(day);
    const resource = `/so/resources/${RESOURCE}`;
    await signIn(page, 'browser-volunteer', 'so', resource);
    const form = page.locator('form.referral-form');
    assert.equal(await form.locator('select[name=language]').inputValue(), 'so', 'her language first: the page’s');
    const status = page.locator('.referral-status');

    await context.setOffline(true);
    for (let i = 1; i <= 3; i += 1) {
      await form.locator('button[type=submit]').click();
      assert.equal(await untilWaiting(page, i), i, `referral ${i} waits in IndexedDB`);
    }
    await status.waitFor({ state: 'visible' });
    const queued = await form.getAttribute('data-queued');
    assert.equal(await status.innerText(), queued, 'the page says the referrals are kept on the phone');
    await page.screenshot({ path: artifact('referral-queued-so.png') });

    await context.setOffline(false);
    await page.waitForFunction(() => navigator.onLine);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    assert.equal(await untilWaiting(page, 0), 0, 'sent once the phone is online');
    const recorded = await form.getAttribute('data-recorded');
    await page.waitForFunction((text) => document.querySelector('.referral-status').textContent === text, recorded);

    // A fourth: the server records it, but its answer never reaches the phone.
    let lost = 0;
    await page.route('**/so/referrals', async (route) => {
      if (route.request().method() === 'POST' && lost === 0) {
        lost += 1;
        await route.fetch();
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    await form.locator('button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('.referral-status').textContent === document.querySelector('form.referral-form').dataset.queued);
    assert.equal(lost, 1, 'the answer was lost once');
    assert.equal(await untilWaiting(page, 1), 1, 'so the phone still holds it');
    // A fifth: sent together with the one still waiting.
    await form.locator('button[type=submit]').click();
    assert.equal(await untilWaiting(page, 0), 0, 'both sent');
    await page.waitForFunction(() => document.querySelector('.referral-status').textContent === document.querySelector('form.referral-form').dataset.recorded);
    await page.unroute('**/so/referrals');
  });
  // Failed requests of this test are the ones it made fail (offline, the lost answer).
  const madeToFail = /referrals|ERR_INTERNET_DISCONNECTED/;
  log.failedRequests = log.failedRequests.filter((line) => !madeToFail.test(line));
  log.consoleErrors = log.consoleErrors.filter((error) => !madeToFail.test(`${error.text} ${error.url}`));
  assertClean(log);
  await context.close();

  // The coordinator's report: five referrals in Somali, not six.
  const admin = await newContext(browser);
  await withPage(admin.context, 'referrals-report', async (page) => {
    await signIn(page, 'browser-admin', 'da', '/da/edit/');
    const answer = await page.request.get(`${BASE}/da/edit/insights/referrals?year=${year}&lang=en`);
    assert.equal(answer.status(), 200);
    const report = await answer.json();
    const languages = report.tables.find((table) => table.by === 'language');
    const somali = languages.rows.find((row) => row.key === 'so');
    assert.equal(somali.total, 5, `five referrals, each counted once: ${JSON.stringify(languages)}`);
    await page.goto(`${BASE}/da/edit/insights?year=${year}`);
    assert.ok(await page.locator('figure.insight svg[role=img]').count() >= 4, 'charts');
    await page.screenshot({ path: artifact('insights-da.png'), fullPage: true });
  });
  await admin.context.close();
});

test('nothing fitted, the privacy page and the insights page pass axe', async () => {
  const { context, log } = await newContext(browser, { ...PHONE, bypassCSP: true });
  await withPage(context, 'unmet', async (page) => {
    await page.goto(`${BASE}/ar/?q=${encodeURIComponent('مساعدة قانونية للنساء')}&area=dk-0751`);
    await Promise.all([page.waitForURL(/\/ar\/unmet\?/), page.click('.unmet-link a')]);
    await page.selectOption('#needed', 'legal-aid');
    const violations = await runAxe(page);
    assert.deepEqual(violations, [], describeViolations(violations));
    await Promise.all([page.waitForLoadState(), page.click('form.stacked button[type=submit]')]);
    assert.match(await page.locator('[role=status]').innerText(), /\S/);
    for (const lang of ['da', 'ar', 'so']) {
      await page.goto(`${BASE}/${lang}/privacy`);
      const found = await runAxe(page);
      assert.deepEqual(found, [], `${lang}: ${describeViolations(found)}`);
    }
    await signIn(page, 'browser-admin', 'ar', '/ar/edit/');
    await page.goto(`${BASE}/ar/edit/insights`);
    const found = await runAxe(page);
    assert.deepEqual(found, [], describeViolations(found));
  });
  assertClean(log);
  await context.close();
});
