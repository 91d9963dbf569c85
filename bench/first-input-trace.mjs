// Where the main thread's time goes on a cold load, up to the first usable input: the same load
// as bench/first-input.mjs (new context, brotli, a key press of 7 in 一、本年新收 / 自然人 as soon
// as the cell exists), recorded with Chromium's tracing (devtools.timeline) and summed per kind
// of work on the renderer's main thread, from navigation start to the typed digit taken.
//
//   node bench/first-input-trace.mjs <distDir> [distDir ...]   # build first: trunk build --release
//   N=5 node bench/first-input-trace.mjs ...                   # loads per build (default 5)
//   TRACE_OUT=/tmp/x node bench/first-input-trace.mjs ...      # also write each trace (JSON),
//                                                              # for chrome://tracing or DevTools
//
// Printed per build (medians over the loads): the time of each landmark (first paint, the wasm
// compiled, the app's main() start and end — `performance.mark`s the app may set — the cell in
// the DOM, the digit taken), and the main thread's busy time per event kind (ParseHTML,
// style recalculation, layout, paint, script, wasm compile, …), top-level events only, before
// the digit was taken. The loads alternate between the builds (A B A B …), as in first-input.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/helpers.mjs';
import { serveDir, CELL, TOTAL, armProbe } from './first-input-lib.mjs';

const dists = process.argv.slice(2);
if (!dists.length) {
  console.error('usage: node bench/first-input-trace.mjs <distDir> [distDir ...]');
  process.exit(2);
}
const N = Number(process.env.N) || 5;
const OUT = process.env.TRACE_OUT;

/** Main-thread event kinds worth naming (others are summed as "other"). */
const KINDS = {
  ParseHTML: 'parse HTML',
  UpdateLayoutTree: 'style recalc',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  'v8.compile': 'compile JS',
  'v8.compileModule': 'compile JS',
  EvaluateScript: 'script',
  'v8.evaluateModule': 'script',
  FunctionCall: 'script',
  EventDispatch: 'event',
  TimerFire: 'script',
  RunMicrotasks: 'script',
  'v8.wasm.compiledModule': 'wasm compile',
  'v8.wasm.streamFromResponseCallback': 'wasm compile',
  'wasm.SyncCompile': 'wasm compile',
  MajorGC: 'GC',
  MinorGC: 'GC',
  'V8.GC_SCAVENGER': 'GC',
  ParseAuthorStyleSheet: 'parse CSS',
  HitTest: 'hit test',
  UpdateLayer: 'layer',
};

