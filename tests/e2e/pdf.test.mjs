// End-to-end: the 淮安 2024 PDF (tests/fixtures/2024-huaian.pdf) dropped on the page imports
// cell-exact through its text layer; pdf.js is not loaded before a PDF is opened; a PDF without
// text gets the scan message; the offline file (file://) imports the PDF too; 汇总审查 lists it;
// a PDF in a non-embedded CID font reads through the CMaps (fetched, or inline offline); a PDF
// with a user password gets the encrypted message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { servedApp, openApp, DIST, ROOT } from './helpers.mjs';
import { cell, fresh, waitSaved, storedDrafts } from './draft-helpers.mjs';

const PDF = await readFile(path.join(ROOT, 'tests/fixtures/2024-huaian.pdf'));
const KEY = JSON.parse(
  await readFile(path.join(ROOT, 'crates/domain/tests/fixtures/answers/huaian-2024.json'), 'utf8'),
);

// The column keys of each row of the 2021 format in printed order, from the built JS API (the
// stored JSON's keys are not in column order).
const { formats } = await import(pathToFileURL(path.join(DIST, 'embed', 'index.js')).href);
const COLUMNS = new Map(
  formats()
    .find((f) => f.id === '2021')
    .tables.flatMap((t) =>
      t.blocks.flatMap((b) => b.rows.map((r) => [`${t.key}.${r.key}`, b.columns.map((c) => c.key)])),
    ),
);

const app = servedApp({ viewport: { width: 1366, height: 900 } });

/** Drops a file on the page as a user would (a DataTransfer holding a File). */
async function dropFile(page, name, type, bytes) {
  const dt = await page.evaluateHandle(
    ([n, t, b64]) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], n, { type: t }));
      return transfer;
    },
    [name, type, Buffer.from(bytes).toString('base64')],
  );
  await page.dispatchEvent('body', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('body', 'drop', { dataTransfer: dt });
}

/** Every cell of the answer key that differs in the imported draft (as stored). */
function differences(report) {
  const wrong = [];
  for (const [table, rows] of Object.entries(KEY)) {
    if (!table.startsWith('table')) continue;
    for (const [row, values] of Object.entries(rows)) {
      COLUMNS.get(`${table}.${row}`).forEach((col, i) => {
        const got = report[table][row][col];
        const want = values[i] === null ? null : String(values[i]);
        if ((got === null ? null : String(got)) !== want) wrong.push(`${table}.${row}.${col}: ${got} ≠ ${want}`);
      });
    }
  }
  return wrong;
}

/** The imported draft, once saved. */
async function importedDraft(page) {
  await waitSaved(page);
  return (await storedDrafts(page)).find((d) => d.imported);
}

