// End-to-end: 导出 Word downloads the report as a .docx in the official layout, written by the
// publisher module (publish/, loaded on the first export, never on first load); 核验 compares a
// typed 校验码 or a published file with the draft (a match, a copy one cell apart names the
// cell, a mistyped code matches nothing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servedApp } from './helpers.mjs';
import { fresh, typeCell, waitCell, waitSaved } from './draft-helpers.mjs';
import { loadSample } from './form-page.mjs';

const TITLE = '郑县商务局2021年政府信息公开工作年度报告';
const CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const app = servedApp({ viewport: { width: 1366, height: 900 } });

/** The bytes of a download triggered by `click()`, with its file name. */
async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const chunks = [];
  for await (const c of await d.createReadStream()) chunks.push(c);
  return { name: d.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** A member of a zip archive, by `unzip -p`. */
function member(bytes, name) {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-docx-'));
  try {
    writeFileSync(join(dir, 'r.docx'), bytes);
    return execFileSync('unzip', ['-p', join(dir, 'r.docx'), name], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true });
  }
}

async function verifyCode(page, code) {
  await page.fill('[data-testid="verify-code"]', code);
  await page.click('[data-testid="verify-code-check"]');
}

async function verdict(page, status) {
  const sel = `[data-testid="verify-result"][data-status="${status}"]`;
  await page.waitForSelector(sel);
  return page.textContent(sel);
}

test('导出 Word downloads the official-layout .docx through the publisher, loaded on demand', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await loadSample(page);
  assert.equal(await page.evaluate(() => window.drPublish.loaded()), false);
  assert.ok(!requests.some((u) => u.includes('/publish/')), 'not before the first export');
  const started = Date.now();
  const docx = await download(page, () => page.getByRole('button', { name: '导出 Word' }).click());
  const took = Date.now() - started;
  assert.equal(docx.name, `${TITLE}.docx`);
  assert.deepEqual([...docx.bytes.subarray(0, 2)], [0x50, 0x4b], 'a zip archive');
  assert.ok(requests.some((u) => u.endsWith('/publish/report_publish_bg.wasm')), 'the publisher loaded');
  assert.equal(await page.evaluate(() => window.drPublish.loaded()), true);
  const doc = member(docx.bytes, 'word/document.xml');
  assert.ok(doc.includes('<w:pgSz w:w="11906" w:h="16838"'), 'A4');
  for (const words of ['一、总体情况', '三、收到和处理政府信息公开申请情况', CORNER, '行政诉讼', '郑县商务局']) {
    assert.ok(doc.includes(words), words);
  }
  assert.ok(doc.includes('<w:tblHeader />'));
  const footer = member(docx.bytes, 'word/footer1.xml');
  assert.match(footer, /校验码：[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);
  await page.waitForFunction(() => document.body.textContent.includes('已导出'));
  console.log(`# first 导出 Word (module load + render + download): ${took} ms`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("核验: the draft's code matches; a copy one cell apart names the cell; a mistyped code matches nothing", async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await loadSample(page);
  const docx = await download(page, () => page.getByRole('button', { name: '导出 Word' }).click());
  const code = member(docx.bytes, 'word/footer1.xml').match(/校验码：([0-9A-F-]{14})/)[1];
  await page.getByRole('button', { name: '核验', exact: true }).click();
  // The dialog is the tools module's (review/), loaded on this first press.
  const dialog = page.getByRole('dialog', { name: '核验' });
  await dialog.waitFor();
  assert.equal(await dialog.count(), 1);

  // The code of the draft as it is: a match (typed as a person reads it, lower case, spaces).
  await verifyCode(page, code.toLowerCase().replace(/-/g, ' '));
  assert.match(await verdict(page, 'match'), new RegExp(`一致：校验码 ${code}`));
  // The exported file itself: a match too.
  await page.setInputFiles('[data-testid="verify-file"]', { name: `${TITLE}.docx`, mimeType: 'application/octet-stream', buffer: docx.bytes });
  assert.match(await verdict(page, 'match'), /一致/);
  await page.click('[data-testid="verify-close"]');

  // One cell changed after the export: the paper's code names the cell, and so does the file.
  await typeCell(page, 'table3.new.natural', '7');
  await waitCell(page, 'table3.new.natural', '7');
  await waitSaved(page);
  await page.getByRole('button', { name: '核验', exact: true }).click();
  await verifyCode(page, code);
  const differs = await verdict(page, 'differs');
  // The cell, and the total that follows it (the paper shows both).
  assert.match(differs, /有 2 处不同/);
  assert.match(differs, /表三 一、本年新收政府信息公开申请数量 \/ 总计：此件为 0，当前草稿为 7/);
  assert.match(differs, /表三 一、本年新收政府信息公开申请数量 \/ 自然人：此件为 \d+，当前草稿为 7/);
  await page.setInputFiles('[data-testid="verify-file"]', { name: 'copy.docx', mimeType: 'application/octet-stream', buffer: docx.bytes });
  assert.match(await verdict(page, 'differs'), /表三 一、本年新收政府信息公开申请数量 \/ 自然人/);

  // A mistyped code: it matches nothing; a code too short is not a code.
  const wrong = (code[0] === 'A' ? 'B' : 'A') + code.slice(1);
  await verifyCode(page, wrong);
  assert.match(await verdict(page, 'unknown'), /不是本次导出过的任何版本/);
  await verifyCode(page, code.slice(0, 9));
  assert.match(await verdict(page, 'malformed'), /校验码应为 12 位/);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('[data-testid="verify-dialog"]'));
  assert.deepEqual(errors, []);
  await page.close();
});
