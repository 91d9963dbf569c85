// Issue 23: each finding's "规则说明" link opens its rule's entry wherever the form lives — the
// hosted page (dist/rules/), the offline file opened from disk with the network off (its inlined
// copy, opened as a blob: page), and a portal's mount (the copy beside the embed module, or the
// page the portal names with rulesUrl). None of them is part of the app's first load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openApp, serve, watchedPage, DIST, ROOT, READY_SELECTOR } from './helpers.mjs';
import { cell, fresh, loadSample } from './form-page.mjs';

const SHOTS = path.join(ROOT, 'docs', 'screenshots');
const LINK = '.diag[data-code="T3-6"] a.rule-link';

let browser;
let app;
let root;

before(async () => {
  app = await serve();
  // The portal pages import ../dist/embed/: the repository root is served for them.
  root = process.env.E2E_BASE_URL ? null : await serve(ROOT);
  browser = await launch({ viewport: { width: 1366, height: 900 } });
});

after(async () => {
  await browser?.close();
  await app?.close();
  await root?.close();
});

/** Follows a finding's link (it opens a new window) and returns the page it opened. */
async function follow(page, selector) {
  const [opened] = await Promise.all([browser.waitForEvent('page'), page.click(selector)]);
  await opened.waitForLoadState('load');
  return opened;
}

/** Asserts that the opened page shows rule T3-6's entry as the target of its address. */
async function assertEntry(rules) {
  await rules.waitForSelector('section#T3-6');
  assert.equal(await rules.evaluate(() => location.hash), '#T3-6');
  assert.equal(await rules.evaluate(() => document.querySelector('section#T3-6').matches(':target')), true);
  const entry = await rules.textContent('section#T3-6');
  assert.match(entry, /正文与表三数字不一致/);
  assert.match(entry, /改为表中的 0/);
}

test('hosted page: the finding links to rules/#T3-6, served beside the page', async () => {
  const { page, errors } = await fresh(browser, app.url);
  await loadSample(page);
  assert.equal(await page.getAttribute(LINK, 'href'), 'rules/#T3-6');
  const rules = await follow(page, LINK);
  assert.equal(rules.url(), `${app.url}rules/#T3-6`);
  await assertEntry(rules);
  await rules.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test('offline file from file://, network off: the finding opens the inlined 规则说明 at its entry', async () => {
  const file = pathToFileURL(path.join(DIST, 'disclosure-report.html')).href;
  await browser.setOffline(true);
  const requests = [];
  const onRequest = (r) => {
    if (!/^(file|blob|data):/.test(r.url())) requests.push(r.url());
  };
  browser.on('request', onRequest);
  try {
    const { page, errors } = await openApp(browser, file);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector(READY_SELECTOR, { state: 'attached' });
    await page.waitForSelector(cell('table3.new.natural'));
    await loadSample(page);
    // The header's link too (the page's top), by keyboard: Enter on the focused link.
    await page.focus('.diag-head a.rule-link');
    const [whole] = await Promise.all([browser.waitForEvent('page'), page.keyboard.press('Enter')]);
    await whole.waitForSelector('section#T3-1');
    assert.equal(await whole.evaluate(() => location.protocol), 'blob:');
    await whole.close();

    const rules = await follow(page, LINK);
    assert.equal(await rules.evaluate(() => location.protocol), 'blob:');
    await assertEntry(rules);
    await rules.setViewportSize({ width: 1000, height: 700 });
    await rules.screenshot({ path: path.join(SHOTS, 'rules-offline.png') });
    await rules.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(requests, []);
    await page.close();
  } finally {
    browser.off('request', onRequest);
    await browser.setOffline(false);
  }
});

/** The 960 px portal page with its query; the form with its own panel and tools. */
async function openPortal(query = '') {
  const { page, errors } = await watchedPage(browser);
  await page.goto(`${root.url}examples/portal-960.html${query}`, { waitUntil: 'load' });
  await page.waitForSelector('#report-form [data-cell="table3.new.natural"]', { timeout: 20000 });
  await page.click('#report-form button.sample');
  await page.waitForSelector(`#report-form ${LINK}`, { state: 'attached' });
  // In the 960 px column the checks are a drawer its badge opens.
  if (!(await page.isVisible(`#report-form ${LINK}`))) await page.click('#report-form #checks-badge');
  await page.waitForSelector(`#report-form ${LINK}`);
  return { page, errors };
}

test('portal mount: the finding links to the 规则说明 beside the embed module, or to rulesUrl', async (t) => {
  if (!root) return t.skip('E2E_BASE_URL serves dist/ only; the portal pages need the repository root');
  const { page, errors } = await openPortal();
  const href = await page.$eval(`#report-form ${LINK}`, (a) => a.href);
  assert.equal(href, `${root.url}dist/embed/rules.html#T3-6`);
  const rules = await follow(page, `#report-form ${LINK}`);
  await assertEntry(rules);
  await rules.close();
  assert.deepEqual(errors, []);
  await page.close();

  // The portal's own copy of the page, named by the option.
  const own = `${root.url}dist/rules/`;
  const named = await openPortal(`?rulesUrl=${encodeURIComponent(own)}`);
  assert.equal(await named.page.$eval(`#report-form ${LINK}`, (a) => a.href), `${own}#T3-6`);
  const followed = await follow(named.page, `#report-form ${LINK}`);
  await assertEntry(followed);
  await followed.close();
  assert.deepEqual(named.errors, []);
  await named.page.close();
});
