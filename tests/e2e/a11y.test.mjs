// axe-core (npm axe-core, injected into the page) on the main page, empty and with the sample
// report loaded, and on the exported HTML report: no violation (issue 21).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { servedApp } from './helpers.mjs';
import { fresh, loadSample } from './form-page.mjs';
import { downloadText } from './draft-helpers.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const app = servedApp({ viewport: { width: 1366, height: 900 } });

/** axe's violations on the page, one line each: rule, impact, the first nodes. */
async function violations(page) {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
    );
  });
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
  const { page } = await fresh(app.browser, app.url);
  await loadSample(page);
  const html = await downloadText(page, () => page.click('[data-testid="export-html"]'));
  const report = await app.browser.newPage();
  // The file forbids every script (its Content-Security-Policy): axe is let in by leaving that
  // one line out here; the rest of the page is as downloaded.
  const withoutCsp = html.text.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  assert.notEqual(withoutCsp, html.text);
  await report.setContent(withoutCsp);
  assert.deepEqual(await violations(report), []);
  await report.close();
  await page.close();
});
