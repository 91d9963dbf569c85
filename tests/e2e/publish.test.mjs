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
import { loadSample } from './form-page.mjs';

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
