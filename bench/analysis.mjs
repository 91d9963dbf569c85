// 对标分析 at scale: the time the analysis module (dist/analysis/, window.drAnalysis — what
// 汇总审查's 对标分析 calls) takes for 1,000 and 5,000 generated reports in headless Chromium,
// and the longest main-thread task while it runs: the longest gap between the ticks of a 5 ms
// heartbeat on the page, and the longest task PerformanceObserver "longtask" reports. The two
// differ: the heartbeat's gap also spans tasks run back to back (the page's rendering runs
// before timers), and the time the system does not run the page's thread at all (a worker
// compiling its wasm on a loaded 2-core machine); the longtask figure is the longest single task.
//
//   node bench/analysis.mjs [distDir]      # build first: trunk build --release
//   SIZES=1000,5000,10000 node bench/analysis.mjs
//   UI_SIZES=1000,5000 node bench/analysis.mjs   # the 汇总审查 view too (none by default)
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
import { serve, launch, openApp, DIST } from '../tests/e2e/helpers.mjs';
import { reportGenerator, asFiles, listed } from './generated-reports.mjs';
import { watchMainThread } from './main-thread.mjs';

const dist = process.argv[2] || DIST;
const SIZES = (process.env.SIZES || '1000,5000').split(',').map(Number);
const UI_SIZES = (process.env.UI_SIZES ?? '').split(',').filter(Boolean).map(Number);
const generate = await reportGenerator(dist);

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
    // The list of an earlier size is stored in the profile: each size starts from none.
    await view.evaluate(() => localStorage.clear());
    await view.click('[data-testid="batch-open"]');
    const files = asFiles(generate(n));
    const adding = Date.now();
    await view.setInputFiles('[data-testid="batch-files"]', files);
    await view.waitForFunction(listed, n, { timeout: 3_600_000, polling: 50 });
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
        // The table laid out and painted.
        await new Promise((r) => setTimeout(r, 100));
        const atTable = stop();
        // A report of more than 200 reports is laid out when asked for: asked now (after a
        // second press, the frame has it already).
        const stopReport = window.__watch();
        const asked = performance.now();
        document.querySelector('[data-testid="analysis-show-report"]')?.click();
        const report = await until(() => loaded > 0);
        document.removeEventListener('load', onLoad, true);
        await new Promise((r) => setTimeout(r, 100));
        return { table: table - t, atTable, report: Math.max(0, report - asked), atReport: stopReport() };
      });
      const tasks = (w) => `longest main-thread task ${w.longtask.toFixed(0)} ms (longtask observer; heartbeat ${w.gap.toFixed(0)} ms)`;
      console.log(
        `view, ${n} reports, ${press}: table ${got.table.toFixed(0)} ms, ${tasks(got.atTable)}; ` +
          `report in its frame ${got.report.toFixed(0)} ms after it is asked for, ${tasks(got.atReport)}`,
      );
    }
    await view.close();
  }
} finally {
  await browser.close();
  await server.close();
}
