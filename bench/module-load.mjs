// A module's load time, on the first press of a page's life (the module is not loaded yet: it is
// fetched, compiled and instantiated, then the feature runs) and on a second press (the module is
// loaded: only the feature), with the sample report loaded. FEATURE chooses what is pressed:
//   word (default)   导出 Word, from the click to the download (the publisher, dist/publish/);
//   from-last-year   从上年报告新建, from the click to its dialog shown (the tools module,
//                    dist/review/); closed with 取消 between the presses.
//   import           粘贴文本导入 of the seed text: from the click on 粘贴文本导入 to its dialog
//                    shown, plus from the click on 导入 to the import summary shown (the text is
//                    filled in between, not timed); the importer (dist/import/) and, since the
//                    import UI moved there, the tools module (dist/review/). The summary is
//                    closed with 收起导入摘要 between the presses.
//   preview          打印预览, from the click to the report shown in its frame with its 校验码
//                    (the tools module, dist/review/); closed with 关闭预览 between the presses.
//
//   node bench/module-load.mjs [distDir]      # build first: trunk build --release
//   N=15 node bench/module-load.mjs ...       # runs (default 9)
//   FEATURE=from-last-year node bench/module-load.mjs ...
//
// Each run is a new browser context (empty HTTP cache, no compiled-wasm cache), on one browser,
// the files served brotli-compressed (quality 11, like bench/size) by bench/first-input-lib's
// server. Times are taken in this process from the click to what the feature shows, so each
// holds one round trip to the browser (the same for both presses). The module's own size is
// bench/size's line for its folder.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, DIST, READY_SELECTOR } from '../tests/e2e/helpers.mjs';
import { serveDir, fmt } from './first-input-lib.mjs';

const dist = path.resolve(process.argv[2] || DIST);
const N = Number(process.env.N) || 9;

/** One press of 导出 Word: ms from the click to the download. */
async function pressWord(page) {
  const button = page.getByRole('button', { name: '导出 Word' });
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), button.click()]);
  const took = performance.now() - started;
  if (!download.suggestedFilename().endsWith('.docx')) throw new Error(`not a .docx: ${download.suggestedFilename()}`);
  await download.delete();
  return took;
}

/** One press of 从上年报告新建: ms from the click to its dialog; then closed. */
async function pressFromLastYear(page) {
  const started = performance.now();
  await page.click('[data-testid="draft-from-last-year"]');
  await page.waitForSelector('[data-testid="from-last-year"]', { timeout: 60000 });
  const took = performance.now() - started;
  await page.click('[data-testid="from-last-year"] button:has-text("取消")');
  await page.waitForSelector('[data-testid="from-last-year"]', { state: 'detached' });
  return took;
}

const SEED = readFileSync(new URL('../tests/fixtures/seed-2021-county-commerce-bureau.txt', import.meta.url), 'utf8');

/** One paste import: ms from 粘贴文本导入 to its dialog, plus from 导入 to the summary; then closed. */
async function pressImport(page) {
  let started = performance.now();
  await page.click('[data-testid="paste-open"]');
  await page.waitForSelector('[data-testid="paste-text"]', { timeout: 60000 });
  let took = performance.now() - started;
  await page.fill('[data-testid="paste-text"]', SEED);
  started = performance.now();
  await page.click('[data-testid="paste-import"]');
  await page.waitForSelector('[data-testid="import-summary"]', { timeout: 60000 });
  took += performance.now() - started;
  await page.getByRole('button', { name: '收起导入摘要' }).click();
  await page.waitForSelector('[data-testid="import-summary"]', { state: 'detached' });
  return took;
}

/** One press of 打印预览: ms from the click to the report with its 校验码 in the frame; then closed. */
async function pressPreview(page) {
  const started = performance.now();
  await page.click('[data-testid="print-preview"]');
  await page.waitForFunction(
    () => document.querySelector('[data-testid="print-preview-frame"]')?.contentDocument?.querySelector('footer.fingerprint'),
    null,
    { timeout: 60000, polling: 'raf' },
  );
  const took = performance.now() - started;
  await page.click('[data-testid="preview-close"]');
  await page.waitForSelector('[data-testid="print-preview-dialog"]', { state: 'detached' });
  return took;
}

/** What is pressed, what it is called, and the loader that must not be loaded before. */
const FEATURES = {
  word: { press: pressWord, what: '导出 Word, click to download', loader: 'drPublish' },
  'from-last-year': { press: pressFromLastYear, what: '从上年报告新建, click to dialog', loader: 'drReview' },
  import: { press: pressImport, what: '粘贴文本导入, clicks to dialog + 导入 to summary', loader: 'drImport' },
  preview: { press: pressPreview, what: '打印预览, click to the report and its 校验码 in the frame', loader: 'drReview' },
};
const feature = FEATURES[process.env.FEATURE || 'word'];
if (!feature) throw new Error(`FEATURE is one of ${Object.keys(FEATURES).join(', ')}`);
const press = feature.press;

/** One run in a fresh context: { first, second } in ms. */
async function run(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: 60000 });
    await page.click('button.sample');
    await page.waitForFunction(() => document.querySelector('[data-place="meta.agency"]')?.value);
    if (await page.evaluate((g) => window[g].loaded(), feature.loader)) throw new Error(`${feature.loader} is loaded before the first press`);
    const first = await press(page);
    const second = await press(page);
    return { first, second };
  } finally {
    await context.close();
  }
}

const server = await serveDir(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
try {
  // One warm-up run (browser process start, disk cache of the files), not counted.
  await run(browser, server.url);
  const runs = [];
  for (let i = 0; i < N; i++) runs.push(await run(browser, server.url));
  const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`${feature.what}, sample report, ${N} runs each in a new context; brotli, no throttling; load average ${load}`);
  console.log(dist);
  console.log(`  first press (module loaded, then the feature): ${fmt(runs.map((r) => r.first))}`);
  console.log(`  second press (the feature only):             ${fmt(runs.map((r) => r.second))}`);
} finally {
  await browser.close();
  await server.close();
}
