// End-to-end: 对标分析 in 汇总审查. The fixture reports plus generated ones for two agencies
// over three years (and four more units of the newest year, and a 汇总 report of a county
// government) are added to 汇总审查; 对标分析 loads its module on demand and shows the indicator
// table (sortable), a jump from last year, an outlier, the risk list in order, the 汇总 report
// against the members picked, and the charts; the CSV and the 对标分析报告 download, and the
// report's printout (pdftotext) has the charts' titles and the indicator table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { servedApp, ROOT, DIST } from './helpers.mjs';
import { fresh, downloadText } from './draft-helpers.mjs';
import { unitReport } from '../node/analysis-reports.mjs';

const app = servedApp({ viewport: { width: 1366, height: 900 } });
const api = await import(pathToFileURL(path.join(DIST, 'embed', 'index.js')).href);
const SHOTS = path.join(ROOT, 'docs', 'screenshots');

const unit = (agency, year, received) => unitReport(api, agency, year, received);

function files() {
  const list = [];
  const add = (name, r) => list.push({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(r)) });
  add('pingtan-2021.json', JSON.parse(readFileSync(path.join(ROOT, 'crates/domain/tests/fixtures/pingtan-2021.json'), 'utf8')));
  add('seed-2021.json', JSON.parse(readFileSync(path.join(ROOT, 'crates/domain/src/sample/seed-2021.json'), 'utf8')));
  // 甲局 22 → 90 jumps (more than ×3); 乙局 grows slowly.
  for (const [agency, counts] of [['甲局', [20, 22, 90]], ['乙局', [30, 31, 33]]]) {
    counts.forEach((n, k) => add(`${agency}-${2021 + k}.json`, unit(agency, 2021 + k, n)));
  }
  // Four more units of 2023; 戊局 receives far more than the others (an outlier).
  for (const [agency, n] of [['丙局', 25], ['丁局', 28], ['戊局', 2000]]) add(`${agency}-2023.json`, unit(agency, 2023, n));
  // 己局 does not balance: an error, first on the risk list.
  const broken = unit('己局', 2023, 26);
  broken.table3.forward.natural = 5;
  add('己局-2023.json', broken);
  // The county's 汇总 report: 甲局 + 乙局 of 2023 (90 + 33), but 行政处罚 written as 7 (they leave it blank).
  const county = unit('某县人民政府', 2023, 123);
  county.table2.penalty.decisions = 7;
  add('县政府-2023.json', county);
  return list;
}

const frameText = (page) => page.frameLocator('[data-testid="analysis-frame"]').locator('body').innerText();

