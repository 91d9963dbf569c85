// Prints the text runs pdf.js extracts from a PDF, as the importer receives them (JSON array of
// { page, x, y, width, height, text }, coordinates rounded to 0.01 pt). Used to make the
// native test fixture crates/domain/tests/fixtures/huaian-2024-pdf-runs.json:
//
//   node scripts/pdf-runs.mjs tests/fixtures/2024-huaian.pdf > crates/domain/tests/fixtures/huaian-2024-pdf-runs.json

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { pdfRuns } from '../js/pdf-runs.js';

const build = new URL('../node_modules/pdfjs-dist/legacy/build/', import.meta.url);
const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/pdf-runs.mjs <file.pdf>');
  process.exit(2);
}
const runs = await pdfRuns(await readFile(file), {
  main: fileURLToPath(new URL('pdf.min.mjs', build)),
  worker: fileURLToPath(new URL('pdf.worker.min.mjs', build)),
  cmaps: new URL('../node_modules/pdfjs-dist/cmaps/', import.meta.url).href,
});
const r = (v) => Math.round(v * 100) / 100;
const lines = runs.map((x) => JSON.stringify({ ...x, x: r(x.x), y: r(x.y), width: r(x.width), height: r(x.height) }));
process.stdout.write(`[\n${lines.join(',\n')}\n]\n`);
