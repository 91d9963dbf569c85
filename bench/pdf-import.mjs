// Import time of a 10-page PDF in the browser (headless Chromium, the built app served from
// dist/): from picking the file to the import summary on screen — reading the file, pdf.js
// extracting every page's text runs, the table rebuild and the import in WebAssembly, the new
// draft rendered. The PDF is the 淮安 2024 report (6 pages) joined with its first 4 pages by
// pdfunite (poppler-utils), so 10 pages of real text and tables.
//
//   node bench/pdf-import.mjs [distDir]      # build first: trunk build --release
//   N=10 node bench/pdf-import.mjs           # more warm runs (default 5)
//
// "cold" is the first PDF of a fresh page (pdf.js is fetched and compiled then); "warm" the
// following ones on the same page (pdf.js already loaded).
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openApp, DIST, ROOT } from '../tests/e2e/helpers.mjs';

const dist = process.argv[2] || DIST;
const N = Number(process.env.N) || 5;

async function tenPages() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pdf-bench-'));
  try {
    const src = path.join(ROOT, 'tests/fixtures/2024-huaian.pdf');
    execFileSync('pdfseparate', ['-f', '1', '-l', '4', src, path.join(dir, 'p%d.pdf')]);
    const out = path.join(dir, 'ten.pdf');
    execFileSync('pdfunite', [src, ...[1, 2, 3, 4].map((i) => path.join(dir, `p${i}.pdf`)), out]);
    const pages = execFileSync('pdfinfo', [out]).toString().match(/Pages:\s+(\d+)/)[1];
    return { bytes: await readFile(out), pages: Number(pages) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function importOnce(page, bytes) {
  // Close the previous import's summary, so the next one is what appears.
  if (await page.locator('[data-testid="import-summary"]').count()) {
    await page.getByRole('button', { name: '收起导入摘要' }).click();
    await page.waitForSelector('[data-testid="import-summary"]', { state: 'detached' });
  }
  const t0 = Date.now();
  await page.setInputFiles('[data-testid="import-file"]', {
    name: 'ten.pdf',
    mimeType: 'application/pdf',
    buffer: bytes,
  });
  await page.waitForSelector('[data-testid="import-summary"]', { timeout: 60000 });
  return Date.now() - t0;
}

const { bytes, pages } = await tenPages();
const server = await serve(dist);
const browser = await launch({ viewport: { width: 1366, height: 900 } });
try {
  const { page } = await openApp(browser, server.url);
  const cold = await importOnce(page, bytes);
  const warm = [];
  for (let i = 0; i < N; i++) warm.push(await importOnce(page, bytes));
  warm.sort((a, b) => a - b);
  console.log(`PDF: ${pages} pages, ${bytes.length} bytes; ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'})`);
  console.log(`cold (pdf.js loaded on this import): ${cold} ms`);
  console.log(`warm: median ${warm[Math.floor(warm.length / 2)]} ms  min ${warm[0]} ms  max ${warm[warm.length - 1]} ms  (n=${N})`);
} finally {
  await browser.close();
  await server.close();
}
