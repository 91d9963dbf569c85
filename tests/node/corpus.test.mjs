// The real reports of tests/corpus/files/manifest.json, each imported from its file through
// parseFile() of the JavaScript API (a PDF through pdf.js, the rest through the native reader)
// and compared with the report's hand-made key, cell by cell. Prints, per report, the cells
// exact of the cells compared and, per source kind, the share of reports imported cell-exact;
// asserts today's counts so that a regression fails (an improvement updates the manifest).
//
//   node --test tests/node/corpus.test.mjs        (after `trunk build --release`)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EMBED = process.env.EMBED_DIR ?? path.join(ROOT, 'dist', 'embed');
const { parseFile, formats } = await import(pathToFileURL(path.join(EMBED, 'index.js')).href);
const MANIFEST = JSON.parse(await readFile(path.join(ROOT, 'tests/corpus/files/manifest.json'), 'utf8'));

/** The column keys of each row ("2021/table3.new" → [...]), in printed order. */
const COLUMNS = new Map(
  formats().flatMap((f) =>
    f.tables.flatMap((t) =>
      t.blocks.flatMap((b) => b.rows.map((r) => [`${f.id}/${t.key}.${r.key}`, b.columns.map((c) => c.key)])),
    ),
  ),
);

/** What a user would import: a fixture's `source:`… description lines are not the report. */
function body(bytes) {
  const head = new TextDecoder().decode(bytes.subarray(0, 7));
  if (head !== 'source:') return bytes;
  const text = new TextDecoder().decode(bytes);
  return new TextEncoder().encode(text.slice(text.indexOf('\n\n') + 2));
}

/** A key cell as the report's JSON gives it: null (blank) or a string of the value. */
const norm = (v) => (v === null || v === undefined || v === '' ? null : String(v));

/** { exact, compared, wrong[] } of `report` against `key` ("?" cells are not compared). */
function compare(report, key) {
  const out = { exact: 0, compared: 0, wrong: [] };
  for (const [table, rows] of Object.entries(key)) {
    if (!/^table\d$/.test(table)) continue;
    for (const [row, values] of Object.entries(rows)) {
      const cols = COLUMNS.get(`${key.format}/${table}.${row}`);
      assert.ok(cols, `${key.format}/${table}.${row} is a row of the format`);
      assert.equal(cols.length, values.length, `${table}.${row} columns`);
      cols.forEach((col, i) => {
        if (values[i] === '?') return;
        out.compared += 1;
        const have = norm(report[table]?.[row]?.[col]);
        const want = norm(values[i]);
        // Amounts compare as numbers ("7545" = "7545.0").
        const same = have === want || (have !== null && want !== null && Number(have) === Number(want));
        if (same) out.exact += 1;
        else out.wrong.push(`${table}.${row}.${col}: got ${have}, want ${want}`);
      });
    }
  }
  return out;
}

test('every gathered report imports from its file; the share of cell-exact imports by kind', async () => {
  const byKind = new Map();
  const lines = [];
  const regressions = [];
  for (const entry of MANIFEST.reports) {
    const bytes = body(new Uint8Array(await readFile(path.join(ROOT, entry.file))));
    const key = JSON.parse(await readFile(path.join(ROOT, entry.key), 'utf8'));
    let result;
    try {
      const { report } = await parseFile(bytes, { name: path.basename(entry.file) });
      result = compare(report, key);
    } catch (e) {
      result = { exact: 0, compared: NaN, wrong: [String(e.message ?? e)] };
    }
    const exact = result.wrong.length === 0;
    const kind = byKind.get(entry.kind) ?? { reports: 0, exact: 0 };
    kind.reports += 1;
    kind.exact += exact ? 1 : 0;
    byKind.set(entry.kind, kind);
    lines.push(`${exact ? '✓' : '✗'} ${entry.kind.padEnd(4)} ${entry.file}: ${result.exact}/${result.compared} cells`);
    for (const w of result.wrong) lines.push(`      ${w}`);
    if (result.exact !== entry.expect.exact || result.compared !== entry.expect.compared) {
      regressions.push(`${entry.file}: ${result.exact}/${result.compared}, manifest says ${entry.expect.exact}/${entry.expect.compared}`);
    }
  }
  for (const [kind, k] of byKind) {
    lines.push(`${kind}: ${k.exact} of ${k.reports} reports cell-exact (${Math.round((100 * k.exact) / k.reports)} %)`);
  }
  console.log(lines.join('\n'));
  assert.deepEqual(regressions, []);
});
