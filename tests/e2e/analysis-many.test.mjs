// End-to-end: 汇总审查 and 对标分析 of more than 200 reports. 230 generated reports are added to
// 汇总审查 at once: it lists the first 200 until 显示全部. 对标分析 shows the first 200 lines of
// its table (in the order chosen) until 显示全部, and lays out the 对标分析报告 in its frame only
// when asked (显示对标分析报告), since a report of every unit takes the page seconds to lay out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { servedApp, DIST } from './helpers.mjs';
import { fresh } from './draft-helpers.mjs';
import { unitReport } from '../node/analysis-reports.mjs';

const app = servedApp({ viewport: { width: 1366, height: 900 } });
const api = await import(pathToFileURL(path.join(DIST, 'embed', 'index.js')).href);

const N = 230;
/** 单位0 … 单位229 of 2023; 单位k receives 10 + (37k mod 500) applications. */
const received = (k) => 10 + ((37 * k) % 500);
const files = Array.from({ length: N }, (_, k) => ({
  name: `单位${k}.json`,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(unitReport(api, `单位${k}`, 2023, received(k)))),
}));

const frameText = (page) => page.frameLocator('[data-testid="analysis-frame"]').locator('body').innerText();

test('汇总审查 and 对标分析 of 230 reports: 200 lines until 显示全部, in the order chosen; the report laid out when asked, at each opening', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await page.click('[data-testid="batch-open"]');
  await page.setInputFiles('[data-testid="batch-files"]', files);
  // The list shows its first 200 files until 显示全部, in the order picked (files read together
  // are listed together).
  await page.waitForFunction((n) => document.querySelector('[data-testid="batch-summary"]')?.textContent.startsWith(`共 ${n} 份文件`), N);
  const listed = page.locator('[data-testid="batch-row"]');
  assert.equal(await listed.count(), 200);
  const names = () => listed.locator('td:first-child').evaluateAll((tds) => tds.map((td) => td.firstChild.textContent));
  assert.deepEqual(await names(), files.slice(0, 200).map((f) => f.name));
  const allFiles = page.locator('[data-testid="batch-all-rows"]');
  assert.equal(await allFiles.innerText(), `显示全部 ${N} 份`);
  await allFiles.click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="batch-row"]').length === n, N);
  assert.deepEqual(await names(), files.map((f) => f.name));
  assert.equal(await allFiles.count(), 0);

  await page.click('[data-testid="analysis-open"]');
  const rows = page.locator('[data-testid="analysis-table"] tbody tr');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 200);
  const more = page.locator('[data-testid="analysis-all-rows"]');
  assert.equal(await more.innerText(), `显示全部 ${N} 行`);
  assert.match(await more.locator('xpath=..').innerText(), new RegExp(`^共 ${N} 行，按当前排序显示前 200 行`));
  // The report is not laid out until asked for: the frame is empty, the button says why.
  assert.equal((await frameText(page)).trim(), '');
  const show = page.locator('[data-testid="analysis-show-report"]');
  assert.match(await show.locator('xpath=..').innerText(), new RegExp(`对标分析报告含全部 ${N} 份报告的表格`));

  // Sorted by 依申请新收, most first: the 200 lines shown are the 200 largest.
  const byReceived = page.locator('[data-testid="analysis-table"] thead button', { hasText: '依申请新收（件）' });
  const col = Number(await byReceived.getAttribute('data-col'));
  await byReceived.click();
  await page.locator('[data-testid="analysis-table"] thead button', { hasText: '依申请新收（件）' }).click();
  await page.waitForSelector(`[data-testid="analysis-table"] th[aria-sort="descending"] button[data-col="${col}"]`);
  const shown = await rows.evaluateAll((trs, c) => trs.map((tr) => Number(tr.cells[c].textContent)), col);
  const largest = Array.from({ length: N }, (_, k) => received(k)).sort((a, b) => b - a).slice(0, 200);
  assert.deepEqual(shown, largest);

  // 显示全部: every line, the button gone; the order kept.
  await more.click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="analysis-table"] tbody tr').length === n, N);
  assert.equal(await more.count(), 0);
  const all = await rows.evaluateAll((trs, c) => trs.map((tr) => Number(tr.cells[c].textContent)), col);
  assert.deepEqual(all, Array.from({ length: N }, (_, k) => received(k)).sort((a, b) => b - a));

  // 显示对标分析报告: the report of every unit in its frame.
  await show.click();
  await page.waitForFunction(() => {
    const body = document.querySelector('[data-testid="analysis-frame"]')?.contentDocument?.body;
    return body && body.innerText.includes('单位229');
  });
  const report = await frameText(page);
  assert.match(report, /对标分析报告/);
  for (const k of [0, 117, 229]) assert.ok(report.includes(`单位${k}`), `单位${k} in the report`);
  assert.equal(await show.count(), 0);

  // Opened again, 对标分析 shows the first 200 lines and asks again before laying out the report.
  await page.click('[data-testid="analysis-close"]');
  await page.click('[data-testid="analysis-open"]');
  await show.waitFor();
  assert.equal((await frameText(page)).trim(), '');
  await page.waitForFunction(() => !document.querySelector('[data-testid="analysis-busy"]'));
  assert.equal(await rows.count(), 200);
  assert.equal((await frameText(page)).trim(), '');
  assert.deepEqual(errors, []);
  await page.close();
});
