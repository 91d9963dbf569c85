// End-to-end tests of crash containment (issue 17): a panic never loops. The panic hook writes
// a marker naming the feature that was working on stored state (`<ns>/crash`). The build tested
// here is the one users get, which has no way to panic on purpose (and must not: a shipped panic
// trigger would be a way to kill the page), so here the marker is written as the hook would and
// the next loads are checked. The hook itself is tested with a real panic in Chromium by
// tests/crash_web.rs (wasm-bindgen-test: the real hook, a panic in wasm, the marker it wrote and
// the next load), and natively in src/storage/crash_tests.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { servedApp, ROOT, PANIC_BANNER_SELECTOR } from './helpers.mjs';
import { NS, fresh, typeCell, cellValue, waitSaved, downloadText } from './draft-helpers.mjs';

const app = servedApp({ viewport: { width: 1366, height: 900 } });

const fixture = (name) => readFileSync(path.join(ROOT, 'crates/domain/tests/fixtures', name), 'utf8');

const markCrash = (page, marker) =>
  page.evaluate(([ns, m]) => localStorage.setItem(`${ns}/crash`, JSON.stringify({ crash_version: 1, at: 1, ...m })), [NS, marker]);
const marker = (page) => page.evaluate((ns) => localStorage.getItem(`${ns}/crash`), NS);
const reviewKeys = (page) =>
  page.evaluate((ns) => Object.keys(localStorage).filter((k) => k.startsWith(`${ns}/review/`)), NS);

test('after a crash in 汇总审查 the stored list is not read until the user downloads, drops or reads it', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await page.click('[data-testid="batch-open"]');
  await page.setInputFiles('[data-testid="batch-files"]', [
    { name: 'pingtan.json', mimeType: 'application/json', buffer: Buffer.from(fixture('pingtan-2021.json')) },
  ]);
  await page.waitForSelector('[data-testid="batch-row"]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid="batch-dialog"]', { state: 'detached' });
  assert.equal(await marker(page), null, 'no crash, no marker');

  // The page crashed while 汇总审查 was open.
  await markCrash(page, { feature: 'review' });
  await page.reload();
  const notice = page.locator('[data-testid="review-crash-notice"]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /上次打开“汇总审查”时页面出错。为防止再次出错，本次未读取其保存的列表。/);
  // The 汇总审查 button leads to the notice instead of reading the list.
  await page.click('[data-testid="batch-open"]');
  assert.equal(await page.locator('[data-testid="batch-dialog"]').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'review-crash-notice');

  // 下载已保存的数据: the entries exactly as stored.
  const { name, text } = await downloadText(page, () => page.click('[data-testid="review-crash-download"]'));
  assert.equal(name, '汇总审查-已保存的数据.json');
  const raw = JSON.parse(text);
  const keys = await reviewKeys(page);
  assert.deepEqual(Object.keys(raw), keys);
  assert.equal(JSON.parse(raw[keys[0]]).file, 'pingtan.json');

  // 仍然读取: the list is read and shown; the marker is gone (a new crash would write it again).
  await page.click('[data-testid="review-crash-read"]');
  await page.waitForSelector('[data-testid="batch-row"]');
  assert.equal(await notice.count(), 0);
  assert.equal(await marker(page), null);
  await page.keyboard.press('Escape');

  // 清除并继续, after a confirmation: the stored list is gone, the drafts stay.
  await markCrash(page, { feature: 'review' });
  await page.reload();
  await page.click('[data-testid="review-crash-drop"]');
  assert.equal((await reviewKeys(page)).length, 1, 'nothing dropped before the confirmation');
  await page.click('[data-testid="review-crash-drop-confirm"]');
  await notice.waitFor({ state: 'detached' });
  assert.deepEqual(await reviewKeys(page), []);
  assert.equal(await marker(page), null);
  await page.click('[data-testid="batch-open"]');
  await page.waitForSelector('.batch-empty');
  assert.equal(await page.locator(PANIC_BANNER_SELECTOR).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('after a crash while opening a draft, a new empty draft opens and the crashed one waits in the 隔离区', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await typeCell(page, 'table3.new.natural', '7');
  await waitSaved(page);
  const id = await page.evaluate((ns) => sessionStorage.getItem(`${ns}/tab-draft`), NS);
  const stored = await page.evaluate(([ns, id]) => localStorage.getItem(`${ns}/draft/${id}`), [NS, id]);
  assert.ok(stored);

  // The page crashed while that draft was opened at start.
  await markCrash(page, { feature: 'draft', draft: id });
  await page.reload();
  const banner = page.locator('[data-testid="quarantine-banner"]');
  await banner.waitFor();
  assert.match(await banner.textContent(), /上次打开草稿时页面出错。为防止再次出错，本次未打开该草稿/);
  assert.match(await banner.textContent(), /无法读取（上次打开时页面出错），已原样移至隔离区保存，未删除。/);
  assert.equal(await cellValue(page, 'table3.new.natural'), '');
  const moved = await page.evaluate(
    ([ns, id]) => Object.keys(localStorage).filter((k) => k.startsWith(`${ns}/quarantine/${ns}/draft/${id}/`)),
    [NS, id],
  );
  assert.equal(moved.length, 1);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), moved[0]), stored, 'kept as stored');
  assert.equal(await marker(page), null);

  // The next load is an ordinary one: no notice, no loop.
  await page.reload();
  await page.waitForSelector('[data-testid="save-state"]');
  assert.equal(await banner.count(), 0);
  assert.equal(await page.locator(PANIC_BANNER_SELECTOR).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
