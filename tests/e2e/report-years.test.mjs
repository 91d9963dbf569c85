// Report years: the tables follow 报告年度 (2019–2020 → the 2019 format). An empty draft changes
// format with its year; a filled one is offered the conversion (转换 / 保持), undone by Ctrl+Z.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp } from './helpers.mjs';
import { cell, cellValue, fresh as freshPage, typeCell, waitCell } from './form-page.mjs';

const app = servedApp({ viewport: { width: 1366, height: 900 } });
const fresh = () => freshPage(app.browser, app.url);
const YEAR = '[data-place="meta.year"]';

async function setYear(page, year) {
  await page.click(YEAR);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(year);
}

const formatName = (page) => page.textContent('[data-testid="format-name"]');

test('a new draft set to 2020 is filled in on the 2019 tables, without S-2', async () => {
  const { page, errors } = await fresh();
  assert.match(await formatName(page), /2021年版/);
  await setYear(page, '2020');
  await page.waitForFunction(() => document.querySelector('[data-testid="format-name"]').textContent.includes('2019年版'));
  // The year field keeps the focus while the tables change under it.
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.place), 'meta.year');
  assert.equal(await page.locator('[data-testid="format-offer"]').count(), 0);
  // 2019 columns and rows are there: 本年增/减 (may be negative), 政府集中采购, one （六）其他处理.
  await typeCell(page, 'table2.licensing.change', '-3');
  await typeCell(page, 'table2.procurement.projects', '4');
  await typeCell(page, 'table3.new.natural', '2');
  await typeCell(page, 'table3.other.natural', '2');
  await waitCell(page, 'table3.total.natural', '2');
  await waitCell(page, 'table3.other.total', '2');
  assert.equal(await cellValue(page, 'table2.licensing.change'), '-3');
  assert.equal(await page.locator(cell('table3.other_1.natural')).count(), 0);
  assert.equal(await page.locator('.diag[data-code="S-2"]').count(), 0);
  // The screenshot of the 2019 form (docs/screenshots/form-2019.png): no cell focused, from the top.
  await page.click('#sec-meta');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshots/form-2019.png', fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a filled draft is offered the conversion, which moves the common cells and undoes', async () => {
  const { page, errors } = await fresh();
  await setYear(page, '2021');
  await typeCell(page, 'table3.new.natural', '3');
  await typeCell(page, 'table3.other_1.natural', '1');
  await typeCell(page, 'table3.other_3.natural', '2');
  await typeCell(page, 'table2.regulations.issued', '5');
  await waitCell(page, 'table3.total.natural', '3');

  await setYear(page, '2020');
  const offer = page.locator('[data-testid="format-offer"]');
  await offer.waitFor();
  const text = await offer.textContent();
  assert.match(text, /2020年度报告应使用2019年版（试行）表格/);
  assert.match(text, /表二 规章 \/ 本年制发件数 = 5/);
  assert.match(text, /（六）其他处理”的各分项合计为一行/);
  // Still the 2021 tables, and S-2 says so until the user decides.
  assert.match(await formatName(page), /2021年版/);
  await page.waitForSelector('.diag[data-code="S-2"]');

  // By keyboard: Tab from the year field reaches the offer's buttons.
  await offer.getByRole('button', { name: '转换' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="format-name"]').textContent.includes('2019年版'));
  await waitCell(page, 'table3.new.natural', '3');
  await waitCell(page, 'table3.other.natural', '3');
  await waitCell(page, 'table3.total.natural', '3');
  assert.equal(await page.locator(cell('table2.regulations.issued')).count(), 0);
  await page.waitForFunction(() => !document.querySelector('.diag[data-code="S-2"]'));
  assert.equal(await offer.count(), 0);

  // Ctrl+Z restores the 2021 tables with every figure.
  await page.click('#sec-meta');
  await page.keyboard.press('Control+Z');
  await page.waitForFunction(() => document.querySelector('[data-testid="format-name"]').textContent.includes('2021年版'));
  await waitCell(page, 'table2.regulations.issued', '5');
  await waitCell(page, 'table3.other_1.natural', '1');
  await waitCell(page, 'table3.other_3.natural', '2');

  // 保持 keeps the tables; the offer goes, S-2 stays.
  await offer.waitFor();
  await offer.getByRole('button', { name: '保持' }).click();
  await page.waitForFunction(() => !document.querySelector('[data-testid="format-offer"]'));
  assert.match(await formatName(page), /2021年版/);
  assert.equal(await page.locator('.diag[data-code="S-2"]').count() > 0, true);
  assert.deepEqual(errors, []);
  await page.close();
});
