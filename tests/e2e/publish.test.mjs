// End-to-end tests of publishing: the print preview (the report in a sandboxed frame), printing
// only the report, and the HTML and CSV downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servedApp } from './helpers.mjs';
import { fresh, downloadText } from './draft-helpers.mjs';
import { cell, loadSample, typeCell } from './form-page.mjs';

const TITLE = '郑县商务局2021年政府信息公开工作年度报告';
const CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

const app = servedApp({ viewport: { width: 1366, height: 900 } });

const frameSel = '[data-testid="print-preview-frame"]';

/** Opens the preview and returns the frame's text once the report is in it. */
async function openPreview(page) {
  await page.getByRole('button', { name: '打印预览' }).click();
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.contentDocument?.querySelector('article.gov-report'),
    frameSel,
  );
  return page.$eval(frameSel, (f) => f.contentDocument.body.innerText);
}

test('the preview shows the report in a sandboxed A4 frame, and closes', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await loadSample(page);
  const text = await openPreview(page);
  assert.ok(text.includes('一、总体情况'));
  assert.ok(text.includes(CORNER));
  assert.ok(text.replace(/\s/g, '').includes(TITLE), 'agency title');
  const frame = await page.$eval(frameSel, (f) => ({
    sandbox: f.getAttribute('sandbox'),
    title: f.title,
    scripts: f.contentDocument.querySelectorAll('script').length,
    // The sheet inside the frame is 210 mm wide (96 px per 25.4 mm).
    sheet: f.contentDocument.querySelector('article.gov-report').getBoundingClientRect().width,
  }));
  assert.equal(frame.sandbox, 'allow-same-origin allow-modals');
  assert.equal(frame.title, `打印预览：${TITLE}`);
  assert.equal(frame.scripts, 0);
  assert.ok(Math.abs(frame.sheet - (210 * 96) / 25.4) < 1, `sheet width ${frame.sheet}`);
  const dialog = page.getByRole('dialog', { name: '打印预览' });
  assert.equal(await dialog.count(), 1);
  await page.screenshot({ path: process.env.PUBLISH_SCREENSHOT || '/tmp/publish-preview.png' });
  await page.getByRole('button', { name: '关闭预览' }).click();
  await page.waitForFunction((sel) => !document.querySelector(sel), frameSel);
  // Escape closes it too.
  await openPreview(page);
  await page.keyboard.press('Escape');
  await page.waitForFunction((sel) => !document.querySelector(sel), frameSel);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Records print() calls on the app window and on every frame that loads from now on. */
async function recordPrints(page) {
  await page.evaluate(() => {
    window.__prints = [];
    const stub = (w, where) => {
      w.print = function () {
        window.__prints.push({ where, title: this.document.title, hasReport: !!this.document.querySelector('article.gov-report') });
      };
    };
    stub(window, 'app');
    for (const f of document.querySelectorAll('iframe')) stub(f.contentWindow, 'frame');
    // A load listener in the capture phase runs before the app's own handler on the frame.
    document.addEventListener('load', (e) => {
      if (e.target instanceof HTMLIFrameElement) stub(e.target.contentWindow, 'frame');
    }, true);
  });
}

test('打印 prints the report frame, never the app page', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await loadSample(page);
  await recordPrints(page);
  // From the toolbar with the preview closed: it opens and prints once loaded.
  await page.getByRole('toolbar').getByRole('button', { name: '打印', exact: true }).click();
  await page.waitForFunction(() => window.__prints.length === 1);
  // From the preview's own button.
  await page.getByRole('dialog', { name: '打印预览' }).getByRole('button', { name: '打印', exact: true }).click();
  await page.waitForFunction(() => window.__prints.length === 2);
  const prints = await page.evaluate(() => window.__prints);
  assert.deepEqual(prints, [
    { where: 'frame', title: TITLE, hasReport: true },
    { where: 'frame', title: TITLE, hasReport: true },
  ]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('导出 HTML downloads the report with its data (no executable script); 导出 CSV the tables with a BOM', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await loadSample(page);
  const html = await downloadText(page, () => page.getByRole('button', { name: '导出 HTML' }).click());
  assert.equal(html.name, `${TITLE}.html`);
  // One script element, the report's data: type application/json, which no browser runs.
  const scripts = html.text.match(/<script[^>]*>/gi);
  assert.equal(scripts.length, 1);
  assert.match(scripts[0], /^<script type="application\/json" id="report-data" data-code="[0-9A-F-]{14}"/);
  assert.ok(html.text.includes("default-src 'none'"), 'the policy still runs no script');
  assert.ok(html.text.includes(`<title>${TITLE}</title>`));
  assert.ok(html.text.includes(CORNER));
  const csv = await downloadText(page, () => page.getByRole('button', { name: '导出 CSV' }).click());
  assert.equal(csv.name, `${TITLE}（表格）.csv`);
  assert.ok(csv.text.startsWith('\uFEFF'), 'UTF-8 BOM');
  assert.ok(csv.text.includes('自然人'));
  assert.ok(csv.text.includes(TITLE));
  assert.ok(csv.text.includes('\r\n'));
  assert.deepEqual(errors, []);
  await page.close();
});

test("the browser's own print (Ctrl+P) prints the report, not the form", async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await loadSample(page);
  const pagePrint = '[data-testid="page-print"]';
  // Nothing is kept ready while typing: the copy is written only when printing starts.
  assert.equal(await page.$eval(pagePrint, (d) => d.childElementCount), 0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.isVisible(`${pagePrint} article.gov-report`));
  for (const sel of ['.app-header', '#app-main', '[data-counts]']) {
    assert.equal(await page.isVisible(sel), false, `${sel} hidden on paper`);
  }
  // What the printer gets: the report on A4, none of the app.
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const dir = mkdtempSync(join(tmpdir(), 'page-print-'));
  writeFileSync(join(dir, 'p.pdf'), pdf);
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [join(dir, 'p.pdf')], { encoding: 'utf8' });
  rmSync(dir, { recursive: true });
  const flat = text.replace(/\s/g, '');
  assert.ok(flat.includes(TITLE), 'title');
  for (const words of ['一、总体情况', '三、收到和处理政府信息公开申请情况', '六、其他需要报告的事项']) {
    assert.ok(flat.includes(words), words);
  }
  for (const words of ['检查结果', '打印预览', '导出JSON']) {
    assert.ok(!flat.includes(words), `no ${words} on paper`);
  }
  assert.match(info, /Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.$eval(pagePrint, (d) => d.childElementCount), 0);
  assert.ok(await page.isVisible('#app-main'));
  assert.deepEqual(errors, []);
  await page.close();
});

