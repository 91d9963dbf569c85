// 对标分析 at scale: the time the analysis module (dist/analysis/, window.drAnalysis — what
// 汇总审查's 对标分析 calls) takes for 1,000 and 5,000 generated reports in headless Chromium,
// and the longest main-thread task while it runs: the longest gap between the ticks of a 5 ms
// heartbeat on the page (a task that blocks the main thread delays the next tick by its length;
// PerformanceObserver "longtask" is printed too where the browser reports it).
//
//   node bench/analysis.mjs [distDir]      # build first: trunk build --release
//   SIZES=1000,5000,10000 node bench/analysis.mjs
//   UI_SIZES=200 node bench/analysis.mjs        # the 汇总审查 view too (none by default: adding
//                                               # the files to 汇总审查 takes long, see README)
//
// The module loads once before timing (its load, which includes the worker's warm-up analysis of
// 40 reports, is printed on its own). Then, for UI_SIZES, the whole view as the user meets it:
// the generated reports are added to 汇总审查 as files, and 对标分析 is pressed (twice: the
// first press loads the module): the time to the indicator table, and to the 对标分析报告 in
// its frame, with the longest main-thread task meanwhile — the request written and the answer
// read on the page, the table and the report laid out.
//
// What one call does: parse every report's JSON, check it against every rule (with last year's
// report of its agency when the list holds it), compute its 21 indicators, each year's
// distributions and outliers, the jumps from last year, the risk list, the indicator table and
// its CSV, and the 对标分析报告 HTML with its charts. The reports are generated (half the
// agencies with two years, varied figures) through the JS API (dist/embed). The module is
// loaded once before timing (its load is printed on its own).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, openApp, DIST } from '../tests/e2e/helpers.mjs';

const dist = process.argv[2] || DIST;
const SIZES = (process.env.SIZES || '1000,5000').split(',').map(Number);
const UI_SIZES = (process.env.UI_SIZES ?? '').split(',').filter(Boolean).map(Number);
const { template, compute } = await import(pathToFileURL(path.join(dist, 'embed', 'index.js')).href);

/** `n` reports: agency k has a 2022 report and, for every other k, a 2023 one. */
function generate(n) {
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
}

/** Installed in every page: `window.__watch()` starts watching the main thread, and the function
 * it returns stops and answers { gap, longtask } — the longest gap between the ticks of a 5 ms
 * heartbeat, and the longest task the longtask observer reported. */
function watchMainThread() {
  window.__watch = () => {
    const long = [];
    const seen = (entries) => {
      for (const e of entries) long.push(e.duration);
    };
    const obs = new PerformanceObserver((l) => seen(l.getEntries()));
    obs.observe({ type: 'longtask' });
    let last = performance.now();
    let gap = 0;
    const beat = setInterval(() => {
      const now = performance.now();
      gap = Math.max(gap, now - last);
      last = now;
    }, 5);
    return () => {
      clearInterval(beat);
      seen(obs.takeRecords());
      obs.disconnect();
      return { gap, longtask: Math.max(0, ...long) };
    };
  };
}

const server = await serve(dist);
const browser = await launch();
await browser.addInitScript(watchMainThread);
try {
  const { page } = await openApp(browser, server.url);
  const load = await page.evaluate(async () => {
    const t = performance.now();
    await window.drAnalysis.analyze(JSON.stringify({ reports: [] })).catch(() => {});
    return performance.now() - t;
  });
  console.log(`module load (first call, with the worker's warm-up): ${load.toFixed(0)} ms`);
  for (const n of SIZES) {
    const body = JSON.stringify({ reports: generate(n) });
    const got = await page.evaluate(async (text) => {
      const stop = window.__watch();
      const t = performance.now();
      const answer = await window.drAnalysis.analyze(text);
      const ms = performance.now() - t;
      // Let the heartbeat and the observer see the task that just ended.
      await new Promise((r) => setTimeout(r, 50));
      const { gap, longtask } = stop();
      const parsed = JSON.parse(answer);
      return { ms, gap, longtask, rows: parsed.rows.length, html: parsed.html.length };
    }, body);
    console.log(
      `${n} reports (${(body.length / 1e6).toFixed(1)} MB JSON): ${got.ms.toFixed(0)} ms; ` +
        `longest main-thread task ${got.gap.toFixed(0)} ms (heartbeat; longtask observer ${got.longtask.toFixed(0)} ms); ` +
        `${got.rows} rows, report ${(got.html / 1e6).toFixed(1)} MB`,
    );
  }
  for (const n of UI_SIZES) {
    const { page: view } = await openApp(browser, server.url);
    await view.click('[data-testid="batch-open"]');
    const files = generate(n).map(({ name, report }) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(report)),
    }));
    const adding = Date.now();
    await view.setInputFiles('[data-testid="batch-files"]', files);
    await view.waitForFunction((k) => document.querySelectorAll('[data-testid="batch-row"]').length === k, n, { timeout: 3_600_000 });
    console.log(`view, ${n} reports added to 汇总审查 (read, checked, listed): ${Date.now() - adding} ms`);
    // The page the user looks at: a tab in the background has its timers throttled.
    await view.bringToFront();
    for (const press of ['first press (module loads)', 'second press']) {
      const got = await view.evaluate(async () => {
        const stop = window.__watch();
        const until = (ok) =>
          new Promise((resolve) => {
            const check = () => (ok() ? resolve(performance.now()) : setTimeout(check, 5));
            check();
          });
        // The view shows the last answer while it computes the next (marked busy): only what
        // comes once it is no longer busy counts. A frame's load does not bubble: caught on the
        // way down.
        const busy = () => document.querySelector('[data-testid="analysis-busy"]');
        // Seen as it is drawn (an answer of a warm module may come before a timer would look).
        let sawBusy = false;
        const drawn = new MutationObserver(() => {
          sawBusy ||= !!busy();
        });
        drawn.observe(document.body, { childList: true, subtree: true });
        let loaded = 0;
        const onLoad = (e) => {
          if (e.target?.dataset?.testid === 'analysis-frame' && !busy()) loaded = performance.now();
        };
        document.addEventListener('load', onLoad, true);
        document.querySelector('[data-testid="analysis-close"]')?.click();
        await new Promise((r) => setTimeout(r, 50));
        const t = performance.now();
        document.querySelector('[data-testid="analysis-open"]').click();
        const table = await until(() => sawBusy && !busy() && document.querySelector('[data-testid="analysis-table"] tbody tr'));
        drawn.disconnect();
        // A report of more than 200 reports is laid out when asked for: asked at once.
        document.querySelector('[data-testid="analysis-show-report"]')?.click();
        const report = await until(() => loaded > 0);
        document.removeEventListener('load', onLoad, true);
        await new Promise((r) => setTimeout(r, 100));
        return { table: table - t, report: report - t, ...stop() };
      });
      console.log(
        `view, ${n} reports, ${press}: table ${got.table.toFixed(0)} ms, report in its frame ${got.report.toFixed(0)} ms; ` +
          `longest main-thread task ${got.longtask.toFixed(0)} ms (longtask observer; heartbeat ${got.gap.toFixed(0)} ms)`,
      );
    }
    await view.close();
  }
} finally {
  await browser.close();
  await server.close();
}
