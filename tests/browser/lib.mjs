// Shared helpers of the browser tests: the server under test, Debian's Chromium driven by
// playwright-core, guards on every page (console errors, failed requests, requests that
// leave the machine), axe-core, QR decoding and screenshots.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const require = createRequire(import.meta.url);
const axe = require('axe-core');

/** The running `nabo serve` (run.sh starts it and sets NABO_BASE_URL). */
export const BASE = (process.env.NABO_BASE_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
export const HOST = new URL(BASE).hostname;
export const ARTIFACTS = process.env.NABO_ARTIFACTS || path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-artifacts/browser');
mkdirSync(ARTIFACTS, { recursive: true });

export const CHROMIUM = process.env.NABO_CHROMIUM || '/usr/bin/chromium';
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Demo data: a health visitor in each of these municipalities. */
export const HEALTH_VISITOR_AREAS = {
  'dk-0101': 'København',
  'dk-0751': 'Aarhus',
  'dk-0461': 'Odense',
  'dk-0183': 'Ishøj',
};
export const CARD_RESOURCE = 'koebenhavn-sundhedsplejen-nordvest';
/** "My child needs a check-up" (Arabic), a need phrase, not a service name. */
export const ARABIC_NEED = 'طفلي يحتاج إلى فحص';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh browser context that records, for the whole context (pages and the service
 * worker): console errors and uncaught page errors, failed requests, HTTP errors of the
 * app's own requests, and every request that would leave the server's host.
 */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext({ locale: 'da-DK', ...options });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(20_000);
  const log = { consoleErrors: [], pageErrors: [], failedRequests: [], httpErrors: [], external: [], requests: [] };
  context.on('request', (request) => {
    const url = request.url();
    log.requests.push(url);
    let host = null;
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return;
      host = parsed.hostname;
    } catch {
      /* unparsable: reported below */
    }
    if (host !== HOST) log.external.push(url);
  });
  context.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    // The service worker passes a navigation's redirect (303 from `/`) back to the page
    // as an opaque redirect; Chromium then cancels the worker's own follow-up request.
    // The page's request for the target is recorded separately and must succeed.
    if (request.serviceWorker() && request.redirectedFrom() && error === 'net::ERR_ABORTED') return;
    // Chromium fetches the favicon last, at low priority, and cancels it when the test
    // moves on to the next page before it arrives. An HTTP error for it still counts,
    // and test 5 waits for it on every main page.
    if (error === 'net::ERR_ABORTED' && new URL(request.url()).pathname === '/static/icon.svg') return;
    log.failedRequests.push(`${request.method()} ${request.url()}: ${error}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) {
      log.httpErrors.push(`${response.status()} ${response.url()}`);
    }
  });
  const watch = (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') {
        log.consoleErrors.push({ text: message.text(), url: message.location()?.url || '', page: page.url() });
      }
    });
    page.on('pageerror', (error) => log.pageErrors.push(`${page.url()}: ${error.message}`));
  };
  context.on('page', watch);
  return { context, log };
}

/** Everything a clean page load leaves empty: console and page errors, failed and
 * erroring requests, requests that leave the server. */
export function assertClean(log) {
  assert.deepEqual(log.consoleErrors, [], 'console errors');
  assert.deepEqual(log.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(log.failedRequests, [], 'failed requests');
  assert.deepEqual(log.httpErrors, [], 'HTTP errors');
  assert.deepEqual(log.external, [], 'requests that leave the server');
}

/** Waits until no request of the context has been in flight for `quietMs`. */
export async function networkQuiet(context, quietMs = 400, limitMs = 10_000) {
  let inFlight = 0;
  let last = Date.now();
  const start = () => { inFlight += 1; last = Date.now(); };
  const end = () => { inFlight = Math.max(0, inFlight - 1); last = Date.now(); };
  context.on('request', start);
  context.on('requestfinished', end);
  context.on('requestfailed', end);
  const deadline = Date.now() + limitMs;
  try {
    while (Date.now() < deadline) {
      if (inFlight === 0 && Date.now() - last >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    context.off('request', start);
    context.off('requestfinished', end);
    context.off('requestfailed', end);
  }
}

export async function htmlLangDir(page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

/** Opens the search filters (a <details>, so this works without JavaScript too). */
export async function openFilters(page) {
  const details = page.locator('form#search details.filters');
  if (!(await details.evaluate((el) => el.open))) await details.locator('summary').click();
}

/** Submits form#search from the filters' own submit button and waits for the results. */
export async function submitFilters(page) {
  await Promise.all([
    page.waitForURL((url) => url.search.length > 1),
    page.locator('form#search details.filters button[type=submit]').click(),
  ]);
}

/** Runs axe-core in the page; returns all violations. */
export async function runAxe(page) {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations;
}

export function describeViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes
      .slice(0, 5)
      .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\s*\n\s*/g, ' ')}`)
      .join('\n')}`)
    .join('\n');
}

/** Screenshot of an element, decoded as a QR code; returns the text or null. */
export async function decodeQr(locator) {
  const png = PNG.sync.read(await locator.screenshot({ animations: 'disabled' }));
  const result = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  return result ? result.data : null;
}

export function artifact(name) {
  return path.join(ARTIFACTS, name);
}

/** Runs `body(page)` in a fresh page; on failure keeps a screenshot of the page. */
export async function withPage(context, name, body) {
  const page = await context.newPage();
  try {
    return await body(page);
  } catch (error) {
    await page.screenshot({ path: artifact(`FAILED-${name}.png`), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await page.close().catch(() => {});
  }
}
