// End-to-end: the features loaded on demand (index.html's loader; bench/size lists them) stay
// out of the first load, and each loads when its button is pressed: the importer (import/, its
// own wasm module) on the first paste, file or 汇总审查 file; the PDF reader (pdf/) when a PDF is
// opened (tests/e2e/pdf.test.mjs); 汇总审查, 从上年报告新建, the print preview and 核验 (review/,
// the tools module) when one of their buttons is pressed, the import UI (its paste dialog, the
// files picked or dropped, its summary) beside the importer, and the format offer when the year
// asks for the other format. A module that cannot be loaded gives a Chinese message where
// the user pressed, and loads on the next try. The offline file holds them inline, with the
// network off (offline.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { servedApp, ROOT, READY_SELECTOR } from './helpers.mjs';
import { cell, fresh, typeCell, waitCell, waitSaved } from './draft-helpers.mjs';

/** The folders of dist/ the page loads on demand (bench/size's ON_DEMAND). */
const ON_DEMAND = ['/import/', '/pdf/', '/publish/', '/review/', '/analysis/', '/rules/'];
const SEED = await readFile(path.join(ROOT, 'tests/fixtures/seed-2021-county-commerce-bureau.txt'), 'utf8');

const app = servedApp({ viewport: { width: 1366, height: 900 } });

/**
 * Opens the app with empty storage and records every request of a load from the start (the
 * page is loaded again once its storage is cleared: what an earlier test left there, an
 * imported draft say, may load modules of its own).
 */
async function openRecorded() {
  const requests = [];
  const onRequest = (r) => requests.push(r.url());
  const opened = await fresh(app.browser, app.url);
  app.browser.on('request', onRequest);
  await opened.page.reload();
  await opened.page.waitForSelector(READY_SELECTOR, { state: 'attached' });
  return { ...opened, requests, stop: () => app.browser.off('request', onRequest) };
}

test('the first load requests no on-demand module; the importer loads on the first paste', async () => {
  const { page, errors, requests, stop } = await openRecorded();
  try {
    await page.waitForSelector(cell('table3.new.natural'));
    // Typing, totals, checks and drafts are the first load's: still nothing on demand.
    await page.click(cell('table3.new.natural'));
    await page.keyboard.type('3');
    await waitCell(page, 'table3.new.total', '3');
    await page.waitForTimeout(500);
    assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the app wasm was requested (recording works)');
    const early = requests.filter((u) => ON_DEMAND.some((d) => new URL(u).pathname.includes(d)));
    assert.deepEqual(early, [], 'no on-demand module in the first load');
    assert.equal(await page.evaluate(() => window.drImport.loaded()), false);

    await page.click('[data-testid="paste-open"]');
    await page.fill('[data-testid="paste-text"]', SEED);
    await page.click('[data-testid="paste-import"]');
    await page.waitForSelector('[data-testid="import-summary"]');
    assert.ok(requests.some((u) => u.endsWith('/import/report_import_bg.wasm')), 'the importer loaded on demand');
    assert.ok(!requests.some((u) => u.includes('/pdf/')), 'a text import does not load the PDF reader');
    // The summary is drawn by the tools module, loaded beside the importer.
    assert.ok(requests.some((u) => u.endsWith('/review/report_review_bg.wasm')), 'the tools module loaded for the summary');
    await waitCell(page, 'table3.total.total', '0');
    assert.equal(await page.evaluate(() => window.drImport.loaded()), true);
    assert.deepEqual(errors, []);
  } finally {
    stop();
    await page.close();
  }
});

