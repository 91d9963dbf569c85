// Where a key press's time goes: the same table-三 key presses as bench/keystroke.mjs, under
// Chromium's sampling CPU profiler, with the self and total time summed per function name.
// Give it a dist whose wasm keeps its names (a release build's wasm-bindgen output through
// `wasm-opt -Oz -g`, see bench/wasm-parts), or every wasm function is "wasm-function[N]".
//
//   node bench/keystroke-profile.mjs <distDir>     # N=200 key presses (default), TOP=40 rows
import { serve, launch, openApp } from '../tests/e2e/helpers.mjs';

const dist = process.argv[2];
if (!dist) {
  console.error('usage: node bench/keystroke-profile.mjs <distDir>');
  process.exit(2);
}
const N = Number(process.env.N) || 200;
const TOP = Number(process.env.TOP) || 40;

const server = await serve(dist);
const browser = await launch({ viewport: { width: 1366, height: 900 } });
try {
  const { page } = await openApp(browser, server.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('[data-cell="table3.new.natural"]');
  await page.click('[data-cell="table3.granted.natural"]');
  await page.keyboard.type('6');
  await page.click('[data-cell="table3.new.natural"]');
  await page.keyboard.type('6');
  await page.waitForFunction(() => document.querySelector('[data-cell="table3.new.total"]').textContent === '6');
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < N; i++) {
    const v = i % 2 === 0 ? '7' : '6';
    await page.evaluate(() => document.querySelector('[data-cell="table3.new.natural"]').select());
    await page.keyboard.press(v);
    await page.waitForFunction((t) => document.querySelector('[data-cell="table3.new.total"]').textContent === t, v);
  }
  const { profile } = await cdp.send('Profiler.stop');
  // Self time per node from the samples, then per function name; total time per name counts a
  // name once per sample however deep it recurs.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const dt = profile.timeDeltas;
  const self = new Map();
  const total = new Map();
  const name = (n) => n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'anon'})`;
  profile.samples.forEach((id, i) => {
    const d = (dt[i + 1] ?? 0) / 1000;
    const n = byId.get(id);
    self.set(name(n), (self.get(name(n)) || 0) + d);
    const seen = new Set();
    for (let cur = id; cur != null; cur = parent.get(cur)) {
      const nm = name(byId.get(cur));
      if (seen.has(nm)) continue;
      seen.add(nm);
      total.set(nm, (total.get(nm) || 0) + d);
    }
  });
  // CALLERS=regex: the call paths (up to 8 frames, wasm-bindgen shims left out) into the
  // functions whose name matches, with their time.
  const paths = new Map();
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
  const per = (x) => `${(x / N).toFixed(3)} ms/key`;
  const top = (m) => [...m].sort((a, b) => b[1] - a[1]).filter(([k]) => !['(idle)', '(root)', '(program)'].includes(k)).slice(0, TOP);
  console.log(`${N} key presses; (idle) ${per(self.get('(idle)') || 0)}, (program) ${per(self.get('(program)') || 0)}, (garbage collector) ${per(self.get('(garbage collector)') || 0)}`);
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
