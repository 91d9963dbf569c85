// End-to-end tests of importing a published report: the seed's text pasted into the app
// fills the tables, opens as a new imported draft with its summary, and raises the T3-6
// warning; a run-together row's candidates can be picked to fill the row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { servedApp, READY_SELECTOR } from './helpers.mjs';
import { cell, fresh, waitCell, waitSaved, storedDrafts } from './draft-helpers.mjs';

const SEED_TEXT = fileURLToPath(new URL('../fixtures/seed-2021-county-commerce-bureau.txt', import.meta.url));

const app = servedApp({ viewport: { width: 1366, height: 900 } });

test('pasting the seed text fills the tables and shows the T3-6 warning', async () => {
  const text = await readFile(SEED_TEXT, 'utf8');
  const { page, errors } = await fresh(app.browser, app.url);
  // Before: table 三 is blank and there is no T3-6.
  await waitCell(page, 'table3.new.natural', '');
  assert.equal(await page.locator('.diag[data-code="T3-6"]').count(), 0);

  await page.click('[data-testid="paste-open"]');
  await page.fill('[data-testid="paste-text"]', text);
  await page.click('[data-testid="paste-import"]');
  await page.waitForSelector('[data-testid="import-summary"]');
  await page.waitForSelector('[data-testid="paste-dialog"]', { state: 'detached' });

  // Every entered cell of tables 三 and 四 is filled (the seed reports zeros throughout).
  const values = await page.$$eval('input[data-cell^="table3."], input[data-cell^="table4."], input[data-cell^="table2."]', (els) => els.map((e) => [e.dataset.cell, e.value]));
  assert.ok(values.length > 100, `found ${values.length} cells`);
  const blank = values.filter(([, v]) => v === '');
  assert.deepEqual(blank, [], 'no blank cell after the import');
  await waitCell(page, 'table3.total.total', '0');
  assert.match(await page.inputValue('[data-place="meta.agency"]'), /商务局/);

  // The T3-6 warning (numbers quoted in section 一 vs table 三).
  const t36 = page.locator('.diag[data-code="T3-6"]');
  await t36.first().waitFor();
  assert.equal(await t36.first().getAttribute('data-severity'), 'warn');

  // The summary lists the importer's notes; the draft is new and marked as imported.
  const summary = await page.textContent('[data-testid="import-summary"]');
  assert.match(summary, /导入摘要/);
  assert.match(summary, /六个部分的标题均已找到/);
  await waitSaved(page);
  const drafts = await storedDrafts(page);
  assert.equal(drafts.length, 2);
  const imported = drafts.find((d) => d.imported);
  assert.ok(imported, 'one draft is marked as imported');
  assert.equal(imported.report.origin.source, 'text');
  assert.match(imported.name, /^导入：/);

  // The summary survives a reload (it is kept in the report's import record).
  await page.reload();
  await page.waitForSelector(READY_SELECTOR, { state: 'attached' });
  await page.waitForSelector('[data-testid="import-summary"]');
  await waitCell(page, 'table3.total.total', '0');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a run-together row with several splits: picking a candidate fills the row', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  // An imported report whose 一、本年新收 row could be split two ways.
  await page.click('button.sample');
  await waitSaved(page);
  // The sample opened as a draft of its own, beside the empty one.
  const report = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.includes('/draft/'))
    .map((k) => JSON.parse(localStorage.getItem(k)).report)
    .find((r) => r.meta.agency === '郑县商务局'));
  for (const c of Object.keys(report.table3.new)) report.table3.new[c] = null;
  report.origin = {
    source: 'text',
    notes: ['“一、本年新收政府信息公开申请数量”的数字“1102”有 2 种拆分，请选择（该行已留空）'],
    uncertain: [{ row: 'table3.new', digits: '1102', candidates: [[1, 1, 0, 0, 0, 0, 2], [0, 0, 0, 0, 0, 0, 0]] }],
  };
  await page.setInputFiles('[data-testid="import-file"]', {
    name: 'imported.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)),
  });
  const row = page.locator('[data-testid="import-summary"] li.uncertain[data-row="table3.new"]');
  await row.waitFor();
  assert.match(await row.textContent(), /原文数字“1102”有 2 种拆分/);
  assert.match(await row.textContent(), /自然人/);
  await waitCell(page, 'table3.new.natural', '');
  await row.locator('[data-testid="pick-split"]').first().click();
  await waitCell(page, 'table3.new.natural', '1');
  await waitCell(page, 'table3.new.business', '1');
  await waitCell(page, 'table3.new.total', '2');
  await row.waitFor({ state: 'detached' });
  assert.match(await page.textContent('[data-testid="import-summary"]'), /已选用拆分 1\|1\|0\|0\|0\|0\|2/);
  // One undo step restores the blank row and the choice.
  await page.keyboard.press('Control+Z');
  await waitCell(page, 'table3.new.natural', '');
  await row.waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
