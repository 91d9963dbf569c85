// Generated reports for the benches of 汇总审查 and 对标分析 (bench/analysis.mjs,
// bench/batch-add.mjs): made through the JS API of a built dist (dist/embed), so every report is
// complete and computed as the app would write it.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The generator for `dist`: `generate(n)` gives `n` reports as `{ name, report }`, where agency
 * k has a 2022 report and, for every other k, a 2023 one (half the agencies over two years),
 * with varied figures. */
export async function reportGenerator(dist) {
  const { template, compute } = await import(pathToFileURL(path.join(dist, 'embed', 'index.js')).href);
  return function generate(n) {
    const base = template(2022);
    for (const t of ['table3', 'table4']) {
      for (const row of Object.values(base[t])) for (const c of Object.keys(row)) row[c] = 0;
    }
    const out = [];
    for (let k = 0; out.length < n; k++) {
      for (const year of k % 2 ? [2022] : [2022, 2023]) {
        if (out.length >= n) break;
        const r = structuredClone(base);
        r.meta.agency = `第${k}局`;
        r.meta.year = year;
        const received = 10 + ((k * 37 + year) % 200);
        r.table3.new.natural = received;
        r.table3.granted.natural = received - (k % 5);
        r.table3.withheld_1.natural = k % 5;
        r.table4.review.upheld = k % 3;
        r.table4.review.corrected = k % 2;
        out.push({ name: `r${out.length}.json`, report: compute(r) });
      }
    }
    return out;
  };
}

/** The reports of `generate(n)` as files for Playwright's `setInputFiles`. */
export function asFiles(reports) {
  return reports.map(({ name, report }) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(report)),
  }));
}

/** Whether 汇总审查 lists `n` files (run on the page): its summary counts them, and it shows
 * their rows (the first 200 until 显示全部; every one in builds before that cap). */
export function listed(n) {
  const summary = document.querySelector('[data-testid="batch-summary"]');
  const rows = document.querySelectorAll('[data-testid="batch-row"]').length;
  return !!summary && summary.textContent.startsWith(`共 ${n} 份文件`) && (rows === Math.min(n, 200) || rows === n);
}
