// The figures the text checks read, marked beside a narrative part (issue 19): a right and a
// wrong figure are both marked with the cell they were compared with, only the wrong one warns
// (one T3-6 finding); a figure no claim shape places is listed as "未核对" information.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, openApp, READY_SELECTOR } from './helpers.mjs';

const app = servedApp({ viewport: { width: 1366, height: 900 } });

test('a narrative with one right and one wrong figure: both marked, only the wrong one warns', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector(READY_SELECTOR, { state: 'attached' });
  await page.fill('[data-cell="table3.new.natural"]', '3');
  await page.fill('[data-cell="table3.granted.natural"]', '3');
  await page.waitForFunction(() => document.querySelector('[data-cell="table3.total.total"]')?.textContent === '3');
  const part = '[data-place="narrative.overview_on_request"]';
  await page.click(part);
  await page.keyboard.insertText('本年度收到政府信息公开申请3件，办结5件，办理排水许可证5条。');
  const list = '[data-claims="overview_on_request"]';
  await page.waitForFunction((sel) => document.querySelectorAll(`${sel} li`).length === 3, list);
  const marks = await page.$$eval(`${list} li`, (lis) => lis.map((li) => [li.dataset.status, li.textContent]));
  assert.equal(marks[0][0], 'match');
  assert.match(marks[0][1], /3件 ↔ 表三 一、本年新收政府信息公开申请数量 \/ 总计 = 3（一致）/);
  assert.equal(marks[1][0], 'mismatch');
  assert.match(marks[1][1], /5件 ↔ 表三 （七）总计 \/ 总计 = 3（不一致）/);
  assert.equal(marks[2][0], 'unread');
  assert.match(marks[2][1], /5条 未核对/);
  // Only the wrong figure warns: one T3-6, about 办结.
  await page.waitForFunction(() => document.querySelectorAll('.diag[data-code="T3-6"]').length === 1);
  const t36 = await page.$$eval('.diag[data-code="T3-6"]', (ds) => ds.map((d) => d.textContent));
  assert.equal(t36.length, 1);
  assert.match(t36[0], /办结5件/);
  // The unread figure is information in the panel, not a finding.
  const info = await page.textContent('.diag-group.unchecked');
  assert.match(info, /“5条”未核对/);
  assert.equal(await page.$$eval('.diag-group.unchecked .diag[data-code]', (d) => d.length), 0);
  await page.screenshot({ path: '/tmp/i19-claims.png', fullPage: false });
  assert.deepEqual(errors, []);
  await page.close();
});
