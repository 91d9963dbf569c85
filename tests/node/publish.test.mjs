// The JavaScript API's publishing functions in Node: renderDocx (the Word file in the official
// layout, the report's data inside, read back by parseFile) and fingerprint (the 校验码 the
// published copies print).
//
//   node --test tests/node/publish.test.mjs      (after `trunk build`)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EMBED = process.env.EMBED_DIR ?? path.join(ROOT, 'dist', 'embed');
const { renderDocx, fingerprint, renderHtml, parseFile, compute } = await import(
  pathToFileURL(path.join(EMBED, 'index.js')).href
);
const SEED = JSON.parse(readFileSync(path.join(ROOT, 'crates/domain/src/sample/seed-2021.json'), 'utf8'));
const CODE = /^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/;

/** A member of a zip archive, by `unzip -p`. */
function member(bytes, name) {
  const dir = mkdtempSync(path.join(tmpdir(), 'docx-'));
  try {
    writeFileSync(path.join(dir, 'r.docx'), bytes);
    return execFileSync('unzip', ['-p', path.join(dir, 'r.docx'), name], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true });
  }
}

test('fingerprint: a grouped code, stable, and another for another report', () => {
  const code = fingerprint(SEED);
  assert.match(code, CODE);
  assert.equal(fingerprint(JSON.stringify(SEED)), code);
  const changed = structuredClone(SEED);
  changed.table3.new.natural = (changed.table3.new.natural ?? 0) + 1;
  assert.notEqual(fingerprint(changed), code);
  // The HTML copy prints it and names it on its data block.
  const html = renderHtml(SEED);
  assert.ok(html.includes(`校验码：${code}`));
  assert.ok(html.includes(`data-code="${code}"`));
});

test('renderDocx: a .docx in the official layout whose data parseFile gives back exactly', async () => {
  const report = compute(SEED);
  const bytes = renderDocx(report);
  assert.ok(bytes instanceof Uint8Array);
  assert.deepEqual([...bytes.slice(0, 2)], [0x50, 0x4b], 'a zip archive');
  const doc = member(bytes, 'word/document.xml');
  assert.ok(doc.includes('<w:pgSz w:w="11906" w:h="16838"'), 'A4');
  assert.ok(doc.includes('三、收到和处理政府信息公开申请情况'));
  assert.ok(doc.includes('<w:tblHeader />'));
  const footer = member(bytes, 'word/footer1.xml');
  assert.ok(footer.includes(`校验码：${fingerprint(report)}`));
  const { report: back, notes } = await parseFile(bytes, { name: 'report.docx' });
  assert.match(notes[0], /内容未经改动/);
  assert.deepEqual(back, report);
});

test('renderDocx and fingerprint refuse what is not a report, with the place', () => {
  for (const [fn, name] of [[renderDocx, 'renderDocx'], [fingerprint, 'fingerprint']]) {
    assert.throws(() => fn(42), new RegExp(`^Error: ${name}\\(report\\)：`));
    assert.throws(() => fn(undefined), /缺少此参数/);
    assert.throws(() => fn({ schema_version: 2, format: '2021', table3: { new: { natural: -1 } } }), /table3\.new\.natural/);
  }
});