test('an importer that cannot be loaded: a Chinese message where the user pressed, and a retry works', async () => {
  const { page, errors, stop } = await openRecorded();
  stop();
  try {
    await page.route('**/import/**', (r) => r.abort('internetdisconnected'));
    await page.click('[data-testid="paste-open"]');
    await page.fill('[data-testid="paste-text"]', SEED);
    await page.click('[data-testid="paste-import"]');
    const error = page.locator('[data-testid="import-error"]');
    await error.waitFor();
    assert.match(await error.textContent(), /导入功能加载失败.*请检查网络连接后重试/);
    // The text is still in the dialog: nothing is lost, the user can try again.
    assert.equal(await page.inputValue('[data-testid="paste-text"]'), SEED);
    assert.equal(await page.locator('[data-testid="import-busy"]').count(), 0);

    await page.click('[data-testid="paste-dialog"] button:has-text("取消")');

    // 汇总审查: the file is not listed as unreadable (it is not at fault); the notice says why.
    await page.click('[data-testid="batch-open"]');
    await page.setInputFiles('[data-testid="batch-files"]', {
      name: 'seed.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(SEED),
    });
    const notice = page.locator('[data-testid="batch-notice"]', { hasText: '导入功能加载失败' });
    await notice.waitFor();
    assert.match(await notice.textContent(), /“seed\.txt”未能读取/);
    assert.equal(await page.locator('[data-testid="batch-row"]').count(), 0);
    await page.click('[data-testid="batch-close"]');

    // Back online: the same button loads the importer and imports.
    await page.unroute('**/import/**');
    await page.click('[data-testid="paste-open"]');
    assert.equal(await page.inputValue('[data-testid="paste-text"]'), SEED);
    await page.click('[data-testid="paste-import"]');
    await page.waitForSelector('[data-testid="import-summary"]');
    await page.waitForSelector('[data-testid="import-error"]', { state: 'detached' });
    await waitCell(page, 'table3.total.total', '0');
    // The failed loads are the only console errors (the browser reports each refused request).
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e)), []);
  } finally {
    await page.close();
  }
});

/**
 * The tools module (review/: 汇总审查, 从上年报告新建, the print preview, 核验) is not in the
 * first load; pressing
 * `button` with the module unreachable says so in the status line (naming `feature`) and shows
 * nothing; pressing it again loads the module and shows `shown`.
 */
async function loadsOnPress(page, requests, button, shown, feature) {
  await page.waitForSelector(cell('table3.new.natural'));
  await page.waitForTimeout(300);
  assert.ok(!requests.some((u) => u.includes('/review/')), 'the module is not in the first load');
  assert.equal(await page.evaluate(() => window.drReview.loaded()), false);
  assert.equal(await page.locator(`[data-testid="${shown}"]`).count(), 0);

  await page.route('**/review/**', (r) => r.abort('internetdisconnected'));
  await page.click(`[data-testid="${button}"]`);
  await page.waitForFunction((f) => (document.querySelector('.status-line')?.textContent ?? '').includes(`${f}加载失败`), feature);
  assert.ok((await page.textContent('.status-line')).includes(`${feature}加载失败：请检查网络连接后重试`));
  assert.equal(await page.locator(`[data-testid="${shown}"]`).count(), 0);

  await page.unroute('**/review/**');
  await page.click(`[data-testid="${button}"]`);
  await page.waitForSelector(`[data-testid="${shown}"]`);
  assert.ok(requests.some((u) => u.endsWith('/review/report_review_bg.wasm')), 'the module loaded on demand');
  assert.equal(await page.evaluate(() => window.drReview.loaded()), true);
}

test('汇总审查 is its own module, loaded when its button is pressed; a failed load is said where the user pressed, and a retry works', async () => {
  const { page, errors, requests, stop } = await openRecorded();
  try {
    await loadsOnPress(page, requests, 'batch-open', 'batch-dialog', '汇总审查');
    // The dialog is the review module's; it closes and opens again without another load.
    await page.click('[data-testid="batch-close"]');
    await page.waitForSelector('[data-testid="batch-dialog"]', { state: 'detached' });
    const loads = requests.filter((u) => u.endsWith('/review/report_review_bg.wasm')).length;
    await page.click('[data-testid="batch-open"]');
    await page.waitForSelector('[data-testid="batch-dialog"]');
    assert.equal(requests.filter((u) => u.endsWith('/review/report_review_bg.wasm')).length, loads);
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::|dynamically imported module/.test(e)), []);
  } finally {
    stop();
    await page.close();
  }
});

