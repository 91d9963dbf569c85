// End-to-end tests of JSON export and import: export → import gives back the same report
// (file picker and drag-and-drop), and clear Chinese errors for files that are not reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, PANIC_BANNER_SELECTOR } from './helpers.mjs';
import { fresh, waitCell, waitSaved, storedDrafts, downloadText } from './draft-helpers.mjs';
import { loadSample } from './form-page.mjs';

const app = servedApp({ viewport: { width: 1366, height: 900 } });

async function exportJson(page) {
  return downloadText(page, () => page.click('[data-testid="export-json"]'));
}

test('export → import (file picker) gives back the same report, as a new draft', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await loadSample(page);
  const first = await exportJson(page);
  assert.equal(first.name, '郑县商务局2021年政府信息公开工作年度报告.json');
  const exported = JSON.parse(first.text);
  assert.equal(exported.meta.agency, '郑县商务局');

  // Start over in another draft so the import has something to replace.
  await page.click('[data-testid="draft-new"]');
  await page.waitForFunction(() => !document.querySelector('[data-testid="draft-title"]')?.textContent.includes('郑县商务局'));
  await page.setInputFiles('[data-testid="import-file"]', {
    name: first.name,
    mimeType: 'application/json',
    buffer: Buffer.from(first.text),
  });
  await page.waitForFunction(() => document.querySelector('[data-testid="draft-title"]')?.textContent.includes('郑县商务局'));
  await waitSaved(page);
  const second = await exportJson(page);
  assert.equal(second.text, first.text, 'byte-identical export');
  assert.deepEqual(JSON.parse(second.text), exported);
  // The empty first draft, the sample (opened as a draft of its own), the new one, the import.
  assert.equal((await storedDrafts(page)).length, 4);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a JSON file dropped on the page is imported', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await loadSample(page);
  const { text } = await exportJson(page);
  await page.click('[data-testid="draft-new"]');
  await waitCell(page, 'table3.total.natural', '');
  await page.evaluate((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'report.json', { type: 'application/json' }));
    const target = document.querySelector('main') ?? document.body;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, text);
  await page.waitForFunction(() => document.querySelector('[data-testid="draft-title"]')?.textContent.includes('郑县商务局'));
  await waitSaved(page);
  const again = await exportJson(page);
  assert.deepEqual(JSON.parse(again.text), JSON.parse(text));
  assert.equal(await page.locator('.drop-overlay').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('files that are not reports get clear Chinese errors and change nothing', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await loadSample(page);
  const before = await storedDrafts(page);
  const cases = [
    ['notes.txt', 'text/plain', Buffer.from('这是一份会议纪要，不是年度报告。'), /没有识别出年度报告/],
    ['data.json', 'application/json', Buffer.from('{"name": "x"}'), /JSON 文件无法读取：不是年度报告文件/],
    ['broken.json', 'application/json', Buffer.from('{"schema_version": 1, '), /不是有效的 JSON 文件/],
    ['image.png', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), /无法识别的文件/],
    ['gbk.txt', 'text/plain', Buffer.from([0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5]), /不是 UTF-8 编码/],
  ];
  for (const [name, mimeType, buffer, message] of cases) {
    await page.setInputFiles('[data-testid="import-file"]', { name, mimeType, buffer });
    const el = page.locator('[data-testid="import-error"]');
    await el.waitFor();
    assert.match(await el.textContent(), message, name);
    // By keyboard: 关闭 goes with the banner, so the focus must land on the file picker, not
    // on the page's top.
    await el.locator('button', { hasText: '关闭' }).focus();
    await page.keyboard.press('Enter');
    await el.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.dataset?.testid === 'import-file', null, { timeout: 5000 });
  }
  assert.match(await page.textContent('[data-testid="draft-title"]'), /郑县商务局/);
  assert.deepEqual(await storedDrafts(page), before);
  assert.equal(await page.locator(PANIC_BANNER_SELECTOR).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