function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Sums the top-level complete events of the renderer main thread, by kind, before `endMs`. */
function summarize(trace, navStartUs, endMs) {
  const events = trace.traceEvents || trace;
  // The renderer's main thread: the one named CrRendererMain that ran ParseHTML.
  const names = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const parse = events.find((e) => e.name === 'ParseHTML' && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  if (!parse) return { kinds: {}, layouts: [], forced: { count: 0, ms: 0 } };
  const main = `${parse.pid}:${parse.tid}`;
  const mine = events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const kinds = {};
  const layouts = [];
  // Style and layout done inside script (forced by a DOM read or write that needs them) rather
  // than in the rendering step: the cost a component can avoid.
  const scripts = mine.filter((e) => KINDS[e.name] === 'script' || e.name === 'v8.callFunction');
  const forced = { count: 0, ms: 0 };
  let open = -Infinity;
  for (const e of mine) {
    const start = (e.ts - navStartUs) / 1000;
    if (start < 0 || start > endMs) continue;
    if (e.name === 'Layout' || e.name === 'UpdateLayoutTree') {
      if (scripts.some((x) => x.ts <= e.ts && e.ts + e.dur <= x.ts + x.dur)) {
        forced.count += 1;
        forced.ms += e.dur / 1000;
      }
      if (e.dur > 5000) layouts.push(`${e.name === 'Layout' ? 'L' : 'S'}@${start.toFixed(0)}:${(e.dur / 1000).toFixed(0)}`);
    }
    // Top-level only: an event inside one already counted is not counted again.
    if (e.ts < open) continue;
    if (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') continue;
    open = e.ts + e.dur;
    const kind = KINDS[e.name] || `other: ${e.name}`;
    kinds[kind] = (kinds[kind] || 0) + e.dur / 1000;
  }
  return { kinds, layouts, forced };
}

async function tracedLoad(browser, url, outName) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await armProbe(page);
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'blink.user_timing', '__metadata'],
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(CELL, { state: 'attached', timeout: 60000 });
    await page.focus(CELL);
    await page.keyboard.press('7');
    await page.waitForFunction(() => window.__fi.input, null, { timeout: 60000, polling: 'raf' });
    const marks = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const out = { paint: fcp ? fcp.startTime : NaN, cell: window.__fi.cell, input: window.__fi.input };
      for (const m of performance.getEntriesByType('mark')) out[m.name] = m.startTime;
      out.timeOrigin = performance.timeOrigin;
      return out;
    });
    const buf = await browser.stopTracing();
    if (OUT) await writeFile(outName, buf);
    const trace = JSON.parse(buf.toString());
    const events = trace.traceEvents || trace;
    // Navigation start in trace time: the renderer's navigationStart mark, the last one before
    // the document's parse (about:blank has one too).
    const parse = events.find((e) => e.name === 'ParseHTML');
    const navs = events.filter((e) => e.name === 'navigationStart' && (!parse || e.ts <= parse.ts));
    const nav = navs.length ? navs[navs.length - 1].ts : parse.ts;
    const wasm = events.filter((e) => /wasm/i.test(e.name) && e.dur).map((e) => (e.ts + e.dur - nav) / 1000);
    marks.wasmDone = wasm.length ? Math.max(...wasm.filter((t) => t < marks.input)) : NaN;
    const { kinds, layouts, forced } = summarize(trace, nav, marks.input);
    return { marks, kinds, layouts, forced };
  } finally {
    await context.close();
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const servers = [];
try {
  for (const d of dists) servers.push(await serveDir(path.resolve(d)));
  const runs = dists.map(() => []);
  for (const s of servers) await tracedLoad(browser, s.url, '/dev/null');
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < dists.length; j++) {
      const r = await tracedLoad(browser, servers[j].url, OUT ? `${OUT}-${j}-${i}.json` : '');
      runs[j].push(r);
      console.log(`${dists[j]} #${i}: input ${r.marks.input.toFixed(0)} ms; forced style/layout ${r.forced.count}× ${r.forced.ms.toFixed(0)} ms; long style/layout: ${r.layouts.join(' ') || '-'}`);
    }
  }
  dists.forEach((d, j) => {
    console.log(`\n${d} (medians of ${N} traced loads; ms from navigation start)`);
    const markNames = [...new Set(runs[j].flatMap((r) => Object.keys(r.marks)))].filter((k) => k !== 'timeOrigin');
    for (const k of markNames.sort((a, b) => median(runs[j].map((r) => r.marks[a])) - median(runs[j].map((r) => r.marks[b])))) {
      console.log(`  at ${median(runs[j].map((r) => r.marks[k])).toFixed(0).padStart(5)}  ${k}`);
    }
    const kinds = [...new Set(runs[j].flatMap((r) => Object.keys(r.kinds)))];
    const rows = kinds.map((k) => [k, median(runs[j].map((r) => r.kinds[k] || 0))]).sort((a, b) => b[1] - a[1]);
    const busy = median(runs[j].map((r) => Object.values(r.kinds).reduce((a, b) => a + b, 0)));
    console.log(`  style/layout forced inside script: ${median(runs[j].map((r) => r.forced.count))}×, ${median(runs[j].map((r) => r.forced.ms)).toFixed(1)} ms`);
    console.log(`  main thread busy before the digit was taken: ${busy.toFixed(0)} ms`);
    for (const [k, v] of rows.filter(([, v]) => v >= 1)) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
  });
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
