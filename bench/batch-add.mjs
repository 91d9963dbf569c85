// Adding many report files to 汇总审查 at once, as the user does (the file picker, n files): the
// time from the files picked (the input's change event) until every file is read, checked and
// listed, and the longest main-thread task meanwhile (the task in which Playwright hands the
// files to the page, ~4 s for 5,000 files, is not the app's and is left out).
// PROFILE=1 runs it under Chromium's sampling CPU profiler and prints the time per function
// (give it a dist whose review wasm keeps its names — wasm-opt -g — or every wasm function is
// "wasm-function[N]").
//
//   node bench/batch-add.mjs [distDir]          # build first: trunk build --release
//   SIZES=300,1000,5000 node bench/batch-add.mjs <distDir>
//   PROFILE=1 SIZES=1000 TOP=40 node bench/batch-add.mjs <distDir>
import { serve, launch, openApp, DIST } from '../tests/e2e/helpers.mjs';
import { reportGenerator, asFiles, listed } from './generated-reports.mjs';
import { watchMainThread, perFunction, printTop } from './main-thread.mjs';

const dist = process.argv[2] || DIST;
const SIZES = (process.env.SIZES || '300,1000').split(',').map(Number);
const PROFILE = Boolean(process.env.PROFILE);
const generate = await reportGenerator(dist);

const server = await serve(dist);
const browser = await launch();
await browser.addInitScript(watchMainThread);
try {
  for (const n of SIZES) {
    const { page } = await openApp(browser, server.url);
    // The list of an earlier size is stored in the profile: each size starts from none.
    await page.evaluate(() => localStorage.clear());
    await page.click('[data-testid="batch-open"]');
    await page.waitForSelector('[data-testid="batch-files"]', { state: 'attached' });
    const files = asFiles(generate(n));
    const cdp = PROFILE ? await browser.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    // Timed on the page from the input's change event (the files picked) to the last row: the
    // time Playwright takes to hand the files to the page is left out.
    await page.evaluate(() => {
      window.__stop = window.__watch();
      window.__picked = new Promise((resolve) =>
        document.addEventListener('change', () => resolve(performance.now()), { capture: true, once: true }),
      );
    });
    const t = Date.now();
    await page.setInputFiles('[data-testid="batch-files"]', files);
    const ms = await page.evaluate(
      async ([k, isListed]) => {
        const done = new Function(`return (${isListed})(${k})`);
        const picked = await window.__picked;
        await new Promise((resolve) => {
          const check = () => (done() ? resolve() : setTimeout(check, 10));
          check();
        });
        window.__picked = picked;
        return performance.now() - picked;
      },
      [n, listed.toString()],
    );
    const whole = Date.now() - t;
    const { gap, longtask } = await page.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 50));
      return window.__stop(window.__picked);
    });
    console.log(
      `${n} files added to 汇总审查 (read, checked, listed): ${ms.toFixed(0)} ms from the files picked ` +
        `(${whole} ms with Playwright handing them over); longest main-thread task after the pick ` +
        `${longtask.toFixed(0)} ms (longtask observer; heartbeat ${gap.toFixed(0)} ms)`,
    );
    if (cdp) printTop(perFunction((await cdp.send('Profiler.stop')).profile), Number(process.env.TOP) || 30);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