test('从上年报告新建 is in the review module, loaded when its button is pressed; a failed load is said, a retry works, and 汇总审查 then needs no other load', async () => {
  const { page, errors, requests, stop } = await openRecorded();
  try {
    await loadsOnPress(page, requests, 'draft-from-last-year', 'from-last-year', '从上年报告新建');
    // The app's drafts are listed in the module's dialog (through window.drApp).
    assert.ok((await page.locator('[data-testid="from-last-year-draft"] option').count()) >= 2);
    await page.click('[data-testid="from-last-year"] button:has-text("取消")');
    await page.waitForSelector('[data-testid="from-last-year"]', { state: 'detached' });
    const loads = requests.filter((u) => u.endsWith('/review/report_review_bg.wasm')).length;
    await page.click('[data-testid="draft-from-last-year"]');
    await page.waitForSelector('[data-testid="from-last-year"]');
    await page.click('[data-testid="batch-open"]');
    await page.waitForSelector('[data-testid="batch-dialog"]');
    assert.equal(requests.filter((u) => u.endsWith('/review/report_review_bg.wasm')).length, loads, 'one module for both');
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::|dynamically imported module/.test(e)), []);
  } finally {
    stop();
    await page.close();
  }
});

/** Waits until the focused element is the one with data-testid `id`. */
async function focusOn(page, id) {
  await page.waitForFunction((t) => document.activeElement?.dataset?.testid === t, id);
}

test('the print preview is in the tools module, loaded when 打印预览 is pressed; a failed load is said, a retry works; focus moves in, Escape closes, focus returns; 核验 then needs no other load', async () => {
  const { page, errors, requests, stop } = await openRecorded();
  try {
    await loadsOnPress(page, requests, 'print-preview', 'print-preview-dialog', '打印预览');
    // The report in the frame, with the 校验码 the app computed (no publisher for it).
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="print-preview-frame"]')?.contentDocument?.querySelector('footer.fingerprint'));
    assert.ok(!requests.some((u) => u.includes('/publish/')), 'the code came from the page, not the publisher');
    assert.equal(await page.getAttribute('[data-testid="print-preview"]', 'aria-pressed'), 'true');
    await focusOn(page, 'preview-close');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="print-preview-dialog"]', { state: 'detached' });
    await focusOn(page, 'print-preview');
    assert.equal(await page.getAttribute('[data-testid="print-preview"]', 'aria-pressed'), 'false');
    // The loading message is gone once the module answered.
    assert.ok(!(await page.textContent('.status-line')).includes('正在加载'));

    const loads = requests.filter((u) => u.endsWith('/review/report_review_bg.wasm')).length;
    await page.click('[data-testid="verify-open"]');
    await page.waitForSelector('[data-testid="verify-dialog"]');
    await focusOn(page, 'verify-close');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="verify-dialog"]', { state: 'detached' });
    await focusOn(page, 'verify-open');
    assert.equal(requests.filter((u) => u.endsWith('/review/report_review_bg.wasm')).length, loads, 'one module for both');
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::|dynamically imported module/.test(e)), []);
  } finally {
    stop();
    await page.close();
  }
});

test('核验 is in the tools module, loaded when its button is pressed; a failed load is said, a retry works', async () => {
  const { page, errors, requests, stop } = await openRecorded();
  try {
    await loadsOnPress(page, requests, 'verify-open', 'verify-dialog', '核验');
    await focusOn(page, 'verify-close');
    await page.click('[data-testid="verify-close"]');
    await page.waitForSelector('[data-testid="verify-dialog"]', { state: 'detached' });
    await focusOn(page, 'verify-open');
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::|dynamically imported module/.test(e)), []);
  } finally {
    stop();
    await page.close();
  }
});

/** A test on a fresh page (empty storage, the form drawn) that must log no error. */
function onFreshPage(name, body) {
  test(name, async () => {
    const { page, errors } = await fresh(app.browser, app.url);
    try {
      await page.waitForSelector(cell('table3.new.natural'));
      await body(page);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
}

onFreshPage('粘贴文本导入 by keyboard: focus moves into the text box, Escape closes it keeping the text and gives the focus back, Tab goes 导入 then 取消; after an import the focus is on 粘贴文本导入, 收起导入摘要 hands it to 查看导入摘要 and that to the summary', async (page) => {
  await page.focus('[data-testid="paste-open"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="paste-dialog"]');
  await focusOn(page, 'paste-text');
  await page.keyboard.type('第一段粘贴的文字');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid="paste-dialog"]', { state: 'detached' });
  await focusOn(page, 'paste-open');
  // Opened again: the text is still there, and Tab walks the dialog's controls in order.
  await page.keyboard.press('Enter');
  await focusOn(page, 'paste-text');
  assert.equal(await page.inputValue('[data-testid="paste-text"]'), '第一段粘贴的文字', 'Escape keeps what was typed');
  await page.keyboard.press('Tab');
  await focusOn(page, 'paste-import');
  await page.keyboard.press('Tab');
  await focusOn(page, 'paste-cancel');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="paste-dialog"]', { state: 'detached' });
  await focusOn(page, 'paste-open');

  await page.keyboard.press('Enter');
  await focusOn(page, 'paste-text');
  await page.fill('[data-testid="paste-text"]', SEED);
  await page.keyboard.press('Tab');
  await focusOn(page, 'paste-import');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="import-summary"]');
  await page.waitForSelector('[data-testid="paste-dialog"]', { state: 'detached' });
  await focusOn(page, 'paste-open');

  await page.focus('[data-testid="import-summary-close"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="import-summary"]', { state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.textContent === '查看导入摘要');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="import-summary"]');
  await focusOn(page, 'import-summary');
});

