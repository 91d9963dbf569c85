// Where a key press's time goes: the same table-三 key presses as bench/keystroke.mjs, under
// Chromium's sampling CPU profiler, with the self and total time summed per function name.
// Give it a dist whose wasm keeps its names (a release build's wasm-bindgen output through
// `wasm-opt -Oz -g`, see bench/wasm-parts), or every wasm function is "wasm-function[N]".
//
//   node bench/keystroke-profile.mjs <distDir>     # N=200 key presses (default), TOP=40 rows
//   FIRST=1 N=10 node bench/keystroke-profile.mjs <distDir>   # the first keystroke of N fresh loads
import { chromium } from 'playwright-core';
import { serve, CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/helpers.mjs';
import { frameName, perFunction, profileTree } from './main-thread.mjs';

const dist = process.argv[2];
if (!dist) {
  console.error('usage: node bench/keystroke-profile.mjs <distDir>');
  process.exit(2);
}
const N = Number(process.env.N) || 200;
const TOP = Number(process.env.TOP) || 40;

const server = await serve(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
try {
  // FIRST=1: the first keystroke of a fresh page instead (table 三 started by it), over N
  // loads, each in a new context; the profiles' samples are pooled.
  const FIRST = Boolean(process.env.FIRST);
  const profiles = [];
  const loads = FIRST ? N : 1;
  for (let l = 0; l < loads; l++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('[data-cell="table3.new.natural"]');
    if (!FIRST) {
      await page.click('[data-cell="table3.granted.natural"]');
      await page.keyboard.type('6');
      await page.click('[data-cell="table3.new.natural"]');
      await page.keyboard.type('6');
      await page.waitForFunction(() => document.querySelector('[data-cell="table3.new.total"]').textContent === '6');
    }
    await page.waitForSelector('body[data-app-ready="1"]');
    await page.waitForTimeout(FIRST ? 300 : 1000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: FIRST ? 25 : 50 });
    await cdp.send('Profiler.start');
    if (FIRST) {
      await page.focus('[data-cell="table3.new.natural"]');
      await page.keyboard.press('7');
      await page.waitForFunction(() => document.querySelector('[data-cell="table3.new.total"]').textContent === '7');
      await page.waitForTimeout(50);
    } else {
      for (let i = 0; i < N; i++) {
        const v = i % 2 === 0 ? '7' : '6';
        await page.evaluate(() => document.querySelector('[data-cell="table3.new.natural"]').select());
        await page.keyboard.press(v);
        await page.waitForFunction((t) => document.querySelector('[data-cell="table3.new.total"]').textContent === t, v);
      }
    }
    profiles.push((await cdp.send('Profiler.stop')).profile);
    await context.close();
  }
  // Self time per node from the samples, then per function name; total time per name counts a
  // name once per sample however deep it recurs.
  const self = new Map();
  const total = new Map();
  const paths = new Map();
  const name = frameName;
  for (const profile of profiles) {
  perFunction(profile, { self, total });
  const { byId, parent, dt } = profileTree(profile);
  // CALLERS=regex: the call paths (up to 8 frames, wasm-bindgen shims left out) into the
  // functions whose name matches, with their time.
  if (process.env.CALLERS) {
    const re = new RegExp(process.env.CALLERS);
    profile.samples.forEach((id, i) => {
      const d = (dt[i + 1] ?? 0) / 1000;
      let cur = id;
      while (cur != null && !re.test(name(byId.get(cur)))) cur = parent.get(cur);
      if (cur == null) return;
      const chain = [];
      for (let c = cur; c != null && chain.length < 8; c = parent.get(c)) {
        const nm = name(byId.get(c));
        if (/shim|__wbg|wasm-to-js|js-to-wasm|invoke|convert__closures/.test(nm)) continue;
        chain.push(nm.replace(/::h[0-9a-f]{16}/, '').slice(0, 110));
      }
      const key = chain.join('\n      <- ');
      paths.set(key, (paths.get(key) || 0) + d);
    });
  }
  }
  const per = (x) => `${(x / N).toFixed(3)} ms/key`;
  const top = (m) => [...m].sort((a, b) => b[1] - a[1]).filter(([k]) => !['(idle)', '(root)', '(program)'].includes(k)).slice(0, TOP);
  console.log(`${N} ${FIRST ? 'first keystrokes of a fresh page' : 'key presses'}; (idle) ${per(self.get('(idle)') || 0)}, (program) ${per(self.get('(program)') || 0)}, (garbage collector) ${per(self.get('(garbage collector)') || 0)}`);
  console.log('\nself time');
  for (const [k, v] of top(self)) console.log(`  ${per(v)}  ${k.slice(0, 150)}`);
  console.log('\ntotal time (inclusive)');
  for (const [k, v] of top(total)) console.log(`  ${per(v)}  ${k.slice(0, 150)}`);
  if (paths.size) {
    console.log(`\ncall paths into ${process.env.CALLERS}`);
    for (const [k, v] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${per(v)}  ${k}`);
  }
} finally {
  await browser.close();
  await server.close();
}
