// End-to-end tests of the report form in headless Chromium: live totals and diagnostics,
// rejected input kept at the cell, pasting a 7-column block, undo/redo, keyboard navigation,
// IME composition, accessible names, the diagnostics panel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp } from './helpers.mjs';
import { cell, cellValue, counts, fresh as freshPage, waitCell } from './form-page.mjs';

const app = servedApp({ viewport: { width: 1366, height: 900 } });

/** A fresh page with an empty report (drafts from earlier tests are cleared). */
const fresh = () => freshPage(app.browser, app.url);

function errorCount(summary) {
  const m = summary.match(/(\d+) 个错误/);
  assert.ok(m, `counts header: ${summary}`);
  return Number(m[1]);
}

test('typing a number updates the totals, the balance and the diagnostics', async () => {
  const { page, errors } = await fresh();
  const before = errorCount(await counts(page));
  assert.equal(await page.locator('.diag[data-code="T3-1"]').count(), 0);

  await page.click(cell('table3.new.natural'));
  await page.keyboard.type('3');
  await waitCell(page, 'table3.new.total', '3');
  // 一 = 3 but nothing disposed of: the printed 勾稽关系 fails for 自然人 and 总计.
  await page.waitForSelector('.diag[data-code="T3-1"]');
  assert.ok(errorCount(await counts(page)) > before);
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.getAttribute('aria-invalid') === 'true',
    cell('table3.new.natural'),
  );
  const td = await page.$eval(cell('table3.new.natural'), (el) => el.closest('td').className);
  assert.match(td, /\berr\b/);
  assert.match(await page.textContent('[data-balance="natural"]'), /3≠0/);
  // The message is reachable from the cell (aria-describedby) and names the numbers.
  const described = await page.$eval(cell('table3.new.natural'), (el) =>
    document.getElementById(el.getAttribute('aria-describedby'))?.textContent);
  assert.match(described, /一\+二＝3/);

  // Dispose of the 3 applications: the column balances, T3-1 goes away.
  await page.click(cell('table3.granted.natural'));
  await page.keyboard.type('3');
  await waitCell(page, 'table3.total.natural', '3');
  await page.waitForFunction(() => !document.querySelector('.diag[data-code="T3-1"]'));
  assert.match(await page.textContent('[data-balance="natural"]'), /✓ 3＝3/);
  assert.equal(errorCount(await counts(page)), before);
  assert.deepEqual(errors, []);
  await page.close();
});

test('rejected input stays visible at the cell with a Chinese message', async () => {
  const { page, errors } = await fresh();
  await page.click(cell('table3.new.natural'));
  await page.keyboard.type('5');
  await waitCell(page, 'table3.new.total', '5');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  // Focus selected the content: typing replaces it.
  await page.keyboard.type('abc');
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.closest('td').classList.contains('rejected'),
    cell('table3.new.natural'),
  );
  assert.equal(await cellValue(page, 'table3.new.natural'), 'abc');
  // Issue 17: what was typed is kept in the report as typed; the old value no longer counts.
  await waitCell(page, 'table3.new.total', '');
  // Leaving the cell does not lose what was typed.
  await page.keyboard.press('Tab');
  assert.equal(await cellValue(page, 'table3.new.natural'), 'abc');
  const describedBy = (sel) => page.$eval(sel, (el) =>
    document.getElementById(el.getAttribute('aria-describedby'))?.textContent);
  assert.match(await describedBy(cell('table3.new.natural')), /“abc”无法识别：请输入数字.*已按原样保存/);
  // A negative count is refused with its own message.
  await page.click(cell('table3.carry.natural'));
  await page.keyboard.type('-1');
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.getAttribute('aria-invalid') === 'true',
    cell('table3.carry.natural'),
  );
  assert.match(await describedBy(cell('table3.carry.natural')), /件数不能为负数/);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Pastes text into the focused element through a real ClipboardEvent with a DataTransfer. */
async function paste(page, text) {
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    const ev = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    document.activeElement.dispatchEvent(ev);
  }, text);
}

