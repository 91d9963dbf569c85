// Time to first usable input: from navigation start to the first moment a digit typed into a
// table cell is taken by the app (the row's total shows it), on a cold load in headless Chromium.
//
//   node bench/first-input.mjs [distDir ...]       # build first: trunk build --release
//   N=30 node bench/first-input.mjs ...            # loads per build (default 15)
//   KBPS=1600 node bench/first-input.mjs ...       # throttle the network (kbit/s, 40 ms RTT)
//
// Each load is a new browser context (empty HTTP cache, no storage, no compiled-wasm cache), on
// one browser. Given several dist dirs (e.g. main's build and a branch's), the loads alternate
// between them (A B A B …) so a change in the machine's load hits both alike.
//
// The files are served by a small static server in this script, brotli-compressed (quality 11,
// like bench/size) when the browser asks for it, as a production server would.
//
// Per load, all times from navigation start (performance.now() in the page):
//   shell:  first paint with content (the static page before the wasm is ready);
//   cell:   the first table cell (input[data-cell]) is in the DOM;
//   input:  a real key press of 7 in 一、本年新收 / 自然人 (sent as soon as the cell exists) shows
//           as the row total (table3.new.total = 7): the app is mounted, listening and computing.
// The key is sent from this process, so `input` also holds one round trip to the browser (the
// same for every build).
import path from 'node:path';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, DIST } from '../tests/e2e/helpers.mjs';
import { serveDir, armProbe, CELL, fmt } from './first-input-lib.mjs';

const dists = process.argv.length > 2 ? process.argv.slice(2) : [DIST];
const N = Number(process.env.N) || 15;
const KBPS = Number(process.env.KBPS) || 0;

/** One cold load: { shell, cell, input } in ms from navigation start. */
async function coldLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    if (KBPS) {
      const cdp = await context.newCDPSession(page);
      const bytes = (KBPS * 1000) / 8;
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: 40, downloadThroughput: bytes, uploadThroughput: bytes,
      });
    }
    // Armed before any page script runs.
    await armProbe(page);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(CELL, { state: 'attached', timeout: 60000 });
    await page.focus(CELL);
    await page.keyboard.press('7');
    await page.waitForFunction(() => window.__fi.input, null, { timeout: 60000, polling: 'raf' });
    return await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { shell: fcp ? fcp.startTime : NaN, cell: window.__fi.cell, input: window.__fi.input };
    });
  } finally {
    await context.close();
  }
}

const servers = [];
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
try {
  for (const d of dists) servers.push(await serveDir(path.resolve(d)));
  const runs = dists.map(() => []);
  // One warm-up load per build (browser process start, disk cache of the files), not counted.
  for (const s of servers) await coldLoad(browser, s.url);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < dists.length; j++) runs[j].push(await coldLoad(browser, servers[j].url));
  }
  const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`time to first usable input, ${N} cold loads per build, each in a new context; `
    + `${KBPS ? `${KBPS} kbit/s, 40 ms RTT` : 'no throttling'}, brotli; load average ${load}`);
  dists.forEach((d, j) => {
    console.log(`${d}`);
    console.log(`  first contentful paint: ${fmt(runs[j].map((r) => r.shell))}`);
    console.log(`  first cell in the DOM:  ${fmt(runs[j].map((r) => r.cell))}`);
    console.log(`  typed digit taken:      ${fmt(runs[j].map((r) => r.input))}`);
  });
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
