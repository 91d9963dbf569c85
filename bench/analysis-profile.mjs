// Where the page's time goes when 汇总审查's 对标分析 opens on many reports: N generated reports
// are added as files, 对标分析 is pressed once to load its module (not profiled), closed, and
// pressed again under Chromium's sampling CPU profiler until the indicator table is drawn. Prints
// every main-thread task over 50 ms (the longtask observer) and the profile summed per function.
// Give it a dist whose review/ wasm keeps its names (wasm-opt -Oz -g), or every wasm function is
// "wasm-function[N]".
//
//   N=5000 node bench/analysis-profile.mjs <distDir>     # TOP=30 rows
import { serve, launch, openApp } from '../tests/e2e/helpers.mjs';
import { reportGenerator, asFiles, listed } from './generated-reports.mjs';
import { perFunction, printTop } from './main-thread.mjs';

const dist = process.argv[2];
if (!dist) {
  console.error('usage: N=5000 node bench/analysis-profile.mjs <distDir>');
  process.exit(2);
}
const N = Number(process.env.N) || 5000;
const TOP = Number(process.env.TOP) || 30;
const generate = await reportGenerator(dist);
const server = await serve(dist);
const browser = await launch();
try {
  const { page } = await openApp(browser, server.url);
  await page.evaluate(() => localStorage.clear());
  await page.click('[data-testid="batch-open"]');
  await page.setInputFiles('[data-testid="batch-files"]', asFiles(generate(N)));
  await page.waitForFunction(listed, N, { timeout: 3_600_000, polling: 50 });
  await page.bringToFront();
  // One step until its answer is drawn (the view marked busy, then no longer): 对标分析 opened
  // ('open', closed first, until its table), a 汇总 report picked ('parent', every other report
  // then listed with a box) or one member ticked ('member'). Answers the time and every
  // main-thread task over 50 ms as [start, ms] from the step.
  const step = (act) =>
    page.evaluate(async (act) => {
      const long = [];
      const obs = new PerformanceObserver((l) => long.push(...l.getEntries()));
      obs.observe({ type: 'longtask' });
      if (act === 'open') {
        document.querySelector('[data-testid="analysis-close"]')?.click();
        await new Promise((r) => setTimeout(r, 50));
      }
      const t = performance.now();
      let sawBusy = false;
      const busy = () => document.querySelector('[data-testid="analysis-busy"]');
      const drawn = new MutationObserver(() => {
        sawBusy ||= !!busy();
      });
      drawn.observe(document.body, { childList: true, subtree: true });
      if (act === 'open') {
        document.querySelector('[data-testid="analysis-open"]').click();
      } else if (act === 'parent') {
        const s = document.querySelector('[data-testid="analysis-parent"]');
        s.value = '0';
        s.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        document.querySelector('[data-testid="analysis-member"]').click();
      }
      const done = () => sawBusy && !busy() && document.querySelector('[data-testid="analysis-table"] tbody tr');
      await new Promise((resolve) => {
        const check = () => (done() ? resolve() : setTimeout(check, 5));
        check();
      });
      drawn.disconnect();
      const ms = performance.now() - t;
      await new Promise((r) => setTimeout(r, 200));
      long.push(...obs.takeRecords());
      obs.disconnect();
      const tasks = long.filter((e) => e.startTime >= t - 60).map((e) => [Math.round(e.startTime - t), Math.round(e.duration)]);
      return `answer drawn ${ms.toFixed(0)} ms; tasks over 50 ms [start, ms]: ${JSON.stringify(tasks)}`;
    }, act);
  console.log(`${N} reports, first press (module loads): ${await step('open')}`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const second = await step('open');
  const { profile } = await cdp.send('Profiler.stop');
  console.log(`${N} reports, second press: ${second}`);
  printTop(perFunction(profile), TOP);
  console.log(`汇总 report picked: ${await step('parent')}`);
  console.log(`one member ticked: ${await step('member')}`);
} finally {
  await browser.close();
  await server.close();
}
