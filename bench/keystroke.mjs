// Keystroke latency of the form: the time from a keystroke in a table-三 cell to the DOM showing
// the updated total AND the updated diagnostics count, in headless Chromium. 100 keystrokes,
// alternating 6 and 7 in 一、本年新收 / 自然人 while （一）予以公开 / 自然人 holds 6, so every keystroke
// changes the row total, the column total and the number of errors (T3-1 appears/disappears).
//
//   node bench/keystroke.mjs [distDir]      # build first: trunk build --release
//
// Two measurements, both in-page with performance.now():
//   key:   a real key press (CDP Input.dispatchKeyEvent): from the keydown event to the
//          MutationObserver callback that sees both updates;
//   input: a synthetic `input` event: from just before dispatchEvent to that callback.
// performance.now() is coarsened to 0.1 ms here (no cross-origin isolation), so a batch mean
// over the 100 synthetic inputs is printed too.
import { serve, launch, openApp, DIST } from '../tests/e2e/helpers.mjs';

const dist = process.argv[2] || DIST;
const N = 100;

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1] };
}
const ms = (x) => `${x.toFixed(2)} ms`;

const server = await serve(dist);
const browser = await launch({ viewport: { width: 1366, height: 900 } });
try {
  const { page, errors } = await openApp(browser, server.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('[data-cell="table3.new.natural"]');

  await page.click('[data-cell="table3.granted.natural"]');
  await page.keyboard.type('6');
  await page.click('[data-cell="table3.new.natural"]');
  await page.keyboard.type('6');
  await page.waitForFunction(() => document.querySelector('[data-cell="table3.new.total"]').textContent === '6');

  // In-page probe: resolves when the total shows `total` and the counts header `errors` errors.
  await page.evaluate(() => {
    const total = document.querySelector('[data-cell="table3.new.total"]');
    const counts = document.querySelector('[data-counts]');
    const errorsShown = () => Number((counts.textContent.match(/(\d+) 个错误/) || [])[1]);
    window.__probe = { t0: 0 };
    window.addEventListener('keydown', () => { window.__probe.t0 = performance.now(); }, true);
    window.__expect = (wantTotal, wantErrors) => new Promise((resolve) => {
      const done = () => total.textContent === wantTotal && errorsShown() === wantErrors;
      const obs = new MutationObserver(() => {
        if (done()) {
          const t1 = performance.now();
          obs.disconnect();
          resolve(t1 - window.__probe.t0);
        }
      });
      obs.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    window.__errorsShown = errorsShown;
  });
  const balancedErrors = await page.evaluate(() => window.__errorsShown());
  await page.evaluate(() => document.querySelector('[data-cell="table3.new.natural"]').select());
  await page.keyboard.type('7');
  await page.waitForFunction(() => document.querySelector('[data-cell="table3.new.total"]').textContent === '7');
  const unbalancedErrors = await page.evaluate(() => window.__errorsShown());
  if (unbalancedErrors <= balancedErrors) throw new Error('7 should add T3-1 errors');

  // Real key presses. The cell's content is selected, so each key replaces it.
  const keyTimes = [];
  for (let i = 0; i < N; i++) {
    const v = i % 2 === 0 ? '6' : '7';
    const want = v === '6' ? balancedErrors : unbalancedErrors;
    await page.evaluate(() => document.querySelector('[data-cell="table3.new.natural"]').select());
    // Arm the observer first (awaited), then press, then collect.
    await page.evaluate(([t, e]) => { window.__pending = window.__expect(t, e); }, [v, want]);
    await page.keyboard.press(v);
    keyTimes.push(await page.evaluate(() => window.__pending));
  }

  // Synthetic input events, timed around dispatchEvent.
  const inputTimes = await page.evaluate(async ([n, balanced, unbalanced]) => {
    const el = document.querySelector('[data-cell="table3.new.natural"]');
    const out = [];
    const t00 = performance.now();
    for (let i = 0; i < n; i++) {
      const v = i % 2 === 0 ? '6' : '7';
      const wait = window.__expect(v, v === '6' ? balanced : unbalanced);
      el.value = v;
      window.__probe.t0 = performance.now();
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: v }));
      out.push(await wait);
    }
    return { times: out, batch: (performance.now() - t00) / n };
  }, [N, balancedErrors, unbalancedErrors]);

  const k = stats(keyTimes);
  const s = stats(inputTimes.times);
  console.log(`keystroke → total + diagnostics count in the DOM (table 三, ${N} samples, headless Chromium)`);
  console.log(`  key press:   median ${ms(k.median)}  p95 ${ms(k.p95)}  min ${ms(k.min)}  max ${ms(k.max)}`);
  console.log(`  input event: median ${ms(s.median)}  p95 ${ms(s.p95)}  min ${ms(s.min)}  max ${ms(s.max)}  (batch mean ${ms(inputTimes.batch)})`);
  console.log(`  target ≤ 1 ms median: ${k.median <= 1 ? 'met' : 'NOT met'}`);
  if (errors.length) console.log('page errors:', errors);
} finally {
  await browser.close();
  await server.close();
}
