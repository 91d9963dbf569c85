// parseFile() of the JavaScript API in Node: the 淮安 2024 PDF (tests/fixtures/2024-huaian.pdf)
// read through its text layer (pdf.js, imported on first use) imports every cell of the answer
// key; a PDF without text, a damaged PDF and other files give the importer's Chinese messages;
// a PDF in a non-embedded CID font reads through the CMaps; an encrypted PDF.
//
//   node --test tests/node/pdf.test.mjs        (after `trunk build --release`)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EMBED = process.env.EMBED_DIR ?? path.join(ROOT, 'dist', 'embed');
const { parseFile, formats } = await import(pathToFileURL(path.join(EMBED, 'index.js')).href);

const PDF = await readFile(path.join(ROOT, 'tests/fixtures/2024-huaian.pdf'));
const KEY = JSON.parse(
  await readFile(path.join(ROOT, 'crates/domain/tests/fixtures/answers/huaian-2024.json'), 'utf8'),
);

/** The column keys of each row of the 2021 format, in printed order ("table3.new" → [...]). */
const COLUMNS = new Map(
  formats()
    .find((f) => f.id === '2021')
    .tables.flatMap((t) =>
      t.blocks.flatMap((b) => b.rows.map((r) => [`${t.key}.${r.key}`, b.columns.map((c) => c.key)])),
    ),
);

/** Every cell of the answer key that differs in `report` ("table3.new.natural: got …"). */
function differences(report) {
  const wrong = [];
  let checked = 0;
  for (const [table, rows] of Object.entries(KEY)) {
    if (!table.startsWith('table')) continue;
    for (const [row, values] of Object.entries(rows)) {
      const got = report[table][row];
      const cols = COLUMNS.get(`${table}.${row}`);
      assert.equal(cols.length, values.length, `${table}.${row} columns`);
      cols.forEach((col, i) => {
        checked += 1;
        const want = values[i] === null ? null : String(values[i]);
        const have = got[col] === null ? null : String(got[col]);
        if (have !== want) wrong.push(`${table}.${row}.${col}: got ${have}, want ${want}`);
      });
    }
  }
  assert.equal(checked, 200);
  return wrong;
}

/** A one-page PDF with correct offsets whose page shows `content` (a content stream). */
function tinyPdf(content) {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

test('the 淮安 2024 PDF imports cell-exact through its text layer', async () => {
  const { report, notes } = await parseFile(PDF, { name: '2024-huaian.pdf' });
  assert.deepEqual(differences(report), []);
  assert.equal(report.meta.agency, '淮安市人民政府');
  assert.equal(report.meta.year, 2024);
  assert.equal(report.origin.source, 'pdf');
  assert.ok(notes.includes('表格共 200 个单元格，读到数值 200 个'), notes.join('\n'));
  assert.match(report.narrative.other_matters, /全年收取政府信息公开信息处理费3940元。/);
  // An ArrayBuffer is accepted too, and the caller's bytes are left intact.
  const copy = PDF.buffer.slice(PDF.byteOffset, PDF.byteOffset + PDF.byteLength);
  const again = await parseFile(copy);
  assert.deepEqual(differences(again.report), []);
  assert.equal(copy.byteLength, PDF.byteLength);
});

test('a PDF without a text layer, a damaged PDF and other files are named in Chinese', async () => {
  // A page that only draws a rectangle: what a scan's text layer amounts to.
  await assert.rejects(parseFile(tinyPdf('0 0 m 100 100 l S')), /此 PDF 没有文字层（可能是扫描件）/);
  await assert.rejects(
    parseFile(new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF'), { name: 'x.pdf' }),
    /^Error: 文件“x\.pdf”：.*(PDF 文件无法打开|此 PDF 没有文字层)/,
  );
  await assert.rejects(parseFile(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])), /压缩文件、旧版 Word（.doc）/);
  await assert.rejects(parseFile('text'), /parseFile\(bytes\)：应为文件内容/);
  // Text and our JSON by content, whatever the name says.
  const seed = await readFile(path.join(ROOT, 'tests/fixtures/seed-2021-county-commerce-bureau.txt'));
  const parsed = await parseFile(seed, { name: 'report.pdf' });
  assert.equal(parsed.report.origin.source, 'text');
});

// tests/fixtures/make-pdfs.py: a report drawn in STSong-Light, a CID font that is not embedded
// (UniGB-UCS2-H, Adobe-GB1), as many published Chinese PDFs are; and the same file encrypted.
const CID = await readFile(path.join(ROOT, 'tests/fixtures/cid-stsong.pdf'));

function assertCidReport(report) {
  assert.equal(report.meta.agency, '某县文化和旅游局');
  assert.equal(report.meta.year, 2023);
  const row = (r) => ['natural', 'business', 'research', 'public_interest', 'legal_services', 'other', 'total'].map((c) => r[c]);
  assert.deepEqual(row(report.table3.new), [5, 1, 0, 0, 1, 0, 7]);
  assert.deepEqual(row(report.table3.unavailable_1), [1, 0, 0, 0, 1, 0, 2]);
  assert.deepEqual(row(report.table3.forward), [1, 0, 0, 0, 0, 0, 1]);
  assert.deepEqual(report.table2.normative_documents, { issued: 2, repealed: 1, in_force: 9 });
}

test('a PDF whose CID font is not embedded reads through the CMaps (loaded only then)', async () => {
  const { report } = await parseFile(CID, { name: 'cid-stsong.pdf' });
  assertCidReport(report);
  // Without the CMaps pdf.js cannot turn the font's codes into text: nothing would be read.
  const { pdfRuns } = await import(pathToFileURL(path.join(EMBED, 'pdf-runs.js')).href);
  const urls = {
    main: pathToFileURL(path.join(EMBED, 'pdfjs/pdf.min.mjs')).href,
    worker: pathToFileURL(path.join(EMBED, 'pdfjs/pdf.worker.min.mjs')).href,
  };
  assert.deepEqual(await pdfRuns(CID, urls), []);
  const asked = [];
  const runs = await pdfRuns(CID, {
    ...urls,
    cmaps: async (name) => {
      asked.push(name);
      return new Uint8Array(await readFile(path.join(EMBED, 'pdfjs/cmaps', name)));
    },
  });
  assert.ok(runs.some((r) => r.text === '三、收到和处理政府信息公开申请情况'));
  assert.deepEqual([...new Set(asked)].sort(), ['Adobe-GB1-UCS2.bcmap', 'UniGB-UCS2-H.bcmap']);
});

test('an encrypted PDF: an owner password only imports as usual, a user password is named', async () => {
  const owner = await readFile(path.join(ROOT, 'tests/fixtures/cid-stsong-owner-password.pdf'));
  assertCidReport((await parseFile(owner)).report);
  const user = await readFile(path.join(ROOT, 'tests/fixtures/cid-stsong-user-password.pdf'));
  await assert.rejects(
    parseFile(user, { name: '年报.pdf' }),
    /^Error: 文件“年报\.pdf”：.*此 PDF 已加密（需要密码才能打开）：请先用 PDF 阅读器去除密码或另存一份不加密的 PDF 后再导入$/,
  );
});
