// Issue 17 in the browser: nothing the user typed is lost or silently ignored. Text a cell
// cannot read stays in the draft with its error; a total beyond the cell maximum reads back;
// a pasted block with labels is refused; Enter on the last row selects the cell; the sample
// opens as a new draft; an edit reaches storage within a few hundred ms; a tab whose edits are
// not in storage asks before it closes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, READY_SELECTOR } from './helpers.mjs';
import {
  cell, fresh, typeCell, waitCell, cellValue, waitSaved, storedDrafts, openAppWith, openDeafTab,
} from './draft-helpers.mjs';

const app = servedApp({ viewport: { width: 1366, height: 900 } });

/** Closes `page` as the user would (running `beforeunload`); resolves with the type of the
 * dialog it raised (dismissed: the page stays), or null when it closed without asking. */
async function closeAsked(page) {
  const asked = new Promise((resolve) => {
    page.once('dialog', async (d) => {
      resolve(d.type());
      await d.dismiss();
    });
    page.once('close', () => resolve(null));
  });
  await page.close({ runBeforeUnload: true });
  return asked;
}

const counts = async (page) => (await page.textContent('[data-counts]')).trim();

async function reload(page) {
  await page.reload();
  await page.waitForSelector(READY_SELECTOR, { state: 'attached' });
  await page.waitForSelector(cell('table3.new.natural'));
}