onFreshPage('the import summary by keyboard: a split picked with Enter leaves the focus in the summary', async (page) => {
  const report = JSON.parse(await page.evaluate(() => window.drApp.currentReport()));
  report.origin = {
    source: 'text',
    notes: [],
    uncertain: [
      { row: 'table3.new', digits: '1102', candidates: [[1, 1, 0, 0, 0, 0, 2], [0, 0, 0, 0, 0, 0, 0]] },
      { row: 'table3.granted', digits: '1102', candidates: [[1, 1, 0, 0, 0, 0, 2], [0, 0, 0, 0, 0, 0, 0]] },
    ],
  };
  await page.setInputFiles('[data-testid="import-file"]', {
    name: 'imported.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)),
  });
  const pick = page.locator('[data-testid="import-summary"] [data-testid="pick-split"]');
  await pick.first().waitFor();
  await pick.first().focus();
  await page.keyboard.press('Enter');
  await waitCell(page, 'table3.new.total', '2');
  await page.waitForSelector('[data-testid="import-summary"] li.uncertain[data-row="table3.new"]', { state: 'detached' });
  // The next row's first candidate, drawn again in place of the one pressed.
  await page.waitForFunction(() => document.activeElement?.dataset?.testid === 'pick-split'
    && document.activeElement.closest('li.uncertain')?.dataset.row === 'table3.granted');
  await page.keyboard.press('Enter');
  await waitCell(page, 'table3.granted.total', '2');
  await focusOn(page, 'import-summary-close');
});

onFreshPage('the format offer by keyboard: Tab from the year field reaches 转换; 保持 and 转换 pressed with Enter leave the focus on the year field', async (page) => {
  await typeCell(page, 'table3.new.natural', '3');
  await waitCell(page, 'table3.new.total', '3');
  const year = '[data-place="meta.year"]';
  await page.click(year);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2020');
  const offer = page.locator('[data-testid="format-offer"]');
  await offer.waitFor();
  // Tab from the year field reaches the offer (its first control is 转换).
  await page.focus(year);
  let reached = false;
  for (let i = 0; i < 12 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => !!document.activeElement?.closest('[data-testid="format-offer"]'));
  }
  assert.ok(reached, 'Tab from the year field reaches the offer');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '转换');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="format-name"]').textContent.includes('2019年版'));
  await offer.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.dataset?.place === 'meta.year');

  // Undone, the offer is back; 保持 by keyboard.
  await page.keyboard.press('Control+Z');
  await offer.waitFor();
  await offer.getByRole('button', { name: '保持' }).focus();
  await page.keyboard.press('Enter');
  await offer.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.dataset?.place === 'meta.year');
});