test('对标分析: indicators, a jump, an outlier, risks, 汇总 vs members, charts, CSV, report and its printout', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.click('[data-testid="batch-open"]');
  const added = files();
  await page.setInputFiles('[data-testid="batch-files"]', added);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="batch-row"]').length === n, added.length);
  assert.ok(!requests.some((u) => u.includes('/analysis/')), 'the analysis module is not loaded before it is asked for');

  await page.click('[data-testid="analysis-open"]');
  await page.waitForSelector('[data-testid="analysis-table"] tbody tr');
  assert.ok(requests.some((u) => u.endsWith('/analysis/report_analysis_bg.wasm')), 'loaded on demand');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'analysis-close');
  const table = page.locator('[data-testid="analysis-table"]');
  assert.equal(await table.locator('tbody tr').count(), added.length);
  // Run in the worker, not on the page.
  assert.equal(await page.evaluate(() => window.drAnalysis.where()), 'worker');
  const head = await table.locator('thead th button').allInnerTexts();
  assert.deepEqual(head.slice(0, 4), ['文件', '机关名称', '报告年度', '依申请新收（件）']);
  assert.ok(head.includes('办结率（%）') && head.includes('行政复议纠错率（%）'));
  // Each indicator's header links to its entry of 规则说明, which the served page has.
  const links = await table.locator('thead th a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')]));
  assert.equal(links.length, head.length - 3);
  assert.deepEqual(links[2], ['rules/#indicator-conclusion_rate', '办结率（%）的口径说明（规则说明）']);
  const rulesPage = await (await page.request.get(new URL('rules/', app.url).href)).text();
  for (const [href] of links) assert.ok(rulesPage.includes(`<section id="${href.split('#')[1]}"`), href);
  assert.equal(await page.getAttribute('[data-testid="analysis-rules-link"]', 'href'), 'rules/#indicators');
  // The headings are not squeezed: every column at least 7 characters wide, the table scrolls
  // in its box, and its first column (the file) stays in view when it does.
  const widths = await table.locator('thead th').evaluateAll((ths) => ths.slice(3).map((th) => th.getBoundingClientRect().width / parseFloat(getComputedStyle(th).fontSize)));
  assert.ok(Math.min(...widths) >= 7, `narrowest heading ${Math.min(...widths).toFixed(1)}em`);
  const stuck = await page.evaluate(() => {
    const box = document.querySelector('[data-testid="analysis-table"]').parentElement;
    box.scrollLeft = 600;
    const first = box.querySelector('tbody td');
    const out = { scrolled: box.scrollLeft, left: first.getBoundingClientRect().left - box.getBoundingClientRect().left };
    box.scrollLeft = 0;
    return out;
  });
  assert.ok(stuck.scrolled > 0, 'the table scrolls sideways');
  assert.ok(Math.abs(stuck.left) < 2, `first column at ${stuck.left}px from the box's edge`);
  // Sorted by 依申请新收, largest first: 戊局's 2000 at the top.
  const sortBy = table.getByRole('button', { name: '依申请新收（件）' });
  await sortBy.click();
  await sortBy.click();
  assert.equal(await table.locator('thead th').nth(3).getAttribute('aria-sort'), 'descending');
  const top = await table.locator('tbody tr').first().innerText();
  assert.match(top, /戊局-2023\.json\s+戊局\s+2023\s+2000/);
  // A zero denominator is 不适用, never 0 %.
  assert.match(await table.innerText(), /不适用（分母为0）/);

  const report = await frameText(page);
  // The risk list: 己局 (an error) first.
  const riskRows = await page.frameLocator('[data-testid="analysis-frame"]').locator('table.risk-list tbody tr').allInnerTexts();
  assert.match(riskRows[0], /^1\. 己局（2023年度）/);
  // The jump and the outlier.
  const jumps = await page.frameLocator('[data-testid="analysis-frame"]').locator('table.jumps').innerText();
  assert.match(jumps, /甲局（2023年度）\s+依申请新收\s+22件\s+90件/);
  assert.match(report, /戊局（2023年度）（2000件，明显偏高）/);
  // The charts: SVG with a title and a description each.
  for (const title of ['2023年度依申请新收分布', '甲局历年依申请总量（新收＋结转）', '乙局历年依申请总量（新收＋结转）', '各报告办理结果构成']) {
    assert.ok(report.includes(title), title);
  }
  const svgs = page.frameLocator('[data-testid="analysis-frame"]').locator('svg.chart');
  assert.ok((await svgs.count()) > 10, `${await svgs.count()} charts`);
  assert.equal(await svgs.first().evaluate((s) => s.querySelectorAll("title").length > 0), true);
  assert.match(await svgs.first().locator('desc').textContent(), /个单位；最小值/);

  // 汇总 vs members: the county's report against 甲局 and 乙局 of 2023.
  await page.selectOption('[data-testid="analysis-parent"]', { label: '某县人民政府（2023年度）' });
  await page.locator('label', { hasText: '甲局（2023年度）' }).locator('input').check();
  await page.locator('label', { hasText: '乙局（2023年度）' }).locator('input').check();
  const diff = page.locator('[data-testid="analysis-differences"]');
  await page.waitForFunction(() => /不一致 1 处/.test(document.querySelector('[data-testid="analysis-differences"]')?.innerText ?? ''));
  assert.match(await diff.innerText(), /“县政府-2023\.json”的“行政处罚 \/ 本年处理决定数量”为7，所选下级报告合计为空白/);
  await page.waitForFunction(() => {
    const f = document.querySelector('[data-testid="analysis-frame"]');
    return f?.contentDocument?.body?.innerText.includes('六、汇总报告与下级报告核对');
  });

  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'analysis-view.png') });

  const csv = await downloadText(page, () => page.click('[data-testid="analysis-csv"]'));
  assert.equal(csv.name, '对标分析指标表.csv');
  assert.ok(csv.text.startsWith('\uFEFF'), 'UTF-8 BOM');
  const lines = csv.text.trimEnd().split('\r\n');
  assert.equal(lines.length, added.length + 1);
  assert.ok(lines[0].startsWith('\uFEFF文件,机关名称,报告年度,依申请新收（件）'));
  const html = await downloadText(page, () => page.click('[data-testid="analysis-html"]'));
  assert.equal(html.name, '对标分析报告.html');
  assert.match(html.text, /<title>对标分析报告<\/title>/);
  assert.ok(!html.text.includes('<script'));

  // The printout of the downloaded report: A4, the charts' titles and the indicator table.
  const printed = await app.browser.newPage();
  await printed.setContent(html.text);
  await printed.emulateMedia({ media: 'print' });
  const pdf = await printed.pdf({ preferCSSPageSize: true });
  await printed.close();
  const dir = mkdtempSync(path.join(tmpdir(), 'analysis-print-'));
  writeFileSync(path.join(dir, 'a.pdf'), pdf);
  const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', path.join(dir, 'a.pdf'), path.join(dir, 'p')]);
  for (const [k, name] of [[1, 'analysis-report-page1.png'], [3, 'analysis-report-page3.png']]) {
    const png = readdirPng(dir, k);
    if (png) writeFileSync(path.join(SHOTS, name), readFileSync(png));
  }
  rmSync(dir, { recursive: true });
  const flat = text.replace(/\s/g, '');
  for (const words of ['对标分析报告', '二、风险清单', '2023年度依申请新收分布', '甲局历年依申请总量（新收＋结转）', '各报告办理结果构成', '七、指标一览', '八、指标说明', '依申请新收（件）']) {
    assert.ok(flat.includes(words), words);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

/** The PNG pdftoppm wrote for page `k` (it pads the number to the page count's width). */
function readdirPng(dir, k) {
  for (const name of ['p-' + k + '.png', 'p-0' + k + '.png', 'p-00' + k + '.png']) {
    try {
      readFileSync(path.join(dir, name));
      return path.join(dir, name);
    } catch {
      // not this width
    }
  }
  return null;
}

test('对标分析: a module that does not load says so in place, loses nothing, and 重试 works', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await page.click('[data-testid="batch-open"]');
  const added = files().slice(0, 4);
  await page.setInputFiles('[data-testid="batch-files"]', added);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="batch-row"]').length === n, added.length);
  // The module's files (glue and wasm, for the worker and for the page) cannot be fetched.
  const block = (route) => route.abort('internetdisconnected');
  await page.context().route('**/analysis/**', block);
  await page.click('[data-testid="analysis-open"]');
  const error = page.locator('[data-testid="analysis-error"]');
  await error.waitFor();
  assert.match(await error.innerText(), /^对标分析功能加载失败：请检查网络连接后重试，或刷新页面/);
  assert.equal(await page.locator('[data-testid="analysis-table"]').count(), 0);
  // Nothing lost: the list is as it was.
  await page.click('[data-testid="analysis-close"]');
  assert.equal(await page.locator('[data-testid="batch-row"]').count(), added.length);
  // The network is back: 重试 loads the module, in a worker, and the table appears.
  await page.click('[data-testid="analysis-open"]');
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="analysis-dialog"]') &&
    !document.querySelector('[data-testid="analysis-busy"]') &&
    document.querySelector('[data-testid="analysis-error"]'),
  );
  await page.context().unroute('**/analysis/**', block);
  await page.click('[data-testid="analysis-retry"]');
  await page.waitForSelector('[data-testid="analysis-table"] tbody tr');
  assert.equal(await page.locator('[data-testid="analysis-table"] tbody tr').count(), added.length);
  assert.equal(await page.locator('[data-testid="analysis-error"]').count(), 0);
  assert.equal(await page.evaluate(() => window.drAnalysis.where()), 'worker');
  // The failed fetches are the only errors on the console.
  assert.deepEqual(errors.filter((e) => !/analysis|Failed to fetch|dynamically imported|ERR_INTERNET_DISCONNECTED/.test(e)), []);
  await page.close();
});