test('pasting a 7-column block fills table 三, as one undo step', async () => {
  const { page, errors } = await fresh();
  await page.click(cell('table3.new.natural'));
  // As copied from Excel/WPS: full-width digits, a thousands separator, the 总计 column included.
  await paste(page, '２\t0\t0\t0\t1\t0\t3\r\n1,000\t0\t0\t0\t0\t0\t1000\r\n0\t0\t0\t0\t0\t0\t0\r\n');
  await waitCell(page, 'table3.new.total', '3');
  assert.equal(await cellValue(page, 'table3.new.natural'), '2');
  assert.equal(await cellValue(page, 'table3.new.legal_services'), '1');
  assert.equal(await cellValue(page, 'table3.carry.natural'), '1000');
  assert.equal(await cellValue(page, 'table3.carry.total'), '1000');
  assert.equal(await cellValue(page, 'table3.granted.other'), '0');
  assert.match(await page.textContent('.status-line'), /已粘贴 18 个单元格/);

  await page.keyboard.press('Control+z');
  await waitCell(page, 'table3.new.total', '');
  assert.equal(await cellValue(page, 'table3.carry.natural'), '');
  assert.equal(await cellValue(page, 'table3.granted.other'), '');
  await page.keyboard.press('Control+y');
  await waitCell(page, 'table3.carry.total', '1000');
  assert.equal(await cellValue(page, 'table3.new.natural'), '2');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a pasted block with row labels drops the labels; bad values are kept and marked', async () => {
  const { page, errors } = await fresh();
  await page.click(cell('table3.new.natural'));
  await paste(
    page,
    '一、本年新收政府信息公开申请数量\t4\t0\t0\t0\t0\t0\t4\n二、上年结转政府信息公开申请数量\tx\t0\t0\t0\t0\t0\t0\n',
  );
  await waitCell(page, 'table3.new.total', '4');
  assert.equal(await cellValue(page, 'table3.carry.natural'), 'x');
  assert.match(await page.textContent('.status-line'), /1 个无法识别/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('undo and redo every edit: typing in a cell is one step per cell', async () => {
  const { page, errors } = await fresh();
  await page.click(cell('table3.new.natural'));
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await page.keyboard.type('7');
  await waitCell(page, 'table3.new.total', '19');
  await page.keyboard.press('Control+z');
  await waitCell(page, 'table3.new.total', '12');
  assert.equal(await cellValue(page, 'table3.new.business'), '');
  await page.keyboard.press('Control+z');
  await waitCell(page, 'table3.new.total', '');
  assert.equal(await cellValue(page, 'table3.new.natural'), '');
  await page.keyboard.press('Control+y');
  await waitCell(page, 'table3.new.total', '12');
  await page.keyboard.press('Control+Shift+z');
  await waitCell(page, 'table3.new.total', '19');
  // The buttons do the same.
  await page.getByRole('button', { name: /撤销/ }).click();
  await waitCell(page, 'table3.new.total', '12');
  await page.getByRole('button', { name: /重做/ }).click();
  await waitCell(page, 'table3.new.total', '19');
  // Text parts are undoable too.
  await page.fill('[data-place="narrative.problems"]', '无');
  await page.waitForFunction(() => [...document.querySelectorAll('.diag')].length >= 0);
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('[data-place="narrative.problems"]').value === '');
  assert.deepEqual(errors, []);
  await page.close();
});

test('keyboard: arrows, Enter, Tab move between cells; typing replaces; F2 edits', async () => {
  const { page, errors } = await fresh();
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-cell'));
  await page.click(cell('table3.new.natural'));
  await page.keyboard.type('12');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), 'table3.new.business');
  await page.keyboard.press('Enter');
  assert.equal(await focused(), 'table3.carry.business');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await focused(), 'table3.new.natural');
  // Typing replaces the content of a focused cell…
  await page.keyboard.type('4');
  await waitCell(page, 'table3.new.total', '4');
  // …F2 edits it: the caret goes to the end and typing appends.
  await page.keyboard.press('F2');
  await page.keyboard.type('5');
  await waitCell(page, 'table3.new.total', '45');
  // Escape restores the value the cell had when focused.
  await page.keyboard.press('Escape');
  await waitCell(page, 'table3.new.total', '12');
  // Tab goes across the row and on to the next; the 总计 column is skipped.
  await page.click(cell('table3.new.other'));
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'table3.carry.natural');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(), 'table3.new.other');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), 'table3.new.other', 'totals are not a stop');
  // Enter from the last outcome row jumps over （七）总计 to 四、结转下年度继续办理.
  await page.click(cell('table3.other_3.research'));
  await page.keyboard.press('Enter');
  assert.equal(await focused(), 'table3.forward.research');
  assert.deepEqual(errors, []);
  await page.close();
});

