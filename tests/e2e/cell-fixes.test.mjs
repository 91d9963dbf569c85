// Issue 23: a finding's quick fixes at the cell it points to, not only in the panel — reached by
// the mouse in the cell's message box, and by keyboard (Ctrl+. or Alt+Enter from the cell; Esc
// back) — each one undo step. "空白填 0" (T3-4) opens a chooser of the rows to fill, all checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedApp, ROOT } from './helpers.mjs';
import { cell, fresh, waitCell, cellValue } from './form-page.mjs';

const app = servedApp({ viewport: { width: 1366, height: 900 } });
const SHOTS = path.join(ROOT, 'docs', 'screenshots');
const GROUPS = ['review', 'litigation_direct', 'litigation_after_review'];
const OUTCOMES = ['upheld', 'corrected', 'other', 'pending'];

/** The message box of a cell (its id is "msg-" and the address). */
const box = (address) => `[id="msg-${address}"]`;

/** The T3-4 finding of table 四 as the panel words it, or null. */
const table4Blanks = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.diag[data-code="T3-4"]')].map((d) => d.textContent).find((t) => t.includes('表四')) ?? null,
  );

test('空白填 0 at the cell, by keyboard: the rows chosen are filled in one undo step', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  // Table 四 started: one figure, the other eleven entry cells blank (three rows).
  await page.fill(cell('table4.review.upheld'), '1');
  await waitCell(page, 'table4.review.total', '1');
  await page.waitForFunction(() => [...document.querySelectorAll('.diag[data-code="T3-4"]')].some((d) => d.textContent.includes('表四')));

  // From a blank cell, Ctrl+. moves to its fixes; the chooser lists the rows, all checked.
  await page.click(cell('table4.review.corrected'));
  assert.equal(await page.getAttribute(cell('table4.review.corrected'), 'aria-keyshortcuts'), 'Control+. Alt+Enter');
  await page.keyboard.press('Control+.');
  const button = `${box('table4.review.corrected')} button.fix[data-fix="空白填 0"]`;
  assert.equal(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), button), true);
  await page.keyboard.press('Enter');
  const chooser = `${box('table4.review.corrected')} .fix-chooser`;
  await page.waitForSelector(chooser);
  const rows = await page.$$eval(`${chooser} .fix-choice`, (ls) => ls.map((l) => [l.textContent.trim(), l.querySelector('input').checked]));
  assert.deepEqual(rows, [
    ['行政复议（3 格）', true],
    ['行政诉讼 · 未经复议直接起诉（4 格）', true],
    ['行政诉讼 · 复议后起诉（4 格）', true],
  ]);
  // The focus is on the first row's box: leave 行政复议 out, then 确定.
  assert.equal(await page.evaluate((sel) => document.activeElement === document.querySelector(`${sel} input`), chooser), true);
  await page.keyboard.press('Space');
  await page.screenshot({ path: path.join(SHOTS, 'fix-at-cell.png'), clip: await clipAround(page, chooser) });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '确定');
  await page.keyboard.press('Enter');

  for (const g of GROUPS.slice(1)) {
    for (const c of OUTCOMES) await waitCell(page, `table4.${g}.${c}`, '0');
  }
  assert.equal(await cellValue(page, 'table4.review.corrected'), '');
  // The finding stays for the row left out, and the focus is back in the cell.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.diag[data-code="T3-4"]')].some((d) => /表四有 3 个空白单元格，在 1 行/.test(d.textContent)),
  );
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.cell), 'table4.review.corrected');

  // One undo step brings the eight blanks back.
  await page.click('h1');
  await page.keyboard.press('Control+z');
  await waitCell(page, 'table4.litigation_direct.upheld', '');
  assert.equal(await cellValue(page, 'table4.litigation_after_review.pending'), '');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.diag[data-code="T3-4"]')].some((d) => /表四有 11 个空白单元格，在 3 行/.test(d.textContent)),
  );
  assert.equal(await cellValue(page, 'table4.review.upheld'), '1');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a fix at the cell by mouse: every row, and the finding goes', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await page.fill(cell('table4.litigation_direct.pending'), '2');
  await waitCell(page, 'table4.litigation_direct.total', '2');
  // A hidden box draws its fixes when it is first shown, not in every blank cell at once (that
  // cost the table's first keystroke): its message is there, its buttons are not yet.
  await page.waitForSelector(`${box('table4.review.upheld')} .msg`, { state: 'attached' });
  assert.equal(await page.locator('td.cell .messages.tip button.fix').count(), 0);
  await page.hover(cell('table4.review.upheld'));
  const button = `${box('table4.review.upheld')} button.fix[data-fix="空白填 0"]`;
  await page.waitForSelector(button, { state: 'visible' });
  await page.click(button);
  // Escape closes the chooser and gives the focus back to its button; nothing is filled.
  await page.waitForSelector(`${box('table4.review.upheld')} .fix-chooser`);
  await page.keyboard.press('Escape');
  await page.waitForSelector(`${box('table4.review.upheld')} .fix-chooser`, { state: 'hidden' });
  assert.equal(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), button), true);
  assert.equal(await cellValue(page, 'table4.review.corrected'), '');
  await page.click(button);
  await page.screenshot({ path: path.join(SHOTS, 'fix-at-cell-mouse.png'), clip: await clipAround(page, `${box('table4.review.upheld')} .fix-chooser`) });
  await page.click(`${box('table4.review.upheld')} .fix-chooser button.fix-apply`);
  for (const g of GROUPS) {
    for (const c of OUTCOMES) {
      if (!(g === 'litigation_direct' && c === 'pending')) await waitCell(page, `table4.${g}.${c}`, '0');
    }
  }
  await page.waitForFunction(() => ![...document.querySelectorAll('.diag[data-code="T3-4"]')].some((d) => d.textContent.includes('表四')));
  assert.equal(await table4Blanks(page), null);
  assert.equal(await cellValue(page, 'table4.litigation_direct.total'), '2');
  assert.deepEqual(errors, []);
  await page.close();
});

/** A clip around a cell's open message box and the cell it belongs to. */
async function clipAround(page, selector) {
  const r = await page.$eval(selector, (el) => {
    const b = el.closest('.messages').getBoundingClientRect();
    const c = el.closest('td').getBoundingClientRect();
    const x = Math.min(b.left, c.left);
    const y = Math.min(b.top, c.top);
    return { x, y, right: Math.max(b.right, c.right), bottom: Math.max(b.bottom, c.bottom) };
  });
  const pad = 40;
  const x = Math.max(0, r.x - pad);
  const y = Math.max(0, r.y - pad);
  return { x, y, width: r.right - x + pad, height: r.bottom - y + pad };
}