/** The text of a PDF made by Chromium's print of `page` (A4 from the page's own CSS). */
async function printedText(page) {
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const dir = mkdtempSync(join(tmpdir(), 'print-code-'));
  writeFileSync(join(dir, 'p.pdf'), pdf);
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' });
  rmSync(dir, { recursive: true });
  return text;
}

/** Records every request of the browser from now on; `stop()` ends the recording. */
function recordRequests() {
  const urls = [];
  const onRequest = (r) => urls.push(r.url());
  app.browser.on('request', onRequest);
  return { urls, publisher: () => urls.filter((u) => new URL(u).pathname.includes('/publish/')), stop: () => app.browser.off('request', onRequest) };
}

/** The 校验码 of the exported HTML (loads the publisher). */
async function exportedCode(page) {
  const html = await downloadText(page, () => page.getByRole('button', { name: '导出 HTML' }).click());
  const code = html.text.match(/data-code="([0-9A-F-]{14})"/)[1];
  assert.ok(html.text.includes(`校验码：${code}`));
  return code;
}

test('the preview, its print and Ctrl+P carry the same 校验码 as the exported HTML; the preview does not load the publisher', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  const requests = recordRequests();
  try {
    await loadSample(page);
    // On screen, under the report in the frame: computed in the page (SubtleCrypto), so the
    // publisher (publish/, ~400 KB) is not requested.
    await openPreview(page);
    const shown = await page.$eval(frameSel, (f) => f.contentDocument.querySelector('footer.fingerprint')?.textContent);
    const code = shown.match(/^校验码：([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})$/)[1];
    assert.deepEqual(requests.publisher(), [], 'the preview requested nothing of the publisher');
    assert.equal(await page.evaluate(() => window.drPublish.loaded()), false);
    // The screenshot of the preview's foot (docs/screenshots/preview-code.png).
    await page.$eval(frameSel, (f) => f.contentDocument.querySelector('footer.fingerprint').scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: process.env.PREVIEW_CODE_SCREENSHOT || 'docs/screenshots/preview-code.png' });
    // On paper: what 打印 prints is the frame's document; Chromium prints it here with its own
    // page rules (the code in the foot of every page, the screen line hidden).
    const doc = await page.$eval(frameSel, (f) => f.srcdoc);
    const sheet = await app.browser.newPage();
    await sheet.setContent(doc);
    const paper = await printedText(sheet);
    await sheet.close();
    const pages = paper.split('\f').filter((p) => p.trim());
    assert.ok(pages.length >= 3, `${pages.length} pages`);
    for (const [i, p] of pages.entries()) assert.ok(p.includes(`校验码：${code}`), `page ${i + 1} foot`);
    await page.getByRole('button', { name: '关闭预览' }).click();

    // The exported HTML, written by the publisher's SHA-256 in Rust, carries the same code.
    assert.equal(await exportedCode(page), code);
    assert.ok(requests.publisher().length > 0, 'the export loaded the publisher (recording works)');

    // The browser's own print.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const own = await printedText(page);
    assert.ok(own.includes(`校验码：${code}`), 'Ctrl+P prints the code');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    // A changed report is another code: the print right after the change never shows the old one.
    await page.fill('[data-place="meta.agency"]', '郑县商务局办公室');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.ok(!(await page.textContent('[data-testid="page-print"]')).includes(code));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.deepEqual(errors, []);
  } finally {
    requests.stop();
    await page.close();
  }
});

