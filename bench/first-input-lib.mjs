// Shared by bench/first-input.mjs, bench/first-input-trace.mjs and bench/module-load.mjs: the
// static server (brotli when asked for, as a production server would), the probe that records
// when the first table cell appears and when the typed digit shows as the row total, and the
// median of the runs.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

/** The cell the digit is typed into, and the row total that shows it. */
export const CELL = '[data-cell="table3.new.natural"]';
export const TOTAL = '[data-cell="table3.new.total"]';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** Serves `dir` on a free port; brotli when asked for (compressed once per file). */
export async function serveDir(dir) {
  const cache = new Map();
  const server = createServer(async (req, res) => {
    try {
      let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (rel.endsWith('/')) rel += 'index.html';
      const file = path.join(dir, path.normalize(rel));
      if (!file.startsWith(path.resolve(dir)) || !(await stat(file)).isFile()) throw new Error('no');
      const br = /\bbr\b/.test(req.headers['accept-encoding'] || '');
      const key = `${file}|${br}`;
      if (!cache.has(key)) {
        const raw = await readFile(file);
        cache.set(key, br
          ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
          : raw);
      }
      const body = cache.get(key);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
        ...(br ? { 'content-encoding': 'br' } : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

/** Arms the probe before any page script runs: `window.__fi.cell` when the cell appears,
 * `window.__fi.input` when the total shows 7 (ms from navigation start). */
export async function armProbe(page) {
  await page.addInitScript(([cell, total]) => {
    window.__fi = {};
    new MutationObserver((_, obs) => {
      if (!window.__fi.cell && document.querySelector(cell)) window.__fi.cell = performance.now();
      const t = document.querySelector(total);
      if (t && t.textContent === '7') {
        window.__fi.input = performance.now();
        obs.disconnect();
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, [CELL, TOTAL]);
}

/** The median of `xs`. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** "median … ms (min …, max …)" of `xs`. */
export const fmt = (xs) => `median ${median(xs).toFixed(0)} ms  (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