test('"1O" typed into a cell stays in the draft as typed, is an error, and survives a reload', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await typeCell(page, 'table3.new.natural', '5');
  await waitCell(page, 'table3.new.total', '5');
  await typeCell(page, 'table3.new.natural', '1O');
  // The old value no longer counts.
  await waitCell(page, 'table3.new.total', '');
  await page.waitForFunction(() => document.body.textContent.includes('“1O”无法识别'));
  await waitSaved(page);
  const [draft] = await storedDrafts(page);
  assert.equal(draft.report.table3.new.natural, null);
  assert.deepEqual(draft.report.unread, { 'table3.new.natural': '1O' });
  await reload(page);
  await waitCell(page, 'table3.new.natural', '1O');
  assert.match(await counts(page), /[1-9]\d* 个错误/);
  assert.ok((await page.textContent('body')).includes('“1O”无法识别'));
  // Typing a number replaces it, and the text is gone from the draft.
  await typeCell(page, 'table3.new.natural', '3');
  await waitCell(page, 'table3.new.total', '3');
  await waitSaved(page);
  assert.equal((await storedDrafts(page))[0].report.unread, undefined);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a total beyond the cell maximum is saved, read back after a reload, and named', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await typeCell(page, 'table3.new.natural', '999999999');
  await typeCell(page, 'table3.new.business', '999999999');
  await waitCell(page, 'table3.new.total', '1999999998');
  await waitSaved(page);
  await reload(page);
  await waitCell(page, 'table3.new.natural', '999999999');
  await waitCell(page, 'table3.new.total', '1999999998');
  assert.equal((await storedDrafts(page)).length, 1, 'nothing went to the 隔离区');
  assert.equal(await page.locator('[data-testid="quarantine-banner"]').count(), 0);
  assert.ok((await page.textContent('body')).includes('超出可填写的上限 999999999'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('a pasted block with labels left in is refused with the label named', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await page.click(cell('table3.new.natural'));
  await page.evaluate((sel) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', '三、本年度办理结果\t\t\n\t（一）予以公开\t1\t2\n\t（二）部分公开\t0\t0\n');
    document.querySelector(sel).dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, cell('table3.new.natural'));
  await page.waitForFunction(() => document.querySelector('.status-line')?.textContent.includes('未粘贴'));
  assert.match(await page.textContent('.status-line'), /“三、本年度办理结果”/);
  assert.equal(await cellValue(page, 'table3.new.natural'), '');
  assert.equal(await cellValue(page, 'table3.new.business'), '');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Enter on the last row selects the cell: typing replaces its content', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await typeCell(page, 'table2.fees.amount', '0');
  await page.click(cell('table2.fees.amount'));
  await page.keyboard.press('Enter');
  await page.keyboard.type('1.5000');
  await page.keyboard.press('Tab');
  await waitCell(page, 'table2.fees.amount', '1.5000');
  // As reported: "0" typed and Enter pressed in the same cell, the caret at its end and nothing
  // selected; what is typed next replaces the 0 (the old build gave "02.5000").
  await page.click(cell('table2.fees.amount'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await page.keyboard.type('2.5000');
  await page.keyboard.press('Tab');
  await waitCell(page, 'table2.fees.amount', '2.5000');
  assert.deepEqual(errors, []);
  await page.close();
});

test('载入示例 opens the sample as a new draft and keeps the open one', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await typeCell(page, 'table3.new.natural', '7');
  await waitSaved(page);
  await page.click('button.sample');
  await page.waitForFunction(() => document.querySelector('.status-line')?.textContent.includes('新草稿'));
  await waitSaved(page);
  const drafts = await storedDrafts(page);
  assert.equal(drafts.length, 2);
  assert.ok(drafts.some((d) => d.report.table3.new.natural === 7), 'the draft before keeps its edit');
  assert.ok(drafts.some((d) => d.report.meta.agency === '郑县商务局'), 'the sample is a draft of its own');
  await reload(page);
  assert.equal((await storedDrafts(page)).length, 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an edit reaches storage within a few hundred milliseconds', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await typeCell(page, 'table3.new.research', '4');
  // No pagehide, no visibilitychange: closing the whole browser fires neither.
  await page.waitForTimeout(350);
  assert.equal((await storedDrafts(page))[0].report.table3.new.research, 4);
  assert.deepEqual(errors, []);
  await page.close();
});

test('closing a tab whose edits are not in storage asks first; a saved tab closes freely', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await typeCell(page, 'table3.new.natural', '2');
  await waitSaved(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await typeCell(page, 'table3.new.research', '6');
  await page.waitForSelector('[data-testid="storage-error"]');
  const asked = new Promise((resolve) => {
    page.once('dialog', async (d) => {
      resolve(d.type());
      await d.dismiss(); // stay on the page
    });
  });
  await page.close({ runBeforeUnload: true });
  assert.equal(await asked, 'beforeunload');
  assert.equal(await cellValue(page, 'table3.new.research'), '6', 'the page stayed');
  assert.deepEqual(errors, []);

  const { page: saved } = await fresh(app.browser, app.url);
  await typeCell(saved, 'table3.new.natural', '1');
  await waitSaved(saved);
  let dialogs = 0;
  saved.on('dialog', async (d) => {
    dialogs += 1;
    await d.accept();
  });
  const closed = new Promise((resolve) => saved.once('close', resolve));
  await saved.close({ runBeforeUnload: true });
  await closed;
  assert.equal(dialogs, 0);
  await page.evaluate(() => window.close()).catch(() => {});
});

test('finding 5: a tab paused by the two-tab conflict asks before it closes, and keeps its edit', async () => {
  const { page: a, errors: ea } = await fresh(app.browser, app.url);
  await typeCell(a, 'table3.new.natural', '1');
  await waitSaved(a);
  // B does not hear A's writes (a frozen background tab): only its own save finds out.
  const { page: b, errors: eb } = await openDeafTab(app.browser, app.url);
  await waitCell(b, 'table3.new.natural', '1');
  await b.evaluate(() => { window.__deaf = true; });
  await typeCell(a, 'table3.new.business', '2');
  await waitSaved(a);
  await typeCell(b, 'table3.new.research', '8');
  await b.locator('[data-testid="conflict-banner"]').waitFor();

  // Closing B without choosing: the browser asks, and B stays with its edit.
  assert.equal(await closeAsked(b), 'beforeunload');
  assert.equal(await cellValue(b, 'table3.new.research'), '8', 'the page stayed');
  // Once B's edit is kept (as a copy), B closes without asking.
  await b.click('[data-testid="conflict-keep-mine"]');
  await waitSaved(b);
  assert.ok((await storedDrafts(a)).some((d) => d.report.table3.new.research === 8));
  assert.equal(await closeAsked(b), null);
  assert.deepEqual(ea, []);
  assert.deepEqual(eb, []);
  await a.close();
});

test('a tab whose storage is off asks before it closes', async () => {
  const { page, errors } = await openAppWith(app.browser, app.url, () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.locator('[data-testid="storage-error"]').waitFor();
  await typeCell(page, 'table3.new.natural', '4');
  assert.equal(await closeAsked(page), 'beforeunload');
  assert.equal(await cellValue(page, 'table3.new.natural'), '4', 'the page stayed');
  assert.deepEqual(errors, []);
  await page.evaluate(() => window.close()).catch(() => {});
});
