// Honest findings: a fresh form is quiet about tables nobody has started (发布前检查 names them),
// blank cells are one finding per table; the real 上海 2019 report (blank 总计 column, a
// section 五 heading worded its own way) gets one 总计列未填写 finding and an S-1 warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, servedApp } from './helpers.mjs';
import { fresh as freshPage, typeCell, waitCell } from './form-page.mjs';

const app = servedApp({ viewport: { width: 1366, height: 900 } });
const fresh = () => freshPage(app.browser, app.url);
const SHANGHAI = path.join(ROOT, 'tests', 'fixtures', '2019-shanghai-format2019.txt');

const listed = (page, code) =>
  page.$$eval(`.diag[data-code="${code}"]`, (ls) => ls.map((l) => ({ severity: l.dataset.severity, text: l.textContent })));

test('a fresh form is quiet about blank tables until they are started or 发布前检查 is asked', async () => {
  const { page, errors } = await fresh();
  // Nothing to say about a form nobody has started: no finding at all.
  await page.waitForFunction(() => document.querySelector('[data-counts]')?.textContent.trim() === '0 个错误 · 0 个提醒');
  assert.deepEqual(await listed(page, 'T3-4'), []);
  // No cell of tables 三 and 四 is marked.
  assert.equal(await page.locator('td.warn [data-cell^="table3."], td.warn [data-cell^="table4."]').count(), 0);

  await typeCell(page, 'table3.new.natural', '1');
  await waitCell(page, 'table3.new.total', '1');
  await page.waitForFunction(() => document.querySelectorAll('.diag[data-code="T3-4"]').length === 1);
  const [one] = await listed(page, 'T3-4');
  assert.match(one.text, /^.*表三有 143 个空白单元格，在 24 行：“一、本年新收政府信息公开申请数量”（商业企业、科研机构、社会公益组织、法律服务机构、其他）；/);
  assert.doesNotMatch(one.text, /总计）/, 'a computed cell is never asked for');
  // Totals are never marked as blanks to fill.
  assert.equal(await page.locator('td.warn [data-cell="table3.carry.total"]').count(), 0);

  // 发布前检查: table 四, not started, is named too.
  await page.click('[data-testid="publish-check"]');
  await page.waitForFunction(() => document.querySelectorAll('.diag[data-code="T3-4"]').length === 2);
  assert.match((await listed(page, 'T3-4'))[1].text, /表四尚未填写：12 个需填写的单元格均为空白/);
  assert.equal(await page.getAttribute('[data-testid="publish-check"]', 'aria-pressed'), 'true');
  await page.click('[data-testid="publish-check"]');
  await page.waitForFunction(() => document.querySelectorAll('.diag[data-code="T3-4"]').length === 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('上海 2019: one 总计列未填写 finding with the figures, and the section 五 heading a warning', async () => {
  const text = (await readFile(SHANGHAI, 'utf8')).split('\n\n').slice(1).join('\n\n');
  const { page, errors } = await fresh();
  await page.click('[data-testid="paste-open"]');
  await page.fill('[data-testid="paste-text"]', text);
  await page.click('[data-testid="paste-import"]');
  await page.waitForSelector('[data-testid="import-summary"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="format-name"]')?.textContent.includes('2019年版'));
  await page.waitForSelector('.diag[data-code="T3-3"]');
  const t33 = await listed(page, 'T3-3');
  assert.equal(t33.length, 1, JSON.stringify(t33));
  assert.match(t33[0].text, /总计列未填写（11 行）：按各类申请人之和，应为“（一）予以公开”272，/);
  // One error only: no T3-2 for the column's （七）总计 either.
  assert.equal(await page.locator('.diag[data-severity="err"]').count(), 1);
  const s1 = await listed(page, 'S-1');
  assert.equal(s1.length, 1, JSON.stringify(s1));
  assert.equal(s1[0].severity, 'warn');
  assert.match(s1[0].text, /五、政府信息公开工作存在的主要问题及改进情况/);

  // The computed figures are offered as the finding's fix: one step fills the column, Ctrl+Z
  // takes it back.
  await page.locator('.diag[data-code="T3-3"]').getByRole('button', { name: /按分项重算总计/ }).click();
  await page.waitForFunction(() => !document.querySelector('.diag[data-code="T3-3"]'));
  assert.equal(await page.textContent('[data-cell="table3.granted.total"]'), '272');
  await page.click('#sec-meta');
  await page.keyboard.press('Control+Z');
  await page.waitForSelector('.diag[data-code="T3-3"]');
  assert.equal(await page.textContent('[data-cell="table3.granted.total"]'), '');
  assert.deepEqual(errors, []);
  await page.close();
});
