// axe-core (npm axe-core, injected into the page) on the main page, empty and with the sample
// report loaded, on the print preview (the dialog, and the report in its frame) and on the
// exported HTML report: no violation (issue 21).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { servedApp } from './helpers.mjs';
import { fresh, loadSample } from './form-page.mjs';
import { downloadText } from './draft-helpers.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const app = servedApp({ viewport: { width: 1366, height: 900 } });

/** axe's violations on the page, one line each: rule, impact, the first nodes. */
async function violations(page, { iframes = true } = {}) {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async (iframes) => {
    const r = await window.axe.run(document, { resultTypes: ['violations'], iframes });
    return r.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
    );
  }, iframes);
  return found;
}

/** The violations in a document the app made (its no-script policy left out to let axe in). */
async function documentViolations(html) {
  const page = await app.browser.newPage();
  // The document forbids every script (its Content-Security-Policy): axe is let in by leaving
  // that one line out here; the rest of the page is as the app made it.
  const withoutCsp = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  assert.notEqual(withoutCsp, html);
  await page.setContent(withoutCsp);
  const found = await violations(page);
  await page.close();
  return found;
}

test('axe: the main page has no violation, empty and with the sample report', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  assert.deepEqual(await violations(page), [], 'empty form');
  await loadSample(page);
  assert.deepEqual(await violations(page), [], 'sample report');
  assert.deepEqual(errors, []);
  await page.close();
});

test('axe: the exported HTML report has no violation', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await loadSample(page);
  const html = await downloadText(page, () => page.click('[data-testid="export-html"]'));
  assert.deepEqual(await documentViolations(html.text), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('axe: the print preview has no violation, the dialog and the report in its frame', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await loadSample(page);
  await page.getByRole('button', { name: '打印预览' }).click();
  const frame = '[data-testid="print-preview-frame"]';
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.contentDocument?.querySelector('footer.fingerprint'),
    frame,
  );
  // The page with the dialog open. axe cannot run inside the frame (it runs no script), so the
  // frame's document is checked on its own below.
  assert.deepEqual(await violations(page, { iframes: false }), [], 'the page with the preview open');
  const doc = await page.$eval(frame, (f) => f.srcdoc);
  assert.deepEqual(await documentViolations(doc), [], 'the report in the preview');
  assert.deepEqual(errors, []);
  await page.close();
});

test('axe: the paste dialog, the import summary with rows to split, and the format offer have no violation', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await page.click('[data-testid="paste-open"]');
  await page.fill('[data-testid="paste-text"]', '年度报告全文');
  assert.deepEqual(await violations(page), [], 'the page with the paste dialog open');
  await page.click('[data-testid="paste-cancel"]');

  const report = JSON.parse(await page.evaluate(() => window.drApp.currentReport()));
  report.table3.other_1.natural = 1;
  report.origin = {
    source: 'text',
    notes: ['“一、本年新收政府信息公开申请数量”的数字“1102”有 2 种拆分，请选择（该行已留空）'],
    labels: [{ found: '本年新收申请', official: '一、本年新收政府信息公开申请数量', address: 'table3.new' }],
    uncertain: [{ row: 'table3.new', digits: '1102', candidates: [[1, 1, 0, 0, 0, 0, 2], [0, 0, 0, 0, 0, 0, 0]] }],
  };
  report.meta.year = 2020;
  await page.setInputFiles('[data-testid="import-file"]', {
    name: 'imported.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)),
  });
  await page.waitForSelector('[data-testid="import-summary"] [data-testid="pick-split"]');
  await page.waitForSelector('[data-testid="format-offer"]');
  assert.deepEqual(await violations(page), [], 'the page with the import summary and the format offer');
  assert.deepEqual(errors, []);
  await page.close();
});