test('a dropped PDF imports cell-exact; pdf.js loads only then', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.waitForTimeout(300);
  assert.deepEqual(requests.filter((u) => u.includes('/pdf/')), [], 'nothing of pdf/ on first load');

  await dropFile(page, '2024-huaian.pdf', 'application/pdf', PDF);
  await page.waitForSelector('[data-testid="import-summary"]', { timeout: 30000 });
  assert.ok(requests.some((u) => u.endsWith('/pdf/pdf.worker.min.mjs')), 'pdf.js loaded on demand');
  assert.equal(await page.inputValue(cell('table3.new.natural')), '3001');
  assert.match(await page.inputValue('[data-place="meta.agency"]'), /淮安市人民政府/);
  const summary = await page.textContent('[data-testid="import-summary"]');
  assert.match(summary, /表格共 200 个单元格，读到数值 200 个/);
  const imported = await importedDraft(page);
  assert.deepEqual(differences(imported.report), []);
  assert.equal(imported.report.origin.source, 'pdf');
  assert.equal(imported.report.table3.other_3.total, 110);
  assert.equal(imported.report.table2.fees.amount, '96171.6');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a PDF without a text layer and a damaged PDF get clear messages', async () => {
  const { page } = await fresh(app.browser, app.url);
  // One page that only draws a line: all a scan's text layer holds.
  const content = '0 0 m 100 100 l S';
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const at = [];
  objs.forEach((o, i) => {
    at.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 5\n0000000000 65535 f \n${at.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  await page.setInputFiles('[data-testid="import-file"]', {
    name: 'scan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(pdf),
  });
  await page.waitForSelector('[data-testid="import-error"]', { timeout: 30000 });
  assert.match(await page.textContent('[data-testid="import-error"]'), /此 PDF 没有文字层（可能是扫描件）/);
  await page.click('[data-testid="import-error"] button');
  await page.setInputFiles('[data-testid="import-file"]', {
    name: 'broken.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n1 0 obj << garbage'),
  });
  await page.waitForSelector('[data-testid="import-error"]', { timeout: 30000 });
  assert.match(
    await page.textContent('[data-testid="import-error"]'),
    /PDF 文件无法打开|此 PDF 没有文字层/,
  );
  assert.equal((await storedDrafts(page)).filter((d) => d.imported).length, 0);
  await page.close();
});

test('the offline file imports the PDF from file://', async () => {
  const url = pathToFileURL(path.join(DIST, 'disclosure-report.html')).href;
  const { page, errors } = await openApp(app.browser, url);
  await page.waitForSelector(cell('table3.new.natural'));
  await page.setInputFiles('[data-testid="import-file"]', {
    name: 'report.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await page.waitForSelector('[data-testid="import-summary"]', { timeout: 30000 });
  assert.equal(await page.inputValue(cell('table3.new.natural')), '3001');
  assert.deepEqual(differences((await importedDraft(page)).report), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('汇总审查 lists a PDF with its figures', async () => {
  const { page } = await fresh(app.browser, app.url);
  await page.click('[data-testid="batch-open"]');
  await page.setInputFiles('[data-testid="batch-files"]', {
    name: '淮安.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  const row = page.locator('[data-testid="batch-dialog"]', { hasText: '淮安市人民政府' });
  await row.waitFor({ timeout: 30000 });
  assert.match(await page.textContent('[data-testid="batch-dialog"]'), /淮安\.pdf/);
  await page.close();
});


// A report drawn in a CID font that is not embedded (tests/fixtures/make-pdfs.py): readable only
// with pdf.js's CMaps, which the app fetches from pdf/cmaps/ when such a PDF is opened, and the
// offline file holds inline.
const CID = await readFile(path.join(ROOT, 'tests/fixtures/cid-stsong.pdf'));

test('a PDF in a non-embedded CID font imports; its CMaps load only then', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.setInputFiles('[data-testid="import-file"]', {
    name: 'cid.pdf',
    mimeType: 'application/pdf',
    buffer: CID,
  });
  await page.waitForSelector('[data-testid="import-summary"]', { timeout: 30000 });
  assert.equal(await page.inputValue(cell('table3.new.natural')), '5');
  assert.equal(await page.inputValue(cell('table3.new.legal_services')), '1');
  assert.match(await page.inputValue('[data-place="meta.agency"]'), /某县文化和旅游局/);
  const cmaps = requests.filter((u) => u.includes('/pdf/cmaps/')).map((u) => u.split('/').pop());
  assert.deepEqual([...new Set(cmaps)].sort(), ['Adobe-GB1-UCS2.bcmap', 'UniGB-UCS2-H.bcmap']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the offline file reads a non-embedded CID font from its inline CMaps; a password PDF is named', async () => {
  const url = pathToFileURL(path.join(DIST, 'disclosure-report.html')).href;
  const { page, errors } = await openApp(app.browser, url);
  await page.waitForSelector(cell('table3.new.natural'));
  await page.setInputFiles('[data-testid="import-file"]', {
    name: 'cid.pdf',
    mimeType: 'application/pdf',
    buffer: CID,
  });
  // The page may open on an earlier test's imported draft: wait for this one.
  await page.waitForFunction(
    () => document.querySelector('[data-place="meta.agency"]')?.value === '某县文化和旅游局',
    null,
    { timeout: 30000 },
  );
  assert.equal(await page.inputValue(cell('table3.unavailable_1.legal_services')), '1');
  await page.setInputFiles('[data-testid="import-file"]', {
    name: 'locked.pdf',
    mimeType: 'application/pdf',
    buffer: await readFile(path.join(ROOT, 'tests/fixtures/cid-stsong-user-password.pdf')),
  });
  await page.waitForSelector('[data-testid="import-error"]', { timeout: 30000 });
  assert.match(await page.textContent('[data-testid="import-error"]'), /此 PDF 已加密（需要密码才能打开）/);
  assert.deepEqual(errors, []);
  await page.close();
});