test('the import UI is the tools module\'s: with it unreachable, 粘贴文本导入 and a picked file say so in the status line, the file is kept, and 重试导入 imports it', async () => {
  const { page, errors, requests, stop } = await openRecorded();
  try {
    await page.waitForSelector(cell('table3.new.natural'));
    await page.route('**/review/**', (r) => r.abort('internetdisconnected'));
    const said = () => page.waitForFunction(() => (document.querySelector('.status-line')?.textContent ?? '').includes('导入功能加载失败'));

    await page.click('[data-testid="paste-open"]');
    await said();
    assert.match(await page.textContent('.status-line'), /导入功能加载失败：请检查网络连接后重试/);
    assert.equal(await page.locator('[data-testid="paste-dialog"]').count(), 0);

    await page.setInputFiles('[data-testid="import-file"]', { name: 'seed.txt', mimeType: 'text/plain', buffer: Buffer.from(SEED) });
    const retry = page.locator('[data-testid="import-retry"]');
    await retry.waitFor();
    assert.equal(await retry.textContent(), '重试导入');
    assert.match(await page.textContent('.status-line'), /导入功能加载失败：请检查网络连接后重试/);
    assert.equal(await page.inputValue('[data-place="meta.agency"]'), '', 'nothing imported yet');

    // Back online: 重试导入 imports the kept file.
    await page.unroute('**/review/**');
    await retry.click();
    await page.waitForSelector('[data-testid="import-summary"]');
    await waitCell(page, 'table3.total.total', '0');
    assert.match(await page.inputValue('[data-place="meta.agency"]'), /商务局/);
    await retry.waitFor({ state: 'detached' });
    assert.ok(requests.some((u) => u.endsWith('/review/report_review_bg.wasm')));
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::|dynamically imported module/.test(e)), []);
  } finally {
    stop();
    await page.close();
  }
});

test('an imported draft opened with the tools module unreachable: the summary\'s failure is said, and 查看导入摘要 tries again', async () => {
  const { page, errors, requests, stop } = await openRecorded();
  try {
    await page.click('[data-testid="paste-open"]');
    await page.fill('[data-testid="paste-text"]', SEED);
    await page.click('[data-testid="paste-import"]');
    await page.waitForSelector('[data-testid="import-summary"]');
    await waitSaved(page);

    await page.route('**/review/**', (r) => r.abort('internetdisconnected'));
    await page.reload();
    await page.waitForFunction(() => (document.querySelector('.status-line')?.textContent ?? '').includes('导入摘要加载失败'));
    assert.match(await page.textContent('.status-line'), /导入摘要加载失败：请检查网络连接后重试/);
    // The imported draft is there; only its summary waits.
    await waitCell(page, 'table3.total.total', '0');
    assert.equal(await page.locator('[data-testid="import-summary"]').count(), 0);

    await page.unroute('**/review/**');
    await page.getByRole('button', { name: '查看导入摘要' }).click();
    const summary = page.locator('[data-testid="import-summary"]');
    await summary.waitFor();
    assert.match(await summary.textContent(), /六个部分的标题均已找到/);
    // 收起导入摘要 closes it; 查看导入摘要 opens it again without another load.
    const loads = requests.filter((u) => u.endsWith('/review/report_review_bg.wasm')).length;
    await page.getByRole('button', { name: '收起导入摘要' }).click();
    await summary.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '查看导入摘要' }).click();
    await summary.waitFor();
    assert.equal(requests.filter((u) => u.endsWith('/review/report_review_bg.wasm')).length, loads);
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::|dynamically imported module/.test(e)), []);
  } finally {
    stop();
    await page.close();
  }
});

test('the format offer is the tools module\'s: loaded when the year asks for the other format; a failed load is said, and the next edit tries again', async () => {
  const { page, errors, requests, stop } = await openRecorded();
  try {
    await page.waitForSelector(cell('table3.new.natural'));
    await typeCell(page, 'table3.new.natural', '3');
    await waitCell(page, 'table3.new.total', '3');
    await page.waitForTimeout(300);
    assert.ok(!requests.some((u) => u.includes('/review/')), 'a filled draft of a year its format fits loads nothing');

    await page.route('**/review/**', (r) => r.abort('internetdisconnected'));
    await page.click('[data-place="meta.year"]');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2020');
    await page.waitForFunction(() => (document.querySelector('.status-line')?.textContent ?? '').includes('表格格式转换加载失败'));
    assert.match(await page.textContent('.status-line'), /表格格式转换加载失败：请检查网络连接后重试/);
    assert.equal(await page.locator('[data-testid="format-offer"]').count(), 0);

    await page.unroute('**/review/**');
    await typeCell(page, 'table3.new.business', '1');
    const offer = page.locator('[data-testid="format-offer"]');
    await offer.waitFor();
    assert.match(await offer.textContent(), /2020年度报告应使用2019年版（试行）表格/);
    assert.ok(requests.some((u) => u.endsWith('/review/report_review_bg.wasm')));
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::|dynamically imported module/.test(e)), []);
  } finally {
    stop();
    await page.close();
  }
});