test('a cell edited, then the page printed without the preview: the printout carries the code, the same as the exported one', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  const requests = recordRequests();
  try {
    await loadSample(page);
    await typeCell(page, 'table3.new.natural', '17');
    // The code is computed in the background a pause after the edit; the print (Chromium's
    // printToPDF fires beforeprint itself) finds it ready.
    await page.waitForTimeout(1500);
    await page.emulateMedia({ media: 'print' });
    const paper = await printedText(page);
    await page.emulateMedia({ media: 'screen' });
    const printed = paper.match(/校验码：([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})/);
    assert.ok(printed, 'the printout has a 校验码');
    assert.ok(paper.replace(/\s/g, '').includes('一、总体情况'), 'the report was printed');
    assert.deepEqual(requests.publisher(), [], 'no publisher for the background code');
    assert.equal(await exportedCode(page), printed[1]);
    assert.deepEqual(errors, []);
  } finally {
    requests.stop();
    await page.close();
  }
});

test('Ctrl+P right after an edit (before the background code) waits for the code, then prints it', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  try {
    await loadSample(page);
    // window.print as the browser runs it (beforeprint, the print, afterprint), recording what
    // the print-only copy held.
    await page.evaluate(() => {
      window.__printed = [];
      window.print = () => {
        window.dispatchEvent(new Event('beforeprint'));
        window.__printed.push(document.querySelector('[data-testid="page-print"]').textContent);
        window.dispatchEvent(new Event('afterprint'));
      };
    });
    await page.click(cell('table3.new.natural'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('23');
    await page.keyboard.press('Control+P');
    await page.waitForFunction(() => window.__printed.length > 0);
    const printed = await page.evaluate(() => window.__printed);
    assert.equal(printed.length, 1, 'printed once');
    const code = printed[0].match(/校验码：([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})/);
    assert.ok(code, 'the printout has a 校验码');
    assert.equal(await exportedCode(page), code[1]);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

/**
 * The app as a plain-http intranet portal serves it: at http://report.test/ (not localhost, so
 * not a secure context: no SubtleCrypto), each request answered from the test server.
 */
async function insecureOrigin() {
  const origin = 'http://report.test/';
  const handler = async (route) => {
    const u = new URL(route.request().url());
    const response = await route.fetch({ url: new URL(u.pathname + u.search, app.url).href });
    await route.fulfill({ response });
  };
  await app.browser.route(`${origin}**`, handler);
  return { url: origin, stop: () => app.browser.unroute(`${origin}**`, handler) };
}

test('plain http (no SubtleCrypto): the preview asks the publisher for the same code', async () => {
  const site = await insecureOrigin();
  const { page, errors } = await fresh(app.browser, site.url);
  try {
    assert.equal(await page.evaluate(() => window.isSecureContext), false);
    assert.equal(await page.evaluate(() => typeof crypto.subtle), 'undefined');
    await loadSample(page);
    await openPreview(page);
    const shown = await page.$eval(frameSel, (f) => f.contentDocument.querySelector('footer.fingerprint')?.textContent);
    assert.equal(await page.evaluate(() => window.drPublish.loaded()), true, 'the publisher computed it');
    await page.getByRole('button', { name: '关闭预览' }).click();
    assert.equal(shown, `校验码：${await exportedCode(page)}`);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await site.stop();
  }
});

test('opening the preview and printing it logs no console error (the frame runs no script)', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  // Besides console calls and exceptions (recorded by openApp): the browser's own messages
  // (a blocked script, a refused resource, a sandbox that ignores print()), from every frame.
  const cdp = await page.context().newCDPSession(page);
  const logged = [];
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error') logged.push(`${entry.source}: ${entry.text}`);
  });
  await cdp.send('Log.enable');
  await loadSample(page);
  await openPreview(page);
  await page.getByRole('dialog', { name: '打印预览' }).getByRole('button', { name: '打印', exact: true }).click();
  await page.getByRole('button', { name: '关闭预览' }).click();
  await openPreview(page);
  await page.waitForTimeout(300);
  assert.deepEqual(logged, []);
  assert.deepEqual(errors, []);
  await cdp.detach();
  await page.close();
});

test('a publisher that cannot be loaded (plain http): the preview shows the report without a 校验码 and says why', async () => {
  const site = await insecureOrigin();
  const { page } = await fresh(app.browser, site.url);
  try {
    await loadSample(page);
    await page.route('**/publish/**', (route) => route.abort());
    const text = await openPreview(page);
    assert.ok(text.includes('一、总体情况'));
    assert.ok(!text.includes('校验码'));
    await page.waitForFunction(() => document.querySelector('[data-testid="preview-note"]')?.textContent.startsWith('未能'));
    assert.match(await page.textContent('[data-testid="preview-note"]'), /^未能生成校验码（.+），预览和打印件不带校验码$/);
  } finally {
    await page.close();
    await site.stop();
  }
});