test('IME: nothing is stored mid-composition, the committed text exactly once', async () => {
  const { page, errors } = await fresh();
  const cdp = await page.context().newCDPSession(page);
  await page.click(cell('table3.new.natural'));
  await cdp.send('Input.imeSetComposition', { text: '１', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: '１２', selectionStart: 2, selectionEnd: 2 });
  await page.waitForTimeout(50);
  assert.equal(await cellValue(page, 'table3.new.total'), '', 'not stored while composing');
  await cdp.send('Input.insertText', { text: '１２' });
  await waitCell(page, 'table3.new.total', '12');
  assert.equal(await cellValue(page, 'table3.new.natural'), '１２');

  // Chinese text in a narrative part.
  await page.click('[data-place="narrative.problems"]');
  await cdp.send('Input.imeSetComposition', { text: 'cun', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.insertText', { text: '存在' });
  await cdp.send('Input.imeSetComposition', { text: 'wenti', selectionStart: 5, selectionEnd: 5 });
  await cdp.send('Input.insertText', { text: '问题' });
  await page.waitForTimeout(50);
  assert.equal(await page.inputValue('[data-place="narrative.problems"]'), '存在问题');
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('[data-place="narrative.problems"]').value === '');
  assert.deepEqual(errors, []);
  await page.close();
});

test('every field has an accessible name; every table cell carries data-cell', async () => {
  const { page, errors } = await fresh();
  const report = await page.evaluate(() => {
    const inputs = [...document.querySelectorAll('main input, main textarea, main select')];
    const unnamed = inputs.filter((el) => {
      const label = el.getAttribute('aria-label') || (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent);
      return !label || !label.trim();
    }).map((el) => el.outerHTML.slice(0, 80));
    const cells = [...document.querySelectorAll('[data-cell]')].map((el) => el.getAttribute('data-cell'));
    const labels = [...document.querySelectorAll('input[data-cell]')].map((el) => el.getAttribute('aria-label'));
    return { unnamed, cells, labels, n: inputs.length };
  });
  assert.deepEqual(report.unnamed, []);
  // 2021 format: table 二 10 cells, table 三 25×7, table 四 15.
  assert.equal(report.cells.length, 10 + 175 + 15);
  assert.equal(new Set(report.cells).size, report.cells.length);
  assert.equal(new Set(report.labels).size, report.labels.length, 'labels are unique');
  assert.equal(
    await page.getAttribute(cell('table3.withheld_1.business'), 'aria-label'),
    '（三）不予公开 1.属于国家秘密 / 商业企业',
  );
  assert.equal(
    await page.getAttribute(cell('table4.litigation_direct.upheld'), 'aria-label'),
    '行政诉讼 · 未经复议直接起诉 / 结果维持',
  );
  // Totals are read-only outputs.
  assert.equal(await page.$eval(cell('table3.total.total'), (el) => el.tagName), 'OUTPUT');
  // The official headings, character-exact, after the 引言's box.
  const headings = await page.$$eval('section[data-section] > h2', (hs) => hs.map((h) => h.textContent.trim()));
  assert.deepEqual(headings, [
    '引言',
    '一、总体情况',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
  ]);
  assert.match(await page.textContent('table.t3 th.corner'), /（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the sample report: its warning is listed, focuses its text, and can be acknowledged', async () => {
  const { page, errors } = await fresh();
  await page.getByRole('button', { name: '载入示例（县商务局2021年报告）' }).click();
  await page.waitForFunction(() => document.querySelector('[data-place="meta.agency"]').value.length > 0);
  const item = page.locator('.diag[data-code="T3-6"]');
  await item.waitFor();
  const before = await counts(page);
  assert.match(before, /\d+ 个错误 · \d+ 个提醒/);
  await item.locator('.diag-item').click();
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute('data-place')),
    'narrative.overview_on_request',
  );
  await item.getByRole('button', { name: /确认无误/ }).click();
  await page.getByLabel('保留此提醒的理由').fill('正文“接到”含咨询件，已核实');
  await page.getByLabel('保留此提醒的理由').press('Enter');
  await page.waitForFunction(() => /个已确认/.test(document.querySelector('[data-counts]').textContent));
  assert.match(await item.textContent(), /已确认：正文“接到”含咨询件，已核实/);
  // Undo withdraws the acknowledgement.
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => !/个已确认/.test(document.querySelector('[data-counts]').textContent));
  assert.deepEqual(errors, []);
  await page.close();
});
